"""The OS sandbox every submission runs in: bubblewrap (``bwrap``), unprivileged.

Inside, a submission sees only: the system (``/usr`` and a few files of
``/etc``) and the Python environment, read-only; a read-only *student build*
of the course package (``student_build.py``: no instructor part, no worked
solutions in assignment mode); and folders the grader hands it for this run.
It gets its own PID, network, IPC, UTS, mount and user namespaces
(``--unshare-all``), a new session (no way back to the instructor's terminal),
and it dies with the grader (``--die-with-parent``; a PID namespace dies with
its PID 1, so a process a notebook leaves behind dies too). It does not see the
grader's processes, environment, home, the submissions, the output folder or
the cache, because none of them is mounted.
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

STUDENT_SITE = "/opt/netcrime/site"  # where the student build appears inside the sandbox
_ETC = ("ld.so.cache", "ld.so.conf", "localtime", "nsswitch.conf", "passwd", "group", "hosts",
        "mime.types", "ssl/openssl.cnf")
NOT_ISOLATED = ("NOT ISOLATED: graded with --no-sandbox; a submission could change its own and "
                "other students' grades.")


class SandboxUnavailable(RuntimeError):
    """bubblewrap is missing or cannot create namespaces on this machine."""


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


@functools.lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """None if bubblewrap works here, else a sentence saying what to do."""
    path = bwrap_path()
    if path is None:
        return ("bubblewrap (bwrap) is not installed: install it (Debian/Ubuntu: apt-get install bubblewrap), "
                "or pass --no-sandbox to grade without isolation.")
    under_tmp = [str(root) for root in _python_roots() if str(root).startswith("/tmp/")]
    if under_tmp:  # the sandbox's /tmp is private and empty: a venv there would vanish inside it
        return (f"the grader's Python environment is under /tmp ({under_tmp[0]}), which the sandbox replaces "
                "with a private, empty folder: install the course outside /tmp (e.g. `make setup` in the "
                "course folder), or pass --no-sandbox to grade without isolation.")
    argv = [path, *system_binds(), "--unshare-all", "--die-with-parent", "--new-session", "--proc", "/proc",
            "--dev", "/dev", sys.executable, "-c", "pass"]
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bubblewrap could not start ({exc}); pass --no-sandbox to grade without isolation."
    if proc.returncode != 0:
        return (f"bubblewrap cannot create a sandbox here ({proc.stderr.strip()[:200]}); user namespaces may be "
                "turned off. Pass --no-sandbox to grade without isolation.")
    return None


def _python_roots() -> list[Path]:
    roots = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix),
             Path(os.path.realpath(sys.executable)).parent.parent}
    return sorted(r for r in roots if r.exists() and str(r) not in ("/", "/usr"))


def system_binds() -> list[str]:
    """Read-only system and Python environment (nothing of the instructor's home or course files)."""
    args: list[str] = []
    for top in ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    for name in _ETC:
        path = Path("/etc") / name
        if path.exists():
            args += ["--ro-bind", str(path), str(path)]
    for root in _python_roots():
        if not str(root).startswith("/usr/"):
            args += ["--ro-bind", str(root), str(root)]
    return args


def sandbox_argv(*, student_build: Path, ro: list[tuple[Path, str]] = (), rw: list[tuple[Path, str]] = (),
                 env: dict[str, str], cwd: str, as_pid_1: bool = False) -> list[str]:
    """The bwrap command line that runs a program (appended by the caller) in a fresh sandbox."""
    path = bwrap_path()
    if path is None:
        raise SandboxUnavailable(unavailable_reason() or "bubblewrap is not installed")
    args = [path, "--unshare-all", "--die-with-parent", "--new-session"]
    if as_pid_1:
        args.append("--as-pid-1")
    args += system_binds()
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", "/opt/netcrime",
             "--ro-bind", str(student_build), STUDENT_SITE]
    for source, target in ro:
        args += ["--ro-bind", str(source), target]
    for source, target in rw:
        args += ["--bind", str(source), target]
    args.append("--clearenv")
    for key, value in env.items():
        args += ["--setenv", key, value]
    args += ["--chdir", cwd]
    return args


def sandbox_env(home: str, data: str, tmp: str) -> dict[str, str]:
    """The whole environment a submission sees: nothing of the instructor's shell."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": home,
        "TMPDIR": tmp,
        "IPYTHONDIR": f"{home}/.ipython",
        "PYTHONPATH": STUDENT_SITE,
        "NETCRIME_DATA_DIR": data,
        "NETCRIME_PROGRESS_FILE": f"{home}/progress.json",
        "NETCRIME_STRICT": "0",
        "MPLBACKEND": "Agg",
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }
