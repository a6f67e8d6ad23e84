"""`make lab` / `make test` on a fresh clone: the set-up step says what happens.

These run the real Makefile on a copy of the course, with a fake interpreter in
a fake virtual environment standing in for pip (a real install takes minutes and
needs the internet). The fake records how it was called and prints what pip
prints, so the tests see exactly what a newcomer's terminal shows.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netcrime import launch

FAKE_PYTHON = """#!/bin/sh
case "$*" in
  *supported_python.py*) exec "$REAL_PYTHON" "$@";;  # the interpreter check runs for real
esac
echo "$@" >> "$FAKE_LOG"
case "$*" in
  *"pip install -e"*)
    echo "Collecting jupyterlab~=4.4"
    echo "  Downloading jupyterlab-4.6.6-py3-none-any.whl (12.3 MB)"
    exit "${FAKE_PIP_EXIT:-0}";;
  *"pip install"*)
    echo "Requirement already satisfied: pip";;
  *"-m netcrime lab"*)
    echo "(fake) JupyterLab would start here";;
esac
"""

pytestmark = [pytest.mark.kernel,  # runs make and pip: `make test`, not `make check`
              pytest.mark.skipif(shutil.which("make") is None, reason="needs make")]


@pytest.fixture
def course(make_course):
    """A copy of what the set-up step needs, and a fake .venv whose python is FAKE_PYTHON."""
    dest = make_course
    fake = dest / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text(FAKE_PYTHON)
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    return dest


def _make(course: Path, *goals: str, pip_exit: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ, FAKE_LOG=str(course / "calls.log"), FAKE_PIP_EXIT=str(pip_exit),
               REAL_PYTHON=sys.executable)
    env.pop("MAKEFLAGS", None)
    return subprocess.run(["make", "-C", str(course), f"PYTHON={sys.executable}", *goals],
                          env=env, capture_output=True, text=True, timeout=120)


def _in_order(text: str, *parts: str) -> None:
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} missing (or out of order) in:\n{text}"
        at = found + len(part)


def test_first_run_says_what_happens_shows_pip_and_what_comes_next(course):
    run = _make(course, "setup")
    assert run.returncode == 0, run.stdout + run.stderr
    _in_order(run.stdout,
              "Set-up: updating .venv, because pyproject.toml changed",  # the fake .venv exists
              "about 2 to 5\nminutes",
              "pip's own progress follows",
              "[1/2] updating pip ...",
              "[2/2] installing the course package and its dependencies ...",
              "Downloading jupyterlab",  # pip's output reaches the student
              "Set-up finished in ",
              "Next: `make lab` opens JupyterLab at lesson 00")
    calls = (course / "calls.log").read_text().splitlines()
    # not --quiet; then the start-up line that defers jsonschema's IRI grammar (test_lazy_iri.py), then the package's
    # bytecode and the claims' patterns compiled once (test_precompile.py)
    assert calls == ["-m pip install --upgrade pip", "-m pip install -e .[test]", "src/netcrime/lazy_iri.py",
                     "-m netcrime.precompile"]
    assert all((course / ".venv" / stamp).exists() for stamp in (".installed", ".lazy-iri", ".precompiled"))

    again = _make(course, "setup")  # re-runs skip the set-up entirely
    assert again.returncode == 0 and "set-up" not in again.stdout.lower(), again.stdout


def test_make_lab_first_run_ends_by_saying_jupyterlab_starts_then_starts_it(course):
    run = _make(course, "lab")
    assert run.returncode == 0, run.stdout + run.stderr
    _in_order(run.stdout, "Set-up finished in ", "Next: JupyterLab starts now and opens lesson 00",
              "(fake) JupyterLab would start here")
    assert (course / "calls.log").read_text().splitlines()[-1] == "-m netcrime lab"


def test_failed_install_says_what_to_try_and_is_retried_next_time(course):
    run = _make(course, "lab", pip_exit=1)
    assert run.returncode != 0
    _in_order(run.stdout, "Set-up failed while installing the course package",
              "(pip exited with code 1)", "no internet connection", "run the same command again")
    assert "JupyterLab would start" not in run.stdout
    assert not (course / ".venv" / ".installed").exists()  # so the next run tries again


def test_launcher_serves_the_course_root_and_lands_on_lesson_00(tmp_path, monkeypatch):
    monkeypatch.setenv(launch.EXTRA_ARGS_ENV, "--no-browser --port=8899")
    cmd = launch.lab_command(tmp_path)
    assert cmd[1:4] == ["-m", "jupyter", "lab"]
    assert f"--ServerApp.root_dir={tmp_path.resolve()}" in cmd
    assert "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb" in cmd
    assert cmd[-2:] == ["--no-browser", "--port=8899"]
    assert ("--allow-root" in cmd) == (os.geteuid() == 0)


def test_launcher_outside_the_course_folder_says_so(tmp_path, capsys):
    assert launch.main(tmp_path) == 2
    assert "does not look like the course folder" in capsys.readouterr().err


def test_a_fresh_clone_is_told_it_is_the_first_time_and_gets_a_venv(tmp_path, monkeypatch, capsys):
    from netcrime import setup_step

    calls = []
    monkeypatch.setattr(setup_step.subprocess, "call", lambda cmd: calls.append(cmd) or 0)
    assert setup_step.run(tmp_path / ".venv", ["lab"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"First-time set-up: creating {tmp_path / '.venv'}")
    assert calls[0][1:] == ["-m", "venv", str(tmp_path / ".venv")]  # then pip twice
    assert [c[1:4] for c in calls[1:]] == [["-m", "pip", "install"]] * 2
    assert "[1/3] creating the virtual environment" in out and "Next: JupyterLab starts now" in out
