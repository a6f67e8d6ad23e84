"""A calculation redone on rows of another unit: the right parts of the release, the wrong row of each (issue #19).

A question that combines two figures of two parts of the release (the July and the November operation's suspects
added, 00 q5; the July operation's suspects over the campaign's, 02 yt2) is often answered with the same calculation
on other rows of those parts: the July operation's 39 series cases plus the November operation's 133 gangs (a filter
on the part alone, then the first row of each), or the July operation's 39 cases over the campaign's 32,000 cases (a
share, but of cases). Round 15 told both "too high/too low, check the figures". Round 16 named them by two
mechanisms (fix16a's ``figure_family._rows_of_other_units`` for sums and differences, fix16b's ``unit_shares`` for
shares); round 17 made them this one rule, used by both questions, with the same verdicts
(tools/record_verdicts.py before and after, over the 11 test files that judge these questions).

The rule (``redone``): each figure of the calculation is replaced by a stand-in row of the release's table, at least
one of them of another unit than the figure it replaces (both of the question's own units is another figure, which
the questions' other verdicts name). A stand-in is another row of the same part, except in a share of the campaign
(an operation's figure over the campaign's), where the operation's row may be any operation's: "an operation's share
of the campaign" in the wrong unit is the slip, whichever operation (the November operation's 133 gangs over the
campaign's 1,759 gangs). A share's two rows count one unit (a part over a whole of one unit is a share, of that unit;
over unlike units it is a rate, which is another slip). The pairs are worked out from the table when judging, never
listed by hand. Each verdict says the rows with their units, since a sum of unlike counts counts nothing and a share
in another unit is a share of something else.
"""
from __future__ import annotations

from ..units import plain
from .matching import matches
from .slips import part_named, unit_named
from .values import close

OTHER_UNIT_ROWS = "rows_of_other_units"
OTHER_UNIT_ROWS_DESCRIPTION = ("took the right parts of the release (the two operations the question names) but, in "
                               "each, a row of another unit than the question's, and added or subtracted figures "
                               "that count different things (cases and gangs where suspects are asked)")
SHARE_IN_ANOTHER_UNIT = "share_in_another_unit"
SHARE_IN_ANOTHER_UNIT_DESCRIPTION = ("worked an operation's share of the campaign in another unit than the one asked "
                                     "(cases over cases: the July operation's 39 series cases over the campaign's "
                                     "32,000 cases solved), where the question asks for a share of apprehended "
                                     "suspects")
CAMPAIGN = "campaign to date"


def _an_operation(name: str) -> bool:
    return (part_named(name) or "").endswith(" operation")


def _apply(op: str, x: float, y: float) -> float | None:
    if op == "+":
        return x + y
    if op == "−":
        return x - y
    return x / y if y else None


def redone(a: str, b: str, op: str, table: dict[str, float]) -> list[tuple[str, str, float]]:
    """(stand-in for ``a``, stand-in for ``b``, the calculation on them) for ``a op b`` (op '+', '−' or '/'), a figure
    of two different parts of the release, redone on rows of ``table`` ({id: value}) as the module's docstring says;
    [] when a figure has no unit or part, or both are of one part."""
    if None in (unit_named(a), unit_named(b), part_named(a), part_named(b)) or part_named(a) == part_named(b):
        return []
    share = op == "/"
    any_operation = share and _an_operation(a) and part_named(b) == CAMPAIGN
    firsts = [n for n in table if (_an_operation(n) if any_operation else n != a and part_named(n) == part_named(a))]
    seconds = [n for n in table if n != b and part_named(n) == part_named(b)]
    out = []
    for n1 in firsts:
        for n2 in seconds:
            if unit_named(n1) == unit_named(a) and unit_named(n2) == unit_named(b):
                continue  # rows of the question's own units: another figure, which the questions name otherwise
            if share and unit_named(n1) != unit_named(n2):
                continue  # a part over a whole of another unit is a rate, not a share
            value = _apply(op, table[n1], table[n2])
            if value is not None:
                out.append((n1, n2, value))
    return out


def sums_in_other_units(figures: list[tuple[str, float]], target: float,
                        table: dict[str, float]) -> list[tuple[float, str, str]]:
    """A figure family's candidates: the right sum or difference of two of its figures (``target``), redone on rows of
    other units (``redone``), each (value, ``OTHER_UNIT_ROWS``, what it is)."""
    out = []
    for i, (a, x) in enumerate(figures):
        for b, y in figures[i + 1:]:
            for sign, op in ((1, "+"), (-1, "−")):
                if not close(x + sign * y, target, rel_tol=1e-9, abs_tol=1e-12):
                    continue
                for n1, n2, value in redone(a, b, op, table):
                    asked = unit_named(a) if unit_named(a) == unit_named(b) else f"{unit_named(a)} and {unit_named(b)}"
                    said = (f"ones that count {unit_named(n1)}, not {asked}: the same calculation for another unit"
                            if unit_named(n1) == unit_named(n2) else
                            f"ones that count {unit_named(n1)} and {unit_named(n2)}, not {asked}: figures of different "
                            "units add up to no count")
                    out.append((value, OTHER_UNIT_ROWS,
                                f"{n1} {op} {n2} ({plain(table[n1])} {unit_named(n1)} {op} {plain(table[n2])} "
                                f"{unit_named(n2)}): the {part_named(a)} and {part_named(b)} rows the question names, but {said}. "
                                "Add a condition on `unit` to the one on `subset`, or take each row by its id"))
    return out


def share_in_another_unit(answer: float, asked_part: str, asked_whole: str) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is an operation's figure over the campaign's figure of the same unit, other than
    the pair the question asks (``asked_part`` / ``asked_whole``, ids of data/release_figures.csv), by ``redone``;
    else None, and None when two pairs give the student's number (not told as either)."""
    from .. import data

    table = {str(i): float(v) for i, v in zip(data.release_figures()["id"], data.release_figures()["value"])}
    found = [(n1, n2) for n1, n2, value in redone(asked_part, asked_whole, "/", table) if matches(answer, value)]
    if len(found) != 1:
        return None
    (part, whole), = found
    operation = (part_named(part) or "").replace(" operation", "")
    same_operation = part_named(asked_part) == part_named(part)
    asked_unit = unit_named(asked_whole)
    return SHARE_IN_ANOTHER_UNIT, (
        f"You gave {plain(answer)}: that is {plain(table[part])} / {plain(table[whole])}, the {operation} operation's "
        f"{unit_named(part)} ({part}) over the campaign's {unit_named(whole)} ({whole}). A part over a whole of one unit is a "
        f"share, but a share of {unit_named(whole)}: the question asks for a share of {asked_unit}"
        + ("" if same_operation else f", and for the {part_named(asked_part)}'s") + f". Take both figures in {asked_unit}.")
