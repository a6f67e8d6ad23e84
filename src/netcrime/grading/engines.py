"""What both engines share: the workspace a run gets, and running a notebook with retries.

An engine runs a notebook's code cells, then the extraction step, and gives
back a ``RunResult``. If a cell killed or hung the run, the notebook is run
again without it (up to ``Limits.max_attempts``), so one bad cell costs the
student only the answers that depend on it.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .limits import Limits
from .records import RunResult


class Cancelled(Exception):
    """The whole run is being stopped (Ctrl-C)."""


@dataclass
class Environment:
    """What the grader hands every run: the student build, the data snapshot, and whether to isolate."""

    student_build: Path  # the folder holding the student build's ``netcrime`` package
    data: dict[str, bytes]  # the data snapshot, read once at the start of the grading run
    data_folder: Path  # the same snapshot on disk (read-only for submissions)
    sandbox: bool = True


def write_snapshot(folder: Path, data: dict[str, bytes]) -> None:
    for rel, content in data.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


class Workspace:
    """A private folder for one run: work/ (the cwd), home/, tmp/, data/ (its own copy of the data)."""

    def __init__(self, data: dict[str, bytes]):
        self.root = Path(tempfile.mkdtemp(prefix="netcrime-grade-"))
        for sub in ("work", "home", "tmp", "data", "ipc"):
            (self.root / sub).mkdir()
        write_snapshot(self.root / "data", data)

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class Engine:
    """Runs one notebook at a time per call; safe to call from several threads."""

    name = "engine"

    def __init__(self, env: Environment, limits: Limits):
        self.env = env
        self.limits = limits
        self.cancelled = threading.Event()

    def run_once(self, cells: list[str], skip: set[int], spec: dict, deadline: float,
                 lesson: str | None = None) -> RunResult:
        """One run. ``lesson``: the notebook's lesson (the fork engine's server loads its checks before forking)."""
        raise NotImplementedError

    def cancel(self) -> None:
        self.cancelled.set()

    def close(self) -> None:
        pass

    def run(self, cells: list[str], spec: dict, lesson: str | None = None) -> RunResult:
        """Every code cell (errors allowed), then extraction; again without a cell that killed or hung the run."""
        limits = self.limits
        deadline = time.monotonic() + limits.notebook_timeout
        skip: set[int] = set()
        problems: list[str] = []
        result = RunResult()
        output_bytes = 0
        for attempt in range(limits.max_attempts):
            if self.cancelled.is_set():
                raise Cancelled()
            outcome = self.run_once(cells, skip, spec, deadline, lesson)
            output_bytes += outcome.output_bytes
            if outcome.fallback:
                return outcome
            if outcome.transient and not outcome.retried and attempt < limits.max_attempts - 1 and time.monotonic() < deadline:
                continue  # the sandbox did not start (e.g. an overloaded machine): try once more, silently
            problems.extend(p for p in outcome.problems if p not in problems)
            result = outcome
            if outcome.values is not None or time.monotonic() >= deadline or outcome.killer is None:
                break
            skip.add(outcome.killer)
        if result.values is None:
            problems.append("The grader could not read any answers from this notebook.")
        result.problems = problems
        result.skipped = set(skip)
        result.output_bytes = output_bytes
        return result


def accept_payload(out: RunResult, text: str) -> RunResult:
    """Read the answers JSON into ``out`` (a problem, not an exception, if it is not what extraction writes)."""
    try:
        payload = json.loads(text)
        values, probes = payload["values"], payload.get("probes", {})
        if not isinstance(values, dict) or not isinstance(probes, dict):
            raise TypeError
        threads = payload.get("threads", {})  # {question id: {"stopped": n, "running": m}} (time_limit)
        out.values, out.probes = values, probes
        out.threads = threads if isinstance(threads, dict) else {}
    except (ValueError, KeyError, TypeError):
        out.problems.append("The answers the notebook gave back could not be read.")
    return out
