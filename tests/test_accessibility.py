"""Accessibility promises that can be checked without a browser (the browser
suite runs axe-core on the drawn outputs: tests/browser/a11y.py)."""
from __future__ import annotations

import json

import pytest

from netcrime.checks import outcome


def _luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_on_known_pairs():
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777", "#fff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("status", outcome.STATUSES)
def test_each_verdict_colour_stands_out_from_the_box(status):
    colour = outcome._COLOURS[status]
    assert contrast(colour, outcome.BOX_BACKGROUND) >= 3.0, (status, colour)  # WCAG 1.4.11
    assert contrast(outcome.BOX_TEXT, outcome.BOX_BACKGROUND) >= 7.0  # the text itself: AAA


def test_colour_is_never_the_only_cue():
    titles = [outcome.TITLES[s] for s in outcome.STATUSES]
    assert len(set(titles)) == len(titles)  # each verdict has its own words
    for status in outcome.STATUSES:
        box = outcome.feedback_for("q1", outcome.Outcome(status, "why"))
        assert f"q1: {outcome.TITLES[status]}" in box._repr_html_()
        assert repr(box).startswith(f"q1: {outcome.TITLES[status]}")  # plain text says it too


def _charts(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for index, cell in enumerate(nb["cells"]):
        for out in cell.get("outputs", []):
            for mime, spec in (out.get("data") or {}).items():
                if mime.startswith("application/vnd.vegalite"):
                    yield index, spec


def test_every_committed_chart_has_a_description(repo_root):
    """Vega-Lite's description becomes the drawn chart's aria-label (its text alternative)."""
    seen = 0
    for folder in ("notebooks", "solutions"):
        for path in sorted((repo_root / folder).glob("*.ipynb")):
            for index, spec in _charts(path):
                seen += 1
                text = spec.get("description") or ""
                assert len(text) >= 40, f"{path.name} cell {index}: chart description {text!r}"
    assert seen >= 10
