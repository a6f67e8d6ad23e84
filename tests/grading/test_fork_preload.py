"""The fork server's preload: what it defers must still work when a child first uses it.

Run in a fresh interpreter (the test process may already have imported jsonschema).
"""
from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.kernel  # starts a process (and builds the IRI grammar once): `make test`, not `make check`

PROGRAM = """
import sys
from netcrime.grading.fork_server import defer_iri_grammar
defer_iri_grammar()
import jsonschema
deferred = "rfc3987_syntax.syntax_helpers" not in sys.modules
checker = jsonschema.Draft7Validator.FORMAT_CHECKER
v = jsonschema.Draft7Validator({"format": "iri"}, format_checker=checker)
print(deferred, "iri" in checker.checkers, v.is_valid("https://example.org/a%20b"), v.is_valid("no iri at all"),
      "rfc3987_syntax.syntax_helpers" in sys.modules)
"""


def test_iri_grammar_is_built_on_first_use_not_on_import():
    pytest.importorskip("rfc3987_syntax")
    out = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    deferred, registered, good, bad, loaded = out.stdout.split()
    assert deferred == "True"  # importing jsonschema (as altair does) no longer builds the grammar
    assert registered == "True" and good == "True" and bad == "False"  # the IRI checker still checks
    assert loaded == "True"  # the real module was loaded by the first check
