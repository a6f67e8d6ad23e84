"""Run a lesson or solution notebook and save it with fresh outputs.

Authors use this (``python -m netcrime execute notebooks/01_*.ipynb``) so the
committed outputs are exactly what nbval will compare against: same kernel,
same strict mode, same working folder, and stable JSON.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from .build import render
from .checks.modes import STRICT_ENV
from .checks.attempts import PROGRESS_ENV

KERNEL_METADATA = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def execute(path: Path | str, timeout: int = 300) -> Path:
    path = Path(path)
    notebook = nbformat.read(path, as_version=4)
    # A fresh progress file for this run, so the committed progress table is this notebook's alone (never
    # os.devnull: recording an attempt replaces the file it names, and as root that turned /dev/null into a file)
    with tempfile.TemporaryDirectory(prefix="netcrime-execute-") as scratch:
        # The kernel's own environment, not this process's: same rule as conftest.py (solution notebooks run in
        # strict check mode), and nothing here changes os.environ for other threads or later calls.
        kernel_env = {**os.environ,
                      STRICT_ENV: "1" if path.resolve().parent.name == "solutions" else "0",
                      PROGRESS_ENV: str(Path(scratch) / "progress.json")}
        NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute(env=kernel_env)
    notebook.metadata["kernelspec"] = KERNEL_METADATA
    notebook.metadata["language_info"] = {"name": "python"}
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    path.write_text(render(notebook), encoding="utf-8")
    return path
