"""The grading session and ``grade_submission``, the one function that grades one submission.

Usage (what ``grade()`` does, and what a Dask backend or any other caller should do)::

    with Grader.open(data_dir=None, extra_checks=None, limits=Limits(), lesson="01") as grader:
        record = grade_submission(submission, grader)   # a typed Record; never raises for a bad notebook

A ``Grader`` holds what every submission of a run shares: the questions (and
the key that versions their verdicts), a snapshot of the course data read
once, a student build of the package (nothing secret in it), the limits, and
the engines. It is safe to call ``grade_submission`` from several threads.
A process that grades (e.g. a Dask worker) opens its own ``Grader``.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from .. import paths
from . import sandbox, student_build
from .engines import Cancelled, Engine, Environment, write_snapshot
from .judging import grade_with
from .lessons import Checks, load_extra_checks
from .limits import Limits
from .records import Record, RunResult, Submission

ENGINES = ("fork", "kernel")


def read_data(folder: Path) -> dict[str, bytes]:
    """The course data, read once into memory: every run gets a copy of this snapshot."""
    snapshot = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts):
            snapshot[str(path.relative_to(folder))] = path.read_bytes()
    return snapshot


class Grader:
    """Everything the submissions of one grading run share (see the module docstring)."""

    def __init__(self, *, checks: Checks, env: Environment, limits: Limits, lesson: str | None = None,
                 engine: str = "fork", private: Path | None = None):
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        self.checks, self.env, self.limits, self.lesson, self.engine_name = checks, env, limits, lesson, engine
        self._private = private
        self.executed_dir: Path | None = None  # where to keep each executed notebook (run.grade sets OUT/executed)
        self._kernel: Engine | None = None
        self._fork: Engine | None = None

    @classmethod
    def open(cls, *, data_dir: str | Path | None = None, extra_checks: str | Path | None = None,
             limits: Limits | None = None, lesson: str | None = None, sandbox_: bool = True,
             engine: str = "fork", start: bool = False) -> "Grader":
        """Read the data and the checks, write the student build and the data snapshot into a private folder.

        ``start``: start the fork server (in the background) as soon as the student build is written, before
        the checks are read and their key computed, so its imports overlap with that work (or take the server
        this process already runs for the same build and data: ``fork_servers``).
        Raises ``sandbox.SandboxUnavailable`` if isolation was asked for and bubblewrap cannot provide it.
        """
        if sandbox_:
            reason = sandbox.unavailable_reason()
            if reason:
                raise sandbox.SandboxUnavailable(reason)
        limits = limits or Limits()
        data = read_data(Path(data_dir) if data_dir else paths.data_dir())
        extra, extra_bytes = load_extra_checks(extra_checks)
        private = Path(tempfile.mkdtemp(prefix="netcrime-grader-"))
        fork = None
        try:
            write_snapshot(private / "data", data)
            student_build.write_bytecode(student_build.build(private / "site", assignment=True))
            env = Environment(student_build=private / "site", data=data, data_folder=private / "data",
                              sandbox=sandbox_)
            if start and engine == "fork":
                from .fork_engine import ForkEngine

                fork = ForkEngine(env, limits)
                fork.start()
            settings = {"limits": limits.key(), "isolated": sandbox_}
            checks = Checks(extra, extra_bytes, data, settings)
        except BaseException:
            if fork is not None:
                fork.close()
            shutil.rmtree(private, ignore_errors=True)
            raise
        grader = cls(checks=checks, env=env, limits=limits,
                     lesson=str(lesson).zfill(2) if lesson is not None else None, engine=engine, private=private)
        grader._fork = fork
        return grader

    def __enter__(self) -> "Grader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- engines
    def kernel_engine(self) -> Engine:
        if self._kernel is None:
            from .kernel_engine import KernelEngine  # Jupyter's client libraries: loaded only when a kernel is needed

            self._kernel = KernelEngine(self.env, self.limits)
        return self._kernel

    def fork_engine(self) -> Engine | None:
        if self._fork is None:
            from .fork_engine import ForkEngine

            self._fork = ForkEngine(self.env, self.limits)
        return self._fork

    def start(self) -> None:
        """Start the fork server in the background now (or take this process's server for the same course)."""
        if self.engine_name == "fork":
            self.fork_engine().start()

    def run(self, cells: list[str], spec: dict, lesson: str | None = None) -> tuple[RunResult, str]:
        """Run one notebook of ``lesson``: the fork engine if chosen and able, else the kernel path."""
        if self.engine_name == "fork":
            engine = self.fork_engine()
            result = engine.run(cells, spec, lesson)
            if not result.fallback:
                return result, engine.name
        return self.kernel_engine().run(cells, spec), "kernel"

    def cancel(self) -> None:
        for engine in (self._fork, self._kernel):
            if engine is not None:
                engine.cancel()

    def close(self) -> None:
        for engine in (self._fork, self._kernel):
            if engine is not None:
                engine.close()
        if self._private is not None:
            shutil.rmtree(self._private, ignore_errors=True)
            self._private = None


def grade_submission(submission: Submission, grader: Grader) -> Record:
    """Grade one submission in isolation and return its row.

    Runs the notebook in a sandbox (the fork engine, or a kernel for notebooks
    it cannot grade faithfully), reads the declared answers back as data, and
    judges them in this process. Every fault of the notebook (unreadable file,
    wrong lesson, crash, time limit, a cell that raised) becomes a reason in
    the returned ``Record``; it raises only ``engines.Cancelled`` (the run is
    being stopped).
    """
    try:
        record = grade_with(submission, grader)
        record.isolated = grader.env.sandbox  # fault rows too: under --no-sandbox every row says so
        return record
    except Cancelled:
        raise
    except Exception as exc:  # the last line of defence: a grader bug is one row, not a crashed run
        from .judging import fault

        record = fault(submission, f"The grader failed on this notebook ({type(exc).__name__}: {str(exc)[:200]}).")
        record.transient = True
        record.isolated = grader.env.sandbox
        print(f"warning: grading {submission.student} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return record
