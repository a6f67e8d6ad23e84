"""`make test` hands its two workers whole files, except the browser files, which go together (conftest.py)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _root_conftest(config):
    return next(p for p in config.pluginmanager.get_plugins()
                if Path(getattr(p, "__file__", "") or ".").resolve() == ROOT / "conftest.py")


def test_every_browser_file_is_one_unit_and_every_other_file_its_own(pytestconfig):
    unit = _root_conftest(pytestconfig)._work_unit
    browser = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests" / "browser").glob("test_*.py"))
    assert len(browser) >= 4
    assert {unit(f"{path}::test_x[a]") for path in browser} == {"tests/browser/"}
    assert unit("tests/grading/test_grading.py::test_exact_gradebook") == "tests/grading/test_grading.py"
    assert unit("notebooks/00_start_here.ipynb::Cell 3") == "notebooks/00_start_here.ipynb"
    assert unit("tests/test_browserish.py::test_x") == "tests/test_browserish.py"
