"""Lesson 02: what a chart DRAWS, not only how it is encoded (issue #19, review round 4 E-L2-2..7, M-L2-1/2).

Every chart question checks that the chart draws every figure it asks for (named when missing), that
the drawn quantity is the figure itself (a calculate that shifts every bar cuts the baseline), that q3's
examples are not ranked by any means (sorted table, rank colour, highlight, '#1'), that q4 has its text
layer and its words read, that q9 accepts any honest mark, and that q2/q6 verdicts say what is true of
the student's chart. Charts are built here with Altair and judged from their spec: no kernel.
"""
from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from netcrime import data
from netcrime.checks import lesson02 as L
from chart_verdict import accepted
from netcrime.checks import vegalite as engine
from netcrime.checks.vegalite import ChartSpec
from netcrime.checks.chart_rows import Unfollowable, apply_transforms, evaluate


@pytest.fixture(scope="module")
def t():
    figures = data.release_figures()
    suspects = figures[figures["id"].isin(L.SUSPECT_IDS)][["id", "value"]].rename(columns={"id": "label"})
    provinces = figures[figures["id"].isin(L.province_ids())][["id", "value"]].rename(columns={"id": "example"})
    shares = pd.DataFrame([{"measure": m, "share": data.figure(p) / data.figure(w)} for m, p, w in L.SHARE_PARTS])
    headline = figures[figures["id"].isin(L.HEADLINE_IDS)][["id", "value", "unit"]].rename(columns={"id": "label"})
    milestones = data.milestones()[["date", "id"]].rename(columns={"id": "label"})
    decline = pd.DataFrame({"when": ["2019 peak", "reported 24 Dec 2020"], "index": [100, L.decline_index()]})
    return dict(suspects=suspects, provinces=provinces, shares=shares, headline=headline, milestones=milestones,
                decline=decline, releases=L.releases_table())


WORDS = {
    "q1": ("The campaign's totals, one panel per unit", "Gangs, suspects, cases and yuan, each on its own scale."),
    "q2": ("Most apprehended suspects were then detained", "Detained drawn inside apprehended."),
    "q3": ("Gangs broken up: examples the ministry chose, not a ranking", "Each from a different operation."),
    "q4": ("The campaign's milestones", "Timeline from October 2019 to December 2020."),
    "q5": ("Suspected trap-loan institutions, index", "Index bars, 2019 peak = 100."),
    "q6": ("The November operation: a small part of each total", "Shares of the campaign totals."),
    "q9": ("Cases solved in two releases", "Different periods and campaigns: not a trend."),
}


def judge(qid, chart):
    title, description = WORDS[qid]
    spec = ChartSpec(chart.properties(title=title, description=description).to_dict(validate=False))  # as the grader decodes it
    return getattr(L, qid).judge_values([spec])


def tooltip():
    return [alt.Tooltip("share:Q", format=".1%")]


def good(t, qid):
    return {
        "q1": lambda: alt.Chart(t["headline"]).mark_bar().encode(x="value:Q", y="label:N", row="unit:N")
        .resolve_scale(x="independent", y="independent"),
        "q2": lambda: alt.Chart(t["suspects"]).mark_bar().encode(x=alt.X("value:Q", stack=None), color="label:N"),
        "q3": lambda: alt.Chart(t["provinces"]).mark_bar().encode(x="value:Q", y=alt.Y("example:N", sort=None)),
        "q5": lambda: alt.Chart(t["decline"]).mark_bar().encode(x=alt.X("when:N", sort=None), y="index:Q"),
        "q6": lambda: alt.Chart(t["shares"]).mark_bar().encode(x="share:Q", y=alt.Y("measure:N", sort="-x"),
                                                             tooltip=tooltip()),
        "q9": lambda: alt.Chart(t["releases"]).mark_bar().encode(x="release:N", y="cases:Q"),
    }[qid]()


TABLE = {"q1": "headline", "q2": "suspects", "q3": "provinces", "q5": "decline", "q6": "shares", "q9": "releases"}


# ----- E-L2-2: every row the question asks for is drawn, and a missing one is named --------

@pytest.mark.parametrize("qid", list(TABLE))
def test_the_fair_chart_passes_and_a_chart_missing_its_last_row_is_named(t, qid):
    assert accepted(judge(qid, good(t, qid))), judge(qid, good(t, qid)).message
    chart = good(t, qid)
    chart.data = t[TABLE[qid]].iloc[:-1]
    outcome = judge(qid, chart)
    assert outcome.misconception == engine.MISSING_ROWS, outcome.message
    assert "leaves out 1 of" in outcome.message


def test_missing_rows_through_a_filter_are_named_by_label(t):
    filtered = good(t, "q2").transform_filter(alt.datum.value > 16500)
    outcome = judge("q2", filtered)
    assert outcome.misconception == engine.MISSING_ROWS and "suspects_detained (16,400)" in outcome.message
    one_of = good(t, "q9").transform_filter(alt.FieldOneOfPredicate("release", [t["releases"]["release"][0]]))
    assert judge("q9", one_of).misconception == engine.MISSING_ROWS
    both_kept = good(t, "q2").transform_filter("datum.value > 0 && datum.label != 'x'")
    assert accepted(judge("q2", both_kept))


def test_a_timeline_missing_milestones_names_them(t):
    base = alt.Chart(t["milestones"].iloc[:5]).encode(x="date:T")
    outcome = judge("q4", base.mark_point() + base.mark_text().encode(text="label:N"))
    assert outcome.misconception == engine.MISSING_ROWS and "press_conference" in outcome.message


# ----- E-L2-3: the drawn quantity must be the figure itself --------------------------------

def test_a_calculate_that_shifts_every_figure_cuts_the_baseline(t):
    shifted = good(t, "q2").transform_calculate(value="datum.value - 15000")
    outcome = judge("q2", shifted)
    assert outcome.misconception == engine.TRUNCATED_AXIS and "minus 15,000" in outcome.message
    shifted5 = good(t, "q5").transform_calculate(index="datum.index - 10")
    assert judge("q5", shifted5).misconception == engine.TRUNCATED_AXIS


def test_another_quantity_is_named_and_a_rescaling_is_fair(t):
    squared = good(t, "q9").transform_calculate(cases="datum.cases * datum.cases")
    assert judge("q9", squared).misconception == engine.FIGURES_CHANGED
    # A share drawn as a percentage keeps every bar's proportion: fair.
    as_percent = alt.Chart(t["shares"].assign(share=t["shares"]["share"] * 100)).mark_bar().encode(
        x="share:Q", y=alt.Y("measure:N", sort="-x"), tooltip=[alt.Tooltip("share:Q", format=".1f")])
    assert accepted(judge("q6", as_percent))


@pytest.mark.parametrize("cut", [
    lambda c: c.configure_scale(zero=False),
    lambda c: c.encode(x=alt.X("value:Q", scale=alt.Scale(domain=[5, 60]))),
    lambda c: c.encode(x2=alt.value(40)),
])
def test_a_baseline_cut_by_config_domain_or_pixels_is_caught(t, cut):
    assert judge("q3", cut(good(t, "q3"))).misconception == engine.TRUNCATED_AXIS


def test_the_cut_domain_message_prints_a_share_as_a_share(t):
    cut = good(t, "q6").encode(x=alt.X("share:Q", scale=alt.Scale(domain=[0, 0.005], clamp=True)))
    outcome = judge("q6", cut)
    assert outcome.misconception == engine.TRUNCATED_AXIS
    assert "(0.0756)" in outcome.message and "(0)" not in outcome.message


# ----- E-L2-7: q3's examples ranked by any means -------------------------------------------

def test_a_ranking_by_data_order_colour_or_highlight_is_a_league_table(t):
    p = t["provinces"]
    bar = alt.Chart(p).mark_bar()
    ranked = {
        "pre-sorted table": alt.Chart(p.sort_values("value", ascending=False)).mark_bar().encode(
            x="value:Q", y=alt.Y("example:N", sort=None)),
        "ascending table": alt.Chart(p.sort_values("value")).mark_bar().encode(
            x="value:Q", y=alt.Y("example:N", sort=None)),
        "list by value": bar.encode(x="value:Q", y=alt.Y("example:N", sort=list(
            p.sort_values("value", ascending=False)["example"]))),
        "rank colour": bar.transform_window(rank="rank()", sort=[alt.SortField("value", order="descending")])
        .encode(x="value:Q", y=alt.Y("example:N", sort=None), color="rank:O"),
        "highlight": bar.encode(x="value:Q", y=alt.Y("example:N", sort=None),
                                color=alt.condition(alt.datum.value == 57, alt.value("red"), alt.value("grey"))),
        "highlight by name": bar.encode(x="value:Q", y=alt.Y("example:N", sort=None), color=alt.condition(
            alt.datum.example == "jiangsu_gangs_eliminated", alt.value("red"), alt.value("grey"))),
        "colour by value": bar.encode(x="value:Q", y=alt.Y("example:N", sort=None), color="value:Q"),
        "top bar layered again": bar.encode(x="value:Q", y=alt.Y("example:N", sort=None))
        + alt.Chart(p[p["value"] == p["value"].max()]).mark_bar(color="red").encode(
            x="value:Q", y=alt.Y("example:N", sort=None)),
        "#1 label": bar.encode(x="value:Q", y=alt.Y("example:N", sort=None))
        + alt.Chart(p.head(1)).mark_text(text="#1").encode(x="value:Q", y=alt.Y("example:N", sort=None)),
    }
    for name, chart in ranked.items():
        outcome = judge("q3", chart)
        assert outcome.misconception == L.LEAGUE_TABLE, (name, outcome.message)
    assert "sort=None keeps the order of the rows" in judge("q3", ranked["pre-sorted table"]).message


def test_q3_honest_variants_pass(t):
    bar = alt.Chart(t["provinces"]).mark_bar()
    coloured = bar.encode(x="value:Q", y=alt.Y("example:N", sort=None), color="example:N")
    labelled = (bar.encode(x="value:Q", y=alt.Y("example:N", sort=None))
                + bar.mark_text(dx=5, align="left").encode(x="value:Q", y=alt.Y("example:N", sort=None),
                                                         text="value:Q"))
    by_list = bar.encode(x="value:Q", y=alt.Y("example:N", sort=list(t["provinces"]["example"])))
    for chart in (coloured, labelled, by_list):
        assert accepted(judge("q3", chart)), judge("q3", chart).message


# ----- E-L2-4: q4's text layer and words ---------------------------------------------------

def test_q4_needs_its_text_layer_and_reads_its_words(t):
    base = alt.Chart(t["milestones"]).encode(x="date:T")
    points_only = judge("q4", base.mark_point())
    assert points_only.misconception == L.MISSING_TEXT_LAYER
    fixed_text = judge("q4", base.mark_point() + base.mark_text(text="event"))
    assert fixed_text.misconception == L.MISSING_TEXT_LAYER
    layered = base.mark_point() + base.mark_text(angle=290).encode(text="label:N")
    overclaim = L.q4.judge_values([ChartSpec(layered.properties(title="Online crime fell after each milestone",
                                                                description="Timeline.").to_dict(validate=False))])
    assert overclaim.misconception == L.CRIME_FELL.code


# ----- E-L2-5: q9's honest marks pass ------------------------------------------------------

@pytest.mark.parametrize("mark", ["point", "circle", "square", "tick", "text", "rule"])
def test_q9_accepts_any_honest_mark(t, mark):
    chart = getattr(alt.Chart(t["releases"]), f"mark_{mark}")().encode(x="release:N", y="cases:Q")
    if mark == "text":
        chart = chart.encode(text="cases:Q")
    outcome = judge("q9", chart)
    assert accepted(outcome), (mark, outcome.message)


def test_q9_points_on_a_cut_scale_and_a_line_do_not_pass(t):
    cut = alt.Chart(t["releases"]).mark_point().encode(
        x="release:N", y=alt.Y("cases:Q", scale=alt.Scale(domain=[15000, 33000])))
    assert judge("q9", cut).misconception == engine.TRUNCATED_AXIS
    line = alt.Chart(t["releases"]).mark_line().encode(x="release:N", y="cases:Q")
    assert judge("q9", line).misconception == "trend_across_releases"


# ----- M-L2-1: q2 says what is wrong, and accepts the equivalent nested drawings -----------

def test_q2_equivalent_nested_drawings_pass(t):
    s = t["suspects"]
    a = alt.Chart(s[s["label"] == "suspects_apprehended"]).mark_bar(color="grey").encode(x="value:Q")
    d = alt.Chart(s[s["label"] == "suspects_detained"]).mark_bar(color="blue").encode(x="value:Q")
    for chart in (alt.Chart(s).mark_bar().encode(x=alt.X("value:Q", stack=False), color="label:N"),
                  alt.layer(a, d)):
        assert accepted(judge("q2", chart)), judge("q2", chart).message


def test_q2_side_by_side_is_named_as_not_nested(t):
    s = alt.Chart(t["suspects"]).mark_bar()
    for chart in (s.encode(x="value:Q", y="label:N", color="label:N"),
                  s.encode(x=alt.X("value:Q", stack=None), yOffset="label:N", color="label:N"),
                  s.encode(x=alt.X("value:Q", stack=None), column="label:N", color="label:N")):
        outcome = judge("q2", chart)
        assert outcome.misconception == L.NOT_NESTED, outcome.message
        assert "stack=None" in outcome.message and "should have stack" not in outcome.message
    one_colour = judge("q2", s.encode(x=alt.X("value:Q", stack=None)))
    assert one_colour.misconception == L.NOT_NESTED and "colour" in one_colour.message


# ----- M-L2-2: q6 tells the truth about the student's chart --------------------------------

def test_q6_any_way_to_draw_largest_first_passes(t):
    """Any way the chart itself says largest first. Round 12: a table sorted in pandas (or given sorted) drawn with
    sort=None is named: the question asks the chart to sort, and sort=None sorts nothing."""
    sh = t["shares"]
    largest_first = list(sh.sort_values("share", ascending=False)["measure"])
    by_table = judge("q6", alt.Chart(sh.sort_values("share", ascending=False)).mark_bar().encode(
        x="share:Q", y=alt.Y("measure:N", sort=None), tooltip=tooltip()))
    assert by_table.misconception == "order_left_to_table" and "sort=None on y" in by_table.message
    for chart in (
        alt.Chart(sh).mark_bar().encode(x="share:Q", y=alt.Y("measure:N", sort=largest_first), tooltip=tooltip()),
        alt.Chart(sh).mark_bar().encode(x="share:Q", tooltip=tooltip(), y=alt.Y(
            "measure:N", sort=alt.EncodingSortField("share", op="max", order="descending"))),
    ):
        assert accepted(judge("q6", chart)), judge("q6", chart).message


def test_q6_unsorted_bars_are_described_as_drawn(t):
    outcome = judge("q6", alt.Chart(t["shares"]).mark_bar().encode(x="share:Q", y=alt.Y("measure:N", sort="x"),
                                                                  tooltip=tooltip()))
    assert outcome.misconception == engine.UNSORTED
    assert "drawn in the order Assets seized (yuan)" in outcome.message and "sort='-x'" in outcome.message


def test_q6_tooltip_verdicts_say_what_the_tooltip_shows(t):
    sh = t["shares"]
    every_field = judge("q6", alt.Chart(sh).mark_bar(tooltip=True).encode(x="share:Q", y=alt.Y("measure:N", sort="-x")))
    assert every_field.misconception == "tooltip_not_percent" and "tooltip=True" in every_field.message
    assert "does not show" not in every_field.message
    percent_type = alt.Chart(sh).mark_bar().encode(x="share:Q", y=alt.Y("measure:N", sort="-x"),
                                                   tooltip=[alt.Tooltip("share:Q", format=".2p")])
    assert accepted(judge("q6", percent_type))


# ----- the rows module itself -----------------------------------------------------------------

def test_expressions_and_transforms_are_followed_or_declared_unknown():
    row = {"value": 17000, "label": "a"}
    assert evaluate("datum.value > 16500 && datum.label === 'a'", row) is True
    assert evaluate("!(datum.value < 1)", row) is True
    assert evaluate("datum['value'] / 1000", row) == 17
    assert evaluate("datum.value > 1 ? 1 : 0", row) == 1  # one conditional is followed
    with pytest.raises(Unfollowable):
        evaluate("datum.value > 1 ? (datum.value > 2 ? 2 : 1) : 0", row)  # nested ones are not
    with pytest.raises(Unfollowable):
        evaluate("__import__('os')", row)
    rows = [{"v": 3}, {"v": 9}, {"v": 5}]
    ranked = apply_transforms(rows, [{"window": [{"op": "rank", "as": "r"}], "sort": [{"field": "v", "order": "descending"}]}])
    assert [r["r"] for r in ranked] == [3, 1, 2]
    assert apply_transforms(rows, [{"filter": {"field": "v", "range": [4, 10]}}]) == [{"v": 9}, {"v": 5}]
    assert apply_transforms(rows, [{"regression": "v", "on": "v"}]) is None
    assert apply_transforms(rows, [{"filter": "datum.v > 1 ? (datum.v > 4 ? true : false) : false"}]) is None


def test_a_subset_hidden_under_its_set_is_named_and_see_through_bars_pass(t):
    reversed_rows = alt.Chart(t["suspects"].iloc[::-1]).mark_bar()
    hidden = judge("q2", reversed_rows.encode(x=alt.X("value:Q", stack=None), color="label:N"))
    assert hidden.misconception == L.NOT_NESTED and "hides it" in hidden.message
    see_through = reversed_rows.mark_bar(opacity=0.6).encode(x=alt.X("value:Q", stack=None), color="label:N")
    assert accepted(judge("q2", see_through))


def test_q1_a_unit_drawn_in_its_own_power_of_ten_is_the_same_figure(t):
    h = t["headline"]
    in_billions = h.assign(value=[v / 1e9 if u == "yuan" else v for v, u in zip(h["value"], h["unit"])])
    chart = alt.Chart(in_billions).mark_bar().encode(x="value:Q", y="label:N", row="unit:N").resolve_scale(
        x="independent", y="independent")
    assert accepted(judge("q1", chart)), judge("q1", chart).message
    halved = h.assign(value=[v / 2 if u == "yuan" else v for v, u in zip(h["value"], h["unit"])])
    chart = alt.Chart(halved).mark_bar().encode(x="value:Q", y="label:N", row="unit:N").resolve_scale(
        x="independent", y="independent")
    changed = judge("q1", chart)
    assert changed.misconception == engine.FIGURES_CHANGED and "assets_seized" in changed.message


def test_a_category_domain_that_leaves_an_example_out_is_a_missing_row(t):
    p = t["provinces"]
    chart = alt.Chart(p).mark_bar().encode(x="value:Q", y=alt.Y("example:N", sort=None, scale=alt.Scale(
        domain=list(p["example"][:3]))))
    outcome = judge("q3", chart)
    assert outcome.misconception == engine.MISSING_ROWS and "guangxi_gangs_eliminated" in outcome.message
