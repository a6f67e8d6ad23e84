"""The wrong computations a student makes from a question's own figures, declared once per question, named by what
the student's number IS (issue #19, round 9).

Round 8's unseen holdout met "is too high. Check which figures you used" for computations nobody had listed (the
answer divided by one of its inputs, the rest of a whole, a row left out of a total, two figures multiplied), and
"coincidence" verdicts: a number that matched another computation by chance, told as that computation. Listing more
examples per question does not fix either. Here a question declares its figures once, in words
(``Family(figures=..., whole=..., parts=...)``), and gets the whole family of wrong computations made from them:

- each figure given as the result (the input, not the calculation);
- every two figures combined by +, −, × or / (either order), and a division as a percentage;
- the right answer divided by a figure or by the whole (a share or a percentage where a count is asked), or
  multiplied by one (a count where a share is asked: the share times its whole);
- the rest (the whole minus the answer, 1 minus a share, 100 minus a percentage);
- a total without one of its parts, with one part counted twice, the mean of the parts for their total, the number
  of parts for their total;
- another figure (``others``: same unit, same operation) in place of one figure of the right calculation, or added
  to it or taken from it;
- 0 where rows are counted: the filter kept no row.

Each candidate carries a sentence saying what it is, with the figures by name. A student's number is named only by a
UNIQUE match (the course's one rule, ``matching.matches``: whole numbers exactly, a rounding only as the student
rounded). When two computations of
different kinds give the same number, the verdict says both, never one confidently; more than two, it names none
(``compare.number`` then asks its generic slips); a number that no candidate gives is told what it is not
(``what_it_is_not``). The candidates are plain arithmetic on the question's few figures, worked out for each wrong
number (tens to a few hundred numbers): judging asks no judge and loops over no list of answers.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Mapping

from ..units import plain
from . import other_unit_rows
from .matching import matches, significant_digits
from .slips import part_named, unit_named
from .values import close

Figures = Callable[[], Mapping[str, float]]

INPUT_GIVEN = "gave_an_input"  # the same code as slips.GAVE_AN_INPUT: one meaning, one code
COMBINED_OTHERWISE = "wrong_operation"  # slips.WRONG_OPERATION
SHARE_FOR_COUNT = "share_for_count"
COUNT_FOR_SHARE = "count_for_share"
REST_GIVEN = "rest_given"
OTHER_FIGURE = "other_figure"  # slips.OTHER_FIGURE
EXTRA_FIGURE = "extra_figure"  # slips.EXTRA_FIGURE
PART_LEFT_OUT = "part_left_out"
PART_TWICE = "part_counted_twice"
MEAN_FOR_TOTAL = "mean_for_total"
ROWS_FOR_TOTAL = "rows_for_total"
SEVERAL = "one_of_two_slips"
TABLE_COMBINED = "table_figures_combined"
SMALLEST_GIVEN = 50  # a table's small counts (9 localities, 7 crime types) match short answers by chance
ONE_FIGURE_SCALED = "one_figure_scaled"
EVERY_UNIT_ADDED = "every_unit_added"
NO_ROW_KEPT = "no_row_kept"
VALUE_FOR_COUNT = "value_for_count"
FIGURE_HALVED = "figure_halved"
CONDITION_TURNED = "condition_turned_round"

FAMILY_CODES = {
    INPUT_GIVEN: "gave one of the figures the question starts from, not the result of the calculation it asks for",
    COMBINED_OTHERWISE: "combined the question's own figures with the wrong operation (subtracted or added where the "
                        "question divides, multiplied where it divides ...)",
    SHARE_FOR_COUNT: "divided the count asked for by one of the question's figures (a share or a percentage of it) "
                     "where the question asks for the count itself",
    COUNT_FOR_SHARE: "multiplied the share asked for by one of the question's figures (a count) where the question "
                     "asks for the share",
    OTHER_FIGURE: "used another figure of the release (or a ratio of two other figures) than the one asked for",
    EXTRA_FIGURE: "added or took away one more figure of the same kind (another operation's count, the rest of a "
                  "total), so the calculation covers other rows than the question names",
    REST_GIVEN: "gave the rest of the whole (the whole minus the part asked for) instead of the part",
    PART_LEFT_OUT: "left one of the parts out of a total (a row or a group not counted)",
    PART_TWICE: "counted one of the parts of a total twice",
    MEAN_FOR_TOTAL: "gave the mean of the parts where their total is asked for",
    ROWS_FOR_TOTAL: "counted the parts (how many rows) where their total is asked for",
    NO_ROW_KEPT: "gave 0 where rows are counted: the filter kept no row (a condition that matches nothing)",
    VALUE_FOR_COUNT: "gave the value one figure prints (a row's value) where the question counts figures (rows)",
    FIGURE_HALVED: "halved one of the question's figures (spread it evenly over two periods) where the question "
                   "asks for a computation of its figures",
    CONDITION_TURNED: "counted the rows meeting one of the question's two conditions but not the other (the other "
                      "turned round: != for ==, ~ before it, or another value), where rows meeting both are asked",
    SEVERAL: "gave a number that two different wrong computations of the question's figures both give; the verdict "
             "names both rather than guess which one",
    TABLE_COMBINED: "combined two figures of the table the question hands over, not the figures it names (the "
                    "apprehended minus the detained where gangs are asked)",
    ONE_FIGURE_SCALED: "worked the right calculation with one of its figures a power of ten off (a zero too many or "
                       "too few, a figure left in 万 or thousands)",
    EVERY_UNIT_ADDED: "added every row of the table's part the question reads (or every row of its unit), whatever "
                      "each row counts, where only the rows the question names are asked",
}


@dataclass(frozen=True)
class Family:
    """A question's figures, in words: ``figures`` (what it reads, {'the campaign's gangs': 1759, ...}), optionally
    the ``whole`` its answer is a part of ({'all 24 rows': 24}), the ``parts`` its answer totals
    ({"Jiangsu's 57 gangs": 57, ...}) and ``others``, figures a student may take for one of its figures (each is put
    in place of each figure of the right calculation in turn). Each is a function read when judging (from data/, never a typed key); none
    returns the answer."""

    figures: Figures
    whole: Figures | None = None
    parts: Figures | None = None
    others: Figures | None = None  # figures a student may take for one of ``figures`` (same unit, next row, ...)
    rows: Figures | None = None  # for a question that counts rows: each row's value, by id (a value read for a count)
    asks: str = "count"  # "count", "share" (0 to 1), "percentage" or "ratio": what the answer is
    table: Figures | None = None  # the whole table the question hands over, each figure named by its id (repr)
    columns: Callable[[], int] | None = None  # for a count of rows: how many columns the counted table has (.size)
    # for a count of the rows meeting two conditions at once: each condition, as code says it ("unit == 'gangs'"),
    # with how many rows meet it alone (one condition turned round keeps the rows meeting the other alone)
    conditions: Figures | None = None
    codes: dict = field(default_factory=lambda: dict(FAMILY_CODES))


def _ops(a: str, x: float, b: str, y: float):
    yield x + y, COMBINED_OTHERWISE, f"{a} plus {b} ({plain(x)} + {plain(y)})"
    yield x - y, COMBINED_OTHERWISE, f"{a} minus {b} ({plain(x)} − {plain(y)})"
    yield x * y, COMBINED_OTHERWISE, f"{a} times {b} ({plain(x)} × {plain(y)})"
    if y:
        yield x / y, COMBINED_OTHERWISE, f"{a} divided by {b} ({plain(x)} / {plain(y)})"
        yield 100 * x / y, COMBINED_OTHERWISE, f"{a} as a percentage of {b} (100 × {plain(x)} / {plain(y)})"
        yield 100_000 * x / y, COMBINED_OTHERWISE, f"{a} per 100,000 of {b} (100,000 × {plain(x)} / {plain(y)})"


def candidates(family: Family, target: float) -> list[tuple[float, str, str]]:
    """(value, code, what it is) for every wrong computation of the family's figures, the right answer left out."""
    figures = dict(family.figures())
    whole = dict(family.whole()) if family.whole else {}
    parts = dict(family.parts()) if family.parts else {}
    out: list[tuple[float, str, str]] = []
    for name, value in figures.items():
        out.append((value, INPUT_GIVEN, f"{name} ({plain(value)}), one of the figures the question starts from, "
                                        "not the result it asks for"))
    names = list(figures.items())
    for i, (a, x) in enumerate(names):
        for j, (b, y) in enumerate(names):
            if a != b:  # a + b and a × b once, in the question's order (round 16: 'a times b, or b times a: either way')
                out.extend(c for k, c in enumerate(_ops(a, x, b, y)) if k not in (0, 2) or i < j)
    others = dict(family.others()) if family.others else {}
    right_ops = [(a, x, b, y, i) for a, x in names for b, y in names if a != b
                 for i, (v, _, _) in enumerate(_ops(a, x, b, y)) if close(v, target, rel_tol=1e-9, abs_tol=1e-12)
                 and (i not in (0, 2) or a < b)]  # a + b and a × b once: both orders told one step twice, 'either
    # way' (round 16: 751 for 00 q5 was '39 + 712 ..., or 712 + 39 ...'); one order still puts another in either place
    for a, x, b, y, i in right_ops:  # the right calculation with another figure in place of one of its own
        for other, v in others.items():
            if other in (a, b):
                continue
            for position in (0, 1):
                if not _like(other, a if position == 0 else b):  # review round 13, M1: 9 localities added to 133
                    continue  # gangs, a Zhejiang example taken from the national detained, are no plausible origin
                args = (other, v, b, y) if position == 0 else (a, x, other, v)
                value, _, text = list(_ops(*args))[i]
                replaced = a if position == 0 else b
                out.append((value, OTHER_FIGURE, f"{text}: {other} in place of {replaced}"))
                kept = x if position == 0 else y  # the figure kept, with the other added to it or taken from it
                for sign, verb in ((1, "added to"), (-1, "taken from")) if _addable(other, replaced) else ():
                    args = ((f"({replaced} {'+' if sign > 0 else '−'} {other})", kept + sign * v, b, y) if position == 0
                            else (a, x, f"({replaced} {'+' if sign > 0 else '−'} {other})", kept + sign * v))
                    value, _, text = list(_ops(*args))[i]
                    out.append((value, EXTRA_FIGURE, f"{text}: {other} ({plain(v)}) {verb} {replaced}, a figure the "
                                                     "question does not use"))
    by_part: dict[str, list[tuple[str, float]]] = {}
    for other, v in others.items():
        by_part.setdefault(_part_of(other), []).append((other, v))
    pairs = [(top, v, bottom, w) for group in by_part.values() if len(group) > 1
             for top, v in group for bottom, w in group if top != bottom]
    for a, x, b, y, i in right_ops:  # one part's two figures added to (or taken from) both of the right calculation's
        for top, v, bottom, w in pairs:  # (review round 11: 17,712 / 1,892 is November's added to both, not the detained)
            if top in (a, b) or bottom in (a, b) or not (_like(top, a) and _like(bottom, b)):
                continue  # round 15: 2022's mafia-type organisations taken from 2020's suspects are no step
            for sign, verb, what in ((1, "added to", "counted twice: they are inside the totals already"),
                                     (-1, "taken from", "what is left outside that part, not the whole")):
                mark = "+" if sign > 0 else "−"
                value, _, text = list(_ops(f"({a} {mark} {top})", x + sign * v, f"({b} {mark} {bottom})",
                                           y + sign * w))[i]
                out.append((value, EXTRA_FIGURE, f"{text}: the {_part_of(top).capitalize()} figures {verb} both, "
                                                 f"{what}"))
    if family.asks == "count" and len(figures) >= 2:  # review round 13: 743 for 1,486 halved (two years, evenly)
        out.extend((value / 2, FIGURE_HALVED, f"half of {name} ({plain(value)}): the figure spread evenly over two "
                                              "periods, which no figure says; the question asks for a computation of "
                                              "its figures") for name, value in figures.items() if value)
    if family.rows is not None:  # a row's value for the count of rows (review round 11: 05 yt1 1,486, r2022jul_vicious)
        out.extend((v, VALUE_FOR_COUNT, f"the value {name} prints ({plain(v)}), one figure's value, where the question "
                                        "counts figures (rows): count the rows your filter keeps (len, or .sum() of the "
                                        "condition) instead of reading a value")
                   for name, v in family.rows().items() if abs(v) >= SMALLEST_GIVEN)
    if len(figures) == 1 and family.asks == "count":  # a question that reads one figure: another in its place
        (only, _), = figures.items()
        out.extend((v, OTHER_FIGURE, f"{other} ({plain(v)}) in place of {only}") for other, v in others.items())
    elif family.asks == "count":  # a question on a printed figure: another figure in its place
        out.extend((v, OTHER_FIGURE, f"{other} ({plain(v)}), not the figure this question reads")
                   for other, v in others.items() if other not in figures)
    answer = "the count the question asks for"
    for name, value in {**figures, **whole}.items():
        if not value:
            continue
        if family.asks == "ratio":
            continue
        if family.asks == "count":
            out.append((target / value, SHARE_FOR_COUNT, f"{answer} divided by {name} ({plain(value)}): a share of "
                                                          "it, where the question asks for a count"))
            out.append((100 * target / value, SHARE_FOR_COUNT, f"{answer} as a percentage of {name} "
                                                                f"({plain(value)}), where the question asks for a count"))
        else:
            scale = 100 if family.asks == "percentage" else 1
            out.append((target * value / scale, COUNT_FOR_SHARE, f"the {family.asks} times {name} ({plain(value)}): a count, "
                                                                 f"where the question asks for a {family.asks}"))
    if family.asks == "share":  # the part over the part and the whole added (the part counted in twice)
        for a, x in names:
            for b, y in names:
                if a != b and x + y:
                    out.append((x / (x + y), COMBINED_OTHERWISE, f"{a} divided by {a} plus {b} "
                                                                 f"({plain(x)} / ({plain(x)} + {plain(y)}))"))
                if a != b and y > x:  # the part over the rest of the whole, not over the whole
                    out.append((x / (y - x), COMBINED_OTHERWISE, f"{a} divided by {b} minus {a} ({plain(x)} / "
                                                                 f"({plain(y)} − {plain(x)})): the part over the rest, "
                                                                 "not over the whole"))
    for name, value in whole.items():
        if counts_rows(family):  # round 13: say which rows the count keeps (05 yt4's 4: events not after, laws too)
            out.append((value - target, REST_GIVEN, f"the number of rows the question's condition does NOT keep, "
                                                    f"out of {name} ({plain(value)}): the rest, not the rows asked "
                                                    "for (a condition turned round, <= for >, or ~ before it)"))
            continue
        out.append((value - target, REST_GIVEN, f"the rest: {name} ({plain(value)}) minus the part the question asks "
                                                "for"))
    if family.asks == "share":
        out.append((1 - target, REST_GIVEN, "the rest: 1 minus the share the question asks for"))
        out.append((100 * (1 - target), REST_GIVEN, "the rest as a percentage: 100 minus the percentage asked for"))
    elif family.asks == "percentage":
        out.append((100 - target, REST_GIVEN, "the rest: 100 minus the percentage the question asks for"))
    if counts_rows(family) and family.conditions is not None and len(conditions := list(family.conditions().items())) == 2:
        for (holds, alone), (fails, _) in (conditions, conditions[::-1]):  # round 15's HOLDOUT: 00 yt2's 2, the
            out.append((alone - target, CONDITION_TURNED,  # national gang rows the lesson's own example keeps
                        f"the number of rows where {holds} holds but {fails} does not: the condition {fails} turned "
                        "round (!= for ==, ~ before it, or another value in its place)"))
    if len(parts) > 1:
        for name, value in parts.items():
            out.append((target - value, PART_LEFT_OUT, f"the total without {name} ({plain(value)}): one part left out"))
            out.append((target + value, PART_TWICE, f"the total with {name} ({plain(value)}) counted twice"))
        if 4 <= len(parts) <= 8:  # round 15: 00 yt4's 58 is two of the four examples (51 + 7), the rest left out
            from itertools import combinations

            names_ = list(parts)
            for size in range(2, len(parts) - 1):
                for kept in combinations(names_, size):
                    left = [n for n in names_ if n not in kept]
                    out.append((sum(parts[n] for n in kept), PART_LEFT_OUT,
                                f"the total of {' and '.join(kept)} only ({' + '.join(plain(parts[n]) for n in kept)}): "
                                f"{' and '.join(left)} left out"))
        out.append((target / len(parts), MEAN_FOR_TOTAL, f"the mean of the {len(parts)} parts, not their total"))
        out.append((float(len(parts)), ROWS_FOR_TOTAL, f"the number of parts ({len(parts)} rows), not the total of "
                                                       "their values"))
    return [(v, code, text) for v, code, text in out
            if math.isfinite(v) and v != 0 and not close(v, target, rel_tol=1e-9, abs_tol=1e-12)
            and not _scaled_copy(v, target)]


def _like(one: str, other: str) -> bool:
    """``slips.like_figures`` of two names as a family writes them (an id in quotes, or words)."""
    from .slips import like_figures

    return like_figures(one.strip("'"), other.strip("'"))


def _one_release(one: str, other: str) -> bool:
    """Whether two figures, as a family writes them, are not of two different later releases (``slips.figure_parts``:
    'release: mps_2023_annual'): a ratio of unlike figures is a step worth naming only inside one release (round 15:
    05 yt5's 1.69 was told as 1,900 of 2023's organisations over 1,124 of 2021's vicious-force groups)."""
    one_part, other_part = part_named(one) or "", part_named(other) or ""
    return not (one_part.startswith("release: ") and other_part.startswith("release: ") and one_part != other_part)


def _same_unit(one: str, other: str) -> bool:
    """Whether two figures (as a family writes them) count in one unit (``slips.figure_units``; a name that is no
    figure's id has none, and is taken as of any unit)."""
    first, second = unit_named(one), unit_named(other)
    return first is None or second is None or first == second


def _per_own_unit(one: str, other: str, own: Mapping[str, float]) -> bool:
    """Whether one of two figures (as a family writes them) counts in the unit of one of the question's own figures
    (``slips.figure_units``); a question whose figures have no unit in data/ (words, not ids) restricts nothing."""
    owned = {unit_named(name) for name in own} - {None}
    return not owned or bool({unit_named(one), unit_named(other)} & owned)


def _addable(other: str, replaced: str) -> bool:
    """``slips.may_be_added`` of two names as a family writes them: whether a figure added to (or taken from) another
    is a wrong computation worth naming."""
    from .slips import may_be_added

    return may_be_added(other.strip("'"), replaced.strip("'"))


def _part_of(name: str) -> str:
    """The part of the release a figure's id names first ('november' of 'november_gangs_eliminated')."""
    return name.strip("'\"").split("_")[0]


def _scaled_copy(value: float, target: float) -> bool:
    """The right answer with its sign flipped or times a power of ten: ``slips`` names those (万, 亿, a percentage,
    the sign), so a figure that happens to give them is not told as a computation."""
    if target == 0:
        return False
    ratio = value / target
    return _near_power_of_ten(abs(ratio)) and (ratio < 0 or ratio != 1)


def _near_power_of_ten(size: float) -> bool:
    """Whether ``size`` is close to 10 ** p for a p from -12 to 12. Only the powers next to its logarithm can be
    (tried first: this runs for every candidate of every wrong number); near zero, where close()'s floor of 1e-9
    reaches several powers, all are tried."""
    powers = range(-12, 13)
    if math.isfinite(size) and size >= 1e-6:
        nearest = round(math.log10(size))
        powers = range(max(-12, nearest - 1), min(12, nearest + 1) + 1)
    return any(close(size, 10.0 ** p, rel_tol=1e-9) for p in powers)


def matching(family: Family, answer: float, target: float) -> dict[str, tuple[str, float]]:
    """{what it is: (code, value)} for every wrong computation of the family that gives ``answer``: worked out once
    per wrong number, then read by ``named`` and, when that names nothing, by ``what_it_is_not``. The question's own
    figures first; only when none of their computations gives the number, the table the question hands over
    (``table_candidates``): a slip on a figure the question does not declare, still named only by a unique match."""
    return _found(answer, _sorted(candidates, family, target))


TABLE_DIGITS = 3  # the table gives hundreds of computations: a rounded number names one only with three figures kept


def matching_table(family: Family, answer: float, target: float) -> dict[str, tuple[str, float]]:
    """``matching`` for the table the question hands over (``table_candidates``), asked only when neither the
    question's own figures nor the generic slips (``slips``: a power of ten, another figure, the rest ...) name the
    number; {} without a ``Family.table``. The same computation said twice (1,759 + 17,000 and 17,000 + 1,759; 32,000
    / 1,759 as two figures combined and as 32,000 in place of 17,000) counts once, in its fuller words."""
    if family.table is None:
        return {}
    found = _found(answer, _sorted(table_candidates, family, target), digits=TABLE_DIGITS)
    ids = {text: frozenset(re.findall(r"'[^']+'", text)) for text in found}
    return {text: hit for text, hit in found.items()
            if not any(other != text and found[other][1] == hit[1] and ids[text] <= ids[other]
                       and (ids[text] < ids[other] or other < text) for other in found)}


_SORTED: dict = {}  # (which candidates, id of the family, target, data folder) -> _Sorted


class _Sorted:
    """A family's candidates for one right answer, worked out once (per data folder) and sorted by value, so that a
    wrong number is compared only with the few candidates near it (bisect), in the order they were listed."""

    def __init__(self, listed: list[tuple[float, str, str]]):
        self.rows = sorted((value, i, code, text) for i, (value, code, text) in enumerate(listed))
        self.values = [row[0] for row in self.rows]

    def near(self, answer: float, within: float) -> list[tuple[float, str, str]]:
        from bisect import bisect_left, bisect_right

        rows = self.rows[bisect_left(self.values, answer - within):bisect_right(self.values, answer + within)]
        return [(value, code, text) for value, _, code, text in sorted(rows, key=lambda row: row[1])]


def _sorted(make, family: Family, target: float) -> "_Sorted":
    from ..paths import data_dir

    key = (make.__name__, id(family), float(target), str(data_dir()))
    if key not in _SORTED:
        if len(_SORTED) > 512:
            _SORTED.clear()
        _SORTED[key] = (_Sorted(make(family, target)), family)  # the family kept: its id stays its own
    return _SORTED[key][0]


def _found(answer: float, listed: "_Sorted", digits: int = 2) -> dict[str, tuple[str, float]]:
    """The candidates that give ``answer``; when one gives it exactly (the same whole number, the same float), the
    ones that only round to it are dropped: 34 is 1,520 − 1,486, not 38,000 / 1,124 (33.8) rounded."""
    found: dict[str, tuple[str, float]] = {}
    exact: dict[str, tuple[str, float]] = {}
    near = 0.05 * abs(answer) + 1e-9  # no rounding with two figures kept reaches farther: skip the rest unasked
    for value, code, text in listed.near(answer, near):
        if matches(answer, value, digits=digits):
            found.setdefault(text, (code, value))
            if matches(answer, value, rounded=False):
                exact.setdefault(text, (code, value))
    return exact or found


def table_candidates(family: Family, target: float) -> list[tuple[float, str, str]]:
    """The wrong computations of the TABLE the question hands over (``Family.table``), for a number none of the
    question's own figures gives (round 10: "600 is not one of this question's figures" for the apprehended minus
    the detained, asked about gangs): another figure of the table given; two of its figures combined (+ − × /, a
    percentage); the right calculation with a figure of the table in place of one of its own, or added or taken
    away; one figure of the right calculation a power of ten off (10, 100, 1,000, 万); every row of the part of the
    table the question reads (or of its unit) added up, whatever each counts."""
    from dataclasses import replace

    table = {name: value for name, value in dict(family.table()).items() if value and math.isfinite(value)}
    own = {**dict(family.figures()), **(dict(family.parts()) if family.parts else {})}
    out: list[tuple[float, str, str]] = []
    for name, value in table.items():
        if name not in own and (abs(value) >= SMALLEST_GIVEN or not float(value).is_integer()):
            out.append((value, OTHER_FIGURE, f"{name} ({plain(value)}), a figure of the table this question does not "
                                             "read"))
    names = list(table.items())
    for a, x in names:
        for b, y in names:
            if a != b and not (a in own and b in own):
                out.extend((v, TABLE_COMBINED, f"{text}: figures of the table, not the ones this question names")
                           for k, (v, _, text) in enumerate(list(_ops(a, x, b, y))[:5])
                           if (k not in (0, 2) or a < b)  # a + b and a × b once
                           and (_per_own_unit(a, b, own) and _one_release(a, b) if k == 3 and not _same_unit(a, b)
                                else _like(a, b)))
    # only a ratio may join unlike figures (suspects per gang), only of one release (2023's organisations per 2021's
    # vicious-force groups is no step), and only one that counts in a unit of the question's own figures (round 15:
    # 3 million items per 600 reminders for 00 q1's gangs)
    out[:0] = [(v, code, text) for v, code, text in candidates(replace(family, others=lambda: table), target)
               if code in (OTHER_FIGURE, EXTRA_FIGURE)]
    figures = list(dict(family.figures()).items())
    for a, x in figures:
        for b, y in figures:
            if a == b:
                continue
            for i, (v, _, _) in enumerate(_ops(a, x, b, y)):
                if not close(v, target, rel_tol=1e-9, abs_tol=1e-12):
                    continue
                for factor, said in ((10, "10"), (100, "100"), (1000, "1,000"), (10_000, "10,000 (one 万)")):
                    for scale, way in ((factor, "too large"), (1 / factor, "too small")):
                        for position, (n, w) in enumerate(((a, x), (b, y))):
                            args = (a, x * scale, b, y) if position == 0 else (a, x, b, y * scale)
                            value, _, text = list(_ops(*args))[i]
                            out.append((value, ONE_FIGURE_SCALED, f"{text}: {n} taken {said} times {way}"))
    out.extend(_two_in_place(family, target, table))
    out.extend(_rows_of_other_units(family, target, table))
    out.extend(_every_row_added(family))
    out.extend(_over_every_row_of_its_unit(family, target, table))
    return [(v, code, text) for v, code, text in out
            if math.isfinite(v) and v != 0 and not close(v, target, rel_tol=1e-9, abs_tol=1e-12)
            and not _scaled_copy(v, target)]


def _two_in_place(family: Family, target: float, table: dict[str, float]) -> list[tuple[float, str, str]]:
    """The right sum or difference with two figures of the table of one unit (added) in place of its second figure:
    1,759 − (138 + 712), the gangs less both operations' suspects, where 1,759 − 133 is asked."""
    figures = list(dict(family.figures()).items())
    out = []
    for a, x in figures:
        for b, y in figures:
            for sign, symbol in ((1, "+"), (-1, "−")):
                if a == b or not close(x + sign * y, target, rel_tol=1e-9, abs_tol=1e-12):
                    continue
                others = [(n, v) for n, v in table.items() if n not in (a, b) and unit_named(n)]
                for i, (n1, v1) in enumerate(others):
                    for n2, v2 in others[i + 1:]:
                        if unit_named(n1) == unit_named(n2):
                            out.append((x + sign * (v1 + v2), EXTRA_FIGURE,
                                        f"{a} {symbol} ({n1} + {n2}) ({plain(x)} {symbol} ({plain(v1)} + {plain(v2)})): "
                                        f"two figures of the table in place of {b}"))
    return out


OTHER_UNIT_ROWS = other_unit_rows.OTHER_UNIT_ROWS
FAMILY_CODES[OTHER_UNIT_ROWS] = other_unit_rows.OTHER_UNIT_ROWS_DESCRIPTION


def _rows_of_other_units(family: Family, target: float, table: dict[str, float]) -> list[tuple[float, str, str]]:
    """The right sum or difference of two figures of two different parts (the July and the November operation), with
    BOTH figures replaced by another row of their own part, one of them at least of another unit: a filter on the part
    alone, then the wrong row of each (round 15's HOLDOUT: 00 q5's 172 is July's 39 sextortion cases plus November's
    133 gangs, where their suspects are asked). The rule is ``other_unit_rows.redone``, which 02 yt2's shares in
    another unit use too (round 17). One figure replaced is ``others``'s; both of one unit is a combination of the
    table's (``_like``)."""
    return other_unit_rows.sums_in_other_units(list(dict(family.figures()).items()), target, table)


def _over_every_row_of_its_unit(family: Family, target: float, table: dict[str, float]) -> list[tuple[float, str, str]]:
    """The right division with its bottom figure replaced by the total of every row of the table in that figure's unit
    (a column's .sum() of the filtered unit): the national count and its own parts (an operation, the provincial
    examples) added, so the parts count twice (round 16's sweep: 01 yt4's 0.02487 is Guangdong's 51 gangs over 2,051,
    every gang row added, where the national 1,759 is the whole)."""
    unit = unit_named
    later = lambda name: (part_named(name) or "").startswith("release: ")  # noqa: E731 (a later release's row)
    figures = list(dict(family.figures()).items())
    out = []
    for a, x in figures:
        for b, y in figures:
            if a == b or not y or unit(b) is None or later(b):
                continue  # later releases' rows are other years, not parts of one count: their sum is no such step
            for k, scale in ((3, 1), (4, 100)):  # a / b, and as a percentage
                if not close(scale * x / y, target, rel_tol=1e-9, abs_tol=1e-12):
                    continue
                rows = [v for n, v in table.items() if unit(n) == unit(b) and not later(n)]
                total = sum(rows)
                if len(rows) < 2 or not total or close(total, y, rel_tol=1e-9):
                    continue
                out.append((scale * x / total, EVERY_UNIT_ADDED,
                            f"{a} divided by the total of every row counting {unit(b)} ({plain(total)}, {len(rows)} "
                            f"rows added) in place of {b} ({plain(y)}): that total adds rows the count already holds (its "
                            "operations and examples, or the same people at another step), so they count twice"))
    return out


def _every_row_added(family: Family) -> list[tuple[float, str, str]]:
    """The total of every row of the table's parts the question's figures belong to (the July and November rows,
    suspects, gangs, localities and yuan alike), and of every row of their unit (all suspects rows)."""
    from .slips import figure_parts, figure_units

    subsets, units = figure_parts(), figure_units()
    own = [n.strip("'") for n in {**dict(family.figures()), **(dict(family.parts()) if family.parts else {})}]
    table = {n.strip("'"): v for n, v in dict(family.table()).items()}
    out = []
    parts = sorted({subsets.get(n) for n in own} - {None})
    if parts:
        rows = [n for n in table if subsets.get(n) in parts]
        if len({units.get(n) for n in rows}) > 1:
            out.append((sum(table[n] for n in rows), EVERY_UNIT_ADDED,
                        f"the total of every row of the {' and '.join(parts)} ({len(rows)} rows: "
                        f"{', '.join(sorted({str(units.get(n)) for n in rows}))} added together)"))
    kinds = sorted({units.get(n) for n in own} - {None})
    if len(kinds) == 1:
        rows = [n for n in table if units.get(n) == kinds[0]]
        out.append((sum(table[n] for n in rows), EVERY_UNIT_ADDED,
                    f"the total of every row counting {kinds[0]} in the table ({len(rows)} rows), not only the ones "
                    "the question names"))
    return out


def named(family: Family, answer: float, target: float,
          found: dict[str, tuple[str, float]] | None = None) -> tuple[str, str] | None:
    """(code, message) naming what ``answer`` is among the family's wrong computations, only by a unique match (or
    two, both said); None when nothing, or too much, matches. ``found``: ``matching``'s result, when already read."""
    if answer == 0 and target != 0 and family.whole is not None and family.asks == "count":
        return NO_ROW_KEPT, ("You gave 0: your filter kept no row. A condition that matches nothing (a value spelt "
                             "otherwise than in the table, the wrong column, = for ==) leaves an empty table: print "
                             "the rows you kept before counting them.")
    found = matching(family, answer, target) if found is None else found
    if not found:
        return None
    shown = plain(answer)
    distinct = list(found.items())
    if len(distinct) == 1:
        text, (code, _) = distinct[0]
        return code, f"You gave {shown}, which is {text}. Reread what the question asks for and work that calculation."
    codes = {code for _, (code, _) in distinct}
    if len(distinct) == 2:
        (first, (code, _)), (second, _) = distinct
        return (code if len(codes) == 1 else SEVERAL,
                f"You gave {shown}, which is {first}, or {second}: either way not what the question asks for. "
                "Reread it and work that calculation.")
    return None


def release_figures(**where: str) -> Figures:
    """A ``Figures`` function: the 2020 release's figures whose columns equal ``where`` (unit='gangs'), each named
    by its id and value, read from data/ when judging (filtered once per data folder: judges ask on every answer)."""
    def read() -> dict[str, float]:
        from ..paths import data_dir

        return dict(_figures_where(str(data_dir()), tuple(sorted(where.items()))))
    return read


@lru_cache(maxsize=64)
def _figures_where(folder: str, where: tuple) -> tuple[tuple[str, float], ...]:
    from .. import data

    table = data.release_figures()
    for column, wanted in where:
        table = table[table[column] == wanted]
    return tuple((f"{i!r}", float(v)) for i, v in zip(table["id"], table["value"]))


def release_ids(*ids: str) -> Figures:
    """A ``Figures`` function: the release's figures of these ids (data.figure), each named by its id, as
    ``release_figures`` names them (so a figure is the same name in a question's figures and in its others)."""
    def read() -> dict[str, float]:
        from .. import data

        return {f"{i!r}": float(data.figure(i)) for i in ids}
    return read


def merged(*functions: Figures) -> Figures:
    """One ``Figures`` function reading several."""
    return lambda: {name: value for function in functions for name, value in function().items()}


ROWS_BY_SIZE = "rows_by_size"
SIZES = (10_000, 10 ** 8)  # one 万, one 亿: the sizes a student reading 'printed in 万 or 亿' may filter the values by
FAMILY_CODES[ROWS_BY_SIZE] = ("counted the rows whose value is above a size (10,000 or more: 'figures in 万') where "
                              "the question's condition is on what each row says (a character, a label)")


def size_filter(family: Family | None, answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) when a count of rows (``counts_rows``, each row's value in ``Family.rows``) of a question that
    speaks of 万 or 亿 is, exactly and for one size only, the number of rows whose value is one 万 or one 亿 or more
    (round 13: 00 yt5's 7, the figures of at least 万, where those printed with 亿 are asked). Asked last, when
    nothing else names the number: a small count matches a size by chance more easily than a named mistake."""
    from .slips import current_prompt

    if not counts_rows(family) or family.rows is None or not float(answer).is_integer() or answer in (0, 1, target) \
            or not re.search("万|亿", current_prompt()):
        return None  # only where the question speaks of 万 or 亿: elsewhere a filter on size is no plausible step
    values = list(family.rows().values())
    sizes = [size for size in SIZES if sum(v >= size for v in values) == answer]
    if len(sizes) != 1 or sum(v >= sizes[0] for v in values) == target:
        return None
    size = sizes[0]
    said = f"{plain(size)} (one 万)" if size == 10_000 else f"{plain(size)} (one 亿)"
    return ROWS_BY_SIZE, (f"You gave {plain(answer)}, the number of rows whose value is {said} or more: a filter on "
                          "the size of each value, where the question's condition is on what each row says. Print the "
                          "rows your filter keeps and check each against the question's own condition.")


OTHER_BASE = "other_base_count"
FAMILY_CODES[OTHER_BASE] = ("worked a rate with another count in its base than the one the question names (a "
                            "rounder or older count of the same base, typed rather than taken from the data)")
BASE_BAND = (0.75, 4 / 3)  # another count of the same base lies within a quarter of the right one


def other_base(family: Family | None, answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) when a rate per 100,000 (``Family.asks`` 'ratio', two figures) is, as the student rounded it
    (four significant figures at least), the right count per 100,000 of a base printed to two significant figures (in
    万 or 亿, as releases print them) that is not the question's own base but lies within a quarter of it: a count of
    the same population from another survey round or source (round 15, E3: 05 q7's 1.809 is 17,000 per 100,000 of
    9.4亿, where the question names 9.89亿). Said as a question, with the base the question names; asked last, when
    nothing else names the number."""
    if family is None or family.asks != "ratio" or not math.isfinite(answer) or answer <= 0 \
            or significant_digits(answer) < 4:  # a shorter number is some two-figure base's rate by chance
        return None
    figures = list(dict(family.figures()).items())
    if len(figures) != 2:
        return None
    for (top, x), (bottom, y) in (figures, figures[::-1]):
        for scale in (100_000,):  # a rate per 100,000 of a population, whose count each survey round updates
            if not y or not close(scale * x / y, target, rel_tol=1e-9):
                continue
            base = float(f"{scale * x / answer:.2g}")
            if not BASE_BAND[0] < base / y < BASE_BAND[1] or base == float(f"{y:.2g}") \
                    or not matches(answer, scale * x / base):
                continue
            printed = (f" ({base / 1e8:g}亿)" if base >= 1e8 else f" ({base / 1e4:g}万)" if base >= 1e4 else "")
            return OTHER_BASE, (f"You gave {plain(answer)}: that is {top} per 100,000 of {plain(base)}{printed} in place of "
                                f"{bottom} ({plain(y)}), a base about {abs(base / y - 1):.0%} "
                                f"{'larger' if base > y else 'smaller'}. "
                                "Another count of the same thing, from another date or source? Take the base the "
                                f"question names from the data by its id ({bottom}), not a figure typed from memory.")
    return None


CELLS_FOR_ROWS = "cells_for_rows"
FAMILY_CODES[CELLS_FOR_ROWS] = ("counted the cells of the rows asked for (.size, or .count().sum(): rows × columns) "
                                "where the question counts rows (len(table), or .sum() of the condition)")
FEW_COLUMNS = (2, 3)  # the columns a lesson's own display keeps (['id', 'value'], ['id', 'subset', 'value'])


def cells_for_rows(family: Family | None, answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) when a count of rows (``counts_rows``, with ``Family.columns``) is, exactly, the right count
    times the number of columns kept: the table's own (.size of the filtered table) or two or three of them (.size
    after picking the columns a lesson displays). Round 15: 00 yt2's 8 for 4 rows was told only "too high", and
    .size for len is a beginner's classic. Asked last, when nothing else names the number: a multiple of a small
    count is met by chance more easily than a named mistake, so a count of one is never read this way."""
    if not counts_rows(family) or family.columns is None or target < 2 or not float(answer).is_integer():
        return None
    columns = int(family.columns())
    kept = [k for k in sorted({*FEW_COLUMNS, columns}) if 2 <= k <= columns and answer == target * k]
    if not kept:
        return None
    k = kept[0]
    which = "every column of the table" if k == columns else f"{k} columns"
    return CELLS_FOR_ROWS, (f"You gave {plain(answer)}: the number of cells (the rows × {which} kept), not of rows. "
                            ".size (like .count().sum()) counts cells; the question counts rows: len(table), or .sum() "
                            "of the condition.")  # round 15's teaching review: no multiple, which would show the count


def counts_rows(family: Family | None) -> bool:
    """Whether the family's question counts the rows of a table (it declares a whole of rows and no figures)."""
    return (family is not None and family.asks == "count" and family.whole is not None and not family.figures()
            and not family.parts)  # a total of parts' values (00 yt4) counts no rows (round 15: 'this count of rows')


def what_it_is_not(family: Family, answer: float, target: float,
                   found: dict[str, tuple[str, float]] | None = None) -> str:
    """' 1,893 is no figure of this question (a, b) or of its table, no two of them combined, and not ...': said with a
    number no computation of the family gives, so the verdict says what was ruled out instead of guessing.
    ``found``: ``matching``'s result, when already read."""
    if matching(family, answer, target) if found is None else found:
        return ""  # several computations give it (named() said none): nothing is ruled out
    names = list(dict(family.figures())) + list(dict(family.whole()) if family.whole else {})
    table = " or of its table" if family.table is not None else ""
    said = []
    if names:
        said.append(f"no figure of this question ({', '.join(names[:3])}){table}")
    elif table:
        said.append("no figure of its table")
    if len(names) > 1 or table:
        said.append("no two of them combined")
    if family.parts:
        said.append("not its parts' total with one left out or counted twice, their mean or their count")
    said.append("not the answer off by a power of ten")  # round 15's teaching review: one short sentence
    return f" {plain(answer)} is " + (", ".join(said[:-1]) + ", and " if len(said) > 1 else "") + said[-1] + "."
