"""Grading engines: fork server vs a kernel per submission, the sandbox's cost, and where the time goes.

- throughput: ``python -m netcrime grade`` (the instructor's command) with ``--engine fork`` and
  ``--engine kernel``, ``--jobs 1`` and ``--jobs 2``, at each N (submissions generated from the
  lesson's solution, as in bench_grading.py: every answer right, one file per student id), each
  with the load average before and after it (the machine may be shared: compare ratios taken in
  the same run);
- sandbox overhead: the fork engine with and without ``--no-sandbox`` at the same N (target: within 1.1x);
- phase breakdown per submission (fork engine, from the grader's own timings): server start-up and
  imports (once per run), set-up of the child, the student's cells (capturing their outputs included),
  extraction, transport, judging, keeping the executed notebook, reports;
- the floor: the same student cells alone, run in a warm interpreter (an InteractiveShell with the
  libraries already imported), median per submission. Target: 200 isolated submissions under 30 s on
  2 cores, within 2.5x of the floor (N x floor / workers).

Run alone: ``python benchmarks/bench_engines.py [--sizes 20,200,1000] [--kernel-sizes 20]
[--runs kernel:1000:1,fork:1000:1] [--overhead-n 0]``, or ``make bench-engines N=200`` (fork engine
only, N submissions, serial and 2 workers). With ``--write``, the file is rewritten after every run:
a long benchmark stopped early keeps the rows it measured and says which planned rows were not run.
Timings from a shared machine are noisy: read the ratios.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_grading import DEFAULT_LESSON, all_right, source_notebook, submission_from_solution, write_submissions  # noqa: E402
from common import ROOT, fmt, mark  # noqa: E402

TARGET_SECONDS_200 = 30.0
TARGET_FLOOR_RATIO = 2.5
TARGET_SANDBOX = 1.1


def _log(msg):
    print(msg, file=sys.stderr, flush=True)


def grade_cli(folder: Path, out: Path, engine: str, jobs: int, sandbox: bool = True) -> dict:
    cmd = [sys.executable, "-m", "netcrime", "grade", str(folder), "--out", str(out), "--quiet", "--force",
           "--engine", engine, "--jobs", str(jobs), "--lesson", DEFAULT_LESSON]
    if not sandbox:
        cmd.append("--no-sandbox")
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    load_after = os.getloadavg()[0]
    graded = 0
    if (out / "gradebook.csv").exists():
        with (out / "gradebook.csv").open(encoding="utf-8-sig", newline="") as fh:
            graded = sum(1 for _ in csv.DictReader(fh))
    full = all_right(out)
    return {"engine": engine, "jobs": jobs, "sandbox": sandbox, "seconds": round(seconds, 2), "graded": graded,
            "full_marks": full, "raised": notebooks_with_errors(out), "returncode": proc.returncode,
            "stderr": proc.stderr[-300:], "load": [round(load_before, 2), round(load_after, 2)]}


def notebooks_with_errors(out: Path) -> int:
    """How many kept executed notebooks show an error in some cell. The generated submissions raise nowhere,
    so any is the grader's fault: under --no-sandbox every check cell once raised (the student build was
    out of the child's reach) while the marks stayed full, and that run measured the traceback printer."""
    found = 0
    for path in (out / "executed").glob("*.ipynb"):
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            found += 1
            continue
        found += any(o.get("output_type") == "error" for c in cells for o in c.get("outputs", []))
    return found


def floor(template, repeat: int = 5) -> float:
    """Median seconds of the student's cells alone in a warm IPython shell (no kernel, no sandbox, no extraction)."""
    import altair  # noqa: F401
    import ipywidgets  # noqa: F401
    import pandas  # noqa: F401
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    import netcrime.checks.registry as registry

    registry.all_lessons()
    config = Config()
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config)
    cells = [c.source for c in template.cells if c.cell_type == "code"]
    times = []
    with tempfile.TemporaryDirectory() as folder:
        cwd = os.getcwd()
        os.chdir(folder)
        devnull = open(os.devnull, "w")
        saved = sys.stdout
        try:
            for _ in range(repeat):
                shell.reset(new_session=False)
                sys.stdout = devnull
                start = time.perf_counter()
                for source in cells:
                    shell.run_cell(source, store_history=False)
                times.append(time.perf_counter() - start)
                sys.stdout = saved
        finally:
            sys.stdout = saved
            os.chdir(cwd)
    return statistics.median(times)


def phases(folder: Path, n: int = 20) -> dict:
    """Per-submission phase medians through the API (the grader's own timings), plus start-up and reports."""
    from netcrime.grading import Grader, find_submissions, grade_submission, report

    subs = find_submissions([folder])[:n]
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        grader = Grader.open(lesson=DEFAULT_LESSON)
        grader.executed_dir = Path(out) / "executed"  # as `grade` does: executed notebooks are kept
        opened = time.perf_counter()
        try:
            grader.fork_engine().server()
            started = time.perf_counter()
            records = [grade_submission(sub, grader) for sub in subs]
        finally:
            grader.close()
        t = time.perf_counter()
        report.write_reports(records, Path(out))
        reports = (time.perf_counter() - t) / max(1, len(records))
    keys = ("setup", "cells", "extract", "run", "judge", "keep")
    found = {k: statistics.median([r.phases.get(k, 0.0) for r in records]) for k in keys}
    found["transport"] = max(0.0, found["run"] - found["setup"] - found["cells"] - found["extract"])
    return {"grader_open_s": round(opened - start, 2), "server_start_s": round(started - opened, 2),
            "per_submission_s": {k: round(v, 4) for k, v in found.items()}, "reports_s": round(reports, 4),
            "engines": sorted({r.engine for r in records})}


def parse_runs(text: str) -> list[tuple[int, str, int]]:
    """``kernel:1000:1,fork:1000:1`` -> [(1000, "kernel", 1), (1000, "fork", 1)] (extra throughput runs, in order)."""
    runs = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        engine, n, jobs = item.split(":")
        if engine not in ("fork", "kernel"):
            raise ValueError(f"unknown engine {engine!r} in --runs")
        runs.append((int(n), engine, int(jobs)))
    return runs


def run(sizes=(20,), kernel_sizes=(20,), overhead_n: int = 20, parallel_sizes=(), extra_runs=(),
        on_progress=None) -> dict:
    """``parallel_sizes``: fork engine with 2 workers only (e.g. N=1000 on a busy machine); ``extra_runs``:
    more (N, engine, jobs) throughput runs after those; ``overhead_n`` 0 skips the sandbox-overhead pair.
    ``on_progress(result)`` is called after every run, so a long benchmark's finished rows are kept
    even if it is stopped before the end (rows not run are simply absent, never estimated)."""
    import nbformat

    source = source_notebook()
    if source is None:
        return {"error": f"no solutions/{DEFAULT_LESSON}_*.ipynb"}
    template = submission_from_solution(source)
    result = {"lesson": DEFAULT_LESSON, "cores": os.cpu_count(), "load_before": os.getloadavg()[0],
              "throughput": [], "overhead": {}, "overhead_n": overhead_n}
    runs = [(n, "fork", j) for n in sizes for j in (1, 2)] + [(n, "kernel", j) for n in kernel_sizes for j in (1, 2)]
    runs += [(n, "fork", 2) for n in parallel_sizes]
    runs += list(extra_runs)
    result["planned"] = [f"{engine}:{n}:{jobs}" for n, engine, jobs in runs]
    with tempfile.TemporaryDirectory(prefix="netcrime-bench-engines-") as tmp:
        tmp = Path(tmp)
        for n in sorted({n for n, _, _ in runs} | ({overhead_n} if overhead_n else set()) | {min(sizes or [20])}):
            write_submissions(nbformat.from_dict(json.loads(json.dumps(template))), tmp / f"n{n}", n)
        _log("engines: floor")
        result["floor_s"] = round(floor(template), 4)
        _log("engines: phases")
        result["phases"] = phases(tmp / f"n{min(sizes or [20])}")
        for n, engine, jobs in runs:
            _log(f"engines: {engine} N={n} jobs={jobs}")
            row = grade_cli(tmp / f"n{n}", tmp / f"out-{engine}-{n}-{jobs}", engine, jobs)
            row["n"] = n
            row["per_submission_s"] = round(row["seconds"] / n, 3)
            row["floor_ratio"] = round(row["seconds"] / (n * result["floor_s"] / jobs), 2)
            result["throughput"].append(row)
            _log(f"  {row['seconds']} s, {row['full_marks']}/{n} all right, load {row['load']}")
            shutil.rmtree(tmp / f"out-{engine}-{n}-{jobs}", ignore_errors=True)
            if on_progress is not None:
                on_progress(result)
        if overhead_n:
            _log(f"engines: sandbox overhead N={overhead_n}")
        for jobs in ((1, 2) if overhead_n else ()):
            on = grade_cli(tmp / f"n{overhead_n}", tmp / f"ov-on-{jobs}", "fork", jobs, sandbox=True)
            off = grade_cli(tmp / f"n{overhead_n}", tmp / f"ov-off-{jobs}", "fork", jobs, sandbox=False)
            result["overhead"][f"jobs{jobs}"] = {
                "sandboxed_s": on["seconds"], "unsandboxed_s": off["seconds"],
                "ratio": round(on["seconds"] / off["seconds"], 2), "load": on["load"] + off["load"],
                # a run that graded wrongly (e.g. crashed children, or cells that raised) says nothing about
                # the sandbox's cost
                "valid": on["full_marks"] == off["full_marks"] == overhead_n and not on["raised"] and not off["raised"]}
    result["load_after"] = os.getloadavg()[0]
    return result


def raised_note(row: dict) -> str:
    return f" ({row['raised']} with a cell that raised)" if row.get("raised") else ""


def table(result: dict) -> list[str]:
    if "error" in result:
        return [f"engines: {result['error']}"]
    lines = ["| engine | N | jobs | seconds | per submission | x floor (N x floor / jobs) | kernel / fork | "
             "load before / after | all right |", "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    fork = {(r["n"], r["jobs"]): r["seconds"] for r in result["throughput"] if r["engine"] == "fork"}
    for row in result["throughput"]:
        versus = ""
        if row["engine"] == "kernel" and (row["n"], row["jobs"]) in fork:
            versus = fmt(row["seconds"] / fork[(row["n"], row["jobs"])])
        load = " / ".join(fmt(x) for x in row.get("load", []))
        lines.append(f"| {row['engine']} | {row['n']} | {row['jobs']} | {fmt(row['seconds'])} | "
                     f"{fmt(row['per_submission_s'], '.3f')} | {fmt(row['floor_ratio'])} | {versus} | {load} | "
                     f"{row['full_marks']}/{row['n']}{raised_note(row)} |")
    done = {f"{r['engine']}:{r['n']}:{r['jobs']}" for r in result["throughput"]}
    for planned in result.get("planned", []):
        if planned not in done:
            engine, n, jobs = planned.split(":")
            lines.append(f"| {engine} | {n} | {jobs} | not run (the benchmark was stopped before it) | | | | | |")
    ph = result["phases"]
    lines += ["", f"Floor (student cells in a warm interpreter): {fmt(result['floor_s'], '.3f')} s per submission.",
              f"Once per run: grader set-up {fmt(ph['grader_open_s'])} s, fork server start-up and imports "
              f"{fmt(ph['server_start_s'])} s.", "",
              "| phase (per submission, fork engine, median) | seconds |", "|---|---:|"]
    for key, value in ph["per_submission_s"].items():
        lines.append(f"| {key} | {fmt(value, '.4f')} |")
    lines.append(f"| reports | {fmt(ph['reports_s'], '.4f')} |")
    if result["overhead"]:
        lines += ["", f"| sandbox overhead (fork engine, N={result.get('overhead_n')}) | sandboxed s | "
                  "--no-sandbox s | ratio | load |", "|---|---:|---:|---:|---|"]
    for key, row in result["overhead"].items():
        valid = "" if row.get("valid", True) else " (INVALID: a run did not grade every submission right, or cells raised)"
        lines.append(f"| {key} | {fmt(row['sandboxed_s'])} | {fmt(row['unsandboxed_s'])} | "
                     f"{fmt(row['ratio'])} {mark(row['ratio'] <= TARGET_SANDBOX)}{valid} | "
                     f"{' / '.join(fmt(x) for x in row.get('load', []))} |")
    lines.append(f"\nLoad average before/after: {fmt(result['load_before'])} / {fmt(result.get('load_after'))} "
                 f"on {result['cores']} cores (a shared machine makes absolute times noisy; read the ratios).")
    return lines


def targets(result: dict) -> list[dict]:
    rows = []
    if "error" in result:
        return rows
    best = [r for r in result["throughput"] if r["engine"] == "fork" and r["n"] == 200 and r["jobs"] == 2]
    if best:
        r = best[0]
        # A fast run that graded some submission wrong proves nothing: it counts as missed.
        right = r["full_marks"] == r["n"] and not r.get("raised")
        wrong_note = "" if right else f" (but only {r['full_marks']}/{r['n']} graded right)"
        rows.append({"target": "200 isolated submissions under 30 s on 2 cores (fork, 2 workers)",
                     "measured": f"{fmt(r['seconds'])} s{wrong_note}", "met": right and r["seconds"] < TARGET_SECONDS_200})
        rows.append({"target": "within 2.5x of the floor (200 x floor / 2 workers)",
                     "measured": f"{fmt(r['floor_ratio'])}x{wrong_note}",
                     "met": right and r["floor_ratio"] <= TARGET_FLOOR_RATIO})
    for key, row in result["overhead"].items():
        rows.append({"target": f"sandbox overhead within 1.1x ({key})", "measured": f"{fmt(row['ratio'])}x",
                     "met": row.get("valid", True) and row["ratio"] <= TARGET_SANDBOX})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20")
    parser.add_argument("--kernel-sizes", default="20")
    parser.add_argument("--overhead-n", type=int, default=20)
    parser.add_argument("--parallel-sizes", default="", help="fork engine, 2 workers only (e.g. 1000)")
    parser.add_argument("--runs", default="", metavar="ENGINE:N:JOBS,...",
                        help="more throughput runs after the others, in this order (e.g. kernel:1000:1,fork:1000:1)")
    parser.add_argument("--write", default=None, metavar="FILE.md",
                        help="also write the tables and targets to this Markdown file (e.g. results/engines-200.md); "
                             "rewritten after every run, so a stopped benchmark keeps the rows it measured")
    args = parser.parse_args()
    import datetime as dt

    begun = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    def render(result: dict) -> list[str]:
        return table(result) + [""] + [f"{mark(row['met'])} {row['target']}: {row['measured']}"
                                       for row in targets(result)]

    def write(result: dict) -> None:
        if not args.write:
            return
        head = [f"# Grading engines (started {begun})", "",
                f"`{' '.join(['python', 'benchmarks/bench_engines.py', *sys.argv[1:]])}` on {result['cores']} cores. "
                "Load averages are given with each run: on a shared machine read the ratios of the same run.", ""]
        Path(args.write).write_text("\n".join(head + render(result)) + "\n", encoding="utf-8")

    result = run(tuple(int(s) for s in args.sizes.split(",") if s),
                 tuple(int(s) for s in args.kernel_sizes.split(",") if s), args.overhead_n,
                 tuple(int(s) for s in args.parallel_sizes.split(",") if s), parse_runs(args.runs),
                 on_progress=write)
    print("\n".join(render(result)))
    write(result)
    print(json.dumps(result, indent=1, default=str), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
