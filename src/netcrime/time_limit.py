"""A time limit on each call of a student's code: the one mechanism of the notebook's check and of the grader.

A student's function can loop forever or sleep; a check that calls it must not hang with it (round 11's review: a
`from_chinese` that never returned hung `check()`, while the grader, which stopped such calls, gave a verdict).
``question.probe_function`` (the notebook's check) and ``grading/extract.py`` (the grader's reading step, inside the
student's kernel) both call through ``call_each`` here, so both stop the same calls and say the same thing.

The grader injects this file's *source* into the kernel before ``extract.py`` (``grading/kernel_code.py``), so it
must stay plain: standard library only, no import of the course.

A limit counts computing, not waiting in a queue for a core: a call is stopped when its thread has spent ``seconds``
of CPU time, or when ``WALL_FACTOR`` times ``seconds`` have passed on the clock (a call that sleeps or blocks computes
nothing). Review round 14 (S4) found wall-clock limits rejecting right answers on a loaded machine: at a load of 11
on 2 cores a plain chart's judgement took 10 s on the clock for 1.5 CPU-s and was told it "ran without end".

In the main thread on POSIX a call is stopped with SIGALRM (``_alarm_limited``), which also ends a sleep: the timer
fires at ``seconds`` and then every ``REPEAT`` s, and raises once the call's CPU time or its time on the clock is
spent; it keeps raising, so a bare ``except:`` inside the student's loop is tried again (it can still swallow many:
the grader's cell limit is the last resort). A timer already running (an outer limit) is put back afterwards, less
the time spent, and the inner call ends by the clock when the outer one would.

SIGALRM reaches only the main thread and Windows has none: elsewhere (a check() called from a thread of the
student's own, a widget's callback, Windows) the call runs in a worker thread of its own, with the caller's context,
and the caller waits for it by the same two measures (the worker's CPU time where the system gives it, the clock
always: ``_thread_limited``, review round 14, S1: check() from another thread hung for ever on a function that never
returned, and left sys.stdout swapped). When its time is up the caller raises the stop inside the *worker*
(``PyThreadState_SetAsyncExc``, CPython), so a call that computes for ever does not go on spending the student's CPU
after its verdict (round 14's review). The stop is sent again every ``REPEAT`` s for up to ``STOP_SECONDS``, as the
alarm is (round 17: a bare ``except:`` in the student's loop swallowed the one stop and the worker ran on). Round 13
had a watchdog raising into the *caller*, and a stop that arrived after the call had ended killed a test worker; so a
stop is sent only while the worker is inside the student's call: the caller sends under a lock, and the worker marks
that it is leaving the call with a plain store (no point where a stop can be raised lies between the end of the call
and that store), so at most one stop sent as the call ended reaches the worker afterwards, and the worker takes it
itself. Nothing here raises into the caller's thread or into a thread that has ended. A stop is raised only between
two steps of Python code: it cannot end a sleep or a long call into C (``sum(range(10**12))``). Such a worker is still
running when ``STOP_SECONDS`` have passed, and the verdict says so truthfully (``did_not_return(..., still_running=True)``:
the call goes on in the background and what it returns is ignored); in the main thread the alarm waits for the call
into C to return, then stops it.

Threads a student's call starts (round 16's review, H1: a function that started 19 spinning threads and returned the
right value was credited, and the threads burnt CPU after the verdict, starving later checks). After every limited
call, the threads started during it that run the student's code (read from each thread's first frame, the first code
outside the standard library and the installed packages is the student's, not the course's: a library's idle pool
thread, or the grader's own pool thread running a judge, is left alone) are stopped by the same asynchronous stop,
repeated every few milliseconds for up to ``STOP_SECONDS``; a thread that existed before the call, the caller and
the workers of this module (stopped by their own caller) never get one. They are sent ``SystemExit``, which
``threading`` ends a thread with silently (a stopped thread prints no traceback into the student's notebook).
``left_behind`` counts them (stopped, and still running: a thread that sleeps or waits in C cannot be stopped, and
costs no CPU while it waits), and the check's verdict adds a sentence saying so (``question.with_threads_noted``): the
answer's value is judged as it is, because what the function returned is what the question asks about; the note
tells the student that their function left threads running and that they were stopped.

Python 3.11 only (round 18, found by the lead; measured on 3.11.7, while 3.6-3.10, 3.12.1 and 3.13.0 do not): while a
thread has a tracer or profiler (``sys.settrace``/``setprofile``: a debugger, coverage, cProfile), a stop sent to a
thread blocked in a wait stalls every traced thread until that wait ends, for ever for ``event.wait()``; taking the
stop back (a NULL exception) is worse, the stall never ends. A student who ran check() under a debugger with a
function that starts a waiting thread waited as long as that thread did. So on 3.11 no stop is sent while the calling
thread has a tracer or profiler, or one is set for the threads to come (``threading.settrace``/``setprofile``):
``_sends_stops`` decides, for the worker and for the threads a call started alike, and those are counted as still
running, which the verdict says (``did_not_return(..., still_running=True)``, ``question.with_threads_noted``). A
tracer set only in some other thread cannot be read on 3.11: a stop sent then stalls that thread, not the check.
"""
from __future__ import annotations

# Each call of a student's function (grading/limits.py's call_timeout is this): a reading of one figure or one case
# takes microseconds, so 2 s is generous, and a spinning call costs at most that much of the student's CPU.
CALL_SECONDS = 2.0
CALLS_BUDGET = 4  # all the calls of one check together take at most this many times CALL_SECONDS
TIMED_OUT = "error: TimeoutError: "  # how a stopped call's result begins (a probe's results are values or 'error: ...')
STILL_RUNNING = "could not be stopped"  # in the result of a call that is still running after every stop was sent


class CallTimedOut(BaseException):
    """Raised inside a student's code when its time is up (a BaseException: ``except Exception`` in the
    student's code does not catch it). Raised in the caller with ``still_running`` True when the call could not be
    stopped (see the module's docstring)."""

    still_running = False


def did_not_return(seconds: float, still_running: bool = False) -> str:
    if still_running:
        return (f"{TIMED_OUT}the function did not return within {seconds:g} s and {STILL_RUNNING} (a long call into "
                "compiled code, or a loop that catches every error): it is still running, and what it returns will be "
                "ignored")
    return f"{TIMED_OUT}the function did not return within {seconds:g} s"


def still_running(result) -> bool:
    """Whether a probe's result is a call that could not be stopped and goes on in the background."""
    return timed_out(result) and STILL_RUNNING in result


def not_tried() -> str:
    return f"{TIMED_OUT}not tried: an earlier call did not return"


def budget_spent(seconds: float) -> str:
    return f"{TIMED_OUT}the calls together took longer than the {seconds:g} s the check allows in all"


def timed_out(result) -> bool:
    """Whether a probe's result is a call stopped (or never made) for time."""
    return isinstance(result, str) and result.startswith(TIMED_OUT)


def _can_alarm() -> bool:
    import signal
    import threading

    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


REPEAT = 0.05  # after the first check, the limit is checked (and the stop raised again) this often
STOP_SECONDS = 0.5  # off the main thread, and for threads a call started, stops are sent again for this long at most
STARTING_SECONDS = 0.05  # a thread the call started, still starting up, is waited for this long to reach its own code
WALL_FACTOR = 3.0  # a call that waits rather than computes is stopped after this many times its limit on the clock


def call_limited(func, arg, seconds: float, wall_seconds: float | None = None, left_behind: dict | None = None):
    """``func(arg)``, raising ``CallTimedOut`` once it has computed for ``seconds`` of CPU time or waited
    ``wall_seconds`` on the clock (``WALL_FACTOR`` times ``seconds`` unless given): by the alarm in the main thread on
    POSIX, elsewhere by waiting on a worker thread (see the module's docstring). Afterwards, however it ended, the
    threads the call started that still run the student's code are stopped (``_stop_threads_started``); with
    ``left_behind`` (a dict), their numbers are added to its "stopped" and "running" counts."""
    import threading

    wall = WALL_FACTOR * seconds if wall_seconds is None else wall_seconds
    if seconds <= 0 or wall <= 0:
        raise CallTimedOut()
    before, caller = _thread_idents(), threading.get_ident()
    try:
        if _can_alarm():
            return _alarm_limited(func, arg, seconds, wall)
        return _thread_limited(func, arg, seconds, wall)
    finally:
        # once a thread of this student's could not be stopped, later calls try theirs briefly: a function that
        # starts a sleeping thread on each of 19 inputs would otherwise wait STOP_SECONDS on each
        tried_before = bool(left_behind and left_behind.get("running"))
        stopped, running = _stop_threads_started(before, caller, REPEAT if tried_before else STOP_SECONDS)
        if left_behind is not None and (stopped or running):
            left_behind["stopped"] = left_behind.get("stopped", 0) + stopped
            left_behind["running"] = left_behind.get("running", 0) + running


WORKER_NAME = "netcrime-limited-call"  # this module's own worker threads: stopped by their caller, never by the sweep


def _thread_idents() -> set:
    """The threads now running Python code, by ident (``threading.enumerate`` misses those started with ``_thread``)."""
    import sys

    return set(sys._current_frames())


def _code_folders() -> tuple[tuple, tuple]:
    """(where the standard library and the installed packages live, where this course lives): neither is the
    student's code. The course is this file's package, where it is a file (the grader injects this module's source
    into the kernel, as '<grader ...>')."""
    import os
    import sysconfig

    paths = sysconfig.get_paths()
    libraries = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if paths.get(key)}
    here = globals().get("__file__")
    course = {os.path.dirname(os.path.abspath(here))} if here else set()
    return tuple(tuple(os.path.join(os.path.realpath(folder), "") for folder in group) for group in (libraries, course))


def _runs_own_code(frame, folders: tuple[tuple, tuple]) -> bool:
    """Whether a thread runs the student's code: read from its first frame on, the first frame outside the libraries
    is the student's (not the course's). A thread the course started (the grader's pool, which runs a judge a test
    may define) meets the course's code first; a student's thread meets theirs (its target) first."""
    stack = []
    while frame is not None:
        stack.append(frame.f_code.co_filename)
        frame = frame.f_back
    return _first_is_own(reversed(stack), folders)  # from the thread's first frame


def _first_is_own(names, folders: tuple[tuple, tuple]) -> bool:
    """Whether, of code files in the order a thread runs them, the first outside the libraries is the student's."""
    import os

    libraries, course = folders
    for name in names:
        if name.startswith("<frozen"):
            continue
        if name.startswith("<grader"):
            return False
        path = os.path.realpath(name)
        if path.startswith(libraries):
            continue
        return not path.startswith(course)
    return False


def _stop_threads_started(before: set, caller: int, seconds: float = STOP_SECONDS) -> tuple[int, int]:
    """Stop the threads started since ``before`` that still run the student's code (never ``caller``, a thread of
    ``before`` or this module's workers): ``SystemExit`` raised in each, again every few milliseconds for up to
    ``seconds``. Returns (how many were stopped, how many still run: a sleep or a call into C cannot be
    stopped)."""
    import sys
    import threading
    import time

    new = _thread_idents() - before - {caller}
    if not new:
        return 0, 0
    workers = {thread.ident for thread in threading.enumerate() if thread.name == WORKER_NAME}
    folders = _code_folders()

    def own_now() -> set:
        frames = sys._current_frames()
        return {ident for ident in new - workers if ident in frames and _runs_own_code(frames[ident], folders)}

    def starting() -> bool:
        """Whether a thread the call started is still in ``threading``'s start-up (library frames only) with a target
        of the student's: under load it was neither stopped nor counted (round 18), so it is waited for, briefly;
        no stop is ever sent into that start-up code."""
        frames, threads = sys._current_frames(), {thread.ident: thread for thread in threading.enumerate()}
        for ident in new - workers:
            code = getattr(getattr(threads.get(ident), "_target", None), "__code__", None)
            if code is None or ident not in frames or _runs_own_code(frames[ident], folders):
                continue
            frame = frames[ident]
            while frame is not None and frame.f_code is not code:
                frame = frame.f_back
            if frame is None and _first_is_own([code.co_filename], folders):
                return True
        return False

    until = time.monotonic() + STARTING_SECONDS
    while time.monotonic() < until and starting():
        time.sleep(0.001)
    targets = own_now()
    if not targets:
        return 0, 0
    if not _sends_stops():  # not CPython, or Python 3.11 under a tracer: nothing is stopped
        return 0, len(targets)
    deadline, pause, left = time.monotonic() + seconds, 0.001, targets
    while left and time.monotonic() < deadline:
        for ident in left:
            _send_stop(ident, SystemExit)
        time.sleep(pause)
        pause = min(2 * pause, REPEAT)
        left = own_now() & left
    return len(targets) - len(left), len(left)


STALLING_VERSIONS = ((3, 11),)  # where a stop sent to a waiting thread stalls every traced thread (module docstring)


def _sends_stops() -> bool:
    """Whether stops may be sent to other threads: not where the interpreter has no ``PyThreadState_SetAsyncExc``
    (not CPython), and not on Python 3.11 while the calling thread has a tracer or profiler or one is set for new
    threads (a stop to a thread that waits would stall this thread until the wait ends: see the module's docstring)."""
    import sys
    import threading

    try:
        import ctypes
    except ImportError:
        return False
    if not hasattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc"):
        return False
    if sys.version_info[:2] not in STALLING_VERSIONS:
        return True
    return all(hook() is None for hook in (sys.gettrace, sys.getprofile, threading.gettrace, threading.getprofile))


def _send_stop(ident: int, exc_type: type) -> None:
    """Raise ``exc_type`` in the thread ``ident`` at its next step of Python code (only where ``_sends_stops``)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc_type))


def _own_cpu_clock():
    """The calling thread's CPU-time clock (``time.clock_gettime`` reads it), or None where the system gives none.
    Asked by the thread itself while it runs: asked from outside, of a thread that has just ended,
    ``pthread_getcpuclockid`` reads freed memory (a grading run crashed so in round 14)."""
    import threading
    import time

    try:
        return time.pthread_getcpuclockid(threading.get_ident())
    except (AttributeError, OSError, TypeError, ValueError, OverflowError):
        return None


def _computed(clock) -> float:
    """CPU seconds on ``clock``; 0 when there is none or its thread has ended (the clock is then invalid)."""
    import time

    if clock is None:
        return 0.0
    try:
        return time.clock_gettime(clock)
    except OSError:
        return 0.0


def _thread_limited(func, arg, seconds: float, wall: float):
    """``func(arg)`` in a daemon worker thread run in a copy of the caller's context (its context variables: the
    question being judged), waited for until it has computed ``seconds`` (where its CPU time can be read) or ``wall``
    has passed; its exception is raised here as its own. A worker still running then is told to stop
    (``_stop_worker``) and ``CallTimedOut`` raised in the caller, which the caller alone handles."""
    import contextvars
    import threading
    import time

    box = {"phase": "starting"}  # "running" while the student's call may be stopped; "leaving" once it may not
    lock = threading.Lock()
    context = contextvars.copy_context()

    def run():
        try:
            with lock:
                if box["phase"] == "abandoned":  # its caller gave up before it started: nothing to compute
                    return
                box["phase"] = "running"
            try:
                box["clock"] = _own_cpu_clock()
                box["result"] = context.run(func, arg)
                box["phase"] = "leaving"  # a stop raised as the call returned lands in the handler below instead
            except BaseException as exc:  # a student's SystemExit too: handed to the caller, as in the main thread
                box["phase"] = "leaving"  # the handler's first step: no stop can be raised before this store
                box["error"] = exc
            _pending_stop_raised_here()  # a stop sent as the call ended is raised by now, inside this try
        except CallTimedOut:  # the one stop sent just as the call ended: the caller sends none once it is "leaving"
            box["phase"] = "leaving"

    worker = threading.Thread(target=run, name=WORKER_NAME, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(min(seconds, wall))
    while worker.is_alive():
        if _computed(box.get("clock")) >= seconds or time.monotonic() - started >= wall:
            stop = CallTimedOut()
            stop.still_running = _stop_worker(worker, box, lock)
            raise stop
        worker.join(REPEAT)
    if "error" in box:
        raise box["error"]
    return box["result"]


def _stop_worker(worker, box, lock) -> bool:
    """Raise ``CallTimedOut`` inside ``worker`` while it is still in the student's call, again every ``REPEAT`` s for
    up to ``STOP_SECONDS`` (a bare ``except:`` that swallows a stop gets the next), so that a call stopped for time
    does not go on computing; a worker not yet started is told not to start. Returns whether the call is still running
    after that (a sleep, a long call into C, or a loop that swallows every stop): its result will be ignored. Nothing
    is sent where ``_sends_stops`` says no (not CPython, or Python 3.11 under a tracer): the call is still running."""
    import time

    sends = _sends_stops()
    deadline = time.monotonic() + STOP_SECONDS
    while True:
        with lock:  # the worker leaves "running" once, for good: no stop is sent to a call that has ended
            if box["phase"] == "starting":
                box["phase"] = "abandoned"
            if box["phase"] != "running":
                return False
            if not sends:
                return True
            _send_stop(worker.ident, CallTimedOut)
        worker.join(REPEAT)
        if not worker.is_alive():
            return False
        if time.monotonic() >= deadline:
            return box["phase"] == "running"


def _pending_stop_raised_here() -> None:
    """Does nothing: entering a Python function is a point where the interpreter raises a stop sent to this thread."""


def _alarm_limited(func, arg, seconds: float, wall: float):
    """``func(arg)`` under SIGALRM (main thread, POSIX), stopped when this thread has computed ``seconds`` or
    ``wall`` has passed (or an outer timer's time left, whichever ends first); an outer timer put back afterwards.

    A stop raised by the alarm lands where the call is, most often inside a sleep or a wait; a loop that catches every
    exception around that wait (``while True: try: time.sleep(0.01) except: pass``) swallowed every stop, and the
    check never ended (review round 18, H1: no verdict in 900 s). So once a stop has been swallowed (the alarm finds
    the call still running), the next one escalates: a trace function on the call's frames raises the stop again at
    the next line the call runs, which is the handler's own first line, outside the ``try`` that caught it. The trace
    function is taken off when it raises (Python unsets a trace function that raises) and when the call ends. It is
    not used while a tracer is already set (a debugger, coverage): the stop is then only raised every ``REPEAT`` s."""
    import signal
    import sys
    import time

    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    wall = wall if not outer_left else min(wall, outer_left)
    state = {"armed": True, "stops": 0}
    started, computed_before = time.monotonic(), time.thread_time()
    home = sys._getframe()

    def at_next_line(frame, event, arg):
        """The escalated stop: raised at the next line the call runs (see ``_alarm_limited``'s note)."""
        if not state["armed"]:
            return None
        if event == "line":
            raise CallTimedOut()
        return at_next_line

    def on_alarm(signum, frame):
        if state["armed"] and (time.thread_time() - computed_before >= seconds
                               or time.monotonic() - started >= wall):
            if state["stops"] and sys.gettrace() is None:  # the last stop was swallowed: escalate (no debugger's)
                while frame is not None and frame is not home:
                    frame.f_trace = at_next_line
                    frame = frame.f_back
                sys.settrace(at_next_line)
            state["stops"] += 1
            raise CallTimedOut()

    old = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, min(seconds, wall), REPEAT)
        return func(arg)
    finally:
        while True:  # an alarm delivered before the disarming would skip it and leave the repeating timer raising
            try:
                state["armed"] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                break
            except CallTimedOut:
                continue
        if sys.gettrace() is at_next_line:  # escalated, and the call ended before its next line
            sys.settrace(None)
        signal.signal(signal.SIGALRM, old)
        if outer_left:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001))


def _clock() -> float:
    """The clock ``call_each`` reads the budget of all calls on (``time.monotonic``), by one name: a test gives it a
    clock of its own, to show the budget's arithmetic without waiting on sleeps that a loaded machine wakes late."""
    import time

    return time.monotonic()


def call_each(func, inputs, seconds: float = CALL_SECONDS, on_error=None, left_behind: dict | None = None) -> list:
    """``func`` called on each input, each call limited to ``seconds`` and all of them to ``CALLS_BUDGET`` times
    that (of computing, or ``WALL_FACTOR`` times as long on the clock: see ``call_limited``); a result per input, in
    order. A call stopped at its own limit gives ``did_not_return`` text, one stopped by the budget ``budget_spent``
    text, and the inputs after a stopped call ``not_tried`` text (one call that does not return is the verdict;
    waiting on the rest would only cost the student more). ``on_error(exc)`` turns any other exception (any
    BaseException: SystemExit, KeyboardInterrupt, a student's own) into the result for its input, or raises it again;
    without it they propagate. A call that could not be stopped says it is still running (``did_not_return``).
    ``left_behind``: the threads the calls started, counted as ``call_limited`` counts them."""
    import time

    budget = CALLS_BUDGET * seconds  # of computing, in this thread (off the main thread the clock's budget decides)
    started, computed_before = _clock(), time.thread_time()
    results = []
    for item in inputs:
        if results and timed_out(results[-1]):  # one call that does not return says it all: the rest wait no longer
            results.append(not_tried())
            continue
        left = budget - (time.thread_time() - computed_before)
        wall_left = WALL_FACTOR * budget - (_clock() - started)
        if left <= 0 or wall_left <= 0:
            results.append(budget_spent(budget))
            continue
        try:
            results.append(call_limited(func, item, min(seconds, left), min(WALL_FACTOR * seconds, wall_left),
                                        left_behind))
        except CallTimedOut as stop:
            own_limit = left >= seconds and wall_left >= WALL_FACTOR * seconds
            results.append(did_not_return(seconds, stop.still_running) if own_limit or stop.still_running
                           else budget_spent(budget))
        except BaseException as exc:  # GeneratorExit or a student's own BaseException too: a result, never a crash
            if on_error is None:
                raise
            results.append(on_error(exc))  # which may raise again (the grader lets an interrupt through)
    return results
