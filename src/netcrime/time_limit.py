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
after its verdict (round 14's review): the stop ends a loop of Python code, not a sleep or a long call into C, and a
worker that swallows it is left behind. Round 13 had a watchdog raising into the *caller*, and a stop that arrived
after the call had ended killed a test worker; so a stop is sent only while the worker is inside the student's call,
under a lock the worker takes before it leaves, it is sent once, and a stop sent just before the call ended is caught
by the worker itself. Nothing here raises into the caller's thread or into a thread that has ended.
"""
from __future__ import annotations

# Each call of a student's function (grading/limits.py's call_timeout is this): a reading of one figure or one case
# takes microseconds, so 2 s is generous, and a spinning call costs at most that much of the student's CPU.
CALL_SECONDS = 2.0
CALLS_BUDGET = 4  # all the calls of one check together take at most this many times CALL_SECONDS
TIMED_OUT = "error: TimeoutError: "  # how a stopped call's result begins (a probe's results are values or 'error: ...')


class CallTimedOut(BaseException):
    """Raised inside a student's code when its time is up (a BaseException: ``except Exception`` in the
    student's code does not catch it)."""


def did_not_return(seconds: float) -> str:
    return f"{TIMED_OUT}the function did not return within {seconds:g} s"


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
WALL_FACTOR = 3.0  # a call that waits rather than computes is stopped after this many times its limit on the clock


def call_limited(func, arg, seconds: float, wall_seconds: float | None = None):
    """``func(arg)``, raising ``CallTimedOut`` once it has computed for ``seconds`` of CPU time or waited
    ``wall_seconds`` on the clock (``WALL_FACTOR`` times ``seconds`` unless given): by the alarm in the main thread on
    POSIX, elsewhere by waiting on a worker thread (see the module's docstring)."""
    wall = WALL_FACTOR * seconds if wall_seconds is None else wall_seconds
    if seconds <= 0 or wall <= 0:
        raise CallTimedOut()
    if _can_alarm():
        return _alarm_limited(func, arg, seconds, wall)
    return _thread_limited(func, arg, seconds, wall)


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

    box = {"phase": "starting"}  # "running" while the student's call may be stopped; "ended" once it may not
    lock = threading.Lock()
    context = contextvars.copy_context()

    def run():
        try:
            try:
                with lock:
                    if box["phase"] == "abandoned":  # its caller gave up before it started: nothing to compute
                        return
                    box["phase"] = "running"
                box["clock"] = _own_cpu_clock()
                box["result"] = context.run(func, arg)
            except BaseException as exc:  # a student's SystemExit too: handed to the caller, as in the main thread
                box["error"] = exc
            with lock:
                box["phase"] = "ended"
            _pending_stop_raised_here()  # a stop sent just before "ended" is raised by now, inside this try
        except CallTimedOut:  # the one stop, raised after the student's call had ended: no other can come
            with lock:
                box["phase"] = "ended"

    worker = threading.Thread(target=run, name="netcrime-limited-call", daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(min(seconds, wall))
    while worker.is_alive():
        if _computed(box.get("clock")) >= seconds or time.monotonic() - started >= wall:
            _stop_worker(worker, box, lock)
            raise CallTimedOut()
        worker.join(REPEAT)
    if "error" in box:
        raise box["error"]
    return box["result"]


def _stop_worker(worker, box, lock) -> None:
    """Raise ``CallTimedOut`` inside ``worker``, once, if it is still in the student's call, so that a call stopped
    for time does not go on computing; a worker not yet started is told not to start. Sent once only: the worker
    takes the one stop wherever it lands (``_thread_limited``'s ``run``); a student's bare ``except:`` that swallows
    it leaves the worker behind, as before. Nothing is sent where the interpreter has no
    ``PyThreadState_SetAsyncExc`` (not CPython)."""
    with lock:  # the worker marks "ended" under this lock: no stop is sent to a call that has ended
        if box["phase"] == "starting":
            box["phase"] = "abandoned"
        if box["phase"] != "running":
            return
        try:
            import ctypes

            send = ctypes.pythonapi.PyThreadState_SetAsyncExc
        except (ImportError, AttributeError):
            return
        box["phase"] = "stopped"
        send(ctypes.c_ulong(worker.ident), ctypes.py_object(CallTimedOut))


def _pending_stop_raised_here() -> None:
    """Does nothing: entering a Python function is a point where the interpreter raises a stop sent to this thread."""


def _alarm_limited(func, arg, seconds: float, wall: float):
    """``func(arg)`` under SIGALRM (main thread, POSIX), stopped when this thread has computed ``seconds`` or
    ``wall`` has passed (or an outer timer's time left, whichever ends first); an outer timer put back afterwards."""
    import signal
    import time

    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    wall = wall if not outer_left else min(wall, outer_left)
    state = {"armed": True}
    started, computed_before = time.monotonic(), time.thread_time()

    def on_alarm(signum, frame):
        if state["armed"] and (time.thread_time() - computed_before >= seconds
                               or time.monotonic() - started >= wall):
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
        signal.signal(signal.SIGALRM, old)
        if outer_left:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001))


def call_each(func, inputs, seconds: float = CALL_SECONDS, on_error=None) -> list:
    """``func`` called on each input, each call limited to ``seconds`` and all of them to ``CALLS_BUDGET`` times
    that (of computing, or ``WALL_FACTOR`` times as long on the clock: see ``call_limited``); a result per input, in
    order. A call stopped at its own limit gives ``did_not_return`` text, one stopped by the budget ``budget_spent``
    text, and the inputs after a stopped call ``not_tried`` text (one call that does not return is the verdict;
    waiting on the rest would only cost the student more). ``on_error(exc)`` turns any other exception (any
    BaseException: SystemExit, KeyboardInterrupt, a student's own) into the result for its input, or raises it again;
    without it they propagate."""
    import time

    budget = CALLS_BUDGET * seconds  # of computing, in this thread (off the main thread the clock's budget decides)
    started, computed_before = time.monotonic(), time.thread_time()
    results = []
    for item in inputs:
        if results and timed_out(results[-1]):  # one call that does not return says it all: the rest wait no longer
            results.append(not_tried())
            continue
        left = budget - (time.thread_time() - computed_before)
        wall_left = WALL_FACTOR * budget - (time.monotonic() - started)
        if left <= 0 or wall_left <= 0:
            results.append(budget_spent(budget))
            continue
        try:
            results.append(call_limited(func, item, min(seconds, left), min(WALL_FACTOR * seconds, wall_left)))
        except CallTimedOut:
            own_limit = left >= seconds and wall_left >= WALL_FACTOR * seconds
            results.append(did_not_return(seconds) if own_limit else budget_spent(budget))
        except BaseException as exc:  # GeneratorExit or a student's own BaseException too: a result, never a crash
            if on_error is None:
                raise
            results.append(on_error(exc))  # which may raise again (the grader lets an interrupt through)
    return results
