"""Dask's overhead against --jobs: the same N submissions graded with `--jobs W` and `--dask local:W`.

Both runs use W worker slots on this machine, so the ratio is Dask's own cost (starting a local
cluster, shipping each notebook and its record, one grading state per worker process), not a
speed-up. The cluster's start-up is also timed alone, to split the fixed cost from the
per-submission cost. Figures are ratios on a shared machine; the guide turns them into a plan
for 4,000 submissions.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench_grading import (grader_status, run_grader, source_notebook, submission_from_solution,
                           write_submissions)
from common import fmt


def cluster_startup(workers: int) -> float:
    from distributed import Client, LocalCluster

    start = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=50) as cluster, Client(cluster) as client:
        client.run(lambda: 1)
    return time.perf_counter() - start


def run(n: int = 12, workers: int = 2) -> dict:
    ok, help_text = grader_status()
    if not ok or "--dask" not in help_text:
        return {"available": False, "why": "grader without --dask"}
    try:
        import distributed  # noqa: F401
    except ImportError:
        return {"available": False, "why": "dask not installed (make instructor)"}
    template = submission_from_solution(source_notebook())
    result = {"available": True, "n": n, "workers": workers}
    with tempfile.TemporaryDirectory(prefix="netcrime-bench-dask-") as tmp:
        folder = Path(tmp) / "subs"
        write_submissions(template, folder, n)
        result["jobs"] = run_grader(folder, Path(tmp) / "jobs", workers, help_text)
        result["dask"] = run_grader(folder, Path(tmp) / "dask", workers, help_text.replace("--jobs", "--jobs-off"),
                                    extra=["--dask", f"local:{workers}"])
        result["startup_s"] = cluster_startup(workers)
    j, d = result["jobs"]["seconds"], result["dask"]["seconds"]
    result["ratio"] = d / j if j else None
    result["per_submission_jobs_s"] = j / n
    result["per_submission_dask_s"] = (d - result["startup_s"]) / n
    return result


def table(result: dict) -> list[str]:
    r = result.get("dask")
    if not r:
        return []
    if not r.get("available"):
        return ["### Dask", "", f"Not measured: {r.get('why')}.", ""]
    return ["### Dask (`--dask local:W` against `--jobs W`, same machine)", "",
            "| run | wall s | graded | all right |", "|---|---:|---:|---:|",
            f"| --jobs {r['workers']} | {fmt(r['jobs']['seconds'], '.1f')} | {r['jobs']['graded']} | {r['jobs']['full_marks']} |",
            f"| --dask local:{r['workers']} | {fmt(r['dask']['seconds'], '.1f')} | {r['dask']['graded']} | {r['dask']['full_marks']} |",
            "",
            f"Dask / --jobs: **{fmt(r['ratio'])}x** for N={r['n']}; local cluster start-up alone "
            f"{fmt(r['startup_s'], '.1f')} s; per submission {fmt(r['per_submission_jobs_s'], '.2f')} s with --jobs, "
            f"{fmt(r['per_submission_dask_s'], '.2f')} s with Dask after start-up (wall time / N, "
            f"{r['workers']} slots).", ""]
