"""names12b's own holdout (round 12, issue #19): see test_named_set_r12b.py. Written at 02:45 UTC, BEFORE any fix of
round 12, from the questions' prompts and data/ (not from the judges' code). Lessons 02, 03 and 04.

- ``entries()``: numbers and letters, each row what the student did, the wrong value, and a regular expression a
  verdict NAMING that mistake must match (as named_set_r11b.py).
- ``CHARTS``: whole charts for lesson 02's chart questions, built from the worked solution's chart with one thing
  changed (words that state nothing the question asks, no sort, a tooltip typed as a label, a 团伙 overclaim ...),
  each with a regular expression its (non-correct) verdict must match, or ``None``: a fair chart, to be recorded.
- ``fair()``: fair answers that must be accepted.
"""
from __future__ import annotations

import altair as alt

from named_sets import Wrong, figure as F


def entries():
    HELD, JULY, CASES, GANGS = (F("suspects_apprehended"), F("july_suspects_apprehended"), F("cases_solved"),
                                F("gangs_eliminated"))
    a = lambda q, label, value, names: Wrong("02", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("03", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("04", q, label, value, names)  # noqa: E731
    return [
        # round 14: yt2 asks the July operation's share (it asked 01 q4's detained share): the same mistakes on it
        a("yt2", "the gangs over the suspects", GANGS / HELD, r"gang"),
        a("yt2", "per cent with the sign", f"{100 * JULY / HELD:.1f}%", r"percent|%|text|number"),
        a("yt2", "July over the cases", JULY / CASES, r"case"),
        a("yt4", "days counted in hours", 24 * 430, r"hour"),
        a("yt6", "bars would hide the labels", "d", r"zero|length"),
        a("yt3", "the nationwide title", "b", r"across china|province by province|whole country|every province|nationwide|four"),
        a("q7", "86 fewer", "b", r"index|percent|count"),
        a("q8", "nothing wrong", "d", r"among|twice|detained|stack"),
        b("yt2", "every case the pattern fires on", 13, r"every|all|fires on|trap loans too"),
        b("yt2", "the trap loans found", 6, r"right|find|finds|trap loans"),
        b("yt2", "the trap loans missed", 5, r"miss"),
        b("yt2", "every training case", 73, r"every|all|training cases|73"),
        b("yt2", "the other types in train", 62, r"other type|whether"),
        b("yt2", "as a share of the fires", 7 / 13, r"share|count"),
        b("yt3", "as a percentage", 60.0, r"percent"),
        b("yt3", "one minus the recall", 0.4, r"miss|1 minus|one minus"),
        b("q3", "the count of right labels plus one", 13 / 36, r"count|13|off"),
        b("q6", "the interest rate", "a", r"interest|rate|usur|legal"),
        b("q6", "the guarantor", "b", r"guarant|sheet|same"),
        b("q8", "the lender's harassment as a trap loan", "trap_loan", r"debt|real|received|honest"),
        c("yt5", "the unreported share as a percent", 87.5, r"percent|not reported|unreported"),
        c("yt5", "200 over 1,400", 200 / 1400, r"1,400|unreported|nobody"),
        c("yt4", "report_trend as a percent", 2.0, r"percent"),
        c("yt2", "the survey's wording", "fear of reprisal", r"code|category|codebook"),
        c("yt3", "the police recording more", "d", r"record|share|report|find"),
        c("q6", "five years of the same count", "a", r"same|record|report|police"),
        c("q8", "the trivial amount", "a", r"could|would|helpline|told"),
    ]


def fair():
    HELD, JULY = F("suspects_apprehended"), F("july_suspects_apprehended")
    return [Wrong("02", "yt2", "as a rounded share", round(JULY / HELD, 4), ""),
            Wrong("02", "yt3", "the letter in parentheses", "(c)", ""),
            Wrong("03", "yt3", "rounded to two decimals", 0.6, ""),
            Wrong("04", "yt5", "one eighth written out", 0.125, ""),
            Wrong("04", "yt2", "the code with a space", "intimidation ", "")]


# ----- whole charts of lesson 02 ------------------------------------------------------------------------------------

def _words(chart, title, description):
    return chart.properties(title=title, description=description)


def _shares_chart(right, *, sort="-x", tooltip=None):
    data = right.data
    tip = tooltip if tooltip is not None else [alt.Tooltip("measure:N"), alt.Tooltip("share:Q", format=".1%")]
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("share:Q", title="Share of the campaign total"),
        y=alt.Y("measure:N", sort=sort, title=None), tooltip=tip,
    ).properties(title="The November operation: a small part of each campaign total",
                 description="Bars of the November operation's share of the campaign's gangs, suspects and assets.")


# (question, label, build(right chart) -> chart, regex the verdict must match, or None for a fair chart)
CHARTS = [
    ("q3", "words state no selection", lambda r: _words(r, "Gangs broken up in four places", "Bars of gangs broken up."),
     r"example|chose|selection"),
    ("q3", "regional breakdown", lambda r: _words(r, "Regional breakdown of gangs broken up",
                                                   "Gangs broken up by region, from the release."),
     r"example|chose|selection"),
    ("q3", "Chinese, nothing stated", lambda r: _words(r, "各地打掉的团伙数", "四个地区的条形图。"),
     r"example|chose|selection"),
    ("q3", "fair: a hand-picked showcase", lambda r: _words(r, "Gangs broken up in four operations the ministry "
                                                              "showcased", "Not every province: four hand-picked operations."),
     None),
    ("q3", "fair: Chinese selection", lambda r: _words(r, "公安部列举的四个例子（非排名）", "其他省份未提及。"), None),
    ("q5", "words state no index", lambda r: _words(r, "Suspected trap-loan institutions", "Two bars, the peak and 2020."),
     r"index"),
    ("q5", "down 86%, no index", lambda r: _words(r, "Trap-loan lenders down 86%", "Bars for 2019 and 2020."),
     r"index"),
    ("q5", "fair: relative to the peak", lambda r: _words(r, "Suspected trap-loan institutions, relative to the 2019 "
                                                            "peak (= 100)", "The release gives no count, only the fall."),
     None),
    ("q5", "fair: Chinese index", lambda r: _words(r, "疑似套路贷机构（指数，2019年峰值=100）", "通报未公布具体数量。"), None),
    ("q9", "no limitation", lambda r: _words(r, "Criminal cases solved in two releases", "Two bars of criminal cases solved."),
     r"period|campaign|trend"),
    ("q9", "Chinese, no limitation", lambda r: _words(r, "两次通报的破获案件数", "两根柱子。"), r"period|campaign|trend"),
    ("q9", "fair: two campaigns, two periods", lambda r: _words(r, "Cases solved: two campaigns, two periods",
                                                                  "About 14 months against one year: not a trend."), None),
    ("q9", "fair: Chinese periods", lambda r: _words(r, "两次通报的破获案件数（统计周期不同）", "不同专项行动，不能直接比较。"),
     None),
    ("q6", "sort=None on the table as given", lambda r: _shares_chart(r, sort=None), r"sort"),
    ("q6", "no sort at all", lambda r: _shares_chart(r, sort=alt.Undefined), r"sort|order"),
    ("q6", "tooltip typed nominal with a percent format",
     lambda r: _shares_chart(r, tooltip=[alt.Tooltip("measure:N"), alt.Tooltip("share:N", format=".1%")]),
     r"nominal|:N|label|quantitative|:Q"),
    ("q6", "tooltip typed ordinal with a percent format",
     lambda r: _shares_chart(r, tooltip=[alt.Tooltip("share:O", format=".0%")]), r"ordinal|:O|quantitative|:Q"),
    ("q6", "fair: EncodingSortField", lambda r: _shares_chart(r, sort=alt.EncodingSortField("share", order="descending")),
     None),
    ("q6", "fair: a list in size order", lambda r: _shares_chart(r, sort=["Gangs broken up", "Suspects apprehended 抓获",
                                                                         "Assets seized (yuan)"]), None),
    ("q1", "gangs crushed in Chinese", lambda r: _words(r, "诈骗团伙遭重创", "四个单位的条形图。"), r"crime|fell|beaten|团伙"),
    ("q1", "criminal gangs wiped out", lambda r: _words(r, "犯罪团伙被一网打尽", "四个单位的条形图。"), r"crime|fell|beaten|团伙"),
    ("q1", "fair: gangs counted in Chinese", lambda r: _words(r, "打掉团伙1759个：警方工作量", "四个单位，各自一栏。"), None),
]
