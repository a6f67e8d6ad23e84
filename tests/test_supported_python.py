"""Supported Pythons: one minimum, said the same everywhere, and a clear sentence below it.

`make lab` / `make test` run src/netcrime/supported_python.py with the student's
interpreter before anything is installed. These tests run the real Makefile
target with interpreters that are too old (a stand-in that reports Python 3.10,
and the real old interpreters of this machine when it has them) and check
that the student reads what to do, not a traceback or a pip resolver error.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from netcrime import environment, supported_python

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")

# A stand-in for an old interpreter: the real one, told it is Python 3.10.13.
PRETEND_310 = """#!/bin/sh
exec "{real}" -c 'import runpy, sys; sys.version_info = (3, 10, 13, "final", 0); \
sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name="__main__")' "$@"
"""
# Real old interpreters, where this machine has them (pyenv): they must be refused too.
OLD_INTERPRETERS = [p for p in ("/root/.pyenv/versions/3.6.15/bin/python",
                                "/root/.pyenv/versions/2.7.18/bin/python",
                                "/root/.pyenv/versions/3.10.13/bin/python") if os.access(p, os.X_OK)]


@pytest.fixture
def course(make_course):
    return make_course


def _make(course: Path, python: str, goal: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MAKEFLAGS"}
    return subprocess.run(["make", "-C", str(course), f"PYTHON={python}", goal],
                          env=env, capture_output=True, text=True, timeout=60)


def _pretend_310(tmp_path: Path) -> str:
    fake = tmp_path / "python3.10"
    fake.write_text(PRETEND_310.format(real=sys.executable))
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    return str(fake)


def test_minimum_is_the_one_pyproject_and_environment_yml_declare(repo_root):
    declared = tomllib.loads((repo_root / "pyproject.toml").read_text())["project"]["requires-python"]
    assert declared == ">=" + ".".join(map(str, supported_python.MINIMUM))
    assert re.search(r"^\s*-\s*python>=3\.11\s*$", (repo_root / "environment.yml").read_text(), re.M)
    assert environment.report().iloc[0]["needs at least"] == "3.11"
    assert supported_python.MINIMUM in supported_python.TESTED


def test_sentences_name_the_version_and_the_way_out():
    assert supported_python.problem((3, 11, 0)) is None and supported_python.problem((3, 14, 0)) is None
    old = supported_python.problem((3, 10, 13))
    assert "needs Python 3.11 or newer" in old and "is Python 3.10.13" in old and "PYTHON=python3.13" in old
    venv = supported_python.problem((3, 10, 13), venv=".venv")
    assert ".venv folder was made with Python 3.10.13" in venv and "make clean" in venv


@pytest.mark.parametrize("goal", ["lab", "test", "setup"])
def test_make_stops_on_a_too_old_python_with_a_sentence(course, tmp_path, goal):
    run = _make(course, _pretend_310(tmp_path), goal)
    assert run.returncode != 0
    assert "This course needs Python 3.11 or newer" in run.stderr and "is Python 3.10.13" in run.stderr
    assert "make lab PYTHON=python3.13" in run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert not (course / ".venv").exists()  # stopped before creating anything


@pytest.mark.parametrize("python", OLD_INTERPRETERS)
def test_real_old_interpreters_get_the_sentence(course, python):
    run = _make(course, python, "lab")
    assert run.returncode != 0 and "This course needs Python 3.11 or newer" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and not (course / ".venv").exists()


def test_make_names_a_missing_interpreter(course):
    run = _make(course, "python3.99-not-installed", "lab")
    assert run.returncode != 0
    assert "No Python found as 'python3.99-not-installed'" in run.stderr and "3.11 or newer" in run.stderr


def test_a_venv_made_by_an_old_python_is_named(course, tmp_path):
    (course / ".venv" / "bin").mkdir(parents=True)
    os.symlink(_pretend_310(tmp_path), course / ".venv" / "bin" / "python")
    run = _make(course, sys.executable, "test")
    assert run.returncode != 0
    assert "The course's .venv folder was made with Python 3.10.13" in run.stderr and "make clean" in run.stderr


def test_a_supported_python_passes_the_check(course):
    run = _make(course, sys.executable, "python-check")
    assert run.returncode == 0 and run.stderr == "", run.stderr


def test_the_python_matrix_runs_tests_that_exist(repo_root):
    """`make test-pythons` names its tests by path: a moved test file must not make it test nothing."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("test_pythons_tool", repo_root / "tools" / "test_pythons.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    missing = [path for path in tool.TESTS if not (repo_root / path).exists()]
    assert tool.TESTS and not missing, f"tools/test_pythons.py names tests that do not exist: {missing}"
