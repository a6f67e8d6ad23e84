"""Lesson 03's typed answer keys (instructor only; never in a student build).

Questions 1, 8 and 9 and the your-turn yt1 ask for labels of cases written for them (fictional), which no table
a student loads holds: their key is a judgement, typed once here, where ``import netcrime`` in a student build
cannot read it (issue #19: round 6 found ``lesson03._Q1_KEY``, ``Q8_ANSWER`` and ``Q9_DECISIONS`` handing the
answers over). The student package holds only their seals (``checks/sealed_keys.json``, written by
``python -m netcrime.instructor.seal_keys``); the judges in ``checks/lesson03.py`` ask a seal yes or no.
"""
from __future__ import annotations

# q1: six fictional cases (lesson03.Q1_CASES), each labelled by its decisive clue (the judge's misconception
# messages say which).
Q1_KEY = {"N1": "trap_loan", "N2": "debt_harassment", "N3": "publicity_extortion", "N4": "paid_trolls",
          "N5": "pyramid_selling", "N6": "malicious_claim"}
# q8: Ms Rao's case: a real debt collected by a post about her, so the aim is collection.
Q8_TYPE = "debt_harassment"
# q9: five changes to someone's rules, kept or dropped by what they do on cases kept apart.
Q9_DECISIONS = {"A": "drop", "B": "keep", "C": "keep", "D": "drop", "E": "drop"}
# yt1: the court record: paid to keep a damaging clip off line.
YT1_TYPE = "publicity_extortion"
# q10: each type's Chinese name (lesson03.Q10_NAMES) and the letter of the feature that decides it
# (lesson03.Q10_FEATURES).
Q10_DECIDERS = {"C1": "d", "C2": "e", "C3": "g", "C4": "c", "C5": "f", "C6": "a", "C7": "b"}


def answers() -> dict[str, dict[str, object]]:
    """Every sealed answer of lesson 03, {question: {item: right answer}} (one item, 'answer', for one label)."""
    return {"03/q1": dict(Q1_KEY), "03/q8": {"answer": Q8_TYPE}, "03/q9": dict(Q9_DECISIONS),
            "03/yt1": {"answer": YT1_TYPE}, "03/q10": dict(Q10_DECIDERS)}
