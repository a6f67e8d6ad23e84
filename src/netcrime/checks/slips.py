"""Naming a wrong number by the slip that made it, and accepting a fairly rounded one.

``compare.number`` asks these, in order, once an answer is neither right nor
one of the question's own misconceptions:

- ``rounded_fairly``: the answer is the expected value rounded to two or more
  significant figures, as the course's worked solutions round ("about 9.7");
- ``scale_slip``: the answer is off by 10^4 (one 万) or 10^8 (one 亿), exactly or fairly rounded,
  or is a percentage where a share is wanted (or the reverse);
- ``figure_match``: the answer is another figure of the release (16,400
  detained where 17,000 apprehended were asked for), written in 万 or 亿 or not,
  or a ratio of two of the 2020 release's figures near the expected one (the
  detained per gang where the apprehended per gang were asked for), exact or
  fairly rounded (9.3 for 9.32...: the message says "rounded"). The figures
  come from data/, never typed here.

Every code these can give is in ``SLIP_CODES``, which ``number`` declares, so
the misconception registry stays complete by construction.
"""
from __future__ import annotations

import math
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Callable, Iterable

from ..units import figures_in, plain
from .matching import decimals_written, matches, significant_digits  # noqa: F401 (re-exported)
from .values import close

OFF_BY_WAN = "off_by_wan"
OFF_BY_YI = "off_by_yi"
PERCENT_NOT_SHARE = "percent_not_share"
SHARE_NOT_PERCENT = "share_not_percent"
OTHER_FIGURE = "other_figure"
OFF_BY_THOUSAND = "off_by_thousand"
SIGN_FLIPPED = "sign_flipped"
INVERTED_RATIO = "inverted_ratio"
OFF_BY_ONE = "off_by_one"
ROUNDED_TOO_FAR = "rounded_too_far"
ANOTHER_ANSWER = "another_questions_answer"
OFF_BY_TEN = "off_by_ten"
OFF_BY_HUNDRED = "off_by_hundred"
OFF_BY_POWER_OF_TEN = "off_by_power_of_ten"
COMPLEMENT = "complement_given"
WRONG_OPERATION = "wrong_operation"
GAVE_AN_INPUT = "gave_an_input"
EXTRA_FIGURE = "extra_figure"
MIXED_UNITS = "mixed_units"
FIGURE_AS_PRINTED = "figure_as_printed"
COUNT_WITH_FRACTION = "count_with_fraction"
SHARE_ABOVE_WHOLE = "share_above_whole"
TYPED_A_FIGURE = "typed_a_figure_wrong"  # the readings are typos.py's, asked last
TYPED_THE_ANSWER = "typed_the_answer_wrong"
ROUNDED_WRONG_WAY = "rounded_the_wrong_way"
NEAR_MISS = "near_miss_not_rounded"

SLIP_CODES = {
    OFF_BY_THOUSAND: "gave a number 1,000 times too large or too small (thousands, or 千 read as a unit)",
    SIGN_FLIPPED: "gave the right size with the wrong sign (subtracted the wrong way round)",
    INVERTED_RATIO: "divided the other way round (the whole over the part, or B over A)",
    OFF_BY_ONE: "gave a count one too many or one too few (both ends counted, or neither; < for <=)",
    ROUNDED_TOO_FAR: "rounded so far (one significant figure, or a count to hundreds) that the answer changed",
    ANOTHER_ANSWER: "gave the answer of another question of the same lesson",
    OFF_BY_WAN: "gave a number 10,000 times too large or too small: a slip of one 万 (10,000)",
    OFF_BY_YI: "gave a number 100,000,000 times too large or too small: a slip of one 亿 (100 million)",
    PERCENT_NOT_SHARE: "gave a percentage where the question asks for a share between 0 and 1",
    SHARE_NOT_PERCENT: "gave a share between 0 and 1 where the question asks for a percentage",
    OTHER_FIGURE: "used another figure of the release (or a ratio of two other figures) than the one asked for",
    OFF_BY_TEN: "gave a number 10 times too large or too small (a zero too many or too few, the decimal point moved)",
    OFF_BY_HUNDRED: "gave a number 100 times too large or too small where the question asks for no percentage "
                    "(multiplied or divided by 100 as if turning a share into a percentage or back)",
    OFF_BY_POWER_OF_TEN: "gave a number a power of ten (100,000 or more) too large or too small: a rate per person "
                         "for one per 100,000 (or the reverse), or a unit converted twice",
    COMPLEMENT: "gave the rest (1 minus the share, 100 minus the percentage) instead of the part asked for",
    WRONG_OPERATION: "combined the question's own figures with the wrong operation (subtracted or added where the "
                     "question divides, multiplied where it divides ...)",
    GAVE_AN_INPUT: "gave one of the figures the question starts from, not the result of the calculation it asks for",
    EXTRA_FIGURE: "added or took away one more figure of the same kind (another operation's count, the rest of a "
                  "total), so the calculation covers other rows than the question names",
    MIXED_UNITS: "added or subtracted figures that count different things (gangs and suspects, cases and people)",
    FIGURE_AS_PRINTED: "gave a figure's printed number (3.11 of 3.11亿元, 1.64 of 1.64万名), the count of 万 or 亿, where "
                       "the question works with the figure in base units",
    COUNT_WITH_FRACTION: "gave a count of whole things with a fraction (1,626.5 gangs): a step divided, averaged or "
                         "typed a digit",
    SHARE_ABOVE_WHOLE: "gave a share above 1 (a percentage above 100) where the part asked for cannot exceed its "
                       "whole: the whole added back (1 + the share), or a subtraction inside turned round",
    TYPED_A_FIGURE: "typed one of the question's figures by hand with one keystroke wrong (two digits swapped, a "
                    "digit doubled or dropped, the key next to one on the number row), then calculated right",
    TYPED_THE_ANSWER: "typed the right result by hand with one keystroke wrong (two digits swapped, a digit doubled, "
                      "dropped or inserted, the key next to one, or one digit changed)",
    ROUNDED_WRONG_WAY: "rounded the right value up where it rounds down, or down where it rounds up (0.97 for 0.9647)",
    NEAR_MISS: "gave a value within 2% of the right one that is no rounding of it: a figure rounded early in the "
               "calculation, or a digit typed wrong",
}
FRACTION_IN_WORDS = "fraction_in_words"
SLIP_CODES[FRACTION_IN_WORDS] = ("gave the simple fraction a sentence rounds the answer to (1/7 = 0.1429 where 86% "
                                 "gone leaves 0.14, 'about a seventh' in lesson 02's q7): the words' rounding, not "
                                 "the figure worked from the release")
EXAMPLE_COPIED = "example_result_copied"
SLIP_CODES[EXAMPLE_COPIED] = ("gave a number the lesson printed just above an in-lesson check (its worked example's "
                              "result) where the check asks the same steps for something else")

# ----- the question being judged: its own figures ------------------------------------------------
# A figure of the release is named as a mix-up only when it is one for THIS question: a figure the question reads,
# or one of the same kind (unit), or of the same part of the release when the question reads one figure. Which
# figures a question reads: the figures its right answer is made of (the answer itself, or two figures that give
# it by one operation) and the numbers its prompt writes (``Question.judge_values`` sets the prompt).
_PROMPT: ContextVar[str] = ContextVar("netcrime_question_prompt", default="")


@contextmanager
def asked_in(prompt: str | None):
    """While judging a question, its prompt: the numbers it writes are the question's own figures."""
    token = _PROMPT.set(prompt or "")
    try:
        yield
    finally:
        _PROMPT.reset(token)


_SHOWN: ContextVar[tuple] = ContextVar("netcrime_shown_before", default=())


@contextmanager
def shown_before(numbers: tuple):
    """While judging an in-lesson check, the numbers the lesson printed just above its prompt, each with its line
    (``worked.in_lesson_examples``): its worked example's results."""
    token = _SHOWN.set(tuple(numbers or ()))
    try:
        yield
    finally:
        _SHOWN.reset(token)


def example_slip(answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is, as printed, a number the lesson showed just above the check being judged
    (its example's result) and not the answer: the example copied, or run unchanged (round 16: 00 yt4's 497 and 2,
    the example's total and count of clues where the gangs' total is asked; yt5's 14, printed one cell above)."""
    if not math.isfinite(answer) or close(answer, target, rel_tol=1e-9):
        return None
    for value, line in _SHOWN.get():
        if close(answer, value, rel_tol=1e-9, abs_tol=0):
            return EXAMPLE_COPIED, (f"You gave {plain(answer)}: the lesson printed that number just above this "
                                    f"question ({line!r}), its example's result. This question asks the same steps "
                                    "for something else: change what the example filters, counts or divides to "
                                    "what the question names, then run it.")
    return None


def current_prompt() -> str:
    """The prompt of the question being judged ('' outside ``Question.judge_values``)."""
    return _PROMPT.get()


SMALLEST_OWN_FIGURE = 10  # a prompt's 'two', '0 and 1' and '3 significant figures' are no figures to combine


def prompt_figures() -> tuple[tuple[str, float], ...]:
    """(as printed, value) of the numbers the question being judged writes in its prompt (years left out)."""
    return tuple((printed, value) for printed, value in figures_in(_PROMPT.get())
                 if abs(value) >= SMALLEST_OWN_FIGURE and not (value.is_integer() and 1990 <= value <= 2035
                                                               and "," not in printed))


OPERATIONS = (("+", lambda a, b: a + b), ("−", lambda a, b: a - b), ("×", lambda a, b: a * b),
              ("/", lambda a, b: a / b if b else math.nan))
# A share is often asked as a percentage, a rate per 100,000 people: the scale a division is written in.
_SCALES = ((1.0, ""), (100.0, " × 100"), (100_000.0, " × 100,000"))


@lru_cache(maxsize=512)
def _made_of(target: float, prompt: tuple) -> tuple[tuple[str, float], ...]:
    """The figures ``target`` is made of: a figure equal to it (a question that reads one figure), and every two
    figures (the release's, the prompt's) that give it by one operation (two of one kind, when a figure equals it)."""
    pool = [(n, v) for n, v in (*release_figures(), *prompt) if abs(v) >= SMALLEST_NAMED_FIGURE or (n, v) in prompt]
    found = {n: v for n, v in pool if target != 0 and close(v, target, rel_tol=1e-9)}
    units = _units()
    for a, x in pool:
        for b, y in pool:
            # when a figure equals the answer, only two figures of one kind may make it too (17,000 − 16,400 suspects
            # is 600; 16,400 suspects + 600 reminders making 17,000 is a coincidence)
            like = units.get(a) is not None and units.get(a) == units.get(b)
            if a == b or (found and not like) or (float(target).is_integer() and abs(target) < SMALLEST_NAMED_FIGURE):
                continue
            # a round answer (3, 0.5) is made by many pairs by chance: only like figures at scale 1 may make it
            scales = _SCALES if significant_digits(target) >= 3 else _SCALES[:1] if like else ()
            if any(close(op(x, y) * scale, target, rel_tol=1e-6, abs_tol=1e-12)
                   for _, op in OPERATIONS for scale, _ in scales):
                found.setdefault(a, x)
                found.setdefault(b, y)
    return tuple(found.items())


def question_figures(target: float) -> tuple[tuple[str, float], ...]:
    """(name, value) of the figures the question being judged reads: those ``target`` is made of, and the numbers
    its prompt writes."""
    prompt = prompt_figures()
    return tuple(dict((*_made_of(float(target), prompt), *prompt)).items())


def _kind_words(text: str) -> set[str]:
    """'gang organisations' -> {'gang', 'organisation'}: the words that say what a count counts, singular."""
    import re

    return {w[:-1] if w.endswith("s") else w for w in re.split(r"[^a-z]+", str(text).casefold()) if len(w) >= 4}


def plausible_mix_up(name: str, target: float, kind: str | None = None) -> bool:
    """Whether the release's figure ``name`` is a plausible mix-up for the question being judged (whose right
    answer is ``target``): a figure the question reads, or one of the same unit as one it reads, or, when the
    question reads one figure of the release, another of the same part of the release (subset). A figure that only
    happens to equal the answer (600 reminders for a share of 0.96) is a coincidence, never named. ``kind`` (a dict
    item's key, 'organisations') says what the item counts: a figure of that unit is a plausible mix-up too."""
    units = _units()
    if kind and _kind_words(kind) & _kind_words(units.get(name, "")):
        return True
    if kind and _kind_words(kind) & GROUP_WORDS and units.get(name) in GROUP_UNITS:
        return True  # 1,759 gangs of 2020 for 2023's organisations: in English all are 'gangs' (lesson 05)
    own = question_figures(target)
    names = {n for n, _ in own}
    if name in names:
        return True
    subsets = _subsets()
    if units.get(name) is not None and units.get(name) in {units.get(n) for n in names}:
        return True
    read = [n for n, v in own if close(v, target, rel_tol=1e-9) and n in subsets]
    return bool(read) and subsets.get(name) in {subsets.get(n) for n in read}


# The units that count groups (团伙, 涉黑, 恶势力, 涉黑恶): a student asked for one takes another for it (lesson 05 teaches
# exactly this), so a figure of any of them is a plausible mix-up for an item that counts groups (round 13).
GROUP_UNITS = frozenset({"gangs", "mafia-type organisations", "vicious-force groups", "gang organisations"})
GROUP_WORDS = frozenset({"gang", "organisation", "group"})


def figure_said(name: str) -> str:
    """A figure named with the release and the year it belongs to (round 13, #19: lesson 05 compares releases, so a
    figure of another release is told by its release and period, not as 'the release's figure')."""
    where = _release_dates().get(name)
    if where is not None:
        return f"{name!r}, a figure of another release ({where})"
    return f"the 2020 release's figure {name!r} (24 December 2020)"


@lru_cache(maxsize=1)
def _release_dates() -> dict[str, str]:
    """'mps_2023_annual, published 2024-01-17; it counts 2023-01-01 to 2023-12-31' for every figure of a later
    release (data.releases(), the 2020 release's own rows left out), by id."""
    from .. import data

    out = {}
    for _, row in data.releases().iterrows():
        if str(row["release"]).startswith("mps_2020"):
            continue
        start, end, published = _day(row.get("period_start")), _day(row.get("period_end")), _day(row.get("source_date"))
        out[str(row["id"])] = (f"{row['release']}" + (f", published {published}" if published else "")
                               + (f"; it counts {start} to {end}" if start and end else ""))
    return out


ANOTHER_FIGURE_CODES = (OTHER_FIGURE, EXTRA_FIGURE, "table_figures_combined", "one_of_two_slips", "wrong_operation")


def with_releases(code: str | None, message: str, target: float | None = None) -> str:
    """A verdict naming another figure, with the release and period of each later release's figure it names by id
    ('a2023_suspects' is the 2023 annual report's): lesson 05 compares releases, so which release and year a number
    belongs to is the mistake (round 13, #19). The question's own figures (those ``target`` is made of), other
    verdicts and figures already dated are left as they are."""
    if code not in ANOTHER_FIGURE_CODES or "a figure of another release" in message:
        return message
    dates = _release_dates()
    own = {name for name, _ in question_figures(target)} if target is not None and math.isfinite(target) else set()
    named = [name for name in dict.fromkeys(re.findall(r"'?\b([a-z][a-z0-9]*_[a-z0-9_]+)\b'?", message))
             if name in dates and name not in own]
    if not named:
        return message
    said = "; ".join(f"{name!r}: {dates[name]}" for name in named[:3])
    return f"{message} (Of another release: {said}.)"


@lru_cache(maxsize=4)
def _printed_numbers(folder: str) -> tuple[tuple[str, float, str, str], ...]:
    """(id, the number printed before 万 or 亿, the unit character, the printed fragment) of every figure of data/
    whose Chinese prints it so (3.11 of 查扣涉案资产3.11亿元), checked against the stored value."""
    from .. import data

    out = []
    for table in (data.release_figures(), data.releases()):
        for name, value, original in zip(table["id"], table["value"], table["chinese_original"]):
            found = re.search(r"(\d+(?:\.\d+)?)\s*(万|亿)\S*", str(original or ""))
            if found is None:
                continue
            number, unit = float(found.group(1)), found.group(2)
            if close(number * (1e4 if unit == "万" else 1e8), float(value), rel_tol=1e-9):
                out.append((str(name), number, unit, found.group(0)))
    return tuple(dict((row[0], row) for row in out).values())


_COUNTED_BY = {"起": "cases", "名": "suspects", "人": "suspects"}  # the measure word says what a printed count counts


def source_printed_figures() -> tuple[tuple[str, float, str], ...]:
    """(how it is printed and where, value, unit) of every count of cases or people that a source's excerpt prints
    (data.release_sources(), the sentences the lessons quote) and no table stores: 2023's online figures (1.8万起,
    1.2万余名) are read in lesson 05's sentence, not in data.releases(). A student who takes one for a stored figure
    of its unit gives a number no table explains (round 16, C8: 05 yt5's 1.82 is 18,000 cases per 100,000 users)."""
    from ..paths import data_dir

    return _source_printed(str(data_dir()))


@lru_cache(maxsize=4)
def _source_printed(folder: str) -> tuple[tuple[str, float, str], ...]:
    from .. import data

    stored = {round(value, 6) for _, value in release_figures()}
    out: dict[float, tuple[str, float, str]] = {}
    sources = data.release_sources()
    for source, release, excerpt in zip(sources["source_id"], sources["release"], sources["excerpt"]):
        for found in re.finditer(r"(\d+(?:\.\d+)?)(万|亿)?(余|多)?(起|名|人)", str(excerpt or "")):
            value = float(found.group(1)) * {"万": 1e4, "亿": 1e8}.get(found.group(2) or "", 1)
            if round(value, 6) not in stored and value not in out:
                out[value] = (f"'{found.group(0)}' (a sentence of {release}, {source}, in no table)", value,
                              _COUNTED_BY[found.group(4)])
    return tuple(out.values())


def printed_slip(answer: float, target: float, kind: str | None = None) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is, exactly, the number a figure the question reads prints before 万 or 亿
    (3.11 of 3.11亿元 where a share of the yuan is asked; 1.64 of 1.64万名 where a share of the people is): the figure
    copied as printed, not the calculation in base units (round 13, #19). Only a plausible mix-up is named."""
    from ..paths import data_dir

    if close(answer, target, rel_tol=1e-9):
        return None
    for name, number, unit, fragment in _printed_numbers(str(data_dir())):
        if close(answer, number, rel_tol=1e-9) and plausible_mix_up(name, target, kind):
            size = "ten thousand" if unit == "万" else "a hundred million"
            return FIGURE_AS_PRINTED, (f"You gave {plain(answer)}: that is {figure_said(name)} as printed ({fragment}), "
                                       f"a count of {unit} ({unit} is {size}), not the number the question asks for. "
                                       "The data stores each figure in base units (data.figure() gives it): work the "
                                       "calculation with those.")
    return None


def fraction_slip(answer: float, target: float, asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) when the question asks for a count of whole things (a whole-number answer, not a share or a
    percentage) and ``answer`` has a fraction that nothing else explains (1,626.5 gangs): adding and taking away
    whole counts never leaves one, so a step divided, averaged or typed a digit (round 13, #19). Asked last, after
    every computation that could give the fraction has had its say."""
    if not (math.isfinite(answer) and math.isfinite(target)) or not float(target).is_integer() or abs(target) < 1:
        return None
    if asks in (SHARE, PERCENTAGE) or float(answer).is_integer() or abs(answer - round(answer)) < 1e-9:
        return None
    return COUNT_WITH_FRACTION, (f"You gave {plain(answer, 6)}, a number with a fraction, but this question counts "
                                 "whole things: a count is a whole number. Adding or taking away whole counts never "
                                 "leaves a fraction, so one of your steps divided, took a mean or had a digit typed "
                                 "in: print each figure you used and the result of each step.")


def _day(value) -> str:
    text = str(value)[:10] if value is not None else ""
    return text if len(text) == 10 and text[4] == "-" else ""


RESCALED = 1  # the right answer rescaled (a percentage, the rest, the sign) is rounded as a right answer is
SLIP_TOLERANCE = 1e-4  # a slip is named only when the answer is that slip almost exactly
SMALLEST_NAMED_FIGURE = 50  # smaller figures (7 crime types, 9 bodies) match too many answers by chance


def rounded_fairly(answer: float, target: float) -> bool:
    """Whether ``answer`` is ``target`` rounded to two or more significant figures.

    A float cannot show "0.010"'s last zero, so the answer counts as rounded
    to two significant figures of the *target* (0.01 for 0.0104 is "about
    0.010"). Whole-number targets (counts) are never "about": they must be exact.
    """
    if not math.isfinite(answer) or not math.isfinite(target) or target == 0 or float(target).is_integer():
        return False
    two_figures = 1 - math.floor(math.log10(abs(target)))  # decimals for two significant figures
    # Rounding to two figures or more moves a number by half a unit of its second figure at most: an answer
    # farther off is no rounding of it, whatever its decimals (most numbers asked, by every slip that looks for a
    # result rounded: answered here without writing the answer out; test_slips.py compares with the full reading).
    if abs(answer - target) > 0.51 * 10.0 ** -two_figures + 2e-9 * (abs(answer) + abs(target)) + 1e-12:
        return False
    written = decimals_written(answer)
    if written > 15:  # float noise, not a rounding
        return False
    for places in range(two_figures, max(written, two_figures) + 1):  # 1840 may be 1841.5 to 3 figures
        if close(answer, round(target, places), rel_tol=1e-9, abs_tol=1e-12) \
                or close(answer, _half_up(target, places), rel_tol=1e-9, abs_tol=1e-12):
            return True
    return False


def _half_up(value: float, places: int) -> float:
    """``value`` rounded half away from zero, as people round by hand (0.125 -> 0.13; Python's round gives 0.12)."""
    from decimal import ROUND_HALF_UP, Decimal, localcontext

    with localcontext() as context:  # room for every digit of a float (28, the default, fails on 1628.571428571...)
        context.prec = 800
        return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _scaled(answer: float, target: float, ratio: float) -> bool:
    """``answer`` is ``target * ratio``, exactly or rounded as fairly as a right answer may be (1.04 for 1.0384), or
    the right answer cut off at the student's decimals and then scaled (review round 11: 96,640 is 9.664 x 10,000,
    9.66458 cut to three decimals before the slip of one 万)."""
    return matches(answer, target * ratio, digits=RESCALED) or _cut_off(answer / ratio, target)


def _cut_off(answer: float, target: float) -> bool:
    """``answer`` is ``target`` with its later decimals cut off (not rounded), showing three figures or more."""
    written = decimals_written(answer)
    if written > 12 or significant_digits(answer) < 3 or answer == target:
        return False
    scale = 10.0 ** written
    return math.isclose(math.trunc(target * scale) / scale, answer, rel_tol=1e-9, abs_tol=1e-15)


SHARE = "share"  # what a number question asks for, when it matters to a slip: a share between 0 and 1 ...
PERCENTAGE = "percentage"  # ... or a percentage; anything else (a count, a ratio, a rate per 100,000) is None


def asked_kind(target: float, asks: str | None = None) -> str | None:
    """What the question asks for: ``asks`` when the question says so, else a share for a target between 0 and 1
    that is not a whole number, else nothing in particular (a count, a ratio, a rate per 100,000 users)."""
    if asks is not None:
        return asks
    return SHARE if 0 < abs(target) < 1 else None


def scale_slip(answer: float, target: float, asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is ``target`` off by a power of ten: one 万, one 亿, a thousand, 100 (a
    percentage for a share, a share for a percentage, or a step of 100 where the question asks for neither), ten,
    or 100,000 and more (a rate per person for a rate per 100,000).

    What a step of 100 means depends on what the question asks (``asked_kind``): the message says what the
    answer matches relative to what THIS question asks, never "this question wants a percentage" for a question
    that asks for a ratio. The slip is named when the answer is the slip rounded too, as fairly as a right answer
    may be rounded (``rounded_fairly``): a student who gives a percentage for a share usually rounds it.
    """
    if target == 0 or answer == 0:
        return None
    shown = plain(answer)
    for factor, code, unit in ((1e8, OFF_BY_YI, "one 亿 (100,000,000)"), (1e4, OFF_BY_WAN, "one 万 (10,000)"),
                               (1e3, OFF_BY_THOUSAND, "a thousand")):
        for ratio, way in ((factor, "too large"), (1 / factor, "too small")):
            if _scaled(answer, target, ratio):
                return code, (f"You gave {shown}: {plain(factor)} times {way}, a slip of {unit}. "
                              "Check where you converted 万 or 亿 into plain numbers (or converted twice).")
    kind = asked_kind(target, asks)
    if _scaled(answer, target, 100):
        if kind == SHARE:
            return PERCENT_NOT_SHARE, (f"You gave {shown}, a percentage; this question wants the share between 0 "
                                       "and 1 (divide by 100).")
        return OFF_BY_HUNDRED, (f"You gave {shown}: 100 times too large, as if you multiplied by 100 to make a "
                                f"percentage. {_no_percentage(kind)}")
    if _scaled(answer, target, 1 / 100):
        if kind == PERCENTAGE:
            return SHARE_NOT_PERCENT, (f"You gave {shown}, a share between 0 and 1; this question wants a percentage "
                                       "(multiply by 100).")
        if kind == SHARE:
            return OFF_BY_HUNDRED, (f"You gave {shown}: 100 times too small, a share divided by 100 once more. A "
                                    "share is already between 0 and 1: do not divide it by 100.")
        return OFF_BY_HUNDRED, (f"You gave {shown}: 100 times too small, as if you divided by 100 to turn a "
                                f"percentage into a share. {_no_percentage(kind)}")
    for ratio, way in ((10, "too large"), (1 / 10, "too small")):
        if _scaled(answer, target, ratio):
            return OFF_BY_TEN, (f"You gave {shown}: 10 times {way}. A zero too many or too few, or the decimal point "
                                "moved one place: check each figure you typed and each step of a unit conversion.")
    for power in range(5, 13):
        for ratio, way in ((10.0 ** power, "too large"), (10.0 ** -power, "too small")):
            if power not in (8,) and _scaled(answer, target, ratio):
                return OFF_BY_POWER_OF_TEN, (f"You gave {shown}: {plain(10 ** power)} times {way}. Check the scale: "
                                             "per how many the rate is (per person, per 100,000 users) and each "
                                             "conversion of units.")
    return None


def _no_percentage(kind: str | None) -> str:
    if kind == PERCENTAGE:
        return "This question asks for a percentage, once: multiply by 100 only once."
    if kind == SHARE:
        return "This question asks for a share between 0 and 1."
    return "This question asks for no percentage and no share: give the number as the division gives it."


def complement_slip(answer: float, target: float, asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is the rest: 1 - the share asked for, or 100 - the percentage."""
    kind = asked_kind(target, asks)
    whole = 1.0 if kind == SHARE else 100.0 if kind == PERCENTAGE else None
    if whole is None or close(answer, target, rel_tol=1e-9):
        return None
    for rest, form in ((whole - target, whole), (100 * (1 - target), 100) if whole == 1 else (None, None)):
        if rest is not None and rest > 0 and matches(answer, rest, digits=RESCALED):
            return COMPLEMENT, (f"You gave {plain(answer)}, the rest: {plain(form)} minus the part the question asks "
                                "for. Check which part the question names (the share of what, out of what).")
        if rest is not None and rest > 0 and answer < 0 and matches(-answer, rest, digits=RESCALED):
            return COMPLEMENT, (f"You gave {plain(answer)}: the rest ({plain(rest)}), with a minus sign: the part "
                                f"minus {plain(form)}, a fall written as a negative number. The question asks for the "
                                "part itself, a positive share: check which part it names.")  # review 13: -0.86
    return None


def above_whole_slip(answer: float, target: float, asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) when a share (or a percentage) of a whole is asked, the right one is inside the whole, and
    ``answer`` is more than the whole: 1.14 where 0.14 is left after a fall of 86% (review round 13: "1.14 is too
    high"). The whole added to the part (1 + 0.14) or to the rest (1 + 0.86) is said as such; any other share above
    the whole is told what a share is. Asked after every slip that could explain the number otherwise."""
    kind = asked_kind(target, asks)
    whole = 1.0 if kind == SHARE else 100.0 if kind == PERCENTAGE else None
    if whole is None or not (0 < target < whole) or not (math.isfinite(answer) and whole < answer < 2 * whole):
        return None
    shown, one = plain(answer), plain(whole)
    if matches(answer - whole, target, digits=RESCALED):
        how = (f"{one} plus the part the question asks for: the whole added back, or a subtraction inside your "
               f"calculation turned round ({one} − (part − whole) adds where it should take away)")
    elif matches(answer - whole, whole - target, digits=RESCALED):
        how = (f"{one} plus the rest (what went, not what is left): {one} + x where {one} − x is meant")
    else:
        how = "more than all of it: check each step that adds or takes away"
    return SHARE_ABOVE_WHOLE, (f"You gave {shown}: more than {one}, the whole, and the part the question asks for is "
                               f"inside its whole ({'between 0 and 1' if whole == 1 else 'at most 100%'}). {shown} is "
                               f"{how}.")


_FRACTION_WORDS = {2: "a half", 3: "a third", 4: "a quarter", 5: "a fifth", 6: "a sixth", 7: "a seventh", 8: "an eighth",
                   9: "a ninth", 10: "a tenth"}
_FRACTION_GAP = 0.1  # the words' fraction is within a tenth of the answer (1/7 of 0.14: 2%); further off, a guess


def fraction_in_words_slip(answer: float, target: float, asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) when a share (or a percentage) is asked and ``answer`` is a simple fraction (k/n, n up to 10,
    written to three decimals or more) close to the right one but not it: the fraction words round it to, taken for
    the figure. Review round 17: 01 q9's 1/7 (0.1429, from lesson 02 q7's option (a), 'about a seventh of its 2019
    peak') for the 0.14 an 86% fall leaves was told only "too high". Asked after every slip that could explain the
    number otherwise; the message names the fraction, not the answer."""
    kind = asked_kind(target, asks)
    whole = 1.0 if kind == SHARE else 100.0 if kind == PERCENTAGE else None
    if whole is None or not (0 < target < whole) or not math.isfinite(answer) or significant_digits(answer) < 3:
        return None
    for n, name in _FRACTION_WORDS.items():
        for k in range(1, n):
            fraction = whole * k / n
            if math.gcd(k, n) != 1 or not matches(answer, fraction) or close(fraction, target, rel_tol=1e-9):
                continue
            if abs(fraction - target) > _FRACTION_GAP * target:
                return None
            said = name if k == 1 else f"{k}/{n}"
            return FRACTION_IN_WORDS, (
                f"You gave {plain(answer)}: that is {k}/{n}{' of 100' if whole == 100 else ''}, the fraction a "
                f"sentence rounds this {kind} to ('about {said}'), not the {kind} itself. Work it from the release's "
                "own figures: a rounding in words is not the figure it rounds.")
    return None


Figures = Callable[[], Iterable[tuple[str, float]]]


def figure_match(answer: float, target: float, figures: Figures | None = None,
                 ratio_figures: Figures | None = None, kind: str | None = None) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is another figure, or a ratio of two, that the student used instead.

    Named when exact, and when rounded as fairly as a right answer may be (9.3 for the detained per gang,
    9.32...; 1.64 for 16,400 written in 万): the message says the figure and that it was rounded. Named only
    when the figure is a plausible mix-up for this question (``plausible_mix_up``, told what the answer counts by
    ``kind``), never a coincidence; ``figures`` a question gives are its own, each a plausible mix-up.
    """
    given = figures is not None

    def plausible(name: str) -> bool:
        return given or plausible_mix_up(name, target, kind)

    def plausible_ratio(top: str, bottom: str) -> bool:
        """Either figure a plausible mix-up, or both from the parts of the release the question reads (133 / 1,759
        November gangs over all gangs where November yuan over all yuan are asked)."""
        if plausible(top) or plausible(bottom):
            return True
        own = question_figures(target)
        parts = {_subsets().get(n) for n, _ in own} - {None}
        units = {_units().get(n) for n, _ in own} - {None}  # round 15: 3 million items per 600 reminders for 00 q1's
        return (_subsets().get(top) in parts and _subsets().get(bottom) in parts  # gangs shares their part, no unit
                and bool({_units().get(top), _units().get(bottom)} & units) | (not units))

    figures = figures or release_figures
    ratio_figures = ratio_figures or release_2020_figures
    shown = plain(answer)
    for name, value in figures():
        if abs(value) >= SMALLEST_NAMED_FIGURE and not close(value, target, rel_tol=1e-9) \
                and matches(answer, value, rounded=False) \
                and plausible(name):
            return OTHER_FIGURE, (f"You gave {shown}, {figure_said(name)}: not the one this question asks for. "
                                  f"Reread which count the question names ({described_in(name)} describes each).")
    if target == 0 or not 0.01 <= abs(answer / target) <= 100:
        return None
    near = 0.1 <= abs(answer / target) <= 10  # farther off, only an exact ratio of two figures is named
    rounded_too = near and _plausibly_rounded(answer, target)
    units = _units()
    for factor, unit in ((1e4, "万"), (1e8, "亿")) if near else ():  # a figure written in 万 or 亿, as printed
        asked = {units.get(name) for name, value in figures() if close(value / factor, target, rel_tol=1e-3)}
        for name, value in figures():  # named only beside the figure asked for, in the same unit (like with like)
            if units.get(name) in asked - {None} and not close(value / factor, target, rel_tol=1e-9) \
                    and matches(answer, value / factor, rounded=rounded_too):
                return OTHER_FIGURE, (f"You gave {shown}, {figure_said(name)} in {unit} ({plain(value)} is "
                                      f"{value / factor:,.6g}{unit}){_rounded(answer, value / factor)}: not the one this "
                                      f"question asks for. Reread which count the question names ({described_in(name)} "
                                      "describes each).")
    ratios = _ratios(tuple(ratio_figures()))
    asked = {(units.get(top), units.get(bottom)) for top, bottom, r in ratios if close(r, target, rel_tol=1e-6)}
    if not rounded_too or not asked:  # only an exact ratio can match: look only near the answer
        ratios = [(top, bottom, r) for top, bottom, r in ratios if close(r, answer, rel_tol=1e-3)]
    for top, bottom, a_b in ratios:
        if not close(a_b, target, rel_tol=1e-9) and plausible_ratio(top, bottom):
            # exact: any ratio; rounded: only a ratio of the same units as the one asked for (9.3 detained per
            # gang for 9.7 apprehended per gang), since many ratios round to any short number
            like = (units.get(top), units.get(bottom)) in asked
            if matches(answer, a_b, rounded=rounded_too and like):
                return OTHER_FIGURE, (f"You gave {shown}, which is {top} / {bottom}{_rounded(answer, a_b)}. Check that "
                                      f"each figure you divided is the one the question names ({described_in(top, bottom)} "
                                      "describes each).")
    return None


@lru_cache(maxsize=8)
def _ratios(figures: tuple) -> list[tuple[str, str, float]]:
    """(top, bottom, top / bottom) for every pair of distinct figures big enough to name, computed once."""
    pairs = [(name, value) for name, value in figures if abs(value) >= SMALLEST_NAMED_FIGURE]
    return [(top, bottom, a / b) for top, a in pairs for bottom, b in pairs if a != b]


ROUNDED_FIGURE_BAND = (0.5, 2.0)  # a rounded other figure is named only this near the expected value ...
ROUNDED_FIGURE_DIGITS = 2  # ... and only written with at least this many significant digits (not 1, not 0.004)


def _plausibly_rounded(answer: float, target: float) -> bool:
    """Whether a rounded match with another figure is worth naming: many ratios round to any short number,
    so only a near value (a confusion of like with like, 9.3 for 9.7) written with two digits or more."""
    low, high = ROUNDED_FIGURE_BAND
    return low <= abs(answer / target) <= high and significant_digits(answer) >= ROUNDED_FIGURE_DIGITS


def _rounded(answer: float, value: float) -> str:
    """' (9.32, rounded)' when ``answer`` is ``value`` rounded rather than ``value`` itself, else ''."""
    if matches(answer, value, rounded=False):
        return ""
    return f" ({value:,.4g}, rounded)"


@lru_cache(maxsize=1)
def _subsets() -> dict[str, str]:
    """The part of the release every figure belongs to (the 2020 release's campaign to date, July operation,
    provincial example ...; a later release as a whole): the rows a student reading one figure may read instead."""
    from .. import data

    table, later = data.release_figures(), data.releases()
    return {**{str(i): f"release: {r}" for i, r in zip(later["id"], later["release"])},
            **{str(i): str(s) for i, s in zip(table["id"], table["subset"])}}


@lru_cache(maxsize=1)
def _next_rows() -> dict[str, set[str]]:
    """The figures printed in the row just above and below each one, in its own table (a student's iloc off by
    one row reads them)."""
    from .. import data

    found: dict[str, set[str]] = {}
    for table in (data.release_figures(), data.releases()):
        ids = [str(i) for i in table["id"]]
        for i, name in enumerate(ids):
            found[name] = {ids[j] for j in (i - 1, i + 1) if 0 <= j < len(ids)}
    return found


def figure_units() -> dict[str, str]:
    """The unit of every figure in data/ by id (gangs, suspects, cases, yuan ...): what each figure counts."""
    return _units()


def figure_parts() -> dict[str, str]:
    """The part of the release (or the later release) every figure belongs to, by id."""
    return _subsets()


def unit_named(name: str) -> str | None:
    """The unit of a figure as a figure family writes it (its id in quotes, or bare; words: no unit)."""
    return figure_units().get(name.strip("'"))


def part_named(name: str) -> str | None:
    """The part of the release (or the later release) of a figure as a figure family writes it, by its id."""
    return figure_parts().get(name.strip("'"))


@lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    """The unit of every figure in data/ (gangs, suspects, cases, yuan ...), to tell like from unlike."""
    from .. import data

    units = {}
    for table in (data.release_figures(), data.releases()):
        units.update({str(i): str(u) for i, u in zip(table["id"], table["unit"])})
    return units


@lru_cache(maxsize=1)
def _cached_figures(folder: str) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]:
    from .. import data

    first = data.release_figures()
    later = data.releases()
    of_2020 = tuple((str(i), float(v)) for i, v in zip(first["id"], first["value"]))
    seen = {v for _, v in of_2020}
    others = tuple((str(i), float(v)) for i, v in zip(later["id"], later["value"]) if float(v) not in seen)
    return of_2020 + others, of_2020


def release_figures() -> tuple[tuple[str, float], ...]:
    """(id, value) of every figure in data/ (the 2020 release's, then later releases' not already listed)."""
    from ..paths import data_dir

    return _cached_figures(str(data_dir()))[0]


def described_in(*names: str) -> str:
    """The table a student opens to read what the named figures count: the 2020 release's or the later releases'."""
    first = {name for name, _ in release_2020_figures()}
    tables = list(dict.fromkeys("data.release_figures()" if name in first else "data.releases()" for name in names))
    return " and ".join(tables)


def release_2020_figures() -> tuple[tuple[str, float], ...]:
    """(id, value) of the 2020 release's figures: the ones a ratio question divides."""
    from ..paths import data_dir

    return _cached_figures(str(data_dir()))[1]


def shape_slip(answer: float, target: float, kind: str | None = None) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is ``target`` with its sign flipped, inverted, one off (a count), or
    rounded so far that it changed (one significant figure, or a count to tens or more). ``kind``: what the number
    counts (a dict item's key), read with the question's prompt to say how a count goes one off."""
    if answer == 0 and math.isfinite(target) and 0 < abs(target) < 1:
        return ROUNDED_TOO_FAR, ("You gave 0: the answer rounded (or cut off) to no decimals, or to too few, so that "
                                 "nothing is left. Keep at least two significant figures (0.0104, not 0).")
    if target == 0 or answer == 0 or not math.isfinite(answer):
        return None
    shown = plain(answer)
    if matches(-answer, target, digits=RESCALED):
        return SIGN_FLIPPED, (f"You gave {shown}: the right size, the wrong sign. Check the order of your "
                              "subtraction (later minus earlier, whole minus part).")
    if abs(target) != 1 and _scaled(answer, 1 / target, 1) and not close(answer, target, rel_tol=0.1):  # 1 for 0.96: rounded
        return INVERTED_RATIO, (f"You gave {shown}, which is the ratio turned upside down: divide the other way "
                                "round (the part over the whole, or what the question names first over the second).")
    if target and answer and not float(target).is_integer() and significant_digits(answer) >= 3 \
            and not close(answer, target, rel_tol=0.1):  # review round 13: 5,817.6 (a rate's division, not a count's)
        for power in (p for p in range(-9, 10) if p):  # is 10,000 / 1.719: a rate per 100,000 turned upside down
            if _scaled(answer, 10.0 ** power / target, 1):
                return INVERTED_RATIO, (f"You gave {shown}: the question's division turned upside down, with a power "
                                        "of ten off as well. Divide the other way round: what the question counts "
                                        "over what it counts per, then scale as it asks.")
    if float(target).is_integer() and float(answer).is_integer() and abs(target) >= 10:
        for places in range(1, len(str(int(abs(target))))):  # a count rounded to tens, hundreds ... (1,760 for 1,759: a rounding, not one off)
            rounded = round(target, -places)
            cut = math.trunc(target / 10 ** places) * 10 ** places  # 1,700 for 1,759: the digits cut off
            if answer == cut and cut != target and cut != rounded:
                return ROUNDED_TOO_FAR, (f"You gave {shown}: the count with its last {places} digit"
                                         f"{'s' if places > 1 else ''} cut off. A count from the release is exact: "
                                         "give every digit.")
            if rounded != target and answer == rounded:
                return ROUNDED_TOO_FAR, (f"You gave {shown}: the count rounded to the nearest {plain(10 ** places)}. "
                                         "A count from the release is exact: give every digit.")
    if float(target).is_integer() and abs(answer - target) == 1:
        more = "more" if answer > target else "fewer"
        return OFF_BY_ONE, f"You gave {shown}, one {more} than the count. {_one_off_by_what(kind)}"
    two_figures = 1 - math.floor(math.log10(abs(target)))
    for places in range(two_figures - 1, two_figures - 6, -1):
        rounded = round(target, places)
        if rounded != 0 and not close(rounded, target, rel_tol=1e-9) and close(answer, rounded, rel_tol=1e-9, abs_tol=1e-12):
            return ROUNDED_TOO_FAR, (f"You gave {shown}: the answer rounded so far that it changed. Keep at least "
                                     "two significant figures (and a count exact).")
    if not float(target).is_integer():
        for places in range(0, max(two_figures + 2, 1)):  # 0.9 for 0.9647: the digits cut off, not rounded
            cut = math.trunc(target * 10 ** places) / 10 ** places
            if cut != 0 and not close(cut, target, rel_tol=1e-9) and close(answer, cut, rel_tol=1e-9, abs_tol=1e-12) \
                    and not rounded_fairly(answer, target):
                return ROUNDED_TOO_FAR, (f"You gave {shown}: the answer with its last digits cut off (int() or a "
                                         "truncation), not rounded. Round instead, and keep at least two significant "
                                         "figures.")
    return None


def _one_off_by_what(kind: str | None) -> str:
    """How a count goes one off, said by what it counts (review round 11: days and <= were said of bodies): days of a
    period, rows a filter keeps, or anything else counted (one counted twice, or left out)."""
    counted = f"{kind or ''} {current_prompt()}".lower()
    if re.search(r"\bdays?\b|\bperiod|\bdates?\b", counted):
        return ("Check whether both ends are counted (a period from the 1st to the 31st has 31 days) and where the "
                "period starts and ends.")
    if re.search(r"\brows?\b|\bfigures\b|\blen\(|\bfilter", counted):
        return ("Check your filter's conditions at their edge: a row kept or dropped by > for >=, or < for <=, or by a "
                "condition on the wrong column.")
    return "Check whether one was counted twice or left out (the whole counted again among its parts, or one part missed)."


def operation_slip(answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is one of the question's own figures (``question_figures``), or two of them
    combined by an operation that does not give the right answer (1,600 − 200 where 200 / 1,600 is asked;
    17,000 − 16,400 where 16,400 / 17,000 is). The ratio turned upside down and the difference the wrong way round
    are ``shape_slip``'s."""
    if not math.isfinite(answer) or close(answer, target, rel_tol=1e-9):
        return None
    if any(close(answer, cut(target * 10 ** p) / 10 ** p, rel_tol=1e-9, abs_tol=1e-12)
           for p in range(0, 7) for cut in (round, math.trunc)):
        return None  # the answer rounded or cut off (1 for 0.96, 17,000 / 17,000 by chance): shape_slip's
    own = question_figures(target)
    shown = plain(answer)
    for name, value in own:
        if abs(value) >= SMALLEST_OWN_FIGURE and matches(answer, value, rounded=False):  # 62,999 is no 6.3万
            called = "" if name.replace(",", "") == plain(value).replace(",", "") else f" ({name})"
            return GAVE_AN_INPUT, (f"You gave {shown}, one of the figures this question starts from{called}, not "
                                   "the result it asks for. Work the calculation the question describes.")
    made = [(a, x, b, y, symbol, scale, written) for a, x in own for b, y in own if a != b
            for symbol, op in OPERATIONS for scale, written in _SCALES
            if close(op(x, y) * scale, target, rel_tol=1e-6, abs_tol=1e-12)]
    scales = {(1.0, ""), *((scale, written) for *_, scale, written in made)}
    for a, x in own:
        for b, y in own:
            if a == b:
                continue
            for symbol, op in OPERATIONS:
                for scale, written in scales:
                    result = op(x, y) * scale
                    if not math.isfinite(result) or result == 0 or close(result, target, rel_tol=1e-6) \
                            or close(-result, target, rel_tol=1e-6) or close(result * target, scale * scale, rel_tol=1e-6):
                        continue
                    if matches(answer, result):
                        return WRONG_OPERATION, (f"You gave {shown}, which is {_sum_text(a, x, symbol, b, y)}{written}: "
                                                 "the question's own figures, combined another way than it asks. Reread "
                                                 "what is wanted (a share divides the part by the whole; a change "
                                                 "subtracts the earlier from the later; a total adds).")
    for a, x, b, y, symbol, scale, written in made:  # the same calculation with a figure of the same kind or part
        op = dict(OPERATIONS)[symbol]
        for position, (name, value) in enumerate(((a, x), (b, y))):
            for other, v in _mix_ups(name, target):
                result = (op(v, y) if position == 0 else op(x, v)) * scale
                if math.isfinite(result) and not close(result, target, rel_tol=1e-6) and matches(answer, result):
                    text = _sum_text(other, v, symbol, b, y) if position == 0 else _sum_text(a, x, symbol, other, v)
                    return OTHER_FIGURE, (f"You gave {shown}, which is {text}{written}: {other!r} where this question "
                                          f"uses {name!r}. Reread which figure the question names "
                                          f"({described_in(other, name)} describes each).")
    return None


def _sum_text(a: str, x: float, symbol: str, b: str, y: float) -> str:
    """'17,000 − 16,400 (suspects_apprehended − suspects_detained)'; the names left out when they are the numbers."""
    names = "" if all(n.replace(",", "").replace(".", "").isdigit() for n in (a, b)) else f" ({a} {symbol} {b})"
    return f"{plain(x)} {symbol} {plain(y)}{names}"


def _mix_ups(name: str, target: float) -> list[tuple[str, float]]:
    """The release's figures a student may take for ``name``: of the same unit, of the same part of the release
    (the November operation's suspects for its gangs), or in the row next to it (off by one row)."""
    units, subsets = _units(), _subsets()
    if name not in units:
        return []
    return [(other, value) for other, value in release_figures() if other != name and abs(value) >= SMALLEST_NAMED_FIGURE
            and (units.get(other) == units[name] or (subsets.get(name) and subsets.get(other) == subsets.get(name))
                 or other in _next_rows().get(name, ()))]


def answer_match(answer: float, target: float, answers: Iterable[float]) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is the answer of another question of the lesson (``answers``)."""
    for other in answers:
        if other and not close(other, target, rel_tol=1e-9) and (
                matches(answer, other)):
            return ANOTHER_ANSWER, (f"You gave {plain(answer)}, the answer to another question of this lesson. "
                                    "Reread what this question asks for and which figures it names.")
    return None


def no_release_figures() -> tuple:
    """The figures of a question about no figure of the release (a count of cases in the case set, a made-up city):
    none. A judge passes it as ``number(..., figures=slips.no_release_figures)``, so that no release figure is read
    into its answers (round 12: 58 wrong fires was '7 + Guangdong's 51 gangs')."""
    return ()


PROVINCIAL = "provincial example"


def like_figures(one: str, other: str) -> bool:
    """Whether a figure may stand in for (or be added to, or taken from) another in a wrong computation worth naming:
    both of one unit (or rows of one part of the release: a filter on the operation alone keeps both), and a
    provincial example only beside the same measure nationally ('jiangsu_gangs_eliminated' with 'gangs_eliminated'). Review round 13, M1: 9 localities added to 133 gangs, and Zhejiang's apprehended taken
    from the national detained, were told as what the student did. A name that is no figure's id (a question's own
    words, 'the campaign's gangs') has nothing to compare and is always like."""
    units, parts = _units(), _subsets()
    if one not in units or other not in units:
        return True
    if units[one] != units[other]:  # another unit only from the same part's rows (July's localities for its suspects:
        return parts.get(one) == parts.get(other) != PROVINCIAL  # a filter on the operation alone keeps both)
    one_example, other_example = parts.get(one) == PROVINCIAL, parts.get(other) == PROVINCIAL
    if one_example == other_example:
        return True
    example, national = (one, other) if one_example else (other, one)
    return example.endswith("_" + national)


def may_be_added(one: str, other: str) -> bool:
    """Whether ``one`` added to (or taken from) ``other`` is a wrong computation worth naming: figures alike
    (``like_figures``), and not a provincial example with a national figure. A province's count is inside the national
    one, so a student may put it in the national figure's place but has no reason to add the two (review round 13
    FINAL: 0.95 was 'explained' as the detained over the national apprehended plus Zhejiang's 174)."""
    parts = _subsets()
    return like_figures(one, other) and (parts.get(one) == PROVINCIAL) == (parts.get(other) == PROVINCIAL)


def combined_slip(answer: float, target: float, figures: Figures | None = None) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is the question's calculation with one figure too many, or with figures of
    different kinds added together (review round 7, M3: '16,150 is too low' for 17,000 − 712 − 138, '10.02 is too
    high' for (17,000 − 712) / (1,759 − 133), '18,759' for 1,759 + 17,000, '0.01163' for 1 / 86). Asked after every
    other slip, so the more common readings are named first; like ``operation_slip``, it reads only the question's
    own figures (``question_figures``) and the release's figures of the same kind or part (``_mix_ups``), plus, for
    a sum of unlike counts, any figure of the release added to one of the question's. A question that reads no figure
    by name tries every release figure, unless its judge says it reads none (``figures=no_release_figures``, lessons
    03 and 04's counts of cases and made-up cities: round 12, a count of cases is not 'explained' by the release)."""
    if not (math.isfinite(answer) and math.isfinite(target)) or close(answer, target, rel_tol=1e-9) or answer == 0:
        return None
    own = question_figures(target)
    shown = plain(answer)
    units = _units()
    # the question's own figure turned upside down (1 / 86 where 1 − 0.86 is asked), or over 100
    for name, value in own:
        for top, written in ((1.0, "1"), (100.0, "100")):
            if value and matches(answer, top / value) and not close(top / value, target, rel_tol=1e-6):
                return INVERTED_RATIO, (f"You gave {shown}, which is {written} / {plain(value)}: the figure turned "
                                        "upside down. Reread what the question divides (a share left is 1 minus the "
                                        "share that went; a part over its whole).")
    # the right calculation with one more figure of the same kind added or taken away (July's suspects taken away
    # too, where only November's are asked), or each figure of a ratio with another operation's count taken out
    extras = {other: v for name, _ in own for other, v in _mix_ups(name, target) if other not in dict(own)}
    exact = not own  # a question that reads no figure by name (a total of several rows): only an exact count
    if exact and float(target).is_integer() and float(answer).is_integer():
        extras = {other: v for other, v in (() if figures is no_release_figures else release_figures())
                  if abs(v) >= SMALLEST_NAMED_FIGURE and v.is_integer()}
    for other, v in extras.items():
        for sign, verb in ((1, "added"), (-1, "taken away")):
            if (close(answer, target + sign * v, rel_tol=1e-9) if exact else matches(answer, target + sign * v)):
                return EXTRA_FIGURE, (f"You gave {shown}: that is the question's calculation with {other!r} "
                                      f"({plain(v)}) {verb} as well, a figure it does not use. Reread which rows the "
                                      f"question names ({described_in(other)} describes each).")
    made = [(a, x, b, y, symbol, op, scale) for a, x in own for b, y in own if a != b
            for symbol, op in OPERATIONS for scale, _ in _SCALES
            if close(op(x, y) * scale, target, rel_tol=1e-6, abs_tol=1e-12)]
    for a, x, b, y, symbol, op, scale in made:
        for top in [(None, x), *((o, x - v) for o, v in _mix_ups(a, target) if may_be_added(o, a))]:
            for bottom in [(None, y), *((o, y - v) for o, v in _mix_ups(b, target) if may_be_added(o, b))]:
                if top[0] is None and bottom[0] is None:
                    continue
                both = top[0] is not None and bottom[0] is not None
                if both and _subsets().get(top[0]) != _subsets().get(bottom[0]):
                    continue  # one operation's rows taken out of both figures, or it is no one mistake (review round 8)
                result = op(top[1], bottom[1]) * scale
                matched = matches(answer, result, rounded=not both)  # two figures changed: only an exact match, never a rounding
                if math.isfinite(result) and not close(result, target, rel_tol=1e-6) and matched:
                    out = [o for o in (top[0], bottom[0]) if o]
                    return EXTRA_FIGURE, (f"You gave {shown}: that is the question's calculation with "
                                          f"{' and '.join(map(repr, out))} taken out of its figures first, so it covers "
                                          f"other rows than the question names ({described_in(*out)} describes each).")
    # a figure of another kind added to (or taken from) one of the question's: gangs plus suspects
    for name, value in (() if figures is no_release_figures else own):
        if name not in units:
            continue
        for other, v in release_figures():
            if other == name or abs(v) < SMALLEST_NAMED_FIGURE or units.get(other) == units.get(name):
                continue
            for symbol, result in (("+", value + v), ("−", value - v), ("−", v - value)):
                if result and matches(answer, result):
                    first, second = (name, other) if symbol == "+" or result == value - v else (other, name)
                    return MIXED_UNITS, (f"You gave {shown}, which is {first!r} {symbol} {second!r}: {units[name]} and "
                                         f"{units[other]} are different counts and do not add up. Use only the figures "
                                         "of the count the question asks about.")
    return None
