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


# How long a scheduler named by address may take to answer before the run stops with a sentence.
CONNECT_TIMEOUT = "10s"


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
        client = distributed.Client(spec, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"No Dask scheduler answered at {spec} ({exc}). Start one with `dask scheduler` "
                              "and workers with `dask worker ADDRESS`, or use --dask local:N.") from None
    try:
        yield client
    finally:
        client.close()


# ----------------------------------------------------------------- on the worker
_STATE: dict[str, object] = {}


def _grader(options: dict, data: dict[str, bytes]):
    """This worker process's Grader for one run (opened on its first task, kept for the rest)."""
    from .grader import Grader
    from .engines import write_snapshot

    key = options["run"]
    if key not in _STATE:
        for old in _STATE.values():  # one run at a time per worker: close an earlier run's grader
            old.close()
        _STATE.clear()
        private = Path(tempfile.mkdtemp(prefix="netcrime-dask-"))
        write_snapshot(private / "data", data)
        extra_path = None
        if options["extra"] is not None:
            extra_path = private / "instructor_checks.py"
            extra_path.write_bytes(options["extra"])
        grader = Grader.open(data_dir=private / "data", extra_checks=extra_path, limits=options["limits"],
                             lesson=options["lesson"], sandbox_=options["sandbox"], engine=options["engine"])
        if grader.checks.base != options["checks"]:
            grader.close()
            raise RuntimeError("this Dask worker has another version of the course package or data than the "
                               "instructor's machine; install the same version on every worker")
        grader.executed_dir = private / "executed"  # sent back with each row, written by the instructor's process
        _STATE[key] = grader
    return _STATE[key]


def grade_on_worker(sub, options: dict, data: dict[str, bytes]):
    """One submission, graded on this worker by the grader's own per-submission function.

    Returns the row and the bytes of its executed notebook (None if none was kept).
    """
    from .grader import grade_submission

    grader = _grader(options, data)
    record = grade_submission(sub, grader)
    notebook = None
    if record.executed and grader.executed_dir is not None:
        path = grader.executed_dir / Path(record.executed).name
        try:
            notebook = path.read_bytes()
            path.unlink()
        except OSError:
            pass
    return record, notebook


# ----------------------------------------------------------------- in the instructor's process
def run_options(grader, extra_checks, sandbox: bool, engine: str) -> dict:
    """What every worker needs to grade exactly as this process's grader would."""
    extra = Path(extra_checks).read_bytes() if extra_checks else None
    run = hashlib.sha256(f"{grader.checks.base}{grader.lesson}{os.getpid()}{id(grader)}".encode()).hexdigest()
    return {"run": run, "lesson": grader.lesson, "limits": grader.limits, "checks": grader.checks.base,
            "extra": extra, "sandbox": sandbox, "engine": engine}


def grade_pending(client, pending: list[tuple[int, object]], options: dict,
                  data: dict[str, bytes], executed_dir: Path | None = None) -> Iterator[tuple[int, object]]:
    """Send each pending (index, submission) to the cluster; yield (index, record) as each finishes.

    On an interrupt every task not yet finished is cancelled.
    """
    distributed = _distributed()
    [shared] = client.scatter([data], broadcast=True)  # the data snapshot travels once per worker
    futures = {}
    for index, sub in pending:
        future = client.submit(grade_on_worker, sub, options, shared,
                               key=f"netcrime-grade-{options['run'][:12]}-{index}", pure=False)
        futures[future] = index
    try:
        for future in distributed.as_completed(futures):
            record, notebook = future.result()
            if notebook is not None and executed_dir is not None:  # where a local run keeps it
                from .report import write_bytes_atomic

                Path(executed_dir).mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(Path(executed_dir) / Path(record.executed).name, notebook, durable=False)
            else:
                record.executed = None
            yield futures[future], record
    except BaseException:
        client.cancel(list(futures))
        raise
