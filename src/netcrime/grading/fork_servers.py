"""The fork servers of one grading process: one per course build, shared by every grading run, stopped at exit.

Why shared: a fork server costs about 0.8 CPU-s to start (it imports pandas, Altair, IPython and the course once
and reads the data), and a process that grades more than once (the tests call ``grade()`` about 25 times in
`make test`; a Dask worker; a notebook that grades twice) started one per run: about 20 CPU-s of `make test`
(benchmarks/results/test_suite.md, rounds 16 and 17). Sharing it costs no isolation, because the server never runs a
submission: it forks a fresh child per submission, as it always did, and a child's writes to module globals, to
libraries or to the files of its private /tmp stay in that child (``fork_server``'s docstring).

A server is keyed on what it loaded (``server_key``): the student build's files (every module it can import), the
data snapshot it read, whether it runs in a sandbox, and the Python that runs it. A changed course (a new build),
other data or other isolation gets a new server; a server that died (killed, crashed) is replaced by the next
``acquire``. A server keeps its own (hard-linked) copy of the build and the data it was started from, so it does not
depend on the folder of the run that started it, which is removed when that run ends.

Every server is started from one long-lived thread of this process: a server dies with the *thread* that started it
(``prctl(PR_SET_PDEATHSIG)``, bubblewrap's ``--die-with-parent``), so a run's worker thread that ends must not take
the shared server with it. All are stopped when the process exits (``atexit``), and die with it anyway if it is
killed. At most ``MAX_IDLE`` servers no run is using are kept (the most recently used).
"""
from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import sandbox

SERVER_DIR = "/run/netcrime"  # the socket folder inside the sandbox
DATA_DIR = "/opt/netcrime/data"
MAX_IDLE = 2  # servers kept with no run using them (about 200 MB each): enough for the tests' two kinds of run


def server_key(env) -> str:
    """What a server started for ``env`` loads: the build's files (bytecode apart: a function of the source), the
    data snapshot, sandboxed or not, and the Python. Two runs with the same key can share one server."""
    digest = hashlib.sha256()
    digest.update(f"{sys.executable}\0{bool(env.sandbox)}\0".encode())
    root = Path(env.student_build)
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in sorted(env.data):
        digest.update(b"data\0" + name.encode() + b"\0" + hashlib.sha256(env.data[name]).digest())
    return digest.hexdigest()


def _linked_copy(source: Path, target: Path) -> None:
    """A copy of a folder whose files are hard links where the file system allows (a build is about 5 MB)."""
    def link(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link)


class ForkServer:
    """One fork server process (inside its bubblewrap, or bare under --no-sandbox), with its own build and data."""

    def __init__(self, env, key: str = ""):
        self.key = key
        self.users = 0  # grading engines holding it now (``acquire``/``release``)
        self.home = Path(tempfile.mkdtemp(prefix="netcrime-forkserver-"))
        self.folder = self.home / "run"  # the socket and the log: the only folder the sandboxed server may write
        self.folder.mkdir()
        build, data = self.home / "site", self.home / "data"
        _linked_copy(Path(env.student_build), build)
        _linked_copy(Path(env.data_folder), data)
        inner = sandbox.sandbox_env(home="/tmp/home", data="/tmp/data", tmp="/tmp/tmp")
        if env.sandbox:
            self.socket_path = str(self.folder / "server.sock")
            argv = sandbox.sandbox_argv(student_build=build, ro=[(data, DATA_DIR)],
                                        rw=[(self.folder, SERVER_DIR)], env=inner, cwd="/tmp")
            argv += [sys.executable, "-m", "netcrime.grading.fork_server", f"{SERVER_DIR}/server.sock", DATA_DIR]
            popen_env = {k: os.environ[k] for k in ("PATH", "LANG") if k in os.environ}
        else:
            self.socket_path = str(self.folder / "server.sock")
            argv = [sys.executable, "-m", "netcrime.grading.fork_server", self.socket_path, str(data)]
            popen_env = {**inner, "PYTHONPATH": str(build), "HOME": str(self.folder),
                         "IPYTHONDIR": str(self.folder / "ipython")}  # not the host's /tmp/home
        with open(self.folder / "server.log", "wb") as log:
            self.process = subprocess.Popen(argv, env=popen_env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                            stderr=log, start_new_session=True, cwd=str(self.folder))
        self.sandboxed = env.sandbox
        self.started = time.monotonic()
        self.ready = False

    def wait_ready(self) -> None:
        """Wait until the server listens (it starts in the background while the grader gets ready)."""
        while not self.ready and not os.path.exists(self.socket_path):
            if self.process.poll() is not None or time.monotonic() - self.started > 180:
                log = (self.folder / "server.log").read_text(errors="replace")[-600:]
                self.stop()
                raise RuntimeError(f"the fork server did not start: {log.strip()}")
            time.sleep(0.02)
        self.ready = True

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """Kill the server and every child it forked (its process group; the children die with it too)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except Exception:
            pass
        shutil.rmtree(self.home, ignore_errors=True)


_LOCK = threading.Lock()
_SERVERS: dict[str, ForkServer] = {}  # by key; the most recently used last
_STARTER: ThreadPoolExecutor | None = None  # the one thread that starts servers (it lives as long as the process)


def _start(env, key: str) -> ForkServer:
    """Start a server from the long-lived starter thread (the current one if the process is shutting down)."""
    global _STARTER
    if _STARTER is None:
        _STARTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="netcrime-fork-server-starter")
    try:
        return _STARTER.submit(ForkServer, env, key).result()
    except RuntimeError as exc:  # "cannot schedule new futures after interpreter shutdown"
        if "shutdown" not in str(exc):
            raise
        return ForkServer(env, key)


def acquire(env) -> ForkServer:
    """A running (or starting) server for ``env``: the one already started for the same key, else a new one.

    The caller gives it back with ``release`` (or ``discard`` if it must not be used again)."""
    key = server_key(env)
    with _LOCK:
        server = _SERVERS.pop(key, None)
        if server is not None and not server.alive():
            server.stop()
            server = None
        if server is None:
            server = _start(env, key)
        _SERVERS[key] = server  # most recently used last
        server.users += 1
        _trim()
        return server


def release(server: ForkServer) -> None:
    """A run is done with ``server``: it stays for the next run with the same key (at most ``MAX_IDLE`` idle)."""
    with _LOCK:
        server.users = max(0, server.users - 1)
        _trim()


def discard(server: ForkServer) -> None:
    """Stop ``server`` now and forget it (it died, would not start, or its run was cancelled with work in flight)."""
    with _LOCK:
        if _SERVERS.get(server.key) is server:
            del _SERVERS[server.key]
    server.stop()


def _trim() -> None:
    idle = [key for key, server in _SERVERS.items() if server.users == 0]
    for key in idle[:max(0, len(idle) - MAX_IDLE)]:  # the least recently used first
        _SERVERS.pop(key).stop()


def running() -> list[ForkServer]:
    """The servers this process keeps now (for tests and benchmarks)."""
    with _LOCK:
        return list(_SERVERS.values())


def stop_all() -> None:
    """Stop every server this process started (at exit; tests that need a fresh server call it too)."""
    with _LOCK:
        servers = list(_SERVERS.values())
        _SERVERS.clear()
    for server in servers:
        server.stop()


def _forget_after_fork() -> None:
    """A forked child (a Dask worker, a test's helper) starts its own servers: its parent's are not its to stop."""
    global _LOCK, _STARTER
    _LOCK = threading.Lock()
    _SERVERS.clear()
    _STARTER = None


atexit.register(stop_all)
os.register_at_fork(after_in_child=_forget_after_fork)
