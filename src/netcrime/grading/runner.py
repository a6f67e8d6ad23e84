"""Running one submission in a fresh, limited kernel and bringing its answers back as JSON.

Each run gets its own temporary folder: ``work/`` (the kernel's cwd), ``data/``
(a private copy of the course data, via NETCRIME_DATA_DIR), ``home/`` (HOME,
so IPython and progress files stay inside). The kernel starts with an address
space limit (RLIMIT_AS), a file size limit (RLIMIT_FSIZE) and no core dumps,
set soft and hard before ipykernel loads. Cell outputs are counted and thrown
away; only the extraction cell's output is kept, up to a cap.
"""
from __future__ import annotations

import atexit
import json
import logging
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from .kernel_code import LAUNCHER, extraction_cell

KERNEL_NAME = "netcrime-grade"
# nbclient logs every timeout and interrupt as an error; the grader reports them in the gradebook instead.
_LOG = logging.getLogger("netcrime.grading.kernel")
_LOG.setLevel(logging.CRITICAL)
_LOG.propagate = False
# Environment the kernel inherits: nothing else from the instructor's shell
# (no tokens, no paths to the submissions folder).
_KEEP_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "SYSTEMROOT", "VIRTUAL_ENV")


@dataclass
class Limits:
    cell_timeout: float = 60.0
    notebook_timeout: float = 300.0
    memory_mb: int = 2048
    file_size_mb: int = 100
    max_value_bytes: int = 5_000_000
    max_payload_bytes: int = 20_000_000
    max_items: int = 200_000
    call_timeout: float = 5.0
    max_attempts: int = 3
    max_notebook_bytes: int = 50_000_000
    # A command the kernel is started through, e.g. ("firejail", "--quiet", "--net=none") or a
    # script that switches to an unprivileged user: the grader's only real sandboxing hook.
    kernel_wrapper: tuple[str, ...] = ()

    def key(self) -> dict:
        return dict(self.__dict__)


@dataclass
class RunResult:
    values: dict | None = None  # name -> tagged JSON
    probes: dict = field(default_factory=dict)  # question id -> tagged JSON outputs, one per probe input
    problems: list[str] = field(default_factory=list)  # faults the student should know about
    output_bytes: int = 0
    transient: bool = False  # the grader's own trouble (a kernel that would not start): not cached


class _Stop(Exception):
    pass


class _Client(NotebookClient):
    """An nbclient that keeps no outputs except the extraction cell's, and notes timeouts."""

    def __init__(self, *args, keep_index: int, max_payload: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.keep_index = keep_index
        self.max_payload = max_payload
        self.output_bytes = 0
        self.kept_bytes = 0
        self.timed_out = False

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        size = len(json.dumps(content, default=str)) if content else 0
        self.output_bytes += size
        if cell_index != self.keep_index or msg["msg_type"] not in {"display_data", "stream"}:
            return None
        self.kept_bytes += size
        if self.kept_bytes > self.max_payload:
            return None
        return super().output(outs, msg, display_id, cell_index)

    async def _async_handle_timeout(self, timeout, cell=None):
        self.timed_out = True
        return await super()._async_handle_timeout(timeout, cell)


_SPEC_LOCK = threading.Lock()
_SPEC_DIRS: dict[tuple, str] = {}


def _kernel_spec_dir(wrapper: tuple[str, ...] = ()) -> str:
    """A private kernelspec whose argv sets the limits before the kernel starts."""
    with _SPEC_LOCK:
        root = _SPEC_DIRS.get(wrapper)
        if root is None or not os.path.isdir(root):
            root = tempfile.mkdtemp(prefix="netcrime-kernelspec-")
            folder = Path(root) / KERNEL_NAME
            folder.mkdir()
            spec = {
                "argv": [*wrapper, sys.executable, "-c", LAUNCHER, "{netcrime_mem}", "{netcrime_fsize}",
                         "-f", "{connection_file}"],
                "display_name": "netcrime grader", "language": "python",
            }
            (folder / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
            _SPEC_DIRS[wrapper] = root
            atexit.register(shutil.rmtree, root, True)
        return root


class _KernelManager(AsyncKernelManager):
    mem = 0
    fsize = 0

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        return [str(self.mem) if c == "{netcrime_mem}" else str(self.fsize) if c == "{netcrime_fsize}" else c
                for c in cmd]


def _kernel_env(folder: Path) -> dict:
    env = {k: os.environ[k] for k in _KEEP_ENV if k in os.environ}
    env.update({
        "HOME": str(folder / "home"),
        "TMPDIR": str(folder / "tmp"),
        "IPYTHONDIR": str(folder / "home" / ".ipython"),
        "NETCRIME_DATA_DIR": str(folder / "data"),
        "NETCRIME_PROGRESS_FILE": str(folder / "home" / "progress.json"),
        "NETCRIME_STRICT": "0",
        "NETCRIME_ASSIGNMENT_MODE": "1",
        "MPLBACKEND": "Agg",
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    })
    return env


def write_snapshot(folder: Path, data: dict[str, bytes]) -> None:
    for rel, content in data.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


class Cancelled(Exception):
    """The whole run is being stopped (Ctrl-C)."""


class KernelRegistry:
    """Live kernels, so that Ctrl-C can kill them all at once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._managers: set = set()
        self.cancelled = threading.Event()

    def add(self, km):
        with self._lock:
            self._managers.add(km)

    def discard(self, km):
        with self._lock:
            self._managers.discard(km)

    def kill_all(self):
        self.cancelled.set()
        with self._lock:
            managers = list(self._managers)
        for km in managers:
            _hard_kill(km)


def _hard_kill(km) -> None:
    """SIGKILL a kernel's process group, only while it is our unreaped child (so its pid is still its own)."""
    process = getattr(getattr(km, "provisioner", None), "process", None)
    if process is None:
        return
    try:
        if process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGKILL)
    except (OSError, AttributeError):
        try:
            process.kill()
        except OSError:
            pass


def run_submission(notebook: nbformat.NotebookNode, names: list[str], probes: dict[str, list],  # qid -> [name, inputs]
                   data: dict[str, bytes], limits: Limits, registry: KernelRegistry | None = None) -> RunResult:
    """Run every code cell (errors allowed), then the extraction cell; retry without killer cells."""
    registry = registry or KernelRegistry()
    code_cells = [c for c in notebook.cells if c.get("cell_type") == "code"]
    deadline = time.monotonic() + limits.notebook_timeout
    skip: set[int] = set()
    problems: list[str] = []
    result = RunResult()
    for attempt in range(limits.max_attempts):
        if registry.cancelled.is_set():
            raise Cancelled()
        outcome = _run_once(code_cells, skip, names, probes, data, limits, deadline, registry)
        result.output_bytes += outcome["output_bytes"]
        if outcome.get("retry") and attempt < limits.max_attempts - 1 and time.monotonic() < deadline:
            continue  # the kernel did not start (e.g. an overloaded machine): try once more, silently
        problems.extend(p for p in outcome["problems"] if p not in problems)
        result.transient = bool(outcome.get("retry"))
        if outcome["values"] is not None:
            result.values, result.probes = outcome["values"], outcome["probes"]
            break
        if time.monotonic() >= deadline:
            break
        killer = outcome.get("killer")
        if killer is None:
            break
        skip.add(killer)
    if result.values is None:
        problems.append("The grader could not read any answers from this notebook.")
    result.problems = problems
    return result


def _run_once(cells, skip, names, probes, data, limits, deadline, registry) -> dict:
    out = {"values": None, "probes": {}, "problems": [], "output_bytes": 0, "killer": None}
    folder = Path(tempfile.mkdtemp(prefix="netcrime-grade-"))
    nonce = secrets.token_hex(16)
    try:
        for sub in ("work", "home", "tmp", "data"):
            (folder / sub).mkdir()
        write_snapshot(folder / "data", data)
        run_cells = [nbformat.v4.new_code_cell(c.get("source", "")) for c in cells]
        for index in skip:
            run_cells[index] = nbformat.v4.new_code_cell("# skipped by the grader")
        extract = nbformat.v4.new_code_cell(extraction_cell(
            nonce, names, probes, limits.max_value_bytes, limits.max_items, limits.call_timeout))
        nb = nbformat.v4.new_notebook(cells=run_cells + [extract])
        km = _KernelManager(kernel_name=KERNEL_NAME,
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[_kernel_spec_dir(tuple(limits.kernel_wrapper))]))
        km.mem = int(limits.memory_mb) * 1024 * 1024
        km.fsize = int(limits.file_size_mb) * 1024 * 1024
        client = _Client(nb, km=km, timeout=int(max(1, limits.cell_timeout)), allow_errors=True,
                         interrupt_on_timeout=True, iopub_timeout=2, record_timing=False,
                         error_on_timeout={"ename": "TimeoutError", "evalue": "cell time limit", "traceback": []},
                         keep_index=len(run_cells), max_payload=limits.max_payload_bytes,
                         shutdown_kernel="immediate", startup_timeout=120, log=_LOG)
        client.owns_km = True  # nbclient shuts the kernel down and removes its files
        registry.add(km)
        current = None
        started = False
        try:
            with client.setup_kernel(env=_kernel_env(folder), cwd=str(folder / "work"),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
                started = True
                for index, cell in enumerate(run_cells):
                    if index in skip:
                        continue
                    if registry.cancelled.is_set():
                        raise Cancelled()
                    remaining = deadline - time.monotonic()
                    if remaining <= 1:
                        out["problems"].append(
                            f"The notebook ran over its total time limit ({limits.notebook_timeout:g} s); "
                            f"cells from code cell {index + 1} on were not run.")
                        break
                    current = index
                    client.timeout = int(max(1, min(limits.cell_timeout, remaining)))
                    client.timed_out = False
                    client.execute_cell(cell, index)
                    if client.timed_out:
                        out["problems"].append(
                            f"Code cell {index + 1} ran over the time limit ({client.timeout} s) and was stopped.")
                        client.timed_out = False
                        # Is the kernel free again? If the interrupt was ignored, start over without that cell.
                        client.timeout = 5
                        client.execute_cell(nbformat.v4.new_code_cell("pass"), index)
                        if client.timed_out:
                            out["problems"].append(
                                f"Code cell {index + 1} could not be stopped; it was left out and the notebook run again.")
                            out["killer"] = index
                            return out
                current = None
                if registry.cancelled.is_set():
                    raise Cancelled()
                extract_timeout = limits.call_timeout * (1 + len(names) + sum(len(v[1]) for v in probes.values())) + 30
                client.timeout = int(extract_timeout)
                client.execute_cell(extract, len(run_cells))
        except DeadKernelError:
            if registry.cancelled.is_set():
                raise Cancelled() from None
            if current is None:
                out["problems"].append("The kernel died while the grader read the answers "
                                       "(a function answer may crash or use too much memory).")
                out["killer"] = None
            else:
                out["problems"].append(
                    f"The kernel died in code cell {current + 1} (a crash, os._exit, or running out of memory); "
                    "that cell was left out and the notebook run again.")
                out["killer"] = current
            return out
        except CellTimeoutError:
            out["problems"].append("A cell could not be stopped after its time limit.")
            out["killer"] = current
            return out
        except Cancelled:
            raise
        except Exception as exc:  # kernel failed to start, zmq errors, ...
            if registry.cancelled.is_set():
                raise Cancelled() from None
            out["retry"] = current is None and not started
            out["problems"].append(f"The grader could not run this notebook ({type(exc).__name__}: {str(exc)[:200]}).")
            return out
        finally:
            registry.discard(km)
            _hard_kill(km)
        out["output_bytes"] = client.output_bytes
        text = None
        for output in extract.get("outputs", []):
            data_ = output.get("data", {}).get("text/plain") if output.get("output_type") == "display_data" else None
            if isinstance(data_, str) and data_.startswith(nonce) and data_.endswith(nonce):
                text = data_[len(nonce):-len(nonce)]
        if text is None:
            if client.kept_bytes > limits.max_payload_bytes:
                out["problems"].append("The answers were too large to read (over "
                                       f"{limits.max_payload_bytes // 1_000_000} MB).")
            else:
                error = next((o for o in extract.get("outputs", []) if o.get("output_type") == "error"), None)
                why = f" ({error.get('ename')}: {str(error.get('evalue'))[:200]})" if error else ""
                out["problems"].append(f"The grader's answer-reading step failed{why}.")
            return out
        try:
            payload = json.loads(text)
            out["values"], out["probes"] = payload["values"], payload.get("probes", {})
        except (ValueError, KeyError, TypeError):
            out["problems"].append("The answers the notebook gave back could not be read.")
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)
