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


def examples(count: int) -> int:
    """``count`` examples under the thorough profile (or one that draws at least as many), else the profile's."""
    loaded = settings.default.max_examples
    if loaded >= settings.get_profile(THOROUGH).max_examples:
        return count
    return min(count, loaded)
