"""Chart words, round 18 (issue #19, fix18b): overclaims made only of supported words, honest negations, plain words.

Measured on chart_words_round18.py (a NEW corpus written before these changes; even places tuned, odd places held out
and never read while tuning), through each question's own verdict (the worked chart, its title replaced):

| | tuned half, before | held-out half, before | tuned half, after | held-out half, after |
|---|---|---|---|---|
| fair titles rejected | 14 of 160 | 7 of 160 | 1 of 160 | 6 of 160 |
| overclaims accepted | 6 of 110 | 3 of 110 | 0 of 110 | 2 of 110 |

Round 17's corpus (chart_words_round17.py) on the same code: fair rejected 3 -> 1 of 210 (tuned) and 6 -> 4 of 210
(held out); overclaims accepted unchanged (1 and 0 of 160). The bars below are the rates after: a change that makes
them worse fails. The tuned half's one fair rejection left is 'From 100 to 14: suspected institutions' (q5), which
the vocabulary reads as the index taken for a count; a reader may well take it so, and it was left. Review round 18
(W7) then made plain 'arrests' on the charts of apprehended suspects the translation's word lesson 01 teaches is
wrong for 抓获 (apprehended_as_arrested): the tuned title 'Counting the crackdown: arrests, cases and seizures',
written as fair before that decision, is now named so, and the tuned bar is 2.

The classes, each tested below with phrasings of its own beside fair neighbours:
- a victory asked verb first or as a headline ("Is the war on online crime won?", "War on online crime: won?",
  "网络犯罪被打败了吗？", "专项行动成功了吗？") is the effect's claim unless the chart's words answer or doubt it;
- the regions the release does not list said to have done nothing ("Other provinces left out: none of them broke up
  gangs", "None of the other regions took down a gang", "Elsewhere: no gangs broken up", "其他省份没有打掉团伙");
- a place or time without the gangs or lenders ("A world without trap loans", "a trap-loan-free internet");
- a classifier never wrong however said ("never gets a type wrong", "cannot be fooled");
- a question whose subject calls the suspects offenders ("Were the criminals punished?");
- a claim's words as the subject of the limitation they name ("provinces it does not name are simply absent, not
  zero", "Victims are absent from these totals", "Crime levels the release does not give are unknown"): recorded,
  for every claim the lessons teach;
- words that name which cells or which figure, not a claim ("labels the baseline got right", "the 2023 annual figure");
- plain words (what is known or asked, how long or busy, simple, mix-ups; irregular verb forms; near-all quantities;
  their Chinese) are supported on every question.
"""
from __future__ import annotations

import pytest

from chart_words_round18 import FAIR, OVER
from test_chart_words_round17 import QUESTIONS, _judged, half_rates, worked_specs  # noqa: F401 (a fixture)
from netcrime.checks import lesson02 as L2
from netcrime.checks.outcome import INCORRECT, RECORDED
from netcrime.checks.supported_words import reading, stem

FAIR_REJECTED = {"tuned": 2, "held": 6}
OVER_ACCEPTED = {"tuned": 0, "held": 2}


def test_the_new_corpus_has_thirty_fair_and_twenty_overclaims_per_question():
    assert set(FAIR) == set(OVER) == set(QUESTIONS)
    for question in QUESTIONS:
        assert len(FAIR[question]) >= 30 and len(OVER[question]) >= 20, question
        assert len(set(FAIR[question])) == len(FAIR[question]) and len(set(OVER[question])) == len(OVER[question])
        assert any(any("\u4e00" <= c <= "\u9fff" for c in t) for t in FAIR[question]), question  # Chinese too


@pytest.mark.parametrize("half", ["tuned", "held"])
def test_new_corpus_rates_do_not_get_worse(worked_specs, half):
    rejected, accepted = half_rates(worked_specs, FAIR, OVER, half)
    assert len(rejected) <= FAIR_REJECTED[half], rejected
    assert len(accepted) <= OVER_ACCEPTED[half], accepted


@pytest.mark.parametrize("question, title, code", [
    # a victory asked, verb first or as a headline, left open
    ("q1", "Is the war on online crime won? 1,759 gangs", "activity_as_crime_fall"),
    ("q1", "Has the battle against online gangs been won?", "activity_as_crime_fall"),
    ("q1", "Is the fight against online fraud finally over?", "activity_as_crime_fall"),
    ("q1", "War on online crime: won? The campaign's totals", "activity_as_crime_fall"),
    ("q9", "Was the war on online scams won by 2023?", "activity_as_crime_fall"),
    ("q1", "网络犯罪被打败了吗？", "activity_as_crime_fall"),
    ("q1", "专项行动成功了吗？1759个团伙", "activity_as_crime_fall"),
    # what the release does not list said to be nothing
    ("q3", "Other provinces left out: none of them broke up gangs", "unmentioned_as_zero"),
    ("q3", "The remaining regions, unmentioned: no gangs broken up", "unmentioned_as_zero"),
    ("q3", "None of the other regions took down a gang", "unmentioned_as_zero"),
    ("q3", "Not one of the remaining provinces broke up a gang", "unmentioned_as_zero"),
    ("q3", "Elsewhere: no gangs broken up", "unmentioned_as_zero"),
    ("q3", "Outside these four, no gangs were dismantled", "unmentioned_as_zero"),
    ("q3", "Just four provinces broke up any gangs", "unmentioned_as_zero"),
    ("q3", "其他省份没有打掉团伙", "unmentioned_as_zero"),
    ("q3", "其余省份为零", "unmentioned_as_zero"),
    ("q3", "其他地区一个团伙也没有打掉", "unmentioned_as_zero"),
    # a place or time without them
    ("yt5", "A world without trap loans", "activity_as_none_left"),
    ("q5", "An internet free of trap-loan lenders", "activity_as_none_left"),
    ("q5", "Towards a lender-free internet", "activity_as_none_left"),
    # a classifier never wrong, a question that calls suspects offenders
    ("03q5", "The baseline never gets a type wrong", "baseline_as_accurate"),
    ("03q5", "A classifier that cannot be fooled", "baseline_as_accurate"),
    ("03q5", "Keyword rules that never make mistakes", "baseline_as_accurate"),
    ("q2", "Were the criminals punished? 16,400 detained", "suspects_as_convicted"),
    ("q2", "Will the 16,400 fraudsters be jailed?", "suspects_as_convicted"),
    # the limitation must be said OF the claim's words: a claim with a preposition after it is still the claim
    ("q1", "Crime fell in provinces that are missing from the list", "activity_as_crime_fall"),
    ("q1", "Crime fell; victims unknown", "activity_as_crime_fall"),
    ("q3", "Provinces: all broke up gangs, none missing", "examples_as_nationwide"),
    ("q9", "Annual cases solved", "releases_as_trend"),
    ("q3", "Guangdong would rank first", "examples_as_ranking"),
    ("q3", "The chart reads like a league table", "examples_as_ranking"),
])
def test_overclaims_in_supported_words_are_named_by_their_class(worked_specs, question, title, code):
    outcome = _judged(worked_specs, question, title)
    assert outcome.status == INCORRECT and outcome.misconception == code, (outcome.misconception, outcome.message)


@pytest.mark.parametrize("question, title", [
    # the same words, answered, doubted or said of the release
    ("q1", "Is the war on online crime won? These totals cannot say"),
    ("q1", "Has the battle against online gangs been won? Counts of police work cannot answer it"),
    ("q1", "网络犯罪被打败了吗？这些数字无法说明"),
    ("q3", "Other provinces left out: none of them is named in the release"),
    ("q3", "None of the other provinces is reported"),
    ("q3", "Other provinces: no figures given"),
    ("q3", "其他省份没有数据"),
    ("q3", "其他省份未提及"),
    ("q3", "其他省份没有出现在通报中"),
    ("q5", "A chart without a count of lenders: only an index"),
    ("03q5", "A baseline that is often wrong"),
    ("q2", "Are these suspects criminals? The figures cannot say"),
    # honest negations: a claim's words as the subject of the limitation (02 q3's probe, and every claim)
    ("q3", "Bars in the release's order; provinces it does not name are simply absent, not zero."),
    ("q3", "Provinces the release leaves out are absent, not zero"),
    ("q3", "The provinces it leaves out are absent rather than zero"),
    ("q3", "Other provinces: missing from the release, not zero"),
    ("q3", "Only examples, not every province"),
    ("q1", "Victims are absent from these totals"),
    ("q1", "Crime itself is missing from these counts"),
    ("q1", "Crime levels the release does not give are unknown"),
    ("q2", "Convictions the release does not report are unknown, not zero"),
    ("q9", "A trend the two releases cannot give is absent here"),
    # words that name which cells or which figure
    ("03q5", "Diagonal cells: labels the baseline got right"),
    ("03q5", "What it got right and what it got wrong"),
    ("q9", "Cases solved: the campaign's total and the 2023 annual figure"),
    # plain words, their Chinese, irregular forms, a quantity near all
    ("q1", "How busy the police were: five campaign totals"),
    ("q1", "Campaign totals: what we know and what we don't"),
    ("q1", "The official tally of a year-long crackdown"),
    ("q4", "How long each phase of the campaign took"),
    ("q4", "专项行动的主要时间节点"),
    ("q2", "抓获与刑拘：同一批嫌疑人的两个环节"),
    ("q1", "专项行动期间的破案数、抓获人数与查扣资产"),
    ("q2", "Almost everyone apprehended was detained"),
    ("03q5", "A confusion matrix for a simple keyword classifier"),
    ("03q5", "Mix-ups between types on the test split"),
    ("q2", "Nested bars: everyone detained was first apprehended"),
    ("q3", "Release order on purpose: sorted bars would read like a league table"),
    ("yt5", "The draft's axis started near 10, which made the fall look total; this one starts at zero"),
    ("q5", "The index probably comes from the ministry's monitoring platform (our inference)"),
])
def test_fair_neighbours_stay_recorded(worked_specs, question, title):
    outcome = _judged(worked_specs, question, title)
    assert outcome.status == RECORDED, (outcome.misconception, outcome.message)


def test_near_all_is_a_quantity_but_everyone_alone_still_sweeps():
    given = L2.figures_supported()["q2"]
    assert reading({"mark": "bar", "title": "Nearly every apprehended suspect was detained"}, given) == []
    assert [w for _where, _t, w in reading({"mark": "bar", "title": "Everyone was detained"}, given)] == ["Everyone"]


def test_irregular_forms_are_read_as_their_verb():
    assert stem("took") == stem("take") and stem("known") == stem("know") and stem("caught") == stem("catch")
    # not the forms the claim vocabulary reads as an effect, nor chart words in their own sense
    assert stem("gone") != stem("go") and stem("won") != stem("win") and stem("left") != stem("leave")
