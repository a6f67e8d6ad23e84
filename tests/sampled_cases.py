"""A long list of cheap cases: all of it in `make test`, a fixed sample that touches every group in `make check`.

Some tests sweep a long list of cases that each cost little (every probe over every question, the claim corpus,
every known wrong answer, every literal): together they were about a third of `make check`'s CPU (issue #15 asks
for a fast loop under 20 s on 2 cores; benchmarks/results/test_suite.md, round 16). As the Hypothesis check
profile runs 5 examples where `make test` runs 150 (tests/example_counts.py), such a test runs in `make check` a
sample of its list and in `make test` (so in CI) the whole list. The run's depth is told by the loaded profile
(``example_counts.thorough``), so the two never disagree.

The sample is the same every run (no randomness: a failure in `make check` repeats), and stratified: the cases are
put in groups (by question, lesson, class: ``by``), and of each group every ``every``-th case is taken, starting
with its first, so every group is still touched at least once. Every test still runs in `make check`; only its
list is shorter. tests/test_sampled_cases.py checks that `make test` selects the whole lists.
"""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, TypeVar

from example_counts import thorough

Case = TypeVar("Case")


def sample(cases: Iterable[Case], every: int, by: Callable[[Case], Hashable] | None = None) -> list[Case]:
    """All ``cases`` in `make test`; in `make check`, of each group (``by(case)``; one group unless told) its 1st,
    ``every + 1``-th, ``2 * every + 1``-th ... case, in the cases' own order."""
    cases = list(cases)
    if thorough() or every <= 1:
        return cases
    seen: dict[Hashable, int] = {}
    kept = []
    for case in cases:
        group = by(case) if by is not None else None
        position = seen.get(group, 0)
        seen[group] = position + 1
        if position % every == 0:
            kept.append(case)
    return kept
