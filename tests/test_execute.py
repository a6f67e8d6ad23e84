"""``python -m netcrime execute``: authors' re-run of a notebook, with the same check mode nbval uses (issue #15).

The mode and the progress file reach the notebook's kernel through the kernel's own environment; the author's
process (and anything else running in it) keeps its own.
"""
from __future__ import annotations

import os

import nbformat
import pytest

from netcrime.checks.attempts import PROGRESS_ENV
from netcrime.checks.modes import STRICT_ENV
from netcrime.execute import execute

pytestmark = pytest.mark.kernel

PROBE = f"import os\nprint(os.environ.get({STRICT_ENV!r}), os.environ.get({PROGRESS_ENV!r}, '').endswith('progress.json'))"


def _probe_notebook(folder):
    folder.mkdir()
    path = folder / "probe.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE)]), path)
    return path


@pytest.mark.parametrize("folder, strict", [("solutions", "1"), ("notebooks", "0")])
def test_the_kernel_gets_the_mode_and_a_progress_file_and_this_process_keeps_its_environment(
        tmp_path, monkeypatch, folder, strict):
    monkeypatch.setenv(STRICT_ENV, "ours")
    monkeypatch.delenv(PROGRESS_ENV, raising=False)
    before = dict(os.environ)
    path = execute(_probe_notebook(tmp_path / folder))
    output = nbformat.read(path, as_version=4).cells[0].outputs[0]["text"]
    assert output.split() == [strict, "True"]
    assert dict(os.environ) == before
