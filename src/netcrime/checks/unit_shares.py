"""A share of the campaign worked in another unit: an operation's part over the campaign's whole, both right in
form, but counted in a unit the question does not ask for (issue #19, round 16).

Lesson 02's your turn 2 asks what share of the campaign's apprehended suspects the July operation apprehended. The
release gives the July operation in three units (9 localities, 39 series cases, 138 suspects) and the campaign in
several (1,759 gangs, 17,000 suspects, 32,000 cases ...). A beginner who reads "39 cases" first divides it by the
campaign's cases: 39 / 32,000, a part over a whole of one unit, which is what a share needs, but a share of
cases. Round 15 told that "too low, check the figures". The same slip in another operation (the November
operation's 133 gangs over the campaign's 1,759) is the same class. Here every such pair is worked out from the
release's table (an operation's figure over the campaign's figure of the same unit), never listed by hand, and the
verdict names the pair the student's number is, by ``matching.matches`` and only when one pair gives it.
"""
from __future__ import annotations

from .. import data
from ..units import plain
from .matching import matches

CODE = "share_in_another_unit"
DESCRIPTION = ("worked an operation's share of the campaign in another unit than the one asked (cases over cases: "
               "the July operation's 39 series cases over the campaign's 32,000 cases solved), where the question "
               "asks for a share of apprehended suspects")


def _pairs(asked_part: str, asked_whole: str) -> list[tuple[dict, dict]]:
    """(operation's figure, campaign's figure of the same unit) for every unit but the one asked (a pair in the asked
    unit, such as another operation's suspects, is another figure, which the question's own verdicts name)."""
    table = data.release_figures()
    asked_unit = table.set_index("id").loc[asked_whole, "unit"]
    rows = table.to_dict("records")
    operations = [r for r in rows if str(r.get("subset", "")).endswith("operation")]
    campaign = [r for r in rows if r.get("subset") == "campaign to date" and r.get("scope") == "national"]
    return [(part, whole) for part in operations for whole in campaign
            if part["unit"] == whole["unit"] != asked_unit and whole["value"]]


def share_in_another_unit(answer: float, asked_part: str, asked_whole: str) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is one operation's figure over the campaign's figure of the same unit, other
    than the pair the question asks (``asked_part`` / ``asked_whole``, ids of data/release_figures.csv); else None."""
    found = [(part, whole) for part, whole in _pairs(asked_part, asked_whole)
             if matches(answer, part["value"] / whole["value"])]
    if len(found) != 1:
        return None  # none, or two pairs giving the student's number: not told as either
    (part, whole), = found
    table = data.release_figures().set_index("id")
    asked_unit = table.loc[asked_whole, "unit"]
    operation = str(part["subset"]).replace(" operation", "")
    same_operation = table.loc[asked_part, "subset"] == part["subset"]
    return CODE, (f"You gave {plain(answer)}: that is {plain(part['value'])} / {plain(whole['value'])}, the {operation} "
                  f"operation's {part['unit']} ({part['id']}) over the campaign's {whole['unit']} ({whole['id']}). "
                  f"A part over a whole of one unit is a share, but a share of {whole['unit']}: the question asks "
                  f"for a share of {asked_unit}"
                  + ("" if same_operation else f", and for the {table.loc[asked_part, 'subset']}'s") +
                  f". Take both figures in {asked_unit}.")
