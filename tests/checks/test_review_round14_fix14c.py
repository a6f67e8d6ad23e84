"""Review round 14 (issue #19), the teaching review's last items: each a declared misconception or a new assessed
part, with its own test. Each test builds its own case and works its numbers out from the data, not typed."""
from __future__ import annotations

import pandas as pd
import pytest

from netcrime import classify, data
from netcrime.checks import lesson03 as L3

# A second rule list (the lesson's with a wider trap-loan pattern), so that the class is checked on counts other
# than the lesson's own.
WIDER = [(code, pattern + "|loan" if code == "trap_loan" else pattern) for code, pattern in classify.LESSON_RULES]


def _train() -> pd.DataFrame:
    cases = data.case_vignettes()
    return cases[cases["split"] == "train"]


@pytest.mark.parametrize("rules", [classify.LESSON_RULES, WIDER], ids=["lesson", "wider"])
def test_03_yt2_both_kinds_of_mistake_counted_is_named(rules):
    train = _train()
    is_trap_loan = train["primary_type"] == "trap_loan"
    fires = train["text"].str.contains(dict(rules)["trap_loan"], case=False)
    labelled = classify.apply_rules(train["text"], rules) == "trap_loan"
    asked = int((fires & ~is_trap_loan).sum())
    for disagreements, word in [(int((fires != is_trap_loan).sum()), "pattern"),
                                (int((labelled != is_trap_loan).sum()), "LABEL")]:
        assert disagreements != asked
        outcome = L3.yt2.judge_values([disagreements, rules])
        assert outcome.misconception == "mistakes_both_ways", (disagreements, outcome.message)
        assert "disagree either way" in outcome.message and word in outcome.message
    assert L3.yt2.judge_values([asked, rules]).passed


def test_03_yt2_the_reviewers_9_is_the_labels_disagreeing_both_ways():
    train = _train()
    is_trap_loan = train["primary_type"] == "trap_loan"
    labelled = classify.apply_rules(train["text"], classify.LESSON_RULES) == "trap_loan"
    nine = int((labelled != is_trap_loan).sum())
    assert nine == 9  # the review's answer, read from the data (4 labelled wrongly + 5 trap loans missed)
    outcome = L3.yt2.judge_values([nine, classify.LESSON_RULES])
    assert outcome.misconception == "mistakes_both_ways" and "LABEL" in outcome.message


# ----- 02 yt2: the skill of 01 q4 (a part over its whole) on figures q4 does not use ---------------------------
def _fig(figure_id: str) -> float:
    table = data.release_figures()
    return float(table.loc[table["id"] == figure_id, "value"].item())


def test_02_yt2_asks_a_share_on_other_figures_than_01_q4():
    from netcrime.checks import lesson01 as L1
    from netcrime.checks import lesson02 as L2

    july, held, detained = (_fig("july_suspects_apprehended"), _fig("suspects_apprehended"),
                            _fig("suspects_detained"))
    assert L2.yt2.judge_values([july / held]).passed
    assert L2.yt2.judge_values([round(july / held, 4)]).passed  # two significant figures
    # 01 q4's answer is right there and wrong here, and named as that question's
    assert L1.q4.judge_values([detained / held]).passed
    repeat = L2.yt2.judge_values([detained / held])
    assert repeat.misconception == "detained_share_given" and "lesson 01" in repeat.message
    # the figure is part of the campaign totals, as its note says (the question relies on it)
    note = data.release_figures().set_index("id").loc["july_suspects_apprehended", "note"]
    assert "Part of the campaign totals" in note


@pytest.mark.parametrize("wrong, code", [
    (lambda j, h, d, n, c: 100 * j / h, "percent_not_share"),
    (lambda j, h, d, n, c: h / j, "inverted_share"),
    (lambda j, h, d, n, c: h - j, "difference_not_share"),
    (lambda j, h, d, n, c: 1 - j / h, "complement_share"),
    (lambda j, h, d, n, c: j / (h + j), "part_added_to_whole"),
    (lambda j, h, d, n, c: j / (h + n), "operation_added"),
    (lambda j, h, d, n, c: j / d, "detained_as_whole"),
    (lambda j, h, d, n, c: n / h, "november_not_july"),
    (lambda j, h, d, n, c: j / n, "other_operation_as_whole"),
    (lambda j, h, d, n, c: c / h, "cases_not_suspects"),
], ids=lambda x: x if isinstance(x, str) else "")
def test_02_yt2_each_named_mistake(wrong, code):
    from netcrime.checks import lesson02 as L2

    value = wrong(_fig("july_suspects_apprehended"), _fig("suspects_apprehended"), _fig("suspects_detained"),
                  _fig("november_suspects_apprehended"), _fig("july_sextortion_cases"))
    outcome = L2.yt2.judge_values([value])
    assert not outcome.passed and outcome.misconception == code, outcome.message


# ----- 05 q17: weighing q8's rivals (objective o7) ----------------------------------------------------------------
def _weighed() -> dict:
    """q17's answer, built here from q8's sourced rivals (its judge's set) and the evidence each one predicts."""
    from netcrime.checks import lesson05 as L5

    evidence = {"peak_before_campaign": "peak_month", "p2p_clean_up": "by_channel", "own_platform": "outside_count"}
    assert set(evidence) == {"peak_before_campaign", "p2p_clean_up", "own_platform"} <= set(L5.RIVALS)
    assert L5.q8.judge_values([list(evidence)]).passed  # the same three rivals q8 credits
    return evidence


def test_05_q17_is_declared_against_o7_and_credits_the_weighing():
    from netcrime.checks import lesson05 as L5
    from netcrime.checks.objectives import objective_of

    assert objective_of("05", "q17").startswith("list, source and weigh rival") and L5.q17 in L5.QUESTIONS
    right = _weighed()
    assert L5.q17.judge_values([right]).passed
    # by meaning: the evidence's own words for its key, a key with a space or in capitals
    words = {rival: L5.RIVAL_EVIDENCE[key] for rival, key in right.items()}
    assert L5.q17.judge_values([words]).passed
    assert L5.q17.judge_values([{rival: key.replace("_", " ").upper() for rival, key in right.items()}]).passed


@pytest.mark.parametrize("given, code, said", [
    ("gangs_broken_up", "activity_as_evidence", "campaign's own work"),
    ("repeated_86", "repetition_as_evidence", "same count"),
    ("ministry_says", "claim_as_evidence", "claim being weighed"),
])
def test_05_q17_evidence_both_stories_predict_is_named_for_every_rival(given, code, said):
    from netcrime.checks import lesson05 as L5

    for rival in _weighed():
        outcome = L5.q17.judge_values([{**_weighed(), rival: given}])
        assert not outcome.passed and outcome.misconception == code and said in outcome.message, outcome.message


def test_05_q17_another_rivals_evidence_is_named_and_says_what_it_tests():
    from netcrime.checks import lesson05 as L5

    right = _weighed()
    swapped = {**right, "peak_before_campaign": right["p2p_clean_up"], "p2p_clean_up": right["peak_before_campaign"]}
    outcome = L5.q17.judge_values([swapped])
    assert outcome.misconception == "evidence_for_another_rival"
    assert "2 of 3 wrong" in outcome.message and "another rival" in outcome.message
    assert L5.RIVAL_EVIDENCE["by_channel"] in outcome.message  # what the given evidence is, in its words
    assert L5.q17.judge_values([{**right, "own_platform": "a hunch"}]).misconception == "label_not_an_option"
    assert L5.q17.judge_values([list(right)]).status == "wrong type"


@pytest.mark.parametrize("keys", [(), ("peak_before_campaign",), ("more_users", "law_march_2021", "campaign_worked"),
                                  ("peak_before_campaign", "p2p_clean_up", "own_platform", "more_users")])
def test_q17_wrong_keys_are_told_without_naming_q8_s_answer(keys):
    """q17's keys are q8's answer: an empty dict (or any wrong set of keys) must not list the keys q17 expects, which
    would hand q8's rivals to anyone who stores {} (the lead's read-through of round 14)."""
    from netcrime.checks import lesson05 as L5

    outcome = L5.q17.judge_values([{key: "peak_month" for key in keys}])
    assert outcome.status == "wrong type" and outcome.misconception in ("missing_key", "extra_key")
    assert not any(rival in outcome.message for rival in ("peak_before_campaign", "p2p_clean_up", "own_platform"))
    assert "q8.check()" in outcome.message
