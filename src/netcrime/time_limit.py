"""A time limit on each call of a student's code: the one mechanism of the notebook's check and of the grader.

A student's function can loop forever or sleep; a check that calls it must not hang with it (round 11's review: a
`from_chinese` that never returned hung `check()`, while the grader, which stopped such calls, gave a verdict).
``question.probe_function`` (the notebook's check) and ``grading/extract.py`` (the grader's reading step, inside the
student's kernel) both call through ``call_each`` here, so both stop the same calls and say the same thing.

The grader injects this file's *source* into the kernel before ``extract.py`` (``grading/kernel_code.py``), so it
must stay plain: standard library only, no import of the course.

In the main thread on POSIX a call is stopped with SIGALRM (``_alarm_limited``), which also ends a sleep, and repeats
after the limit every ``REPEAT`` s, so a bare ``except:`` inside the student's loop is tried again (it can still
swallow many: the grader's cell limit is the last resort). A timer already running (an outer limit) is put back
afterwards, less the time spent. SIGALRM reaches only the main thread and Windows has none: elsewhere (a check()
called from a thread of the student's own, a widget's callback, Windows) the call runs in a worker thread of its own,
with the caller's context, and the caller waits for it ``seconds`` at most (``_thread_limited``, review round 14, S1:
check() from another thread hung for ever on a function that never returned, and left sys.stdout swapped). A worker
that does not return is left behind, still running (a thread cannot be stopped from outside), but the check goes on
and says so. Round 13 tried a watchdog thread raising into the caller with ``PyThreadState_SetAsyncExc``; under load a
stop raised just as the call ended reached the thread afterwards and killed a test worker, so it was taken out: a stop
that can arrive late is worse than none. Nothing here raises into another thread.
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


REPEAT = 0.05  # after the limit, the stop is raised again this often (a bare except: may have swallowed it)


def call_limited(func, arg, seconds: float):
    """``func(arg)``, raising ``CallTimedOut`` if it has not returned after ``seconds`` (by the alarm, in the main
    thread on POSIX; elsewhere by waiting on a worker thread: see the module's docstring)."""
    if seconds <= 0:
        raise CallTimedOut()
    if _can_alarm():
        return _alarm_limited(func, arg, seconds)
    return _thread_limited(func, arg, seconds)


def _thread_limited(func, arg, seconds: float):
    """``func(arg)`` in a daemon worker thread run in a copy of the caller's context (its context variables: the
    question being judged), waited for ``seconds`` at most; its exception is raised here as its own. A worker still
    running then is abandoned and ``CallTimedOut`` raised in the caller, which the caller alone handles."""
    import contextvars
    import threading

    box = {}
    context = contextvars.copy_context()

    def run():
        try:
            box["result"] = context.run(func, arg)
        except BaseException as exc:  # a student's SystemExit too: handed to the caller, as in the main thread
            box["error"] = exc

    worker = threading.Thread(target=run, name="netcrime-limited-call", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise CallTimedOut()
    if "error" in box:
        raise box["error"]
    return box["result"]


def _alarm_limited(func, arg, seconds: float):
    """``func(arg)`` under SIGALRM (main thread, POSIX), an outer timer put back afterwards."""
    import signal
    import time

    state = {"armed": True}

    def on_alarm(signum, frame):
        if state["armed"]:
            raise CallTimedOut()

    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    old = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds if not outer_left else min(seconds, outer_left), REPEAT)
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
    that; a result per input, in order. A call stopped at its own limit gives ``did_not_return`` text, one stopped
    by the budget ``budget_spent`` text, and the inputs after a stopped call ``not_tried`` text (one call that does
    not return is the verdict; waiting on the rest would only cost the student more). ``on_error(exc)`` turns any
    other exception (any
    BaseException: SystemExit, KeyboardInterrupt, a student's own) into the result for its input, or raises it again;
    without it they propagate."""
    import time

    budget_end = time.monotonic() + CALLS_BUDGET * seconds
    results = []
    for item in inputs:
        if results and timed_out(results[-1]):  # one call that does not return says it all: the rest wait no longer
            results.append(not_tried())
            continue
        left = budget_end - time.monotonic()
        if left <= 0:
            results.append(budget_spent(CALLS_BUDGET * seconds))
            continue
        try:
            results.append(call_limited(func, item, min(seconds, left)))
        except CallTimedOut:
            results.append(did_not_return(seconds) if left >= seconds else budget_spent(CALLS_BUDGET * seconds))
        except BaseException as exc:  # GeneratorExit or a student's own BaseException too: a result, never a crash
            if on_error is None:
                raise
            results.append(on_error(exc))  # which may raise again (the grader lets an interrupt through)
    return results
