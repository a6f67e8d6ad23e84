"""The fork server: runs inside one bubblewrap sandbox, imports the course's libraries once, forks per submission.

Started by ``fork_engine.ForkEngine`` as ``python -m netcrime.grading.fork_server SOCKET DATA``.
It imports pandas, numpy, altair, ipywidgets, IPython and the (student build
of the) course package (jsonschema's IRI grammar, which costs two thirds of that, is deferred to
its first use: ``netcrime.lazy_iri``, in case the environment's start-up line did not already), then stays single-threaded and waits on a Unix socket.
Each connection opens with a small header from the grader naming the submission's lesson: the server
imports that lesson's checks module the first time it is named (``preload_lesson``), in its own single
thread and before the fork, so every child of that lesson starts with it loaded and a run of one lesson
never pays for the others. Then it forks a *supervisor* and forgets the connection; the
server never reads a notebook (the header is the grader's, not the student's), so it holds nothing of any student.

The supervisor reads the request (code cells, cells to skip, the extraction
spec and the grader's extraction source, limits), moves into new user, mount,
network, IPC, UTS and PID namespaces (``unshare(2)`` through ctypes: Python
3.11 has no ``os.unshare``) and forks the *runner*, PID 1 of the new PID
namespace, so everything the notebook starts dies with it. The runner mounts a
private ``/tmp`` (its work folder, home and its own copy of the data, written
from the snapshot the server read into memory at start), hides
``/proc``, ``/dev/shm`` and the server's socket folder, starts a new session,
sets the memory/file-size/core limits, reseeds ``random`` and numpy, and runs
the cells in a fresh IPython ``InteractiveShell`` (magics and ``!`` escapes
work; ``display()``, results, errors and printed output are counted, and kept
as capped text per cell for the executed notebook, never during extraction). Time
limits are enforced by the supervisor, outside the runner's PID namespace:
SIGINT at a cell's time limit, SIGKILL if that does not stop it or at the
notebook's deadline. After the last cell the supervisor sends a fresh nonce;
the runner then executes the grader's extraction code and sends the answers
back with it. Anything else that looks like an answer message is flagged.

Server, supervisors and runners die with their parent (``prctl(PR_SET_PDEATHSIG)``),
so nothing outlives a grader that is killed, with or without the bubblewrap
around the server (whose ``--die-with-parent`` covers the sandboxed case too).
"""
from __future__ import annotations

import ctypes
import gc
import json
import os
import select
import signal
import socket
import struct
import sys
import time

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_REC, MS_PRIVATE, MS_NOSUID, MS_NODEV = 0x4000, 0x40000, 0x2, 0x4
MS_RDONLY, MS_REMOUNT, MS_BIND = 0x1, 0x20, 0x1000
PR_SET_PDEATHSIG = 1
CHILD_DATA = "/tmp/data"  # where each runner gets its own copy of the data snapshot
_LIBC = ctypes.CDLL(None, use_errno=True)


# ----------------------------------------------------------------- framing
def send_frame(sock_or_fd, data: dict) -> None:
    body = json.dumps(data).encode()
    frame = struct.pack("!Q", len(body)) + body
    if isinstance(sock_or_fd, int):
        view = memoryview(frame)
        while view:
            view = view[os.write(sock_or_fd, view):]
    else:
        sock_or_fd.sendall(frame)


def recv_frame(sock: socket.socket, limit: int = 1 << 31) -> dict | None:
    def exact(n: int) -> bytes | None:
        chunks, size = [], 0
        while size < n:
            chunk = sock.recv(min(n - size, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)

    head = exact(8)
    if head is None:
        return None
    (length,) = struct.unpack("!Q", head)
    if length > limit:
        return None
    body = exact(length)
    return None if body is None else json.loads(body)


# ----------------------------------------------------------------- namespaces
def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def unshare(flags: int) -> None:
    _check(_LIBC.unshare(flags), "unshare")


def mount(source: str, target: str, fstype: str | None, flags: int = 0, data: str | None = None) -> None:
    _check(_LIBC.mount(source.encode(), target.encode(), fstype.encode() if fstype else None, flags,
                       data.encode() if data else None), f"mount {target}")


def enter_namespaces() -> None:
    """New user (mapping our own ids), mount, network, IPC, UTS and (for our children) PID namespaces."""
    uid, gid = os.geteuid(), os.getegid()
    unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID)
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"{uid} {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"{gid} {gid} 1")


def die_with_parent(parent_gone) -> None:
    """SIGKILL this process when the process (thread) that started it dies; exit now if that already happened.

    ``prctl(PR_SET_PDEATHSIG)`` through ctypes: no watcher thread (the server must stay
    single-threaded to fork safely). The setting is cleared when credentials change
    (a new user namespace), so callers set it after ``enter_namespaces``. ``parent_gone()``
    closes the race of a parent that died before the call.
    """
    _check(_LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl")
    if parent_gone():
        os._exit(1)


# ----------------------------------------------------------------- the runner (PID 1 of its namespace)
class _Output:
    """What the student's cells show: every byte counted (the output limit), text kept for the executed
    notebook (capped, ``executed.Captured``) while a student cell runs, never during extraction."""

    def __init__(self):
        from netcrime.grading.executed import Captured

        self.count = 0
        self.cell: int | None = None  # the student cell running now (None: keep nothing)
        self.captured = Captured()


class _Sink:
    """A text stream (stdout or stderr) that counts what is written and keeps what a student cell prints."""

    encoding = "utf-8"

    def __init__(self, output: _Output, name: str):
        self.output, self.name = output, name

    def write(self, text) -> int:
        try:
            self.output.count += len(text.encode("utf-8", "replace")) if isinstance(text, str) else len(text)
            if self.output.cell is not None:
                self.output.captured.stream(self.output.cell, self.name,
                                            text if isinstance(text, str) else bytes(text).decode("utf-8", "replace"))
        except Exception:
            pass
        return len(text) if hasattr(text, "__len__") else 0

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self):
        raise OSError("no file descriptor")


def code_under_tmp(server_folder: str) -> list[str]:
    """Folders the server imports from that lie under /tmp (but not its own socket folder).

    Only under ``--no-sandbox``: there the student build (and possibly a virtual environment) is in
    the host's /tmp, which each runner replaces with a private tmpfs; without these folders a child
    could not import what the server had not preloaded (``netcrime.setup()`` failed in every child,
    so every check cell raised and printed a traceback). Inside bubblewrap they are under /opt and /usr.
    """
    own = os.path.realpath(server_folder)
    found = []
    for entry in [*sys.path, sys.prefix, sys.exec_prefix]:
        path = os.path.realpath(entry or ".")
        if (path.startswith("/tmp/") and os.path.isdir(path) and path != own
                and not path.startswith(own + "/") and not own.startswith(path + "/") and path not in found):
            found.append(path)
    return found


def _private_filesystem(data: dict[str, bytes], hidden: list[str], tmp_mb: int, keep: list[str] = ()) -> None:
    mount("none", "/", None, MS_REC | MS_PRIVATE)
    kept = [(path, os.open(path, os.O_PATH | os.O_DIRECTORY)) for path in keep]  # reachable after /tmp is replaced
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={tmp_mb}m,mode=1777")
    for path, fd in kept:  # the same code as the server's, read-only, at the same path
        os.makedirs(path, exist_ok=True)
        mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        try:
            mount("none", path, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
        except OSError:
            pass
        os.close(fd)
    for folder in ("/proc", *hidden):
        if os.path.isdir(folder):
            mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=755")
    for sub in ("work", "home", "tmp"):
        os.makedirs(f"/tmp/{sub}")
    for rel, content in data.items():  # the snapshot the server read before any fork (no disk read here)
        target = os.path.join(CHILD_DATA, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as file:
            file.write(content)


def _limits(memory: int, fsize: int) -> None:
    import resource

    for kind, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_FSIZE, fsize), (resource.RLIMIT_CORE, 0)):
        if value >= 0:
            try:
                resource.setrlimit(kind, (value, value))
            except (ValueError, OSError):
                pass


def _reseed() -> None:
    import random

    random.seed()
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed(None)


def _pipe_closed(fd: int) -> bool:
    """True if the other end of this pipe is closed (nothing can have been written to it yet)."""
    ready, _, _ = select.select([fd], [], [], 0)
    return bool(ready)


def runner(request: dict, out_fd: int, nonce_fd: int, env: dict, hidden: list[str]) -> None:
    """Run the cells and the extraction; report over out_fd. Never returns."""
    code = 0
    started = time.perf_counter()
    try:
        # PID 1 of its namespace sees no parent (getppid() is 0): the nonce pipe, still empty, tells instead.
        die_with_parent(lambda: _pipe_closed(nonce_fd))
        os.setsid()  # its own session and process group: kill(0, ...) reaches only this namespace
        _private_filesystem(request["data"], hidden, request["tmp_mb"], request.get("keep", []))
        os.environ.clear()
        os.environ.update(env)
        os.chdir("/tmp/work")
        _limits(request["memory"], request["fsize"])
        _reseed()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        output = _Output()
        sys.stdout, sys.stderr = _Sink(output, "stdout"), _Sink(output, "stderr")
        sys.stdin = open(os.devnull)
        from IPython.core.interactiveshell import InteractiveShell

        # Built by the server before any fork and never used there: this child is its first user.
        shell = InteractiveShell.instance(config=_shell_config())
        os.makedirs(shell.profile_dir.location, exist_ok=True)  # its folders were in the server's /tmp
        shell.profile_dir.check_dirs()
        shell.save_sys_module_state()  # the streams it restores are this child's
        shell.starting_dir = os.getcwd()
        _capture_displays(shell, output)
        skip = set(request["skip"])
        cells_started = time.perf_counter()
        for index, source in enumerate(request["cells"]):
            if index in skip:
                continue
            send_frame(out_fd, {"event": "start", "cell": index})
            output.cell = index
            result = shell.run_cell(source, store_history=False)
            output.cell = None
            error = result.error_in_exec or result.error_before_exec
            raised = None
            if error is not None:
                raised = f"{type(error).__name__}: {str(error)[:200]}"
            send_frame(out_fd, {"event": "end", "cell": index, "raised": raised, "output": output.count,
                                "outputs": output.captured.cells.pop(index, [])})
        send_frame(out_fd, {"event": "cells_done", "output": output.count,
                            "phases": {"setup": cells_started - started, "cells": time.perf_counter() - cells_started}})
        nonce = os.read(nonce_fd, 64).decode()
        extract_started = time.perf_counter()
        namespace: dict = {}
        exec(request["extractor"], namespace)
        payload = namespace["__netcrime_load_extractor"]().extract(shell.user_ns, request["spec"])
        send_frame(out_fd, {"event": "payload", "nonce": nonce, "payload": payload,
                            "phases": {"extract": time.perf_counter() - extract_started}})
    except BaseException as exc:  # noqa: BLE001 - report anything, then die
        try:
            send_frame(out_fd, {"event": "failed", "error": f"{type(exc).__name__}: {str(exc)[:200]}"})
        except Exception:
            pass
        code = 1
    finally:
        os._exit(code)


def _capture_displays(shell, output: _Output) -> None:
    """Route the shell's displays, cell results and tracebacks into ``output`` instead of the terminal."""
    from IPython.core.displayhook import DisplayHook

    from netcrime.grading.executed import error, from_message

    def count(data) -> None:
        try:
            output.count += len(json.dumps(data, default=str))
        except Exception:
            output.count += 1

    class Publisher(shell.display_pub.__class__):
        def publish(self, data, metadata=None, *args, **kwargs):
            count(data)
            found = from_message("display_data", {"data": data}) if isinstance(data, dict) else None
            if found is not None and output.cell is not None:
                output.captured.add(output.cell, found)

    class Hook(DisplayHook):
        def write_output_prompt(self):
            pass

        def write_format_data(self, format_dict, md_dict=None):
            count(format_dict)
            found = from_message("execute_result", {"data": format_dict})
            if found is not None and output.cell is not None:
                output.captured.add(output.cell, found)

    def show_traceback(etype, evalue, stb):
        text = [str(line) for line in stb]
        output.count += sum(map(len, text))
        if output.cell is not None:
            output.captured.add(output.cell, error(getattr(etype, "__name__", str(etype)), str(evalue), text))

    shell.display_pub = Publisher(shell=shell)
    shell.displayhook = Hook(shell=shell, cache_size=shell.cache_size)
    shell.display_trap.hook = shell.displayhook
    shell._showtraceback = show_traceback


# ----------------------------------------------------------------- the supervisor
def _read_frames(fd: int, buffer: bytearray) -> list[dict | None]:
    frames = []
    while len(buffer) >= 8:
        (length,) = struct.unpack("!Q", bytes(buffer[:8]))
        if length > 64 * 1024 * 1024:
            buffer.clear()
            frames.append(None)
            break
        if len(buffer) < 8 + length:
            break
        body = bytes(buffer[8:8 + length])
        del buffer[:8 + length]
        try:
            frames.append(json.loads(body))
        except ValueError:
            frames.append(None)
    return frames


def _phases(frame: dict) -> dict:
    """Timings a runner reports (benchmarks only: nothing is judged on them)."""
    found = frame.get("phases")
    if not isinstance(found, dict):
        return {}
    return {str(k)[:20]: float(v) for k, v in list(found.items())[:5] if isinstance(v, (int, float))}


def supervise(conn: socket.socket, hidden: list[str], data: dict[str, bytes], server: int,
              keep: list[str] = ()) -> dict:
    request = recv_frame(conn)
    if request is None:
        return {"error": "no request"}
    request["data"], request["keep"] = data, list(keep)  # the server's, never the grader's request
    enter_namespaces()
    die_with_parent(lambda: os.getppid() != server)  # after the new user namespace, which clears it
    out_r, out_w = os.pipe()
    nonce_r, nonce_w = os.pipe()
    env = request["env"]
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(nonce_w)
        conn.close()
        runner(request, out_w, nonce_r, env, hidden)
    os.close(out_w)
    os.close(nonce_r)
    result = {"raised": {}, "problems": [], "forged": [], "killer": None, "output": 0, "payload": None,
              "phases": {}, "outputs": {}}
    cell_timeout, deadline = request["cell_timeout"], time.monotonic() + request["notebook_timeout"]
    current, cell_started, interrupted = None, None, None
    buffer = bytearray()
    nonce = None
    phase = "cells"
    order = [i for i in range(len(request["cells"])) if i not in set(request["skip"])]

    def kill() -> None:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    while True:
        now = time.monotonic()
        if now >= deadline:
            kill()
            if phase == "cells":
                where = f"; cells from code cell {current + 1} on were not run" if current is not None else ""
                result["problems"].append(f"The notebook ran over its total time limit "
                                          f"({request['notebook_timeout']:g} s){where}.")
            else:
                result["problems"].append("Reading the answers ran over the time limit.")
            break
        wait = deadline - now
        if phase == "cells" and current is not None:
            limit = cell_started + (cell_timeout if interrupted is None else 5.0)
            wait = min(wait, max(0.0, limit - now))
            if now >= limit:
                if interrupted is None:
                    interrupted = current
                    result["problems"].append(f"Code cell {current + 1} ran over the time limit "
                                              f"({int(cell_timeout)} s) and was stopped.")
                    os.kill(pid, signal.SIGINT)
                    cell_started = now
                    continue
                kill()
                result["problems"].append(f"Code cell {current + 1} could not be stopped; it was left out and the "
                                          "notebook run again.")
                result["killer"] = current
                break
        ready, _, _ = select.select([out_r], [], [], max(0.01, wait))
        if not ready:
            continue
        chunk = os.read(out_r, 1 << 20)
        if not chunk:  # the runner is gone
            _, status = os.waitpid(pid, 0)
            if result["payload"] is None:
                if phase == "cells" and current is not None:
                    result["problems"].append(
                        f"The kernel died in code cell {current + 1} (a crash, os._exit, or running out of "
                        "memory); that cell was left out and the notebook run again.")
                    result["killer"] = current
                elif phase == "extract":
                    result["problems"].append("The kernel died while the grader read the answers "
                                              "(a function answer may crash or use too much memory).")
                else:
                    result["problems"].append("The notebook's process ended before its answers were read.")
            return result
        buffer.extend(chunk)
        for frame in _read_frames(out_r, buffer):
            event = frame.get("event") if isinstance(frame, dict) else None
            expected = order[0] if order else None
            if phase == "cells" and event == "start" and frame.get("cell") == expected and current is None:
                current, cell_started, interrupted = expected, time.monotonic(), None
            elif phase == "cells" and event == "end" and frame.get("cell") == current:
                if frame.get("raised") and interrupted is None:
                    result["raised"][str(current)] = str(frame["raised"])[:300]
                result["output"] = int(frame.get("output") or 0)
                result["outputs"][str(current)] = frame.get("outputs") or []  # checked again by the grader
                order.pop(0)
                current = None
            elif phase == "cells" and event == "cells_done" and not order and current is None:
                result["output"] = int(frame.get("output") or 0)
                result["phases"].update(_phases(frame))
                phase = "extract"
                nonce = os.urandom(16).hex()
                os.write(nonce_w, nonce.encode())
                deadline = min(deadline, time.monotonic() + request["extract_timeout"]) \
                    if request.get("extract_timeout") else deadline
            elif phase == "extract" and event == "payload" and frame.get("nonce") == nonce and \
                    result["payload"] is None:
                result["payload"] = frame.get("payload")
                result["phases"].update(_phases(frame))
            elif phase == "extract" and event == "failed":
                result["problems"].append(f"The grader's answer-reading step failed ({frame.get('error')}).")
            elif event == "failed" and phase == "cells":
                result["problems"].append(f"The grader could not run this notebook ({frame.get('error')}).")
            else:
                result["forged"].append(f"an unexpected message from the notebook ({str(event)[:40]})")
        if result["payload"] is not None:
            # Wait briefly for a second payload (a forgery racing the real one), then stop the runner.
            end = time.monotonic() + 0.05
            while time.monotonic() < end:
                ready, _, _ = select.select([out_r], [], [], 0.05)
                if not ready:
                    break
                chunk = os.read(out_r, 1 << 20)
                if not chunk:
                    break
                buffer.extend(chunk)
                if _read_frames(out_r, buffer):
                    result["forged"].append("a second answer payload")
                    result["payload"] = None
                    result["problems"].append("The grader got more than one set of answers from this notebook "
                                              "and believed none.")
            break
    kill()
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    return result


def _serve_one(conn: socket.socket, hidden: list[str], data: dict[str, bytes], server: int,
               keep: list[str] = ()) -> None:
    code = 0
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        result = supervise(conn, hidden, data, server, keep)
        send_frame(conn, result)
    except BaseException as exc:  # noqa: BLE001
        try:
            send_frame(conn, {"error": f"{type(exc).__name__}: {str(exc)[:300]}"})
        except Exception:
            code = 1
    finally:
        os._exit(code)


def preload(data: str) -> None:
    """What every lesson imports, once, before any fork (and before any thread); a lesson's own checks module
    is loaded the first time a submission of that lesson comes (``preload_lesson``)."""
    from netcrime.lazy_iri import defer_iri_grammar

    defer_iri_grammar()
    import IPython.core.interactiveshell  # noqa: F401
    import altair
    import ipywidgets  # noqa: F401
    import numpy  # noqa: F401
    import pandas

    import netcrime  # noqa: F401
    import netcrime.checks  # noqa: F401 - the lessons' own modules are loaded per lesson graded: preload_lesson
    # Altair loads its schema classes and validators on first use: pay that once here, not per child.
    frame = pandas.DataFrame({"k": ["a"], "n": [1]})
    altair.Chart(frame).mark_bar().encode(x="k:N", y="n:Q", tooltip=["k"]).properties(title="t").to_dict()
    # The tables each child will read from its own copy of the same snapshot, read and validated once here.
    from netcrime import data as course_data

    course_data.read_tables_as(CHILD_DATA, data)
    # A first shell pays IPython's lazy imports and compiled patterns once; then the shell every child
    # will use is built here, once, and never runs anything in the server (building one costs more than
    # many students' cells). A fork gives each child its own pristine copy.
    from IPython.core import displayhook  # noqa: F401 - used by each child's capture
    from IPython.core.interactiveshell import InteractiveShell

    import netcrime.grading.executed  # noqa: F401

    # What every lesson's first cell and every check reach for, imported (and their caches filled) here:
    # the course's chart set-up (``netcrime.setup()`` asks Altair for its renderers and themes, which reads
    # the installed packages' entry points) and pandas' table display. Nothing here changes a setting.
    import netcrime.charts  # noqa: F401
    import netcrime.import_hooks  # noqa: F401

    altair.renderers.names()
    altair.theme.names()
    warm = InteractiveShell.instance(config=_shell_config())
    warm.user_ns["frame"] = frame
    for source in ("1", "frame", "frame['n']"):
        warm.run_cell(source, store_history=False)
    InteractiveShell.clear_instance()
    shell = InteractiveShell.instance(config=_shell_config())
    shell.display_formatter.formatters  # noqa: B018 - built lazily on a shell's first output: build it here


_TRIED: set[str] = set()  # lessons this server was asked for (loaded, or found unable to load here)


def preload_lesson(lesson) -> bool:
    """Import one lesson's checks module in the server (the first time a submission of it comes), before the fork.

    Called from the server's only thread between ``accept`` and ``fork``, so every child of this lesson
    starts with it loaded, and a run grading one lesson loads no other. Anything that is not a known
    lesson id is ignored; a lesson that cannot load here (e.g. it reads data on import) is left for each
    child to load, as the notebook's own import does. Returns whether the module is loaded in the server.
    """
    if not (isinstance(lesson, str) and len(lesson) == 2 and lesson.isdigit()):
        return False
    if f"netcrime.checks.lesson{lesson}" in sys.modules:
        return True
    if lesson in _TRIED:
        return False
    _TRIED.add(lesson)
    from netcrime.checks import registry

    if lesson not in registry.lesson_ids():
        return False
    try:
        registry.lesson_module(lesson)
    except Exception as exc:
        print(f"preload: lesson {lesson} not preloaded ({type(exc).__name__})", file=sys.stderr)
        return False
    gc.freeze()  # like the first preload: shared with every child, untouched by their collectors
    print(f"preload: lessons in this server: {' '.join(lessons_loaded())}", file=sys.stderr, flush=True)
    return True


def lessons_loaded() -> list[str]:
    """The lessons whose checks module this process has imported (the server's log says them after each load)."""
    prefix = "netcrime.checks.lesson"
    return sorted(name[len(prefix):] for name in list(sys.modules) if name.startswith(prefix)
                  and name[len(prefix):].isdigit())


def read_header(conn: socket.socket) -> dict | None:
    """The grader's header on a new connection (``{"lesson": "00"}``); None if it is missing or garbled."""
    try:
        conn.settimeout(10)  # only the grader can connect, and it sends the header at once
        header = recv_frame(conn, limit=4096)
        conn.settimeout(None)
    except (OSError, ValueError):
        return None
    return header if isinstance(header, dict) else None


def _shell_config():
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.enabled = False  # no history database, and no history-saving thread
    return config


def read_snapshot(folder: str) -> dict[str, bytes]:
    """The data snapshot's files, read once: every child writes its own copy from memory."""
    found = {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                path = os.path.join(root, name)
                with open(path, "rb") as file:
                    found[os.path.relpath(path, folder)] = file.read()
    return found


def serve(socket_path: str, data: str) -> None:
    parent = os.getppid()
    die_with_parent(lambda: os.getppid() != parent)  # e.g. the grader killed under --no-sandbox (no bwrap)
    os.environ["NETCRIME_DATA_DIR"] = data  # lessons that read the (public, read-only) data on import
    if os.environ.get("IPYTHONDIR"):  # the shell's profile folder where the children will look for it
        os.makedirs(os.environ["IPYTHONDIR"], exist_ok=True)
    snapshot = read_snapshot(data)
    preload(data)
    gc.freeze()  # what the server loaded stays shared with every child (no copy-on-write by the collector)
    hidden = [os.path.dirname(socket_path), "/dev/shm", "/dev/mqueue"]
    keep = code_under_tmp(os.path.dirname(socket_path))
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    server = os.getpid()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path + ".tmp")
    listener.listen(64)
    os.rename(socket_path + ".tmp", socket_path)  # the socket appears only when the server is ready
    while True:
        conn, _ = listener.accept()
        header = read_header(conn)
        if header is None:
            conn.close()
            continue
        preload_lesson(header.get("lesson"))
        if os.fork() == 0:
            listener.close()
            _serve_one(conn, hidden, snapshot, server, keep)
        conn.close()


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2])
