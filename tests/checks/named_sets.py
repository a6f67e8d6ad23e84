"""Round 9's own plausible wrong answers for lessons 00, 01 and 05 (issue #19, names9a), in two sets.

Written before the round's engine changes, from the questions' prompts (solutions/NN_*.ipynb and the lessons'
your-turns), not from the judges' code: for each question, what a student computes or writes when a step goes
wrong, each with a regular expression saying what a verdict that NAMES that mistake must mention.

- ``named_set_a.py`` (set A): the set the round's fixes were made against; tests/checks/test_named_sets.py holds it
  to at least 92% named per lesson, none accepted, and the fair answers of ``FAIR`` all accepted.
- ``named_set_b.py`` (set B): written at the same time and kept aside while fixing; measured once at the end as
  this round's own holdout (its share is reported, not tuned on).

Wrong values are worked out from data/ here (never a right answer typed); a question that reads several values
(a number and a line of text) gets the wrong one first and the worked solution's others after it.
"""
from __future__ import annotations

import re
import warnings
from typing import Any, NamedTuple

from netcrime import data
from netcrime.checks import registry, worked


class Wrong(NamedTuple):
    lesson: str
    question: str
    label: str  # what the student did
    value: Any  # the wrong first value the question reads
    names: str  # a regular expression a verdict naming this mistake must match (case-insensitive)


def figure(name: str) -> float:
    """A figure of the 2020 release, or of a later release (data.releases())."""
    table = data.release_figures()
    if name in set(table["id"]):
        return float(table.set_index("id").loc[name, "value"])
    return float(data.releases().set_index("id").loc[name, "value"])


def right_values(lesson: str) -> dict[str, list]:
    """Every checked question's right values (graded and your-turns), as the worked solutions compute them."""
    found = dict(worked.answers(lesson))
    found.update({qid: list(answer.values) for qid, answer in worked.in_lesson(lesson).items()})
    return found


class Verdict(NamedTuple):
    wrong: Wrong
    passed: bool
    named: bool  # a declared, non-generic code AND a message matching ``wrong.names``
    code: str | None
    message: str


def judged(lesson: str, question: str, values: list):
    """The outcome of one of ``lesson``'s questions (graded or your-turn) on ``values``, as its check judges them
    (warnings a student's value raises in pandas are not this test's business)."""
    if lesson not in _QUESTIONS:
        _QUESTIONS[lesson] = {q.id: q for q in [*registry.questions(lesson), *registry.in_lesson(lesson)]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _QUESTIONS[lesson][question].judge_values(list(values))


_QUESTIONS: dict[str, dict] = {}


def judge_all(entries: list[Wrong], *, every_value: bool = False) -> list[Verdict]:
    """Each entry judged. ``every_value``: a tuple value is every value its question reads (a range's two ends);
    otherwise the value is the first, and the worked solution's others follow it."""
    out = []
    rights: dict[str, dict] = {}
    for wrong in entries:
        if wrong.lesson not in rights:
            rights[wrong.lesson] = right_values(wrong.lesson)
        right = rights[wrong.lesson][wrong.question]
        given = list(wrong.value) if every_value and isinstance(wrong.value, tuple) else [wrong.value, *right[1:]]
        outcome = judged(wrong.lesson, wrong.question, given)
        named = (not outcome.passed and outcome.names_the_mistake
                 and re.search(wrong.names, outcome.message or "", re.IGNORECASE | re.DOTALL) is not None)
        out.append(Verdict(wrong, outcome.passed, bool(named), outcome.misconception, outcome.message or ""))
    return out


def shares(verdicts: list[Verdict]) -> dict[str, float]:
    by: dict[str, list[Verdict]] = {}
    for v in verdicts:
        by.setdefault(v.wrong.lesson, []).append(v)
    return {lesson: sum(v.named for v in vs) / len(vs) for lesson, vs in sorted(by.items())}


# ----- what a holdout's test asserts (test_named_set_r10.py, test_named_set_r11a.py) --------------------------
def accepted(verdicts: list[Verdict]) -> list[tuple]:
    """The rows a judge accepted: every holdout wants none."""
    return [(v.wrong.lesson, v.wrong.question, v.wrong.label) for v in verdicts if v.passed]


def unnamed(verdicts: list[Verdict], lesson: str) -> list[tuple]:
    """A lesson's rows not named, with their code and the start of their message (what a failing bar shows)."""
    return [(v.wrong.question, v.wrong.label, v.code, v.message[:90]) for v in verdicts
            if v.wrong.lesson == lesson and not v.named]


def fair_rejected(rows: list[Wrong]) -> list[Wrong]:
    """The fair answers neither accepted nor recorded without a mistake (a question that also reads a written line
    is 'recorded for your instructor', with no misconception)."""
    out = []
    for wrong in rows:
        right = right_values(wrong.lesson)[wrong.question]
        outcome = judged(wrong.lesson, wrong.question, [wrong.value, *right[1:]])
        if not (outcome.passed or (outcome.status == "recorded" and outcome.misconception is None)):
            out.append(wrong)
    return out


def holdout_tests(holdout, measured: dict[str, float]):
    """The three tests of a holdout module (its ``entries()`` and ``fair()``), bars at ``measured`` per lesson: none
    accepted, no lesson's named share below its bar, every fair answer accepted. A test module assigns them to
    names starting with test_."""
    import pytest

    @pytest.fixture(scope="module")
    def verdicts():
        return judge_all(holdout.entries())

    def none_accepted(verdicts):
        assert not accepted(verdicts)

    @pytest.mark.parametrize("lesson", sorted(measured))
    def share_does_not_fall(verdicts, lesson):
        assert shares(verdicts)[lesson] >= measured[lesson] - 1e-9, unnamed(verdicts, lesson)

    def fair_accepted():
        assert not fair_rejected(holdout.fair())

    return verdicts, none_accepted, share_does_not_fall, fair_accepted


def chart_rows(lesson: str, charts) -> tuple[int, int, list, list]:
    """A holdout's whole-chart rows judged (each ``(question, label, build(right chart) -> chart, regex or None)``):
    (named, wrong charts, wrong charts accepted, fair charts not recorded). A fair chart (regex None) must be recorded
    for the instructor; a wrong one must not be recorded or correct, and is named when its message matches."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        right = right_values(lesson)
    named, total, accepted, rejected = 0, 0, [], []
    for question, label, build, names in charts:
        outcome = judged(lesson, question, [build(right[question][0])])
        if names is None:
            if outcome.status != "recorded":
                rejected.append((question, label, outcome.misconception))
            continue
        total += 1
        if outcome.status in ("recorded", "correct"):
            accepted.append((question, label))
        named += bool(outcome.names_the_mistake and re.search(names, outcome.message, re.IGNORECASE))
    return named, total, accepted, rejected
