"""The fork engine (default): a pre-loaded server in one sandbox forks an isolated child per submission.

Per submission, the grader connects to the server's Unix socket and sends the
notebook's code cells (the server itself never reads them: the forked child
does); the child runs them in a fresh IPython shell in its own namespaces
(see ``fork_server``) and sends the answers back on the same connection.
Start-up and imports are paid once per grading run instead of once per
student, so the cost per submission is the student's own code.

What differs from a kernel, and how the grader copes:
- no Jupyter front end and no kernel object: ``display()`` output is counted
  and kept as text for the executed notebook (as the kernel path keeps it),
  widgets get no comm;
- code that needs a kernel (``get_ipython().kernel``, ``input()``, comms,
  ``%%javascript``...) would behave differently, so such notebooks are sent to
  the kernel path (``needs_kernel``), as are all notebooks if the server
  cannot start;
- random state is reseeded per child (a fork would otherwise copy the server's).

The server is started as the run begins (its imports overlap with reading the
submissions) and is shared with every later run of this process that loads the same
course (``fork_servers``: one server per build, data and isolation; stopped at exit,
replaced if it dies); it dies with the process, bubblewrap or not.
"""
from __future__ import annotations

import re
import socket
import sys
import threading
import time

from . import executed, fork_servers, sandbox
from .engines import Cancelled, Engine, accept_payload
from .fork_server import recv_frame, send_frame
from .kernel_code import load_extractor_code
from .records import RunResult

_NEEDS_KERNEL = re.compile(
    r"get_ipython\(\)\s*\.\s*kernel|\bipykernel\b|\binput\s*\(|\bgetpass\b|\bcomm\b|Comm\(|"
    r"^\s*%%\s*(?:javascript|js|html|svg|latex|markdown)\b|display_id|update_display|clear_output|"
    r"\bwidgets\.Output\b|\binteract(?:ive|_manual)?\b|\bkernel\.", re.MULTILINE)


def needs_kernel(cells: list[str]) -> str | None:
    """Why a notebook should go to the kernel path (None if the fork engine grades it faithfully)."""
    for index, source in enumerate(cells):
        match = _NEEDS_KERNEL.search(source)
        if match:
            return f"code cell {index + 1} uses {match.group(0).strip()!r}, which needs a real kernel"
    return None


class ForkEngine(Engine):
    name = "fork"

    def __init__(self, env, limits):
        super().__init__(env, limits)
        self._lock = threading.Lock()
        self._server: fork_servers.ForkServer | None = None
        self._broken: str | None = None
        self._sockets: set[socket.socket] = set()

    def start(self) -> None:
        """Start the server now, in the background (or take the one this process already runs for the same course).
        Any thread may call it: servers are started from one long-lived thread (``fork_servers``)."""
        with self._lock:
            if self._server is None and not self._broken:
                try:
                    self._server = fork_servers.acquire(self.env)
                except Exception:  # server() tries again and says why
                    self._server = None

    def server(self) -> fork_servers.ForkServer | None:
        """The ready server; a dead one (killed, crashed) is replaced, and a server that will not start sends every
        notebook of this run to the kernel path."""
        with self._lock:
            if self._broken:
                return None
            if self._server is not None and not self._server.alive():
                fork_servers.discard(self._server)
                self._server = None
            try:
                if self._server is None:
                    self._server = fork_servers.acquire(self.env)
                self._server.wait_ready()
            except Exception as exc:
                if self._server is not None:
                    fork_servers.discard(self._server)
                    self._server = None
                self._broken = str(exc)[:300]
                print(f"warning: {self._broken}; grading with the kernel path instead", file=sys.stderr)
                return None
            return self._server

    def cancel(self) -> None:
        """Stop the run now: the server is stopped with the submissions it is running (the next run starts another)."""
        super().cancel()
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            fork_servers.discard(server)
        self.close()

    def close(self) -> None:
        """The run is over: its server stays for the next run of this process (``fork_servers``)."""
        with self._lock:
            if self._server is not None:
                fork_servers.release(self._server)
                self._server = None
            for sock in list(self._sockets):
                try:
                    sock.close()
                except OSError:
                    pass

    def run_once(self, cells: list[str], skip: set[int], spec: dict, deadline: float,
                 lesson: str | None = None) -> RunResult:
        out = RunResult()
        why = needs_kernel(cells)
        if why:
            out.fallback = why
            return out
        server = self.server()
        if server is None:
            out.fallback = "the fork server is not available"
            return out
        limits = self.limits
        request = {
            "cells": cells, "skip": sorted(skip), "spec": spec, "extractor": load_extractor_code(),
            "env": sandbox.sandbox_env(home="/tmp/home", data="/tmp/data", tmp="/tmp/tmp"),
            "memory": int(limits.memory_mb) * 1024 * 1024, "fsize": int(limits.file_size_mb) * 1024 * 1024,
            "tmp_mb": max(64, int(limits.file_size_mb) * 4),
            "cell_timeout": float(limits.cell_timeout),
            "notebook_timeout": max(1.0, deadline - time.monotonic()),
            "extract_timeout": limits.extraction_seconds(spec),
        }
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with self._lock:
            self._sockets.add(sock)
        try:
            sock.settimeout(request["notebook_timeout"] + request["extract_timeout"] + 30)
            sock.connect(server.socket_path)
            send_frame(sock, {"lesson": lesson})  # read by the server itself: it loads that lesson's checks, then forks
            send_frame(sock, request)
            reply = recv_frame(sock, limit=limits.max_payload_bytes * 2 + (1 << 20))
        except (OSError, socket.timeout) as exc:
            if self.cancelled.is_set():
                raise Cancelled() from None
            out.transient = True
            out.problems.append(f"The grader could not run this notebook ({type(exc).__name__}).")
            return out
        finally:
            with self._lock:
                self._sockets.discard(sock)
            sock.close()
        if self.cancelled.is_set():
            raise Cancelled()
        if not isinstance(reply, dict) or "error" in reply:
            out.transient = True
            detail = reply.get("error") if isinstance(reply, dict) else "no reply"
            out.problems.append(f"The grader could not run this notebook ({detail}).")
            return out
        out.problems = list(reply.get("problems", []))
        out.raised = {int(k): v for k, v in reply.get("raised", {}).items()}
        out.killer = reply.get("killer")
        out.output_bytes = int(reply.get("output") or 0)
        out.forged = list(reply.get("forged", []))
        out.phases = dict(reply.get("phases") or {})
        out.outputs = executed.clean(reply.get("outputs"))
        payload = reply.get("payload")
        if payload is not None:
            if len(payload) > limits.max_payload_bytes:
                out.problems.append(f"The answers were too large to read (over "
                                    f"{limits.max_payload_bytes // 1_000_000} MB).")
            else:
                accept_payload(out, payload)
        elif not any("answer" in p or "died" in p or "limit" in p for p in out.problems) and out.killer is None:
            out.problems.append("The grader's answer-reading step failed.")
        return out
