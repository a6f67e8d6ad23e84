"""What a student does with the widgets, in JupyterLab: move a slider, click a quiz
answer, pick a multiple-choice option, and see a check's verdict styled.

Not a test module: test_notebooks_render.py runs each lesson once in the fenced-off
browser, checks what it draws, then calls the lesson's interaction here on the same
run (``BY_NOTEBOOK``), so a lesson is never run twice in the browser."""
from __future__ import annotations

import json
import re

from . import lab
from .conftest import REPO


def _cell_index(path: str, needle: str) -> int:
    cells = json.loads((REPO / path).read_text(encoding="utf-8"))["cells"]
    return next(i for i, c in enumerate(cells) if needle in "".join(c["source"]))


def start_here_slider_choice_and_styled_verdict(lab_page, path: str):
    page = lab_page.page

    slider_cell = _cell_index(path, "wan = widgets.FloatSlider")
    lab.wait_for_output_text(page, slider_cell, "1.64万 = 16,400")
    lab.move_slider(page, "万:", 3)
    lab.wait_for_output_text(page, slider_cell, "1.67万 = 16,700")
    # yt1 reads the slider itself in the kernel: the student's move is what it judges
    yt1_cell = _cell_index(path, "yt1.check()")
    lab.cell(page, yt1_cell).locator(".jp-InputArea-editor").first.click()
    page.keyboard.press("Shift+Enter")
    lab.wait_for_output_text(page, yt1_cell, "The slider is at 1.67", timeout=30)

    # Warm-up 3: the options show their meaning; a click is what the check then judges
    choice_cell = _cell_index(path, "choice_widget(q3")
    labels = lab.cell(page, choice_cell).locator(".widget-radio-box label")
    assert "(b) cases the police solved" in labels.all_inner_texts()
    labels.filter(has_text="(b) cases the police solved").first.click()
    lab.wait_for_output_text(page, choice_cell, "Recorded counted = 'b'")
    check_cell = choice_cell + 1
    lab.cell(page, check_cell).locator(".jp-InputArea-editor").first.click()
    page.keyboard.press("Shift+Enter")
    lab.wait_for_output_text(page, check_cell, "q3: Correct", timeout=30)

    verdict = lab.cell(page, _cell_index(path, "q1.check()")).locator(".netcrime-feedback").first
    assert verdict.inner_text().startswith("q1: Not attempted yet")
    border = verdict.evaluate("el => getComputedStyle(el).borderLeftWidth")
    assert border == "6px", f"the verdict box is not styled (border-left-width {border})"


def quiz_buttons_answer_and_keep_score(lab_page, path: str):
    page = lab_page.page
    index = _cell_index(path, "QuizWidget(Quiz(")
    lab.wait_for_output_text(page, index, "Case 1 of 10")
    # The seeded first case (V095) is soft-violence debt collection.
    lab.click_button(page, 'soft-violence debt collection 网络"软暴力"催收')
    lab.wait_for_output_text(page, index, "Decisive clue")
    lab.wait_for_output_text(page, index, "Score: 1 of 1 right")
    lab.click_button(page, "Next case")
    lab.wait_for_output_text(page, index, "Case 2 of 10")
    lab.click_button(page, 'trap loans 网络"套路贷"')
    lab.wait_for_output_text(page, index, "Score: 1 of 2 right")


def simulator_slider_redraws_summary_and_chart(lab_page, path: str):
    page = lab_page.page
    index = _cell_index(path, "simulator(scenario=")
    # the menu shows the scenario the cell asked for, and every slider label is read in full
    menu = lab.cell(page, index).locator(".widget-dropdown select").first
    shown = menu.evaluate("s => s.options[s.selectedIndex].text").replace("\xa0", " ")  # ipywidgets uses nbsp
    assert shown == "real fall hidden by rising reporting"
    cut = lab.cell(page, index).locator(".widget-slider .widget-label").evaluate_all(
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
    assert not cut, f"slider labels cut off: {cut}"
    before = lab.cell_output_text(page, index)
    assert lab.cell(page, index).locator(".vega-embed svg.marks, .vega-embed canvas").count() >= 1
    lab.move_slider(page, "Share of reports recorded (%)", -5)
    after = lab.wait_for_output_text(page, index, re.compile(r"."), timeout=5)
    for _ in range(40):
        after = lab.cell_output_text(page, index)
        if after != before:
            break
        page.wait_for_timeout(250)
    assert after != before, "moving the slider did not change the simulator's summary"
    assert lab.cell(page, index).locator(".vega-embed svg.marks, .vega-embed canvas").count() >= 1


def release_comparer_flags_mismatches_refuses_then_charts(lab_page, path: str):
    from netcrime.widgets.release_compare import options

    label = dict((fid, text) for text, fid in options())
    page = lab_page.page
    index = _cell_index(path, "release_comparer(")
    lab.wait_for_output_text(page, index, "3 mismatch(es): unit, campaign, period")
    lab.click_button(page, "Chart them as a series")
    lab.wait_for_output_text(page, index, "No chart: these figures do not make a series.")
    lab.choose_option(page, "Left:", label["r2021_vicious"])
    lab.choose_option(page, "Right:", label["a2022_vicious"])
    lab.wait_for_output_text(page, index, "No blocking mismatch")
    lab.click_button(page, "Chart them as a series")
    for _ in range(40):
        if lab.cell(page, index).locator(".vega-embed svg.marks, .vega-embed canvas").count() >= 1:
            break
        page.wait_for_timeout(250)
    assert lab.cell(page, index).locator(".vega-embed svg.marks, .vega-embed canvas").count() >= 1, \
        "the comparable pair was not charted"


# The interaction each lesson is put through after its run (test_notebooks_render.py).
BY_NOTEBOOK = {
    "notebooks/00_start_here.ipynb": start_here_slider_choice_and_styled_verdict,
    "notebooks/03_classifying_crime_types.ipynb": quiz_buttons_answer_and_keep_score,
    "notebooks/04_why_victims_under_report.ipynb": simulator_slider_redraws_summary_and_chart,
    "notebooks/05_reading_across_releases.ipynb": release_comparer_flags_mismatches_refuses_then_charts,
}
