"""Review round 17's FINAL findings for lesson 02/03 chart words (review_round17.md, FINAL), each as a class, with
phrasings of our own beside the probe's.

1a: synonyms of a counted noun name the counted thing ("firms", "outfits" for institutions; "rings" for gangs;
    "people held" for suspects detained): ``supported_words.SYNONYMS``.
1b: words about the chart's own form ("real gaps", "for contrast") and what it leaves out ("go unmentioned", "left out",
    "omitted") claim nothing about the world: ``supported_words.FORM``.
1c: "N per 100 at the 2019 peak" reads the index by its own reference, not as a count (``index_as_count``).
2a: a question the chart's words leave open suggests what it asks ("No more online scams? The totals"); a question its
    own text answers or doubts still only asks (``claims._left_open``).
2b: a classifier said to catch every type (or miss none) is said to be accurate (03 q5, ``baseline_as_accurate``).
2c: 02 q9 "Half as many victims ..." names the victims claim beside the trend.
"""
from __future__ import annotations

import pytest
from test_chart_words_round17 import _judged, worked_specs  # noqa: F401 (a fixture: the worked charts, built once)

from netcrime.checks import lesson02 as L2
from netcrime.checks.outcome import RECORDED
from netcrime.checks.supported_words import SYNONYMS, WORDS_NOT_SUPPORTED, reading


@pytest.fixture(scope="module")
def specs(worked_specs):
    return worked_specs  # the worked charts of every chart question, as test_chart_words_round17 builds them


# ----- 1a: synonyms of what a figure counts ---------------------------------------------------------------------
@pytest.mark.parametrize("question, title", [
    ("q5", "Suspected trap-loan firms, indexed to their 2019 peak (=100)"),  # the probe's
    ("q5", "Index of suspected trap-loan outfits (2019 peak = 100)"),  # the probe's
    ("q5", "Suspected trap-loan companies, indexed to the 2019 peak (=100)"),
    ("q5", "Trap-loan businesses under suspicion: index, 2019 peak = 100"),
    ("q5", "Suspected loan operators and lending apps, index (2019 peak = 100)"),
    ("q1", "Online gang rings broken up, suspects apprehended, cases solved, yuan seized"),
    ("q1", "Crime syndicates dismantled and people held: campaign totals by unit"),
    ("q2", "People held by the police: apprehended and detained"),
    ("q2", "Detainees and people apprehended: two stages of police work"),  # round 18: 'arrestees' is now
    # apprehended_as_arrested (the translation's word for 抓获, which lesson 01 teaches is wrong)
    ("yt1", "Messages blocked, sites fixed, alerts sent: prevention work"),
    ("q9", "Criminal case files closed: two releases, two periods"),
    ("q6", "The November round-up's share of syndicates busted, people held and assets seized"),
])
def test_1a_a_synonym_of_the_counted_noun_is_the_counted_noun(specs, question, title):
    outcome = _judged(specs, question, title)
    assert outcome.status == RECORDED, outcome.message


def test_1a_synonyms_are_read_only_where_their_noun_is_counted():
    # "firms" names q5's institutions; on q2 (suspects) it is not what is counted
    assert reading({"mark": "bar", "title": "Trap-loan firms, indexed"}, L2.figures_supported()["q5"]) == []
    assert [w for _where, _text, w in reading({"mark": "bar", "title": "Firms apprehended"},
                                              L2.figures_supported()["q2"])] == ["Firms"]
    assert all("victim" not in words and "crime" not in words for words in SYNONYMS.values())


@pytest.mark.parametrize("question, title", [
    ("q5", "Trap-loan firms wiped out"), ("q5", "Only 14 lenders left in 2020"), ("q5", "14 institutions remain"),
    ("q1", "Crime syndicates crushed for good"),
])
def test_1a_a_synonym_does_not_carry_a_claim_past_the_checks(specs, question, title):
    outcome = _judged(specs, question, title)
    assert outcome.status != RECORDED and outcome.misconception is not None, outcome.message


# ----- 1b: the chart's own form, and what it leaves out --------------------------------------------------------------
@pytest.mark.parametrize("question, description", [
    ("q3", "Examples the ministry picked to illustrate its work; not a league table, and other provinces go "
           "unmentioned."),  # the probe's
    ("q4", "Key dates from October 2019 to the 24 Dec 2020 press conference, on a time axis that keeps the real "
           "gaps."),  # the probe's
    ("03q5", "Counts are written in each cell in white or black for contrast."),  # the probe's
    ("q3", "Four examples the ministry chose; the rest are omitted, and missing provinces are not zero."),
    ("q3", "Four examples; the other provinces are left out of the release, unlisted here."),
    ("q4", "Milestones on a time axis spaced true to the calendar, with uneven intervals kept."),
    ("03q5", "Each cell's count is written in a colour that contrasts with its shade, for legibility."),
    ("03q5", "Cell text switches between dark and light for contrast against the shading."),
])
def test_1b_words_about_the_chart_itself_claim_nothing(specs, question, description):
    outcome = _judged(specs, question, description=description)
    assert outcome.status == RECORDED, outcome.message


@pytest.mark.parametrize("question, title", [
    ("q1", "A real fall in online crime: totals by unit"),
    ("q3", "Other provinces go unmentioned because they broke up no gangs"),
])
def test_1b_a_claim_beside_a_form_word_is_still_read(specs, question, title):
    assert _judged(specs, question, title).status != RECORDED


# ----- 1c: N per 100 at the peak is an index -------------------------------------------------------------------------
@pytest.mark.parametrize("question, title", [
    ("yt5", "14 suspected trap-loan institutions per 100 at the 2019 peak"),  # the probe's
    ("q5", "14 suspected lenders for every 100 at the 2019 peak"),
    ("q5", "Fourteen suspected institutions per 100 of the 2019 peak"),
    ("q5", "14 trap-loan firms in every 100 at their 2019 peak (index)"),
    ("q5", "For every 100 suspected lenders at the 2019 peak, 14 remained"),
])
def test_1c_a_count_per_100_of_the_peak_reads_the_index(specs, question, title):
    outcome = _judged(specs, question, title)
    assert outcome.status == RECORDED, outcome.message


@pytest.mark.parametrize("title", ["14 suspected trap-loan institutions in 2020", "Fourteen lenders remain",
                                   "14 institutions per 100 days"])
def test_1c_a_count_without_the_peak_is_still_a_count(specs, title):
    assert _judged(specs, "q5", title).misconception == "index_as_count"


# ----- 2a: a question left open suggests what it asks ----------------------------------------------------------------
@pytest.mark.parametrize("question, title", [
    ("q1", "No more online scams? The campaign's totals by unit"),  # the probe's
    ("q5", "Trap loans: beaten? Index, 2019 peak = 100"),  # the probe's
    ("q9", "Is online gang crime shrinking? 32,000 then 18,000"),  # the probe's
    ("q1", "Online scams beaten? Totals by unit"),
    ("q1", "Did online crime fall? Police work counts by unit"),
    ("q1", "Online fraud defeated? Totals by unit"), ("q5", "Trap-loan crime wiped out? Index, 2019 peak = 100"),
    ("q9", "Fewer online scams now? 32,000 then 18,000"), ("q1", "Has the crackdown worked? Five totals"),
    ("q1", "网络犯罪减少了吗？五项数字"),
])
def test_2a_a_question_left_open_suggests_the_claim(specs, question, title):
    outcome = _judged(specs, question, title)
    assert outcome.status != RECORDED and outcome.misconception is not None, outcome.message


@pytest.mark.parametrize("question, title", [
    ("q1", "Did online crime fall? These counts of police work cannot say"),
    ("q1", "Online scams beaten? The release does not say"),
    ("q5", "Trap loans beaten? Only other data could tell"),
    ("q9", "Is online gang crime shrinking? Maybe, maybe not: two releases, two periods"),
    ("q1", "How busy were the police? Five counts from the campaign"),
    ("q1", "Has the crackdown worked? These totals cannot say"),
])
def test_2a_a_question_its_own_text_answers_or_doubts_still_asks(specs, question, title):
    outcome = _judged(specs, question, title)
    assert outcome.misconception not in ("activity_as_crime_fall", WORDS_NOT_SUPPORTED), outcome.message


def test_2a_a_question_answered_in_the_description_still_asks(specs):
    outcome = _judged(specs, "q1", "Has online gang crime fallen?", "Counts of police work; they cannot answer it.")
    assert outcome.status == RECORDED, outcome.message
    outcome = _judged(specs, "q1", "Has online gang crime fallen?", "Five totals in four units.")
    assert outcome.misconception == "activity_as_crime_fall", outcome.message


def test_2a_a_question_in_a_description_still_asks(specs):
    outcome = _judged(specs, "q1", "Campaign totals by unit", "Did online crime fall? Here are the police's counts.")
    assert outcome.status == RECORDED, outcome.message


# ----- 2b: a classifier that catches every type ----------------------------------------------------------------------
@pytest.mark.parametrize("title", [
    "Our keyword rules catch every type of online crime",  # the probe's
    "Keyword rules catch all the crime types", "The baseline never misses a type",
    "Our classifier detects every kind of online crime", "Rules that spot each type of scam",
    "Keyword baseline: misses nothing", "The rules catch them all",
])
def test_2b_catching_every_type_is_an_accuracy_claim(specs, title):
    assert _judged(specs, "03q5", title).misconception == "baseline_as_accurate"


@pytest.mark.parametrize("title", [
    "The keyword baseline does not catch every type: actual against predicted",
    "Does the baseline catch every type? Actual against predicted: it does not",
    "Actual against predicted type: one cell for every type pair, on the test cases",
])
def test_2b_the_fair_neighbours_stay_recorded(specs, title):
    assert _judged(specs, "03q5", title).status == RECORDED


# ----- 2c: q9's victims claim is named beside the trend ---------------------------------------------------------------
@pytest.mark.parametrize("title", ["Half as many victims of online gangs by 2023",
                                   "Victims of online fraud down by half since 2020"])
def test_2c_victims_are_named_beside_the_trend(specs, title):
    outcome = _judged(specs, "q9", title)
    assert outcome.status != RECORDED
    assert "counts victims" in outcome.message and "'victims'" in outcome.message.lower()
