"""Lesson 04's typed answer keys (instructor only; never in a student build).

q1 and yt1 ask for the codebook category of statements written for the course (fictional), q2 which source could
hear each of five new people's reasons: judgements no data/ file holds, typed once here where ``import netcrime``
in a student build cannot read them (issue #19: round 6 found ``lesson04.NEW_STATEMENT_CODES`` and
``SOURCE_CODES`` handing the answers over). The student package holds only their seals (``checks/sealed_keys.json``,
written by ``python -m netcrime.instructor.seal_keys``); the judges in ``checks/lesson04.py`` ask a seal yes or no.
"""
from __future__ import annotations

# q1: eight new statements (lesson04.NEW_STATEMENTS in the exercise), the category a careful reader gives each;
# the judge's misconception messages give the decisive clue. Not in the codebook's order.
NEW_STATEMENT_CODES = {"N1": "sunk_cost", "N2": "weak_evidence", "N3": "intimidation", "N4": "fear_of_own_punishment",
                       "N5": "self_blame", "N6": "fear_of_exposure", "N7": "cost_exceeds_loss", "N8": "flight"}
# q2: who could hear each reason: a survey (they never met the police) or the police (they did).
SOURCE_CODES = {"W1": "survey", "W2": "survey", "W3": "police", "W4": "police", "W5": "survey"}
# yt1: the two practice statements (lesson04.YT1_STATEMENTS).
YT1_CODES = {"P1": "weak_evidence", "P2": "fear_of_own_punishment"}


def answers() -> dict[str, dict[str, object]]:
    """Every sealed answer of lesson 04, {question: {item: right answer}}."""
    return {"04/q1": dict(NEW_STATEMENT_CODES), "04/q2": dict(SOURCE_CODES), "04/yt1": dict(YT1_CODES)}
