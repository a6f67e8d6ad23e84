"""The words a student may use for a figure's precision, unit and period basis, in one place.

Lesson 01 (q8) and lesson 05 (q1, q9, q12, q16 and the your-turn checks) ask for the same labels
that data/ stores (``schemas``: "lower bound", "vicious-force groups", "explicit"). A student who
writes "floor" or "at least" for a lower bound, or the release's own Chinese unit 恶势力犯罪集团 for
"vicious-force groups", has read the figure right; these tables let every judge read those words
the same way (``labels.read_label(..., aliases=...)``) instead of each lesson keeping its own list.
"""
from __future__ import annotations

from ..schemas import PERIOD_BASES, RELEASE_UNITS

PRECISIONS = ("exact", "rounded", "lower bound")

PRECISION_ALIASES = {
    "lower": "lower bound", "at least": "lower bound", "minimum": "lower bound", "floor": "lower bound",
    "more than": "lower bound", "over": "lower bound",
    "approximate": "rounded", "approximately": "rounded", "round": "rounded", "about": "rounded",
    "exactly": "exact", "precise": "exact",
}

# The release's own Chinese words for each unit (schemas.RELEASES' unit column names them).
UNIT_ALIASES = {
    "团伙": "gangs", "犯罪团伙": "gangs",
    "涉黑组织": "mafia-type organisations", "黑社会性质组织": "mafia-type organisations",
    "恶势力犯罪集团": "vicious-force groups", "涉网恶势力犯罪集团": "vicious-force groups", "恶势力": "vicious-force groups",
    "涉黑恶犯罪组织": "gang organisations", "涉网黑恶犯罪组织": "gang organisations", "黑恶犯罪组织": "gang organisations",
}

BASIS_ALIASES = {"stated": "explicit", "explicit period": "explicit", "named": "explicit", "named period": "explicit"}

FIGURE_WORD_ALIASES = {**PRECISION_ALIASES, **UNIT_ALIASES, **BASIS_ALIASES}

assert set(PRECISION_ALIASES.values()) <= set(PRECISIONS)
assert set(UNIT_ALIASES.values()) <= set(RELEASE_UNITS)
assert set(BASIS_ALIASES.values()) <= set(PERIOD_BASES)


def aliases_for(labels) -> dict[str, str]:
    """The aliases whose label is one of ``labels`` (so 'floor' is never read where no lower bound is allowed)."""
    allowed = set(labels)
    return {alias: label for alias, label in FIGURE_WORD_ALIASES.items() if label in allowed}
