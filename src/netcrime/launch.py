"""``make lab``: start JupyterLab on the whole course, open at lesson 00.

One place builds the command line, so that the Makefile, the README and the
browser test that walks a newcomer's path (tests/browser/test_make_lab.py) all
start JupyterLab the same way. Two choices matter:

- the server's root is the course folder, not ``notebooks/``, so the file
  browser reaches ``exercises/``, ``data/`` and ``solutions/`` (lesson 00 and
  every lesson send students there);
- the default URL is lesson 00, so both the browser JupyterLab opens and the
  URL it prints (which a student copies when no browser opens, e.g. on a
  remote machine or in a container) land on lesson 00 rather than on the
  Launcher.
"""
from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"
EXTRA_ARGS_ENV = "NETCRIME_LAB_ARGS"  # extra JupyterLab options, e.g. --no-browser --port=8899


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(root: str | os.PathLike = ".", extra: list[str] | None = None) -> list[str]:
    """The JupyterLab command line for the course folder ``root``."""
    root = Path(root).resolve()
    cmd = [
        sys.executable, "-m", "jupyter", "lab",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}",
    ]
    if _running_as_root():  # JupyterLab refuses root (containers, some hubs) unless told it may
        cmd.append("--allow-root")
    cmd += shlex.split(os.environ.get(EXTRA_ARGS_ENV, ""))
    cmd += list(extra or [])
    return cmd


def welcome(root: str | os.PathLike = ".") -> str:
    """What a student reads in the terminal before JupyterLab's own log."""
    return (
        f"Starting JupyterLab on the course folder {Path(root).resolve()}\n"
        f"  It opens lesson 00 ({FIRST_NOTEBOOK}) in your browser. If no browser opens,\n"
        "  copy the http://127.0.0.1:... address printed below (with its token) into one.\n"
        "  Lessons are in notebooks/, your exercises in exercises/, the data in data/.\n"
        "  To stop: save your work, then press Ctrl+C here (twice) or use File > Shut Down.\n"
    )


def main(root: str | os.PathLike = ".", extra: list[str] | None = None) -> int:
    """Print the welcome, then become JupyterLab (same process: Ctrl+C reaches it directly)."""
    root = Path(root)
    if not (root / FIRST_NOTEBOOK).is_file():
        print(f"{Path(root).resolve()} does not look like the course folder "
              f"(no {FIRST_NOTEBOOK}). Run `make lab` from the folder that holds the Makefile.",
              file=sys.stderr)
        return 2
    print(welcome(root), flush=True)
    cmd = lab_command(root, extra)
    os.chdir(root)
    os.execv(cmd[0], cmd)
    return 0  # pragma: no cover - execv does not return
