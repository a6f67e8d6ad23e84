"""Run every benchmark and print one table; write benchmarks/results/latest.md and latest.json.

    python benchmarks/run_all.py            # quick: each notebook once, grading N=20, nbgrader N=5
    python benchmarks/run_all.py --full     # notebooks 3x, grading N=20 (serial+parallel), 100, 200,
                                            # both engines at N=20 and 200 (serial and 2 workers), the
                                            # fork engine at N=1000 too (quick: fork 20 and 200, kernel 20),
                                            # nbgrader N=20, and the real nbval suite timed

Every figure is a ratio against a floor measured in the same run on the same
machine (see README.md in this folder). A missing piece (no grader yet, no
nbgrader, a notebook that fails) is reported in its section; it never stops the run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_dask  # noqa: E402
import bench_engines  # noqa: E402
import bench_execution  # noqa: E402
import bench_grading  # noqa: E402
import bench_weight  # noqa: E402
from common import RESULTS, fmt, machine, mark  # noqa: E402

SECTIONS = ("execution", "grading", "engines", "weight", "dask")


def _loadavg():
    try:
        return os.getloadavg()
    except OSError:
        return None


def _guard(result: dict, name: str, fn):
    start = time.perf_counter()
    try:
        fn()
    except KeyboardInterrupt:
        raise
    except Exception as exc:
        result.setdefault("errors", {})[name] = f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
    result.setdefault("section_seconds", {})[name] = round(time.perf_counter() - start, 1)


def targets(result: dict) -> list[dict]:
    """One row per target of the issue: measured value, target, met or not."""
    rows = []
    ex = (result.get("execution") or {}).get("execution")
    if ex:
        worst = ex.get("worst_ratio")
        rows.append({"target": "every notebook within 1.5x the floor", "measured": f"worst {fmt(worst)}x, total {fmt(ex.get('total_ratio'))}x",
                     "met": None if worst is None else worst <= bench_execution.TARGET_RATIO})
        suite = (result.get("execution") or {}).get("nbval")
        if suite:
            rows.append({"target": "nbval suite under 5 min", "measured": f"{fmt(suite['seconds'], '.0f')} s (pytest, measured)",
                         "met": suite["meets_target"]})
        else:
            rows.append({"target": "nbval suite under 5 min", "measured": f"{fmt(ex['total_s'], '.0f')} s (sum of executions)",
                         "met": ex["total_s"] < bench_execution.TARGET_SUITE_SECONDS})
    g = result.get("grading")
    if g is not None:
        if not g.get("grader_available"):
            rows.append({"target": "parallel grading >= 1.7x serial", "measured": "grader not available", "met": None})
            rows.append({"target": "grading overhead <= 1.2x plain nbclient", "measured": "grader not available", "met": None})
        else:
            s, o = g.get("speedup"), g.get("overhead")
            loads = [r.get("loadavg_before") for e in g.get("runs", {}).values() for r in e.values()
                     if isinstance(r, dict) and r.get("loadavg_before") is not None]
            cores = result["machine"].get("usable_cores") or 1
            busy = f" (machine busy: load avg up to {max(loads):.1f} on {cores} cores)" if loads and max(loads) > cores else ""
            rows.append({"target": f"parallel grading >= 1.7x serial ({g.get('jobs')} jobs)", "measured": f"{fmt(s)}x{busy}",
                         "met": None if s is None else s >= bench_grading.TARGET_SPEEDUP})
            rows.append({"target": "grading overhead <= 1.2x plain nbclient", "measured": f"{fmt(o)}x wall, {fmt(g.get('cpu_overhead'))}x CPU",
                         "met": None if o is None else o <= bench_grading.TARGET_OVERHEAD})
    e = result.get("engines")
    if e:
        rows += bench_engines.targets(e)
    d = result.get("dask")
    if d and d.get("available"):
        rows.append({"target": "Dask overhead against --jobs (measured, no target)",
                     "measured": f"{fmt(d.get('ratio'))}x for N={d['n']} on {d['workers']} workers", "met": None})
    w = result.get("weight")
    if w:
        sizes = [s["committed_bytes"] if s["committed_bytes"] is not None else s["working_bytes"] for s in w["sizes"].values()]
        biggest = max(sizes, default=0)
        rows.append({"target": "every notebook under 300 KB committed", "measured": f"largest {biggest / 1024:.0f} KB",
                     "met": biggest < bench_weight.TARGET_NOTEBOOK_KB * 1024})
        peak = w["memory"].get("max_mb")
        rows.append({"target": "kernel peak memory under 300 MB", "measured": f"largest {fmt(peak, '.0f')} MB",
                     "met": None if peak is None else peak < bench_weight.TARGET_PEAK_MB})
    return rows


def render(result: dict) -> str:
    m = result["machine"]
    pk = ", ".join(f"{k} {v}" for k, v in m["packages"].items() if v)
    load = result.get("loadavg_start"), result.get("loadavg_end")
    lines = [f"# Benchmarks ({result['mode']} run, {result['finished']})", "",
             f"Machine: {m.get('cpu', '?')}, {m['cores']} cores ({m['usable_cores']} usable), "
             f"{m.get('memory_gb', '?')} GB RAM, {m['platform']}, Python {m['python']}.  ",
             f"Packages: {pk}.  ",
             f"Commit {m.get('git_commit', '?')}{' (with uncommitted changes)' if m.get('git_dirty') else ''}; "
             f"load average at start {fmt(load[0][0] if load[0] else None, '.1f')}, at end "
             f"{fmt(load[1][0] if load[1] else None, '.1f')}; run took {result['seconds']:.0f} s.", "",
             "## Targets", "", "| target | measured | status |", "|---|---|---|"]
    for row in result["targets"]:
        lines.append(f"| {row['target']} | {row['measured']} | {mark(row['met'])} |")
    lines.append("")
    lines.append("## Details")
    lines.append("")
    lines += bench_execution.table(result.get("execution") or {})
    lines += bench_grading.table(result)
    if result.get("engines"):
        lines += ["", "### Grading engines (fork server vs kernel per submission; sandbox overhead; phases)", ""]
        lines += bench_engines.table(result["engines"])
    lines += bench_weight.table(result)
    lines += bench_dask.table(result)
    for name, err in (result.get("errors") or {}).items():
        lines.append(f"**{name}: failed** ({err})")
    return "\n".join(lines).rstrip() + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true",
                        help="the long run: notebooks 3x, grading N=20,100,200 (serial at 20), the real nbval suite")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--repeat", type=int, default=None, help="runs per notebook (default 1, --full 3)")
    parser.add_argument("--sizes", default=None, help="grading sizes, e.g. 20,100,200 (default 20; --full 20,100,200)")
    parser.add_argument("--serial-sizes", default=None, help="sizes also graded serially (default 20)")
    parser.add_argument("--jobs", type=int, default=None, help="parallel grading jobs (default: usable cores)")
    parser.add_argument("--nbval", action="store_true", help="also time the real nbval suite (on with --full)")
    parser.add_argument("--no-nbgrader", action="store_true", help="skip the nbgrader comparison")
    parser.add_argument("--nbgrader-n", type=int, default=None,
                        help="submissions for nbgrader's serial autograde (default 5; --full 20)")
    parser.add_argument("--dask-n", type=int, default=12, help="submissions for the Dask vs --jobs comparison")
    parser.add_argument("--no-write", action="store_true", help="print only; leave results/ alone")
    args = parser.parse_args(argv)

    only = {s.strip() for s in args.only.split(",") if s.strip()}
    repeat = args.repeat or (3 if args.full else 1)
    sizes = [int(s) for s in (args.sizes or ("20,100,200" if args.full else "20")).split(",") if s]
    serial_sizes = [int(s) for s in (args.serial_sizes or "20").split(",") if s]
    result: dict = {"mode": "full" if args.full else "quick", "machine": machine(), "loadavg_start": _loadavg(),
                    "settings": {"repeat": repeat, "sizes": sizes, "serial_sizes": serial_sizes, "only": sorted(only)}}
    start = time.perf_counter()
    if "execution" in only:
        _guard(result, "execution", lambda: result.__setitem__(
            "execution", bench_execution.run(repeat, 3 if not args.full else 7, args.nbval or args.full)))
    if "grading" in only:
        _guard(result, "grading", lambda: result.__setitem__(
            "grading", bench_grading.run(
            sizes, serial_sizes, args.jobs, with_nbgrader=not args.no_nbgrader,
            nbgrader_n=args.nbgrader_n or (20 if args.full else 5))))
    if "engines" in only:
        _guard(result, "engines", lambda: result.__setitem__("engines", bench_engines.run(
            # N=1000 through a kernel per submission would take about an hour on 2 cores: fork engine only.
            sizes=(20, 200, 1000) if args.full else (20, 200), kernel_sizes=(20, 200) if args.full else (20,),
            overhead_n=40)))
    if "weight" in only:
        ex = (result.get("execution") or {}).get("execution")
        _guard(result, "weight", lambda: result.__setitem__("weight", bench_weight.run(ex)))
    if "dask" in only:
        _guard(result, "dask", lambda: result.__setitem__("dask", bench_dask.run(args.dask_n, args.jobs or 2)))
    result["seconds"] = time.perf_counter() - start
    result["loadavg_end"] = _loadavg()
    result["finished"] = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    result["targets"] = targets(result)
    text = render(result)
    print(text)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        for name, content in (("latest.md", text), ("latest.json", json.dumps(result, indent=1, default=str) + "\n")):
            tmp = RESULTS / (name + ".tmp")
            tmp.write_text(content, encoding="utf-8")
            tmp.replace(RESULTS / name)
        print(f"wrote {RESULTS / 'latest.md'} and {RESULTS / 'latest.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
