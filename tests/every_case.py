"""Many cheap cases checked in one test, every failing case reported (issue #15: `make check`'s speed).

A data-driven test of hundreds of cheap cases (a corpus of phrases, odd inputs) cost more in pytest and xdist than in
its own work when each case was a test of its own: about 1.7 CPU-ms a case under `make check`'s two workers
(collected twice, set up, reported to the controller; benchmarks/results/test_suite.md, round 11). ``assert_every``
runs all the cases in one test and fails naming every case that failed and why, as the parametrized tests did one by
one. The cases run in a shuffled order, as pytest-randomly shuffled the parametrized tests: ``random`` is seeded by
pytest-randomly before each test, so ``--randomly-seed=N`` repeats an order.
"""
from __future__ import annotations

import random
import traceback
from typing import Callable, Sequence, TypeVar

Case = TypeVar("Case")


def failures(cases: Sequence[Case], check: Callable[[Case], object], label: Callable[[Case], str] = repr) -> list[str]:
    """What is wrong with each failing case, named by ``label`` (its repr unless told): ``check(case)`` returns
    nothing (None or "") when the case holds, else what is wrong. A case whose check raises fails with its exception
    named, and the other cases still run."""
    found = []
    for case in random.sample(list(cases), len(cases)):
        try:
            wrong = check(case)
        except Exception as exc:  # reported with the case, like a parametrized test that raised
            where = traceback.extract_tb(exc.__traceback__)[-1]
            wrong = f"raised {type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})"
        if wrong:
            found.append(f"{label(case)}: {wrong}")
    return found


def assert_every(cases: Sequence[Case], check: Callable[[Case], object], what: str,
                 label: Callable[[Case], str] = repr) -> None:
    """Fail if any case fails ``check`` (see ``failures``), naming every one; ``what`` says what the cases are."""
    assert cases, f"no {what} to check"
    found = failures(cases, check, label)
    assert not found, f"{len(found)} of {len(cases)} {what} failed:\n" + "\n".join(found)
