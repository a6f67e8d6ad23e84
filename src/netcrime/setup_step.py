"""The first-run set-up behind ``make lab`` and ``make test``: say what happens.

The first run creates ``.venv`` and installs the course with pip, which takes
a few minutes. A silent pause that long looks like a hang, so this step says
what it is doing and about how long it takes, lets pip show its progress, and
ends with what to do next (or, if pip failed, with what to try).

It runs with the interpreter that creates the virtual environment, before the
course's dependencies exist, so it uses only the standard library and is run
as a script by the Makefile: ``python src/netcrime/setup_step.py --venv .venv``.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ABOUT = ("This happens once (re-runs skip it until pyproject.toml changes). It takes about 2 to 5\n"
         "minutes and downloads about 150 MB (JupyterLab, pandas, Altair, pytest, Playwright...).\n"
         "pip's own progress follows.")

NEXT = {
    "lab": "Next: JupyterLab starts now and opens lesson 00 (notebooks/00_start_here.ipynb).",
    "test": "Next: the tests start now (`make test`); they take several minutes.",
}
NEXT_DEFAULT = ("Next: `make lab` opens JupyterLab at lesson 00 (exercises are in exercises/);\n"
                "`make test` runs the tests.")

FAILED = ("Set-up failed while {step} ({what} exited with code {code}). The lines above say why.\n"
          "Common causes: no internet connection, a proxy or firewall in the way of PyPI, or too\n"
          "little disk space. Fix that and run the same command again: it starts over from here.\n"
          "To start completely afresh: `make clean`, then `make lab`.")


def _say(text: str) -> None:
    print(text, flush=True)


def _minutes(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def venv_python(venv: Path) -> Path:
    scripts = "Scripts" if sys.platform == "win32" else "bin"
    return venv / scripts / ("python.exe" if sys.platform == "win32" else "python")


def steps(venv: Path, project: str = ".[test]") -> list[tuple[str, list[str]]]:
    """(what the student reads, command) for each step; pip is not --quiet on purpose."""
    python = str(venv_python(venv))
    out = []
    if not venv_python(venv).exists():
        out.append((f"creating the virtual environment {venv}",
                    [sys.executable, "-m", "venv", str(venv)]))
    out.append(("updating pip", [python, "-m", "pip", "install", "--upgrade", "pip"]))
    out.append(("installing the course package and its dependencies",
                [python, "-m", "pip", "install", "-e", project]))
    return out


def run(venv: Path, goals: list[str], project: str = ".[test]") -> int:
    if venv_python(venv).exists():
        _say(f"Set-up: updating {venv}, because pyproject.toml changed since the last set-up.")
    else:
        _say(f"First-time set-up: creating {venv} and installing the course into it.")
    _say(ABOUT)
    started = time.monotonic()
    planned = steps(venv, project)
    for number, (what, cmd) in enumerate(planned, start=1):
        _say(f"\n[{number}/{len(planned)}] {what} ...")
        code = subprocess.call(cmd)
        if code != 0:
            tool = "pip" if "pip" in cmd else Path(cmd[0]).name
            _say("\n" + FAILED.format(step=what, what=tool, code=code))
            return code
    _say(f"\nSet-up finished in {_minutes(time.monotonic() - started)}.")
    nexts = [NEXT[g] for g in goals if g in NEXT]
    _say("\n".join(nexts) if nexts else NEXT_DEFAULT)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", default=".venv", help="the virtual environment to create/fill")
    parser.add_argument("--goals", default="", help="the make goals being run (to say what comes next)")
    parser.add_argument("--project", default=".[test]", help="what pip installs (editable)")
    args = parser.parse_args(argv)
    return run(Path(args.venv), args.goals.split(), args.project)


if __name__ == "__main__":
    sys.exit(main())
