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
"""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, TypeVar

from example_counts import thorough

Case = TypeVar("Case")


def sample(cases: Iterable[Case], every: int, by: Callable[[Case], Hashable] | None = None) -> list[Case]:
    """All ``cases`` in `make test`; in `make check`, of each group (``by(case)``; one group unless told) every
    ``every``-th case, the n-th group (from 0, in order of first appearance) starting at its case n modulo
    ``every`` (and modulo its size, so that it has one), in the cases' own order."""
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
