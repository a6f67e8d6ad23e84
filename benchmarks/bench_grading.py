"""Grading throughput: the course's grader, serial and parallel, against plain nbclient.

Submissions are generated from a solution notebook: the solution-only cells are
dropped and the BEGIN/END SOLUTION markers removed, which is exactly an exercise
with every answer filled in; each copy gets its own student id (s001, s002, ...)
and a first cell naming it, so no two files are the same.

- throughput: submissions per minute of ``python -m netcrime grade`` (the
  instructor's command), at each size N;
- parallel speed-up: serial (--jobs 1) time over parallel (--jobs = cores) time, same N;
- overhead: the grader's serial time per submission over plain nbclient running the
  same notebook in a fresh kernel (the floor: no sandbox, no answer extraction, no reports);
- nbgrader: ``nbgrader autograde`` on the same submissions, if nbgrader can be
  installed from PyPI into a throw-away venv (never the project's).

Run alone: ``python benchmarks/bench_grading.py [--sizes 20,100,200] [--serial-sizes 20]``.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, children_cpu_seconds, fmt, mark, median, run_in_fresh_kernel  # noqa: E402

TARGET_SPEEDUP = 1.7
TARGET_OVERHEAD = 1.2
DEFAULT_LESSON = "01"
NBGRADER_VENV = Path(tempfile.gettempdir()) / "nbgrader-bench-venv"


def _log(msg):
    print(msg, file=sys.stderr, flush=True)


# ----------------------------------------------------------------- submissions
def source_notebook(lesson: str = DEFAULT_LESSON) -> Path | None:
    found = sorted((ROOT / "solutions").glob(f"{lesson}_*.ipynb"))
    return found[0] if found else None


def submission_from_solution(path: Path):
    """The exercise a student would hand in with every answer right (solution-only cells dropped)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cells = []
    for cell in nb.cells:
        text = cell.source if isinstance(cell.source, str) else "".join(cell.source)
        if cell.cell_type == "code" and text.lstrip().startswith("### SOLUTION ONLY"):
            continue
        if cell.cell_type == "code":
            cell.source = "\n".join(line for line in text.splitlines()
                                    if not re.match(r"\s*### (BEGIN|END) SOLUTION\s*$", line))
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
        cells.append(cell)
    nb.cells = cells
    return nb


def write_submissions(template, folder: Path, n: int) -> list[Path]:
    import nbformat

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, n + 1):
        student = f"s{i:03d}"
        nb = nbformat.from_dict(json.loads(json.dumps(template)))
        nb.cells.insert(0, nbformat.v4.new_markdown_cell(f"Submitted by student `{student}`."))
        nb.metadata.setdefault("netcrime", {})["student"] = student
        path = folder / f"{student}.ipynb"
        nbformat.write(nb, path)
        paths.append(path)
    return paths


# ----------------------------------------------------------------- the course's grader
def grader_status() -> tuple[bool, str]:
    try:
        import netcrime.grading as grading  # noqa: F401
    except Exception as exc:  # not written yet, or broken mid-edit
        return False, f"grader not available ({type(exc).__name__}: {str(exc)[:160]})"
    if not hasattr(grading, "add_arguments") and not hasattr(grading, "grade"):
        return False, "grader not available (netcrime.grading has no grade/add_arguments)"
    proc = subprocess.run([sys.executable, "-m", "netcrime", "grade", "--help"], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return False, "grader not available (`python -m netcrime grade --help` failed)"
    return True, proc.stdout


def run_grader(folder: Path, out: Path, jobs: int, help_text: str, extra: list[str] = ()) -> dict:
    cmd = [sys.executable, "-m", "netcrime", "grade", str(folder), "--out", str(out), *extra]
    if "--jobs" in help_text:
        cmd += ["--jobs", str(jobs)]
    for flag in ("--quiet", "--force"):
        if flag in help_text:
            cmd.append(flag)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    start, cpu_start = time.perf_counter(), children_cpu_seconds()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    cpu = children_cpu_seconds() - cpu_start
    graded = 0
    problems = []
    book = out / "gradebook.csv"
    if book.exists():
        with book.open(newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                graded += 1
                if row.get("problems"):
                    problems.append(f"{row.get('student')}: {row['problems'][:160]}")
    full = all_right(out)
    return {"jobs": jobs, "seconds": seconds, "cpu_s": cpu, "loadavg_before": load, "returncode": proc.returncode, "graded": graded,
            "full_marks": full, "problems": problems[:5],
            "stderr_tail": proc.stderr.strip().splitlines()[-3:] if proc.returncode else []}


def all_right(out: Path) -> int:
    """How many students have every question right in OUT/results.csv.

    Every generated submission is the solution, so each should count. A written answer (or the written
    part of a question) is "recorded" for the instructor and has no points until marked, so a total
    below max_points is expected and the gradebook's total cannot say whether the grader got it right;
    the per-question verdicts can."""
    results = out / "results.csv"
    if not results.exists():
        return 0
    wrong, students = set(), set()
    with results.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            students.add(row["student"])
            if row["verdict"] not in ("correct", "recorded"):
                wrong.add(row["student"])
    return len(students - wrong)


def plain_nbclient(notebook: Path, repeat: int) -> dict:
    """The floor for grading: plain nbclient, fresh kernel, same notebook, no grading around it."""
    runs, cpus, peaks = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="netcrime-bench-plain-") as work:
            r = run_in_fresh_kernel(notebook, Path(work), env_for=Path(work) / "submission.ipynb")
        runs.append(r["seconds"])
        cpus.append(r["cpu_s"])
        peaks.append(r["peak_rss_mb"])
    return {"median_s": median(runs), "runs_s": runs, "cpu_s": median(cpus), "cpu_runs_s": cpus, "peak_rss_mb": max((p for p in peaks if p), default=None)}


# ----------------------------------------------------------------- nbgrader (optional)
def nbgrader_setup() -> tuple[Path | None, str]:
    """A throw-away venv with nbgrader from PyPI; returns (nbgrader executable, note)."""
    exe = NBGRADER_VENV / "bin" / "nbgrader"
    if exe.exists():
        return exe, "reused"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(NBGRADER_VENV)], check=True, capture_output=True)
        proc = subprocess.run([str(NBGRADER_VENV / "bin" / "pip"), "install", "--quiet", "nbgrader"],
                              capture_output=True, text=True, timeout=900)
    except (subprocess.SubprocessError, OSError) as exc:
        return None, f"could not create a venv or install nbgrader ({type(exc).__name__})"
    if proc.returncode != 0 or not exe.exists():
        lines = [l for l in proc.stderr.splitlines() if "ERROR" in l or "error" in l.lower()]
        return None, "pip install nbgrader failed: " + (lines[-1][:200] if lines else f"exit {proc.returncode}")
    return exe, "installed from PyPI into " + str(NBGRADER_VENV)


def nbgrader_autograde(submissions: list[Path], template_path: Path) -> dict:
    exe, note = nbgrader_setup()
    if exe is None:
        return {"available": False, "note": note}
    lines = subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.strip().splitlines()
    version = lines[-1].replace("nbgrader version", "").strip() if lines else ""
    root = Path(tempfile.mkdtemp(prefix="netcrime-bench-nbgrader-"))
    try:
        # A kernelspec that runs the project's Python, so nbgrader's kernel has pandas/altair/netcrime.
        spec = root / "jupyter" / "kernels" / "course"
        spec.mkdir(parents=True)
        (spec / "kernel.json").write_text(json.dumps({
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "course", "language": "python"}))
        course = root / "course"
        (course / "source" / "ps1").mkdir(parents=True)
        shutil.copy(submissions[0], course / "source" / "ps1" / "exercise.ipynb")
        (course / "nbgrader_config.py").write_text(
            "c = get_config()\n"
            f"c.CourseDirectory.root = {str(course)!r}\n"
            "c.CourseDirectory.course_id = 'bench'\n"
            "c.Exchange.root = " + repr(str(root / "exchange")) + "\n"
            "c.ExecutePreprocessor.kernel_name = 'course'\n"
            "c.ExecutePreprocessor.timeout = 300\n"
            "c.Execute.kernel_name = 'course'\n"
            "c.Execute.timeout = 300\n")
        for sub in submissions:
            target = course / "submitted" / sub.stem / "ps1"
            target.mkdir(parents=True)
            shutil.copy(sub, target / "exercise.ipynb")
        env = dict(os.environ, PATH=f"{NBGRADER_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}", JUPYTER_PATH=str(root / "jupyter"), NETCRIME_PROGRESS_FILE=str(root / "progress.json"),
                   NETCRIME_STRICT="0", NETCRIME_DATA_DIR=str(ROOT / "data"))
        env.pop("VIRTUAL_ENV", None)
        gen = subprocess.run([str(exe), "generate_assignment", "ps1", "--force"], cwd=course, env=env,
                             capture_output=True, text=True)
        if gen.returncode != 0:
            return {"available": False, "version": version,
                    "note": "generate_assignment failed: " + " | ".join(gen.stderr.strip().splitlines()[-2:])[:300]}
        start, cpu_start = time.perf_counter(), children_cpu_seconds()
        auto = subprocess.run([str(exe), "autograde", "ps1", "--create", "--force"], cwd=course, env=env,
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
        cpu = children_cpu_seconds() - cpu_start
        graded = len(list((course / "autograded").glob("*/ps1/exercise.ipynb")))
        return {"available": True, "version": version, "note": note, "seconds": seconds, "cpu_s": cpu,
                "cpu_per_submission_s": cpu / len(submissions),
                "submissions": len(submissions), "graded": graded, "returncode": auto.returncode,
                "per_submission_s": seconds / len(submissions),
                "stderr_tail": auto.stderr.strip().splitlines()[-3:] if auto.returncode else []}
    finally:
        shutil.rmtree(root, ignore_errors=True)


# ----------------------------------------------------------------- the benchmark
def run(sizes=(20,), serial_sizes=(20,), jobs: int | None = None, plain_repeat: int = 3,
        lesson: str = DEFAULT_LESSON, with_nbgrader: bool = True, nbgrader_n: int | None = 5) -> dict:
    jobs = jobs or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
    result = {"lesson": lesson, "jobs": jobs, "sizes": list(sizes), "serial_sizes": list(serial_sizes)}
    source = source_notebook(lesson)
    if source is None:
        result["error"] = f"no solutions/{lesson}_*.ipynb to build submissions from"
        return result
    result["source"] = str(source.relative_to(ROOT))
    available, help_text = grader_status()
    result["grader_available"] = available
    template = submission_from_solution(source)
    work = Path(tempfile.mkdtemp(prefix="netcrime-bench-grading-"))
    try:
        one = write_submissions(template, work / "one", 1)[0]
        _log(f"grading: plain nbclient floor ({plain_repeat}x)")
        result["plain"] = plain_nbclient(one, plain_repeat)
        if not available:
            result["grader_note"] = help_text
        else:
            runs = {}
            for n in sorted(set(sizes) | set(serial_sizes)):
                folder = work / f"subs{n}"
                write_submissions(template, folder, n)
                entry = {}
                # Serial first, then parallel: same files, fresh output folder each time (no cache hits).
                if n in serial_sizes:
                    _log(f"grading: N={n} serial")
                    entry["serial"] = run_grader(folder, work / f"out{n}-serial", 1, help_text)
                if n in sizes:
                    _log(f"grading: N={n} parallel (--jobs {jobs})")
                    entry["parallel"] = run_grader(folder, work / f"out{n}-parallel", jobs, help_text)
                for mode in ("serial", "parallel"):
                    if mode in entry:
                        entry[mode]["per_minute"] = 60 * n / entry[mode]["seconds"]
                        entry[mode]["per_submission_s"] = entry[mode]["seconds"] / n
                if "serial" in entry and "parallel" in entry:
                    entry["speedup"] = entry["serial"]["seconds"] / entry["parallel"]["seconds"]
                if "serial" in entry and result["plain"]["median_s"]:
                    entry["overhead"] = entry["serial"]["per_submission_s"] / result["plain"]["median_s"]
                if "serial" in entry and result["plain"]["cpu_s"]:
                    entry["cpu_overhead"] = entry["serial"]["cpu_s"] / n / result["plain"]["cpu_s"]
                runs[str(n)] = entry
            result["runs"] = runs
            speedups = [e["speedup"] for e in runs.values() if "speedup" in e]
            overheads = [e["overhead"] for e in runs.values() if "overhead" in e]
            result["speedup"] = median(speedups)
            result["overhead"] = median(overheads)
            result["cpu_overhead"] = median([e["cpu_overhead"] for e in runs.values() if "cpu_overhead" in e])
        if with_nbgrader:
            n = min(nbgrader_n or min(sizes), min(sizes))
            _log(f"grading: nbgrader autograde N={n}")
            subs = write_submissions(template, work / "nbgrader-subs", n)
            try:
                nbg = nbgrader_autograde(subs, source)
            except Exception as exc:
                nbg = {"available": False, "note": f"{type(exc).__name__}: {str(exc)[:200]}"}
            if nbg.get("available") and result["plain"]["median_s"]:
                nbg["overhead"] = nbg["per_submission_s"] / result["plain"]["median_s"]
                nbg["cpu_overhead"] = nbg["cpu_per_submission_s"] / result["plain"]["cpu_s"] if result["plain"]["cpu_s"] else None
            result["nbgrader"] = nbg
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def table(result: dict) -> list[str]:
    g = result.get("grading")
    if not g:
        return []
    lines = ["### Grading throughput", ""]
    if g.get("error"):
        return lines + [g["error"], ""]
    plain = g.get("plain", {})
    lines.append(f"Submissions: `{g['source']}` with every answer filled in, one per student id. "
                 f"Floor: plain nbclient runs one submission in {fmt(plain.get('median_s'), '.1f')} s wall, "
                 f"{fmt(plain.get('cpu_s'), '.1f')} s CPU (median of {len(plain.get('runs_s', []))}).")
    lines.append("")
    if not g.get("grader_available"):
        lines += [g.get("grader_note", "grader not available"), ""]
    else:
        lines += ["| N | mode | wall (s) | submissions/min | s/submission | x plain nbclient | CPU s/submission | x plain (CPU) | load avg | graded | all right |",
                  "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for n, e in g["runs"].items():
            for mode in ("serial", "parallel"):
                if mode not in e:
                    continue
                r = e[mode]
                label = "serial (--jobs 1)" if mode == "serial" else f"parallel (--jobs {r['jobs']})"
                ratio = r["per_submission_s"] / plain["median_s"] if plain.get("median_s") else None
                cpu_sub = r["cpu_s"] / int(n)
                cpu_ratio = cpu_sub / plain["cpu_s"] if plain.get("cpu_s") else None
                lines.append(f"| {n} | {label} | {fmt(r['seconds'], '.1f')} | {fmt(r['per_minute'], '.1f')} | "
                             f"{fmt(r['per_submission_s'], '.2f')} | {fmt(ratio)} | {fmt(cpu_sub, '.2f')} | {fmt(cpu_ratio)} | "
                             f"{fmt(r.get('loadavg_before'), '.1f')} | {r['graded']}/{n} | {r['full_marks']} |")
        lines.append("")
        lines.append(f"Parallel speed-up over serial: {fmt(g.get('speedup'))}x "
                     f"(target >= {TARGET_SPEEDUP}x: {mark(None if g.get('speedup') is None else g['speedup'] >= TARGET_SPEEDUP)}); "
                     f"grading overhead (serial s/submission over plain nbclient): {fmt(g.get('overhead'))}x "
                     f"(target <= {TARGET_OVERHEAD}x: {mark(None if g.get('overhead') is None else g['overhead'] <= TARGET_OVERHEAD)}); "
                     f"in CPU time the overhead is {fmt(g.get('cpu_overhead'))}x.")
        for e in g["runs"].values():
            for r in (e.get("serial"), e.get("parallel")):
                if r and (r["returncode"] or r["problems"]):
                    lines.append(f"Note (--jobs {r['jobs']}): exit {r['returncode']}; "
                                 + "; ".join(r["problems"][:2] + r["stderr_tail"][-1:]))
        lines.append("")
    nbg = g.get("nbgrader")
    if nbg is not None:
        if nbg.get("available"):
            lines.append(f"nbgrader {nbg.get('version', '')} `autograde` (serial; it only executes here, the notebooks have no "
                         f"nbgrader grade cells; same {nbg['submissions']} submissions): "
                         f"{fmt(nbg['seconds'], '.1f')} s, {fmt(60 / nbg['per_submission_s'], '.1f')} submissions/min, "
                         f"{fmt(nbg['overhead'])}x plain nbclient ({fmt(nbg.get('cpu_overhead'))}x in CPU); autograded {nbg['graded']}/{nbg['submissions']}"
                         + (f" (exit {nbg['returncode']}: {' | '.join(nbg['stderr_tail'])[:200]})" if nbg["returncode"] else "") + ".")
        else:
            lines.append(f"nbgrader: not measured ({nbg.get('note')}).")
        lines.append("")
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20")
    parser.add_argument("--serial-sizes", default="20")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-nbgrader", action="store_true")
    parser.add_argument("--nbgrader-n", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    serial = [int(s) for s in args.serial_sizes.split(",") if s]
    print("\n".join(table({"grading": run(sizes, serial, args.jobs, with_nbgrader=not args.no_nbgrader,
                                                  nbgrader_n=args.nbgrader_n)})))
