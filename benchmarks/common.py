"""Shared helpers for the benchmarks: timing, fresh-kernel runs, machine description.

Every figure is a ratio against a floor measured the same way on the same
machine in the same run, so the numbers hold on a noisy laptop or CI box.
Nothing here is a test: no timing is ever asserted.
"""
from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
COURSE_FOLDERS = ("notebooks", "solutions", "exercises")
FLOOR_SOURCE = "import pandas, altair, ipywidgets\nimport netcrime\nnetcrime.setup()"
KEY_PACKAGES = ("netcrime", "pandas", "altair", "ipywidgets", "ipykernel", "jupyter_client",
                "nbclient", "nbformat", "nbval", "vl-convert-python", "pyzmq", "numpy")


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def course_notebooks() -> list[Path]:
    found = []
    for folder in COURSE_FOLDERS:
        found.extend(sorted((ROOT / folder).glob("*.ipynb")))
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


def rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def machine() -> dict:
    """Cores, memory, CPU model, OS, Python and the versions that matter."""
    info = {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in KEY_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    info["packages"] = versions
    try:
        info["git_commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                            capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        info["git_dirty"] = bool(dirty)
    except (OSError, subprocess.CalledProcessError):
        pass
    return info


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident set size (VmHWM) in MB, from /proc (Linux only)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def cpu_seconds() -> float:
    """User + system CPU of this process and of every child it has waited for (kernels included).

    Unlike wall time, this barely moves when other jobs share the machine, so CPU
    ratios are the steadier figures on a loaded CI box or a laptop doing other work.
    """
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def children_cpu_seconds() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def kernel_env(notebook: Path | None, progress_dir: str) -> dict:
    """The environment a course kernel gets: progress to a temp file; strict checks for solutions/."""
    env = dict(os.environ)
    env["NETCRIME_PROGRESS_FILE"] = str(Path(progress_dir) / "progress.json")
    env.pop("NETCRIME_ASSIGNMENT_MODE", None)
    strict = notebook is not None and Path(notebook).resolve().parent.name == "solutions"
    env["NETCRIME_STRICT"] = "1" if strict else "0"
    return env


def run_in_fresh_kernel(notebook, cwd: Path, env_for: Path | None = None, timeout: int = 600) -> dict:
    """Execute a notebook (a path or a NotebookNode) in a fresh python3 kernel, like nbval does.

    Returns seconds (kernel start to kernel shutdown, wall clock), cpu_s (CPU of
    this process and the reaped kernel over the same span), peak_rss_mb of the
    kernel process (VmHWM read just before shutdown), errors (cells that raised).
    """
    import nbformat
    from nbclient import NotebookClient

    if isinstance(notebook, (str, Path)):
        env_for = env_for or Path(notebook)
        nb = nbformat.read(notebook, as_version=4)
    else:
        nb = notebook
    with tempfile.TemporaryDirectory(prefix="netcrime-bench-") as progress_dir:
        env = kernel_env(env_for, progress_dir)
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(cwd)}})
        errors = 0
        peak = None
        start, cpu_start = time.perf_counter(), cpu_seconds()
        with client.setup_kernel(env=env, cwd=str(cwd)):
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
                if cell.cell_type == "code" and any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
                    errors += 1
            process = getattr(getattr(client.km, "provisioner", None), "process", None)
            if process is not None:
                peak = peak_rss_mb(process.pid)
        seconds = time.perf_counter() - start
        cpu = cpu_seconds() - cpu_start
    return {"seconds": seconds, "cpu_s": cpu, "peak_rss_mb": peak, "errors": errors}


def floor_notebook():
    import nbformat

    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])


def fmt(value, spec=".2f", suffix="") -> str:
    if value is None:
        return "n/a"
    return f"{value:{spec}}{suffix}"


def mark(ok) -> str:
    return "n/a" if ok is None else ("met" if ok else "MISSED")
