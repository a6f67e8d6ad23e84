"""Comparators: each turns an answer into an ``Outcome``.

A comparator is built once per question (``number(...)``, ``choice(...)``,
``frame(...)`` ...) and returns a ``Judge``: the judging function together
with every misconception code it can report, so the registry needs no second
list. Expected values may be given as callables so that they are computed from
data/ when judged, never typed twice. Comparators never raise: an odd value
becomes a message.

A lesson's own test for a known mistake is a ``Rule`` (code, description, and
a function that spots the mistake); ``frame``, ``series`` and ``chart.chart``
take rules, so no lesson needs to wrap a comparator to add a code.
"""
from __future__ import annotations

import calendar
import math
import re
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from . import far_off, figure_family, sealed, slips, typos
from .matching import matches
from .dict_items import FORM_OF_ITEMS, ITEM_FORM_CODES, item_form, wanted_kind
from .judge import Judge
from .labels import CUT_FROM_WRONG, ISO_DATE, Reading, everyday_aliases, is_date_object, label_key, read_date, read_date_value, read_label  # read_label: the one way a label is read (lessons call it too)
from .outcome import (TWO_LABELS, LABEL_CUT_SHORT, LABEL_NOT_AN_OPTION, EXTRA_KEY, MISSING_COLUMN, MISSING_KEY, NUMBER_AS_TEXT, ONE_VALUE_IN_A_SERIES, Outcome, Problem,
                      correct, incorrect, joined, not_attempted, with_note, wrong_type)
from .option_words import contradicts
from ..units import plain
from .values import (TUPLE_LABELS_NOTE, close, describe, is_missing_number, is_number, is_placeholder, normalise_text,
                     one_value, tuple_labels_unwrapped)


def _resolve(expected):
    return expected() if callable(expected) else expected


@dataclass(frozen=True)
class Rule:
    """A known mistake a lesson can spot in an answer.

    ``spot`` takes the answer (a DataFrame, a Series, a chart's spec ...) and
    returns the message for the student when it recognises the mistake (or
    True, to show ``description`` itself), else None or False. A rule that
    cannot run on an odd answer does not recognise it.
    """

    code: str
    description: str
    spot: Callable[[Any], str | bool | None]

    def message_for(self, value) -> str | None:
        try:
            found = self.spot(value)
        except Exception:  # an answer this rule cannot read is not this mistake
            return None
        if found is True:
            return self.description
        return found or None

    def __call__(self, value) -> tuple[str, str] | None:
        """(code, message) when the mistake is in ``value``, else None (lesson 02 shows this to students)."""
        message = self.message_for(value)
        return (self.code, message) if message else None


def as_rule(candidate) -> Rule:
    """A ``Rule`` as is; the older form (a function with a ``code`` attribute) wrapped."""
    if isinstance(candidate, Rule):
        return candidate
    code = getattr(candidate, "code", candidate.__name__)
    return Rule(code, " ".join((candidate.__doc__ or code).split()), candidate)


def spotted(rules: Sequence[Rule], value) -> Outcome | None:
    """The first rule that recognises its mistake in ``value``, as a verdict."""
    for rule in rules:
        message = rule.message_for(value)
        if message:
            return incorrect(message, rule.code)
    return None


def rule_codes(rules: Sequence[Rule]) -> dict[str, str]:
    return {rule.code: rule.description for rule in rules}


ANSWER = "{answer}"  # where a Misconception's message quotes the student's number


@dataclass(frozen=True)
class Misconception:
    """A known wrong answer and what it reveals.

    ``value`` is what a student holding this misconception would answer (a
    number, a list of numbers, or a callable computing either from data/); ``message`` names the
    misconception and points to the fix without giving the answer away.
    """

    code: str
    message: str
    value: Any = None
    rel_tol: float = 1e-6

    def said(self, answer: float | None = None) -> str:
        """The message, with the student's number where it writes ``{answer}`` ("You gave {answer}: that is a
        percentage"); without a number (the guide's registry), the message without its "You gave ...: " opening."""
        if answer is not None:
            return self.message.replace(ANSWER, plain(answer))
        opening = f"You gave {ANSWER}: "
        if not self.message.startswith(opening):
            return self.message.replace(ANSWER, "the number")
        text = self.message[len(opening):].replace(ANSWER, "the number")
        return text[:1].upper() + text[1:]

    def matches(self, answer: float) -> bool:
        target = _resolve(self.value)
        if target is None:
            return False
        if isinstance(target, (list, tuple)):  # several values that show the same mistake (each other unit's count)
            return any(close(answer, t, rel_tol=self.rel_tol, abs_tol=1e-12) for t in target)
        return close(answer, target, rel_tol=self.rel_tol, abs_tol=1e-12)

    def is_exactly(self, answer: float) -> bool:
        """Whether ``answer`` IS this mistake by the course's one rule (``matching.matches``: exact, or rounded as
        the student rounded), not only within the misconception's loose tolerance."""
        target = _resolve(self.value)
        targets = target if isinstance(target, (list, tuple)) else [target]
        return any(t is not None and matches(answer, t) for t in targets)


def number_slip(answer: float, target: float, *, figures: slips.Figures | None = None, asks: str | None = None,
                others: Iterable[float] | Callable[[], Iterable[float]] = (), kind: str | None = None
                ) -> tuple[str, str] | None:
    """(code, message) naming the slip that turns ``target`` into ``answer``, or None: a power of ten (万, 亿,
    a thousand, 100 for a percentage, ten), the rest of a share, one of the question's own figures or two of them
    combined the wrong way, another figure of the release or a ratio of two (a plausible mix-up only),
    the sign, the ratio inverted, one off, rounded too far, another question's answer (``others``, or a function
    giving them: computed only when nothing else named the slip, since other answers may need the data worked).

    ``number`` asks it for a single number; a judge of a dict of numbers asks it for each item (``item_slip``, with
    the item's key as ``kind``: what the number counts)."""
    return (slips.scale_slip(answer, target, asks) or slips.complement_slip(answer, target, asks)
            or slips.operation_slip(answer, target) or slips.figure_match(answer, target, figures, kind=kind)
            or (slips.printed_slip(answer, target, kind) if figures is not slips.no_release_figures else None)
            or slips.shape_slip(answer, target, kind)
            or slips.answer_match(answer, target, others() if callable(others) else others)
            or slips.combined_slip(answer, target, figures))


def last_resort_slip(answer: float, target: float, asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) for a wrong number no figure, operation or scale explains (asked after all of them, round 14):
    a share above its whole (``slips.above_whole_slip``), a fraction in words for the share it rounds
    (``slips.fraction_in_words_slip``, round 18), the question's calculation with one figure typed one
    keystroke wrong, or the right result so typed (``typos``)."""
    return (slips.above_whole_slip(answer, target, asks) or slips.fraction_in_words_slip(answer, target, asks)
            or typos.typed_figure_slip(answer, target, slips.question_figures(target))
            or typos.typed_answer_slip(answer, target) or typos.near_miss(answer, target))


def at_its_precision(value, answer: float) -> float:
    """``answer`` (``float(value)``) rounded to the decimal digits a numpy float of less than double precision holds
    (float32: 6, float16: 3), so that a wrong number computed in float32 (a column read as float32, np.float32
    arithmetic) is matched as the student's own digits: 1 − 3.11亿 / 299.5亿 in float32 is 0.98961604, not the rest
    0.98961603 (round 15, E3: 01 q5's '1 - share' was 'too high' with no name). Other values are returned as they are."""
    dtype = getattr(value, "dtype", None)
    if dtype is None or getattr(dtype, "kind", "") != "f" or getattr(dtype, "itemsize", 8) >= 8 or not math.isfinite(answer):
        return answer
    import numpy as np

    return float(f"{answer:.{np.finfo(dtype).precision}g}")


def rescaled_slip(answer: float, target: float, misconceptions: Sequence["Misconception"] = (), *,
                  asks: str | None = None) -> tuple[str, str] | None:
    """(code, message) for a share given as a percentage (or a percentage as a share) AND another named mistake:
    the number, scaled back by 100, is one of the question's misconceptions or the answer with its sign turned (round 15: 01 q9's
    186 is 100 + 86, the drop added to the whole in percent; its -14 is 86 − 100, a subtraction turned round in
    percent). The code is the inner mistake's; the message says both. Asked after every reading of the number as
    it stands."""
    kind = slips.asked_kind(target, asks)
    scale = 100 if kind == slips.SHARE else 1 / 100 if kind == slips.PERCENTAGE else None
    if scale is None or not math.isfinite(answer) or answer == 0:
        return None
    scaled = answer / scale
    inner = next(((m.code, m.said(scaled)) for m in misconceptions if m.is_exactly(scaled)), None)
    if inner is None and (sign := slips.shape_slip(scaled, target)) is not None and sign[0] == slips.SIGN_FLIPPED:
        inner = sign  # two slips at once are named only when each is sure: the question's own mistakes, or the sign
    if inner is None:  # (04 yt5's 6.25 is no percentage of 100 / 1,600, a ratio found among many)
        return None
    written, asked = (("a percentage", "a share between 0 and 1") if kind == slips.SHARE
                      else ("a share", "a percentage"))
    why = re.sub(r"^You gave .*?[.:](?=\s)\s*", "", inner[1])  # its own 'You gave -0.14: ...' would quote a number not given
    factor = "× 100" if kind == slips.SHARE else "/ 100"
    return inner[0], (f"You gave {plain(answer)}, {written} where the question asks for {asked}: {plain(answer)} is "
                      f"{plain(scaled)} {factor}, and {plain(scaled)} is itself a mistake. {why[:1].upper()}{why[1:]}")


def item_slip(key, given, wanted, *, value: Mapping | None = None, target: Mapping | None = None,
              figures: slips.Figures | None = None) -> tuple[str, str] | None:
    """(code, message) naming the mistake in one item of a dict answer, the item named: for a number, the slip
    ``number_slip`` finds; for a label, another item's label (``mislabel``); for an item of the wrong form (a
    one-element Series, array or list, the text 'True', the text '795', 1 for True), ``dict_items.item_form``'s
    sentence. Any dict judge may call it for the item it finds wrong (and declare ``dict_items.FORM_OF_ITEMS``)."""
    if not isinstance(wanted, (list, tuple)) and (form := item_form(str(key), given, wanted_kind(wanted))) is not None:
        return form.misconception, form.message
    if value is not None and target is not None and (swapped := mislabel(value, target, key)) is not None:
        return swapped
    if is_number(given) and is_number(wanted) and not isinstance(wanted, bool) and not isinstance(given, bool):
        found = (number_slip(float(given), float(wanted), figures=figures, kind=str(key))
                 or slips.fraction_slip(float(given), float(wanted))
                 or last_resort_slip(float(given), float(wanted)))
        if found is not None:
            return found[0], f"For {key!r}: {slips.with_releases(found[0], found[1])}"
    return None


def _is_array(value) -> bool:
    return type(value).__name__ == "ndarray"


def _only_value(value):
    return value.to_numpy().ravel()[0] if hasattr(value, "to_numpy") else value.ravel()[0]


def _one_value_in_a_container(value) -> Outcome | None:
    """The verdict (named, with the fix) on one value left inside a Series, DataFrame, array, list or tuple
    where the value itself is wanted; None for anything else."""
    if not one_value(value)[0]:
        return None
    if isinstance(value, (pd.Series, pd.DataFrame)):
        return wrong_type(Problem(f"You gave {describe(value)} holding one value ({_only_value(value)!r}); this "
                                  "question wants the value itself. Take it out with .item() (or .iloc[0]).",
                                  ONE_VALUE_IN_A_SERIES))
    if _is_array(value):
        return wrong_type(Problem(f"You gave a numpy array holding one value ({_only_value(value)!r}), what .values "
                                  "or .to_numpy() give; this question wants the value itself. Take it out with "
                                  ".item().", ONE_VALUE_IN_A_SERIES))
    return wrong_type(Problem(f"You gave a {type(value).__name__} holding one value ({value[0]!r}); this question "
                              "wants the value itself, without the brackets (or take it out with [0]).",
                              ONE_VALUE_IN_A_SERIES))


def number(expected, *, rel_tol: float = 1e-6, abs_tol: float = 0.0,
           misconceptions: Sequence[Misconception] = (), unit: str = "",
           figures: slips.Figures | None = None, asks: str | None = None,
           family: "figure_family.Family | None" = None) -> Judge:
    """A single number within a tolerance (relative and/or absolute).

    Fair to right answers: a non-whole expected value rounded to two or more
    significant figures is right too, as the worked solutions round ("about
    9.7"). A wrong answer gets, in order, the question's own misconception,
    then, for a decimal near a decimal answer, the right value cut off, rounded
    the wrong way or mistyped (``typos.near_slip``), then the generic slip it
    shows (``number_slip``: off by one 万 or 亿, a power of ten, a percentage
    for a share, the rest of a share, another figure of the release, from data/
    or from ``figures`` ...), then the last resorts (``last_resort_slip``: a
    share above its whole, a figure or the result typed one keystroke wrong, a
    near miss), else "too high/low" for what the prompt asks. Inside a loose
    ``rel_tol``, a typo that is no rounding is not accepted. ``asks`` ("share" or "percentage", ``slips.SHARE`` /
    ``slips.PERCENTAGE``) says what the question asks for when the expected
    value alone does not (a share is assumed for a value between 0 and 1).
    ``family`` (``figure_family.Family``) declares the question's figures in words: a wrong number that is one
    computation of them (and only one, or two said both) is named by what it is, before the generic slips.
    """

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if (inside := _one_value_in_a_container(value)) is not None:
            return inside
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value) \
                and 0 <= value[1] < 1000 and abs(value[0]) < 1000:  # 1,626 typed: (1, 626); (1759, 133) is two figures
            return wrong_type(Problem(f"You gave a tuple of 2 numbers, {value!r}: Python reads a comma between digits "
                                      f"as two numbers. Write the number without the thousands comma "
                                      f"({value[0]}{value[1]:03d}, or {value[0]}_{value[1]:03d}).", NUMBER_AS_TEXT))
        if isinstance(value, str):
            hint = ""
            if _looks_numeric(value):
                hint = (" Write it without quotes" + (" and without the thousands comma." if "," in value else "."))
            elif (printed := number_in_words(value)) is not None:  # round 15: '2.35万', '1,626 gangs', '1.04%'
                return wrong_type(Problem(printed, NUMBER_AS_TEXT))
            return wrong_type(f"You gave {describe(value)}; this question wants a number.{hint}")
        if not is_number(value):
            return wrong_type(f"You gave {describe(value)}; this question wants a single number.")
        if is_missing_number(value):
            return incorrect("Your answer is NaN (not a number). This usually comes from a calculation "
                             "with a missing value or a column name that did not match; look at the inputs.")
        try:
            answer = float(value)
        except OverflowError:
            return incorrect("Your answer is far too large to be a count from this release.")
        if math.isinf(answer):
            return incorrect("Your answer is infinite. Did you divide by zero?")
        target = float(_resolve(expected))
        if close(answer, target, rel_tol=rel_tol, abs_tol=abs_tol):
            if (typo := _typo_within(answer, target, rel_tol)) is not None:
                return incorrect(typo[1], typo[0])  # within a loose tolerance, but a typo, no rounding (round 14, A2)
            if rel_tol > slips.SLIP_TOLERANCE and (nearest := typos.rounded_the_other_way(answer, target)) is not None:
                return correct(f"{plain(answer)}{unit} is right, within this question's tolerance (rounded to the "
                               f"nearest at your decimals it is {plain(nearest, 6)}{unit}: a next digit of 5 or more "
                               "rounds up).")
            return correct(f"{plain(answer)}{unit} is right.")
        answer = at_its_precision(value, answer)  # a float32's digits past its precision name no mistake (round 15)
        loose = None  # a misconception met only within its loose tolerance: said unless a computation IS the number
        for m in misconceptions:
            if m.matches(answer):
                cut = slips.shape_slip(answer, target) if m.rel_tol > slips.SLIP_TOLERANCE else None
                said = m.said(answer)
                if cut is not None and cut[0] == slips.ROUNDED_TOO_FAR:  # 0.0103: a near miss, or 0.01038 cut off
                    return incorrect(f"{said} Or, if you worked the right calculation: {cut[1]}", m.code)
                if m.rel_tol > slips.SLIP_TOLERANCE and family is not None and not m.is_exactly(answer):
                    loose = loose or m
                    continue
                return incorrect(said, m.code)
        if slips.rounded_fairly(answer, target) and loose is None:
            return correct(f"{plain(answer)}{unit} is right, rounded (unrounded it is {target:,.6g}{unit}).")
        if loose is None and (near := typos.near_slip(answer, target)) is not None:  # before any figure (round 14, A3)
            return incorrect(near[1], near[0])
        if loose is None and (copied := slips.example_slip(answer, target)) is not None:  # before the family's
            return incorrect(copied[1], copied[0])  # coincidences: a beginner copies what is printed just above
        family_found = figure_family.matching(family, answer, target) if family is not None else {}
        if family is not None and (found := figure_family.named(family, answer, target, family_found)) is not None:
            return incorrect(slips.with_releases(found[0], found[1], target), found[0])  # review round 11: 17,712 / 1,892 is November added to both, not
        if loose is not None:                     # the detained (16,400 / 1,759) that a 1% tolerance took it for
            return incorrect(loose.said(answer), loose.code)
        named = number_slip(answer, target, figures=figures, asks=asks)
        if named is None:  # a percentage for a share and another mistake (round 15)
            named = rescaled_slip(answer, target, misconceptions, asks=asks)
        table_found = {}
        if named is None and family is not None:  # a slip on a figure of the table the question does not declare
            table_found = figure_family.matching_table(family, answer, target)
            named = figure_family.named(family, answer, target, table_found) if table_found else None
            # only a table combination that is named stands in the way of the last resorts: coincidences none of
            # which is said (05 q7's 1.69, 1,900 / 1,124 of two other tables) left a near miss generic (round 14)
            family_found = table_found if named is not None else family_found
        if named is None and not family_found and not _small_count(answer):  # named only when nothing else gives it
            named = _another_answer(lesson, judge, answer, target)
        if named is None and not family_found:  # a count with a fraction no computation explains (round 13)
            named = slips.fraction_slip(answer, target, asks or (family.asks if family is not None else None))
        if named is None and not family_found:  # a count of rows by the size of their values (round 13)
            named = figure_family.size_filter(family, answer, target)
        if named is None and not family_found:  # the cells of the right rows, .size, for their count (round 15)
            named = figure_family.cells_for_rows(family, answer, target)
        if named is None and not family_found:  # a rate over another, rounder count of its base (round 15)
            named = figure_family.other_base(family, answer, target)
        if named is None and not family_found:  # last: a share above its whole, a figure or the result mistyped
            named = last_resort_slip(answer, target, asks or (family.asks if family is not None else None))
        if named is not None:
            return incorrect(slips.with_releases(named[0], named[1], target), named[0])
        direction = "too high" if answer > target else "too low"
        ruled_out = figure_family.what_it_is_not(family, answer, target, family_found or table_found) \
            if family is not None else ""  # a combination found is never said not to be one
        asked = _asking_sentence(slips.current_prompt())  # what the number is compared with (round 14)
        if figure_family.counts_rows(family):  # review round 11: 'check the units' said nothing to a count of rows
            return incorrect(f"{plain(answer)}{unit} is {direction} for this count of rows"
                             f"{f' ({asked})' if asked else ''}.{ruled_out} Your count keeps "
                             f"{'rows the question does not ask for' if answer > target else 'too few rows'}: print the "
                             "rows your filter keeps (the table before len or .sum()) and check each against every "
                             "condition of the question.")
        direction += f" for what this question asks ({asked})" if asked else ""
        if figures is slips.no_release_figures:  # a count or share of the course's cases: no figure, no unit to check
            return incorrect(f"{plain(answer)}{unit} is {direction}.{ruled_out} This number comes from the course's "
                             "cases, so there is no figure or unit to mix up: print what your code counts or divides (the rows before "
                             "len, .sum() or .mean()) and check it against each condition of the question.")
        return incorrect(f"{plain(answer)}{unit} is {direction}.{ruled_out} {far_off.advice(answer, target)}")

    def passes(numbers: Iterable[float]) -> bool:
        """``judge(n).passed`` for any of these finite plain numbers, the key worked out once: right within the
        tolerance, or rounded fairly where no misconception of the question matches (the judge's order)."""
        target = float(_resolve(expected))
        for n in numbers:
            answer = float(n)
            if close(answer, target, rel_tol=rel_tol, abs_tol=abs_tol) and _typo_within(answer, target, rel_tol) is None:
                return True
            if slips.rounded_fairly(answer, target) and not any(m.matches(answer) for m in misconceptions):
                return True
        return False

    declared = {m.code: m.said() for m in misconceptions}
    for code, description in (*slips.SLIP_CODES.items(), *(family.codes.items() if family is not None else ())):
        declared.setdefault(code, description)
    lesson = _lesson_calling(_caller_outside_compare())
    if _importing(lesson):  # a question's judge, made as its lesson is imported; not one built while judging
        _LESSON_NUMBERS.setdefault(lesson, []).append((judge, _answer_matcher(expected)))
    return Judge(judge, declared, passes=passes)


def _typo_within(answer: float, target: float, rel_tol: float) -> tuple[str, str] | None:
    """The typo an answer inside a loose tolerance shows (3.2536 for 3.2356 within 1%), when it is no rounding of the
    right value; None for a fair rounding, a value within a slip's tolerance, or a tight tolerance (round 14, A2)."""
    if rel_tol <= slips.SLIP_TOLERANCE or close(answer, target, rel_tol=slips.SLIP_TOLERANCE) \
            or slips.rounded_fairly(answer, target) or typos.rounded_the_other_way(answer, target) is not None:
        return None  # a rounding the other way (3.235 for 3.2356, review round 18) is a rounding, not a typo
    return typos.typed_answer_slip(answer, target)


# Every number() question's judge and a matcher of its answer, by the lesson module that made it, so that a number
# that answers another question of the lesson is named as such (``slips.answer_match``). The matcher says only
# whether a number is that answer (a yes or no, as the question's own check would): no name here holds or returns a
# key (issue #19; tests/checks/test_no_answer_function.py).
_LESSON_NUMBERS: dict[str, list] = {}


def _answer_matcher(expected):
    """A function (answer, target) -> the 'another question's answer' slip or None, for one question's key."""
    def names(answer: float, target: float):
        try:
            other = float(_resolve(expected))
        except Exception:  # a value that needs data not at hand names nothing
            return None
        return slips.answer_match(answer, target, (other,))
    return names


def _caller_outside_compare():
    """The first frame whose code is not this module's (a lesson's helper that calls ``number`` counts)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
    return frame


def _importing(module_name: str) -> bool:
    """Whether ``module_name`` is being imported right now (its top-level code is running)."""
    module = sys.modules.get(module_name)
    spec = getattr(module, "__spec__", None)
    return bool(getattr(spec, "_initializing", False))


def _lesson_calling(frame) -> str:
    """The module (a lesson's) whose code called ``number``, or '' outside a module."""
    return str(frame.f_globals.get("__name__", "")) if frame is not None else ""


def _small_count(answer: float) -> bool:
    """A whole number under ``slips.SMALLEST_OWN_FIGURE`` (2 rows, 6 releases): it answers many questions by chance,
    so it is never told as another question's answer (round 9: L00 yt2's 2 as "the answer to yt5")."""
    return float(answer).is_integer() and abs(answer) < slips.SMALLEST_OWN_FIGURE


def _another_answer(lesson: str, own, answer: float, target: float) -> tuple[str, str] | None:
    """The slip 'the answer to another question of this lesson' (``slips.answer_match``), asked of each other
    number() question of ``lesson`` in turn."""
    for judge, names in _LESSON_NUMBERS.get(lesson, ()):
        if judge is not own and (found := names(answer, target)) is not None:
            return found[0], _which_question(lesson, judge, answer) or found[1]
    return None


def _which_question(lesson: str, judge, answer: float) -> str | None:
    """'You gave 16,288: the answer to yt3 (How many suspects ... ?)': the other question named by its id and what
    it asks (review round 8: "the answer to another question" named no figure), or None when it cannot be found."""
    module = sys.modules.get(lesson)
    for question in (*getattr(module, "IN_LESSON", ()), *getattr(module, "QUESTIONS", ())):
        inner = getattr(question.judge, "function", question.judge)
        if inner is judge or getattr(inner, "__wrapped__", None) is judge:
            asked = _asking_sentence(question.prompt or "")
            what = f" ({asked})" if asked else ""
            if float(answer).is_integer() and abs(answer) < slips.SMALLEST_NAMED_FIGURE:
                # 2 rows, 4 bodies: a small count answers many questions by chance, so said as a possibility
                return (f"You gave {plain(answer)}, which is also the answer to {question.id} of this lesson{what}: "
                        "if you stored that answer here, this question asks for another count. Reread which "
                        "figures this question names.")
            return (f"You gave {plain(answer)}, the answer to {question.id} of this lesson{what}, not to this "
                    "question. Reread which figures this question names.")
    return None


def _asking_sentence(prompt: str) -> str:
    """The sentence of a prompt that asks (its first ending in '?', else its last before 'Store ...'), without
    markdown; '' when none does."""
    text = " ".join(prompt.replace("*", "").replace("`", "'").split())
    found = re.search(r"(?:^|(?<=[.:!?] ))([A-Z][^?]{5,200}\?)", text)
    if found:  # its last sentence: not the heading ('Your turn (yt5).') or the figure quoted before it
        return re.split(r"(?<=[.!:]) (?=[A-Z])", found.group(1))[-1]
    sentences = [s for s in re.split(r"(?<=[.!]) (?=[A-Z])", text) if s]
    said = [s for s in sentences if not s.startswith(("Store", "Give"))]  # what it computes, not where to store it
    return said[-1].rstrip(".") if said and len(said[-1]) <= 200 else ""


LONGEST_NUMBER_TEXT = 120
_NUMBER_WITH_WORDS = re.compile(r"^\s*(?P<before>约|逾|近|about|around|approx\.?|~)?\s*(?P<digits>\d[\d,.\s_']*)\s*"
                                r"(?P<unit>万亿|亿|万|千|百)?\s*(?P<floor>余|多)?\s*(?P<after>%|％|[^\d\s]{1,3}|[a-z][a-z ]{0,24})?"
                                r"\s*$", re.I)


def number_in_words(text: str) -> str | None:
    """The sentence for a number written as text with its unit or a word beside it ('2.35万', '3.11亿', '1,626 gangs',
    '23500人', '1.04%', '1 626'), or a calculation in quotes ('1759 - 133'): what the student wrote is a figure as
    printed, a number with a word or a sum Python never worked out, and the
    question wants the number itself (round 15: these were 'You gave the text ...; this question wants a number').
    None for a text that is not such a number."""
    if len(text) > LONGEST_NUMBER_TEXT:
        return None  # no number written by hand runs this long (and the patterns below stay cheap)
    if re.fullmatch(r"\s*\(?\s*\d[\d.,_]*(?:\s*[-+*/×÷−]\s*\(?\s*\d[\d.,_]*\s*\)?)+\s*", text) \
            and not re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", text):  # a date is no calculation
        return (f"You gave the text {text.strip()[:40]!r}, a calculation written in quotes: Python keeps it as text "
                "and works nothing out. Remove the quotes (and take each figure from the data by its id).")
    found = _NUMBER_WITH_WORDS.match(text)
    if found is None or not any(found.group(g) for g in ("before", "unit", "floor", "after")) \
            and not re.search(r"\d[\s_']\d", found.group("digits")):
        return None
    shown = text.strip()[:40]
    if found.group("unit"):
        return (f"You gave the text {shown!r}, the figure as it is printed: this question wants the number itself, "
                "without quotes, in base units (work out 千 = 1,000, 万 = 10,000 and 亿 = 100,000,000 in your code).")
    if found.group("after") in ("%", "％"):
        return (f"You gave the text {shown!r}: this question wants a number without quotes and without the % sign "
                "(a share, a percentage or a count, as the question asks).")
    if found.group("before") or found.group("floor"):
        return (f"You gave the text {shown!r}: a number with a word that says 'about' or 'more than'. This question "
                "wants the number alone, without quotes (its precision is another question).")
    if found.group("after"):
        return (f"You gave the text {shown!r}, a number with a word beside it: give the number alone, without quotes "
                "(what it counts is in the question).")
    return (f"You gave the text {shown!r}: a number with spaces or marks between its digits. Give the number without "
            "quotes (1626, or 1_626).")


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "").strip())
        return True
    except ValueError:
        return False


def choice(correct_option: str, options: Sequence[str], *,
           wrong: Mapping[str, str] | None = None, codes: Mapping[str, str] | None = None,
           otherwise: tuple[str, str] | None = None) -> Judge:
    """One option out of several (multiple choice).

    Options are read with ``read_label``: 'B', '(b)', 'b.' and 'b)' all mean
    option b, and a small typo in a worded option is forgiven with a note.
    ``wrong`` maps a wrong option to the message it deserves; ``codes`` maps it
    to a misconception code. ``otherwise`` is (message, code) for every other wrong
    option: a map listing every option would hold the right one among them (#19).
    """
    wrong = dict(wrong or {})
    codes = {**_own_message_codes(wrong), **dict(codes or {})}
    other_message, other_code = otherwise or (None, None)
    right = sealed.SealedOptions([correct_option])  # held as a digest: no closure cell names the letter (#19)

    def judge(value) -> Outcome:
        if (unread := _not_one_answer(value)) is not None:
            return unread
        if (once := _one_text_repeated(value)) is not None:  # ['trend'] * 3, one per figure: that option, once
            outcome = judge(once)
            return with_note(outcome, f"(You gave {once!r} {len(value)} time{'s' if len(value) > 1 else ''} in a "
                                      "list; the question asks for the option once, as text.)")
        if not isinstance(value, str):
            return wrong_type(f"You gave {describe(value)}; write the option as text, e.g. '{options[0]}'.")
        if (several := _several_letters(value, options)) is not None:
            return incorrect(f"You gave {len(several)} options ({', '.join(several)}); this question asks for one "
                             "letter, the best answer. Reread the options and choose one.", SEVERAL_OPTIONS)
        reading = read_label(value, options, aliases=everyday_aliases(options)).wrong_if_cut(lambda o: o in right)
        reading = _or_type_name(reading, value, options)
        if reading.cut_short:  # 'enforcement' for 'enforcement activity': not credited, the option named (round 13)
            return cut_short_verdict(reading)
        picked = reading.label
        if picked is None and (lettered := letter_and_its_words(value, options)) is not None:
            given, meant = lettered
            if meant == TURNED_ROUND:  # round 15: 'b: ... never a change of filing' was told to write its letter
                return wrong_type(Problem(f"You wrote the letter ({given}), but the words beside it say the opposite "
                                          f"of option ({given}) ({value.strip()[:60]!r}): give the letter of the "
                                          "option you mean, alone.", SEVERAL_OPTIONS))
            if meant is not None and meant != given:
                return wrong_type(Problem(f"You wrote the letter ({given}) but the words of option ({meant}): "
                                          "give one letter, the option you mean.", SEVERAL_OPTIONS))
            note = (f"(Read {value.strip()[:40]!r} as option ({given}): its letter and words agree. Next time give the "
                    "letter alone.)" if meant is not None else
                    f"(Read as option ({given}); the words beside the letter are your reason and were not read. Next "
                    "time give the letter alone.)")
            picked, reading = given, Reading(given, note, "form")
        if picked is None and (letter := option_in_words(value, options)) is not None:
            if letter not in right:  # a wrong option written in its own words: its verdict, said as read (round 9)
                return incorrect(f"Read as option ({letter}), whose words yours repeat: "
                                 + wrong.get(letter, f"'{letter}' is not the best answer. Reread the options.")
                                 + " (Next time give the letter.)", codes.get(letter))
            if not contradicts(value, options_written(slips.current_prompt(), options).get(letter, "")):
                # the right option in its own words: credited with the note wrong options get (review round 13, F1)
                return correct(f"(Read as option ({letter}), whose words yours repeat. Next time give the letter.)")
        if picked is None and (ruled_out := _ruled_out_letter(value, options)) is not None:  # review round 18
            return wrong_type(Problem(f"{value.strip()!r} rules option ({ruled_out}) out; this question asks for the "
                                      f"one option you choose: write its letter, one of {', '.join(options)}.",
                                      OPTION_RULED_OUT))
        if picked is None and all(len(label_key(o)) == 1 for o in options) and len(label_key(value).split()) >= 2:
            return wrong_type(Problem(f"You wrote the option's words ({value[:40]!r}); write its letter instead, one "
                                      f"of {', '.join(options)} (e.g. '{options[0]}').", OPTION_WORDS_FOR_LETTER))
        if picked is None:
            return wrong_type(f"'{value}' is not one of the options: {', '.join(options)}.")
        if picked in right:
            return correct(reading.note)
        return with_note(incorrect(wrong.get(picked, other_message or f"'{picked}' is not the best answer. Reread "
                                                                      "the options."),
                                   codes.get(picked, other_code) or _cut_code(reading)), reading.note)

    declared = {other_code: other_message} if other_code else {}
    return Judge(judge, {**declared, **_option_codes(codes, wrong), OPTION_WORDS_FOR_LETTER: OPTION_WORDS_DESCRIPTION,
                         OPTION_RULED_OUT: OPTION_RULED_OUT_DESCRIPTION})


_NOT_A_LETTER = re.compile(r"^\s*(?:not|no|never|isn't|is not)\s+(?:option\s+)?\(?([a-z])\)?\s*[.!]?\s*$", re.I)


def _ruled_out_letter(value: str, options: Sequence[str]) -> str | None:
    """The letter a text rules out ('not b', 'not (b)'), when the options are letters and it is one of them: a refusal
    of an option, not its words (review round 18: 00 q3's 'not b' was told to write the option's letter)."""
    found = _NOT_A_LETTER.match(value)
    letters = {label_key(o): o for o in options}
    if found is None or not all(len(key) == 1 for key in letters):
        return None
    return letters.get(found.group(1).lower())


def _one_text_repeated(value) -> str | None:
    """The one text of a list or tuple that gives the same option (read loosely) every time, else None."""
    if not isinstance(value, (list, tuple)) or not value or not all(isinstance(v, str) for v in value):
        return None
    return value[0] if len({label_key(v) for v in value}) == 1 and label_key(value[0]) else None


def _cut_code(reading: Reading) -> str | None:
    """``LABEL_CUT_SHORT`` for a text read as the wrong option it is the start of, when that option has no verdict of
    its own (its note says which option it begins); None otherwise."""
    return LABEL_CUT_SHORT if reading.how == CUT_FROM_WRONG else None


def cut_short_verdict(reading: Reading, key=None) -> Outcome:
    """The verdict on an option or label given cut short (``labels.read_label``'s ``CUT_SHORT`` reading): a named form
    slip, never credited (round 13, #19, the lead's decision: 'enforcement' is not the option 'enforcement activity').
    ``key``: the dict item it was given for, said first."""
    where = f"For {key!r}: " if key is not None else ""
    return wrong_type(Problem(where + reading.note, LABEL_CUT_SHORT))


OPTION_WORDS_FOR_LETTER = "option_words_for_letter"
OPTION_WORDS_DESCRIPTION = "wrote an option's words where its letter is asked"
OPTION_RULED_OUT = "option_ruled_out"
OPTION_RULED_OUT_DESCRIPTION = "ruled an option out ('not b') where the one option chosen is asked"
SEVERAL_OPTIONS = TWO_LABELS  # 'a, b', 'b and d' where one letter, the best, is asked (a form every judge declares)


def options_written(prompt: str, options: Sequence[str]) -> dict[str, str]:
    """{letter: its words} for the lettered options a prompt writes ('(a) crimes committed, (b) ...' or one per
    line); {} when it writes none."""
    letters = [label_key(o) for o in options]
    if not letters or not all(len(x) == 1 for x in letters):
        return {}
    marks = list(re.finditer(r"\(([a-z])\)\s+", prompt))
    found = {}
    for i, mark in enumerate(marks):
        if mark.group(1) in letters:
            end = marks[i + 1].start() if i + 1 < len(marks) else len(prompt)
            text = re.split(r"\bStore\b", prompt[mark.end():end])[0]
            found[mark.group(1)] = text.strip(" \n;,.-")
    return found


_FUNCTION_WORDS = frozenset("the and but for nor not was were are its her his him she they them their this that "
                            "with from into onto would could should will can did does has had have been being who "
                            "which what when than then there here our you your".split())


def _content_words(text: str) -> set[str]:
    """The words that carry an option's meaning, each by its stem: function words left out, an ending (-ing, -ed, -es,
    -s, -e) cut, then the first six letters, so that 'would not take her payment on the due day' meets 'not taking her
    payment on the day it was due' in take/taking, payment, due and day (round 16, C6: only 'paymen' met, so the right
    option in the student's words was told to write its letter). Three-letter words count (app, day, due)."""
    words = set()
    for word in re.findall(r"[a-z0-9%]+", text.lower()):
        if word.endswith("%"):
            words.add(word)
        elif len(word) >= 3 and word not in _FUNCTION_WORDS:
            stem = re.sub(r"(?:ing|ed|es|s|e)$", "", word) if len(word) >= 4 else word
            words.add(stem[:6])
    return words


def option_in_words(value: str, options: Sequence[str], ignoring=None) -> str | None:
    """The letter whose written option (in the prompt of the question being judged) an answer in words repeats: at
    least two of its words and more than any other option's; None when no option stands out. An option whose words
    the answer turns round (``option_words.contradicts``: 'fewer' for its 'more', 'not' added) is not repeated (round
    14, S2); ``ignoring=()`` reads the words alone."""
    written = options_written(slips.current_prompt(), options)
    if ignoring is None:
        written = {letter: text for letter, text in written.items() if not contradicts(value, text)}
    said = _content_words(value)
    if len(said) < 2 or not written:
        return None
    hits = sorted(((len(said & _content_words(text)), letter) for letter, text in written.items()), reverse=True)
    best, letter = hits[0]
    if best >= 2 and best >= 0.5 * len(said) and (len(hits) == 1 or hits[1][0] < best):
        return letter
    return None


_LEADING_LETTER = re.compile(r"^\s*(?P<open>\()?(?P<letter>[a-z])(?P<close>\))?"
                             r"(?P<sep>\s*[-:.)\u2013\u2014,;]|\s+because\b)?\s+(?P<rest>.+)$", re.S)
_TRAILING_LETTER = re.compile(r"^(?P<rest>.+?)(?:[,;:.]|\bso\b|\banswer(?:\s+is)?\b|\bhence\b|\btherefore\b)\s*"
                              r"(?:the\s+answer\s+is\s+|answer\s*:?\s*|option\s+)?\(?(?P<letter>[a-z])\)?[.!]?\s*$", re.S)


_SAID_LETTER = re.compile(r"^\s*(?:i\s+(?:think|choose|chose|pick|would\s+say)|(?:my\s+|the\s+)?answer\s+is)\s*:?\s*"
                          r"\(?(?P<letter>[a-z])\)?[.!]?\s*$")


TURNED_ROUND = "turned round"  # letter_and_its_words: the words beside the letter say the opposite of its option


def letter_and_its_words(value: str, options: Sequence[str]) -> tuple[str, str | None] | None:
    """(the letter written, the letter whose option the words beside it repeat) for 'b) how many there were at the
    peak' or 'b - how many institutions ...' (review round 12: a letter with its option's words is a fair answer);
    (the letter, None) for a letter marked as one (a bracket, a comma, a colon, a dash, 'because'; or at the end after
    'so', 'answer' or a stop) beside words that repeat no option: the student's reason (round 14, S3: 'b, because a
    fall of 86% ...'); (the letter, ``TURNED_ROUND``) when the words turn the letter's own option round
    (``option_words.contradicts``). None when no letter is written so, or when a lone 'a' is the article ('a log axis
    has no zero', round 14, A7)."""
    if not options or not all(len(label_key(o)) == 1 for o in options):
        return None
    letters = {label_key(o) for o in options}
    text = value.lower()
    if (said := _SAID_LETTER.match(text)) is not None and said.group("letter") in letters:  # 'I think b'
        return said.group("letter"), None
    found = _LEADING_LETTER.match(text)
    marked = found is not None and bool(found.group("open") or found.group("close") or found.group("sep")
                                        or found.group("rest").startswith("("))  # 'b (filing)': a reason in brackets
    if found is None or found.group("letter") not in letters or (found.group("letter") == "a" and not marked):
        found = _TRAILING_LETTER.match(text)
        if found is None or found.group("letter") not in letters or len(found.group("rest").split()) < 2:
            return None
        marked = True
    letter, rest = found.group("letter"), found.group("rest")
    if contradicts(rest, options_written(slips.current_prompt(), options).get(letter, "")) \
            and option_in_words(rest, options, ignoring=()) == letter:
        return letter, TURNED_ROUND  # its own option's words, turned round: the letter and the words disagree
    meant = option_in_words(rest, options)
    if meant is not None:
        return letter, meant
    return (letter, None) if marked else None


def _several_letters(value: str, options: Sequence[str]) -> list[str] | None:
    """The letters of 'a, b', '(b) and (d)', 'b/c' when the options are letters and two or more distinct ones are
    given (round 9: 'a, b' was read as 'b' and passed); None otherwise."""
    if not all(len(label_key(o)) == 1 for o in options):
        return None
    tokens = [t for t in re.split(r"[\s,;/&+()\[\].:'\"]+|\band\b|\bor\b", value.lower()) if t]
    letters = {label_key(o) for o in options}
    if len(tokens) >= 2 and all(t in letters for t in tokens) and len(set(tokens)) >= 2:
        return list(dict.fromkeys(tokens))
    return None


def _own_message_codes(wrong: Mapping[str, str]) -> dict[str, str]:
    """A code for each wrong option whose message is its own (no other option shares it): that message says
    what choosing it shows, so the verdict names the mistake. Options sharing one message (a hint for any
    wrong pick) get none. The code is ``chose:<option>``, as ``mapping`` codes a key's own message ``wrong:<key>``."""
    counts: dict[str, int] = {}
    for message in wrong.values():
        counts[message] = counts.get(message, 0) + 1
    return {option: f"chose:{label_key(option) or option}" for option, message in wrong.items()
            if message and counts[message] == 1}


def _not_one_answer(value) -> Outcome | None:
    """The verdict for the placeholder, or for a one-element Series/DataFrame where a single value is
    wanted (named, with the fix); None for anything else."""
    if is_placeholder(value):
        return not_attempted()
    return _one_value_in_a_container(value)


def _option_codes(codes: Mapping[str, str], wrong: Mapping[str, str]) -> dict[str, str]:
    """code -> description for options that carry a code (two options may share one)."""
    out: dict[str, str] = {}
    for option, code in codes.items():
        out.setdefault(code, wrong.get(option, "") or f"chose {option!r}")
    return out


def _or_type_name(reading: Reading, value, options: Sequence[str]) -> Reading:
    """``reading`` (the label reader's), or, when it found no option, a crime type's name (the Chinese as any release
    prints it, the clearer English) where the options are the course's type codes: read as its code with a note, as
    lesson 03 reads it (``classify.type_code``, one reader; review round 14, FINAL: 05 q5's '软暴力催收' was 'not one
    of the options')."""
    from ..schemas import CRIME_TYPES
    if reading.label is not None or not isinstance(value, str) or "_" in value or not options \
            or not set(options) <= set(CRIME_TYPES):
        return reading  # 'pyramid_scheme' is a code made up, not a name: a filter on it finds nothing
    from ..classify import type_code  # reads the course's data: asked only for type codes, after the label reader
    code = type_code(value)
    if code not in options:
        return reading
    return Reading(code, f"(Read {value.strip()!r} as {code!r}: in code, write the course's code.)", "form")


def choices(correct_options: Iterable[str], options: Sequence[str], *,
            wrong: Mapping[str, str] | None = None, codes: Mapping[str, str] | None = None) -> Judge:
    """Several options at once (select all that apply), given as a list or set.

    A wrong answer names every option that should not be there (each with its
    message) and how many are missing, in one verdict.
    """
    right = sealed.SealedOptions(correct_options)  # digests: no closure cell lists the right options (#19)
    wrong = dict(wrong or {})
    codes = dict(codes or {})

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if isinstance(value, str) and len(parts := [p for p in re.split(r"[,;]\s*|\s+and\s+", value) if p.strip()]) >= 2 \
                and all(read_label(p, options).label is not None for p in parts):
            return wrong_type(Problem(f"You wrote the options as one text ({value[:60]!r}); give a list of texts, one "
                                      f"per option: {[read_label(p, options).label for p in parts]!r}.", LIST_AS_TEXT))
        as_text = isinstance(value, str)  # one option written as text, where a list is asked: read as a list of one
        if as_text:
            value = [value]
        if isinstance(value, pd.Series):
            value = value.tolist()
        if not isinstance(value, (list, tuple, set, frozenset)):
            return wrong_type(f"You gave {describe(value)}; give a list of options, e.g. ['{options[0]}'].")
        picked: dict[str, Reading] = {}
        unknown = []
        for v in value:
            reading = read_label(v, options).wrong_if_cut(lambda o: o in right)
            reading = _or_type_name(reading, v, options)
            if reading.cut_short:
                return cut_short_verdict(reading)
            if reading.label is None:
                unknown.append(v)
            else:
                picked.setdefault(reading.label, reading)
        if unknown:
            shown = ", ".join(repr(v) for v in unknown)
            return wrong_type(f"{shown} {'is' if len(unknown) == 1 else 'are'} not one of the options: "
                              f"{', '.join(options)}.")
        notes = " ".join(r.note for r in picked.values() if r.note)
        if len(picked) == len(right) == right.found_in(picked):
            if as_text:  # the right option, but code that uses the answer (isin, a loop) needs the list it asks for
                return wrong_type(Problem(joined(f"{value[0]!r} is the right option, written as a text: the question "
                                                f"asks for a list, {list(picked)!r}. Put it in square brackets (a "
                                                "filter such as .isin() needs a list, not a text).", notes),
                                          OPTION_AS_TEXT))
            return correct(notes)
        if as_text and picked and right.found_in(picked) == len(picked) and len(right) > len(picked):
            missing = len(right) - len(picked)
            return incorrect(joined(f"You gave one option as a text ({value[0]!r}), where the question asks for a list "
                                   f"of every option that applies: {missing} more apply. Write a list, "
                                   f"[{value[0]!r}, ...], with all of them.", notes), OPTION_LEFT_OUT)
        if not picked:
            return incorrect(joined("You gave an empty list: no option at all, and at least one applies. A set "
                                   "difference taken the other way round (the later list minus the earlier) or a "
                                   "filter that keeps nothing gives an empty list: check the order of your "
                                   "subtraction and your condition, and print what you computed.", notes),
                             EMPTY_SELECTION)
        extra = [o for o in options if o in picked and o not in right]
        missing = len(right) - right.found_in(picked)
        also = f" You are also missing {missing} option(s) that apply." if missing else ""
        if not extra:
            return incorrect(joined(f"You are missing {missing} option(s) that also apply.", notes), OPTION_LEFT_OUT)
        first = extra[0]
        if len(extra) == 1:
            return incorrect(joined(wrong.get(first, f"'{first}' should not be in your list.") + also, notes),
                             codes.get(first) or OPTION_NOT_APPLYING)
        parts = [f"'{o}': {wrong[o]}" if o in wrong else f"'{o}' should not be in your list." for o in extra]
        return incorrect(joined(f"{len(extra)} options should not be in your list: "
                               + ", ".join(repr(o) for o in extra) + ". " + " ".join(parts) + also, notes),
                         codes.get(first) or OPTION_NOT_APPLYING)

    return Judge(judge, {**_option_codes(codes, wrong), **CHOICES_CODES})


OPTION_LEFT_OUT = "option_left_out"
OPTION_NOT_APPLYING = "option_not_applying"
LIST_AS_TEXT = "list_as_text"
OPTION_AS_TEXT = "option_as_text"
EMPTY_SELECTION = "empty_selection"
CHOICES_CODES = {  # select-all-that-apply: the ways a list of options goes wrong, named for any such question
    OPTION_LEFT_OUT: "left out an option that also applies (stopped at the first that fits)",
    OPTION_NOT_APPLYING: "ticked an option that does not apply",
    LIST_AS_TEXT: "wrote several options as one text ('a, b') where a list of texts is wanted",
    OPTION_AS_TEXT: "wrote the one right option as a text ('a') where a list (['a']) is wanted",
    EMPTY_SELECTION: "gave an empty list where at least one option applies (a set difference taken the other way "
                     "round, a filter that keeps nothing)",
}


def text(accepted: Iterable[str], *, wrong: Mapping[str, str] | None = None,
         codes: Mapping[str, str] | None = None) -> Judge:
    """A short text answer: any accepted form, read with ``read_label``.

    Case, spacing, full-width forms, hyphens and punctuation do not matter; a
    small typo is forgiven with a note, unless it is as near to a known wrong
    answer. ``accepted`` may be a callable, so accepted forms can come from
    data/ when judged.
    """
    wrong = dict(wrong or {})
    codes_norm = {normalise_text(k): v for k, v in {**_own_message_codes(wrong), **dict(codes or {})}.items()}
    wrong_norm = {normalise_text(k): v for k, v in wrong.items()}

    def judge(value) -> Outcome:
        if (unread := _not_one_answer(value)) is not None:
            return unread
        right = list(accepted() if callable(accepted) else accepted)
        if is_date_object(value) and any(ISO_DATE.match(str(form)) for form in right):
            iso, _sure = read_date_value(value)  # a Timestamp or date where a date is asked: read it, say the form
            if iso is not None:
                dated = judge(iso)
                note = f"(Read your {type(value).__name__} as {iso!r}; the question asks for the date as text in quotes.)"
                return with_note(dated, note)
        if not isinstance(value, str):
            return wrong_type(f"You gave {describe(value)}; this question wants text in quotes.")
        if not normalise_text(value):
            return not_attempted("Your answer is empty. Write it between the quotes.")
        if any(ISO_DATE.match(str(form)) for form in right) and (bare := date_without_words(value)) is not None:
            how = ("" if _START_OF.match(value) or _END_OF.match(value)  # the words are the date: 'end of 2021'
                   else ", without the words around it")
            return with_note(judge(bare), f"(Read {value.strip()!r} as {bare!r}{how}: write only the date, as ISO "
                                          "text.)")  # round 15: 'since 2021' was 'not the expected answer'
        if any(ISO_DATE.match(str(form)) for form in right) and not ISO_DATE.match(value.strip()):
            iso, sure = read_date(value)  # '1 January 2021' where 2021-01-01 is asked: read it, say the form
            if iso is not None and not sure:
                return wrong_type(Problem(f"You gave {value!r}: day/month or month/day? Write the date as ISO text, "
                                          "year-month-day, as the release's own dates are written ('2020-12-24').", "date_form"))
            if iso is not None and iso != value.strip():
                dated = judge(iso)
                note = f"(Read {value.strip()!r} as {iso!r}: write dates as ISO text, year-month-day.)"
                return with_note(dated, note)
        if (part := _partial_date(value, right[0])) is not None and normalise_text(value) not in wrong_norm:
            return incorrect(part, PARTIAL_DATE)  # round 15: '2020' was 'the start of the options 2020-10-14, ...'
        # every accepted form is one answer: they do not compete when a typo is read
        reading = read_label(value, right[:1] + [w for w in wrong if w not in right],
                             aliases={**everyday_aliases(right[:1] + list(wrong)),
                                      **{form: right[0] for form in right[1:]}}).wrong_if_cut(lambda o: o in right)
        if reading.cut_short:
            return cut_short_verdict(reading)
        if reading.label is not None and reading.label in right:
            return correct(reading.note)
        if reading.label is not None:
            norm = normalise_text(reading.label)
            return with_note(incorrect(wrong_norm[norm], codes_norm.get(norm) or _cut_code(reading)), reading.note)
        if (dated := _other_date(value, right[0])) is not None:
            return incorrect(dated, OTHER_DATE)
        if (part := _partial_date(value, right[0])) is not None:
            return incorrect(part, PARTIAL_DATE)
        if ISO_DATE.match(str(right[0])) and (impossible := _impossible_date(value)) is not None:
            return wrong_type(Problem(impossible, "date_form"))
        if ISO_DATE.match(str(right[0])) and not re.search(r"\d", value):  # review round 13, G3: 'today'
            return wrong_type(Problem(f"You gave {value.strip()[:60]!r}, which names no day: the question asks for a "
                                      "date, written as ISO text, year-month-day ('2020-12-24'). Read the day from what "
                                      "the sentence says and the date of the report.", NO_DATE))
        if ISO_DATE.match(str(right[0])) and re.search(r"\d{4}-\d{1,2}-\d{1,2}", value):
            return wrong_type(Problem(f"You gave {value.strip()[:60]!r}: a date with other words or dates around it. "
                                      "Write only the one date the question asks for, as ISO text "
                                      "('2020-12-24'), then check again.", DATE_WITH_WORDS))
        if ISO_DATE.match(str(right[0])):  # round 16: '202-101' was 'not the expected answer': digits, no date
            return wrong_type(Problem(f"You gave {value.strip()[:60]!r}: no date can be read from it (a digit or a "
                                      "dash missing or out of place?). Write the one date the question asks for as "
                                      "ISO text, year-month-day ('2020-12-24').", "date_form"))
        return incorrect("That is not the expected answer. Use a hint if you are stuck.")

    return Judge(judge, {**_option_codes(codes_norm, wrong_norm), "date_form": DATE_FORM_DESCRIPTION,
                         OTHER_DATE: OTHER_DATE_DESCRIPTION, PARTIAL_DATE: PARTIAL_DATE_DESCRIPTION,
                         NO_DATE: NO_DATE_DESCRIPTION,
                         DATE_WITH_WORDS: DATE_WITH_WORDS_DESCRIPTION})


DATE_WITH_WORDS = "date_with_words"
NO_DATE = "no_date"
NO_DATE_DESCRIPTION = "gave words that name no day ('today', 'since this year') where a date is asked"


def _impossible_date(value: str) -> str | None:
    """The sentence for an answer that is only a year-month-day whose month or day cannot be ('2021-14-10': there is
    no month 14; review round 12 called it 'a date with other words around it'); None otherwise."""
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value)
    if found is None:
        return None
    year, month, day = (int(g) for g in found.groups())
    if not 1 <= month <= 12:
        return (f"You gave {value.strip()!r}: {month} is not a month (1 to 12). ISO dates are year-month-day: "
                "check the order and the month, then write the date as '2020-12-24' is written.")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return (f"You gave {value.strip()!r}: that month has no day {day}. Check the day and the order "
                "(year-month-day), then check again.")
    return None
DATE_WITH_WORDS_DESCRIPTION = "gave a date with other words or dates around it ('not 2021-01-01', a date twice)"


OTHER_DATE = "other_date"
OTHER_DATE_DESCRIPTION = ("gave another date than the one asked for (another sentence's date, the end for the start, "
                          "the wrong year's start)")


def _other_date(given: str, wanted) -> str | None:
    """The message for an ISO date that is not the one asked for (which way it is off, not by how much: that would
    give the answer away); None when either is no ISO date."""
    if not (ISO_DATE.match(str(wanted).strip()) and ISO_DATE.match(given.strip())):
        return None
    try:
        days = (pd.Timestamp(given.strip()) - pd.Timestamp(str(wanted).strip())).days
    except (ValueError, TypeError):
        return None
    if days == 0:
        return None
    return (f"You gave {given.strip()!r}{_day_is(pd.Timestamp(given.strip()))}, a date "
            f"{'later' if days > 0 else 'earlier'} than the one the question asks for. Reread which day the text counts from (its own date, the start of its year, its campaign's start) "
            "and whether the question asks for a start or an end.")


def _day_is(day) -> str:
    """', the first day of June 2021': what a day is in its calendar, when that says something ('' otherwise)."""
    if day.month == 1 and day.day == 1:
        return f", the first day of {day.year}"
    if day.month == 12 and day.day == 31:
        return f", the last day of {day.year}"
    if day.day == 1:
        return f", the first day of {day:%B %Y}"
    if day.is_month_end:
        return f", the last day of {day:%B %Y}"
    return ""


_LEADING_WORDS = re.compile(r"^\s*(?:since|from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+(?:of|from)|on|"
                            r"effective(?:\s+from)?|to|until|till|through|up\s+to|ending(?:\s+on)?)\s+"
                            r"(?P<rest>.+?)[.!]?\s*$", re.I)
_START_OF = re.compile(r"^\s*(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+(?:the\s+year\s+)?(?P<year>\d{4})\s*"
                       r"[.!]?\s*$", re.I)
_END_OF = re.compile(r"^\s*(?:the\s+)?(?:end|last\s+day)\s+of\s+(?:the\s+year\s+)?(?P<year>\d{4})\s*[.!]?\s*$", re.I)


def date_without_words(value: str) -> str | None:
    """The date (or year, or month) a text writes after a word that only says where a count starts ('since 2021',
    'from 1 January 2021', 'as of 2021-01-01'), or the first or last day of a year written in words ('the start of
    2021' is '2021-01-01', 'the end of 2023' '2023-12-31'); None for anything else, a denial ('not 2021-01-01') among
    it (review round 15, E3)."""
    if not isinstance(value, str):
        return None
    if (start := _START_OF.match(value)) is not None:
        return f"{start['year']}-01-01"
    if (end := _END_OF.match(value)) is not None:
        return f"{end['year']}-12-31"
    found = _LEADING_WORDS.match(value)
    if found is None:
        return None
    rest = found["rest"].strip()
    if (start := _START_OF.match(rest)) is not None:
        return f"{start['year']}-01-01"
    iso, sure = read_date(rest)
    if iso is not None and sure:
        return iso
    if ISO_DATE.match(rest) or iso is not None or _partial_date(rest, "2000-01-01") is not None:
        return rest
    return None


PARTIAL_DATE = "partial_date"
PARTIAL_DATE_DESCRIPTION = "gave a year or a month where a day (a date) is asked"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SHORT_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


def _partial_date(given, wanted) -> str | None:
    """The message for a year or a month ('2021', '2021-01', 'January 2021', '2021年1月') where an ISO date is asked;
    None otherwise."""
    if not isinstance(given, str) or not ISO_DATE.match(str(wanted).strip()):
        return None
    text = given.strip().lower()
    if re.fullmatch(r"\d{4}年?", text):
        what = "a year"
    elif re.fullmatch(rf"\d{{4}}[-/.]\d{{1,2}}|\d{{4}}年\d{{1,2}}月|({_MONTHS})\s+\d{{4}}|\d{{4}}\s+({_MONTHS})|"
                      rf"({_SHORT_MONTHS})\w*\.?,?\s+\d{{4}}", text):  # round 16: 'Jan 2021', 'Sept. 2021'
        what = "a month"
    elif re.fullmatch(rf"({_SHORT_MONTHS})\w*\.?\s+\d{{1,2}}(st|nd|rd|th)?|\d{{1,2}}(st|nd|rd|th)?\s+({_SHORT_MONTHS})\w*\.?|"
                      r"\d{1,2}月\d{1,2}日", text):  # round 15: 'Jan 1' was 'not the expected answer'
        return (f"You gave {given.strip()!r}, a day of the year without its year: the question asks for the date with "
                "its year. Which year does the text count in? Give the date as ISO text, year-month-day.")
    else:
        return None
    return (f"You gave {given.strip()!r}, {what}, not a date: the question asks for one day. Give it as ISO text, "
            "year-month-day.")


DATE_FORM_DESCRIPTION = "wrote a date whose day and month can be read either way (01/02/2021) where ISO text is asked"


def mapping(expected, *, misconceptions: Mapping[str, str | tuple[str, str] | Mapping] | None = None,
            aliases: Mapping[str, Any] | None = None, labels: Sequence[str] | None = None,
            label_kind: str = "answers allowed here", described: Callable[[str], str] | None = None,
            labels_by_key: Mapping[str, Sequence[str]] | None = None) -> Judge:
    """A dict of labels (e.g. statement -> True/False, figure -> kind), all keys required.

    ``labels_by_key``: the labels each key allows, when they differ by key (a checklist: a period for 'period', a
    scope for 'scope'); a label allowed for no key is then told with its own key's labels, not every key's at once
    (round 16: 'since' for 'period' was shown 'suspects apprehended, people convicted, ...' first).

    ``misconceptions`` maps a key to the message for getting that key wrong,
    or to (code, message) to name the misconception; a bare message gets the
    code ``wrong:<key>``. ``aliases`` lets short labels stand for full ones
    ('activity' for 'enforcement activity'). ``labels``, when given, are the
    only answers allowed for any key (anything else is the wrong kind of answer,
    named by ``label_kind``, e.g. "type codes"). Labels are read with
    ``read_label`` (case, hyphens, punctuation and small typos forgiven).
    A wrong answer names every missing, extra and wrong key in one verdict; with every key asked and more, the
    verdict says how the keys asked stand (``asked_keys_only``, review round 17).

    A key's entry may also be a dict from the wrong label given to its (code, message), with ``None`` for any
    other wrong label: a message written for one distractor is not shown for another (review round 7, M2: a
    verdict about exposure for an answer that said cost). A message may hold ``{given}`` (the label given) and
    ``{described}`` (``described(label)``, e.g. its codebook description), so it says what the answer is.
    """
    named = {key: (entry if isinstance(entry, (tuple, dict)) else (f"wrong:{key}", entry))
             for key, entry in dict(misconceptions or {}).items()}

    def named_for(key, given) -> tuple[str, str] | None:
        entry = named.get(key)
        if isinstance(entry, dict):
            entry = next((e for label, e in entry.items() if label is not None and _same_label(given, label)),
                         entry.get(None))
        if entry is None:
            return None
        code, message = entry
        if "{given}" in message or "{described}" in message:
            text = described(given) if described is not None and isinstance(given, str) else ""
            message = message.replace("{given}", repr(given)).replace("{described}", text)
        return code, message
    aliases = {k: v for k, v in dict(aliases or {}).items() if isinstance(v, str)}
    shown = ", ".join(labels or ())

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if isinstance(value, pd.Series):
            if value.index.has_duplicates:
                return incorrect(duplicate_labels_message(value.index, "Series"), DUPLICATE_LABELS)
            value = value.to_dict()
        if not isinstance(value, dict):
            return wrong_type(f"You gave {describe(value)}; this question wants a dict like {{key: answer, ...}}.")
        target = _resolve(expected)
        value = keys_in_any_case(value, target)
        given, (value, extra) = value, asked_keys_only(value, target)
        known = list(labels) if labels is not None else [v for v in target.values() if isinstance(v, str)]
        claims = [k for k in extra if _answers_like_an_item(given[k], target, known, aliases)]
        set_aside = [k for k in extra if k not in claims]
        readings = {k: read_label(v, known, aliases=aliases).wrong_if_cut(lambda o, k=k: _same_label(o, target.get(k)))
                    if isinstance(v, str) else None for k, v in value.items()}
        if (short := next(((k, r) for k, r in readings.items() if r is not None and r.cut_short), None)) is not None:
            return cut_short_verdict(short[1], short[0])
        value = {k: (r.label if r is not None and r.label is not None else v)
                 for (k, v), r in zip(value.items(), readings.values())}
        notes = " ".join(dict.fromkeys([*(r.note for r in readings.values() if r is not None and r.note),
                                        *([annotations_note(set_aside)] if set_aside and not claims else [])]))
        if labels is not None:
            bad = [v for v in value.values() if not isinstance(v, str) or v not in labels]
            first = next((k for k, v in value.items() if not isinstance(v, str) or v not in labels), None)
            if bad and labels_by_key is not None and first in labels_by_key:
                return wrong_type(Problem(f"For {first!r} you wrote {value[first]!r}: not one of the labels "
                                          f"allowed for {first!r}. Use one of: {', '.join(labels_by_key[first])}.",
                                          LABEL_NOT_AN_OPTION))
            if bad:
                return wrong_type(f"{_listed(bad)} {'is' if len(bad) == 1 else 'are'} not one of the "
                                  f"{label_kind}. Use one of: {shown}.")
        if (problem := keys_problem(value, target)) is not None:
            return wrong_type(problem)
        wrong_keys = [k for k in target if not _same_label(value[k], target[k])]
        if claims:  # every item asked, and more answers: not credited, but told how the items asked stand
            return wrong_type(extra_keys_problem(extra, target, len(wrong_keys)))
        if not wrong_keys:
            return correct(notes)
        def verdict(key) -> tuple[str | None, str]:
            """The form slip in the item first (a Series for a value, 'True' in quotes: the lesson's named
            mistake would be false), then the lesson's own, then a swapped label or a slip of the number."""
            found = item_slip(key, value[key], target[key], value=value, target=target)
            if found is not None and found[0] in ITEM_FORM_CODES:
                return found
            cut = readings.get(key)
            return (named_for(key, value[key]) or found
                    or (_cut_code(cut) if cut is not None else None, f"Look again at {key!r}."))

        verdicts = {k: verdict(k) for k in wrong_keys}
        code, message = verdicts[wrong_keys[0]]
        if len(wrong_keys) == 1:
            return incorrect(joined(f"1 of {len(target)} wrong. {message}", notes), code)
        messages = list(dict.fromkeys(m for _, m in verdicts.values()))
        details = (messages[0] if len(messages) == 1 and not messages[0].startswith("Look again")
                   else " ".join(f"{k!r}: {m}" if not m.startswith(("For ", "Look again")) else m
                                 for k, (_, m) in verdicts.items()))
        return incorrect(joined(f"{len(wrong_keys)} of {len(target)} wrong: {_listed(wrong_keys)}. {details}", notes),
                         code)

    declared: dict[str, str] = {DUPLICATE_LABELS: DUPLICATE_LABELS_DESCRIPTION, **MISLABEL_CODES,
                                **slips.SLIP_CODES, **FORM_OF_ITEMS}
    for entry in named.values():
        for code, message in (entry.values() if isinstance(entry, dict) else (entry,)):
            templated = "{given}" in message or "{described}" in message
            declared.setdefault(code, "gave a label that does not fit this item (the verdict says what the label "
                                      "given means)" if templated else message)
    return Judge(judge, declared)


SWAPPED_LABELS = "swapped_labels"
LABEL_OF_ANOTHER_KEY = "label_of_another_key"
MISLABEL_CODES = {
    SWAPPED_LABELS: "gave two entries each other's labels (swapped a pair)",
    LABEL_OF_ANOTHER_KEY: "gave an entry the label that belongs to another entry",
}


def mislabel(value: Mapping, target: Mapping, key) -> tuple[str, str] | None:
    """(code, message) when the wrong label at ``key`` is another key's right label: two labels swapped, or one
    label given to the wrong entry. Any judge of a dict of labels may call it (it declares ``MISLABEL_CODES``)."""
    given = value.get(key)
    owners = [other for other in target if other != key and _same_label(given, target[other])]
    if not owners:
        return None
    for other in owners:
        if _same_label(value.get(other), target[key]):
            return SWAPPED_LABELS, (f"{key!r} and {other!r} have each other's labels: you swapped them. Reread "
                                    "what each one counts or says.")
    return LABEL_OF_ANOTHER_KEY, (f"For {key!r} you gave the label that belongs to {owners[0]!r}. Reread what "
                                  f"{key!r} itself counts or says.")


def _listed(items: Sequence) -> str:
    """'a', 'b' and 'c': every item, not only the first."""
    shown = [repr(i) for i in items]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def keys_in_any_case(value: dict, keys: Iterable) -> dict:
    """``value`` with each key that is an expected key in another case or with spaces round it ('p1' for 'P1')
    written as that key: one reading of keys for every dict question (review round 12: 03 q1 read 'n1' as 'N1'
    while 04 yt1 called 'p1' missing). Left as it is when two keys would become one."""
    by_fold = {str(k).strip().casefold(): k for k in keys}
    if not isinstance(value, dict) or set(value) <= set(by_fold.values()):
        return value
    read = {(by_fold.get(str(k).strip().casefold(), k) if k not in by_fold.values() else k): v
            for k, v in value.items()}
    return read if len(read) == len(value) else value


def asked_keys_only(value, target: Mapping) -> tuple:
    """(``value`` with only the keys asked, the other keys) when a dict answer has every key asked and more; (``value``,
    []) otherwise. The engine's one rule for a dict with every item asked and more (review round 17, E: 01 q6's five
    right answers and a note of the student's own, 'note': 'computed', were told only that 'note' is not a key):

    - an extra entry whose value answers like an item (a label the items take, a bool where they are bools, a number
      where they are numbers) is a claim of its own (05 q14's 'scope': 'another source' says the scope blocks the
      comparison; 03 q1's 'N7' labels a case that does not exist): not credited, and the verdict
      (``extra_keys_problem``) says how the items asked stand, so the student knows only the extra key is left;
    - any other extra entry is the student's annotation ('note': 'computed'): set aside, with a note
      (``annotations_note``), and the items asked judged (``_answers_like_an_item`` tells the two apart)."""
    if not isinstance(value, dict) or not all(k in value for k in target):
        return value, []
    extra = [k for k in value if k not in target]
    return ({k: value[k] for k in target}, extra) if extra else (value, [])


def _answers_like_an_item(given, target: Mapping, labels: Sequence, aliases) -> bool:
    """Whether an extra entry's value is an answer of the kind the items take (see ``asked_keys_only``)."""
    kinds = list(target.values())
    if isinstance(given, bool) or type(given).__name__ == "bool_":
        return any(isinstance(t, bool) for t in kinds)
    if is_number(given):  # 0 and 1 answer like True and False where items are bools
        return any(is_number(t) and not isinstance(t, bool) for t in kinds) or \
            (given in (0, 1) and any(isinstance(t, bool) for t in kinds))
    if isinstance(given, str):
        return bool(labels) and read_label(given, list(labels), aliases=aliases).label is not None
    return False


def annotations_note(keys: Sequence) -> str:
    """The note on extra entries that answer no item (the student's own notes), set aside."""
    were = "is" if len(keys) == 1 else "are"
    return (f"({_listed(keys)} {were} not one of the items asked and holds no answer of their kind, so "
            f"{'it was' if were == 'is' else 'they were'} set aside: keep notes out of the answer dict.)")


def extra_keys_problem(extra: Sequence, target: Mapping, wrong: int):
    """The verdict on a dict with every item asked and ``extra`` keys too, ``wrong`` of the items asked wrong."""
    were = "is" if len(extra) == 1 else "are"
    stand = (f"The {len(target)} items asked are all right" if not wrong else
             f"{wrong} of the {len(target)} items asked {'is' if wrong == 1 else 'are'} not right yet")
    return Problem(f"{_listed(extra)} {were} not one of the items asked ({', '.join(map(repr, target))}), and an extra "
                   f"key can say something of its own. {stand}: take {'it' if were == 'is' else 'them'} out of the "
                   "dict, then check again.", EXTRA_KEY)


def keys_problem(value: Mapping, target: Mapping) -> str | None:
    """Every missing and every unexpected key of a dict answer, in one sentence or two; None when the keys match.

    Shared by ``mapping`` and any lesson judge of a dict answer (call it rather than listing keys by hand).
    """
    missing = [k for k in target if k not in value]
    extra = [k for k in value if k not in target]
    if not missing and not extra:
        return None
    parts = []
    code = MISSING_KEY if missing else EXTRA_KEY
    if missing:
        parts.append(f"Your dict has no entry for {missing[0]!r} ({len(missing)} missing)." if len(missing) == 1
                     else f"Your dict has no entry for {_listed(missing)} ({len(missing)} missing).")
    if extra:
        expected_keys = ", ".join(map(repr, target))
        parts.append(f"{_listed(extra)} {'is' if len(extra) == 1 else 'are'} not one of the expected keys: "
                     f"{expected_keys}.")
    return Problem(" ".join(parts), code)


DUPLICATE_LABELS = "duplicate_labels"
DUPLICATE_LABELS_DESCRIPTION = "gave the same label twice in the index (e.g. concatenated two results or forgot to group)"


def duplicate_labels_message(index, kind: str) -> str:
    """Names the labels that appear more than once, with the usual fixes."""
    doubled = list(dict.fromkeys(map(str, index[index.duplicated()])))
    return (f"Your {kind} has the label{'s' if len(doubled) > 1 else ''} {_listed(doubled)} more than once. "
            "Each label should appear once: group and sum (.groupby(level=0).sum()) or drop the repeats "
            "(.drop_duplicates() / ~index.duplicated()).")


def _same_label(given, wanted) -> bool:
    try:  # comparisons on pandas/numpy numbers give numpy booleans: count them as booleans
        import numpy as np

        if isinstance(given, np.bool_):
            given = bool(given)
    except ImportError:  # pragma: no cover
        pass
    if isinstance(wanted, str):
        return isinstance(given, str) and normalise_text(given) == normalise_text(wanted)
    if isinstance(wanted, bool):
        return isinstance(given, bool) and given == wanted
    if is_number(wanted):
        return is_number(given) and close(given, wanted)
    return given == wanted


def frame(expected, *, columns: Sequence[str] | None = None, sort_by: Sequence[str] | None = None,
          order_matters: bool = False, rel_tol: float = 1e-6,
          misconceptions: Sequence[Rule] = ()) -> Judge:
    """A DataFrame compared on the columns the question asks for.

    Row order matters only when ``order_matters``; otherwise both frames are
    sorted by ``sort_by`` (default: the given columns) before comparing. The
    index is ignored. ``misconceptions`` are ``Rule``s tried on the answer
    (once its columns are there) before it is compared. A column that appears
    twice is named; a wrong answer names every column that differs and the
    rows where it does.
    """
    rules = [as_rule(m) for m in misconceptions]

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        target = _resolve(expected)
        wanted = list(columns or target.columns)
        if isinstance(value, pd.Series):
            return wrong_type(f"You gave a Series; this question wants a DataFrame with columns {wanted}. "
                              "Series.reset_index() or .to_frame() turns one into a DataFrame.")
        if not isinstance(value, pd.DataFrame):
            return wrong_type(f"You gave {describe(value)}; this question wants a DataFrame with columns {wanted}.")
        if (doubled := duplicated_columns(value)) is not None:
            return doubled
        missing = [c for c in wanted if c not in value.columns]
        if missing and set(missing) <= {str(n) for n in value.index.names if n is not None} \
                and not set(missing) & set(map(str, value.columns)):  # set_index('id'): the column is the index
            try:
                flat = value.reset_index()
            except (ValueError, TypeError):
                flat = None
            if flat is not None:
                plural = "s" if len(missing) > 1 else ""
                return with_note(judge(flat), f"(Read the index {_listed(missing)} as column{plural}: the question asks "
                                              f"for column{plural}, and .reset_index() turns an index back into "
                                              "one.)")  # round 15: 'has no column id' for a table indexed by id
        if missing:
            return wrong_type(Problem(f"Your DataFrame has no column {_listed(missing)}; it needs {wanted} "
                                      f"(it has {list(map(str, value.columns))}).", MISSING_COLUMN))
        found = spotted(rules, value)
        if found is not None:
            return found
        if len(value) != len(target):
            return _rows_slip(value, target, wanted)
        mine = value[wanted].reset_index(drop=True)
        theirs = target[wanted].reset_index(drop=True)
        keys = list(sort_by or wanted)
        if not order_matters:
            try:
                mine = mine.sort_values(keys).reset_index(drop=True)
                theirs = theirs.sort_values(keys).reset_index(drop=True)
            except TypeError:
                return wrong_type("Some values in your table cannot be compared (mixed text and numbers?).")
        wrong_columns = [col for col in wanted if not _same_column(mine[col], theirs[col], rel_tol)]
        if not wrong_columns:
            return correct()
        if len(wrong_columns) == 1 and order_matters:
            return incorrect(f"The values in column {wrong_columns[0]!r} are not right yet (or not in the right order).")
        if len(wrong_columns) == 1:
            where = _rows_that_differ(mine, theirs, wrong_columns[0], keys, rel_tol)
            if (slip := _column_slip(mine[wrong_columns[0]], theirs[wrong_columns[0]], rel_tol)) is not None:
                return incorrect(f"The values in column {wrong_columns[0]!r} are not right yet{where}: {slip[1]}",
                                 slip[0])
            return incorrect(f"The values in column {wrong_columns[0]!r} are not right yet{where}.")
        return incorrect(f"The values in columns {_listed(wrong_columns)} are not right yet"
                         + (" (or not in the right order)." if order_matters else "."))

    declared = {**ROW_CODES, **slips.SLIP_CODES, **rule_codes(rules)}  # a column's slip (_column_slip) too
    declared.setdefault(DUPLICATED_COLUMN, DUPLICATED_COLUMN_DESCRIPTION)
    return Judge(judge, declared)


ROWS_LEFT_OUT, EXTRA_ROWS, REPEATED_ROWS = "rows_left_out", "extra_rows", "repeated_rows"
ROW_CODES = {
    ROWS_LEFT_OUT: "left rows out of a table (head(), a filter too strict, a condition the wrong way)",
    EXTRA_ROWS: "kept rows the question leaves out (a filter missing or too loose)",
    REPEATED_ROWS: "gave a table with a row twice (a concat or merge that repeated it)",
}


def _rows_slip(value: pd.DataFrame, target: pd.DataFrame, columns: Sequence[str]) -> Outcome:
    """The verdict on a table with the wrong number of rows: a row repeated, rows left out, or rows too many,
    named by comparing the rows themselves (on the columns asked for); only the counts when they share no rows."""
    try:
        mine = [tuple(map(str, row)) for row in value[list(columns)].itertuples(index=False)]
        theirs = [tuple(map(str, row)) for row in target[list(columns)].itertuples(index=False)]
    except Exception:  # columns that cannot be read as rows: only the counts
        mine, theirs = [], []
    counts = f"Your table has {len(value)} rows; it should have {len(target)}."
    if mine and len(set(mine)) < len(mine) and set(mine) <= set(theirs):
        return incorrect(f"{counts} Some rows appear twice (a concat or merge that repeated them?): "
                         "drop_duplicates() keeps one of each.", REPEATED_ROWS)
    if mine and len(mine) < len(theirs) and set(mine) <= set(theirs):
        return incorrect(f"{counts} Every row you have is right, but {len(theirs) - len(mine)} "
                         f"{'is' if len(theirs) - len(mine) == 1 else 'are'} left out: check head(), and each filter "
                         "and condition (< for <=?).", ROWS_LEFT_OUT)
    if mine and len(mine) > len(theirs) and set(theirs) <= set(mine):
        return incorrect(f"{counts} Every row asked for is there, with {len(mine) - len(theirs)} more: which "
                         "filter does the question ask for?", EXTRA_ROWS)
    return incorrect(counts)


DUPLICATED_COLUMN = "duplicated_column"
DUPLICATED_COLUMN_DESCRIPTION = "gave a table with the same column twice (a merge or concat that repeated it)"


def duplicated_columns(value: pd.DataFrame) -> Outcome | None:
    """The verdict on a table with a column twice (named, with the fix), or None; any table judge may call it."""
    doubled = list(dict.fromkeys(str(c) for c in value.columns[value.columns.duplicated()]))
    if not doubled:
        return None
    return incorrect(f"Your DataFrame has the column{'s' if len(doubled) > 1 else ''} {_listed(doubled)} "
                     "more than once (a merge or concat that repeated it?). Keep one: "
                     "df.loc[:, ~df.columns.duplicated()].", DUPLICATED_COLUMN)


def _column_slip(mine: pd.Series, theirs: pd.Series, rel_tol: float) -> tuple[str, str] | None:
    """(code, sentence) when one numeric column is wrong the same way in the two or more rows that differ: cut off
    to whole numbers (``astype(int)``: review round 7, M3), or one slip ``number_slip`` names for each (a power of
    ten ...)."""
    try:
        mine_f, theirs_f = mine.astype(float), theirs.astype(float)
    except (TypeError, ValueError):
        return None
    differ = [i for i in range(len(mine_f)) if not close(mine_f.iloc[i], theirs_f.iloc[i], rel_tol=rel_tol)]
    if len(differ) < 2:  # one cell off is a slip in that row (named by the rows' message), not in the column
        return None
    if all(mine_f.iloc[i] == math.trunc(theirs_f.iloc[i]) for i in differ if math.isfinite(theirs_f.iloc[i])):
        return slips.ROUNDED_TOO_FAR, ("they are the right values cut off to whole numbers (astype(int) or int() drops "
                                       "the decimals). Keep the decimals, or round() to two or more.")
    if (scaled := _column_scaled(mine_f, theirs_f, differ)) is not None:
        return scaled
    found = [number_slip(float(mine_f.iloc[i]), float(theirs_f.iloc[i])) for i in differ]
    codes = {f[0] for f in found if f is not None}
    if len(codes) == 1 and all(f is not None for f in found):
        return found[0][0], found[0][1]
    return None


_COLUMN_FACTORS = {10: (slips.OFF_BY_TEN, "10"), 100: (slips.OFF_BY_HUNDRED, "100"),
                   1_000: (slips.OFF_BY_THOUSAND, "1,000"), 10_000: (slips.OFF_BY_WAN, "10,000 (one 万)"),
                   10 ** 8: (slips.OFF_BY_YI, "100,000,000 (one 亿)")}


def _column_scaled(mine: pd.Series, theirs: pd.Series, differ: list[int]) -> tuple[str, str] | None:
    """(code, sentence) when every row that differs is the right value times ONE power of ten: a column converted
    with the wrong size of unit (round 16: 01 q2's in_wan as value / 100, 万 taken for a hundred, was told only 'not
    right yet': read row by row, 17.59 for 0.1759 looked like a percentage and 170 for 1.7 like 100 times, two slips)."""
    ratios = [float(mine.iloc[i]) / float(theirs.iloc[i]) for i in differ
              if float(theirs.iloc[i]) and math.isfinite(float(mine.iloc[i]))]
    if len(ratios) != len(differ) or not ratios or ratios[0] <= 0 \
            or not all(close(r, ratios[0], rel_tol=1e-9) for r in ratios):
        return None
    power = round(math.log10(ratios[0]))
    if power == 0 or not close(ratios[0], 10.0 ** power, rel_tol=1e-9):
        return None
    factor = 10 ** abs(power)
    code, said = _COLUMN_FACTORS.get(factor, (slips.OFF_BY_POWER_OF_TEN, f"{factor:,}"))
    way = "large" if power > 0 else "small"
    return code, (f"each is {said} times too {way}, the same factor in every row: the column was not converted, "
                  "converted with the wrong size of unit (万 is 10,000, 亿 is 100,000,000) or converted twice. Check the number you "
                  "divided or multiplied the column by.")


def _rows_that_differ(mine: pd.DataFrame, theirs: pd.DataFrame, column: str, keys: Sequence[str],
                      rel_tol: float) -> str:
    """' (rows with id 'a' and 'b')': every row where one column differs, named by its key, when the keys line up."""
    label = next((k for k in keys if k != column), None)
    if label is None or not mine[label].equals(theirs[label]):
        return ""
    rows = [mine[label].iloc[i] for i in range(len(mine))
            if not _same_column(mine[column].iloc[[i]], theirs[column].iloc[[i]], rel_tol)]
    return f" (in the rows where {label!r} is {_listed(rows)})" if rows else ""


def series(expected, *, order_matters: bool = False, rel_tol: float = 1e-6,
           misconceptions: Sequence[Rule] = ()) -> Judge:
    """A Series compared by its labels and values; ``misconceptions`` are ``Rule``s tried first.

    Repeated labels are named; a wrong answer names every missing, extra and
    wrong label.
    """
    rules = [as_rule(m) for m in misconceptions]

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        target = _resolve(expected)
        if isinstance(value, pd.DataFrame):
            return wrong_type("You gave a DataFrame; this question wants a Series (one column, labelled by the index).")
        if not isinstance(value, pd.Series):
            return wrong_type(f"You gave {describe(value)}; this question wants a pandas Series.")
        if (unwrapped := tuple_labels_unwrapped(value)) is not None:  # table[['col']].value_counts() (round 14)
            return with_note(judge(unwrapped), TUPLE_LABELS_NOTE)
        found = spotted(rules, value)
        if found is not None:
            return found
        mine = value.copy()
        mine.index = mine.index.map(str)
        theirs = target.copy()
        theirs.index = theirs.index.map(str)
        if mine.index.has_duplicates:
            return incorrect(duplicate_labels_message(mine.index, "Series"), DUPLICATE_LABELS)
        if set(mine.index) != set(theirs.index):
            missing = [k for k in theirs.index if k not in set(mine.index)]
            extra = [k for k in mine.index if k not in set(theirs.index)]
            parts = ([f"it has no label {_listed(missing)}"] if missing else []) + \
                    ([f"{_listed(extra)} should not be {'a label' if len(extra) == 1 else 'labels'}"] if extra else [])
            return incorrect(f"Your Series is labelled {sorted(mine.index)[:5]}...; "
                             f"it should be labelled {sorted(theirs.index)[:5]}... ({'; '.join(parts)}).",
                             MISSING_KEY if missing else EXTRA_KEY)
        if order_matters and list(mine.index) != list(theirs.index):
            return incorrect("The values are there but not in the order the question asks for.")
        lined_up = mine.reindex(theirs.index)
        wrong = [k for k in theirs.index if not _same_column(lined_up.loc[[k]], theirs.loc[[k]], rel_tol)]
        if wrong:
            slip = _series_slip(lined_up, theirs)
            if slip is not None:
                return incorrect(f"Some values are not right yet: at {_listed(wrong)}. {slip[1]}", slip[0])
            return incorrect(f"Some values are not right yet: at {_listed(wrong)}.")
        return correct()

    declared = rule_codes(rules)
    declared.setdefault(DUPLICATE_LABELS, DUPLICATE_LABELS_DESCRIPTION)
    declared.setdefault(SHARES_NOT_COUNTS, SHARES_NOT_COUNTS_DESCRIPTION)
    for code, description in slips.SLIP_CODES.items():
        declared.setdefault(code, description)
    return Judge(judge, declared)


SHARES_NOT_COUNTS = "shares_not_counts"
SHARES_NOT_COUNTS_DESCRIPTION = "gave each value's share (or percentage) of the total where the values themselves are wanted"


def _series_slip(mine: pd.Series, theirs: pd.Series) -> tuple[str, str] | None:
    """(code, message) when every value of ``mine`` is ``theirs`` with one slip: shares of the total for the
    values, or the same 万/亿/percent slip (``slips.scale_slip``) at every label."""
    try:
        given = [float(x) for x in mine.tolist()]
        wanted = [float(y) for y in theirs.tolist()]
    except (TypeError, ValueError):
        return None
    total = sum(wanted)
    if total:
        for factor in (1, 100):
            if all(close(g, w / total * factor, rel_tol=1e-3, abs_tol=1e-9) for g, w in zip(given, wanted)):
                return SHARES_NOT_COUNTS, ("These are each value's share of the total"
                                           + (" in percent" if factor == 100 else "")
                                           + "; the question asks for the values themselves.")
    found = {slips.scale_slip(g, w) for g, w in zip(given, wanted) if w and not close(g, w)}
    codes = {f[0] if f else None for f in found}
    if len(codes) == 1 and None not in codes:
        return next(iter(found))
    return None


def _same_column(a: pd.Series, b: pd.Series, rel_tol: float) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a.tolist(), b.tolist()):
        if is_number(y) and not isinstance(y, bool):
            if not is_number(x) or is_missing_number(x) != is_missing_number(y):
                return False
            if not is_missing_number(y) and not close(x, y, rel_tol=rel_tol):
                return False
        elif isinstance(y, str):
            if not isinstance(x, str) or normalise_text(x) != normalise_text(y):
                return False
        elif pd.isna(y):
            if not pd.isna(x):
                return False
        elif x != y:
            return False
    return True
