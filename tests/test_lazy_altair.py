"""netcrime.setup() leaves Altair unimported until a lesson charts (issue #17's cheap win).

Importing Altair is the slowest step of a lesson's start (it imports jsonschema,
whose URI checker builds a parser on import: seconds on a loaded machine), and
the exercises and solutions of lessons 00, 01, 04 and 05, which never chart, never need
it. Each test reads a fresh interpreter, since this is about what is imported (the chartless lessons and
the set-up share one, in the order a lesson starts: ``after_setup`` says why that proves the same).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.kernel  # each test starts a fresh interpreter: `make test`, not `make check`


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


LESSONS_WITHOUT_CHARTS = ["lesson00", "lesson01", "lesson04", "lesson05"]


@pytest.fixture(scope="module")
def after_setup() -> dict:
    """One fresh interpreter, a lesson's start in order: ``netcrime.setup()``, then each chartless lesson's checks,
    then the chart constants, then Altair; whether Altair was imported is read after each step.

    One interpreter serves every step: ``'altair' in sys.modules`` only ever turns True, so "still False after
    importing lesson 01's checks" proves lesson 01's checks import no Altair, as a fresh interpreter of its own
    would (the ones imported before it had imported none either)."""
    out = _run(
        "import json, sys, netcrime\n"
        "netcrime.setup()\n"
        "seen = {'setup': 'altair' in sys.modules}\n"
        f"for lesson in {LESSONS_WITHOUT_CHARTS!r}:\n"
        "    __import__('netcrime.checks.' + lesson)\n"
        "    seen[lesson] = 'altair' in sys.modules\n"
        "from netcrime.charts import PALETTE, MUTED\n"  # lessons import these next to altair
        "seen['palette'] = 'altair' in sys.modules\n"
        "import altair as alt\n"
        "seen['configured'] = [alt.renderers.active, alt.theme.active]\n"
        "print(json.dumps(seen))")
    return json.loads(out)


def test_setup_does_not_import_altair_and_charts_are_configured_on_import(after_setup):
    assert (after_setup["setup"], after_setup["palette"]) == (False, False)
    assert after_setup["configured"] == ["netcrime", "netcrime"]


def test_setup_after_altair_is_imported_configures_at_once():
    out = _run("import altair as alt, netcrime\nnetcrime.setup()\nprint(alt.renderers.active, alt.theme.active)")
    assert out == "netcrime netcrime"


def test_widgets_that_chart_get_the_course_renderer():
    out = _run("import netcrime\nnetcrime.setup()\nfrom netcrime.widgets import simulator\n"
               "import altair as alt\nprint(alt.renderers.active)")
    assert out == "netcrime"


@pytest.mark.parametrize("lesson", LESSONS_WITHOUT_CHARTS)
def test_checks_of_lessons_without_charts_do_not_import_altair(after_setup, lesson):
    assert after_setup[lesson] is False


def test_notebooks_without_charts_never_import_altair(repo_root):
    """Which notebooks chart: those with a chart in their outputs. The others must not name Altair."""
    for folder in ("notebooks", "solutions"):
        for path in sorted((repo_root / folder).glob("*.ipynb")):
            nb = json.loads(path.read_text(encoding="utf-8"))
            charted = any("vega" in mime for cell in nb["cells"] for out in cell.get("outputs", [])
                          for mime in out.get("data", {}))
            code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
            if not charted:
                assert "altair" not in code and "alt." not in code, f"{path.name} names Altair but draws no chart"
