"""Lesson 01 questions: reading the release.

Every expected value is computed from data/ through ``netcrime.data``, never
typed here, except the labels of q7's statements and q13's checklist, which are in no table (so
that they cannot be looked up): they are typed once in instructor/lesson01_key.py and sealed here. Each question names the misconceptions it can recognise:

- ``yi_as_billion``: took 亿 (100 million) for a billion;
- ``wan_as_thousand``: took 万 (10,000) for a thousand;
- ``added_apprehended_detained``: added the detained to the apprehended, though
  those detained are among those apprehended;
- ``divided_wrong_way``: put the part on the bottom of a share or ratio;
- ``drop_read_as_remaining``: read "down 86%" as "86% remaining";
- ``lower_bound_as_exact``: counted "more than 3 million" as exact;
- and others named where they are declared.

No key is kept under a name (issue #19): a computed key is worked out inside its judge, when judging (a factory
such as ``_q4_judge`` builds the judge around a local ``key``), so no function or value of this module, and no
attribute of a question's judge, returns it (tests/checks/test_no_answer_function.py probes both). A judge stays an
oracle (a check can be called with any answer); its closure cells hold no answer either
(tests/checks/test_no_closure_answer.py walks them, as round 7's reviewer did with ``inspect``).
"""
from __future__ import annotations

import math
import random
import re
import unicodedata
from functools import lru_cache

import pandas as pd

from .. import data
from ..paths import data_dir
from . import sealed
from ..units import CHINESE_UNITS, parse_figure, plain
from .dict_items import typed_items
from .compare import MISLABEL_CODES, Misconception, Rule, choice, frame, mapping, number, text
from .judge import Judge, judge
from .day_counts import days_or_timedelta, either_end
from .figure_family import Family, merged, release_figures, release_ids
from .figure_words import PRECISION_ALIASES, PRECISIONS, wan_misreadings
from .labels import label_key, read_label
from .parts import each_item
from .outcome import INCORRECT, LABEL_CUT_SHORT, WRONG_TYPE, Outcome, correct, incorrect, not_attempted, with_note, wrong_type
from .question import Question
from .written import computed_and_written
from .phrase_reader import negated, negated_at, retracted, said, words
from .values import close, describe, is_missing_number, is_number, is_placeholder

def _f(figure_id: str) -> float:
    return data.figure(figure_id)


def _figures():
    return data.release_figures().set_index("id")


# ----------------------------------------------------------------------------
# q1: a function that reads 万 and 亿
# ----------------------------------------------------------------------------
PARSER_FIGURES = ("suspects_apprehended", "suspects_detained", "cases_solved", "collaboration_tasks",
                  "assets_seized", "november_assets_seized", "november_suspects_apprehended")
_PRINTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?")
# 'More than' words (lesson 00's 2.9万余, exercise q8): 余 and 多 follow the number, 逾 comes before it. The
# function returns the printed number, the floor; q8 asks for the precision.
FLOOR_AFTER, FLOOR_BEFORE = ("余", "多"), ("逾",)
NEW_FIGURES = 12  # figures made up at each check, in no table, one of every form (a function must read the text)
# Two forms the lesson's own parse_figure does not read, so the exercise needs the skill extended, not a course
# function called (issue #19): 万亿 (万 times 亿, 10^12, the unit of the largest sums of yuan) and a number written
# in two units, 3亿5000万 (3亿 plus 5000万). parse_figure stops at the first unit: 1.2万亿 -> 12,000, 3亿5000万 -> 3亿.
UNIT_SIZES = {**CHINESE_UNITS, "万亿": CHINESE_UNITS["万"] * CHINESE_UNITS["亿"]}
_MIXED = re.compile(r"^(\d+(?:\.\d+)?)亿(\d+(?:\.\d+)?)万$")


def parser_cases() -> dict[str, float]:
    """{number as the Chinese original prints it: value in base units}, from data/ (worked out once per data
    folder, a fresh dict each call: q1's check reads them on every answer, its probe on every call)."""
    return dict(_parser_cases_in(str(data_dir())))


@lru_cache(maxsize=8)
def _parser_cases_in(folder: str) -> tuple[tuple[str, float], ...]:
    table = _figures()
    cases = {}
    for fid in PARSER_FIGURES:
        found = _PRINTED.findall(table.loc[fid, "chinese_original"])
        cases[found[-1]] = float(table.loc[fid, "value"])
    return tuple(cases.items())


def _reference_reader():
    """q1's key, the reference reader of a number printed the Chinese way (in base units: 逾 / 余 / 多 read as the
    floor they give, then 万 or 亿). It is returned for q1's judge and inputs to hold (``_q1_judge_and_inputs``),
    never kept under a name of the module: q1's answer is such a function, so a name holding one would hand it over
    (#19; its cells hold no answer: test_no_closure_answer.py walks them). Its ``reference`` argument, which it does
    not use, must be named: handed over as ``from_chinese`` (dug out of a closure cell, as review round 8 did), it is
    called the way a student's function is, ``from_chinese(printed)``, and fails, so it earns nothing."""
    def read(printed: str, *, reference: bool) -> float:
        number = _without_floor_words(printed.strip())
        mixed = _MIXED.match(number)
        if mixed:
            return float(mixed.group(1)) * UNIT_SIZES["亿"] + float(mixed.group(2)) * UNIT_SIZES["万"]
        number_part, unit = _split(number)
        return number_part * UNIT_SIZES.get(unit, 1)

    return read


def _without_floor_words(printed: str) -> str:
    """The figure without its 'more than' words (逾 before it; 余 or 多 after it)."""
    for word in FLOOR_BEFORE:
        printed = printed.removeprefix(word)
    for word in FLOOR_AFTER:
        printed = printed.removesuffix(word)
    return printed


def _stored_values() -> set[float]:
    """Every value the tables store (a fresh set; worked out once per data folder: q1's probe asks at every call)."""
    return set(_stored_values_in(str(data_dir())))


@lru_cache(maxsize=8)
def _stored_values_in(folder: str) -> frozenset[float]:
    values = set(data.release_figures()["value"].dropna().astype(float))
    values |= set(data.releases()["value"].dropna().astype(float))
    return frozenset(values)


def _made_up(shape: str, rng: random.Random) -> str:
    """One printed figure of a given shape, e.g. '23.7万', '4.06亿', '5817', '1.3万余', '340多', '逾860'."""
    def wan():
        return f"{rng.randint(11, 9_999) / rng.choice((10, 100)):g}万"

    def yi():
        return f"{rng.randint(101, 9_999) / 100:g}亿"

    def count():
        return str(rng.randint(13, 9_999))

    # only the shape asked for is made (q1's check makes a dozen figures on every call)
    return {"wan": wan, "yi": yi, "plain": count, "wan_yu": lambda: wan() + "余", "yi_yu": lambda: yi() + "余",
            "duo": lambda: f"{rng.randint(2, 99) * 10}多", "yu_before": lambda: "逾" + count(),
            "wanyi": lambda: f"{rng.randint(11, 999) / 10:g}万亿",
            "mixed": lambda: f"{rng.randint(1, 99)}亿{rng.randint(1, 9_999)}万",
            # a 万 part of three digits or fewer: 3亿500万 is 3.05亿, so gluing the digits ('3' + '500' 万) is wrong
            # here, while it happens to be right for a four-digit part (3亿5000万 = 35000万)
            "mixed_short": lambda: f"{rng.randint(1, 99)}亿{rng.randint(1, 999)}万",
            "wan_inexact": lambda: _inexact_wan(rng)}[shape]()


def _inexact_wan(rng: random.Random) -> str:
    """A figure in 万 whose value is not exact in floating point (1.64 * 10000 is 16399.999...), so a function
    that cuts the result with int() gets it wrong at every check, not at one check in forty."""
    while True:
        printed = f"{rng.randint(11, 999) / 100:g}"
        if int(float(printed) * 10_000) != round(float(printed) * 10_000):
            return printed + "万"


def new_figures(rng: random.Random | None = None, count: int = NEW_FIGURES, *, read) -> list[str]:
    """Figures printed the Chinese way, made up when the check runs (so no table, and no copy of this
    file, holds them): in 万, in 亿, plain counts, 'more than' forms (余, 多, 逾), and the two forms the
    prompt describes and the lesson's parse_figure does not read (万亿; 亿 and 万 together). ``read`` gives a
    figure's value (q1's reference reader), to keep out a made-up figure whose value a table stores."""
    rng = rng or random.Random()
    stored, made = _stored_values(), []
    extra = ["yi", "wan_yu", "duo", "yi_yu", "mixed_short", "plain"]
    rng.shuffle(extra)
    # one of each form the prompt names, every time (a function that misses one form never passes by luck)
    shapes = ["wanyi", "mixed", "wan", "plain", "yu_before", "wan_inexact"] + extra
    while len(made) < count:
        text = _made_up(shapes[len(made) % len(shapes)], rng)
        if text not in made and read(text) not in stored:
            made.append(text)
    return made


def _split(printed: str) -> tuple[float, str]:
    unit = next((u for u in sorted(UNIT_SIZES, key=len, reverse=True) if printed.endswith(u)), "")
    return float(printed[:-len(unit)] if unit else printed), unit


PARSER_MISCONCEPTIONS = {
    "yi_as_billion": "亿 is a hundred million (100,000,000), not a billion: 299.5亿 is 29.95 billion, not 299.5 billion.",
    "wan_as_thousand": "万 is ten thousand (10,000), not a thousand.",
    "units_swapped": "万 and 亿 are swapped: 万 is 10,000 and 亿 is 100,000,000.",
    "unit_ignored": "The unit character was dropped: the number before 万 or 亿 counts 万s or 亿s.",
    "function_error": "Your function raised an error on one of the inputs.",
    "floor_word_unread": "余 or 多 after the number, or 逾 before it, mean 'more than': the function should drop "
                         "the word and return the printed number (the floor).",
    "cut_by_int": "int() cuts off what follows the point instead of rounding: 1.64 * 10000 is 16399.999... in "
                  "floating point, so int() gives 16,399. Use round(...) for a whole number, or keep the float.",
    "result_rounded": "The function rounds its result: return the number in full, and round only when you show it.",
    "looked_up_not_read": "The function gives the release's figures but not figures it was never shown: it looks "
                          "the text up (in the data or a list) instead of reading 万 and 亿.",
    "wanyi_read_as_wan": "万亿 is 万 times 亿, 10^12 (a trillion): the function read only 万 and stopped, as the "
                         "lesson's parse_figure does.",
    "wanyi_read_as_yi": "万亿 is 万 times 亿, 10^12 (a trillion): the function read only 亿.",
    "wanyi_unread": "The function does not read 万亿 (万 times 亿, 10^12): check the longer unit before 万 and 亿.",
    "mixed_second_part_dropped": "A number in two units, such as 3亿5000万, is 3亿 plus 5000万: the function read "
                                 "the first part and dropped the second, as the lesson's parse_figure does.",
    "mixed_units_unread": "The function does not read a number written in two units (3亿5000万 = 3亿 + 5000万): "
                          "split the text at 亿 and read each part.",
    "unit_size_mistyped": "万 is 10,000 (four zeros) and 亿 100,000,000 (eight): count the zeros of the size you "
                          "multiply by, or write 10**4 and 10**8.",
    "returned_text": "The function returns text (for instance f'{x}' or str(x)): return the number itself.",
    "returned_nothing": "The function prints its result or forgets `return`, so it gives back None.",
    "returned_several": "The function returns several values (a tuple or list): return the number only.",
}


def _cut_by_int(got, expected: float) -> bool:
    """Whether ``got`` is ``expected`` with its decimals cut off (int() on 16399.999... for 1.64万)."""
    return is_number(got) and not is_missing_number(got) and float(got).is_integer() \
        and 0 < expected - float(got) < 1 and not float(expected).is_integer()


def _unit_slip(printed: str, got: float, read) -> tuple[str, str] | None:
    """The slip that turns ``printed`` into ``got``, if it is one of the unit slips the lesson names (``read``: q1's
    reference reader)."""
    number = _without_floor_words(printed)
    if not math.isfinite(got):
        return None  # an infinity or NaN is no unit slip: the verdict says what the function returned
    shown = f"For {printed!r} you give {plain(got)}. "
    try:
        if _cut_by_int(got, read(printed)):
            return "cut_by_int", shown + PARSER_MISCONCEPTIONS["cut_by_int"]
    except ValueError:
        pass
    mixed = _MIXED.match(number)
    if mixed:
        first = float(mixed.group(1)) * UNIT_SIZES["亿"]
        if close(got, first) or close(got, first + float(mixed.group(2))):
            return "mixed_second_part_dropped", shown + PARSER_MISCONCEPTIONS["mixed_second_part_dropped"]
        return None
    try:
        number_part, unit = _split(number)
    except ValueError:
        return None
    if unit == "万亿" and close(got, number_part * UNIT_SIZES["万"]):
        return "wanyi_read_as_wan", shown + PARSER_MISCONCEPTIONS["wanyi_read_as_wan"]
    if unit == "万亿" and close(got, number_part * UNIT_SIZES["亿"]):
        return "wanyi_read_as_yi", shown + PARSER_MISCONCEPTIONS["wanyi_read_as_yi"]
    if unit == "亿" and close(got, number_part * 1e9):
        return "yi_as_billion", shown + PARSER_MISCONCEPTIONS["yi_as_billion"]
    if unit == "万" and close(got, number_part * 1_000):
        return "wan_as_thousand", shown + PARSER_MISCONCEPTIONS["wan_as_thousand"]
    if (unit == "万" and close(got, number_part * CHINESE_UNITS["亿"])) or \
            (unit == "亿" and close(got, number_part * CHINESE_UNITS["万"])):
        return "units_swapped", shown + PARSER_MISCONCEPTIONS["units_swapped"]
    if unit and close(got, number_part):
        return "unit_ignored", shown + PARSER_MISCONCEPTIONS["unit_ignored"]
    if unit and number_part and got > 0:
        zeros = math.log10(got / number_part)
        if abs(zeros - round(zeros)) < 1e-9 and round(zeros) != round(math.log10(UNIT_SIZES[unit])):
            return "unit_size_mistyped", (shown + f"Your function multiplies by {10 ** round(zeros):,} for {unit}; "
                                          + PARSER_MISCONCEPTIONS["unit_size_mistyped"])
    want = read(printed)
    for digits in range(-6, 3):
        rounded = round(want, digits)
        if rounded and not close(rounded, want) and close(got, rounded):
            return "result_rounded", (shown + f"That is {plain(want)} rounded: "
                                      + PARSER_MISCONCEPTIONS["result_rounded"].split(": ", 1)[1])
    return None


def _form(message: str, code: str) -> Outcome:
    """The wrong kind of answer, with the slip it shows named."""
    return Outcome(WRONG_TYPE, message, code)


def _beyond_parse_figure(printed: str) -> bool:
    """万亿, or a number in two units: the forms the prompt describes and the lesson's parse_figure misreads."""
    return printed.endswith("万亿") or _MIXED.match(printed) is not None


def _floor_word(printed: str) -> bool:
    return printed.startswith(FLOOR_BEFORE) or printed.endswith(FLOOR_AFTER)


def _judged_parser(results, read) -> Outcome:
    """q1's verdict on {input: what the student's function returned}, ``read`` being the reference reader."""
    if is_placeholder(results):
        return not_attempted()
    if not isinstance(results, dict):
        return wrong_type(f"You gave {describe(results)}; this question wants a function.")
    release = parser_cases()
    def readable(key) -> bool:
        try:
            read(key)
            return True
        except (TypeError, ValueError, AttributeError):
            return False

    if not set(results) - set(release) or not all(readable(k) for k in results):  # a dict, not a function probed
        return wrong_type("`from_chinese` should be a function: the check calls it on figures of its own, "
                          "not only the release's. Define it with def from_chinese(printed): ...")
    expected = {printed: release.get(printed, None) for printed in results}
    expected = {p: (v if v is not None else read(p)) for p, v in expected.items()}
    errors = {p: r for p, r in results.items() if isinstance(r, str) and r.startswith("error:")}
    new = [p for p in results if p not in release]
    # a function right on the release's figures and wrong (or failing) on most new ones looks the text up
    release_right = all(is_number(results[p]) and close(results[p], release[p]) for p in release if p in results)
    new_wrong = [p for p in new if not (is_number(results[p]) and not is_missing_number(results[p])
                                        and close(results[p], expected[p]))]
    unexplained = [p for p in new_wrong if p in errors or not is_number(results[p]) or is_missing_number(results[p])
                   or _unit_slip(p, float(results[p]), read) is None]
    if release_right and new_wrong and len(unexplained) == len(new_wrong) \
            and not all(_floor_word(p) or _beyond_parse_figure(p) for p in new_wrong):
        return incorrect(f"Your function gives the release's {len(release)} figures right, but not "
                         f"{len(new_wrong)} of the {len(new)} figures the check made up (figures no table "
                         "holds). " + PARSER_MISCONCEPTIONS["looked_up_not_read"] + " Work the number out "
                         "from the text: look at the last character, then multiply.", "looked_up_not_read")
    # the plain forms first: a unit slip there is named before a 'more than' word the function does not read
    # the lesson's forms first: a unit slip there is named before a form the prompt adds (万亿, two units), and
    # both before a 'more than' word the function does not read
    order = sorted(expected, key=lambda p: (_beyond_parse_figure(p), _floor_word(p)))
    for printed in order:
        if printed in errors and not _floor_word(printed) and not _beyond_parse_figure(printed):
            return incorrect(f"Your function raised an error for {printed!r} ({errors[printed][len('error: '):]}). "
                             "Try it on that text in a cell of its own.", "function_error")
    for printed in order:
        got = results[printed]
        if printed not in errors and is_number(got) and is_missing_number(got) and _beyond_parse_figure(printed):
            continue  # NaN for a form the function does not read: named below with the form
        if printed not in errors and (not is_number(got) or is_missing_number(got)):
            said_ = f"For {printed!r} your function returned {describe(got)}"
            if got is None:
                return _form(said_ + ". " + PARSER_MISCONCEPTIONS["returned_nothing"] + " End it with "
                             "`return value`.", "returned_nothing")
            if isinstance(got, str):
                return _form(said_ + "; it should return a number. " + PARSER_MISCONCEPTIONS["returned_text"],
                             "returned_text")
            if isinstance(got, (tuple, list)):
                return _form(said_ + "; it should return one number. " + PARSER_MISCONCEPTIONS["returned_several"],
                             "returned_several")
            return wrong_type(said_ + "; it should return a number.")
    wrong = [p for p in order if p in errors or not close(results[p], expected[p])]
    if not wrong:
        return correct(f"Your function reads all {len(expected)} figures: the release's {len(release)} and "
                       f"{len(new)} made up for this check, 万亿 and numbers in two units among them.")
    only_floors = all(_floor_word(p) for p in wrong)  # review round 13, M5: 829 + 1 looked like 829 rounded
    for printed in wrong:
        slip = None if printed in errors or is_missing_number(results[printed]) \
            else _unit_slip(printed, float(results[printed]), read)
        if slip is not None and slip[0] == "result_rounded" and only_floors:
            continue  # a rounding shows on a figure without 余/多/逾 too; a mistake on floors only is the floor word's
        if slip is not None:
            return incorrect(slip[1], slip[0])
    beyond = [p for p in wrong if _beyond_parse_figure(p) and not _floor_word(p)]
    if beyond:
        printed = beyond[0]
        code = "mixed_units_unread" if _MIXED.match(printed) else "wanyi_unread"
        did = (f"raised an error ({errors[printed][len('error: '):]})" if printed in errors
               else f"gives {plain(float(results[printed]))}")
        return incorrect(f"For the made-up figure {printed!r} your function {did}; it should give "
                         f"{plain(expected[printed])}. " + PARSER_MISCONCEPTIONS[code], code)
    floors = [p for p in wrong if _floor_word(p)]
    if floors:
        printed = floors[0]
        did = (f"raised an error ({errors[printed][len('error: '):]})" if printed in errors
               else f"gives {plain(float(results[printed]))}")
        return incorrect(f"For {printed!r} your function {did}; it should give {plain(expected[printed])}. "
                         + PARSER_MISCONCEPTIONS["floor_word_unread"], "floor_word_unread")
    first = wrong[0]
    return incorrect(f"For {first!r} your function gives {plain(float(results[first]))}, not "
                     f"{plain(expected[first])} ({len(wrong)} of {len(expected)} inputs are wrong). A number with "
                     "no unit character is already in base units.")


def _q1_judge_and_inputs():
    """q1's judge and the inputs its check calls the student's function on (the release's seven figures, then new
    ones), both around one reference reader kept under no name (#19)."""
    key = _reference_reader()  # called through a one-argument reader made on each call, held by no cell
    return (Judge(lambda results: _judged_parser(results, lambda printed: key(printed, reference=True)),
                  PARSER_MISCONCEPTIONS),
            lambda: list(parser_cases()) + new_figures(read=lambda printed: key(printed, reference=True)))


_Q1_JUDGE, parser_inputs = _q1_judge_and_inputs()
q1 = Question(
    id="q1",
    reads=("from_chinese",),
    judge=_Q1_JUDGE,
    probe=parser_inputs,
    hints=[
        "Look at the last character: is it 万, 亿, or a digit? Drop 余 or 多 at the end and 逾 at the start first.",
        "万 = 10_000, 亿 = 100_000_000 and 万亿 = 10_000 * 100_000_000. If the text ends in one of them, float() "
        "the rest and multiply; check 万亿 before 亿 (it ends in 亿 too).",
        "A sketch: `printed = printed.removeprefix('逾').rstrip('余多')`; for 3亿5000万 (亿 inside, 万 at the end), "
        "`high, low = printed.split('亿')` and add the two parts read; otherwise `if printed.endswith('万'): "
        "return float(printed[:-1]) * 10_000`, the same for 亿 and 万亿, else `return float(printed)`.",
    ],
    explanation=("万 counts ten-thousands and 亿 counts hundred-millions. 1.64万 = 16,400 and "
                 "299.5亿 = 29,950,000,000 (29.95 billion, not 299.5 billion); 2.9万余 reads as 29,000, a floor. "
                 "1.2万亿 is 1.2 x 10^12 and 3亿5000万 is 3亿 + 5000万 = 350,000,000: the lesson's parse_figure "
                 "reads neither (it stops at the first unit), so calling it does not pass. The check also makes "
                 "up figures no table holds, so only a function that reads the text passes."),
)


# ----------------------------------------------------------------------------
# q2: a tidy table of the headline figures
# ----------------------------------------------------------------------------
HEADLINE_COLUMNS = ["id", "value", "unit", "in_wan"]


def _ids(df) -> set:
    return set(df["id"].astype(str)) if "id" in df.columns else set()


def _subset_ids(*subsets) -> set:
    figures = data.release_figures()
    return set(figures.loc[figures["subset"].isin(subsets), "id"])


def _has_operation_rows(df):
    if _ids(df) & _subset_ids("July operation", "November operation"):
        return ("Your table includes figures for a single operation (July or November). Those are parts of "
                "the campaign totals, not totals themselves: keep only subset == 'campaign to date'.")
    return None



def _has_province_rows(df):
    if _ids(df) & _subset_ids("provincial example"):
        return "Your table includes provincial figures; the question asks for national ones (scope == 'national')."
    return None



def _has_trend_row(df):
    figures = data.release_figures()
    if _ids(df) & set(figures.loc[figures["kind"] == "trend", "id"]):
        return ("Your table includes the 86% fall, which is a trend (kind == 'trend'), not a count of "
                "police activity; 86 is not 86万 of anything.")
    return None



def _in_wan_ratio(df):
    try:
        values = df["value"].astype(float)
        wan = df["in_wan"].astype(float)
        ratios = (wan / values).dropna()
        return float(ratios.median()) if len(ratios) else None
    except (TypeError, ValueError, KeyError):
        return None


def _wan_multiplied(df):
    ratio = _in_wan_ratio(df)
    if ratio is not None and close(ratio, CHINESE_UNITS["万"], 1e-6):
        return ("Your in_wan column multiplies by 10,000. To express a number in 万 you divide by 10,000 "
                "(16,400 people are 1.64万).")
    return None



def _wan_as_thousand(df):
    ratio = _in_wan_ratio(df)
    if ratio is not None and close(ratio, 1 / 1_000, 1e-6):
        return "Your in_wan column divides by 1,000; 万 is ten thousand, so divide by 10,000."
    return None


def _yi_not_wan(df):
    ratio = _in_wan_ratio(df)
    if ratio is not None and close(ratio, 1 / CHINESE_UNITS["亿"], 1e-6):
        return ("Your in_wan column divides by 100,000,000: that is 亿 (a hundred million). 万 is ten thousand, so "
                "divide by 10,000.")
    return None


def _in_wan_rounded(df):
    """The in_wan column rounded (as the release prints 1.64万): right to reject, but say so."""
    try:
        values = df["value"].astype(float).to_numpy()
        wan = df["in_wan"].astype(float).to_numpy()
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    exact = values / CHINESE_UNITS["万"]
    if len(wan) != len(exact) or not len(wan) or all(close(a, b, 1e-9) for a, b in zip(wan, exact)):
        return None
    for digits in range(5):
        if all(close(a, round(b, digits), 1e-9) for a, b in zip(wan, exact)):
            a, b = next((a, b) for a, b in zip(wan, exact) if not close(a, b, 1e-9))
            return (f"You rounded the in_wan column to {digits} decimal place(s) ({a:g} for {b:g}): keep the full "
                    "value, and round only when you show it.")
    return None


def _in_wan_as_text(df):
    if "in_wan" in df.columns and df["in_wan"].map(lambda v: isinstance(v, str)).any():
        example = next(v for v in df["in_wan"] if isinstance(v, str))
        return (f"Your in_wan column holds text ({example!r}), the way the release prints it; keep numbers "
                "(value / 10_000), so they can be compared and charted: the column's name says they are in 万.")
    return None


def _duplicated_rows(df):
    if "id" in df.columns and df["id"].duplicated().any():
        twice = sorted(set(df.loc[df["id"].duplicated(), "id"].astype(str)))
        return (f"Your table has {len(df)} rows: {', '.join(map(repr, twice))} appear(s) more than once (a concat or "
                "a merge repeated rows). Each figure once: drop_duplicates() or build the table from one filter.")
    return None


def _rows_missing(df, want: set):
    got = _ids(df)
    if got and got < want:
        missing = sorted(want - got)
        return (f"Your table keeps {len(got)} of the {len(want)} rows; missing: {', '.join(missing)}. A head(), an "
                "extra condition or a condition too strict (for instance on `unit`) dropped them.")
    return None


def _q2_judge() -> Judge:
    """q2's judge; its key, the national campaign-to-date figures of enforcement activity with the value in 万, is
    worked out inside it (kept under no name, #19)."""
    def key():
        figures = data.release_figures()
        keep = ((figures["scope"] == "national") & (figures["subset"] == "campaign to date")
                & (figures["kind"] == "enforcement activity"))
        table = figures.loc[keep, ["id", "value", "unit"]].reset_index(drop=True)
        table["in_wan"] = table["value"] / CHINESE_UNITS["万"]
        return table

    rules = (*HEADLINE_MISCONCEPTIONS[:2],
             Rule("rows_missing", "left out some of the rows the three conditions keep",
                  lambda df: _rows_missing(df, _ids(key()))),
             *HEADLINE_MISCONCEPTIONS[2:])
    return frame(key, columns=HEADLINE_COLUMNS, sort_by=["id"], misconceptions=rules)


HEADLINE_MISCONCEPTIONS = (  # rows_missing, third, is added by _q2_judge (it needs the key)
    Rule("in_wan_as_text", "wrote the in_wan column as printed text ('1.7万') instead of numbers", _in_wan_as_text),
    Rule("duplicated_rows", "repeated some rows of the table", _duplicated_rows),
    Rule("operation_in_totals", "One-operation figures are parts of the totals, not totals.", _has_operation_rows),
    Rule("province_in_national", "Provincial figures are not national ones.", _has_province_rows),
    Rule("trend_as_count", "The 86% fall is a trend, not a count.", _has_trend_row),
    Rule("divided_wrong_way", "To express a number in 万, divide by 10,000.", _wan_multiplied),
    Rule("wan_as_thousand", "万 is ten thousand, not a thousand.", _wan_as_thousand),
    Rule("yi_for_wan", "divided by 亿 (100,000,000) for the in_wan column, not by 万 (10,000)", _yi_not_wan),
    Rule("in_wan_rounded", "rounded the in_wan column instead of keeping the full value", _in_wan_rounded),
)

q2 = Question(
    id="q2",
    reads=("headline",),
    judge=_q2_judge(),
    hints=[
        "Combine three conditions with &, each in parentheses: (figures['scope'] == 'national') & (...) & (...).",
        "Select rows and columns at once with figures.loc[keep, ['id', 'value', 'unit']].",
        "A number in 万 is the number divided by 10,000: headline['in_wan'] = headline['value'] / 10_000.",
    ],
    explanation=("Filtering on the tidy columns scope, subset and kind keeps the campaign totals apart from "
                 "the July and November operations (parts of the totals) and the provincial examples."),
)


# ----------------------------------------------------------------------------
# q3-q5: ratios
# ----------------------------------------------------------------------------
# A wrong ratio is named when the student rounded it too (0.49 for 0.491): misconceptions match within 1%.
_SLIP_TOL = 1e-2



Q3_RUBRIC = (
    "Says the average hides the spread: a few large groups and many small ones (团伙 includes loose groups).",
    "Or says the two counts are defined differently: not every suspect belonged to a gang that was broken up.",
    "Does not describe a 'typical gang' of about ten members.",
)
def _q3_judge_and_parts():
    """q3's judge and parts; its key, the suspects per gang, is worked out inside (#19: a module-level
    ``suspects_per_gang()`` handed the average over; its cells hold no answer: test_no_closure_answer.py walks them)."""
    def suspects_per_gang() -> float:
        return _f("suspects_apprehended") / _f("gangs_eliminated")

    return computed_and_written(number(suspects_per_gang, rel_tol=1e-3, misconceptions=[
        Misconception("divided_wrong_way", "That is gangs per suspect. 'Suspects per gang' puts suspects on top.",
                      lambda: _f("gangs_eliminated") / _f("suspects_apprehended"), rel_tol=_SLIP_TOL),
        Misconception("added_apprehended_detained",
                      "You added the detained to the apprehended. The 16,400 detained are among the 17,000 "
                      "apprehended, not extra people.",
                      lambda: (_f("suspects_apprehended") + _f("suspects_detained")) / _f("gangs_eliminated"),
                      rel_tol=_SLIP_TOL),
        Misconception("used_detained", "You used the detained (刑拘). The question asks about everyone apprehended (抓获).",
                      lambda: _f("suspects_detained") / _f("gangs_eliminated"), rel_tol=_SLIP_TOL),
        Misconception("november_only", "That is the November operation alone; the question asks about the whole campaign.",
                      lambda: _f("november_suspects_apprehended") / _f("november_gangs_eliminated"), rel_tol=_SLIP_TOL),
        # review round 11: 6.39 was 'too low' with no name
        Misconception("operations_per_november_gang", "That is the two operations' suspects (July's 138 and "
                      "November's 712) per the November operation's 133 gangs: two operations on top, one below, "
                      "and neither is the campaign. The question asks for the whole campaign's suspects per gang.",
                      lambda: (_f("july_suspects_apprehended") + _f("november_suspects_apprehended"))
                      / _f("november_gangs_eliminated"), rel_tol=_SLIP_TOL),
        Misconception("examples_as_all_gangs", "You divided by the gangs of the four provincial examples (159); "
                      "the campaign's suspects need the campaign's gangs (1,759) on the bottom.",
                      lambda: _f("suspects_apprehended") / _total_of("provincial example", "gangs"), rel_tol=_SLIP_TOL),
    ], family=Family(table=release_figures(), figures=release_ids("suspects_apprehended", "gangs_eliminated"), asks="ratio",
                     others=merged(release_figures(unit="suspects"), release_figures(unit="gangs")))), points=(0.75, 0.25), names=("the average", "one line on why it describes no real gang"))


_Q3_JUDGE, _Q3_PARTS = _q3_judge_and_parts()


q3 = Question(
    id="q3",
    reads=("per_gang", "per_gang_why"),
    # the average is checked; the one line on why it describes no real gang is recorded (#19)
    judge=_Q3_JUDGE,
    parts=_Q3_PARTS,
    rubric=Q3_RUBRIC,
    hints=[
        "'Per gang' means: divide by the number of gangs.",
        "Use data.figure('suspects_apprehended') and data.figure('gangs_eliminated').",
    ],
    explanation=("About 9.7 suspects per gang. It is an average: some 'gangs' (团伙, loose groups included) may "
                 "have two members and others hundreds, and not every suspect belonged to a gang that was broken "
                 "up, so the ratio of two differently defined counts describes no typical gang."),
)


def _q4_judge() -> Judge:
    """q4's judge; its key, the share of the apprehended who were detained, is worked out inside it."""
    def key() -> float:
        return _f("suspects_detained") / _f("suspects_apprehended")

    return number(key, rel_tol=1e-3, misconceptions=[
        Misconception("added_apprehended_detained",
                      "You divided by apprehended + detained. The detained are a subset of the apprehended, "
                      "so the whole is the apprehended alone.",
                      lambda: _f("suspects_detained") / (_f("suspects_apprehended") + _f("suspects_detained")),
                      rel_tol=_SLIP_TOL),
        Misconception("divided_wrong_way", "A share above 1 means the part is on the bottom: you divided the other way. Put the "
                      "detained on top.",
                      lambda: _f("suspects_apprehended") / _f("suspects_detained"), rel_tol=_SLIP_TOL),
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1 (divide by 100).",
                      lambda: 100 * key(), rel_tol=_SLIP_TOL),
        Misconception("difference_not_share", "That is the difference (apprehended minus detained: the people not "
                      "detained), not a share: divide the detained by the apprehended.",
                      lambda: _f("suspects_apprehended") - _f("suspects_detained"), rel_tol=1e-9),
        Misconception("rounded_too_far", "That cuts the share off after one decimal (0.96 becomes 0.9); "
                      "rounded, it is 0.96 to two significant figures.",
                      lambda: math.floor(key() * 10) / 10, rel_tol=1e-9),
        # review round 13 FINAL: 0.95 was 'explained' as a Zhejiang example added to the national apprehended
        Misconception("rounded_to_a_coarse_step", "That is the share rounded to the nearest 0.05 (about 95%): it is "
                      "0.9647, so rounded to two significant figures it is 0.96. Keep two figures, the precision of "
                      "the rounded counts it comes from.",
                      lambda: round(key() * 20) / 20, rel_tol=1e-9),
    ], family=Family(table=release_figures(), figures=release_ids("suspects_detained", "suspects_apprehended"), asks="share",
                     others=merged(release_figures(unit="suspects"), release_ids("cases_solved", "gangs_eliminated"))))


q4 = Question(
    id="q4",
    reads=("detained_share",),
    judge=_q4_judge(),
    hints=[
        "A share is part / whole. Which group is inside which?",
        "Everyone detained was first apprehended: the whole is the apprehended.",
    ],
    explanation=("About 0.96: most people apprehended were detained. Both figures are rounded (1.64万 and 1.7万), "
                 "so the third digit is not to be trusted."),
)


def _q5_judge() -> Judge:
    """q5's judge; its key, the November operation's share of the assets seized, is worked out inside it."""
    def key() -> float:
        return _f("november_assets_seized") / _f("assets_seized")

    return number(key, rel_tol=1e-3, misconceptions=[
        Misconception("yi_as_billion",
                      "You read 3.11亿 as 3.11 billion. 亿 is a hundred million, so 3.11亿 is 311 million.",
                      # 3.11 billion is ten times 3.11亿 (311 million)
                      lambda: _f("november_assets_seized") * 10 / _f("assets_seized"), rel_tol=_SLIP_TOL),
        Misconception("yi_as_billion_in_total",
                      "You read the total, 299.5亿, as 299.5 billion. 亿 is a hundred million, so 299.5亿 is 29.95 "
                      "billion, and the share is ten times what you found.",
                      # the total alone read as billions: ten times too large a whole
                      lambda: _f("november_assets_seized") / (_f("assets_seized") * 10), rel_tol=_SLIP_TOL),
        Misconception("divided_wrong_way", "A share above 1 means the part is on the bottom: you divided the other way (the "
                      "campaign over November). November goes on top.",
                      lambda: _f("assets_seized") / _f("november_assets_seized"), rel_tol=_SLIP_TOL),
        Misconception("added_part_to_total",
                      "You added November to the total. The November operation is part of the campaign, so its "
                      "figures are already inside the totals.",
                      lambda: _f("november_assets_seized") / (_f("assets_seized") + _f("november_assets_seized")),
                      rel_tol=5e-3),  # 1% from the right answer: a tighter match
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1.",
                      lambda: 100 * key(), rel_tol=_SLIP_TOL),
        Misconception("rounded_too_far", "0 is the share rounded away: it is about 0.0104, so keep two "
                      "significant figures (0.010), not two decimal places.", lambda: 0.0, rel_tol=1e-9),
    ], family=Family(table=release_figures(), figures=release_ids("november_assets_seized", "assets_seized"), asks="share",
                     others=merged(release_figures(unit="yuan"), release_figures(subset="November operation"))))


q5 = Question(
    id="q5",
    reads=("november_share",),
    judge=_q5_judge(),
    hints=[
        "Both figures are in data/, already in yuan: 'november_assets_seized' and 'assets_seized'.",
        "Share = part / whole, and the November operation is part of the campaign.",
    ],
    explanation=("About 0.010, or 1%. The November operation's 133 gangs were about 7.6% of all the gangs but "
                 "its seized assets only about 1% of the total: shares of different counts can differ a lot."),
)


# ----------------------------------------------------------------------------
# q6: consistency checks
# ----------------------------------------------------------------------------
def _total_of(subset: str, unit: str) -> float:
    """The total of the figures of one subset counting one unit (a filter and a sum, the lesson's tools)."""
    figures = data.release_figures()
    return float(figures.loc[(figures["subset"] == subset) & (figures["unit"] == unit), "value"].sum())


CONSISTENCY_KEYS = ("detained_within_apprehended", "november_over_a_tenth_of_gangs", "provinces_over_half_of_gangs",
                    "assets_over_100_billion_yuan", "over_30000_people_caught")


def _q6_judge_and_parts():
    """q6's judge and its parts, around one local key: whether each statement holds, worked out from data/ when
    judging (kept under no name of the module, #19)."""
    def key() -> dict[str, bool]:
        holds = {
            "detained_within_apprehended": _f("suspects_detained") <= _f("suspects_apprehended"),
            "november_over_a_tenth_of_gangs": _f("november_gangs_eliminated") > 0.1 * _f("gangs_eliminated"),
            "provinces_over_half_of_gangs": _total_of("provincial example", "gangs") > 0.5 * _f("gangs_eliminated"),
            "assets_over_100_billion_yuan": _f("assets_seized") > 100e9,
            "over_30000_people_caught": _f("suspects_apprehended") > 30_000,
        }
        return {statement: bool(holds[statement]) for statement in CONSISTENCY_KEYS}

    whole = mapping(key, misconceptions=_Q6_MISCONCEPTIONS)
    return whole, each_item(CONSISTENCY_KEYS, key, whole, 0.2)  # partial credit: a fifth of a point each


_Q6_MISCONCEPTIONS = {
        "detained_within_apprehended": (
            "detained_outside_apprehended",
            "Detention (刑拘) comes after apprehension (抓获): compare the two figures."),
        "november_over_a_tenth_of_gangs": (
            "tenth_as_hundredth", "A tenth of the campaign's 1,759 gangs is 0.1 x 1,759 = 175.9; the November "
            "operation's 133 clear a hundredth (0.01 x 1,759 = 17.59), not a tenth: a tenth is 0.1, not 0.01."),
        "provinces_over_half_of_gangs": (
            "province_share_misread",
            "Add up the provincial examples' gang counts (subset 'provincial example', unit 'gangs') and compare "
            "with half the national figure."),
        "assets_over_100_billion_yuan": (
            "yi_as_billion", "299.5亿 is 29.95 billion yuan, not 299.5 billion: 亿 is a hundred million."),
        "over_30000_people_caught": (
            "added_apprehended_detained",
            "Which figure counts the people apprehended (抓获)? It is 17,000. More than 30,000 comes from another "
            "figure (the 32,000 cases count cases, not people) or from adding the apprehended and the detained, which "
            "counts the same people twice (the detained are among the apprehended)."),
}
_Q6_JUDGE, _Q6_PARTS = _q6_judge_and_parts()
q6 = Question(
    id="q6",
    reads=("holds",),
    judge=typed_items(_Q6_JUDGE, "bool"),  # a one-element Series or the text 'True' is named as a form, not a mistake
    parts=_Q6_PARTS,
    points=1,
    hints=[
        "Each entry is a comparison, e.g. data.figure('suspects_detained') <= data.figure('suspects_apprehended').",
        "For the provinces, filter release_figures() on subset == 'provincial example' and unit == 'gangs', then .sum().",
        "100 billion is 100e9; check the assets in data/ are already in yuan.",
    ],
    explanation=("Only the first statement holds. The detained fit inside the apprehended; the November "
                 "operation is under a tenth of the gangs; the provincial examples are a small part of the "
                 "national total (each comes from one named operation, and most provinces are not mentioned); 299.5亿 is under 100 billion; and fewer than 30,000 "
                 "people were apprehended: adding the detained would count the same people twice."),
)


# ----------------------------------------------------------------------------
# q7-q8: classify statements and printed figures the lesson did not show
# ----------------------------------------------------------------------------
# No lookup: the data tables store a `kind` and a `precision` for every figure
# of the lesson, so these questions ask about material whose labels the student
# is not given. q7's statements are not rows of any table (their labels are
# typed here, once, with the source of each statement); q8's printed figures
# are in no table either (typed here with where each was printed), and their
# precision is worked out from the printed text when judged.

def labelled(expected, *, labels: tuple[str, ...], aliases: dict[str, str],
             slips: dict[tuple[str, str], tuple[str, str]],
             labels_by_key: dict[str, tuple[str, ...]] | None = None) -> Judge:
    """``compare.mapping`` for a dict {key: label}, naming the slip for the exact wrong label given.

    ``mapping`` reads the labels fairly (``read_label``), checks the keys and
    lists every wrong key; this adds, for the first wrong key, the sentence for
    the label the student actually gave: ``slips`` maps (right label, given
    label) to (misconception code, message), so a lower bound called "exact"
    and one called "rounded" get different sentences.
    """
    base = mapping(expected, labels=labels, aliases=aliases, labels_by_key=labels_by_key)

    synonyms = {label_key(alias): label for alias, label in aliases.items()
                if label_key(alias) not in {label_key(option) for option in labels}}

    def synonyms_noted(value, outcome: Outcome) -> Outcome:
        """A right answer that wrote a near-synonym of a label ('approximate' for 'rounded', 'police work' for
        'enforcement activity'), credited with a note naming the label (review round 13 FINAL: 'approximate' was
        credited with no word, so the student never learnt the label the lesson uses)."""
        read = [(key, item, synonyms[label_key(item)]) for key, item in (value.items() if isinstance(value, dict)
                                                                          else ())
                if isinstance(item, str) and label_key(item) in synonyms]
        if not outcome.passed or not read:
            return outcome
        noted = "; ".join(f"{given.strip()!r} as {label!r}" for given, label in {g: lab for _, g, lab in read}.items())
        allowed = labels  # a checklist's own key's labels, not every key's (round 16)
        keys = {key for key, _, _ in read}
        if labels_by_key is not None and len(keys) == 1 and (only := next(iter(keys))) in labels_by_key:
            allowed = labels_by_key[only]
        return with_note(outcome, f"(Read {noted}: the same idea, but write the label as the question gives it, one "
                                  f"of {', '.join(allowed)}.)", before=True)

    def judge_labels(value) -> Outcome:
        outcome = synonyms_noted(value, base(value))
        if outcome.status != INCORRECT or outcome.misconception not in (None, LABEL_CUT_SHORT, *MISLABEL_CODES):  # named19: the lesson's slip is more precise
            return outcome
        given = value.to_dict() if isinstance(value, pd.Series) else value
        target = expected()
        read = {key: read_label(given.get(key), labels, aliases=aliases)
                .wrong_if_cut(lambda label, key=key: label == target[key]).label for key in target}
        wrong = [key for key in target if read[key] != target[key]]
        named = [key for key in wrong if (target[key], read[key]) in slips]
        if not named:
            return outcome
        first = named[0]
        code, message = slips[(target[first], read[first])]
        others = [key for key in wrong if key != first]
        also = f" Also look again at {', '.join(map(repr, others))}." if others else ""
        return incorrect(f"{len(wrong)} of {len(target)} wrong. For {first!r} you wrote {read[first]!r}: "
                         f"{message}{also}", code)

    declared = dict(base.misconceptions)
    for code, message in slips.values():
        declared.setdefault(code, message)
    return Judge(judge_labels, declared)


# q7: statements of the release and of other sources, none stored with a kind.
# Each: where it comes from. The prompt in solutions/01 quotes each one. Their kinds are a judgement, sealed (#19):
# instructor/lesson01_key.py types them; the judge finds each statement's label among KIND_LABELS only while judging.
STATEMENTS = {
    "national_cases": "2020 release, Liu Zhongyi, in the English translation: the number of criminal cases in China "
                      "'has maintained a steady and declining trend' (Chinese not checked)",
    "sextortion_recorded": "2020 release: recorded 'naked chat' extortion cases (发案数) 'continued to decline since "
                           "June' (checked in Chinese)",
    "p2p_platforms": "NetEase, quoting the banking regulator's chief lawyer, 27 November 2020 (data/release_sources.csv "
                     "S20, one copy): P2P lenders actually operating fell from 'about 5,000' at the peak to zero by "
                     "mid-November",
    "guangxi_first_case": "2020 release, in the English translation: Guangxi 'detected the country's first case' of "
                          "'naked chat' extortion by a gang (Chinese not checked)",
    "notice_2022": "Notice of nine bodies, September 2022 (S05, S06): a campaign against online gang crime 'lasting "
                   "one and a half years' (为期一年半) is deployed nationwide",
}
KIND_LABELS = ("enforcement activity", "trend", "plan", "outcome")


_RECORDED = ("The statement compares two moments, so it is a trend; and it measures no harm at one time: even "
             "recorded cases (发案数) depend on victims reporting and on police finding cases.")
_CHANGE = ("The sentence compares two moments (a peak, or June, and later): a change over time is a trend, "
           "whatever caused it.")

_Q7_JUDGE = labelled(sealed.labels_finder(sealed.Key("01/q7"), STATEMENTS, KIND_LABELS), labels=KIND_LABELS, aliases={
        "police activity": "enforcement activity",
        "police work": "enforcement activity", "enforcement": "enforcement activity",
        "change over time": "trend", "planned": "plan", "future plan": "plan", "intention": "plan"},
        slips={
            ("trend", "outcome"): ("trend_as_crime_level", _RECORDED),
            ("trend", "enforcement activity"): ("trend_as_activity",
                                                _CHANGE + " The sentence does not say the police did it."),
            ("trend", "plan"): ("trend_as_plan", _CHANGE),
            ("enforcement activity", "outcome"): ("detection_as_crime_level",
                                                  "A case detected is police work. Finding a 'first case' says "
                                                  "when the police found one, not how much crime there was."),
            ("enforcement activity", "trend"): ("activity_as_trend",
                                                "One thing the police did, with no comparison over time: "
                                                "enforcement activity."),
            ("enforcement activity", "plan"): ("activity_as_plan",
                                               "The case was detected: done, not planned."),
            ("plan", "enforcement activity"): ("plan_as_activity",
                                               "Deploying a campaign says what is to be done over the next year "
                                               "and a half; it reports no result yet."),
            ("plan", "outcome"): ("plan_as_outcome", "A notice deploying a campaign measures nothing that "
                                                     "happened to people: it is a plan."),
            ("plan", "trend"): ("plan_as_trend", "'One and a half years' is how long the campaign is to last, "
                                                 "not a change over time: a plan."),
        })
_DIRECTIONS = ("decline", "declin", "fall", "fell", "drop", "decreas", "rise", "rose", "increas", "grow", "up", "down")
DIRECTION_FOR_KIND = ("direction_for_kind", "gave the direction of a change (a decline, a rise) where the question "
                      "asks for the kind of statement")


def _judge_kinds(value) -> Outcome:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and item.strip().lower() not in KIND_LABELS \
                    and any(w.startswith(_DIRECTIONS) for w in words(item)):
                return Outcome(WRONG_TYPE, f"For {key!r} you wrote {item!r}: that says which way something moved. "
                               "The question asks what kind of statement it is; a change over time, whichever "
                               "way, is a 'trend'. Use one of: " + ", ".join(KIND_LABELS) + ".",
                               DIRECTION_FOR_KIND[0])
    return _Q7_JUDGE(value)


q7 = Question(
    id="q7",
    reads=("kinds_of",),
    judge=Judge(_judge_kinds, {**_Q7_JUDGE.misconceptions, DIRECTION_FOR_KIND[0]: DIRECTION_FOR_KIND[1]}),
    parts=each_item(tuple(STATEMENTS), sealed.labels_finder(sealed.Key("01/q7"), STATEMENTS, KIND_LABELS), _Q7_JUDGE,
                    0.2),  # partial credit: a fifth of a point each
    points=1,
    hints=[
        "Ask of each: did the police do it (enforcement activity), does it compare two moments (trend), does it "
        "say what is to be done (plan), or does it measure harm or crime at one time (outcome)?",
        "Three of the five compare a level with an earlier one. Recorded cases (发案数) are not crime itself.",
    ],
    explanation=("Three statements compare two moments (trends); one is something the police did; one deploys "
                 "a campaign. None measures harm: even the falling recorded cases depend on reporting and "
                 "detection. None of these is a row of the figures table, so the labels must be judged, "
                 "not looked up."),
)

# q8: precision of figures printed in reports on paid trolls (网络水军), which no table of the course holds.
# Each printed form is typed once, with where it was printed; its precision is worked out from the printed
# text when judged, by the lesson's rules (units.parse_figure: 余 or 多 a floor, 万 or 亿 rounded, a plain
# count exact) plus one word the lesson did not teach, 逾 ('exceeding'), which parse_figure does not read.
PRINTED_SOURCES = {
    "147起": "Xinhua, 8 September 2022 (MPS press conference on the 'hundred days' operation against paid trolls; "
            "two reposts read): 'network water army' cases solved",
    "1285人": "Xinhua, 8 September 2022 (as above): suspects apprehended",
    "21万余个": "Xinhua, 8 September 2022 (as above): paid-troll accounts closed",
    "12.7万条": "Xinhua, 8 September 2022 (as above): items of illegal or harmful information cleaned up",
    "逾200人": "Hong Kong Economic Journal, 6 February 2018, summarising Xinhua (one copy, an excerpt; the word 逾 "
              "is the paper's, unverified against Xinhua's Chinese): suspects held in paid-troll cases since May 2017",
    "逾5000個": "Hong Kong Economic Journal, 6 February 2018 (as above): accounts closed",
}
# Copies read (2026-11-30): Xinhua 8 Sep 2022 at m.xc521.cn/fazhi/yasf/2022-09/09/content_300288003.html and
# stresscarki.com/c71489.html; HKEJ 6 Feb 2018 at www2.hkej.com/landing/articleprint/id/1761919 (an excerpt).
PRECISION_PRINTED = tuple(PRINTED_SOURCES)
LOWER_BOUND_WORDS_NOT_TAUGHT = ("逾",)  # 'exceeding': a floor, like 余 and 多


def _q8_key():
    """q8's key, {printed form: precision}, worked out from each printed form by the lesson's rules with 逾 read as
    the floor it is. It is returned for the judge to hold (``_Q8_JUDGE``, its parts), never kept under a name of
    the module (#19)."""
    def precision(printed: str) -> str:
        if any(word in printed for word in LOWER_BOUND_WORDS_NOT_TAUGHT):
            return "lower bound"
        return parse_figure(printed).precision

    return lambda: {printed: precision(printed) for printed in PRECISION_PRINTED}


_YU = ("余 or 逾 next to a number means 'more than' (逾 is 'exceeding'): 21万余 is at least 210,000 and 逾200 "
       "more than 200, a floor, not a count.")
_Q8_JUDGE = labelled(_q8_key(), labels=PRECISIONS, aliases=PRECISION_ALIASES, slips={
            ("lower bound", "exact"): ("lower_bound_as_exact", _YU),
            ("lower bound", "rounded"): ("lower_bound_as_rounded",
                                         _YU + " 逾5000 and 21万余 end in zeros, but what they say is 'more than'."),
            ("rounded", "exact"): ("rounded_as_exact",
                                   "A number in 万 with one decimal is rounded to its last printed digit: "
                                   "12.7万 is 127,000 to the nearest thousand."),
            ("rounded", "lower bound"): ("rounded_as_lower_bound",
                                         "No 余, 多 or 逾: the true count may be a little under or over. Rounded."),
            ("exact", "rounded"): ("exact_as_rounded", "147 and 1285 are printed to the last unit: exact as printed."),
            ("exact", "lower bound"): ("exact_as_lower_bound",
                                       "No 余, 多 or 逾 ('more than'): 147 and 1285 are exact as printed."),
        })
_MEASURE_WORDS = "个個条條人名起件元家"
_UPPER = ("upper", "at most", "maximum", "max", "ceiling", "less than", "no more than", "under", "cap")
UPPER_BOUND = ("upper_bound_given", "'Upper bound' would say the true number is at most the printed one; no form here "
               "says that. 余, 多 and 逾 mean 'more than': the printed number is a floor, a lower bound.")


def _key_form(printed) -> str:
    """A printed figure as a key is compared: traditional 個 and 條 as 个 and 条, the measure word after it dropped."""
    text = str(printed).strip().replace("個", "个").replace("條", "条")
    return text.rstrip(_MEASURE_WORDS) or text


def fair_keys(value, expected_keys):
    """(the dict with each key read as the expected key it fairly means, the keys read that way).

    '逾5000个' (simplified 个, what most input methods type) for '逾5000個', and '147' for '147起' (the measure word
    left off): the same printed figure, so the same key. Only a one-to-one reading is used."""
    if not isinstance(value, dict):
        return value, []
    forms = {}
    for key in expected_keys:
        forms.setdefault(_key_form(key), []).append(key)
    read, renamed = {}, []
    for key, item in value.items():
        target = key
        if key not in expected_keys and isinstance(key, str):
            matches = forms.get(_key_form(key), [])
            if len(matches) == 1 and matches[0] not in value:
                target = matches[0]
                renamed.append((key, target))
        read[target] = item
    return read, renamed


def _upper_bound_given(value) -> Outcome | None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and any(w in " ".join(words(item)) for w in _UPPER) \
                    and not any(w in item.lower() for w in ("lower", "floor", "minimum", "at least")):
                return incorrect(f"For {key!r} you wrote {item!r}. " + UPPER_BOUND[1], UPPER_BOUND[0])
    return None


def _judge_printed_precisions(value) -> Outcome:
    read, renamed = fair_keys(value, PRECISION_PRINTED)
    upper = _upper_bound_given(read)
    if upper is not None:
        return upper
    outcome = _Q8_JUDGE(read)
    if renamed and outcome.passed:
        shown = ", ".join(f"{given!r} as {key!r}" for given, key in renamed)
        return correct(f"(Keys read as the printed forms: {shown}.) {outcome.message}".strip())
    return outcome


q8 = Question(
    id="q8",
    reads=("precision_of",),
    judge=Judge(_judge_printed_precisions, {**_Q8_JUDGE.misconceptions, UPPER_BOUND[0]: UPPER_BOUND[1]}),
    parts=each_item(PRECISION_PRINTED, _q8_key(), _Q8_JUDGE, 0.25),  # partial credit: a quarter point each
    points=1.5,
    hints=[
        "Look for a word meaning 'more than' first: 余 and 多 you know; 逾 means 'exceeding'. Then look for 万 or 亿.",
        "A plain count to the last unit (147起) is exact; 12.7万 is rounded; 21万余 and 逾200 are lower bounds.",
    ],
    explanation=("余, 多 or 逾 ('more than') make a lower bound whatever the digits; a number in 万 or 亿 without "
                 "them is rounded to its last printed digit; a plain count to the last unit is exact as printed. "
                 "The lesson's parse_figure does not know 逾: it calls 逾200 exact and 逾5000 rounded, a reminder "
                 "that a tool applies only the rules it was given."),
)


# ----------------------------------------------------------------------------
# q9-q10: the 86% trend
# ----------------------------------------------------------------------------
def _q9_judge() -> Judge:
    """q9's judge; its key, the share left after the 86% drop, is worked out inside it."""
    def key() -> float:
        return 1 - _f("trap_loan_institutions_decline") / 100

    return number(key, rel_tol=1e-6, abs_tol=1e-9, misconceptions=[
        Misconception("drop_read_as_remaining",
                      "That reads 'down 86%' as '86% remaining'. A drop of 86% means 86% of the peak is gone.",
                      lambda: _f("trap_loan_institutions_decline") / 100),
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1.",
                      lambda: 100 * key()),
        Misconception("drop_read_as_remaining_percent",
                      "That is the drop, as a percentage. The question asks what is left, as a share.",
                      lambda: _f("trap_loan_institutions_decline")),
        Misconception("percent_not_converted", "You took 86 from 1: turn the percentage into a share first "
                      "(86% = 0.86), then take it from 1.", lambda: 1 - _f("trap_loan_institutions_decline")),
        Misconception("drop_inverted", "That is 1 divided by 0.86: what is left after a drop is 1 minus the drop, "
                      "not its inverse.", lambda: 100 / _f("trap_loan_institutions_decline"), rel_tol=1e-3),
        Misconception("percent_divided_twice", "That divides the 86 by 100 twice (0.0086): 86% is 0.86 as a share, "
                      "and the question asks what is left, 1 - 0.86.",
                      lambda: _f("trap_loan_institutions_decline") / 10_000),
        Misconception("drop_added", "That adds the drop to the whole (1 + 0.86): after a fall, what is left is "
                      "the whole minus the drop, 1 - 0.86.", lambda: 1 + _f("trap_loan_institutions_decline") / 100),
        Misconception("left_over_drop", "That divides what is left by what is gone (14 / 86): the question asks "
                      "for what is left as a share of the peak, 1 - 0.86.",
                      lambda: key() / (_f("trap_loan_institutions_decline") / 100), rel_tol=1e-3),
        # review round 11: 6.14 was 'too high' with no name
        Misconception("drop_over_left", "That divides what is gone by what is left (86 / 14): the question asks "
                      "for what is left as a share of the peak, 1 - 0.86.",
                      lambda: [(_f("trap_loan_institutions_decline") / 100) / key(),
                               100 * (_f("trap_loan_institutions_decline") / 100) / key()], rel_tol=1e-3),
    ])


q9 = Question(
    id="q9",
    reads=("left_share",),
    judge=_q9_judge(),
    hints=["If 86% is gone, what is left?", "Left = 1 - drop, with the drop as a share (86% = 0.86)."],
    explanation="An 86% drop leaves 14% of the peak: 0.14 of a number the release does not give.",
)

Q10_OPTIONS = ("a", "b", "c", "d")
_Q10_CHOICE = choice("b", Q10_OPTIONS, wrong={
        "a": "The figure does tell you the direction: it is a drop.",
        "c": "That reads 'down 86%' as '86% remaining'. An 86% drop leaves 14%; and something is still unknown.",
        "d": ("A fall during a campaign is not proof the campaign caused it: the release gives no comparison "
              "with what would have happened otherwise. And something else is plainly unknown."),
    }, codes={"a": "direction_unknown", "c": "drop_read_as_remaining", "d": "fall_proves_cause"})


def _several_letters(value) -> list[str] | None:
    """'b,d', 'b and d', ['b', 'd']: several options given where the question asks for one."""
    if isinstance(value, (list, tuple, set)) and len(value) > 1 and all(isinstance(v, str) for v in value):
        letters = [v.strip().strip("().").lower() for v in value]
    elif isinstance(value, str):
        letters = [p.strip().strip("().").lower() for p in re.split(r"\s*(?:,|;|/|&|\band\b|\bor\b|\s)\s*", value)
                   if p.strip()]
    else:
        return None
    return letters if len(letters) > 1 and all(letter in Q10_OPTIONS for letter in letters) else None


def _judge_q10(value) -> Outcome:
    several = _several_letters(value)
    if several:
        wrong = [letter for letter in several if letter != "b"]
        why = f" Of those, ({wrong[0]}) is not right." if wrong else ""
        return Outcome(WRONG_TYPE, f"You gave several options ({', '.join(several)}); the question asks for the "
                       f"one thing the 86% leaves unknown: one letter.{why}", "several_options")
    return _Q10_CHOICE(value)


q10 = Question(
    id="q10",
    reads=("unknown",),
    judge=Judge(_judge_q10, {**_Q10_CHOICE.misconceptions,
                             "several_options": "gave several options where the question asks for one"}),
    hints=[
        "A percentage change is a ratio of two numbers. Which of the two does the release give?",
        "14% of 100 is 14; 14% of 10,000 is 1,400. What would you need to know to tell these apart?",
    ],
    explanation=("The release gives the fall as a percentage of a peak whose level and month it does not give, "
                 "and does not define a 'suspected institution' or say how they were counted."),
)


# ----------------------------------------------------------------------------
# q11-q12: translation
# ----------------------------------------------------------------------------
def _clearer(chinese: str) -> str:
    return data.glossary().set_index("chinese").loc[chinese, "clearer_en"]


# 批捕 is not in the glossary: the student reasons from its parts (批准, approve; 捕, 逮捕) and from what the glossary
# says of 抓获, 刑拘 and 逮捕. Procedure: the police ask the procuratorate to approve a formal arrest (提请批准逮捕)
# and the procuratorate approves it (批准逮捕), Criminal Procedure Law of the PRC (2018), arts. 87-91 (not re-checked
# in a stored copy: unverified). The sentence is made up for the question and carries no figure.
Q11_SENTENCE = "该团伙的犯罪嫌疑人已被检察机关批捕。"
# Renderings are read by the ideas they carry (``phrase_reader``), not matched against a list of strings: any
# phrase that says an arrest was approved passes ('approved formal arrest', 'the procuratorate authorised their
# arrest', 'arrest sanctioned'); one that names another step is told which step it named.
_APPROVE = ("approv", "aprov", "authori", "sanction", "consent", "endors", "permi", "ratif", "allow", "green",
            "confirm", "agree", "grant", "assent")  # round 15, E4: 'agreed to the arrest' is fair
_ARREST = ("arrest",)
# each step with its synonyms (review round 7, M2: 'held in custody' was read as 抓获; custody is detention)
_CAUGHT = ("caught", "catch", "apprehen", "captur", "seiz", "nab", "picked", "rounded", "grab", "bust", "collar")
_DETAINED = ("detain", "detention", "custody", "held", "holding", "locked", "lockup")
_LATER = ("prosecut", "charg", "indict", "convict", "sentenc", "trial", "tried", "guilty", "imprison",
          "jail", "prison", "punish")
# who acts (review round 13, A3: 'arrested by the police, approved' was credited): the police ask, the procuratorate
# approves; a rendering that makes the police the actor of 批捕 has the actor wrong, whatever word it uses
_POLICE = r"(?:the\s+)?(?:police(?:\s*(?:officers?|men|man))?|policem[ae]n|officers?|cops?|constables?)"
_POLICE_ACTING = re.compile(rf"\bby\s+{_POLICE}\b|\b{_POLICE}\s+(?:have\s+|has\s+|had\s+)?(?:approv|arrest|authori|"
                            r"sanction|detain|caught|apprehend|agree|grant|assent|consent|endors|permi|allow|confirm|"
                            r"ratif)", re.I)


def _police_act(value: str) -> bool:
    """Whether a rendering makes the police the actor ('arrested by the police', 'the police approved the arrest'),
    not the ones who asked ('arrest approved at the police's request' is fair)."""
    return _POLICE_ACTING.search(" ".join(str(value).split())) is not None
_PROCURATORATE = ("procurat", "prosecutor", "procurator")
# who does not approve an arrest (review round 13 FINAL: 'the court approved the arrest' was credited): in China a
# court neither asks for nor approves 逮捕 during the investigation; the procuratorate does (same law as above)
_COURT = r"(?:the\s+|a\s+)?(?:courts?|judges?|magistrates?|tribunals?|judiciary)"
_COURT_ACTING = re.compile(rf"\bby\s+{_COURT}\b|\b{_COURT}\s+(?:have\s+|has\s+|had\s+)?(?:approv|authori|sanction|"
                           r"endors|okay|ok'?d|sign|green|order|issu|allow|permi|consent)")
# approval said in an idiom of more than one word or in slang (round 13 FINAL: 'signed off on the arrest', 'the
# prosecutors okayed the arrest' were refused): read as the one word they mean
_APPROVAL_IDIOMS = re.compile(r"\bsign(?:s|ed|ing)?\s+off\b|\bok(?:ay)?(?:'?d|ed)\b|\bgreen\s*(?:lit|light(?:ed|s)?)\b")


def _court_acts(said_words: list[str]) -> bool:
    """Whether a rendering makes a court or a judge the one who approved the arrest ('approved by the court')."""
    return _COURT_ACTING.search(" ".join(said_words)) is not None


def _approval_idioms_read(said_words: list[str]) -> list[str]:
    """The rendering's words with an approval idiom ('signed off', 'okayed', 'green-lit') read as 'approved', and
    'the prosecution' as the actor ('the prosecution approved', 'by the prosecution') read as 'prosecutors', so
    neither is taken for the later step of prosecuting."""
    text = _APPROVAL_IDIOMS.sub("approved", " ".join(said_words))
    text = re.sub(r"\bby\s+(?:the\s+)?prosecution\b", "by the prosecutors", text)
    text = re.sub(r"\bprosecution\s+(?=(?:has\s+|had\s+)?(?:approv|authori|sanction|endors|consent|allow|permi))",
                  "prosecutors ", text)
    return text.split()
# the opposite outcome (round 13: 'released' was 'not a rendering the check can read'): the suspects let go, not held
_RELEASED = ("releas", "freed", "free", "bail", "acquit", "discharg", "dismiss", "drop", "clear", "pardon", "exonerat")
_REFUSED = ("deni", "deny", "refus", "reject", "declin", "withheld", "withhold")  # 'bail denied': no release at all
def _naming(misconceptions: dict[str, str]):
    """What q11's and q12's word judges say of a misreading: the verdict for a code of their own table."""
    return lambda code: incorrect(misconceptions[code], code)


Q11_MISCONCEPTIONS = {
    "caught_for_pibu": "That is 抓获, the police catching a suspect: the first step. 批捕 comes later and is the "
                       "procuratorate's act: it approves (批准) a formal arrest (逮捕).",
    "detained_for_pibu": "Criminal detention (刑拘) is the police's own short-term measure and needs no approval. "
                         "批捕 is the procuratorate approving (批准) a formal arrest (逮捕).",
    "arrest_unqualified": "An arrest alone is half of 批捕, and 'arrested' is the very word the translation overuses "
                          "for 抓获: say which step and who acts: the procuratorate approved a formal arrest (逮捕).",
    "approval_left_out": "Nearly: 批捕 ends in a formal arrest (逮捕), but the procuratorate arrests no one; it "
                         "approves (批准) the arrest, which the police then carry out. Say so: 'approved formal arrest'.",
    "later_step_for_pibu": "Those are later steps (prosecution, 起诉, and a court's verdict). 批捕 comes during the "
                           "investigation: the procuratorate approves a formal arrest (逮捕).",
    "arrest_left_out": "Approved what? 批 is 'approve' and 捕 is short for 逮捕, a formal arrest: say both.",
    "approval_denied": "The sentence says the arrest was approved (已被...批捕): your words refuse it or put "
                       "another step in its place.",
    "key_words_listed": "Key words in a list ('approved, arrest') are not a rendering: write the phrase a reader "
                        "would read, saying who approved what ('approved formal arrest').",
    "several_steps": "Your rendering names more than one step (an approved arrest and another: caught, detained, "
                     "charged...). 批捕 is one step, the procuratorate approving a formal arrest: give just that.",
    "police_as_actor": "Your words make the police the actor. The police apprehend (抓获) and ask for a formal "
                       "arrest; 批捕 is the procuratorate's act (检察机关): it approves (批准) that arrest. Say who "
                       "approved what: 'the procuratorate approved a formal arrest'.",
    "court_as_actor": "Your words make a court (or a judge) the one who approved the arrest. In China no court "
                      "approves a formal arrest (逮捕) during an investigation: the procuratorate (检察机关) does, at "
                      "the police's request. Say who approved what: 'the procuratorate approved a formal arrest'.",
    "released_for_pibu": "That is the opposite outcome: released, freed, bailed or cleared. 批捕 means the "
                         "procuratorate approved (批准) a formal arrest (逮捕), so the suspects are held, not let go.",
    "pibu_ideas_missing": "gave words that say neither an approval (批, 批准) nor an arrest (捕, 逮捕): the verdict "
                          "quotes them and names both ideas missing",
}


# The forms of a rendering that translate nothing, the same in q11 and q12 (review round 11: '批捕' alone was 'not
# attempted', a verdict with no name).
RENDERING_FORMS = {
    "chinese_not_translated": "gave the Chinese word itself (or no English word) where an English rendering is asked",
    "pinyin_not_translated": "gave the word in pinyin (pibu, shuijun): its sound, not its meaning in English",
}


def _rendering(value, term: str = "", pinyin: str = "") -> list[str] | Outcome:
    """The English words of a rendering (q11, q12), or the verdict on an answer that is not one. ``term``: the
    Chinese word rendered, ``pinyin``: its pinyin without tones, both for the sentence that names the slip."""
    if is_placeholder(value):
        return not_attempted()
    if not isinstance(value, str):
        return wrong_type(f"You gave {describe(value)}; this question wants an English phrase in quotes.")
    said_words = words(value)
    if not said_words and value.strip():
        return incorrect(f"You wrote {value.strip()[:40]!r}: the Chinese, with no English word. A translation says "
                         f"in English what {term or 'the word'} means: write an English phrase between the quotes.",
                         "chinese_not_translated")
    toneless = re.sub(r"[^a-z]", "", "".join(ch for ch in unicodedata.normalize("NFKD", value.casefold()) if ch.isascii()))
    if pinyin and toneless == pinyin:
        return incorrect(f"You wrote {value.strip()!r}, {term} in pinyin: its sound, not its meaning. A reader who "
                         "knows no Chinese learns nothing from it: say in English what it means.",
                         "pinyin_not_translated")
    return said_words or not_attempted("Write an English phrase between the quotes.")


@judge({**Q11_MISCONCEPTIONS, **RENDERING_FORMS})
def _judge_pibu(value) -> Outcome:
    said_words = _rendering(value, "批捕", "pibu")
    if isinstance(said_words, Outcome):
        return said_words

    named = _naming(Q11_MISCONCEPTIONS)
    # 'taken into custody' is being caught (抓获); 'held in custody' is detention (刑拘)
    said_words = ["caught" if w == "custody" and i and said_words[i - 1] == "into" else w
                  for i, w in enumerate(said_words)]
    said_words = _approval_idioms_read(said_words)

    approve, arrest = said(said_words, _APPROVE), said(said_words, _ARREST)
    if negated(said_words, _APPROVE) or negated(said_words, _ARREST) or retracted(value):
        return named("approval_denied")
    steps_words = [w for w in said_words if not w.startswith("prosecutor")]  # the prosecutors are who approves
    if approve and arrest and said(steps_words, _CAUGHT + _DETAINED + _LATER):
        return named("several_steps")
    if approve and arrest and re.search(r"\b\w*(?:" + "|".join(_APPROVE) + r")\w*\s*[,;/|+&]\s*\w*arrest", value.lower()):
        return named("key_words_listed")
    if _released(said_words):  # 'approved the release from arrest'
        return named("released_for_pibu")
    if _police_act(value) and not said(said_words, _PROCURATORATE):  # review round 13, A3: the actor
        return named("police_as_actor")
    if _court_acts(said_words) and not said(said_words, _PROCURATORATE):  # round 13 FINAL: a court does not approve 逮捕
        return named("court_as_actor")
    if approve and arrest:
        return correct(f"{value!r}: an approval, and what was approved, a formal arrest (逮捕).")
    if approve and said(said_words, _DETAINED):
        return named("detained_for_pibu")
    if approve and said(steps_words, _CAUGHT):  # 'approved apprehension': approval of the wrong step
        return named("caught_for_pibu")
    if approve and said(steps_words, _LATER):  # 'approved the indictment', 'approved charges'
        return named("later_step_for_pibu")
    if approve:
        return named("arrest_left_out")
    if arrest and said(said_words, ("formal",)):
        return named("approval_left_out")
    if arrest:
        return named("arrest_unqualified")
    for stems, code in ((_LATER, "later_step_for_pibu"), (_DETAINED, "detained_for_pibu"), (_CAUGHT, "caught_for_pibu")):
        if said(said_words, stems):
            return named(code)
    if _released(said_words):
        return named("released_for_pibu")
    return incorrect(f"{_quoted(value)} says neither of 批捕's two ideas: no approval (批 is short for 批准, 'approve') "
                     "and no arrest (捕 is short for 逮捕, a formal arrest). Say who acted and what they did: the "
                     "procuratorate approved a formal arrest.", "pibu_ideas_missing")


def _released(said_words: list[str]) -> bool:
    """Whether a rendering says the suspects were let go ('released', 'set free', 'bailed'), not refused a release
    ('bail denied')."""
    return ((said(said_words, _RELEASED) or ("let" in said_words and "go" in said_words))
            and not said(said_words, _REFUSED))


def _quoted(value: str) -> str:
    """The student's rendering, quoted (cut at 60 characters) for a verdict that says what it lacks."""
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


q11 = Question(
    id="q11",
    reads=("better_word",),
    judge=_judge_pibu,
    hints=["Split the word: 批 is short for 批准 (approve), 捕 for 逮捕. Read the glossary's rows for 抓获, 刑事拘留 "
           "and 逮捕: who must approve a formal arrest?",
           "The procuratorate (检察机关) does not catch anyone; it approves a step the police asked for."],
    explanation=("批捕 (批准逮捕) is the procuratorate approving a formal arrest (逮捕), after the police have "
                 "apprehended (抓获) and usually detained (刑拘) the suspect. 'Caught by the procuratorate' gets the "
                 "actor and the step wrong; a count of 批捕 is a later, smaller legal step than a count of 抓获."),
)


# q12: 水军 in a made-up sentence where the glossary's gloss for the crime type ('paid-troll') misleads: these 水军
# post fake praise for a shop, which trolls do not do. The rendering is read by its ideas (``phrase_reader``):
# hired or paid + people posting, or one word for both ('shills', 'astroturfers').
Q12_SENTENCE = "某网店雇佣水军，在电商平台上发布上千条虚假好评。"  # made up for this exercise: no figure, no source
_PAID = ("paid", "hire", "fake", "commission", "sponsor", "professional", "bought", "mercenar", "rent", "contract",
         "pay", "employ", "farm", "ghost")  # a ghost reviewer, like a ghostwriter, is hired (review round 13)
# the people, not what they write: 'fake reviews' renders 虚假好评, not 水军
_POSTERS = ("poster", "commenter", "commentator", "reviewer", "writer", "account", "promoter", "rater", "booster",
            "clicker", "people", "persons", "staff", "worker", "user", "army", "crowd", "team")
_WRITINGS = ("review", "post", "comment", "praise", "rating")  # read only when no word for the people is there
_POSING = ("fake", "pretend", "sham", "bogus", "phony", "phoney", "false")  # 'fake customers' pose as customers
_CUSTOMERS = ("customer", "buyer", "shopper", "consumer", "client", "patron")
# One word for the hired people ('shills', 'astroturfers', 'sockpuppets'): fair renderings, held as seals (review
# round 8, E1: the tuple of them, a module name, was handed to the check and passed). 'sock' alone is no rendering.
_ONE_WORD = sealed.SealedOptions(("shill", "astroturf", "sockpuppet"))
_LONGEST_RENDERING = 15  # words: a rendering is a phrase to put in the sentence, not a passage (round 8: case texts)
_LONGEST_RENDERING_TEXT = 300  # characters, read before the words: a 200,000-character answer is judged at once
_LONGEST_ONE_WORD = 16  # letters: the sealed one-word renderings are short; longer prefixes are never asked (linear)
# A sentence says what they are or did ('a small team was being paid', 'the hired accounts punish the refusal'): a
# case's clue, not a rendering. A verb of being or having outside a relative clause ('people who are paid' is fair).
_FINITE = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does")
_RELATIVE = ("who", "that", "which", "whom", "whose")
_SUBJECTS = ("shop", "store", "seller", "merchant", "vendor", "it", "they", "he", "she", "we", "someone", "somebody")
# Someone other than the shop that hired them: a rival who pays to smear is the crime type's usual story, not this
# sentence's (某网店雇佣水军: the shop itself hired them, to praise its own goods).
_OTHER_PARTY = ("competitor", "competing", "rival", "opponent", "enemy", "enemies")


# Words a rendering of 水军 may use besides the people and their pay: where, how many, how, what they post and for whom.
_RENDERING_WORDS = (*_PAID, *_POSTERS, *_WRITINGS, "online", "internet", "web", "net", "cyber", "digital", "shop", "store",
                    "seller", "merchant", "vendor", "platform", "commerce", "site", "bulk", "mass", "many", "hundred",
                    "thousand", "lot", "five", "star", "positive", "good", "glowing", "favourable", "favorable", "false",
                    "bogus", "sham", "secret", "covert", "anonymous", "pos", "pretend", "customer", "buyer", "shopper",
                    "genuine", "real", "ordinary", "like", "write", "writing",
                    "water", "navy", "troll", "click", "praise", "product", "brand", "marketing", "promot", "publicity",
                    "boost")
_GLUE = {"a", "an", "the", "of", "to", "for", "by", "on", "in", "and", "or", "who", "that", "which", "with", "from",
         "their", "its", "as", "at", "is", "are", "be", "being", "been", "was", "were", "this", "these", "those", "them",
         "they", "it", "one", "s", "up"}


def _beyond_who_they_are(said_words: list[str]) -> list[str]:
    """The words of an answer that say something other than who 水军 are (hired people posting for a shop): a
    rendering has none or one or two; a sentence that also uses the rendering's words (a case's clue) has many.
    The accepted one-word renderings are not in ``_RENDERING_WORDS`` (a readable list): they are asked of the seal."""

    before, after = ["", *said_words[:-1]], [*said_words[1:], ""]
    return [w for w, b, a in zip(said_words, before, after)  # a sealed rendering alone or written in two: 'sock puppet'
            if w not in _GLUE and not w.startswith(_RENDERING_WORDS)  # startswith: one call over the tuple
            and not (_is_one_word(w) or (a and _is_one_word(w + a)) or (b and _is_one_word(b + w)))]


def _is_one_word(word: str) -> bool:
    """Whether ``word`` starts with one of the sealed one-word renderings ('shills', 'astroturfers')."""
    return any(word[:n] in _ONE_WORD for n in range(5, min(len(word), _LONGEST_ONE_WORD) + 1))


def _a_sentence(said_words: list[str]) -> bool:
    """Whether the words make a sentence (a verb of being or having that no relative pronoun before it introduces),
    not a phrase naming people: 'a small team was being paid per comment' is, 'people who are paid to post' is not."""
    for position, word in enumerate(said_words):
        if word in _FINITE and not any(w in _RELATIVE for w in said_words[:position]):
            return True
    opening = [w for w in said_words[:3] if w not in ("a", "an", "the")]  # 'the shop hired posters': who did what
    return len(opening) >= 2 and opening[0] in _SUBJECTS and opening[1].startswith(("hire", "paid", "pay", "employ",
                                                                                     "bought", "buy", "post"))


def _one_word_for_them(said_words: list[str]) -> bool:
    """Whether a word (or two written apart: 'sock puppets') starts with one of the sealed one-word renderings."""
    return any(map(_is_one_word, [*said_words, *(a + b for a, b in zip(said_words, said_words[1:]))]))
_NAVY = ("navy", "naval", "marine", "fleet", "sailor")
_SEA_SOLDIERS = ("soldier", "seaman", "seamen", "mariner", "troop")  # 'water soldiers': 水军 word by word
_MACHINES = ("bot", "bots", "robot", "robots", "spambot", "spambots", "script", "scripts", "program", "programs",
             "programme", "programmes", "algorithm", "algorithms", "automated", "ai", "crawler", "crawlers")
# people who attack someone (review round 7, M3: 'cyberbullies', 'online mob', 'paid harassers'): 水军 here praise
_ATTACKERS = ("bully", "bullies", "cyberbull", "harass", "mobs", "mobb", "attack", "abus", "stalk", "threat", "intimidat", "smear",
              "flamer", "griefer", "slander", "defam", "lynch", "vigilant", "punish", "revenge", "insult", "discredit")
Q12_MISCONCEPTIONS = {
    "literal_navy": "水军 does literally mean 'navy', but online it is slang for people hired to post in bulk.",
    "trolls_not_paid": "Trolls provoke for their own fun; these 水军 were paid (the shop hired them), and they post "
                       "praise, not abuse.",
    "troll_gloss_misleads": "The glossary's 'paid troll' fits the crime type (网络水军滋事: smearing, stirring trouble); in "
                            "this sentence the 水军 post fake praise for a shop. Trolls provoke: 'paid trolls' "
                            "misleads here. Say what they do: 'paid posters', 'fake reviewers', 'shills'.",
    "hired_left_out": "Say that they were hired: a word for people who post (reviewers, posters, an online 'army'), "
                      "with nothing about payment, reads as people posting of their own accord.",
    "state_commenters": "That names commenters who post propaganda for the state (五毛, the 'fifty-cent army'); "
                        "these 水军 are posters a shop hired to praise its goods: say that (paid posters).",
    "bots_for_people": "水军 are people hired to post (often through many accounts), not programs.",
    "payment_denied": "The sentence says the shop hired them (雇佣): they were paid.",
    "rendering_denied": "denied the rendering's own words ('not shills', 'paid posters? no'): says what 水军 are "
                        "not, where the shop did hire people to post",
    "writing_for_writers": "That names what they write (the fake reviews, 虚假好评, are the sentence's other words); "
                           "水军 are the people hired to write them: 'paid posters', 'fake reviewers'.",
    "not_one_rendering": "Give one rendering, as a phrase a reader could use, not a question or a list of options.",
    "hackers_for_posters": "Hackers break into systems; 水军 break into nothing: they are hired to post, here fake "
                           "praise for a shop.",
    "spam_for_reviews": "Spammers send unwanted advertising to anyone; these 水军 were hired by one shop to pose as "
                        "satisfied customers: say that they were hired to post reviews.",
    "crime_type_for_people": "That names criminals or a gang; the sentence's 水军 are people a shop hired to post "
                             "(the crime is the shop's fake praise, not an organised gang).",
    "genuine_customers": "Customers or buyers would be genuine; the point of 水军 is that they are hired to pose as "
                         "customers.",
    "attackers_for_posters": "Those words name people who attack someone (bullies, harassers, a mob); these 水军 "
                             "attack no one: a shop hired them to post fake praise. Say that they were paid to post.",
    "people_left_out": "gave a word for how they were engaged ('paid', 'hired', 'a farm') with no word for the people: "
                       "the verdict quotes the word and asks for the people and what they do ('paid posters')",
    "keyboard_warriors": "Keyboard warriors argue in comments for their own reasons, unpaid; these 水军 were hired "
                         "by the shop, and they post praise: say that they were paid to post.",
    "water_army_calque": "'Water army' is 水军 word for word: a reader who does not know the slang pictures "
                         "soldiers. Say who they are: people a shop hired to post ('paid posters', 'shills').",
    "sock_alone": "'Sock' alone names a piece of clothing: the word is 'sock puppet' (an account posing as someone "
                  "else), and the people behind such accounts are hired posters: 'paid posters', 'shills'.",
    "troublemakers_for_posters": "'Trouble-makers' is the crime type's other half (网络水军滋事: 滋事 is stirring up "
                                 "trouble); in this sentence the 水军 make no trouble: the shop hired them to post fake "
                                 "praise. Say who they are: 'paid posters', 'shills'.",
    "passage_not_rendering": "That is a passage, not a rendering: give the few words you would put in place of 水军 "
                             "in the sentence ('paid posters').",
    "influencers_for_posters": "Influencers post under their own name to their own followers; 水军 post in bulk, "
                               "anonymously, as if they were ordinary customers.",
    "sentence_not_rendering": "That is a sentence about them (it says what they are or did), not a rendering: give "
                              "the few words you would put in place of 水军 in the sentence ('paid posters').",
    "unpaid_for_hired": "Volunteers, fans and supporters post for free, of their own accord; these 水军 were hired "
                        "(雇佣) by the shop: say that they were paid to post ('paid posters', 'shills').",
    "shuijun_ideas_missing": "gave words that say neither that they were hired nor that they post: the verdict quotes "
                             "them and names both ideas missing",
    "rival_for_shop": "In this sentence the shop itself hired the 水军 (某网店雇佣水军), to praise its own goods; a "
                      "rival or competitor paying them to smear someone is the crime type's usual story, not this "
                      "sentence's. Say who they are: people the shop hired to post ('paid posters', 'shills').",
}


@judge({**Q12_MISCONCEPTIONS, **RENDERING_FORMS})
def _judge_shuijun(value) -> Outcome:
    said_words = _rendering(value, "水军", "shuijun")
    if isinstance(said_words, Outcome):
        return said_words

    named = _naming(Q12_MISCONCEPTIONS)

    if len(value) > _LONGEST_RENDERING_TEXT:
        return named("passage_not_rendering")
    water_army = "water" in said_words and said(said_words, ("army", "armies"))
    if retracted(value) or any(negated_at(said_words, i) for i, w in enumerate(said_words)
                               if w.startswith(_POSTERS) or _is_one_word(w)):
        return incorrect(f"{value!r} takes back its own words: it says what 水军 are not. The shop did hire people "
                         "to post: say so, without the denial ('paid posters', 'shills').", "rendering_denied")
    if "?" in value:
        return named("not_one_rendering")
    if len(said_words) > _LONGEST_RENDERING:
        return named("passage_not_rendering")
    if negated(said_words, _PAID):
        return named("payment_denied")
    if (said(said_words, _NAVY) or said(said_words, _SEA_SOLDIERS)) and not water_army:
        return named("literal_navy")
    if said(said_words, ("warrior",)):
        return named("keyboard_warriors")
    if said(said_words, ("troll",)):
        return named("troll_gloss_misleads" if said(said_words, _PAID) else "trolls_not_paid")
    rest = [w for w in said_words if w not in ("water", "army", "armies")]  # 'water' reads as 'rater' to a typo
    if water_army and not (said(rest, _PAID) or said(rest, _POSTERS)):
        return named("water_army_calque")
    if said(said_words, _OTHER_PARTY):
        return named("rival_for_shop")
    if _a_sentence(said_words):
        return named("sentence_not_rendering")
    if said(said_words, _ATTACKERS) or "mob" in said_words:  # 'paid accounts posting abuse': they attack, not praise
        return named("attackers_for_posters")
    if _one_word_for_them(said_words) or (said(said_words, _PAID) and said(said_words, _POSTERS)):
        if len(_beyond_who_they_are(said_words)) >= 3:  # a sentence that uses the words (a case's clue, review round 9)
            return named("passage_not_rendering")
        return correct(f"{value!r}: people hired to post, which is what this shop bought.")
    if "sock" in said_words or "socks" in said_words:
        return named("sock_alone")
    if any(w in _MACHINES for w in said_words):
        return named("bots_for_people")
    if said(said_words, ("fifty", "wumao", "propagand")) or "cent" in said_words:
        return named("state_commenters")
    if said(said_words, _POSTERS):
        return incorrect(f"Say that they were hired: {' '.join(said_words)!r} names people who post, with nothing "
                         "about payment, so it reads as people posting of their own accord (genuine customers, "
                         "volunteers).", "hired_left_out")
    if said(said_words, ("farm",)) and said(said_words, _WRITINGS):  # review round 13, F3: 'review farm'
        return correct(f"{value!r}: the operation of hired posters, which is what this shop bought. (The people in "
                       "it are the 水军: 'paid reviewers' names them.)")
    if said(said_words, _WRITINGS):
        return named("writing_for_writers")
    if said(said_words, _POSING) and said(said_words, _CUSTOMERS) and len(said_words) <= 3:  # round 14, A6
        return correct(f"{value!r}: people posing as customers, which is what this shop hired them to be. ('Paid "
                       "posters' also says that they were hired.)")
    for stems, code in ((("trouble", "provocat", "agitat", "stirr", "rabble"), "troublemakers_for_posters"),
                        (("hack", "cracker"), "hackers_for_posters"), (("spam",), "spam_for_reviews"),
                        (("gang", "criminal", "mafia", "crook", "syndicate", "fraudster", "scammer", "swindler",
                          "racketeer", "thug", "conman", "cheat"), "crime_type_for_people"),
                        (("customer", "buyer", "shopper", "consumer", "client", "patron"), "genuine_customers"),
                        (("volunteer", "fans", "supporter", "enthusiast", "amateur", "admirer", "follower", "unpaid",
                          "devotee", "well wisher", "wellwisher"), "unpaid_for_hired"),
                        (("influencer", "blogger", "celebrit", "kol", "streamer", "vlogger", "youtuber"),
                         "influencers_for_posters")):
        if said(said_words, stems):
            return named(code)
    if "fan" in said_words or said(said_words, ("free", "voluntar", "own accord")):
        return named("unpaid_for_hired")
    if said(said_words, _PAID) and len(said_words) <= 2:  # after every word for people (round 14, A6: 'paid spammers')
        engaged = next(w for w in said_words if said([w], _PAID))  # review round 18: 'click farm' was told about
        return incorrect(f"{_quoted(value)}: {engaged!r} says how they were engaged, not who they are: add the "  # 'paid'
                         "people and what they do ('paid posters', 'hired reviewers').", "people_left_out")
    return incorrect(f"{_quoted(value)} says neither of the two things 水军 are in this sentence: people hired (雇佣) "
                     "by the shop, and people who post (here, fake praise). Say who they are and what they were hired "
                     "to do: post in bulk.", "shuijun_ideas_missing")


q12 = Question(
    id="q12",
    reads=("shuijun",),
    judge=_judge_shuijun,
    hints=["What did the shop hire them to do? Would an English reader call people who post praise 'trolls'?",
           "Combine 'hired' or 'paid' with what they do: post, comment, review."],
    explanation=("水军 (literally 'navy', 'water army') is slang for people hired to post in bulk. The glossary's "
                 "'paid troll' fits the crime type 网络水军滋事, where they smear and stir trouble; in this sentence "
                 "they write fake five-star reviews, so 'paid posters', 'fake reviewers' or 'shills' says what they "
                 "did and 'trolls' misleads. A glossary gives a word's usual sense; the sentence decides."),
)

# ----------------------------------------------------------------------------
# q13: the lesson's checklist on a figure it did not show (objective o7, graded)
# ----------------------------------------------------------------------------
# A sentence made up for this question (not a real figure, and in no table), in the style of a provincial
# police report: the checklist's answers must be read from its words, not looked up.
CHECKLIST_SENTENCE = "某省公安厅1月5日通报：去年全年，全省公安机关共抓获网络水军犯罪嫌疑人1.3万余名。"
CHECKLIST_ENGLISH = ("A provincial public security department reported on 5 January: over the whole of last year, "
                     "the province's police apprehended 1.3万余 suspects of paid-troll (网络水军) crime.")
# The checklist's questions; their right labels are sealed (#19): instructor/lesson01_key.py types them with the
# words of the sentence that decide each, and the judge finds each label among CHECKLIST_LABELS only while judging.
CHECKLIST_KEYS = ("what", "period", "scope", "precision", "kind")
CHECKLIST_LABELS = {
    "what": ("suspects apprehended", "people convicted", "crimes committed", "victims"),
    "period": ("one year", "to date", "one day", "not stated"),
    "scope": ("national", "one province"),
    "precision": PRECISIONS,
    "kind": KIND_LABELS,
}
_CHECKLIST_OPTIONS = tuple(dict.fromkeys(label for labels in CHECKLIST_LABELS.values() for label in labels))
_CHECKLIST_JUDGE = labelled(
    sealed.labels_finder(sealed.Key("01/q13"), CHECKLIST_KEYS, _CHECKLIST_OPTIONS), labels=_CHECKLIST_OPTIONS,
    labels_by_key=CHECKLIST_LABELS,
    aliases={**PRECISION_ALIASES,
             "apprehended": "suspects apprehended", "suspects": "suspects apprehended",
             "suspects caught": "suspects apprehended", "caught": "suspects apprehended",
             "people apprehended": "suspects apprehended", "arrested": "suspects apprehended",
             "convicted": "people convicted", "criminals": "people convicted", "crimes": "crimes committed",
             "suspects arrested": "suspects apprehended", "arrested suspects": "suspects apprehended",
             "last year": "one year", "year": "one year", "12 months": "one year", "annual": "one year",
             "yearly": "one year",
             "calendar year": "one year", "running total": "to date", "cumulative": "to date",
             "province": "one province", "provincial": "one province",
             "whole country": "national", "nationwide": "national", "country": "national",
             "activity": "enforcement activity", "police activity": "enforcement activity",
             "police work": "enforcement activity", "enforcement": "enforcement activity",
             "5 january": "one day", "january 5": "one day", "day of the report": "one day",
             "unknown": "not stated", "unclear": "not stated", "missing": "not stated"},
    slips={
        ("suspects apprehended", "people convicted"): (
            "apprehended_as_convicted", "抓获 counts people the police caught; no court has judged them yet."),
        ("suspects apprehended", "crimes committed"): (
            "suspects_as_crimes", "The sentence counts people (名, suspects), not crimes: one crime can have many "
            "suspects, and many crimes are never solved."),
        ("suspects apprehended", "victims"): (
            "suspects_as_victims", "犯罪嫌疑人 are suspects, the people accused, not the people harmed."),
        ("one year", "to date"): (
            "year_as_running_total", "去年全年 is the whole of last year, a closed period that ended before the "
            "report, not a running total up to the day of the report."),
        ("one year", "one day"): (
            "report_date_as_period", "5 January is when the figure was reported, not the period it counts "
            "(去年全年, the whole of last year)."),
        ("one year", "not stated"): (
            "period_missed", "The sentence does state its period: 去年全年, the whole of last year."),
        ("one province", "national"): (
            "province_as_national", "全省 is 'the whole province': one province's police, not the country's."),
        ("lower bound", "exact"): (
            "lower_bound_as_exact", "余 after a number means 'more than': 1.3万余 is at least 13,000, a floor."),
        ("lower bound", "rounded"): (
            "lower_bound_as_rounded", "1.3万 alone would be rounded, but 余 ('more than') makes it a floor: the "
            "true count is at least 13,000."),
        ("enforcement activity", "outcome"): (
            "activity_as_crime_level", "Suspects caught count police work: more arrests can mean more policing "
            "as well as more crime."),
        ("enforcement activity", "trend"): (
            "activity_as_trend", "One count for one year, compared with nothing: no trend."),
        ("enforcement activity", "plan"): (
            "activity_as_plan", "The suspects were caught last year: done, not planned."),
    })


def _checklist_keys_read(value):
    """The student's keys read fairly: 'Period', ' scope ' or 'Precision:' for the checklist's own keys."""
    if not isinstance(value, dict):
        return value
    read = {}
    for key, item in value.items():
        plain_key = re.sub(r"[^a-z]", "", str(key).casefold())
        read[plain_key if plain_key in CHECKLIST_KEYS else key] = item
    return read


def _judge_checklist(value) -> Outcome:
    read = _checklist_keys_read(value)
    upper = _upper_bound_given({k: v for k, v in read.items() if k == "precision"} if isinstance(read, dict) else read)
    return upper if upper is not None else _CHECKLIST_JUDGE(read)


q13 = Question(
    id="q13",
    reads=("checklist",),
    judge=Judge(_judge_checklist, {**_CHECKLIST_JUDGE.misconceptions, UPPER_BOUND[0]: UPPER_BOUND[1]}),
    parts=each_item(CHECKLIST_KEYS, sealed.labels_finder(sealed.Key("01/q13"), CHECKLIST_KEYS, _CHECKLIST_OPTIONS),
                    _CHECKLIST_JUDGE, 0.2),  # a fifth of a point each
    points=1,
    hints=[
        "Read the sentence piece by piece: 抓获犯罪嫌疑人 (what), 去年全年 (when), 全省 (where), 1.3万余 (how "
        "precise), and who is speaking about whose work (kind).",
        "全年 is 'the whole year'; 全省 'the whole province'; 余 after a number 'more than'.",
    ],
    explanation=("Suspects apprehended (people caught, not convicted, and not crimes), over one closed year (去年全年), "
                 "by one province's police (全省), at least 13,000 (余: a lower bound), reported by the police about "
                 "their own work (enforcement activity). The checklist works on any figure: the answers are in "
                 "the words around the number."),
)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13]


# ----------------------------------------------------------------------------
# In-lesson "your turn" checks (notebooks/01): one every 15 minutes or so.
# Their prompts and worked solutions are typed here: the lesson notebook asks
# them with a placeholder, and the solutions notebook shows each worked.
# ----------------------------------------------------------------------------
def _july_to_year_end() -> float:
    """Days from the July operation's start to 31 December, both ends counted: past the press conference."""
    figures = data.release_figures()
    start = figures.loc[figures["subset"] == "July operation"].iloc[0]["period_start"]
    return float((pd.Timestamp(start.year, 12, 31) - start).days + 1)


def _campaign_days() -> float:
    """Days of the whole campaign, both ends counted: the period of the campaign's rows, not July's."""
    figures = data.release_figures()
    row = figures.loc[figures["subset"] == "campaign to date"].iloc[0]
    return float((row["period_end"] - row["period_start"]).days + 1)


def _july_to_november_start() -> float:
    """Days from the July operation's start to the November operation's, both ends counted: one end too early."""
    figures = data.release_figures()
    start = figures.loc[figures["subset"] == "July operation"].iloc[0]["period_start"]
    november = figures.loc[figures["subset"] == "November operation"].iloc[0]["period_start"]
    return float((november - start).days + 1)


def _november_days() -> float:
    figures = data.release_figures()
    row = figures.loc[figures["subset"] == "November operation"].iloc[0]
    return float((row["period_end"] - row["period_start"]).days + 1)


def _yt1_judge() -> Judge:
    """yt1's judge; its key, the days the July operation's figures can cover (both ends counted), is worked out
    inside it (kept under no name, #19). A Timedelta of whole days is read by its days (day_counts)."""
    def key() -> float:
        figures = data.release_figures()
        row = figures.loc[figures["subset"] == "July operation"].iloc[0]
        return float((row["period_end"] - row["period_start"]).days + 1)

    return days_or_timedelta(number(key, misconceptions=[
        Misconception("end_not_counted", "You subtracted the dates but did not add 1: counting both ends, "
                      "1 to 1 July is one day.", lambda: key() - 1),
        Misconception("november_not_july", "That is the November operation's period; the question asks about July.",
                      _november_days),
        Misconception("november_end_not_counted", "That is the November operation's period, without its last day.",
                      lambda: _november_days() - 1),
        Misconception("to_year_end", "That runs to 31 December. The figures were given at the press conference "
                      "on 24 December, so they cannot cover any day after it.", either_end(_july_to_year_end)),
        Misconception("july_month_only", "That is the month of July alone (31 days, 30 without its last day). The "
                      "operation was deployed in July; its figures run to the press conference on 24 December.",
                      either_end(lambda: 31.0)),
        Misconception("whole_year_guessed", "That is a whole year (365 days, or 366). The July operation's "
                      "figures run from 1 July to the press conference on 24 December: count the days between those "
                      "dates (subtract them, .days, plus 1).", lambda: [365.0, 366.0, 364.0]),
        Misconception("months_not_days", "That counts months (July to December); the question asks for days: "
                      "subtract the dates and use .days.", lambda: 6.0),
        Misconception("weeks_not_days", "That is the period in weeks (the days divided by 7); the question asks for "
                      "days: .days of the difference, plus 1.", lambda: key() / 7, rel_tol=0.01),
        Misconception("campaign_period", "That is the whole campaign's period (from 1 November 2019); the "
                      "question asks about the July operation's, from 1 July 2020.",
                      lambda: [_campaign_days(), _campaign_days() - 1]),
        # review round 11: 124 was 'too low' with no name
        Misconception("to_november_start", "That runs from 1 July to 1 November, when the November operation "
                      "began: the July operation's figures run on to the press conference on 24 December.",
                      lambda: [_july_to_november_start(), _july_to_november_start() - 1]),
        # review round 14, A5: 153 was 'too low' with no name
        Misconception("to_november_end", "That runs from 1 July to the end of November (or to 1 December), as if "
                      "the figures stopped when November's operation ended: they run on to the press conference on "
                      "24 December.", either_end(lambda: _july_to_november_start() + 30)),
    ]))


yt1 = Question(
    id="yt1",
    reads=("july_days",),
    judge=_yt1_judge(),
    hints=["Filter the rows with subset == 'July operation' and compute period_end - period_start.",
           "`.dt.days` gives whole days; add 1 so that both ends count."],
    solution_code=("july = figures[figures['subset'] == 'July operation']\n"
                   "july_days = ((july['period_end'] - july['period_start']).dt.days + 1).iloc[0]"),
    explanation=("From 1 July 2020 (the release gives the month only) to the press conference on 24 December: "
                 "177 days, the widest period the text allows."),
)


def _yt2_judge() -> Judge:
    """yt2's judge; its key, the apprehended not detained, is worked out inside it."""
    def key() -> float:
        return _f("suspects_apprehended") - _f("suspects_detained")

    return number(key, misconceptions=[
        Misconception("added_apprehended_detained", "You added the two. The detained are among the apprehended: "
                      "subtract to find those who were not detained.",
                      lambda: _f("suspects_apprehended") + _f("suspects_detained")),
        Misconception("subtracted_wrong_way", "Negative: you took the apprehended from the detained. The larger "
                      "group is the apprehended.", lambda: -key()),
        Misconception("wan_as_thousand", "万 is ten thousand, not a thousand: 1.7万 - 1.64万 is 0.06万, 600.",
                      lambda: key() / 10),
        Misconception("left_in_wan", "That is the answer in 万; give it in people (multiply by 10,000).",
                      lambda: key() / 10_000),
        Misconception("share_not_count", "That is the share of the apprehended who were not detained; the question "
                      "asks how many people: the difference itself.",
                      lambda: key() / _f("suspects_apprehended"), rel_tol=1e-2),
    ], family=Family(table=release_figures(), figures=release_ids("suspects_apprehended", "suspects_detained"),
                     others=merged(release_figures(unit="suspects"), release_ids("cases_solved"))))


yt2 = Question(
    id="yt2",
    reads=("not_detained",),
    judge=_yt2_judge(),
    hints=["The detained are a subset of the apprehended.",
           "data.figure('suspects_apprehended') - data.figure('suspects_detained')"],
    solution_code="not_detained = data.figure('suspects_apprehended') - data.figure('suspects_detained')",
    explanation=("600 from the printed figures. Both are rounded (1.7万 to the nearest thousand, 1.64万 to the "
                 "nearest hundred), so the true difference could be anywhere from about 50 to about 1,150: a "
                 "difference of rounded numbers is much less precise than either."),
)


# yt3: a figure in 万 from a report on paid trolls (Xinhua, 8 September 2022; see PRINTED_SOURCES), in no table:
# its value is worked out from the printed text by the lesson's rule, never read off a column.
YT3_PRINTED = "解散涉案网络群组6.3万个"  # 'dissolved 6.3万 online groups involved in the cases'


def _yt3_judge() -> Judge:
    """yt3's judge; its key, the printed figure read by the lesson's rule, is worked out inside it."""
    def key() -> float:
        return parse_figure(YT3_PRINTED).value

    return number(key, misconceptions=wan_misreadings(key, "6.3"))


yt3 = Question(
    id="yt3",
    reads=("groups_2022",),
    judge=_yt3_judge(),
    hints=["万 is 10,000.", "6.3 x 10_000"],
    solution_code="groups_2022 = 6.3 * 10_000",
    explanation="6.3万 = 63,000 groups, rounded to the nearest thousand (as printed).",
)


def _example_gangs(place: str) -> float:
    return _f(f"{place}_gangs_eliminated")


def _yt4_judge() -> Judge:
    """yt4's judge; its key, Guangdong's example as a share of the national gangs, is worked out inside it."""
    def key() -> float:
        return _example_gangs("guangdong") / _f("gangs_eliminated")

    return number(key, rel_tol=5e-3, misconceptions=[
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1 (divide by 100).",
                      lambda: 100 * key(), rel_tol=5e-3),
        Misconception("percent_not_share", "That looks like the percentage, rounded; give the share between 0 and 1 "
                      "(divide by 100), to two significant figures.", lambda: round(100 * key()),
                      rel_tol=1e-9),
        Misconception("rounded_to_one_figure", "That is the share rounded to one significant figure; give two "
                      "significant figures.", lambda: float(f"{key():.1g}"), rel_tol=1e-9),
        Misconception("divided_wrong_way", "A share above 1 means the part is on the bottom: Guangdong goes on top.",
                      lambda: 1 / key(), rel_tol=5e-3),
        Misconception("wrong_example", "That is Jiangsu's example (57 gangs), not Guangdong's (51).",
                      lambda: _example_gangs("jiangsu") / _f("gangs_eliminated"), rel_tol=5e-3),
        Misconception("wrong_example", "That is Zhejiang's example, not Guangdong's (51 gangs).",
                      lambda: _example_gangs("zhejiang") / _f("gangs_eliminated"), rel_tol=5e-3),
        Misconception("wrong_example", "That is Guangxi's example, not Guangdong's (51 gangs).",
                      lambda: _example_gangs("guangxi") / _f("gangs_eliminated"), rel_tol=5e-3),
        Misconception("november_as_whole", "You divided by the November operation's gangs; the whole is the "
                      "national count for the campaign.",
                      lambda: _example_gangs("guangdong") / _f("november_gangs_eliminated"), rel_tol=5e-3),
        Misconception("examples_as_whole", "You divided by the four provincial examples' gangs (159): that is "
                      "Guangdong's share of the examples, not of the national count.",
                      lambda: _example_gangs("guangdong") / _total_of("provincial example", "gangs"), rel_tol=5e-3),
        Misconception("rounded_too_far", "0 is the share rounded away: it is about 0.029, so keep two significant "
                      "figures.", lambda: 0.0, rel_tol=1e-9),
        # round 15: 0.0904 (the four examples' 159 gangs over the national 1,759) was 'too high' with no name
        Misconception("every_example_as_part", "That is the four provincial examples' gangs together (159) over the "
                      "national count: the share of every example, where Guangdong's alone is asked. Keep its row "
                      "only (guangdong_gangs_eliminated).",
                      lambda: _total_of("provincial example", "gangs") / _f("gangs_eliminated"), rel_tol=5e-3),
    ], family=Family(table=release_figures(), figures=release_ids("guangdong_gangs_eliminated", "gangs_eliminated"), asks="share",
                     others=release_figures(unit="gangs")))


yt4 = Question(
    id="yt4",
    reads=("guangdong_share",),
    judge=_yt4_judge(),
    hints=["Share = part / whole: Guangdong's example over the national gangs.",
           "data.figure('guangdong_gangs_eliminated') / data.figure('gangs_eliminated')"],
    solution_code="guangdong_share = data.figure('guangdong_gangs_eliminated') / data.figure('gangs_eliminated')",
    explanation=("About 0.029 (3%). One named line of work in one province, chosen by the ministry as an "
                 "example: not Guangdong's whole campaign, and not a ranking."),
)

YT5_OPTIONS = ("a", "b", "c", "d")
yt5 = Question(
    id="yt5",
    reads=("recorded_reading",),
    judge=choice("b", YT5_OPTIONS, wrong={
        "a": "发案数 counts recorded cases, not crimes: a fall can come from less reporting or less detection.",
        "c": "A fall during a campaign is not proof the campaign caused it: there is no comparison with what "
             "would have happened otherwise.",
        "d": "The 86% belongs to another statement, the suspected trap-loan lenders; the release gives no size "
             "for the fall in recorded sextortion cases.",
    }, codes={"a": "recorded_as_crime_level", "c": "fall_proves_cause", "d": "figure_from_other_statement"}),
    hints=["发案数 counts cases the police recorded. What else, besides crime, changes that count?"],
    solution_code="recorded_reading = 'b'",
    explanation=("Recorded cases depend on victims reporting and on police finding cases (the release names a "
                 "case-linking system built for these cases). A fall can be less crime, less reporting or less "
                 "detection; the figure alone cannot tell which."),
)


YT6_OPTIONS = ("a", "b", "c", "d")
yt6 = Question(
    id="yt6",
    reads=("xiansuo",),
    judge=choice("b", YT6_OPTIONS, wrong={
        "a": "A lead is not a crime: many leads come to nothing and several can point to one case (串并 links "
             "them). A clear-up rate needs recorded crimes on the bottom, and the sentence gives none.",
        "c": "Too strong: 线索 are leads to follow up, not evidence; many turn out to be nothing.",
        "d": "线索 are leads (pieces of information), not people: the sentence counts no suspects.",
    }, codes={"a": "lead_as_case", "c": "lead_as_evidence", "d": "lead_as_suspect"}),
    hints=["Look up 线索 in data.glossary(): is a 线索 a confirmed case?",
           "And 串并: what does linking do to the number of cases compared with the number of leads?"],
    solution_code="xiansuo = 'b'",
    explanation=("线索 are leads: information the police follow up. Many come to nothing, and 串并 links several "
                 "into one case. 300 leads and 12 cases both count police work; neither counts crimes, so no "
                 "clear-up rate follows from them (and Zhejiang's 470 leads say nothing of how many crimes there were)."),
)


YT7_OPTIONS = ("a", "b", "c", "d")
yt7 = Question(
    id="yt7",
    reads=("unanswered",),
    judge=choice("c", YT7_OPTIONS, wrong={
        "a": "The report names its source: China News Service, 26 July 2022, reporting the police.",
        "b": "万 is printed: 2.2万 is 22,000 suspects, a unit you can read.",
        "d": "249 is printed to the last unit: exact as printed.",
    }, codes={"a": "source_given_as_missing", "b": "unit_given_as_missing", "d": "precision_given_as_missing"}),
    hints=["Go through the checklist: who, what, unit, period, where, precision.",
           "'Since ...' fixes the end (the report's date). Does it fix the start?"],
    solution_code="unanswered = 'c'",
    explanation=("'Since the fight became regular' gives no start date in the sentence (another report dates "
                 "the change to 2021: data/release_sources.csv S04), so the period must be looked up or "
                 "marked as assumed, as for the 2020 totals."),
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5, yt6, yt7]
