"""How many examples a property test that sets its own count runs, in `make test` and in `make check`.

A test's own ``@settings(max_examples=N)`` overrides the loaded Hypothesis profile, so without this the quick
loop (`make check`, ``--hypothesis-profile=check``) ran every such test at its full count: about 2,500 of the
3,100 examples `make check` drew. ``examples(N)`` is N under the thorough profile (`make test`, CI), and the
loaded profile's count when that is smaller (`make check`: 5 each, enough to catch a property that fails for most
inputs; Hypothesis also replays first any failure it saved).
"""
from __future__ import annotations

from hypothesis import settings

THOROUGH = "thorough"  # the profile `make test` loads (tests/conftest.py)


def thorough() -> bool:
    """Whether this run is `make test`'s: the loaded profile draws at least as many examples as the thorough one.

    The one test of a run's depth: ``examples`` here and ``sampled_cases.sample`` (the whole list of cases in `make
    test`, a fixed sample of it in `make check`) both ask it."""
    return settings.default.max_examples >= settings.get_profile(THOROUGH).max_examples


def examples(count: int) -> int:
    """``count`` examples under the thorough profile (or one that draws at least as many), else the profile's."""
    return count if thorough() else min(count, settings.default.max_examples)
