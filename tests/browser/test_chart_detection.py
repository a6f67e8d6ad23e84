"""The browser suite's chart detector, checked without a browser (so it runs in every test run).

The suite expects as many drawn charts as it detects outputs with a chart mime
type; a chart whose mime type the detector misses is expected zero times and
"passes" undrawn. That happened once: Altair 6's own renderer writes
``application/vnd.vegalite.v6.json`` (a dot, not a plus), which the old pattern
missed. So: every Vega-ish output must be detected, and every notebook that
charts must be detected as charting.
"""
from __future__ import annotations

import re

import pytest

from . import lab
from .conftest import REPO

COMMITTED = sorted(p.relative_to(REPO).as_posix() for folder in ("notebooks", "solutions")
                   for p in (REPO / folder).glob("*.ipynb"))


@pytest.mark.parametrize("mime, is_chart", [
    ("application/vnd.vegalite.v5+json", True),   # what the course renderer writes
    ("application/vnd.vegalite.v6.json", True),   # Altair 6's own "mimetype" renderer
    ("application/vnd.vegalite.v6+json", True),
    ("application/vnd.vega.v6.json", True),
    ("application/vnd.vega.v5+json", True),
    ("application/vnd.jupyter.widget-view+json", False),
    ("text/plain", False),
])
def test_detector_pattern(mime, is_chart):
    assert bool(re.match(lab.CHART_MIME, mime)) is is_chart


def test_altair6_default_mimetype_is_detected():
    import altair as alt

    assert re.match(lab.CHART_MIME, alt.vegalite.v6.display.VEGALITE_MIME_TYPE)


@pytest.mark.parametrize("path", COMMITTED)
def test_every_committed_chart_is_detected(path):
    counts = lab.committed_counts(REPO / path)
    assert counts["charts"] == counts["vega_like"], (
        f"{path}: {counts['vega_like']} outputs look like charts, the detector counts {counts['charts']}")


@pytest.mark.parametrize("path", COMMITTED)
def test_notebooks_that_chart_are_expected_to_draw_at_least_one(path):
    """Whether a notebook charts is read from its source (Altair code), not from the detector."""
    import json

    nb = json.loads((REPO / path).read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    draws = bool(re.search(r"\balt\.(Chart|vconcat|hconcat|layer)\(|figure_chart\(", code))
    counts = lab.committed_counts(REPO / path)
    assert (counts["charts"] >= 1) == draws, f"{path}: draws charts: {draws}; detected: {counts['charts']}"


def test_a_chart_under_an_unknown_mime_spelling_fails_the_cross_check(tmp_path):
    """The cross-check itself can fail: a made-up future spelling is seen by the loose count only."""
    import json

    nb = lab.make_notebook(["1"])
    nb["cells"][0]["outputs"] = [{"output_type": "display_data", "metadata": {},
                                  "data": {"application/vnd.vegalite.v7-json": {}, "text/plain": "Chart"}}]
    (tmp_path / "x.ipynb").write_text(json.dumps(nb))
    counts = lab.committed_counts(tmp_path / "x.ipynb")
    assert counts["vega_like"] == 1 and counts["charts"] == 0
