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
