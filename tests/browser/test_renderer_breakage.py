"""Proof that the browser suite catches what a student would see go wrong:
scratch notebooks (written into the served temporary copy, never into the
repository) that break in known ways must be reported as broken, and their
working twins as working.  Also an interaction test of a linked slider and
button, exercising the helpers that lesson tests reuse.

Two scratch notebooks, not six (round 18): every notebook the browser opens costs a kernel (its start and the
course's imports, about 1 CPU-s), JupyterLab drawing it in Chromium and the wait for it to settle. So each promise
is a cell (or a few) of one of two notebooks, checked cell by cell: the working notebook (the course renderer, a
widget that answers, written without a kernelspec so JupyterLab's "Select Kernel" dialog is accepted on the way)
and the broken one (a chart that loads from a CDN, charts nothing can draw, a widget without its model, then an
exception: last, since Run All stops there). A broken case cannot hide another: each is asserted at its own cell.
"""

from __future__ import annotations

import re

import pytest

from . import lab
from .conftest import SCRATCH

pytestmark = pytest.mark.browser

DATA = "import altair as alt, pandas as pd\ndf = pd.DataFrame({'x': [1, 2, 3, 4], 'y': [3, 1, 4, 2]})"


def scratch(lab_page, name: str, cells, **kw) -> str:
    return lab_page.server.write_notebook(f"{SCRATCH}/{name}.ipynb", lab.make_notebook(cells, **kw))


COURSE = "import netcrime\nnetcrime.setup()\n" + DATA


def _chart_pixels(page, index: int) -> str:
    """What a chart shows, as a string that changes when the drawing changes."""
    return lab.cell(page, index).locator(".vega-embed").first.evaluate(
        "e => { const c = e.querySelector('canvas'); return c ? c.toDataURL() : "
        "(e.querySelector('svg.marks') || e).outerHTML; }")


def test_course_renderer_draws_offline_keeps_interactions_and_widgets_answer(lab_page):
    """netcrime.setup()'s renderer: Altair 6 charts drawn by JupyterLab's own Vega-Lite 5 renderer, a chart inside
    an ipywidgets Output (as interactive lessons do), a tooltip on hover and a bound param slider that survive the
    Vega-Lite 5 renderer, and a linked slider and button (exercising the helpers lesson tests reuse).

    One scratch notebook for all of it (each case on its own cells, checked cell by cell), since every case passes
    and each notebook costs a kernel, the course's imports and JupyterLab drawing it."""
    path = scratch(lab_page, "course_renderer", [
        COURSE,
        "alt.Chart(df).mark_line().encode(x='x', y='y')",
        "alt.Chart(df).mark_point(tooltip=True).encode(x='x', y='y').interactive()",
        "import ipywidgets as w\nout = w.Output()\nwith out:\n"
        "    display(alt.Chart(df).mark_bar().encode(x='x:O', y='y'))\nout",
        "alt.Chart(df).mark_bar(tooltip=True).encode(x='x:O', y='y:Q').properties(width=200, height=200)",
        "cut = alt.param(name='cut', value=0, bind=alt.binding_range(min=0, max=5, step=1, name='cut '))\n"
        "alt.Chart(df).mark_bar().encode(x='x:O', y='y:Q', color=alt.condition(alt.datum.y > cut, "
        "alt.value('#D55E00'), alt.value('#0072B2'))).add_params(cut).properties(width=200, height=200)",
        lab.markdown_cell("# Interaction"),
        "level = w.IntSlider(description='level', value=3, min=0, max=10)\n"
        "shown = w.HTML('level is 3')\n"
        "level.observe(lambda ch: setattr(shown, 'value', f\"level is {ch['new']}\"), 'value')\n"
        "w.VBox([level, shown])",
        "count = w.Label('clicks: 0')\n"
        "btn = w.Button(description='Add one')\n"
        "n = [0]\n"
        "def add(_):\n"
        "    n[0] += 1\n"
        "    count.value = f'clicks: {n[0]}'\n"
        "btn.on_click(add)\n"
        "w.HBox([btn, count])",
    ], kernelspec=False)
    report = lab.run_notebook(lab_page, path)
    print(report.summary())
    assert report.ok, report.summary()
    # Four charts drawn by the Vega-Lite 5 renderer, then the one inside the Output widget (found last, as nested).
    assert [(c["cell"], c["mime"], c["rendered"]) for c in report.charts] == [
        (1, lab.VEGALITE_V5, True), (2, lab.VEGALITE_V5, True), (4, lab.VEGALITE_V5, True),
        (5, lab.VEGALITE_V5, True), (3, "nested", True)], report.summary()
    assert report.charts_expected == 5 and report.vegalite_v5_rendered == 4, report.summary()
    assert [(x["cell"], x["rendered"]) for x in report.widgets] == [(3, True), (7, True), (8, True)], report.summary()
    assert report.aborted == []
    page = lab_page.page

    # Tooltip: hover over the tallest bar (x=3, y=4), read vega-tooltip's element.
    embed = lab.cell(page, 4).locator(".vega-embed").first
    marks = embed.locator("canvas, svg.marks").first
    marks.scroll_into_view_if_needed()
    box = marks.bounding_box()
    tooltip = page.locator("#vg-tooltip-element")
    for fx in (0.625, 0.6, 0.65, 0.55):  # the third of four bands, at mid-height of the plot
        page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * 0.7)
        page.wait_for_timeout(400)
        if tooltip.count() and "visible" in (tooltip.get_attribute("class") or ""):
            break
    assert "visible" in (tooltip.get_attribute("class") or ""), "no tooltip shown on hover"
    assert re.search(r"x:\s*3\s+y:\s*4", tooltip.inner_text()), tooltip.inner_text()

    # Param slider: vega-embed draws the binding as a range input; moving it recolours bars.
    slider = lab.cell(page, 5).locator(".vega-bindings input[type=range]")
    assert slider.count() == 1, "the param's slider is not drawn"
    before = _chart_pixels(page, 5)
    slider.evaluate("e => { e.value = 3; e.dispatchEvent(new Event('input', {bubbles: true})); }")
    lab._poll(lambda: _chart_pixels(page, 5) != before or None, 10, "the chart to redraw after the slider moved")

    # A linked slider and button.
    assert "level is 3" in lab.cell_output_text(page, 7)
    assert lab.move_slider(page, "level", 2) == "5"
    lab.wait_for_output_text(page, 7, "level is 5")
    assert lab.move_slider(page, "level", -1) == "4"
    lab.wait_for_output_text(page, 7, "level is 4")
    assert lab.set_slider(page, "level", 9) == "9"
    lab.wait_for_output_text(page, 7, "level is 9")

    lab.click_button(page, "Add one")
    lab.click_button(page, "Add one")
    lab.wait_for_output_text(page, 8, re.compile(r"clicks: 2\b"))
    assert lab_page.aborted == []


# The broken notebook's cells: each case at its own index (asserted by index below), the exception last.
GOOD_SPEC = ("{'data': {'values': [{'a': 1}, {'a': 2}]}, 'mark': 'bar', "
             "'encoding': {'x': {'field': 'a', 'type': 'quantitative'}}}")
BROKEN = [
    f"spec = {GOOD_SPEC}\n" + DATA,  # 0
    # 1: Altair 6's own "mimetype" renderer: Vega-Lite 6 under application/vnd.vegalite.v6.json (JupyterLab 4 has no
    # renderer for it)
    "alt.renderers.enable('mimetype')\nalt.Chart(df).mark_bar().encode(x='x:O', y='y')",
    "display({'application/vnd.vegalite.v6+json': spec, 'text/plain': '<VegaLite 6 chart>'}, raw=True)",  # 2
    "display({'application/vnd.vegalite.v5+json': {'mark': {'type': 'no-such-mark'}}, 'text/plain': '<bad>'}, raw=True)",
    "display({'application/vnd.vegalite.v5+json': spec, 'text/plain': '<good>'}, raw=True)",  # 4: the working twin
    # 5: Altair's default HTML renderer loads vega from jsDelivr: offline the student sees "Error loading script"
    "alt.renderers.enable('html')\nalt.Chart(df).mark_line().encode(x='x', y='y')",
    "import ipywidgets as w\nw.IntSlider(description='n', value=3)",  # 6: a widget that draws
    # 7: a widget output whose model does not exist: "Loading widget..." / error
    "display({'application/vnd.jupyter.widget-view+json': {'model_id': 'no-such-model', "
    "'version_major': 2, 'version_minor': 0}, 'text/plain': 'widget'}, raw=True)",
    "import sys, warnings\nprint('just a note', file=sys.stderr)\nwarnings.warn('a warning')",  # 8: not errors
    "x = 1",  # 9
    "raise ValueError('boom in the lesson')",  # 10
    "y = 2",  # 11: never run
]
MIMETYPE, V6_PLUS, BAD_V5, GOOD_V5, CDN, SLIDER, NO_MODEL, STDERR, RAISES, AFTER = 1, 2, 3, 4, 5, 6, 7, 8, 10, 11


def test_what_a_student_would_see_go_wrong_is_caught(lab_page):
    """Each broken case is reported at its own cell, its working twin as working, and the notebook as not ok:
    a chart loading from a CDN (blocked: not drawn, the request recorded), Altair 6's own "mimetype" output and a
    Vega-Lite 6 "+json" spelling (expected and NOT drawn), an invalid spec (not drawn) beside a valid one (drawn),
    a widget whose model is missing beside one that draws, and an exception (one error at its cell, the cells after
    it not run) after a cell that writes to stderr and warns (neither an error)."""
    path = scratch(lab_page, "broken", BROKEN)
    lab.open_notebook(lab_page, path)
    lab.clear_all_outputs(lab_page, path)
    lab.run_all_cells(lab_page, path)
    report = lab.collect_report(lab_page, path, settle=8)
    print(report.summary())
    charts = {c["cell"]: c for c in report.charts}
    assert [(cell, c["mime"], c["rendered"]) for cell, c in sorted(charts.items()) if cell != CDN] == [
        (MIMETYPE, "application/vnd.vegalite.v6.json", False),
        (V6_PLUS, "application/vnd.vegalite.v6+json", False),
        (BAD_V5, lab.VEGALITE_V5, False),
        (GOOD_V5, lab.VEGALITE_V5, True),
    ], report.summary()
    # The CDN chart: expected, not drawn, "Error loading script", and its request blocked and recorded.
    assert len(report.charts) == 5 and not charts[CDN]["rendered"], report.summary()
    assert charts[CDN]["state"] == "error"
    assert "Error loading script" in charts[CDN]["problem"]
    assert any("cdn.jsdelivr.net" in u for u in report.aborted), report.aborted
    assert report.outside_requests
    # The widgets: the slider drawn, the missing model not.
    assert [(x["cell"], x["rendered"]) for x in report.widgets] == [(SLIDER, True), (NO_MODEL, False)], report.summary()
    assert lab_page.page.locator(f"{lab.PANEL} .widget-slider .noUi-handle").count() == 1
    # The exception: one error, at its cell; stderr and a warning are not errors; the cell after it never ran.
    assert len(report.errors) == 1, report.summary()
    err = report.errors[0]
    assert (err["cell"], err["ename"], err["evalue"]) == (RAISES, "ValueError", "boom in the lesson")
    assert "Traceback" in err["traceback"] or "ValueError" in err["traceback"]
    assert report.not_executed == [AFTER]
    assert STDERR not in {e["cell"] for e in report.errors}
    assert not report.ok
