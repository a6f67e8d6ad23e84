"""Round 15 (issue #19), lessons 02, 03 and 04: each class of wrong answer still accepted, with the rule that was
missing, tried on more than one phrasing, and the fair answers beside it that must stay accepted."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson02 as L2
from netcrime.checks import worked
from netcrime.checks.outcome import RECORDED
from netcrime.checks.vegalite import ChartSpec


def _worded(qid: str, title: str, description: str, worked_as: str | None = None):
    """Lesson 02's worked chart for ``qid`` (or ``worked_as``'s) with the words given, judged as the grader decodes it."""
    spec = worked.answers("02")[worked_as or qid][0].to_dict(validate=False)
    return getattr(L2, qid).judge_values([ChartSpec({**spec, "title": title, "description": description})])


# ----- negated existence: "No online gangs remain" is a claim of eradication ------------------------------------
NONE_LEFT = ["No online gangs remain", "No online gang is left", "Online gangs: none left", "None left",
             "Zero gangs", "Zero online gangs after the campaign", "Not a single gang remains",
             "Nothing is left of the online gangs", "There are no more online gangs", "There are no online gangs",
             "There are no longer any trap-loan lenders", "No trap-loan lenders remain", "Gangs remaining: 0",
             "No scammers left online", "No online fraud remains", "No lenders are active any more",
             "再也没有网络黑恶团伙了", "没有网络犯罪团伙了", "网络黑恶团伙再无", "再无套路贷平台", "团伙清零",
             "黑恶势力已不复存在", "Online gangs no longer exist", "Online gangs have ceased to exist",
             "网络黑恶团伙已经没有了", "trap loans barely exist any more", "Online gangs hardly remain"]


@pytest.mark.parametrize("phrase", NONE_LEFT)
def test_negated_existence_is_read_as_none_left(phrase):
    words = L2.NONE_LEFT.find(phrase)
    assert words and words in phrase


@pytest.mark.parametrize("phrase", [
    "No figure for gangs remaining is given", "The release does not say whether any remain",
    "The release does not say how many gangs remain", "No count of the gangs left is given",
    "Gangs broken up, not gangs remaining", "None of these figures says how many gangs remain",
    "Whether any online gangs remain is unknown", "It is not true that no gangs remain",
    "No gang is left out of the count", "Zero gangs broken up in Tibet? Not reported",
    "No crime figures remain in the release", "Nothing is left out", "No gangs remain? The release cannot say",
    "Gangs broken up: 1,759; none left out", "Nobody knows whether any gangs remain",
    "通报没有给出剩余团伙的数量", "是否还有团伙，通报没有说", "打掉团伙1759个，不等于没有团伙了",
    "Whether online gangs no longer exist is unknown", "通报没有说团伙是否没有了",
    "Online fraud: nothing in these counts measures it", "Online gangs - none of these bars counts them",
    "Online crime: none of this measures it", "Gangs: none named outside four examples"])
def test_a_missing_figure_or_a_denied_eradication_is_not_none_left(phrase):
    assert not L2.NONE_LEFT.find(phrase)


@pytest.mark.parametrize("qid, worked_as", [("q1", None), ("q2", None), ("q5", None), ("yt5", "q5"), ("q9", None)])
def test_every_chart_question_names_none_left(qid, worked_as):
    outcome = _worded(qid, "No online gangs remain", "Counts of police work; 2019 peak = 100 where an index.",
                      worked_as)
    assert outcome.misconception == "activity_as_none_left", outcome.message
    assert "'No online gangs remain'" in outcome.message and "how many are left" in outcome.message


def test_02_q1_a_hedged_title_about_what_remains_is_recorded():
    outcome = _worded("q1", "Campaign totals: no figure for gangs remaining is given",
                      "Five counts of police work, one panel per unit; the release does not say whether any remain.")
    assert outcome.status == RECORDED, outcome.message


# ----- 02 your turn 8: a widget control of the student's own (objective o6) -----------------------------------
@pytest.fixture(scope="module")
def control_parts():
    """The lesson's names yt8 uses, and its worked function (run from the question's own solution)."""
    import altair as alt
    import ipywidgets as widgets
    import pandas as pd

    decline = pd.DataFrame({"when": ["2019 peak", "reported 24 Dec 2020"], "index": [100, 14]})
    namespace = dict(alt=alt, widgets=widgets, decline=decline)
    exec(L2.yt8.solution_code, namespace)
    return alt, widgets, decline, namespace["decline_view"]


def _yt8(value):
    return L2.yt8.judge_values([value])


def test_yt8_fair_controls_are_accepted(control_parts):
    alt, widgets, _decline, view = control_parts
    fair = [widgets.interactive(view, scale=["linear", "log"]),
            widgets.interactive(view, scale=widgets.ToggleButtons(options=[("Linear", "linear"), ("Log", "log")])),
            widgets.interactive(lambda log=False: view("log" if log else "linear"), log=False),  # a checkbox "log"
            widgets.interactive(view, scale=widgets.RadioButtons(options=["linear", "log"]))]
    for control in fair:
        outcome = _yt8(control)
        assert outcome.passed, outcome.message

    def view_again(scale):  # interact sets .widget on the function it is given: not on the shared worked one
        return view(scale)

    assert _yt8(widgets.interact(view_again, scale=["linear", "log"])).passed  # interact returns the function


def test_yt8_names_each_plausible_mistake(control_parts):
    alt, widgets, decline, view = control_parts

    def bars(scale):
        return alt.Chart(decline).mark_bar().encode(x="when:N", y=alt.Y("index:Q", scale=alt.Scale(type=scale))) \
            .properties(title="Suspected trap-loan institutions (index)", description="Index, 2019 peak = 100.")

    def same(scale):
        return view("linear")

    def all_log(scale):
        return view("log")

    def shows_only(scale):
        view(scale)  # drawn, never returned

    def raises(scale):
        return view(scale) if scale == "linear" else view.undefined

    def crime_fell(scale):
        return view(scale).properties(title="Trap-loan crime down 86%")

    def cut(scale):
        return view(scale).encode(y=alt.Y("index:Q", scale=alt.Scale(zero=False))) if scale == "linear" else view(scale)

    def line(scale):
        return view(scale).mark_line() if scale == "log" else view(scale)

    cases = [(view("linear"), "chart_not_control"), (view, "function_not_control"),
             (widgets.interactive(view, scale="linear"), "control_offers_one_view"),
             (widgets.interactive(view, scale=widgets.fixed("log")), "control_offers_one_view"),
             (widgets.interactive(view, scale=["log"]), "control_offers_one_view"),
             (widgets.interactive(bars, scale=["linear", "log"]), "bars_on_log_scale"),
             (widgets.interactive(same, scale=["linear", "log"]), "scale_not_applied"),
             (widgets.interactive(all_log, scale=["linear", "log"]), "no_linear_view"),
             (widgets.interactive(shows_only, scale=["linear", "log"]), "view_not_a_chart"),
             (widgets.interactive(raises, scale=["linear", "log"]), "view_not_a_chart"),
             (widgets.interactive(crime_fell, scale=["linear", "log"]), L2.CRIME_FELL.code),
             (widgets.interactive(cut, scale=["linear", "log"]), "truncated_axis"),
             (widgets.interactive(line, scale=["linear", "log"]), "wrong_mark")]
    for value, code in cases:
        outcome = _yt8(value)
        assert not outcome.passed and outcome.misconception == code, (code, outcome.message)
        assert code in L2.yt8.misconceptions


@pytest.mark.slow  # the endless call runs for the checker's whole time limit: `make test`
def test_yt8_a_function_that_never_returns_is_stopped_and_named(control_parts):
    _alt, widgets, _decline, view = control_parts

    def hangs(scale):
        if scale == "log":
            while True:
                pass
        return view(scale)

    outcome = _yt8(widgets.interactive(hangs, scale=["linear", "log"]))
    assert outcome.misconception == "function_never_returned" and "('scale', 'log')" in outcome.message


# ----- 02 your turn 9: a chart exported as a picture, with no browser (objective o6) ------------------------------
@pytest.fixture(scope="module")
def units_charts():
    """Section 1's panels as the lesson draws them, and another chart of the same data."""
    import altair as alt

    from netcrime.widgets.chart_controls import family_table

    table = family_table("gangs").head(3).assign(unit="gangs")
    units = alt.Chart(table).mark_bar().encode(x="value:Q", y="label:N", row="unit:N").resolve_scale(
        x="independent", y="independent").properties(title="The campaign's totals, one panel per unit",
                                                     description="One panel per unit.")
    return units, units.properties(title="Gangs broken up, as reported", width=600)


def _yt9(path, units):
    return L2.yt9.judge_values([path, units])


def test_yt9_a_png_or_an_svg_of_the_chart_is_accepted_however_the_path_is_given(units_charts, tmp_path):
    from netcrime.charts import save_chart

    units, _other = units_charts
    png = save_chart(units, tmp_path / "units.png")
    for given in (png, str(png), save_chart(units, tmp_path / "units.svg")):
        outcome = _yt9(given, units)
        assert outcome.passed, outcome.message
    units.save(str(tmp_path / "plain.png"))  # Altair's own save, at its own scale: the same picture
    assert _yt9(tmp_path / "plain.png", units).passed
    assert "PNG of units_chart" in _yt9(png, units).message


def test_yt9_names_each_plausible_mistake(units_charts, tmp_path):
    from netcrime.charts import save_chart

    units, other = units_charts
    units.save(str(tmp_path / "page.html"))
    units.save(str(tmp_path / "spec.json"))
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "page.png").write_bytes((tmp_path / "page.html").read_bytes())  # a web page named .png
    cases = [(tmp_path / "never.png", "file_never_written"), (None, "save_returns_nothing"), (units, "chart_not_file"),
             (tmp_path / "page.html", "exported_html"), (tmp_path / "page.png", "exported_html"),
             (tmp_path / "spec.json", "exported_spec"), (tmp_path / "empty.png", "not_an_image"),
             (save_chart(other, tmp_path / "other.svg"), "exported_another_chart"),
             (save_chart(other, tmp_path / "other.png"), "exported_another_chart")]
    for given, code in cases:
        outcome = _yt9(given, units)
        assert not outcome.passed and outcome.misconception == code, (given, outcome.message)
        assert code in L2.yt9.misconceptions
    assert "'Gangs broken up, as reported'" in _yt9(tmp_path / "other.svg", units).message


def test_yt9_a_folder_or_an_impossible_name_is_a_sentence_not_a_traceback(units_charts, tmp_path):
    units, _other = units_charts
    for given in (tmp_path, "a\x00b.png", "x" * 5000, 12):
        outcome = _yt9(given, units)
        assert not outcome.passed and "could not judge" not in outcome.message, outcome.message


# ----- review round 15, C1: the overclaims the reader missed, as classes -----------------------------------------
def test_c1_the_reviewers_negated_existence_titles_are_named():
    for title in ("After the campaign, no online gangs remain", "Nothing remains of the online gangs: campaign totals"):
        outcome = _worded("q1", title, "Five counts of police work, one panel per unit.")
        assert outcome.misconception == "activity_as_none_left", outcome.message


@pytest.mark.parametrize("phrase", ["Jiangsu, the most dangerous province? Four examples the ministry chose",
                                    "Is Jiangsu the most dangerous province?", "Jiangsu: China's most dangerous province?",
                                    "Guangxi, the safest region?", "Guangxi, the weakest link?"])
def test_c1_a_superlative_on_one_example_asked_in_a_headline_is_a_ranking(phrase):
    assert L2.RANKED.find(phrase)


@pytest.mark.parametrize("phrase", ["Is Jiangsu the most dangerous province? These examples cannot say",
                                    "Which is the most dangerous province? The release does not rank them",
                                    "Four examples the ministry chose, not a ranking",
                                    "Is Jiangsu the largest example? Each counts a different operation"])
def test_c1_a_superlative_question_answered_by_a_denial_is_fair(phrase):
    assert not L2.RANKED.find(phrase)


def test_c1_02_q3_the_most_dangerous_province_is_named():
    outcome = _worded("q3", "Jiangsu, the most dangerous province? Four examples the ministry chose",
                      "Gangs broken up in four examples the ministry chose, each from one operation: not a ranking.")
    assert outcome.misconception == L2.RANKED.code, outcome.message


@pytest.mark.parametrize("phrase", ["阻止了300万起犯罪", "防止了大量诈骗", "避免了上万起案件发生", "制止了近百万起网络诈骗",
                                    "减少了300万起犯罪"])
def test_c1_crimes_prevented_in_chinese_are_a_fall_in_crime(phrase):
    assert L2.CRIME_FELL.find(phrase)


@pytest.mark.parametrize("phrase", ["预防犯罪的提醒300万条", "防范诈骗提醒", "防止诈骗的提醒", "拦截诈骗信息300万条",
                                    "不能说阻止了300万起犯罪"])
def test_c1_prevention_work_named_in_chinese_is_not_a_claim(phrase):
    assert not L2.CRIME_FELL.find(phrase)


def test_c1_02_yt1_a_chinese_title_of_crimes_prevented_is_named():
    from netcrime.checks import worked as w

    spec = w.in_lesson("02")["yt1"].values[0]
    chart = spec.properties(title="阻止了300万起犯罪")
    outcome = L2.yt1.judge_values([chart])
    assert outcome.misconception == L2.CRIME_FELL.code, outcome.message


# ----- C3 and C4: 02 yt2 as the lesson rounds it, and the two operations taken as the whole -----------------------
def test_c3_02_yt2_the_share_rounded_as_the_lesson_writes_it_is_accepted():
    outcome = L2.yt2.judge_values([0.008])
    assert outcome.passed and "0.0081" in outcome.message
    assert L2.yt2.judge_values([0.01]).misconception == "rounded_too_far"


def test_c4_02_yt2_the_two_operations_as_the_whole_is_named():
    from netcrime import data

    july, november = data.figure("july_suspects_apprehended"), data.figure("november_suspects_apprehended")
    for given in (july / (july + november), round(july / (july + november), 4)):
        assert L2.yt2.judge_values([given]).misconception == "operations_as_whole"


# ----- teaching review: 03 yt4's answer was printed in the cell right after its check ------------------------------
def test_03_yt4_the_answer_after_the_check_is_collapsed_until_opened():
    import re

    import nbformat

    from netcrime.paths import repo_root

    nb = nbformat.read(repo_root() / "notebooks/03_classifying_crime_types.ipynb", as_version=4)
    at = next(i for i, cell in enumerate(nb.cells) if "yt4.check()" in cell.source)
    after = nb.cells[at + 1].source
    shown = re.sub(r"<details>.*?</details>", "", after, flags=re.S)
    assert "particular training cases" in after and "particular training cases" not in shown
    assert "overfitting" not in shown.lower().split("## 6.")[0]


# ----- C4: 04 q10, the counts' labels given as an Index -----------------------------------------------------------
def test_c4_04_q10_an_index_of_labels_is_named_with_the_fix():
    from netcrime.checks import lesson04 as L4

    calls = L4.helpline_calls()
    counts = calls[calls["crime_type"] == L4.HELPLINE_CRIME]["category"].value_counts()
    top_count = int(counts.iloc[0])
    one = L4.q10.judge_values([counts.index[:1], top_count])
    assert one.misconception == "one_value_in_a_series" and ".index[0]" in one.message and "a Index" not in one.message
    several = L4.q10.judge_values([counts.index, top_count])
    assert several.misconception == "labels_not_label" and "labels_not_label" in L4.q10.misconceptions
    assert L4.q10.judge_values([counts.idxmax(), top_count]).passed
    # the labels as an array (.index.values), one or several, are the same class
    assert L4.q10.judge_values([counts.index.values[:1], top_count]).misconception == "one_value_in_a_series"
    assert L4.q10.judge_values([counts.index.values, top_count]).misconception == "labels_not_label"


# ----- C5: 04 q4 and q5, a right run whose rows are in another order -----------------------------------------------
@pytest.mark.parametrize("qid", ["q4", "q5"])
def test_c5_04_a_simulation_sorted_otherwise_is_read_in_month_order(qid):
    from netcrime.checks import lesson04 as L4

    right = worked.answers("04")[qid]
    for reordered in (right[0].sort_values("month", ascending=False), right[0].sample(frac=1, random_state=3)):
        outcome = getattr(L4, qid).judge_values([reordered, *right[1:]])
        assert outcome.passed and "month order" in outcome.message, outcome.message
    assert "month order" not in getattr(L4, qid).judge_values(right).message
    # a wrong run stays wrong in any order: the truth kept flat
    flat = right[0].assign(true=float(right[0]["true"].iloc[0]))
    assert not getattr(L4, qid).judge_values([flat.iloc[::-1], *right[1:]]).passed


# ----- C2: 03 q5's words are recorded, never Correct; a flawless baseline is named ------------------------------
def _matrix(description: str):
    from netcrime.checks import lesson03 as L3

    right = worked.answers("03")["q5"][0]
    return L3.q5.judge_values([right.properties(description=description)])


@pytest.mark.parametrize("description", ["Confusion matrix: the baseline is perfect on the test split.",
                                         "Confusion matrix: none of the test cases is misclassified.",
                                         "No mistakes on the test split.", "Every test case classified correctly.",
                                         "混淆矩阵：零错误。"])
def test_c2_03_q5_a_flawless_baseline_is_named(description):
    outcome = _matrix(description)
    assert outcome.misconception == "baseline_as_accurate", outcome.message


@pytest.mark.parametrize("description", ["Keyword baseline on the test split: actual against predicted type.",
                                         "The baseline is not perfect: the cells off the diagonal are its mistakes.",
                                         "A perfect classifier would fill only the diagonal; this one does not."])
def test_c2_03_q5_words_it_does_not_recognise_are_recorded_with_the_form_credited(description):
    outcome = _matrix(description)
    assert outcome.status == RECORDED and description[:30] in outcome.message, outcome.message
    assert [passed for _name, _points, passed in outcome.parts] == [True, False]


def test_c2_03_q5_has_a_rubric_and_collects_the_words():
    from netcrime.checks import lesson03 as L3

    assert L3.q5.rubric and L3.q5.answer_text is not None and sum(p.points for p in L3.q5.parts) == L3.q5.points == 1


# ----- C6: 02 yt7, a selection by a field that picks the same bars as `label` -----------------------------------
def test_c6_02_yt7_a_selection_by_a_field_one_to_one_with_label_is_fair_and_one_by_unit_is_named():
    import altair as alt

    base = worked.answers("02")["q1"][0]

    def clicked(fields):
        picked = alt.selection_point(fields=fields)
        return L2.yt7.judge_values([base.add_params(picked).encode(
            opacity=alt.condition(picked, alt.value(1), alt.value(0.3)))])

    for fields in (["label"], ["id"], ["label", "unit"]):
        assert clicked(fields).passed, fields
    assert clicked(["unit"]).misconception == "selection_on_other_field"
    bound = alt.selection_point(fields=["label"], bind=alt.binding_select(options=list(base.data["label"])))
    outcome = L2.yt7.judge_values([base.add_params(bound).encode(opacity=alt.condition(bound, alt.value(1),
                                                                                        alt.value(0.3)))])
    assert outcome.misconception == "widget_not_click"  # as the guide now says


# ----- C4: 03 q4, the confusion table of one side of the diagonal ------------------------------------------------
def test_c4_03_q4_the_diagonal_only_and_the_mistakes_only_are_named():
    import numpy as np

    from netcrime.checks import lesson03 as L3

    right = worked.answers("03")["q4"][0]
    on = np.array([[actual == predicted for predicted in right.columns] for actual in right.index])
    diagonal_only = right.where(on, 0)
    mistakes_only = right.where(~on, 0)
    for table, code in ((diagonal_only, "diagonal_only"), (mistakes_only, "mistakes_only")):
        outcome = L3.q4.judge_values([table])
        assert outcome.misconception == code and code in L3.q4.misconceptions, outcome.message
    assert L3.q4.judge_values([right]).passed


# ----- teaching review: 03 o1's clearer English names, assessed by 03 yt6 -----------------------------------------
@pytest.mark.parametrize("names", [("paid trolls", "sextortion", "malicious compensation claims"),
                                   ("hired trolls stirring up trouble", "blackmail with intimate videos",
                                    "bad-faith compensation claims"),
                                   ("paid_trolls", "sextortion", "malicious_claim"),  # the codes: the same types
                                   ("Paid posters", "Blackmail over nude video chats", "fake consumer complaints"),
                                   ("Trolls for hire", "revenge porn threats", "bogus compensation claims"),
                                   ("water army (paid trolls)", "blackmail using naked chat videos",
                                    "malicious refund demands")])
def test_03_yt6_fair_clearer_names_are_accepted(names):
    from netcrime.checks import lesson03 as L3

    outcome = L3.yt6.judge_values([dict(zip(L3.YT6_PHRASES, names))])
    assert outcome.passed, outcome.message


def test_03_yt6_is_declared_against_o1():
    from netcrime.checks.objectives import ASSESSES

    assert ASSESSES["03"]["yt6"] == "o1"


@pytest.mark.parametrize("phrase", ["100% accuracy on the test split", "Keyword baseline: 100% accurate",
                                    "The keyword rules are never wrong", "Every prediction is correct",
                                    "A perfect score for the baseline", "The baseline never misses",
                                    "The baseline makes no errors", "Zero misclassifications"])
def test_c2_a_flawless_baseline_however_said_is_read(phrase):
    from netcrime.checks import lesson03 as L3

    assert L3.BASELINE_FLAWLESS.find(phrase)


@pytest.mark.parametrize("phrase", ["The baseline is far from 100% accurate", "Accuracy: 33%, far below 100% accuracy",
                                    "Not every prediction is correct", "The baseline is not 100% accurate",
                                    "Cells off the diagonal are misclassifications",
                                    "Only a third of the cases are labelled correctly"])
def test_c2_a_baseline_said_short_of_flawless_is_fair(phrase):
    from netcrime.checks import lesson03 as L3

    assert not L3.BASELINE_FLAWLESS.find(phrase) and not L3.BASELINE_ACCURATE.find(phrase)
