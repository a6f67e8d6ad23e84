"""The kernel engine: each submission in a fresh Jupyter kernel, inside its own bubblewrap sandbox.

This is the faithful path (a real ipykernel, as in JupyterLab) and the one the
fork engine falls back to. The kernel starts with an address-space limit, a
file-size limit and no core dumps, set before ipykernel loads. It talks to the
grader over Unix sockets (``transport = "ipc"``) in a folder shared with the
sandbox, because the sandbox has no network; it runs as PID 1 of its own PID
namespace (``--as-pid-1``), so ipykernel does not mistake the new namespace for
a dead parent, and everything it starts dies with it. Interrupts travel as
messages (``interrupt_mode: message``) since the sandbox is a new session.
Cell outputs are counted and thrown away; only the extraction cell's output is
kept, up to a cap, and only the message carrying this run's nonce counts.
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
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from .. import kernel_start
from . import executed, sandbox
from .engines import Cancelled, Engine, Workspace, accept_payload
from .kernel_code import LAUNCHER, extraction_cell
from .records import RunResult

KERNEL_NAME = "netcrime-grade"
# nbclient logs every timeout and interrupt as an error; the grader reports them in the gradebook instead.
_LOG = logging.getLogger("netcrime.grading.kernel")
_LOG.setLevel(logging.CRITICAL)
_LOG.propagate = False
_KEEP_ENV = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ")


class _Client(NotebookClient):
    """An nbclient that keeps no outputs except the extraction cell's, and notes timeouts and errors."""

    def __init__(self, *args, keep_index: int, max_payload: int, nonce: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.keep_index = keep_index
        self.max_payload = max_payload
        self.nonce = nonce
        self.output_bytes = 0
        self.kept_bytes = 0
        self.timed_out = False
        self.raised: dict[int, str] = {}
        self.stray: list[str] = []
        self.captured = executed.Captured()  # what the student's cells show, for the executed notebook

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        size = len(json.dumps(content, default=str)) if content else 0
        self.output_bytes += size
        kind = msg["msg_type"]
        if kind == "error" and cell_index != self.keep_index:
            self.raised[cell_index] = f"{content.get('ename', 'Error')}: {str(content.get('evalue', ''))[:200]}"
        if cell_index != self.keep_index:
            text = json.dumps(content, default=str)[:self.max_payload]
            if self.nonce in text or ('values\\": {' in text and 'probes\\"' in text):
                self.stray.append(f"code cell {cell_index + 1}")  # what looks like an answer payload
            self.captured.message(cell_index, kind, content)
            return None
        if kind not in {"display_data", "stream", "error"}:
            return None
        self.kept_bytes += size
        if self.kept_bytes > self.max_payload:
            return None
        return super().output(outs, msg, display_id, cell_index)

    async def _async_handle_timeout(self, timeout, cell=None):
        self.timed_out = True
        return await super()._async_handle_timeout(timeout, cell)


_SPEC_LOCK = threading.Lock()
_SPEC_DIR: list[str] = []


def _kernel_spec_dir() -> str:
    """A private kernelspec whose argv sets the limits before the kernel starts."""
    with _SPEC_LOCK:
        if not _SPEC_DIR or not os.path.isdir(_SPEC_DIR[0]):
            root = tempfile.mkdtemp(prefix="netcrime-kernelspec-")
            folder = Path(root) / KERNEL_NAME
            folder.mkdir()
            spec = {"argv": [sys.executable, "-c", LAUNCHER, "{netcrime_mem}", "{netcrime_fsize}",
                             "-f", "{connection_file}"],
                    "display_name": "netcrime grader", "language": "python", "interrupt_mode": "message"}
            (folder / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
            _SPEC_DIR[:] = [root]
            atexit.register(shutil.rmtree, root, True)
        return _SPEC_DIR[0]


class _KernelManager(AsyncKernelManager):
    mem = 0
    fsize = 0
    prefix: list[str] = []

    def format_kernel_cmd(self, extra_arguments=None):
        cmd = super().format_kernel_cmd(extra_arguments)
        cmd = [str(self.mem) if c == "{netcrime_mem}" else str(self.fsize) if c == "{netcrime_fsize}" else c
               for c in cmd]
        return [*self.prefix, *cmd]


def _hard_kill(km) -> None:
    """SIGKILL a kernel's process group (the bwrap monitor: the sandbox dies with it), only while it is our child."""
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


class KernelEngine(Engine):
    """A fresh kernel per attempt, sandboxed unless the instructor passed --no-sandbox."""

    name = "kernel"

    def __init__(self, env, limits):
        super().__init__(env, limits)
        self._lock = threading.Lock()
        self._managers: set = set()

    def cancel(self) -> None:
        super().cancel()
        with self._lock:
            managers = list(self._managers)
        for km in managers:
            _hard_kill(km)

    def _manager(self, ws: Workspace) -> tuple[_KernelManager, dict, str]:
        km = _KernelManager(kernel_name=KERNEL_NAME,
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[_kernel_spec_dir()]))
        km.mem = int(self.limits.memory_mb) * 1024 * 1024
        km.fsize = int(self.limits.file_size_mb) * 1024 * 1024
        root = str(ws.root)
        inner = sandbox.sandbox_env(home=f"{root}/home", data=f"{root}/data", tmp=f"{root}/tmp")
        if self.env.sandbox:
            km.transport = "ipc"
            km.ip = f"{root}/ipc/k"
            km.connection_file = f"{root}/ipc/kernel.json"
            km.prefix = sandbox.sandbox_argv(student_build=self.env.student_build, rw=[(ws.root, root)],
                                             env=inner, cwd=f"{root}/work", as_pid_1=True)
            outer = {k: os.environ[k] for k in _KEEP_ENV if k in os.environ}
        else:
            inner["PYTHONPATH"] = str(self.env.student_build)
            outer = inner
        return km, outer, f"{root}/work"

    def _forget(self, km) -> None:
        with self._lock:
            self._managers.discard(km)
        _hard_kill(km)

    def _started_client(self, ws: Workspace, nb, keep_index: int, nonce: str) -> _Client:
        """A client on a kernel that is ready, started again if it died while starting (``kernel_start``)."""
        limits = self.limits
        clients: list[_Client] = []

        def start() -> _Client:
            km, env, cwd = self._manager(ws)
            client = _Client(nb, km=km, timeout=int(max(1, limits.cell_timeout)), allow_errors=True,
                             interrupt_on_timeout=True, iopub_timeout=2, record_timing=False,
                             error_on_timeout={"ename": "TimeoutError", "evalue": "cell time limit", "traceback": []},
                             keep_index=keep_index, max_payload=limits.max_payload_bytes, nonce=nonce,
                             shutdown_kernel="immediate", startup_timeout=120, log=_LOG)
            client.owns_km = True
            clients.append(client)
            with self._lock:
                self._managers.add(km)
            if self.cancelled.is_set():
                raise Cancelled()
            client.start_new_kernel(env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            client.start_new_kernel_client()
            return client

        def forget_the_dead_one(_error) -> None:
            self._forget(clients[-1].km)

        try:
            return kernel_start.with_retries(start, before_retry=forget_the_dead_one)()
        except BaseException:
            if clients:
                self._forget(clients[-1].km)
            raise

    def run_once(self, cells: list[str], skip: set[int], spec: dict, deadline: float,
                 lesson: str | None = None) -> RunResult:  # a fresh kernel each run: nothing to preload
        out = RunResult()
        limits = self.limits
        nonce = secrets.token_hex(16)
        with Workspace(self.env.data) as ws:
            run_cells = [nbformat.v4.new_code_cell("# skipped by the grader" if i in skip else c)
                         for i, c in enumerate(cells)]
            extract = nbformat.v4.new_code_cell(extraction_cell(nonce, spec))
            nb = nbformat.v4.new_notebook(cells=run_cells + [extract])
            current = None
            started = False
            client = None
            try:
                client = self._started_client(ws, nb, len(run_cells), nonce)
                with client.setup_kernel():  # started above: this only shuts it down at the end
                    started = True
                    for index, cell in enumerate(run_cells):
                        if index in skip:
                            continue
                        if self.cancelled.is_set():
                            raise Cancelled()
                        remaining = deadline - time.monotonic()
                        if remaining <= 1:
                            out.problems.append(
                                f"The notebook ran over its total time limit ({limits.notebook_timeout:g} s); "
                                f"cells from code cell {index + 1} on were not run.")
                            break
                        current = index
                        client.timeout = int(max(1, min(limits.cell_timeout, remaining)))
                        client.timed_out = False
                        client.captured.cells.setdefault(index, [])  # ran, even if it shows nothing
                        client.execute_cell(cell, index)
                        if client.timed_out:
                            client.raised.pop(index, None)
                            out.problems.append(
                                f"Code cell {index + 1} ran over the time limit ({client.timeout} s) and was stopped.")
                            client.timed_out = False
                            # Is the kernel free again? If the interrupt was ignored, start over without that cell.
                            client.timeout = 5
                            client.execute_cell(nbformat.v4.new_code_cell("pass"), index)
                            if client.timed_out:
                                out.problems.append(f"Code cell {index + 1} could not be stopped; it was left out "
                                                    "and the notebook run again.")
                                out.killer = index
                                return out
                    current = None
                    if self.cancelled.is_set():
                        raise Cancelled()
                    client.timeout = int(limits.extraction_seconds(spec))
                    client.execute_cell(extract, len(run_cells))
            except DeadKernelError:
                if self.cancelled.is_set():
                    raise Cancelled() from None
                if current is None:
                    out.problems.append("The kernel died while the grader read the answers "
                                        "(a function answer may crash or use too much memory).")
                else:
                    out.problems.append(
                        f"The kernel died in code cell {current + 1} (a crash, os._exit, or running out of memory); "
                        "that cell was left out and the notebook run again.")
                    out.killer = current
                return out
            except CellTimeoutError:
                out.problems.append("A cell could not be stopped after its time limit.")
                out.killer = current
                return out
            except Cancelled:
                raise
            except Exception as exc:  # the kernel failed to start, zmq errors, ...
                if self.cancelled.is_set():
                    raise Cancelled() from None
                out.transient = current is None and not started
                if not started and kernel_start.died_while_starting(exc):
                    # kernel_start already started it again; running the notebook again would start it 3 x 3 times
                    out.retried = True
                    out.problems.append(f"The grader's kernel died while starting, {kernel_start.ATTEMPTS} times "
                                        f"(the machine, not this notebook: grade it again later; "
                                        f"{type(exc).__name__}: {str(exc)[:200]}).")
                else:
                    out.problems.append(
                        f"The grader could not run this notebook ({type(exc).__name__}: {str(exc)[:200]}).")
                return out
            finally:
                if client is not None:
                    self._forget(client.km)
            out.output_bytes = client.output_bytes
            out.outputs = executed.clean({str(k): v for k, v in client.captured.cells.items()})
            out.raised = dict(client.raised)
            out.forged = [f"an answer payload was printed by {where}" for where in client.stray]
            return _read_payload(out, extract, nonce, client.kept_bytes, limits.max_payload_bytes)


def _read_payload(out: RunResult, extract, nonce: str, kept: int, cap: int) -> RunResult:
    """The one display message of the extraction cell that carries the nonce; any other is flagged."""
    texts = []
    for output in extract.get("outputs", []):
        data = output.get("data", {}).get("text/plain") if output.get("output_type") == "display_data" else None
        if isinstance(data, str) and data.startswith(nonce) and data.endswith(nonce) and len(data) > 2 * len(nonce):
            texts.append(data[len(nonce):-len(nonce)])
        elif nonce in json.dumps(output, default=str):
            out.forged.append("the extraction cell printed an extra message carrying the grader's nonce")
    if len(texts) > 1:
        out.forged.append(f"the extraction cell gave {len(texts)} answer payloads instead of one")
        out.problems.append("The grader got more than one set of answers from this notebook and believed none.")
        return out
    if not texts:
        if kept > cap:
            out.problems.append(f"The answers were too large to read (over {cap // 1_000_000} MB).")
        else:
            error = next((o for o in extract.get("outputs", []) if o.get("output_type") == "error"), None)
            why = f" ({error.get('ename')}: {str(error.get('evalue'))[:200]})" if error else ""
            out.problems.append(f"The grader's answer-reading step failed{why}.")
        return out
    return accept_payload(out, texts[0])
