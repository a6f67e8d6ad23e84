"""Lesson 01's typed answer keys (instructor only; never in a student build).

Question 7 asks what kind of statement each of five sentences is, and question 13 asks the checklist's five
answers about a sentence made up for it: neither key is in a table a student loads, and both are judgements, typed
once here, where ``import netcrime`` in a student build cannot read them (issue #19: round 6 found
``lesson01.statement_kinds()`` and ``checklist_answers()`` handing them over). The student package holds only their
seals (``checks/sealed_keys.json``, written by ``python -m netcrime.instructor.seal_keys``); the judges in
``checks/lesson01.py`` ask a seal yes or no, and find the right label among the options only while judging.
"""
from __future__ import annotations

# q7: each statement's kind (the statements and their sources are lesson01.STATEMENTS).
STATEMENT_KINDS = {
    "national_cases": "trend",  # 'has maintained a steady and declining trend': a change over time
    "sextortion_recorded": "trend",  # recorded cases 'continued to decline since June'
    "p2p_platforms": "trend",  # from 'about 5,000' at the peak to zero by mid-November
    "guangxi_first_case": "enforcement activity",  # a case detected: what the police did
    "notice_2022": "plan",  # a campaign deployed 'lasting one and a half years': what is to be done
}
# q13: the checklist on lesson01.CHECKLIST_SENTENCE; beside each label, the words of the sentence that decide it.
CHECKLIST = {
    "what": "suspects apprehended",  # 抓获犯罪嫌疑人: people the police caught, before any court
    "period": "one year",  # 去年全年: the whole of last year, a closed period
    "scope": "one province",  # 全省公安机关: one province's police
    "precision": "lower bound",  # 1.3万余: 余 means 'more than'
    "kind": "enforcement activity",  # the police report what they did
}


def answers() -> dict[str, dict[str, object]]:
    """Every sealed answer of lesson 01, {question: {item: right answer}}."""
    return {"01/q7": dict(STATEMENT_KINDS), "01/q13": dict(CHECKLIST)}
