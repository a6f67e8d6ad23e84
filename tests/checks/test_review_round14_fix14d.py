"""Review round 14 FINAL (issue #19), lessons 02 and 03: the wrong answers still accepted and the fair one rejected,
each fixed as a class (the rule that was missing). Each test builds its own case and tries more than the reviewer's
phrasing."""
from __future__ import annotations

from chart_verdict import accepted  # 03 q5's words are recorded (review round 15, C2)

import altair as alt
import pytest

from netcrime import classify
from netcrime.checks import lesson02 as L2
from netcrime.checks import lesson03 as L3
from netcrime.checks import worked
from netcrime.checks.outcome import RECORDED
from netcrime.checks.vegalite import ChartSpec


def _worded(qid: str, title: str, description: str, worked_as: str | None = None):
    """Lesson 02's worked chart for ``qid`` (or ``worked_as``'s) with the words given, judged as the grader decodes it."""
    spec = worked.answers("02")[worked_as or qid][0].to_dict(validate=False)
    return getattr(L2, qid).judge_values([ChartSpec({**spec, "title": title, "description": description})])


# ----- eradication: the country free of gangs, every gang broken up ------------------------------------------------
@pytest.mark.parametrize("phrase", ["Is China now free of online gangs? The totals say yes",
                                    "China is now free of online fraud", "A crime-free internet at last",
                                    "Every criminal gang in China was broken up",
                                    "All online gangs have now been dismantled"])
def test_eradication_is_read_as_the_claim_that_the_problem_is_solved(phrase):
    assert L2.CRIME_FELL.find(phrase)


@pytest.mark.parametrize("phrase", ["Is China now free of online gangs? The release cannot say",
                                    "Each gang broken up counts once", "All gangs broken up in the campaign",
                                    "Gangs broken up, all of them counted"])
def test_eradication_asked_or_a_count_described_is_not_a_claim(phrase):
    assert not L2.CRIME_FELL.find(phrase)


def test_02_q1_the_reviewers_eradication_charts_are_named():
    for title, description in (("Is China now free of online gangs? The totals say yes", "Five counts, each unit on "
                                "its own scale."), ("Campaign totals, one panel per unit",
                                                    "Every criminal gang in China was broken up; one panel per unit.")):
        outcome = _worded("q1", title, description)
        assert outcome.misconception == "activity_as_crime_fall", outcome.message


# ----- a subset added to its whole in words -------------------------------------------------------------------------
@pytest.mark.parametrize("words", ["16,400 suspects detained in addition to the 17,000 apprehended.",
                                   "17,000 apprehended plus 16,400 detained", "16,400 detained on top of 17,000 held",
                                   "1,759 gangs broken up and another 133 in November"])
def test_a_sum_said_in_words_is_named_with_its_parts(words):
    said = L2.summed.spot({"mark": "bar", "title": "Suspects", "description": words})
    assert said and "add " in said and "twice" in said


@pytest.mark.parametrize("words", ["17,000 apprehended, 16,400 of them detained",
                                   "16,400 detained are among, not in addition to, the 17,000 apprehended",
                                   "17,000 apprehended and 32,000 cases solved, two units"])
def test_a_subset_said_among_its_whole_is_not_a_sum(words):
    assert L2.summed.spot({"mark": "bar", "title": "Suspects", "description": words}) is None


def test_02_q2_detained_in_addition_to_the_apprehended_is_named():
    outcome = _worded("q2", "Most apprehended suspects were then detained",
                      "16,400 suspects detained in addition to the 17,000 apprehended.")
    assert outcome.misconception == "figures_summed" and "in addition to" in outcome.message


# ----- a later step of the procedure: formally arrested, charged -----------------------------------------------------
@pytest.mark.parametrize("phrase", ["17,000 suspects formally arrested", "16,400 charged", "Suspects prosecuted",
                                    "17,000名嫌疑人被逮捕"])
def test_a_later_procedural_step_is_named(phrase):
    assert L2.CONVICTED.find(phrase)


@pytest.mark.parametrize("phrase", ["17,000 suspects apprehended, not formally arrested",
                                    "Suspects apprehended (抓获); none yet charged"])
def test_the_step_denied_is_fair(phrase):
    assert not L2.CONVICTED.find(phrase)


def test_02_q2_formally_arrested_in_a_title_is_named():
    outcome = _worded("q2", "17,000 suspects formally arrested, most detained",
                      "The detained (刑拘) drawn inside the longer bar of the apprehended (抓获).")
    assert outcome.misconception == "suspects_as_convicted" and "formally arrested" in outcome.message


# ----- the index's fall read as the crime's, by how much ------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["Trap loans are now 86% rarer", "Online fraud now 86 per cent lower",
                                    "Trap loans: about 86% less common"])
def test_a_crime_said_rarer_by_a_percentage_is_a_fall_in_crime(phrase):
    assert L2.CRIME_FELL.find(phrase)


def test_02_yt5_trap_loans_86_percent_rarer_is_named():
    outcome = _worded("yt5", "Trap loans are now 86% rarer (index, peak = 100)",
                      "Index bars: 100 at the 2019 peak, 14 as reported on 24 December 2020.", worked_as="q5")
    assert outcome.misconception == "activity_as_crime_fall"


# ----- one release's figure said to come down from the other's -----------------------------------------------------
@pytest.mark.parametrize("phrase", ["2023: 18,000 cases, down from 32,000", "Cases solved fell from 32,000",
                                    "18,000 cases in 2023, lower than 2020's 32,000", "32,000, up from 18,000"])
def test_a_figure_down_from_the_other_release_is_a_trend(phrase):
    assert L2.RELEASES_TREND.find(phrase)


def test_02_q9_down_from_32000_is_named_and_quotes_the_whole_number():
    outcome = _worded("q9", "2023: 18,000 cases, down from 32,000", "Different periods and campaigns.")
    assert outcome.misconception == "releases_as_trend" and "down from 32,000'" in outcome.message


# ----- fair: a share of the peak's 100 is not a count ---------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["Suspected trap-loan institutions: 14 left of every 100 at the 2019 peak",
                                    "14 of every 100 lenders still operate", "14 remaining per 100 at the peak"])
def test_a_share_of_the_peaks_100_is_not_read_as_a_count(phrase):
    assert not L2.INDEX_AS_COUNT.find(phrase)


@pytest.mark.parametrize("phrase", ["14 left", "14 lenders left", "100 lenders in 2019"])
def test_a_bare_count_of_lenders_is_still_read_as_one(phrase):
    assert L2.INDEX_AS_COUNT.find(phrase)


@pytest.mark.parametrize("qid", ["q5", "yt5"])
def test_02_q5_and_yt5_14_left_of_every_100_is_recorded(qid):
    outcome = _worded(qid, "Suspected trap-loan institutions: 14 left of every 100 at the 2019 peak",
                      "指数：2019年峰值为100，不是机构数量。", worked_as="q5")
    assert outcome.status == RECORDED, outcome.message


# ----- 03 q5: the matrix's errors are the baseline's, not the police's; two colours of one shade --------------------
def _matrix(title="Keyword baseline: actual against predicted type (fictional test cases)", when_large="white",
            otherwise="black"):
    from test_lesson03 import _results  # the baseline's labels on the test split, as lesson 03's tests build them

    cells = classify.confusion_cells(_results()["actual"], _results()["predicted"])
    base = alt.Chart(cells).encode(x="predicted:N", y="actual:N")
    colour = alt.condition(alt.datum.cases > float(cells["cases"].max()) / 2, alt.value(when_large),
                           alt.value(otherwise))
    return (base.mark_rect().encode(color="cases:Q") + base.mark_text().encode(text="cases:Q", color=colour)
            ).properties(title=title, description="Counts of test cases by actual and predicted type.")


@pytest.mark.parametrize("title", ["Police misclassify two thirds of online crimes", "How officers label online crime",
                                   "警方分类错误的案件"])
def test_03_q5_the_baselines_errors_given_to_the_police_are_named(title):
    outcome = L3.q5.judge_values([_matrix(title=title)])
    assert outcome.misconception == "matrix_as_police_work", outcome.message


def test_03_q5_police_denied_is_fair():
    assert accepted(L3.q5.judge_values([_matrix(title="Test cases labelled by a keyword rule, not by the police")]))


@pytest.mark.parametrize("pair", [("white", "white"), ("white", "#ffffff"), ("#fff", "snow"), ("black", "#111111")])
def test_03_q5_a_condition_between_two_colours_of_one_shade_is_named(pair):
    outcome = L3.q5.judge_values([_matrix(when_large=pair[0], otherwise=pair[1])])
    assert outcome.misconception == "text_colour_fixed" and repr(pair[1]) in outcome.message


def test_03_q5_white_on_dark_and_a_dark_grey_on_light_still_passes():
    assert accepted(L3.q5.judge_values([_matrix(when_large="white", otherwise="dimgray")]))


# ----- 03 q2/q2alt: a model trained on the training cases' words follows the edits of those cases -------------------
def _naive_bayes(cases):
    """A multinomial naive Bayes on the words of ``cases`` (add-one smoothing): the reviewer's probe answer."""
    import math
    import re
    from collections import Counter

    def words(text):
        return re.findall(r"[a-z]+", str(text).lower())

    types = sorted(set(cases["primary_type"]))
    counts = {t: Counter() for t in types}
    for text, kind in zip(cases["text"], cases["primary_type"]):
        counts[kind].update(words(text))
    prior = Counter(cases["primary_type"])
    vocabulary = len({w for c in counts.values() for w in c})
    totals = {t: sum(counts[t].values()) for t in types}

    def classify_text(text):
        return max(types, key=lambda t: math.log(prior[t]) + sum(
            math.log((counts[t][w] + 1) / (totals[t] + vocabulary)) for w in words(text)))
    return classify_text


def _train(without_sextortion: bool):
    from netcrime import data

    cases = data.case_vignettes()
    train = cases[cases["split"] == "train"]
    return train[train["primary_type"] != "sextortion"] if without_sextortion else train


@pytest.mark.parametrize("build", ["grader", "student"])
def test_03_q2_and_q2alt_a_naive_bayes_on_the_train_split_is_caught(build, monkeypatch):
    import sys

    from test_round13b import _judged

    if build == "student":
        monkeypatch.setitem(sys.modules, "netcrime.instructor.lesson03_held_out", None)  # as if left out
    for question, alt_set in ((L3.q2, False), (L3.q2alt, True)):
        outcome = _judged(question, _naive_bayes(_train(alt_set)))
        assert outcome.misconception == "nearest_text_lookup", outcome.message
        assert "edited from the train split" in outcome.message


def test_03_the_train_split_flips_are_fair_to_rules_that_read_the_case():
    import pandas as pd

    from netcrime import classify, data
    from netcrime.checks.flipped_cases import FLIPS, FOLLOWS_SHARE
    from test_lesson03 import worked_solution

    cases = data.case_vignettes()
    old, split = dict(zip(cases["id"], cases["primary_type"])), dict(zip(cases["id"], cases["split"]))
    train_flips = [f for f in FLIPS if split[f.source] == "train"]
    assert len(train_flips) >= 8 and all(old[f.source] != f.becomes for f in train_flips)
    for classify_text in (worked_solution(),
                          lambda t: classify.apply_rules(pd.Series([t]), classify.LESSON_RULES).iloc[0]):
        kept = sum(classify_text(f.text) == old[f.source] for f in train_flips)
        assert kept < FOLLOWS_SHARE * len(train_flips) - 2, kept  # at least three flips below the mark
    assert sum(worked_solution()(f.text) == f.becomes for f in train_flips) >= len(train_flips) // 2


def test_03_q2_the_worked_solution_still_passes_with_every_flip_probed():
    from test_lesson03 import worked_solution
    from test_round13b import _judged

    for question in (L3.q2, L3.q2alt):
        assert _judged(question, worked_solution()).passed


# ----- a question answered yes at once, in other words --------------------------------------------------------------
@pytest.mark.parametrize("answer", ["The totals say yes", "Answer: yes", "The numbers speak for themselves",
                                    "The totals agree", "The figures leave no doubt"])
def test_a_question_answered_yes_in_other_words_is_the_claim(answer):
    assert L2.CRIME_FELL.find(f"Has online crime fallen? {answer}")


@pytest.mark.parametrize("answer", ["The totals cannot say", "The totals say no", "Not all agree",
                                    "The totals don't speak for themselves",
                                    "The totals tell the story only of police work"])
def test_a_question_doubted_or_answered_no_is_not_the_claim(answer):
    assert not L2.CRIME_FELL.find(f"Has online crime fallen? {answer}")
