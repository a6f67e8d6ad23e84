"""A long list of cheap cases: all of it in `make test`, a fixed sample that touches every group in `make check`.

Some tests sweep a long list of cases that each cost little (every probe over every question, the claim corpus,
every known wrong answer, every literal): together they were about a third of `make check`'s CPU (issue #15 asks
for a fast loop under 20 s on 2 cores; benchmarks/results/test_suite.md, round 16). As the Hypothesis check
profile runs 5 examples where `make test` runs 50 (tests/conftest.py; a test may set its own count,
tests/example_counts.py), such a test runs in `make check` a sample of its list and in `make test` (so in CI) the
whole list. The run's depth is told by the loaded profile
(``example_counts.thorough``), so the two never disagree.

The sample is the same every run (no randomness: a failure in `make check` repeats), and stratified: the cases are
put in groups (by question, lesson, class: ``by``), and of each group every ``every``-th case is taken, so every
group is still touched at least once. The first group starts with its first case, the next with its second, and so
on round (within the group's size): where the groups hold the same kinds of case in the same order (each question
given the same odd values), every kind is still tried on some group. Every test still runs in `make check`; only
its list is shorter. tests/test_sampled_cases.py checks that `make test` selects the whole lists.

The same rule reaches a test function's parametrized cases (round 18, issue #15: `make check` was 76 CPU-s where 20 s
on 2 cores needs about 36): `make check`'s runner loads this module as a pytest plugin, and a function with at least
``MANY`` cases runs a fixed sample of them (``sample_parametrized``: every lesson, question and class still touched,
every function still run), the review rounds' regression lists more sparsely. `make test` and CI run every case. Each
part of `make check` says how many cases it left to `make test`, and the runner's summary line sums them.
"""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, TypeVar

import pytest

Case = TypeVar("Case")


def sample(cases: Iterable[Case], every: int, by: Callable[[Case], Hashable] | None = None) -> list[Case]:
    """All ``cases`` in `make test`; in `make check`, of each group (``by(case)``; one group unless told) every
    ``every``-th case, the n-th group (from 0, in order of first appearance) starting at its case n modulo
    ``every`` (and modulo its size, so that it has one), in the cases' own order."""
    from example_counts import thorough  # here, not at import: the runner loads this module before Hypothesis's plugin

    cases = list(cases)
    if thorough() or every <= 1:
        return cases
    groups: dict[Hashable, list[int]] = {}
    for index, case in enumerate(cases):
        groups.setdefault(by(case) if by is not None else None, []).append(index)
    kept = set()
    for number, indices in enumerate(groups.values()):
        start = number % min(every, len(indices))
        kept.update(indices[start::every])
    return [case for index, case in enumerate(cases) if index in kept]


# The pytest plugin: `make check`'s runner loads this module with ``-p sampled_cases`` (tools/make_check.py); `make
# test` (and CI) never does, so runs every case. With it, under a profile lighter than the thorough one, a test
# function parametrized with at least ``MANY`` cases runs a fixed sample of them (``sample_parametrized``): every
# ``EVERY``-th, or every ``EVERY_REGRESSION``-th in a regression list (a file whose name holds a word of
# ``REGRESSION``: the review rounds' files, which repeat what a round found, where a lesson's own tests say what each
# question must do). A list of fewer cases (the six lessons, a question's three charts) runs whole. Chosen by
# measurement (benchmarks/results/test_suite.md, round 18).
MANY = 7
EVERY = 4
EVERY_REGRESSION = 6
REGRESSION = ("round",)
_COUNTED = pytest.StashKey[list]()  # [cases, of them kept, functions sampled]
LEFT = "sampled_cases: {left} parametrized cases left to make test ({kept} of {cases} run, in {functions} functions)"


def case_parts(item) -> tuple[str, ...]:
    """A parametrized case's id in its parts: pytest joins its parameters' ids with '-' ('00-q1', 'q2-Victims-...')."""
    return tuple(item.callspec.id.split("-"))


def sample_parametrized(cases: list, every: int) -> list:
    """Of one test function's cases (pytest items), the fixed stratified sample, in the order of their ids (not the
    collected order: pytest-randomly has shuffled it, and a list made from a set is in another order in each process):
    ``sample``
    with the cases grouped by the first part of their ids where several share it (the lesson of '00-q1', the
    question of 'q2-...'; cases whose first parts are all different are one group), and then, for every part that
    several cases share at the same place in their ids (a lesson, a question, a class of mistake:
    'activity_as_crime_fall'), one case that has it if the sample had none (of those cases, the n-th for the n-th such
    part, n modulo their number). So every group and every class is still touched, and the function runs at least one
    case. The same every run: it depends on the ids only."""
    cases = sorted(cases, key=lambda item: item.callspec.id)
    parts = {id(item): case_parts(item) for item in cases}
    shared: dict[tuple[int, str], list] = {}
    for item in cases:
        for place, part in enumerate(parts[id(item)]):
            shared.setdefault((place, part), []).append(item)
    kept = {id(item) for item in sample(cases, every, by=lambda item: parts[id(item)][0]
                                        if len(shared[0, parts[id(item)][0]]) > 1 else None)}
    for number, holders in enumerate(holders for holders in shared.values() if len(holders) > 1):
        if not any(id(item) in kept for item in holders):
            kept.add(id(holders[number % len(holders)]))
    return [item for item in cases if id(item) in kept]


def _regression(item) -> bool:
    return any(word in item.path.name for word in REGRESSION)


@pytest.hookimpl(trylast=True)  # after the markers have deselected theirs
def pytest_collection_modifyitems(config, items) -> None:
    """`make check`: each test function with many parametrized cases keeps its sample (``sample_parametrized``)."""
    from example_counts import thorough

    if thorough():
        return
    functions: dict[str, list] = {}
    for item in items:
        if getattr(item, "callspec", None) is not None:
            functions.setdefault(f"{item.parent.nodeid}::{item.originalname}", []).append(item)
    kept, counted = set(), [0, 0, 0]
    for cases in functions.values():
        every = EVERY_REGRESSION if _regression(cases[0]) else EVERY
        chosen = sample_parametrized(cases, every) if len(cases) >= MANY else cases
        kept.update(map(id, chosen))
        counted = [counted[0] + len(cases), counted[1] + len(chosen), counted[2] + (len(chosen) < len(cases))]
    if counted[0] > counted[1]:
        items[:] = [item for item in items if getattr(item, "callspec", None) is None or id(item) in kept]
    config.stash[_COUNTED] = counted


def pytest_terminal_summary(terminalreporter, config) -> None:
    """One line the runner reads and sums: how many cases this run left to `make test`."""
    cases, kept, functions = config.stash.get(_COUNTED, (0, 0, 0))
    if cases > kept:
        terminalreporter.write_line(LEFT.format(left=cases - kept, kept=kept, cases=cases, functions=functions))
