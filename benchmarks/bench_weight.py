"""Weight: committed notebook sizes, repository size, and each notebook kernel's peak memory.

Sizes are read from git (the committed blob, outputs included); a notebook not yet
committed is measured from the working tree and marked so. Peak memory is the
kernel process's VmHWM (/proc/<pid>/status) read just before shutdown; run_all.py
reuses the figures from the execution benchmark instead of running every notebook twice.

Run alone: ``python benchmarks/bench_weight.py``.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, course_notebooks, fmt, mark, rel, run_in_fresh_kernel  # noqa: E402

TARGET_NOTEBOOK_KB = 300
TARGET_PEAK_MB = 300


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def notebook_sizes() -> dict:
    rows = {}
    for path in course_notebooks():
        key = rel(path)
        committed = None
        try:
            committed = int(_git("cat-file", "-s", f"HEAD:{key}").strip())
        except (subprocess.CalledProcessError, ValueError):
            pass
        working = path.stat().st_size
        size = committed if committed is not None else working
        rows[key] = {"committed_bytes": committed, "working_bytes": working,
                     "source": "HEAD" if committed is not None else "working tree (not committed)",
                     "meets_target": size < TARGET_NOTEBOOK_KB * 1024}
    return rows


def repository_size() -> dict:
    out = {}
    try:
        stats = dict(line.split(": ", 1) for line in _git("count-objects", "-v").splitlines() if ": " in line)
        out["git_objects_kb"] = int(stats.get("size", 0)) + int(stats.get("size-pack", 0))
        out["git_count_objects"] = stats
    except (subprocess.CalledProcessError, OSError, ValueError):
        pass
    try:
        files = [f for f in _git("ls-files", "-z").split("\0") if f]
        out["tracked_files"] = len(files)
        out["tracked_bytes"] = sum((ROOT / f).stat().st_size for f in files if (ROOT / f).is_file())
        by_top: dict[str, int] = {}
        for f in files:
            if (ROOT / f).is_file():
                top = f.split("/", 1)[0] if "/" in f else "(root)"
                by_top[top] = by_top.get(top, 0) + (ROOT / f).stat().st_size
        out["tracked_bytes_by_folder"] = dict(sorted(by_top.items(), key=lambda kv: -kv[1]))
        head = _git("ls-tree", "-r", "-l", "HEAD")
        out["head_tree_bytes"] = sum(int(line.split()[3]) for line in head.splitlines()
                                     if len(line.split()) >= 4 and line.split()[3].isdigit())
    except (subprocess.CalledProcessError, OSError, ValueError):
        pass
    return out


def peak_memory(execution: dict | None = None) -> dict:
    """Per notebook: kernel peak RSS in MB (from the execution benchmark if given, else one run each)."""
    if execution:
        rows = {k: v.get("peak_rss_mb") for k, v in execution.get("notebooks", {}).items()}
        floor = execution.get("floor_peak_rss_mb")
    else:
        rows = {}
        for path in course_notebooks():
            rows[rel(path)] = run_in_fresh_kernel(path, path.parent)["peak_rss_mb"]
        floor = None
    return {"notebooks": rows, "floor_mb": floor,
            "max_mb": max((v for v in rows.values() if v is not None), default=None)}


def run(execution: dict | None = None) -> dict:
    return {"sizes": notebook_sizes(), "repository": repository_size(), "memory": peak_memory(execution)}


def table(result: dict) -> list[str]:
    w = result.get("weight")
    if not w:
        return []
    mem = w["memory"]["notebooks"]
    lines = ["### Weight", "",
             f"| notebook | committed size (KB) | target < {TARGET_NOTEBOOK_KB} KB | kernel peak RSS (MB) | target < {TARGET_PEAK_MB} MB |",
             "|---|---:|---|---:|---|"]
    for key, s in w["sizes"].items():
        size = s["committed_bytes"] if s["committed_bytes"] is not None else s["working_bytes"]
        note = "" if s["committed_bytes"] is not None else " (not committed yet)"
        peak = mem.get(key)
        lines.append(f"| {key}{note} | {size / 1024:.0f} | {mark(s['meets_target'])} | {fmt(peak, '.0f')} | "
                     f"{mark(None if peak is None else peak < TARGET_PEAK_MB)} |")
    repo = w["repository"]
    lines.append("")
    if "tracked_bytes" in repo:
        lines.append(f"Repository: {repo['tracked_files']} tracked files, {repo['tracked_bytes'] / 1024:.0f} KB in the "
                     f"working tree; git objects {repo.get('git_objects_kb', 0)} KB (`git count-objects -v`: size + size-pack).")
        biggest = ", ".join(f"{k} {v / 1024:.0f} KB" for k, v in list(repo["tracked_bytes_by_folder"].items())[:6])
        lines.append(f"Largest tracked folders: {biggest}.")
    if w["memory"].get("floor_mb") is not None:
        lines.append(f"Floor kernel (imports + setup only) peak RSS: {w['memory']['floor_mb']:.0f} MB.")
    lines.append("")
    return lines


if __name__ == "__main__":
    print("\n".join(table({"weight": run()})))
