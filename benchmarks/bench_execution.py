"""Course execution against the floor, and the helper package's import time.

Floor: a fresh kernel that only does what every course notebook does first,
``import pandas, altair, ipywidgets, netcrime; netcrime.setup()``.
Each notebook run is bracketed by floor runs (floor, nb, floor, nb, ...), and a
notebook's ratio is its time over the mean of the two floors around it, so a
machine that slows down half-way through does not skew the ratios. With
``--repeat R`` each notebook is run R times and the median ratio is kept.

Run alone: ``python benchmarks/bench_execution.py [--repeat 3]``.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (FLOOR_SOURCE, ROOT, course_notebooks, floor_notebook, fmt, mark, median,  # noqa: E402
                    rel, run_in_fresh_kernel)

TARGET_RATIO = 1.5
TARGET_SUITE_SECONDS = 300
IMPORT_BASELINE = "import pandas, altair, ipywidgets"
IMPORT_CASES = {
    "baseline: import pandas, altair, ipywidgets": IMPORT_BASELINE,
    "import netcrime": "import netcrime",
    "import netcrime; netcrime.setup()": "import netcrime; netcrime.setup()",
    "floor: baseline + netcrime + setup()": FLOOR_SOURCE.replace("\n", "; "),
}


def _log(msg):
    print(msg, file=sys.stderr, flush=True)


def import_times(repeat: int = 5) -> dict:
    """Wall time of each import case in a fresh interpreter, interleaved, median of `repeat`."""
    runs = {name: [] for name in IMPORT_CASES}
    empty = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], cwd=ROOT, check=True)
        empty.append(time.perf_counter() - start)
        for name, code in IMPORT_CASES.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
            runs[name].append(time.perf_counter() - start)
    interp = median(empty)
    out = {"repeat": repeat, "python_startup_s": interp, "cases": {}}
    base = median(runs[next(iter(IMPORT_CASES))])
    for name, values in runs.items():
        m = median(values)
        out["cases"][name] = {"median_s": m, "runs_s": values, "ratio_to_baseline": m / base if base else None}
    # The helper package's own cost on top of what it needs anyway.
    floor = out["cases"]["floor: baseline + netcrime + setup()"]["median_s"]
    out["netcrime_extra_s"] = floor - base if floor is not None and base is not None else None
    return out


def execution(repeat: int = 1, notebooks: list[Path] | None = None) -> dict:
    notebooks = notebooks if notebooks is not None else course_notebooks()
    floors: list[float] = []
    floor_cpus: list[float] = []
    floor_peaks: list[float] = []
    per_nb: dict[str, dict] = {rel(p): {"seconds": [], "ratios": [], "cpu_s": [], "cpu_ratios": [],
                                        "peak_rss_mb": [], "errors": 0} for p in notebooks}

    def floor_run() -> tuple[float, float]:
        result = run_in_fresh_kernel(floor_notebook(), ROOT / "notebooks")
        floors.append(result["seconds"])
        floor_cpus.append(result["cpu_s"])
        if result["peak_rss_mb"] is not None:
            floor_peaks.append(result["peak_rss_mb"])
        return result["seconds"], result["cpu_s"]

    for r in range(repeat):
        before = floor_run()
        for path in notebooks:
            key = rel(path)
            _log(f"  [{r + 1}/{repeat}] {key}")
            try:
                result = run_in_fresh_kernel(path, path.parent)
            except Exception as exc:  # a broken notebook is a row, not a crashed benchmark
                per_nb[key]["failed"] = f"{type(exc).__name__}: {str(exc)[:200]}"
                continue
            after = floor_run()
            per_nb[key]["seconds"].append(result["seconds"])
            per_nb[key]["ratios"].append(result["seconds"] / ((before[0] + after[0]) / 2))
            per_nb[key]["cpu_s"].append(result["cpu_s"])
            per_nb[key]["cpu_ratios"].append(result["cpu_s"] / ((before[1] + after[1]) / 2))
            if result["peak_rss_mb"] is not None:
                per_nb[key]["peak_rss_mb"].append(result["peak_rss_mb"])
            per_nb[key]["errors"] = max(per_nb[key]["errors"], result["errors"])
            before = after

    rows = {}
    for key, d in per_nb.items():
        ratio = median(d["ratios"])
        rows[key] = {
            "median_s": median(d["seconds"]),
            "ratio_to_floor": ratio,
            "cpu_s": median(d["cpu_s"]),
            "cpu_ratio_to_floor": median(d["cpu_ratios"]),
            "peak_rss_mb": max(d["peak_rss_mb"]) if d["peak_rss_mb"] else None,
            "errors": d["errors"],
            "runs_s": d["seconds"],
            "ratios": d["ratios"],
            "meets_target": None if ratio is None else ratio <= TARGET_RATIO,
        }
        if "failed" in d:
            rows[key]["failed"] = d["failed"]
    floor = median(floors)
    total = sum(r["median_s"] for r in rows.values() if r["median_s"] is not None)
    measured = sum(1 for r in rows.values() if r["median_s"] is not None)
    return {
        "repeat": repeat,
        "floor_s": floor,
        "floor_runs_s": floors,
        "floor_cpu_s": median(floor_cpus),
        "total_cpu_s": sum(r["cpu_s"] for r in rows.values() if r["cpu_s"] is not None),
        "total_cpu_ratio": (sum(r["cpu_s"] for r in rows.values() if r["cpu_s"] is not None) / (measured * median(floor_cpus))
                            if measured and floor_cpus and median(floor_cpus) else None),
        "floor_peak_rss_mb": max(floor_peaks) if floor_peaks else None,
        "notebooks": rows,
        "total_s": total,
        "total_ratio": total / (measured * floor) if measured and floor else None,
        "floor_share_of_total": (measured * floor) / total if total and floor else None,
        "worst_ratio": max((r["ratio_to_floor"] for r in rows.values() if r["ratio_to_floor"] is not None), default=None),
        "target_ratio": TARGET_RATIO,
    }


def nbval_suite() -> dict:
    """Time the real nbval run over every notebook (what CI pays), in one pytest process."""
    folders = [f for f in ("notebooks", "solutions", "exercises") if (ROOT / f).is_dir()]
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", *folders],
                          cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    tail = proc.stdout.strip().splitlines()[-1:] if proc.stdout.strip() else []
    return {"seconds": seconds, "returncode": proc.returncode, "summary": tail[0] if tail else "",
            "meets_target": seconds < TARGET_SUITE_SECONDS}


def table(result: dict) -> list[str]:
    ex = result.get("execution")
    lines = []
    if ex:
        lines += ["### Course execution vs the floor",
                  f"Floor (fresh kernel: `{FLOOR_SOURCE.replace(chr(10), '; ')}`): "
                  f"median {fmt(ex['floor_s'])} s wall, {fmt(ex.get('floor_cpu_s'))} s CPU, over {len(ex['floor_runs_s'])} runs; "
                  f"each notebook run {ex['repeat']}x, bracketed by floor runs. "
                  "The target is judged on wall time; CPU (kernel + client) is the steadier figure on a busy machine.", "",
                  "| notebook | wall (s) | x floor | CPU (s) | x floor (CPU) | kernel peak RSS (MB) | cell errors | target <= 1.5x |",
                  "|---|---:|---:|---:|---:|---:|---:|---|"]
        for key, r in ex["notebooks"].items():
            if r.get("failed"):
                lines.append(f"| {key} | failed | | | | | | {r['failed']} |")
                continue
            lines.append(f"| {key} | {fmt(r['median_s'], '.1f')} | {fmt(r['ratio_to_floor'])} | "
                         f"{fmt(r.get('cpu_s'), '.1f')} | {fmt(r.get('cpu_ratio_to_floor'))} | "
                         f"{fmt(r['peak_rss_mb'], '.0f')} | {r['errors']} | {mark(r['meets_target'])} |")
        lines.append(f"| **total** ({len(ex['notebooks'])} notebooks) | {fmt(ex['total_s'], '.1f')} | "
                     f"{fmt(ex['total_ratio'])} | {fmt(ex.get('total_cpu_s'), '.1f')} | {fmt(ex.get('total_cpu_ratio'))} "
                     f"| | | worst {fmt(ex['worst_ratio'])}x |")
        lines.append("")
        lines.append(f"The floor alone (kernel start + imports + setup, once per notebook) would take "
                     f"{fmt((ex['floor_share_of_total'] or 0) * ex['total_s'], '.0f')} s of the {fmt(ex['total_s'], '.0f')} s total; "
                     "ratios under 1.00 are run-to-run noise.")
        lines.append("")
    suite = result.get("nbval")
    if suite:
        lines += [f"nbval suite (pytest over notebooks/, solutions/, exercises/): {fmt(suite['seconds'], '.0f')} s "
                  f"({suite['summary']}); target < {TARGET_SUITE_SECONDS} s: {mark(suite['meets_target'])}", ""]
    elif ex:
        lines += [f"nbval suite estimate (sum of the executions above, run one after another): "
                  f"{fmt(ex['total_s'], '.0f')} s; target < {TARGET_SUITE_SECONDS} s: "
                  f"{mark(ex['total_s'] < TARGET_SUITE_SECONDS)}", ""]
    imp = result.get("imports")
    if imp:
        lines += ["### Import time (fresh interpreter, median of %d)" % imp["repeat"], "",
                  "| import | median (s) | x baseline |", "|---|---:|---:|"]
        for name, c in imp["cases"].items():
            lines.append(f"| `{name}` | {fmt(c['median_s'])} | {fmt(c['ratio_to_baseline'])} |")
        extra = imp["netcrime_extra_s"]
        what = (f"adds {fmt(extra)} s" if extra is not None and extra > 0
                else f"adds no measurable time ({fmt(extra)} s, noise)")
        lines += ["", f"Python start-up alone: {fmt(imp['python_startup_s'])} s; the helper package (`import netcrime; "
                      f"netcrime.setup()` on top of the baseline) {what} to what the course imports anyway.", ""]
    return lines


def run(repeat: int = 1, import_repeat: int = 5, with_nbval: bool = False) -> dict:
    result = {}
    _log("execution: import times")
    result["imports"] = import_times(import_repeat)
    _log("execution: notebooks vs floor")
    result["execution"] = execution(repeat)
    if with_nbval:
        _log("execution: nbval suite")
        result["nbval"] = nbval_suite()
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--import-repeat", type=int, default=5)
    parser.add_argument("--nbval", action="store_true", help="also time the real nbval suite")
    args = parser.parse_args()
    print("\n".join(table(run(args.repeat, args.import_repeat, args.nbval))))
