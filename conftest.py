"""pytest set-up shared by every test, kept in config rather than in people's heads.

- nbval runs strictly (outputs compared) on notebooks/ and solutions/, and
  laxly (runs without errors) on the generated exercises/, which have no outputs.
- Solution notebooks run in strict check mode: a failed check raises, so CI
  proves every solution passes its own checks.
- Kernels write progress to a temporary file, never to the user's home.
- A notebook's kernel that dies while starting is started again (at most three attempts in all), by
  the same rule as the grader's kernels: ``netcrime.kernel_start`` says why.
"""
from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

from netcrime import kernel_start

ROOT = Path(__file__).resolve().parent
LAX_FOLDERS = {"exercises"}
STRICT_CHECK_FOLDERS = {"solutions"}

os.environ.setdefault("NETCRIME_PROGRESS_FILE", str(Path(tempfile.mkdtemp(prefix="netcrime-progress-")) / "progress.json"))
os.environ.pop("NETCRIME_ASSIGNMENT_MODE", None)

# pytest keeps each test module with its asserts rewritten as bytecode in __pycache__ (git-ignored), unless
# PYTHONDONTWRITEBYTECODE is set (as on some CI images and on the machine the course is built on): then every
# pytest process rewrites every test module again on every run, about 4.6 of the 8.6 CPU-s a collection of the whole
# suite costs, paid by each of `make test`'s and `make check`'s workers (benchmarks/results/test_suite.md).
# Test modules are imported after this file, so their bytecode is kept; the kernels and other processes the tests
# start keep the environment's setting.
sys.dont_write_bytecode = False


def _retry_nbval_kernel_starts() -> None:
    try:
        import nbval.kernel
    except ImportError:
        return
    if not getattr(nbval.kernel.start_new_kernel, "__wrapped__", None):
        nbval.kernel.start_new_kernel = kernel_start.with_retries(nbval.kernel.start_new_kernel)


_retry_nbval_kernel_starts()


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
        # The kernel inherits the switch when it starts; the test process itself must not keep it
        # (other tests on this worker would run in strict mode).
        before = os.environ.get("NETCRIME_STRICT")
        os.environ["NETCRIME_STRICT"] = strict
        try:
            original_setup()
        finally:
            if before is None:
                os.environ.pop("NETCRIME_STRICT", None)
            else:
                os.environ["NETCRIME_STRICT"] = before

    collector.setup = setup


def _notebook_cell(item) -> bool:
    return hasattr(item, "cell_num")  # nbval's IPyNbCell


def pytest_collection_modifyitems(config, items):
    """Notebook cells run in their notebook's order and carry ``kernel``; the slowest files come first.

    pytest-randomly shuffles items; a notebook is one story, so its cells are
    put back in order. Then files are ordered slowest first (see
    ``_slowest_files_first``), which every xdist worker computes alike.
    """
    cells = [item for item in items if _notebook_cell(item)]
    for item in cells:
        item.add_marker(pytest.mark.kernel)
    if cells:
        others = [item for item in items if not _notebook_cell(item)]
        cells.sort(key=lambda item: (str(item.path), item.cell_num))
        items[:] = others + cells
    _slowest_files_first(items)


# Seconds each test file took in a full run (tools/file_durations.py writes it from a JUnit report).
FILE_DURATIONS = ROOT / "tests" / "file_durations.json"


def _slowest_files_first(items) -> None:
    """Put the files that take longest first, keeping the shuffled order within a file and among equals.

    `make test` gives each of its workers whole files (--dist loadfile) as they
    become free, in this order (--no-loadscope-reorder: xdist would otherwise
    order by number of tests, which sends a 3-test file that takes minutes
    last). Longest first leaves only short files for the end, so the workers
    finish close together. A file missing from the table counts as quick; a
    stale table only makes the split less even, never a test wrong.
    """
    try:
        seconds = json.loads(FILE_DURATIONS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    items.sort(key=lambda item: -float(seconds.get(_relative(item), 0.0)))


def _relative(item) -> str:
    return _relative_path(str(item.path))


@functools.lru_cache(maxsize=None)
def _relative_path(path: str) -> str:  # cached: resolving each of 2,000 items' file costs about a second
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return ""


# Files whose tests share one JupyterLab server and one Chromium per worker (tests/browser/conftest.py's session
# fixtures): starting both and loading JupyterLab into a page is about 10 to 14 CPU-s, paid by every worker that
# runs any of these files.
SHARED_BROWSER_FOLDER = "tests/browser/"


def _work_unit(nodeid: str) -> str:
    """The unit of work `make test` hands a worker whole: a file, or every browser file together."""
    path = nodeid.split("::", 1)[0]
    return SHARED_BROWSER_FOLDER if path.startswith(SHARED_BROWSER_FOLDER) else path


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # optional: xdist may be switched off (-p no:xdist)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadfile`, except that every browser file goes to one worker, one after the other.

    With whole files handed out as workers become free, the browser files (the notebooks drawn, the renderer's
    breakage, the audit's proof, `make lab`) landed on both workers, and each worker started its own JupyterLab
    and Chromium. As one unit they start once. The unit is about a quarter of the suite's time (it is handed
    out first: its render file is the slowest), so the two workers still finish close together.
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LoadFileSharingTheBrowser(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _work_unit(nodeid)

    return LoadFileSharingTheBrowser(config, log)


def pytest_ignore_collect(collection_path, config):
    # Checkpoints and scratch notebooks are never tests.
    return ".ipynb_checkpoints" in collection_path.parts or None


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
