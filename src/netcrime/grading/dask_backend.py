"""Grading on a Dask cluster: ``--dask tcp://scheduler:8786`` or ``--dask local:4``.

Only the per-submission work moves: each Dask worker grades the submissions it is given with the
grader's own ``grade_submission`` (the same isolated run as locally), from the submission's bytes
(workers never read the instructor's folders). Everything about the class stays in the
instructor's process: finding submissions, the cache (so a run resumes, and unchanged
submissions never reach the cluster), the order of rows, and every report. So the gradebook is
the one a local run writes.

Each worker process builds its grading state once per run (the course data snapshot, sent once
to every worker, the checks and the limits) and keeps it for the submissions that follow.
Workers need the same course package installed (``pip install -e ".[instructor]"``); a worker
with a different version would judge differently, so the checks' hash travels with each task
and a worker refuses to grade under another one.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_LOCAL = re.compile(r"^local(?::(\d+))?$")


class DaskUnavailable(ValueError):
    """Dask cannot be used as asked; the message says how to fix it."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise DaskUnavailable("Dask is not installed here: run `make instructor` "
                              "(or `.venv/bin/pip install -e \".[instructor]\"`).") from None
    return distributed


@contextmanager
def client_for(spec: str) -> Iterator[object]:
    """A Dask client: a local cluster of N worker processes (``local:N``) or an existing scheduler."""
    distributed = _distributed()
    local = _LOCAL.match(spec.strip())
    if local:
        workers = int(local.group(1) or os.cpu_count() or 1)
        if workers < 1:
            raise DaskUnavailable("local:N needs at least one worker.")
        # One thread per worker: each runs one notebook at a time, like one --jobs slot.
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=50) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(spec, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"No Dask scheduler answered at {spec} ({exc}). Start one with `dask scheduler` "
                              "and workers with `dask worker ADDRESS`, or use --dask local:N.") from None
    try:
        yield client
    finally:
        client.close()


# ----------------------------------------------------------------- on the worker
_STATE: dict[str, tuple] = {}


def _state(options: dict, data: dict[str, bytes]):
    """This worker process's grading state for one run's options (built on its first task)."""
    from . import Checks, KernelRegistry, Limits, Settings, load_extra_checks
    from .. import paths
    from .runner import write_snapshot

    key = options["run"]
    if key not in _STATE:
        _STATE.clear()  # one run at a time per worker: drop an earlier run's state
        private = Path(tempfile.mkdtemp(prefix="netcrime-dask-"))
        write_snapshot(private / "data", data)
        os.environ[paths.DATA_ENV_VAR] = str(private / "data")  # the grader's own checks read this copy
        extra_path = None
        if options["extra"] is not None:
            extra_path = private / "instructor_checks.py"
            extra_path.write_bytes(options["extra"])
        extra, extra_bytes = load_extra_checks(extra_path)
        limits = Limits(**options["limits"])
        checks = Checks(extra, extra_bytes, data, limits)
        if checks.base != options["checks"]:
            raise RuntimeError("this Dask worker has another version of the course package or data than the "
                               "instructor's machine; install the same version on every worker")
        _STATE[key] = (Settings(out=private, lesson=options["lesson"], limits=limits, checks=checks, data=data),
                       KernelRegistry())
    return _STATE[key]


def grade_on_worker(student: str, path: str, content: bytes | None, problem: str | None,
                    options: dict, data: dict[str, bytes]) -> dict:
    """One submission, graded on this worker by the grader's own per-submission function."""
    from . import Submission, grade_submission

    settings, kernels = _state(options, data)
    return grade_submission(Submission(student, Path(path), content, problem), settings, kernels)


# ----------------------------------------------------------------- in the instructor's process
def run_options(settings, extra_bytes: bytes) -> dict:
    """What every worker needs to grade exactly as this process would."""
    limits = dict(settings.limits.key())
    limits["kernel_wrapper"] = tuple(limits.get("kernel_wrapper", ()))
    run = hashlib.sha256(f"{settings.checks.base}{settings.lesson}{os.getpid()}{id(settings)}".encode()).hexdigest()
    return {"run": run, "lesson": settings.lesson, "limits": limits, "checks": settings.checks.base,
            "extra": extra_bytes or None}


def grade_pending(client, pending: list[tuple[int, object]], options: dict,
                  data: dict[str, bytes]) -> Iterator[tuple[int, dict]]:
    """Send each pending (index, submission) to the cluster; yield (index, record) as each finishes.

    On an interrupt every task not yet finished is cancelled.
    """
    distributed = _distributed()
    [shared] = client.scatter([data], broadcast=True)  # the data snapshot travels once per worker
    futures = {}
    for index, sub in pending:
        future = client.submit(grade_on_worker, sub.student, str(sub.path), sub.content, sub.problem, options,
                               shared, key=f"netcrime-grade-{options['run'][:12]}-{index}", pure=False)
        futures[future] = index
    try:
        for future in distributed.as_completed(futures):
            yield futures[future], future.result()
    except BaseException:
        client.cancel(list(futures))
        raise
