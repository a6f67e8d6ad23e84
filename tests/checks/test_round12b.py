"""Round 12 (issue #19), lesson 02: q6's sort must be the chart's own, a tooltip typed as a label is not a number
format, and the gangs (团伙) beaten as a whole are a claim."""
from __future__ import annotations

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
