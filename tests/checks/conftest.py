"""Set-up for the checks' tests: Altair's class table built once per process (``netcrime.altair_classes``), as
every lesson's ``netcrime.setup()`` does; these tests build hundreds of small charts (about 10 ms less each). And
``folder``: an empty place for kept patterns (test_kept_patterns.py, test_required_literals.py)."""
import sys

import pytest

from netcrime import altair_classes
from netcrime.checks import kept_patterns

altair_classes.remember()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty folder to keep patterns in, and no kept files remembered by this process."""
    monkeypatch.setattr(kept_patterns, "FOLDER", tmp_path)
    monkeypatch.setattr(kept_patterns, "_FILES", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path
