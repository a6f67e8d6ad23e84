"""Round 12 (issue #19), lesson 02: q6's sort must be the chart's own, a tooltip typed as a label is not a number
format, and the gangs (团伙) beaten as a whole are a claim."""
from __future__ import annotations

from chart_verdict import accepted  # 03 q5's words are recorded (review round 15, C2)

import warnings

import altair as alt
import pytest

from netcrime.checks import lesson02 as L
from netcrime.checks.outcome import INCORRECT, RECORDED
from claim_wordsets import named_in
from named_sets import judged, right_values
from test_chart_words_round8 import spec_for


@pytest.fixture(scope="module")
def shares():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return right_values("02")["q6"][0].data


def _share_chart(data, *, sort="-x", tooltip=None):
    return alt.Chart(data).mark_bar().encode(
        x="share:Q", y=alt.Y("measure:N", sort=sort),
        tooltip=tooltip or [alt.Tooltip("measure:N"), alt.Tooltip("share:Q", format=".1%")],
    ).properties(title="The November operation's share of each campaign total",
                 description="Bars of the November operation's share of three campaign totals.")


def test_sort_none_on_a_table_already_in_order_is_named(shares):
    outcome = judged("02", "q6", [_share_chart(shares, sort=None)])
    assert outcome.status == INCORRECT and outcome.misconception == "order_left_to_table"
    assert "sort=None on y keeps the rows' order" in outcome.message and "sort='-x'" in outcome.message


@pytest.mark.parametrize("sort", ["-x", alt.EncodingSortField("share", order="descending"),
                                  {"encoding": "x", "order": "descending"}])
def test_an_explicit_sort_largest_first_is_recorded(shares, sort):
    assert judged("02", "q6", [_share_chart(shares, sort=sort)]).status == RECORDED


def test_an_ordered_list_or_domain_says_the_order(shares):
    order = list(shares.sort_values("share", ascending=False)["measure"])
    assert judged("02", "q6", [_share_chart(shares, sort=order)]).status == RECORDED
    by_domain = _share_chart(shares, sort=None).encode(y=alt.Y("measure:N", sort=None, scale=alt.Scale(domain=order)))
    assert judged("02", "q6", [by_domain]).status == RECORDED


@pytest.mark.parametrize("kind", ["N", "O"])
def test_a_share_tooltip_typed_as_a_label_is_named_with_its_type(shares, kind):
    chart = _share_chart(shares, tooltip=[alt.Tooltip("measure:N"), alt.Tooltip(f"share:{kind}", format=".1%")])
    outcome = judged("02", "q6", [chart])
    assert outcome.status == INCORRECT and outcome.misconception == "tooltip_not_percent"
    assert f"(:{kind})" in outcome.message and "only to a quantitative field" in outcome.message


def test_a_label_typed_tooltip_told_to_format_as_a_number_is_fair(shares):
    chart = _share_chart(shares, tooltip=[alt.Tooltip("share:N", format=".1%", formatType="number")])
    assert judged("02", "q6", [chart]).status == RECORDED


@pytest.mark.parametrize("text", ["诈骗团伙遭重创", "犯罪团伙被一网打尽", "电诈团伙全军覆没", "涉网犯罪团伙纷纷瓦解"])
def test_the_gangs_beaten_as_a_whole_in_chinese_are_a_claim(text):
    found = named_in("q1", spec_for("title", text))
    assert L.CRIME_FELL.code in found and "'团伙" in found[L.CRIME_FELL.code]  # the words read are quoted


@pytest.mark.parametrize("text", ["打掉团伙1759个：警方工作量", "团伙被打掉1759个", "打掉涉网犯罪团伙1759个", "犯罪团伙遭重创133个"])
def test_gangs_counted_in_chinese_stay_police_work(text):
    assert L.CRIME_FELL.code not in named_in("q1", spec_for("title", text))


# ----- lesson 03 yt2: a count of cases is read against the cases, never the release (round 12) ----------------------

@pytest.fixture(scope="module")
def yt2_rules():
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return right_values("03")["yt2"][1]


def test_yt2_thirty_is_told_as_the_test_split_counts_it_is(yt2_rules):
    outcome = judged("03", "yt2", [30, yt2_rules])
    assert outcome.names_the_mistake and "TEST cases of other types" in outcome.message
    assert "TEST cases the pattern does not fire on" in outcome.message and outcome.message.startswith("30 ")


@pytest.mark.parametrize("value,code", [(68, "or_not_and"), (55, "fires_negated"), (15, "other_rule_counted")])
def test_yt2_conditions_joined_or_negated_are_named(yt2_rules, value, code):
    outcome = judged("03", "yt2", [value, yt2_rules])
    assert outcome.misconception == code and outcome.message.startswith(f"{value} is")


@pytest.mark.parametrize("value", [58, 133, 1759])
def test_yt2_no_release_figure_explains_a_count_of_cases(yt2_rules, value):
    outcome = judged("03", "yt2", [value, yt2_rules])
    assert not outcome.passed and "release" not in outcome.message and "gangs" not in outcome.message


def test_combined_slip_tries_no_release_figure_for_a_question_that_reads_none():
    from netcrime.checks import slips

    assert slips.combined_slip(58.0, 7.0) is not None  # every release figure tried: 7 + Guangdong's 51
    assert slips.combined_slip(58.0, 7.0, slips.no_release_figures) is None


def test_accuracy_with_the_right_labels_miscounted_by_one_is_named():
    outcome = judged("03", "q3", [13 / 36])
    assert outcome.misconception == "right_miscounted" and "13 cases labelled correctly" in outcome.message


@pytest.mark.parametrize("letter,code", [("b", "log_points_for_speed"), ("d", "log_points_for_labels")])
def test_yt6_wrong_reasons_carry_a_name(letter, code):
    outcome = judged("02", "yt6", [letter])
    assert outcome.misconception == code and outcome.names_the_mistake


@pytest.mark.parametrize("lesson,question,value,quoted", [("02", "yt2", 0.8118, "You gave 0.8118: that is a percentage"),
                                                          ("02", "yt4", 61.4, "You gave 61.4: that is the gap in weeks"),
                                                          ("04", "yt5", 12.5, "You gave 12.5: that is the rate as a")])
def test_named_slips_of_lessons_02_and_04_quote_the_students_number(lesson, question, value, quoted):
    outcome = judged(lesson, question, [value])
    assert outcome.names_the_mistake and outcome.message.startswith(quoted)


@pytest.mark.parametrize("text", ["Police busier in 2020", "More cases solved in 2020 (different periods)"])
def test_one_release_said_busier_is_a_comparison(text):
    assert L.RELEASES_TREND.code in named_in("q9", spec_for("title", text))


def test_a_domain_written_as_an_expression_cuts_the_baseline_too():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chart = right_values("02")["q5"][0]
    cut = chart.encode(y=alt.Y("index:Q", scale=alt.Scale(domainRaw={"expr": "[10, 100]"}), title="Index, peak = 100"))
    outcome = judged("02", "q5", [cut])
    assert outcome.misconception == "truncated_axis" and "starts at 10" in outcome.message
    whole = chart.encode(y=alt.Y("index:Q", scale=alt.Scale(domainRaw={"expr": "[0, 100]"}), title="Index, peak = 100"))
    assert judged("02", "q5", [whole]).status == RECORDED


@pytest.mark.parametrize("title,named", [("Online crime in China by type", True), ("Most online crime is trap loans", True),
                                         ("网络犯罪类型分布", True), ("Crime types: actual against predicted", False),
                                         ("Which crime types get mixed up", False), ("Crime types", False)])
def test_the_confusion_matrix_titled_as_counts_of_crime_is_named(title, named):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):
            matrix = right_values("03")["q5"][0]
    outcome = judged("03", "q5", [matrix.properties(title=title, description="Cells by type.")])
    if named:
        assert outcome.misconception == "matrix_as_crime_counts" and f"'{title}'" in outcome.message
    else:
        assert accepted(outcome), outcome.message
