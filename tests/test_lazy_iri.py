"""jsonschema's IRI grammar is built when an IRI is first checked, in every Python process of the course's environment.

``make setup`` writes a start-up line (``netcrime.lazy_iri``) into the environment's site-packages;
these tests prove that a fresh interpreter of this environment imports jsonschema without building
the grammar, and that a process validating an IRI still gets the real checker's answers.
"""
from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from netcrime import lazy_iri

PROGRAM = """
import sys
import jsonschema
deferred = "rfc3987_syntax.syntax_helpers" not in sys.modules
checker = jsonschema.Draft7Validator.FORMAT_CHECKER
v = jsonschema.Draft7Validator({"format": "iri"}, format_checker=checker)
print(deferred, "iri" in checker.checkers, v.is_valid("https://example.org/a%20b"), v.is_valid("no iri at all"),
      v.is_valid("https://例子.测试/路径"), "rfc3987_syntax.syntax_helpers" in sys.modules)
"""


@pytest.mark.kernel  # starts an interpreter (and builds the grammar once): `make test`, not `make check`
def test_a_fresh_interpreter_imports_jsonschema_without_the_grammar_and_still_checks_iris():
    pytest.importorskip("rfc3987_syntax")
    site = Path(sysconfig.get_path("purelib"))
    assert (site / lazy_iri.PTH_NAME).is_file(), (
        f"{site / lazy_iri.PTH_NAME} is missing: this environment was not set up by `make setup` "
        f"(run `make setup`, or `{sys.executable} src/netcrime/lazy_iri.py`)")
    out = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stderr == ""  # the start-up line prints nothing
    deferred, registered, good, bad, good_unicode, loaded = out.stdout.split()
    assert deferred == "True"  # importing jsonschema (as altair, JupyterLab, nbgrader do) no longer builds it
    assert registered == "True" and good == "True" and bad == "False" and good_unicode == "True"
    assert loaded == "True"  # the first check loaded the real module


def test_the_start_up_line_is_written_once_and_sorts_after_the_editable_install(tmp_path):
    path, written = lazy_iri.install_pth(tmp_path)
    assert written and path.read_text(encoding="utf-8") == lazy_iri.PTH_LINE and path.name == lazy_iri.PTH_NAME
    assert lazy_iri.PTH_LINE.startswith("import ") and lazy_iri.PTH_LINE.count("\n") == 1  # what site executes
    # site runs .pth files in sorted order; setuptools' editable install (which puts src/ on sys.path) goes first
    assert sorted([lazy_iri.PTH_NAME, "__editable__.netcrime-0.1.0.pth"])[0].startswith("__editable__")
    assert lazy_iri.install_pth(tmp_path) == (path, False) and path.read_text(encoding="utf-8") == lazy_iri.PTH_LINE


def test_the_start_up_line_is_silent_when_the_module_is_gone(monkeypatch):
    """An older checkout (or a moved source folder) must not print an error at every interpreter start."""
    monkeypatch.setitem(sys.modules, "netcrime.lazy_iri", None)  # makes the import raise ImportError
    exec(lazy_iri.PTH_LINE, {})  # no exception
