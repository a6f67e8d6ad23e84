"""A chart's words read through one lesson 02 question's own claim rules and required statements, as its verdict
reads them (``claims.claim_rule``): the measure the word-set tests (test_claim_wordsets, test_chart_words_round8)
share."""
from __future__ import annotations

from netcrime.checks import lesson02 as L
from netcrime.checks.claims import Required, claim_rule

QUESTIONS = {q.id: q for q in (L.q1, L.q2, L.q3, L.q4, L.q5, L.q6, L.q9, L.yt1, L.yt5)}
CLAIMS = {c.code: c for c in (L.CRIME_FELL, L.VICTIMS, L.CONVICTED, L.NATIONWIDE, L.RANKED, L.COUNTED_AS_CRIME,
                              L.RELEASES_TREND, L.UNMENTIONED_AS_ZERO, L.INDEX_AS_COUNT, L.EVERY_PROVINCE)}
REQUIRED = {rule.code: rule for rule in (L.index_stated, L.selection_stated, L.periods_stated, L.summed, L.unreported)}


def named_in(question: str, spec: dict) -> dict[str, str]:
    """code -> the verdict's message, for every claim or denied statement the question's rules find in ``spec``."""
    found = {}
    for code in QUESTIONS[question].judge.misconceptions:
        rule = (claim_rule(CLAIMS[code], "police activity", L.WORD_LABELS.get(question, ())) if code in CLAIMS
                else REQUIRED.get(code))
        if isinstance(rule, Required) and rule.reading(spec)[0] != "denied":
            continue  # a statement left out is test_required_statements' measure (round 12); a denied one is a claim's
        if rule is not None:
            message = rule.spot(spec)
            if message:
                found[code] = message
    return found
