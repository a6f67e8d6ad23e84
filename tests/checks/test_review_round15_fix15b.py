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
             "黑恶势力已不复存在"]


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
    "通报没有给出剩余团伙的数量", "是否还有团伙，通报没有说", "打掉团伙1759个，不等于没有团伙了"])
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
