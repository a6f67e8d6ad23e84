"""Alternative questions: one of a pair counts, the better one.

A question with ``alternative_to`` set (for example lesson 03's ``q2alt``, the
same task without sextortion material, for students who opt out of it) stands
in for another. In a graded record only the better of the two keeps its
points and its maximum, so opting out never costs or adds points.
"""
from __future__ import annotations


def merge(rows: list[dict], questions) -> list[dict]:
    """Zero the maximum (and points) of the weaker question of each alternative pair, in place."""
    by_id = {row["id"]: row for row in rows}
    for q in questions:
        main_id = getattr(q, "alternative_to", None)
        alt, main = by_id.get(q.id), by_id.get(main_id)
        if alt is None or main is None:
            continue
        alt_wins = alt["points"] > main["points"]
        loser, winner = (main, alt) if alt_wins else (alt, main)
        loser["max"], loser["points"] = 0.0, 0.0
        loser["message"] = f"(Not counted: {winner['id']} is the alternative that counts.) {loser['message']}"
    return rows
