"""A judge's quick ``passes`` (round 9, #15's fast loop) says exactly what judging each number says.

``day_counts`` reads a wrong number of days as weeks, months or hours and asks the question's number judge about
every whole number of days within one unit of that reading (up to about 75 numbers). Judging each in full named the
mistake in every wrong one (the key and every misconception worked out from the data again, each time): 8 of
make check's CPU-s. ``compare.number`` now gives its Judge a ``passes`` that works the key out once and only asks
whether a number is right; ``Judge.passes_any`` uses it. These tests compare it with the full verdict, number by
number, for every number judge of every lesson's questions, on the numbers where the two could part: the key, its
roundings (both ways of rounding a half), one off, a hair off inside and outside the tolerance, each misconception's
value, the readings in other units and, for the two questions day_counts reads, the whole window it asks about
(the other judges' comparison is ``slow``: make test runs it).
"""
from __future__ import annotations

import math
import types

import pytest

from netcrime.checks import compare, registry, slips, worked
from netcrime.checks.day_counts import OTHER_UNITS
from netcrime.checks.judge import Judge


def _number_judges() -> list[tuple[str, Judge]]:
    """(where, judge) for every Judge with a ``passes`` that a lesson's question reaches through judges, parts and
    closures."""
    found: dict[int, tuple[str, Judge]] = {}
    seen: set[int] = set()

    def walk(obj, where: str, depth: int) -> None:
        if depth > 8 or id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, Judge):
            if obj.passes is not None:  # one per passes: a wrapper that passes its number judge's on is asked
                found.setdefault(id(obj.passes), (where, obj))
            walk(obj.function, where, depth + 1)
        elif isinstance(obj, types.FunctionType):
            for cell in obj.__closure__ or ():
                try:
                    walk(cell.cell_contents, where, depth + 1)
                except ValueError:  # an empty cell
                    pass
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                walk(item, where, depth + 1)
        elif isinstance(obj, dict):
            for item in obj.values():
                walk(item, where, depth + 1)
        elif hasattr(obj, "judge") and not isinstance(obj, type):  # a question's part
            walk(obj.judge, where, depth + 1)

    for lesson in registry.lesson_ids():
        for question in registry.checked(lesson):
            walk(question.judge, f"{lesson}-{question.id}", 0)
            for part in getattr(question, "parts", None) or ():
                walk(part, f"{lesson}-{question.id}", 0)
    return list(found.values())


JUDGES = _number_judges()


def _key_and_values(judge: Judge) -> tuple[float, list]:
    """The judge's key and its misconceptions' values, from the cells of its ``passes`` (worked out in the test,
    not at collection: each worker collects)."""
    cells = dict(zip(judge.passes.__code__.co_freevars, judge.passes.__closure__))
    return (float(compare._resolve(cells["expected"].cell_contents)),
            [compare._resolve(m.value) for m in cells["misconceptions"].cell_contents])


def _near(judge: Judge) -> list[float]:
    """Numbers where a quick answer and the full verdict could part."""
    key, values = _key_and_values(judge)
    out = [key, -key, key + 1, key - 1, key + 0.5, key - 0.5, key * (1 + 1e-7), key * (1 - 1e-7),
           key * (1 + 1e-5), key * (1 - 1e-5), math.floor(key), math.ceil(key), 0.0]
    for places in range(-2, 8):
        out += [round(key, places), slips._half_up(key, places) if places >= 0 else round(key, places)]
    for value in values:
        for v in (value if isinstance(value, (list, tuple)) else [value]):
            if v is not None and math.isfinite(float(v)):
                out += [float(v), float(v) + 1, round(float(v), 2)]
    for _unit, days in OTHER_UNITS:
        out += [key / days, round(key / days), math.floor(key / days), round(key / days, 1), key * days]
    return list(dict.fromkeys(float(n) for n in out if math.isfinite(float(n))))


DAY_COUNTS = ("01-yt1", "02-yt4")  # the questions day_counts reads (the only ones that ask passes_any today)
ASKED = [j for j in JUDGES if j[0] in DAY_COUNTS]
OTHERS = [j for j in JUDGES if j[0] not in DAY_COUNTS]


def test_the_number_judges_are_found():
    where = {w for w, _ in JUDGES}
    assert len(JUDGES) >= 20, where
    assert set(DAY_COUNTS) <= where, where


def _agrees(where, judge, numbers):
    passed = [judge(n).passed for n in numbers]  # each number judged in full once (it was three times: #15, round 10)
    for n, verdict in zip(numbers, passed):
        assert judge.passes([n]) == verdict, (where, n)
    assert judge.passes_any(numbers) == any(passed)
    assert not judge.passes_any([n for n, verdict in zip(numbers, passed) if not verdict])


@pytest.mark.parametrize("where,judge", ASKED, ids=[j[0] for j in ASKED])
def test_passes_says_what_the_verdict_says_where_day_counts_asks(where, judge):
    _agrees(where, judge, _near(judge))


@pytest.mark.slow  # every number judged in full (make test runs it)
@pytest.mark.parametrize("where,judge", ASKED, ids=[j[0] for j in ASKED])
def test_passes_says_what_the_verdict_says_over_the_window_day_counts_asks(where, judge):
    """Every whole number near the key, where day_counts's readings could pass (farther ones are wrong both ways),
    and a tenth-step grid around it."""
    key, _ = _key_and_values(judge)
    numbers = [float(n) for n in range(math.floor(key) - 12, math.ceil(key) + 13)]
    _agrees(where, judge, numbers + [round(key + step / 10, 1) for step in range(-15, 16)])


@pytest.mark.slow  # each wrong number judged in full: about 10 CPU-s for all of them (make test runs it)
@pytest.mark.parametrize("where,judge", OTHERS, ids=[j[0] for j in OTHERS])
def test_passes_says_what_the_verdict_says_for_every_number_judge(where, judge):
    _agrees(where, judge, _near(judge))


@pytest.mark.parametrize("lesson,qid", [("01", "yt1"), ("02", "yt4")])
def test_the_judge_day_counts_reads_answers_quickly(lesson, qid):
    """The judge inside each question day_counts wraps has a ``passes`` (a lesson's own wrapper passes its number
    judge's on), so a reading in weeks or months does not judge dozens of numbers in full; and it agrees."""
    question = next(q for q in registry.checked(lesson) if q.id == qid)
    function = question.judge.function
    cells = dict(zip(function.__code__.co_freevars, function.__closure__))
    while "inner" not in cells and "days" in cells:  # a lesson's last reading around day_counts (02 yt4, round 14)
        function = cells["days"].cell_contents.function
        cells = dict(zip(function.__code__.co_freevars, function.__closure__))
    inner = cells["inner"].cell_contents
    assert inner.passes is not None, (lesson, qid)
    right = float(worked.in_lesson(lesson)[qid].values[0])
    numbers = [right, right + 1, right - 1, right / 7, round(right / 7), right / 30.44, round(right / 30.44), 0.5]
    for n in numbers:
        assert inner.passes([n]) == inner(n).passed, (lesson, qid, n)


def test_a_judge_without_passes_is_asked_number_by_number():
    seen = []

    def function(value):
        seen.append(value)
        return compare.correct("right") if value == 3 else compare.incorrect("wrong")

    judge = Judge(function)
    assert judge.passes_any([1, 2, 3, 4])
    assert seen == [1, 2, 3]  # stops at the first right one, as any() does
    assert not judge.passes_any([5, 6])
