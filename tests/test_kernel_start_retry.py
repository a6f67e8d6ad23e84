"""A kernel that dies while starting is started again, by one rule for nbval and the grader (``netcrime.kernel_start``).

Fast: the kernel starts are faked (no kernel is started), since what is tested is what happens around them.
"""
from __future__ import annotations

import errno

import nbval.kernel
import pytest

from netcrime import kernel_start
from netcrime.grading import Limits
from netcrime.grading import kernel_engine
from netcrime.grading.engines import Environment
from netcrime.grading.grader import Grader, grade_submission
from netcrime.grading.records import Submission

DIED = "Kernel died before replying to kernel_info"


def starts(failures: list[BaseException]):
    """A fake start that raises the given errors in turn, then returns a kernel; ``calls`` counts its calls."""
    calls = []

    def start(**kwargs):
        calls.append(kwargs)
        if len(calls) <= len(failures):
            raise failures[len(calls) - 1]
        return "manager", "client"

    return start, calls


def test_nbval_uses_the_retrying_start():
    wrapped = getattr(nbval.kernel.start_new_kernel, "__wrapped__", None)
    assert wrapped is not None and wrapped.__name__ == "start_new_kernel"


def test_a_kernel_that_dies_once_is_started_again():
    start, calls = starts([RuntimeError(DIED)])
    assert kernel_start.with_retries(start)(kernel_name="python") == ("manager", "client")
    assert len(calls) == 2


def test_a_port_taken_in_between_is_started_again():
    taken = OSError(errno.EADDRINUSE, "Address already in use")  # zmq.ZMQError carries the same errno
    start, calls = starts([taken, taken])
    assert kernel_start.with_retries(start)() == ("manager", "client")
    assert len(calls) == 3


def test_a_kernel_that_never_starts_still_fails_after_the_last_attempt():
    start, calls = starts([RuntimeError(DIED)] * 10)
    thrown_away = []
    with pytest.raises(RuntimeError, match="Kernel died"):
        kernel_start.with_retries(start, before_retry=thrown_away.append)()
    assert len(calls) == kernel_start.ATTEMPTS == 3
    assert len(thrown_away) == 2  # the dead kernels before each new attempt; the last one is the caller's


@pytest.mark.parametrize("error", [ValueError("no such kernel"), RuntimeError("Kernel didn't respond in 60 seconds")])
def test_other_errors_and_timeouts_are_not_retried(error):
    start, calls = starts([error])
    with pytest.raises(type(error)):
        kernel_start.with_retries(start)()
    assert len(calls) == 1


class _Dying:
    """Stands in for nbclient's kernel start in the kernel engine: dies ``times`` times, counting the starts."""

    def __init__(self, times: int):
        self.times, self.starts, self.ready = times, 0, 0

    def start_new_kernel(self, client, **kwargs):
        self.starts += 1
        if self.starts <= self.times:
            raise RuntimeError(DIED)

    def start_new_kernel_client(self, client):
        self.ready += 1
        raise _Started()


class _Started(Exception):
    """Raised once the fake kernel is 'ready', so the test stops before any cell would need a real kernel."""


def _engine(tmp_path):
    env = Environment(student_build=tmp_path, data={}, data_folder=tmp_path, sandbox=False)
    return kernel_engine.KernelEngine(env, Limits(cell_timeout=5, notebook_timeout=30))


def _fake_starts(monkeypatch, dying: _Dying) -> None:
    monkeypatch.setattr(kernel_engine._Client, "start_new_kernel", lambda self, **kw: dying.start_new_kernel(self, **kw))
    monkeypatch.setattr(kernel_engine._Client, "start_new_kernel_client", lambda self: dying.start_new_kernel_client(self))


def test_the_grading_kernel_that_dies_once_is_started_again(monkeypatch, tmp_path):
    dying = _Dying(times=1)
    _fake_starts(monkeypatch, dying)
    result = _engine(tmp_path).run_once(["x = 1"], set(), {"names": [], "probes": {}}, deadline=10**12)
    assert (dying.starts, dying.ready) == (2, 1)  # died once, started again, became ready (then the fake stops)
    assert not any("died while starting" in p for p in result.problems), result.problems


def test_a_grading_kernel_that_never_starts_is_a_graded_row_after_three_attempts(monkeypatch, tmp_path):
    dying = _Dying(times=10)
    _fake_starts(monkeypatch, dying)
    notebook = tmp_path / "ada.ipynb"
    notebook.write_text('{"cells": [{"cell_type": "code", "source": "from netcrime.checks.lesson00 import q1", '
                        '"metadata": {}, "outputs": [], "execution_count": null}], "metadata": {"netcrime": '
                        '{"lesson": "00"}}, "nbformat": 4, "nbformat_minor": 5}', encoding="utf-8")
    with Grader.open(engine="kernel", sandbox_=False, limits=Limits(cell_timeout=5, notebook_timeout=30)) as grader:
        record = grade_submission(Submission("ada", notebook, content=notebook.read_bytes()), grader)
    assert dying.starts == kernel_start.ATTEMPTS  # three starts in all: the engine does not run it again on top
    assert record.student == "ada" and not record.graded and record.transient  # not cached: graded again next run
    assert any("kernel died while starting, 3 times" in p for p in record.problems), record.problems
    assert record.questions and all(q.points == 0 and "Not graded" in q.message for q in record.questions)
