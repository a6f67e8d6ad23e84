"""Alternative questions: one of a pair counts, the better one.

A question with an ``alternative_to`` attribute (lesson 03's ``q2alt``, the
same task without sextortion material, for students who opt out of it) stands
in for another. In a graded record only the better of the two keeps its points
and its maximum, so opting out never costs or adds points.
"""
from __future__ import annotations

import dataclasses


def _get(row, name):
    return row[name] if isinstance(row, dict) else getattr(row, name)


def _zeroed(row, winner_id: str):
    """The row with no points and no maximum, saying which alternative counts (rows may be frozen)."""
    changes = {"max": 0.0, "points": 0.0,
               "message": f"(Not counted: {winner_id} is the alternative that counts.) {_get(row, 'message')}"}
    return {**row, **changes} if isinstance(row, dict) else dataclasses.replace(row, **changes)


def merge(rows: list, questions) -> list:
    """Zero the maximum (and points) of the weaker question of each alternative pair, in place.

    ``rows`` are the grader's question rows (dicts or objects with id, max, points, message).
    """
    index = {_get(row, "id"): i for i, row in enumerate(rows)}
    for q in questions:
        alt, main = index.get(q.id), index.get(getattr(q, "alternative_to", None))
        if alt is None or main is None:
            continue
        loser, winner = (main, alt) if _get(rows[alt], "points") > _get(rows[main], "points") else (alt, main)
        rows[loser] = _zeroed(rows[loser], _get(rows[winner], "id"))
    return rows
