"""pytest set-up shared by every test, kept in config rather than in people's heads.

- nbval runs strictly (outputs compared) on notebooks/ and solutions/, and
  laxly (runs without errors) on the generated exercises/, which have no outputs.
- Solution notebooks run in strict check mode: a failed check raises, so CI
  proves every solution passes its own checks.
- Kernels write progress to a temporary file, never to the user's home.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
LAX_FOLDERS = {"exercises"}
STRICT_CHECK_FOLDERS = {"solutions"}

os.environ.setdefault("NETCRIME_PROGRESS_FILE", str(Path(tempfile.mkdtemp(prefix="netcrime-progress-")) / "progress.json"))
os.environ.pop("NETCRIME_ASSIGNMENT_MODE", None)


def _folder(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).parts[0]
    except (ValueError, IndexError):
        return ""


def pytest_collectstart(collector):
    try:
        from nbval.plugin import IPyNbFile
    except ImportError:  # nbval not installed: notebooks are simply not collected
        return
    if not isinstance(collector, IPyNbFile):
        return
    folder = _folder(Path(str(collector.path)))
    if folder in LAX_FOLDERS:
        collector.compare_outputs = False
    strict = "1" if folder in STRICT_CHECK_FOLDERS else "0"
    original_setup = collector.setup

    def setup():
        os.environ["NETCRIME_STRICT"] = strict  # the kernel inherits it when it starts
        original_setup()

    collector.setup = setup


def pytest_ignore_collect(collection_path, config):
    # Checkpoints and scratch notebooks are never tests.
    return ".ipynb_checkpoints" in collection_path.parts or None


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
