"""Review round 17's Phase 2 findings for lessons 02 and 03 (review_round17.md, classes A and C), each as a class.

A: overclaims in chart words no pattern read (RECORDED on main): a rise of crime read off activity counts, prison for
detention, "justice served", rumours "crushed" are read by the reverse rule (``supported_words``: their words are not
what the figures count); a count said to be next to none ("Hardly any trap-loan gangs left") and gangs removed from a
whole place ("Online gangs eliminated from China") are claims of none left, named by the vocabulary (``NONE_LEFT``).
C: 03 yt6's clearer name for 'bare chat blackmail' may say the lever in other words: a recorded video chat.
"""
from __future__ import annotations

import pytest

from netcrime.checks import lesson02 as L2, lesson03 as L3
from netcrime.checks.outcome import RECORDED
from netcrime.checks.supported_words import WORDS_NOT_SUPPORTED
from netcrime.checks.vegalite import ChartSpec
from netcrime.checks import worked


def _chart02(qid: str, title: str):
    if qid == "yt1":  # an in-lesson question: its worked chart is in named_sets, not the solutions notebook
        from named_sets import right_values

        spec = right_values("02")["yt1"][0].to_dict(validate=False)
    else:
        spec = worked.answers("02")[qid][0].to_dict(validate=False)
    return getattr(L2, qid).judge_values([ChartSpec({**spec, "title": title})])


@pytest.mark.parametrize("qid, title", [
    ("q1", "Totals of a campaign while crime kept on rising (sure)"), ("q1", "Campaign totals as offending kept climbing"),
    ("q2", "Most of those caught went to prison"), ("q2", "Nearly all suspects ended up in jail"),
    ("q1", "Justice served: the campaign in four units"), ("q1", "Justice done: 1,759 gangs broken up"),
    ("yt1", "Harmful rumours crushed, one panel per unit"), ("yt1", "Online lies stamped on: three prevention counts"),
])
def test_a_overclaims_no_pattern_reads_are_not_recorded(qid, title):
    outcome = _chart02(qid, title)
    assert outcome.status != RECORDED and outcome.misconception is not None, outcome.message


@pytest.mark.parametrize("qid, title, words", [
    ("q5", "Hardly any trap-loan gangs left to fear (index)", "Hardly any trap-loan gangs left"),
    ("q5", "Almost no suspected lenders remain", "Almost no suspected lenders remain"),
    ("q1", "Few if any online gangs survive", "Few if any online gangs survive"),
    ("q1", "Online gangs eliminated from China: totals by unit", "Online gangs eliminated from China"),
    ("q1", "Gangs driven out of cyberspace", "Gangs driven out of cyberspace"),
])
def test_a_next_to_none_or_removed_from_a_whole_place_is_none_left(qid, title, words):
    outcome = _chart02(qid, title)
    assert "read as the claim that none are left" in outcome.message  # named, first or beside "crime fell"
    assert outcome.misconception in ("activity_as_none_left", "activity_as_crime_fall") and f"'{words}'" in outcome.message


@pytest.mark.parametrize("qid, title", [
    ("q1", "Gangs eliminated: 1,759, from the release"), ("q1", "Gangs broken up across China"),
    ("q5", "Suspected lenders: 14 left of every 100 at the 2019 peak (index)"),
    ("q1", "Not every gang was broken up: hardly any count of those left is given"),
])
def test_a_the_fair_neighbours_stay_recorded(qid, title):
    assert _chart02(qid, title).status == RECORDED


def test_a_an_unsupported_rise_is_quoted_with_what_the_figures_count():
    outcome = _chart02("q1", "Totals of a campaign while crime kept on rising (sure)")
    assert outcome.misconception == WORDS_NOT_SUPPORTED and "'crime'" in outcome.message
    assert "a count of police work" in outcome.message


@pytest.mark.parametrize("name", ["blackmail with recorded video chats", "extortion using secretly filmed video calls",
                                  "video-call blackmail", "threats to leak a recorded webcam chat"])
def test_c_a_clearer_name_that_says_the_recorded_video_chat_is_read(name):
    phrases = L3.YT6_PHRASES
    answer = {phrases[0]: "hired online posters causing trouble", phrases[1]: name,
              phrases[2]: "bad-faith compensation claims against shops"}
    assert L3.yt6.judge_values([answer]).passed


@pytest.mark.parametrize("name, code", [("blackmail with stolen photos", "name_not_read"),
                                        ("bare chat blackmail", "literal_translation")])
def test_c_a_name_without_the_recording_or_the_literal_one_is_still_named(name, code):
    phrases = L3.YT6_PHRASES
    answer = {phrases[0]: "paid trolls stirring up trouble", phrases[1]: name, phrases[2]: "malicious compensation claims"}
    assert L3.yt6.judge_values([answer]).misconception == code


@pytest.mark.parametrize("title, named", [("How much of each total came from the November operation", False),
                                          ("So much of the work came from November", True),
                                          ("November did much of the work", True)])
def test_a_question_of_how_much_is_no_majority(title, named):
    """Round 17's own fair corpus: 'How much of each total came from ...' asks a quantity; 'much of' still claims."""
    assert bool(L2.SHARE_AS_MAJORITY.find(title)) is named
