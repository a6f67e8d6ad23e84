"""The course renderer (src/netcrime/charts.py) and the risk it carries.

Altair 6 writes Vega-Lite 6; the course renderer has JupyterLab 4's built-in
Vega-Lite 5 renderer draw it (offline). The risk: a Vega-Lite-6-only feature
that the Vega-Lite 5 compiler drops without a word (it happened: Vega-Lite 5
ignores an axis's ``tickMinStep``, so lesson 04 drew "0.2 reasons" ticks until
this test caught it). So every course chart is compiled with both compilers
(vl-convert) and the two Vega programs must be the same, up to the differences
listed below, each of which is explained.

Every course chart = every chart in the committed outputs of notebooks/ and
solutions/ (exercises/ are generated from solutions/ and hold no outputs), plus
the charts the widgets draw inside their Output areas, whose outputs are not
committed (chart controls of lesson 02, the simulator of lesson 04).

vl-convert's oldest Vega-Lite 5 is 5.8; JupyterLab 4.6 bundles 5.6.1. Both
are 5.x and the browser suite (tests/browser/) draws every chart in the real
JupyterLab renderer, so the two tests together cover what a student sees.
"""
from __future__ import annotations

import base64
import json
import re

import altair as alt
import pandas as pd
import pytest
import vl_convert

from netcrime import charts, darkfigure
from netcrime.widgets import chart_controls, simulator

VL5 = "5.8"  # the Vega-Lite 5 compiler: vl-convert's oldest 5.x (JupyterLab 4.6 bundles 5.6.1)


# ----- every course chart ----------------------------------------------------

def _committed_charts(repo_root):
    for folder in ("notebooks", "solutions"):
        for path in sorted((repo_root / folder).glob("*.ipynb")):
            nb = json.loads(path.read_text(encoding="utf-8"))
            for index, cell in enumerate(nb["cells"]):
                for output in cell.get("outputs", []):
                    spec = output.get("data", {}).get(charts.VEGALITE_V5_MIME)
                    if spec is not None:
                        yield f"{folder}/{path.name} cell {index}", spec


def _widget_charts():
    """Each kind of chart the widgets draw: every unit, both scales, every order (not every combination)."""
    options = {(unit, "linear", chart_controls.ORDERS[0]) for unit in chart_controls.FAMILIES}
    options |= {(chart_controls.FAMILIES[0], scale, order)
                for scale in chart_controls.SCALES for order in chart_controls.ORDERS}
    for unit, scale, order in sorted(options):
        yield (f"chart_controls {unit}/{scale}/{order}",
               chart_controls.figure_chart(unit, scale=scale, order=order).to_dict())
    name, parameters = next(iter(darkfigure.SCENARIOS.items()))  # one shape for every scenario
    yield f"simulator '{name}'", simulator.trend_chart(darkfigure.simulate(**parameters)).to_dict()


@pytest.fixture(scope="module")
def course_charts(repo_root) -> dict[str, dict]:
    charts.enable()
    found = dict(_committed_charts(repo_root))
    found.update(_widget_charts())
    return found


def test_every_charting_notebook_contributes_charts(course_charts, repo_root):
    """The collection is not empty by accident (e.g. a mime type renamed again)."""
    sources = {name.split(" cell ")[0] for name in course_charts if " cell " in name}
    for notebook in ("notebooks/00_start_here.ipynb", "notebooks/01_reading_the_release.ipynb",
                     "notebooks/02_charting_the_campaign.ipynb", "notebooks/03_classifying_crime_types.ipynb",
                     "notebooks/04_why_victims_under_report.ipynb", "solutions/02_charting_the_campaign.ipynb",
                     "solutions/03_classifying_crime_types.ipynb"):
        assert notebook in sources, f"no chart found in the committed outputs of {notebook}"
    assert len(course_charts) >= 25 + 9 + 1


# ----- the two compilations, and the differences that are explained ---------

# Vega-Lite 6 guards text fields in tooltips and aria descriptions against arrays
# (joins them). Same text for the scalars the course uses (checked below).
ARRAY_GUARD = re.compile(r'isArray\(datum\["([^"]+)"\]\) \? join\(datum\["\1"\], \'(?:[^\'\\]|\\.)*\'\) : ')
# Vega-Lite 6 writes timeFormat's pattern in double quotes, 5 in single quotes.
TIME_FORMAT_QUOTES = re.compile(r"timeFormat\((datum\[\"[^\"]+\"\]), '([^']*)'\)")
# Vega-Lite 6 listens to pointer events where 5 listens to mouse events; in a
# desktop browser a mouse fires both, and browsers emulate mouse events on touch.
POINTER_EVENTS = re.compile(r"\b(?:mouse|pointer)(move|over|out|down|up)\b")
# Names of data sets (data_0 / data-<hash>): names only.
DATA_NAME = re.compile(r"^data[-_][0-9a-f]+$")


def _normal_text(text: str) -> str:
    text = ARRAY_GUARD.sub("", text)
    text = TIME_FORMAT_QUOTES.sub(r'timeFormat(\1, "\2")', text)
    text = POINTER_EVENTS.sub(r"pointer\1", text)
    return DATA_NAME.sub("DATA", text)


def _normal(value):
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if k != "$schema"}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return _normal_text(value) if isinstance(value, str) else value


def _normalised(vega: dict) -> str:
    return json.dumps(_normal(vega), sort_keys=True)


def _svg(spec: dict, version: str) -> str:
    """What vl-convert draws for ``spec`` under Vega-Lite ``version``, element ids made comparable.

    Drawn once per (spec, version) in a process: the accepted chart's two drawings were made both by the comparison
    and by the check that its difference is still real, about 0.4 CPU-s each time (vl-convert lays out every mark
    and text); the same inputs give the same drawing (element ids aside, which are normalised here).
    """
    key = (json.dumps(spec, sort_keys=True), version)
    if key not in _DRAWN:
        svg = vl_convert.vegalite_to_svg(spec, vl_version=version)
        _DRAWN[key] = re.sub(r"(clip|gradient_)(\d+)", r"\1N", svg)  # element ids are numbered per compile
    return _DRAWN[key]


_DRAWN: dict[tuple[str, str], str] = {}


# Charts whose two compilations are known to draw differently, with why that is accepted.
ACCEPTED = {
    "The November operation (blue) inside the whole campaign (grey)": (
        "Vega-Lite 6 draws a bar in a row with no band scale 90% as thick as the row (27 px of 30), "
        "Vega-Lite 5 a fixed 18 px: thickness only; lengths, positions, colours and labels are the same."),
}


def _title(spec: dict) -> str:
    title = spec.get("title")
    return title.get("text", "") if isinstance(title, dict) else str(title or "")


@pytest.mark.slow  # compiles every course chart twice: `make test`, not `make check`
def test_the_vegalite5_compiler_keeps_every_course_chart(course_charts):
    """Compiled for Vega-Lite 5 (what JupyterLab draws) = compiled for Vega-Lite 6 (what Altair means)."""
    vl6 = charts.vegalite_version()
    assert vl6.startswith("6."), f"Altair writes Vega-Lite {vl6}; this test compares 5 with 6"
    problems = []
    for name, spec in course_charts.items():
        as5 = vl_convert.vegalite_to_vega(spec, vl_version=VL5)
        as6 = vl_convert.vegalite_to_vega(spec, vl_version=vl6)
        # Interactions (selections, params, hover) must compile the same, always.
        if _normalised({"signals": as5.get("signals")}) != _normalised({"signals": as6.get("signals")}):
            problems.append(f"{name}: its interactions (Vega signals) differ between Vega-Lite 5 and 6")
            continue
        if _normalised(as5) == _normalised(as6):
            continue
        # The programs differ (e.g. a transform arranged differently): what is drawn must not.
        if _svg(spec, VL5) == _svg(spec, vl6) or _title(spec) in ACCEPTED:
            continue
        problems.append(f"{name} ('{_title(spec)}'): Vega-Lite 5 draws it differently from Vega-Lite 6")
    assert not problems, "\n".join(problems)


def test_accepted_differences_are_still_real(course_charts):
    """An accepted difference that no longer exists is removed from the list (no stale excuses)."""
    titles = {_title(spec): spec for spec in course_charts.values()}
    for title in ACCEPTED:
        assert title in titles, f"accepted difference for a chart that no longer exists: {title!r}"
        spec = titles[title]
        assert _svg(spec, VL5) != _svg(spec, charts.vegalite_version()), f"no difference left for {title!r}"


def test_course_data_has_no_arrays_so_the_array_guard_changes_nothing(course_charts):
    """The ARRAY_GUARD normalisation is only sound while no chart's data holds lists."""
    for name, spec in course_charts.items():
        for rows in (spec.get("datasets") or {}).values():
            for row in rows:
                assert not any(isinstance(v, list) for v in row.values()), f"{name}: a list in {row}"


def test_the_comparison_catches_a_vegalite6_feature_that_5_drops():
    """The case that happened: axis tickMinStep is dropped by the Vega-Lite 5 compiler."""
    data = pd.DataFrame({"label": ["a", "b"], "n": [1, 2]})
    spec = alt.Chart(data).mark_bar().encode(x=alt.X("n:Q", axis=alt.Axis(tickMinStep=1)), y="label:N").to_dict()
    as5 = vl_convert.vegalite_to_vega(spec, vl_version=VL5)
    as6 = vl_convert.vegalite_to_vega(spec, vl_version=charts.vegalite_version())
    assert _normalised(as5) != _normalised(as6)
    assert _svg(spec, VL5) != _svg(spec, charts.vegalite_version())


# ----- the renderer itself ---------------------------------------------------

@pytest.fixture
def chart():
    data = pd.DataFrame({"x": ["a", "b"], "y": [1, 2]})
    return alt.Chart(data).mark_bar(tooltip=True).encode(x="x:N", y="y:Q").properties(
        title="Two bars", description="A bar chart of two made-up values.")


def _bundle(chart) -> dict:
    bundle = chart._repr_mimebundle_()
    return bundle[0] if isinstance(bundle, tuple) else bundle


def test_setup_renders_the_vegalite5_mime_type_jupyterlab_draws(chart):
    charts.enable()
    assert alt.renderers.active == charts.RENDERER_NAME
    bundle = _bundle(chart)
    assert set(bundle) == {charts.VEGALITE_V5_MIME, "text/plain"}  # light: no picture, no HTML, no script
    spec = bundle[charts.VEGALITE_V5_MIME]
    assert spec["$schema"] == charts.VEGALITE_V5_SCHEMA
    assert {k: v for k, v in spec.items() if k != "$schema"} == {
        k: v for k, v in chart.to_dict().items() if k != "$schema"}  # the spec itself is untouched
    assert len(json.dumps(bundle)) < 4000


def test_readers_without_a_renderer_read_the_title_and_description(chart):
    charts.enable()
    text = _bundle(chart)["text/plain"]
    assert text.splitlines() == ["Chart: Two bars", "A bar chart of two made-up values.",
                                 "(Open the notebook in JupyterLab to see it drawn.)"]
    assert "0x" not in text  # no object address: nbval compares it


def test_optional_static_png_sits_beside_the_spec(chart):
    try:
        charts.enable(static_png=True)
        bundle = _bundle(chart)
    finally:
        charts.enable()
    assert charts.VEGALITE_V5_MIME in bundle
    assert base64.b64decode(bundle["image/png"])[:8] == b"\x89PNG\r\n\x1a\n"
    assert set(_bundle(chart)) == {charts.VEGALITE_V5_MIME, "text/plain"}


def test_save_chart_writes_svg_and_png_with_no_browser(chart, tmp_path):
    svg = charts.save_chart(chart, tmp_path / "out" / "chart.svg")
    assert svg.read_text().lstrip().startswith("<svg") and "Two bars" in svg.read_text()
    png = charts.save_chart(chart, tmp_path / "chart.png", scale=1)
    assert png.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(ValueError, match="Save as .png or .svg"):
        charts.save_chart(chart, tmp_path / "chart.pdf")
