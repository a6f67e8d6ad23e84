"""Lesson 02 questions: charting the campaign honestly.

Chart answers are judged from their Vega-Lite spec by ``chart.chart``. The
mistakes this lesson is about, putting different units on one axis and
stacking a subset on top of the set it belongs to, need to look at the chart's
data as well as its encodings: the rules below do that, through the engine's
one spec walker (``vegalite.views``). A chart's title and description are
claims too: each question declares the claims its figure cannot support
(``CLAIMS`` below, read by ``claims.claim_rule``), and what its words must
state. Every expected value comes from ``netcrime.data``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path, PurePath

import pandas as pd

from .. import data
from .claim_words import (CRIME_CORE, EFFORT_OR_AGENT, FOUGHT, GANG_PLAIN, NUMBER, OBJECT_OF_ACTIVITY, PEOPLE, arrested_patterns, convicted_patterns, convicted_question_patterns, credited_patterns, none_left_question_patterns, counted_as_crime_patterns, crime_fell_patterns,
                          index_as_count_patterns, nationwide_patterns, releases_trend_patterns,
                          unmentioned_as_zero_patterns, majority_share_patterns,
                          every_province_patterns, ranked_patterns, ranked_question_patterns, victims_patterns,
                          comparison_patterns, coverage_patterns, counted_question_patterns, trend_question_patterns,
                          victims_question_patterns, coverage_question_patterns, none_left_patterns)
from .chart_numbers import numbers_rule
from .claims import Claim, chart_texts, claim_rules, required_statement
from .statement_words import INDEX, PERIODS, SELECTION
from .summed_words import Sum, summed_rule, unreported_rule
from .supported_words import Supports, supports
from .day_counts import days_or_timedelta, whole_days
from . import chart_interaction, counted
from .controls import FIXED, FREE_TEXT, control_of, views as control_views
from .exported import (EMPTY as EMPTY_FILE, HTML as HTML_FILE, PDF as PDF_FILE, PNG as PNG_FILE, SPEC as SPEC_FILE,
                       SVG as SVG_FILE, drawn_size, read_saved, same_shape, title_of)
from .judge import Judge, judge
from .outcome import GENERIC_CODES, INCORRECT, Outcome, correct, incorrect, not_attempted, wrong_type
from .chart_rows import Unfollowable, d3_format, js_text, predicate
from .vegalite import (MISSING_ROWS, SHARED_CODES, SPEC_AS_DICT, TRUNCATED_AXIS, UNSORTED, chart, dates_collapsed, drawn_order, drawn_values,
                       every_problem, figure_rules, text_shows,
                       figure_text, numbers, same_sort, second_axis, spec_given_as_dict, spec_of, views)
from .compare import Misconception, Rule, choice, number
from .chart_words import chart_and_words, recorded_chart, words_read  # noqa: F401 (chart_and_words: the lesson's older name)
from .question import Question, never_returned
from .slips import TYPED_THE_ANSWER as TYPED_WRONG
from .other_unit_rows import (SHARE_IN_ANOTHER_UNIT as UNIT_SHARE_CODE,
                              SHARE_IN_ANOTHER_UNIT_DESCRIPTION as UNIT_SHARE_DESCRIPTION, share_in_another_unit)
from .values import close, describe, is_number, is_placeholder, with_article

# Misconception codes of this lesson (the engine's shared ones are in vegalite.py).
MIXED_UNITS = "mixed_units"
SHARED_SCALE = "shared_scale_across_units"
STACKED_SUBSET = "stacked_subset"
DATE_AS_CATEGORY = "date_as_category"
DECLINE_AS_REMAINING = "decline_as_remaining"


# ----- lesson-specific rules: each spots one mistake in a chart's spec ------------

def _unit_by_value() -> dict[float, str]:
    """The unit of each value the release prints, for values that belong to one unit only."""
    figures = data.release_figures()
    found: dict[float, set] = {}
    for value, unit in zip(figures["value"], figures["unit"]):
        found.setdefault(float(value), set()).add(str(unit))
    return {value: units.pop() for value, units in found.items() if len(units) == 1}


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, str]:
    """A word a row's label may hold -> the one unit it names: each unit's own name ('suspects', 'suspect') and the
    last word of each figure's id ('apprehended', 'detained', 'solved', 'issued'), where that word has one unit."""
    figures = data.release_figures()
    found: dict[str, set] = {}
    for figure_id, unit in zip(figures["id"], figures["unit"]):
        unit = str(unit)
        for word in (figure_id.split("_")[-1], unit, _singular(unit)):
            found.setdefault(word.lower(), set()).add(unit)
    return {word: units.pop() for word, units in found.items() if len(units) == 1}


def _row_unit(row: dict, field: str, known: dict[float, str]) -> str | None:
    """A row's unit: its 'unit' column; else the one unit its label's words name ('apprehended, not detained':
    suspects); else the unit of the release figure its value matches. The label comes before the value (review round
    16, C14: a row of 600 suspects 'apprehended, not detained' was read as the release's 600 reminders)."""
    if row.get("unit") is not None:
        return str(row["unit"])
    words = _unit_words()
    named = {words[w] for key, text in row.items() if key != field and isinstance(text, str)
             for w in re.findall(r"[a-z]+", text.lower()) if w in words}
    if len(named) == 1:
        return named.pop()
    value = row.get(field)
    return known.get(float(value)) if is_number(value) else None


def _drawn_units(spec: dict):
    """(view, channel, the unit of each row it draws) for each view with a quantitative axis and rows to read."""
    known = None
    for view in views(spec):
        channel, given = view.quantitative()
        if channel is None or not view.rows:
            continue
        if known is None and not all("unit" in r for r in view.rows):
            known = _unit_by_value()
        yield view, channel, [_row_unit(r, given["field"], known or {}) for r in view.rows]


def _unit_views(spec: dict):
    """(view, units, channel, separated) for each view whose quantitative axis draws rows of several units.

    ``separated``: the view's panels (row=, column=, facet=) give each unit a panel of its own.
    """
    for view, channel, units_of in _drawn_units(spec):
        units = sorted({u for u in units_of if u is not None})
        if len(units) < 2:
            continue
        panels: dict[tuple, set] = {}
        for row, unit in zip(view.rows, units_of):
            key = tuple(str(row.get(f)) for f in view.facet_fields if f)
            panels.setdefault(key, set()).add(unit)
        separated = any(view.facet_fields) and all(len(u - {None}) <= 1 for u in panels.values())
        yield view, units, channel, separated


def _pooled_units(spec: dict):
    """(kind, units, channel) where views of ONE unit each still draw several units on one scale, however the chart
    is composed: "plot" for the views of one layer (``alt.layer(gangs, suspects)``, ``a + b``: one plot, one axis,
    unless the layer resolves that axis independently: a second axis, ``second_axis``'s mistake), "panels" for
    views in separate panels (a concatenation) whose scale is resolved ``shared``. Views that mix units by
    themselves are ``_unit_views``'s."""
    plots: dict[tuple, list] = {}
    panels: dict[str, list] = {}
    for view, channel, units_of in _drawn_units(spec):
        units = {u for u in units_of if u is not None}
        if len(units) != 1:
            continue
        if view.layer is not None and (((view.layer_resolve or {}).get("scale") or {}).get(channel) != "independent"):
            plots.setdefault((view.layer, channel), []).append((view, units))
        if ((view.resolve or {}).get("scale") or {}).get(channel) == "shared" and not any(view.facet_fields):
            panels.setdefault(channel, []).append((view, units))
    for (_layer, channel), members in plots.items():
        pooled = sorted(set().union(*(u for _v, u in members)))
        if len(pooled) > 1:
            yield "plot", pooled, channel
    for channel, members in panels.items():
        pooled = sorted(set().union(*(u for _v, u in members)))
        if len(pooled) > 1:
            yield "panels", pooled, channel


def _spot_mixed_units(spec: dict):
    for _view, units, _channel, separated in _unit_views(spec):
        if not separated:
            return _mixed_message(units)
    for kind, units, _channel in _pooled_units(spec):
        if kind == "plot":
            return _mixed_message(units, " (the layers draw them on one plot, so they share its axis)")
    return None


def _mixed_message(units: list, how: str = "") -> str:
    """Said with the chart's own units (review round 13, M2: yt1's items, platforms and reminders were told about
    gangs and yuan)."""
    named = [with_article(_singular(str(u))) for u in units]
    listed = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]
    return (f"One axis mixes {len(units)} units ({', '.join(units)}){how}. {listed[0].upper() + listed[1:]} cannot "
            "share one scale: the largest unit's bars dwarf the rest and the lengths mean "
            "nothing side by side. Give each unit its own panel (row='unit:N') or its own chart.")


def _singular(unit: str) -> str:
    """'gangs' -> 'gang', 'yuan' -> 'yuan', 'items' -> 'item' (the units' own names, as the data spells them)."""
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


def _shared_message(channel: str, how: str = "") -> str:
    return (f"Each unit has its own panel, but the panels share one {channel} scale{how}, so the largest "
            "unit's figure still squashes the others to nothing. Add "
            f".resolve_scale({channel}='independent').")


def _spot_shared_scale(spec: dict):
    for view, _units, channel, separated in _unit_views(spec):
        if not separated:
            return None  # mixed units: the rule above speaks first
        scales = (view.resolve or {}).get("scale") or {}
        if scales.get(channel) != "independent":
            return _shared_message(channel)
    pooled = list(_pooled_units(spec))
    if any(kind == "plot" for kind, _u, _c in pooled):
        return None  # mixed units on one plot: the rule above speaks first
    for _kind, _units, channel in pooled:
        return _shared_message(channel, f" (resolve_scale({channel}='shared') joins the concatenated panels' scales)")
    return None


SPLIT_COMPARED = "compared_split_apart"


def _spot_split_compared(spec: dict):
    """q1: panels by another field than the unit, which put figures of one unit (the apprehended and the detained,
    the only pair the chart may compare) in panels of their own: what is comparable no longer shares an axis."""
    known = None
    for view in views(spec):
        channel, given = view.quantitative()
        if channel is None or not view.rows or not any(view.facet_fields):
            continue
        if known is None and not all("unit" in r for r in view.rows):
            known = _unit_by_value()
        panels_of: dict[str, set] = {}
        for row in view.rows:
            unit = _row_unit(row, given["field"], known or {})
            if unit is not None:
                panels_of.setdefault(unit, set()).add(tuple(str(row.get(f)) for f in view.facet_fields if f))
        split = sorted(unit for unit, panels in panels_of.items() if len(panels) > 1)
        if split:
            fields = ", ".join(f"'{f}'" for f in view.facet_fields if f)
            return (f"The panels split the chart by {fields}, so figures of one unit ({', '.join(split)}) sit in "
                    "panels of their own, one bar each, on separate scales: the bars a reader may compare no longer "
                    "share an axis. Make one panel per unit (row='unit:N'), so that figures of one unit stand side "
                    "by side.")
    return None


def _separating_fields(view, channel: str, rows: list) -> list[str]:
    """The channels that draw ``rows`` apart (other row, offset, panel), so that they are not on one row."""
    other = "y" if channel == "x" else "x"
    found = []
    for name in (other, other + "Offset", channel + "Offset", "row", "column", "facet"):
        given = view.encoding.get(name)
        field = given.get("field") if isinstance(given, dict) else None
        if isinstance(field, str) and len({str(r.get(field)) for r in rows}) > 1:
            found.append(name)
    if not any(name in found for name in ("row", "column", "facet")):
        found += [f"panels by '{f}'" for f in view.facet_fields if f and len({str(r.get(f)) for r in rows}) > 1]
    return found


def _spot_stacked_subset(spec: dict):
    """Detained (刑拘) stacked on apprehended (抓获), although detained people are among the apprehended."""
    apprehended = data.figure("suspects_apprehended")
    detained = data.figure("suspects_detained")
    for view in views(spec):
        if view.mark not in ("bar", "area") or not view.rows:
            continue
        channel, given = view.quantitative()
        if channel is None:
            continue
        field = given["field"]
        pair = [r for r in view.rows if any(close(v, t) for v in numbers([r], field) for t in (apprehended, detained))]
        if not (any(close(v, apprehended) for v in numbers(pair, field))
                and any(close(v, detained) for v in numbers(pair, field))):
            continue
        if "stack" in given and given["stack"] in (None, False):
            continue
        if _separating_fields(view, channel, pair):
            continue  # side by side (separate rows, offsets or panels): not stacked
        total = apprehended + detained
        return ("The bars are stacked, so the chart adds detained (刑拘) to apprehended (抓获) and suggests "
                f"{total:,.0f} people. Detained suspects are among the apprehended: draw the smaller bar inside "
                f"the larger one with stack=None on {channel}.")
    return None


def _spot_date_as_category(spec: dict):
    """A date encoded as nominal or ordinal, which spaces events evenly whatever the time between them."""
    for view in views(spec):
        for channel in ("x", "y"):
            given = view.encoding.get(channel)
            if isinstance(given, dict) and str(given.get("field", "")).lower() == "date" \
                    and given.get("type") in ("nominal", "ordinal"):
                return (f"'date' is typed {given.get('type')}, so the events are spaced evenly, as if four months "
                        "and six weeks were the same gap. Type it temporal: 'date:T'.")
    return None


def _spot_decline_as_remaining(spec: dict):
    """An 86% fall drawn as 86 left, instead of 100 - 86 left."""
    decline = data.figure("trap_loan_institutions_decline")
    remaining = 100 - decline
    for view in views(spec):
        channel, given = view.quantitative()
        if channel is None or not view.rows:
            continue
        values = numbers(view.rows, given["field"])
        if any(close(v, decline) for v in values) and not any(close(v, remaining) for v in values):
            return (f"The chart draws {decline:g} as the level after the fall. A fall of {decline:g}% from the peak "
                    f"leaves {remaining:g}% of it: the index goes from 100 to {remaining:g}.")
    return None


def _spot_shared_labels(spec: dict):
    """q1: panels per unit with their own value scale, but one shared label scale: each lists every label."""
    for view, _units, channel, separated in _unit_views(spec):
        scales = (view.resolve or {}).get("scale") or {}
        if not separated or scales.get(channel) != "independent":
            return None  # mixed units or a shared value scale: the rules above speak first
        category = "y" if channel == "x" else "x"
        given = view.encoding.get(category)
        if not isinstance(given, dict) or not isinstance(given.get("field"), str) \
                or given.get("type") not in ("nominal", "ordinal") or scales.get(category) == "independent":
            continue
        panels: dict[tuple, set] = {}
        for row in view.rows:
            key = tuple(str(row.get(f)) for f in view.facet_fields if f)
            panels.setdefault(key, set()).add(str(row.get(given["field"])))
        labels = set().union(*panels.values())
        if len({frozenset(p) for p in panels.values()}) > 1:
            return (f"Each panel has its own {channel} scale, but the panels share one {category} scale, so every "
                    f"panel lists all {len(labels)} labels, most of them with no bar. The question asks for "
                    f".resolve_scale({channel}='independent', {category}='independent'): each panel then lists "
                    "only its own labels.")
    return None


mixed_units = Rule(MIXED_UNITS, "put different units (gangs, people, cases, yuan) on one axis", _spot_mixed_units)
shared_scale = Rule(SHARED_SCALE, "gave panels of different units one shared scale", _spot_shared_scale)
split_compared = Rule(SPLIT_COMPARED, "split figures of one unit (the bars to compare) into panels of their own, "
                      "on separate scales", _spot_split_compared)
stacked_subset = Rule(STACKED_SUBSET, "stacked a subset (detained) on top of the set it belongs to (apprehended)",
                      _spot_stacked_subset)
date_as_category = Rule(DATE_AS_CATEGORY, "typed a date as a category, losing the spacing of time",
                        _spot_date_as_category)
decline_as_remaining = Rule(DECLINE_AS_REMAINING, "drew an 86% fall as 86 remaining", _spot_decline_as_remaining)
shared_labels = Rule("shared_label_axis", "kept one label scale for every panel (resolve_scale without the label "
                     "channel independent), so each panel lists every label", _spot_shared_labels)


# ----- rules every bar question shares: the baseline and forbidden layouts ------------

def _scale_bounds(scale: dict) -> tuple[float | None, float | None]:
    """(lowest, highest) value an explicit scale domain shows, None where it is not set."""
    low = high = None
    domain = scale.get("domain")
    raw = scale.get("domainRaw")  # round 12: a domain written as an expression, "[10, 100]", cuts a baseline too
    if isinstance(raw, dict) and isinstance(raw.get("expr"), str):
        found = re.fullmatch(r"\s*\[\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*\]\s*", raw["expr"])
        if found:
            domain = [float(found.group(1)), float(found.group(2))]
    if isinstance(domain, list) and len(domain) == 2:
        low, high = domain
    low = scale.get("domainMin", low)
    high = scale.get("domainMax", high)
    return (float(low) if is_number(low) else None, float(high) if is_number(high) else None)


LENGTH_MARKS = ("bar", "area", "rect")  # read by their length from a baseline
POSITION_MARKS = ("point", "circle", "square", "tick", "text", "rule")  # read by their place on a scale


def _spot_cut_baseline(spec: dict):
    """A bar's length cut by any means: a domain not starting at 0, a clamp, a log scale, a bar base off zero.

    Points (where a question lets the student choose them) are read by their place on the scale:
    a domain that starts above zero, or ends below the largest figure, moves them apart just as it
    shortens bars. (``zero=False`` alone is the engine's own check; a calculate that shifts every
    figure is ``figure_rules``'.)
    """
    config_zero = ((spec.get("config") or {}).get("scale") or {}).get("zero")
    for view in views(spec):
        if view.mark not in LENGTH_MARKS + POSITION_MARKS:
            continue
        things = "bar" if view.mark in LENGTH_MARKS else "mark"
        for channel in ("x", "y"):
            given = view.encoding.get(channel)
            if not isinstance(given, dict) or given.get("type") != "quantitative":
                continue
            scale = given.get("scale") if isinstance(given.get("scale"), dict) else {}
            if scale.get("type") in ("log", "symlog", "sqrt", "pow") and view.mark in LENGTH_MARKS:
                return (f"The {channel} scale is {scale['type']}: a bar's length is then no longer proportional "
                        "to its value (a log axis has no zero at all). Bars need a linear scale from zero; "
                        "for a log scale, draw points instead of bars.")
            low, high = _scale_bounds(scale)
            if low is not None and low > 0:
                clamp = " and clamp=True pins smaller values to it" if scale.get("clamp") else ""
                effect = ("every bar loses the same length, so the short ones look far shorter than they are"
                          if things == "bar" else "the marks sit far apart, so the gap between them looks far "
                          "larger than it is")
                return (f"The {channel} scale's domain starts at {figure_text(low)}, not 0{clamp}: {effect}. "
                        "Start the domain at 0 (or leave the domain out).")
            values = numbers(view.rows, given.get("field")) if isinstance(given.get("field"), str) else []
            if high is not None and values and not given.get("aggregate") and max(values) > high:
                how = "clamp=True squashes" if scale.get("clamp") else "the plot cuts off"
                return (f"The {channel} scale's domain ends at {figure_text(high)}, below the largest value "
                        f"({figure_text(max(values))}): {how} the longest {things}, so it looks closer to the "
                        "others than it is. Let the domain reach the largest value.")
            if not scale.get("domain") and scale.get("zero") is None and config_zero is False:
                return (f"The chart's config sets scale zero=False for every scale, so the {channel} axis need "
                        f"not start at zero and the {things}s can start above it, exaggerating differences. "
                        "Remove zero=False from configure_scale.")
            base = view.encoding.get(channel + "2")
            mark = view.spec.get("mark") if isinstance(view.spec.get("mark"), dict) else {}
            if things == "bar" and (isinstance(base, dict) or channel + "2" in mark):
                base = base if isinstance(base, dict) else {"value": mark[channel + "2"]}
                starts = ([float(base["datum"])] if is_number(base.get("datum")) else
                          numbers(view.rows, base["field"]) if isinstance(base.get("field"), str) else [])
                if any(v != 0 for v in starts):
                    return (f"The bars start at {channel}2 = {figure_text(next(v for v in starts if v != 0))}, "
                            "not 0: their lengths no longer measure the values. Remove the second position "
                            "channel.")
                pixels = base.get("value")
                if is_number(pixels) and (channel == "y" or float(pixels) != 0):
                    return (f"The bars start at {channel}2 = {pixels} pixels, not at the axis's zero: their lengths "
                            "no longer measure the values. Remove the second position channel.")
    return None


cut_baseline = Rule(TRUNCATED_AXIS, "truncated the axis", _spot_cut_baseline)


def _spot_pie(spec: dict):
    for view in views(spec):
        if view.mark == "arc":
            return ("A pie (mark_arc) says its slices are parts of one whole that do not overlap. These figures "
                    "are not: the detained are among the apprehended, and each share is of a different total. "
                    "Use bars.")
    return None


pie_of_overlaps = Rule("pie_for_subset", "drew overlapping figures (or shares of different totals) as one pie",
                       _spot_pie)


def _change_targets() -> list[tuple[float, str]]:
    """The ways of writing the change between q9's two figures: (value, what must follow it in a text).

    The difference in cases (14,000), the fall or rise in percent (44%, 78%), what is left (56%), and
    the ratio (1.8 times): a text that shows one of them reads the pair as one series that changed.
    """
    (_a, first), (_b, second) = release_table_rows()
    return [(abs(second - first), ""), (abs(second - first) / first * 100, "%"), (abs(second - first) / second * 100, "%"),
            (second / first * 100, "%"), (first / second * 100, "%"), (first / second, "x"), (second / first, "x")]


_SHOWN_NUMBER = re.compile(r"[-+\u2212]?(\d[\d,]*(?:\.(\d+))?)\s*(k\b|thousand\b)?\s*(%|per\s?cent|x\b|\u00d7|times\b)?",
                           re.IGNORECASE)


def _states_change(text: str) -> str | None:
    """The part of ``text`` that states the change between q9's two figures ('-44%', '14,000 fewer'), or None."""
    for found in _SHOWN_NUMBER.finditer(str(text)):
        number, decimals, thousands, unit = found.groups()
        value = float(number.replace(",", "")) * (1000 if thousands else 1)
        kind = "%" if unit and (unit == "%" or unit.lower().startswith("per")) else "x" if unit else ""
        for target, wanted in _change_targets():
            if wanted != kind or (wanted == "" and target < 1000):
                continue
            step = 0.5 * 10 ** -len(decimals or "") * (1000 if thousands else 1)
            if wanted == "" and not thousands:
                step = max(step, 500 if value % 1000 == 0 else step)  # '14,000' for 14,000 exactly or rounded
            if abs(value - target) <= step + 1e-9:
                return found.group(0).strip()
    return None


def _texts_drawn(view) -> list[str]:
    """The texts a view writes on the chart or in its tooltip: a constant, or a field's value in each row."""
    found = []
    mark = view.spec.get("mark") if isinstance(view.spec.get("mark"), dict) else {}
    if view.mark == "text" and mark.get("text") is not None:
        found.append(" ".join(map(str, mark["text"])) if isinstance(mark["text"], list) else str(mark["text"]))
    for channel in ("text", "tooltip"):
        given = view.encoding.get(channel)
        for item in given if isinstance(given, list) else [given] if isinstance(given, dict) else []:
            if not isinstance(item, dict):
                continue
            for constant in (item.get("value"), item.get("datum")):
                if constant is not None:
                    found.append(" ".join(map(str, constant)) if isinstance(constant, list) else str(constant))
            if isinstance(item.get("field"), str) and view.rows:
                found.extend(_tooltip_text(r.get(item["field"]), item) for r in view.rows
                             if r.get(item["field"]) is not None)
    return found


def _joins_releases(view) -> bool:
    """A rule (or another mark with a second position, not a bar) one of whose elements runs from one release to
    the other, or from one release's figure to the other's: a line drawn between the two bars. A lollipop's
    stem (from the figure down to zero) joins nothing."""
    if view.mark in LENGTH_MARKS:
        return False  # a bar's second position is its base: the baseline rule reads it
    releases = {label for label, _v in release_table_rows()}
    figures = [v for _l, v in release_table_rows()]

    def end(given, row):
        if not isinstance(given, dict):
            return None
        if "datum" in given or "value" in given:
            return given.get("datum", given.get("value"))
        return row.get(given["field"]) if isinstance(given.get("field"), str) else None

    if view.mark == "rule" and "x" not in view.encoding and isinstance(view.encoding.get("y"), dict) \
            and "y2" not in view.encoding:
        levels = [end(view.encoding["y"], row) for row in view.rows or [{}]]
        if any(is_number(v) and any(close(float(v), f) for f in figures) for v in levels):
            return True  # a line across both bars at one release's level: the other bar is read against it
    for channel in ("x", "y"):
        first, second = view.encoding.get(channel), view.encoding.get(channel + "2")
        if not isinstance(second, dict):
            continue
        for row in view.rows or [{}]:
            pair = (end(first, row), end(second, row))
            if len({v for v in pair if isinstance(v, str) and v in releases}) == 2:
                return True
            if len({f for f in figures if any(is_number(v) and close(float(v), f) for v in pair)}) == 2:
                return True
    return False


def _spot_trend_line(spec: dict):
    """q9's two releases drawn as one series: a line, a rule or slope from one to the other, a fitted trend,
    or a label or bar that states the change between them ('-44%')."""
    for view in views(spec):
        if view.mark in ("line", "trail", "area"):
            said = with_article(view.mark)
            return (f"{said[0].upper() + said[1:]} joins the two releases as if they were points of one series. They come from "
                    "two campaigns and cover periods of different lengths: the slope between them means nothing. "
                    "Draw one bar per release.")
        steps = [step for step in view.spec.get("transform") or [] if isinstance(step, dict)]
        if any("regression" in step or "loess" in step for step in steps):
            return ("The chart fits a trend (a regression or loess transform) through the two releases, as if they "
                    "were points of one series. They come from two campaigns and cover periods of different "
                    "lengths: no trend can be drawn through them. Leave the fitted line out.")
        if _joins_releases(view):
            return (f"A {view.mark} is drawn from one release's figure to the other's, which reads the pair as one "
                    "series that changed. They come from two campaigns and cover periods of different lengths: leave "
                    "the connecting mark out and let each bar stand on its own.")
        for text in _texts_drawn(view):
            stated = _states_change(text)
            if stated:
                where = f"'{stated}'" if stated == text.strip() else f"'{stated}' in '{text}'"
                return (f"The chart writes the change between the two releases ({where}), which "
                        "reads the pair as one series that changed. They come from two campaigns and cover "
                        "periods of different lengths: no change between them can be read off. Leave the change "
                        "out and show each figure for itself.")
    drawn = drawn_values(spec) or []
    for value in drawn:
        if any(kind == "" and close(abs(value), target) for target, kind in _change_targets()):
            return (f"The chart draws the difference between the two releases ({figure_text(value)}) as a figure "
                    "of its own, which reads the pair as one series that changed. They come from two campaigns "
                    "and cover periods of different lengths: chart the two figures only.")
    return None


trend_across_releases = Rule("trend_across_releases", "drew two releases' figures as one series: a line, rule or "
                             "fitted trend joining them, or a label or bar stating the change between them",
                             _spot_trend_line)


# ----- what a chart's words may claim (issue #19) -------------------------------
# A small, explicit vocabulary per question, built by class in ``claim_words`` (word families,
# subject and object, numbers on people): each Claim lists the words read as the claim, and
# claims.claim_rule quotes them in the verdict. Denials, questions and purposes ("not a measure of
# crime", "Did crime fall?", "a campaign to cut crime") are not claims; questions answered at once,
# rhetorical questions and denied doubts ("Crime fell? Yes.", "Nothing stopped the fall in crime")
# are. CRIME_FELL also reads the claim that the problem is solved or the fight won, which an activity
# count supports no better: "the crackdown worked", "a success", "police won the fight", "wiped
# out", "under control", crime "eliminated", "no more crime", "safer". Crime includes fraud and
# scams, and counts of crime (crime rates, reported fraud, cases *of* fraud); a crime word that only
# says which activity or entity ("fraud arrests", "scam lenders", "crimes solved", "crime gangs") is
# not crime. VICTIMS reads people harmed or protected, however phrased ("victims", "users lost
# money", "17,000 users", "people were scammed"); "17,000 people" alone may be the suspects.

CRIME_FELL = Claim(
    code="activity_as_crime_fall",
    description="read a count of police activity (or of lenders) as a fall in crime, a victory or the problem solved",
    claim="crime fell (or was beaten, or the campaign worked)",
    patterns=crime_fell_patterns(),
    why=("a count of what the police did (or of suspected lenders) can rise or fall with policing as much "
         "as with crime, so it cannot show that crime fell, or that the fight against it was won."),
    not_after=OBJECT_OF_ACTIVITY,
    headline_asserts=True,  # "Online crime: a thing of the past?" claims it; "Did online crime fall?" asks
    anchors=(CRIME_CORE, EFFORT_OR_AGENT, GANG_PLAIN, NUMBER, FOUGHT),
)
# The campaign credited with the index's fall (review round 18, W2): "The campaign's result: ... 14% of the 2019 peak",
# "the campaign did this", "after the crackdown: 86% fewer". Same misconception as CRIME_FELL (the campaign worked);
# read on the decline chart only, where the figure itself fell (on q1 "the campaign's results" are its counts of work).
CREDITED = Claim(
    code=CRIME_FELL.code,
    description=CRIME_FELL.description,
    claim="the campaign caused the fall",
    patterns=credited_patterns(),
    why=("the release gives the index's fall, never its cause: suspected lenders may have closed, renamed, moved or "
         "been counted differently, with or without the campaign; a fall that follows a campaign is not its result."),
)
# Negated existence (round 15, #19): "No online gangs remain", "none left", "zero gangs", "再也没有网络黑恶团伙了". The
# negator is the claim's own word, so it is a claim of its own (``negation_is_claim``); "No figure for gangs remaining
# is given" and "the release does not say whether any remain" say what is missing and claim nothing.
NONE_LEFT = Claim(
    code="activity_as_none_left",
    description="read a count of gangs broken up (or of lenders) as none being left: 'no online gangs remain', "
                "'none left', 'zero gangs', 'not a single gang remains'",
    claim="none are left (the gangs, the lenders or the crime are gone)",
    patterns=none_left_patterns(),
    why=("a count of gangs broken up (or of suspected lenders) says how many the police reached, never how many there "
         "were or how many are left; the release does not say that none remain."),
    negation_is_claim=True,  # the "no" of "no gangs remain" is the claim; a negator before it still denies it
    asked_patterns=none_left_question_patterns(),  # "How many gangs are left?" asks what no count of work can answer
)
VICTIMS = Claim(
    code="counts_as_victims",
    description="spoke of victims or people harmed where the figure counts suspects, gangs, cases or institutions",
    claim="the figure counts victims (people harmed or protected)",
    patterns=victims_patterns(),
    asked_patterns=victims_question_patterns(),
    why="nothing in it counts people harmed; the release gives no count of victims.",
    anchors=(NUMBER, rf"\b{PEOPLE}"),
)
CONVICTED = Claim(
    code="suspects_as_convicted",
    description="called suspects criminals or convicted, or took them further than the figure goes (formally "
                "arrested, charged)",
    claim="the suspects are proven offenders, or further through the procedure than apprehended or detained",
    patterns=convicted_patterns(),
    asked_patterns=convicted_question_patterns(),
    why=("a suspect apprehended (抓获) or detained (刑拘) has been convicted of nothing yet, and not yet formally "
         "arrested (逮捕, which the procuratorate approves later) or charged; only a court convicts."),
    # a conviction that may come is not one claimed (round 11: may/might are no longer negators): "Some suspects may
    # later be convicted"
    not_after=r"\b(?:may|might|could|can)\s+(?:(?:later|eventually|yet|still|one day|soon|then|also|only|in time)\s+)?be",
)
NATIONWIDE = Claim(
    code="examples_as_nationwide",
    description="spoke of every province (or the whole country) for the examples the ministry chose",
    claim="the figures cover the whole country",
    patterns=nationwide_patterns() + coverage_patterns(),
    asked_patterns=coverage_question_patterns(),
    why=("the release gives figures for four regions only, examples the ministry chose, each from one operation; "
         "the other 27 mainland provincial-level regions are not mentioned, which is not the same as zero."),
)
RANKED = Claim(
    code="examples_as_ranking",
    description="ranked the examples the ministry chose to showcase",
    claim="the examples rank the provinces",
    patterns=ranked_patterns() + comparison_patterns(),
    asked_patterns=ranked_question_patterns(),
    why=("each bar counts a different operation the ministry chose to showcase, so the sizes say nothing "
         "about which province did more or better."),
)
EVERY_PROVINCE = Claim(
    code="totals_as_every_province",
    description="spread a national total (or one operation's count) over every province or region",
    claim="the figure is spread over every province (or region)",
    patterns=every_province_patterns(),
    why=("the release gives national totals and figures for four regions only, examples the ministry chose; how the "
         "totals fall across the provinces is not reported."),
)
COUNTED_AS_CRIME = Claim(
    code="figure_named_as_crime",
    description="named the figure as a count of crime itself ('bars of trap-loan crime'), where it counts police "
                "activity or suspected lenders",
    claim="the figure counts crime itself",
    patterns=counted_as_crime_patterns(),
    asked_patterns=counted_question_patterns(),
    why=("it counts what the police did (or suspected lenders), not crimes: name what is counted, not the crime "
         "it is about."),
    not_after=OBJECT_OF_ACTIVITY,
    anchors=(CRIME_CORE,),
)
RELEASES_TREND = Claim(
    code="releases_as_trend",
    description="read the two releases' figures as a trend (fell, halved, rose between them) or as comparable",
    claim="the two releases' figures make one series that changed (or are like for like)",
    patterns=releases_trend_patterns(),
    asked_patterns=trend_question_patterns(),
    # lesson 02's other figure that fell (q5's suspected lenders, as an index) is not this chart's pair
    not_after=r"\b(?:lenders|institutions|platforms|apps|index)",
    why=("the two figures come from different campaigns and periods of different lengths (about 14 months to date "
         "against one year), so no fall or rise between them can be read off."),
)
ARRESTED = Claim(
    code="apprehended_as_arrested",
    description="called the suspects apprehended (抓获) 'arrested' or their count 'arrests', the English "
                "translation's word that lesson 01 teaches is wrong for 抓获",
    claim="the suspects were arrested (逮捕, a formal step the procuratorate approves later)",
    patterns=arrested_patterns(),
    why=("the figure counts suspects apprehended (抓获: caught and brought in); a formal arrest (逮捕) is a later step, "
         "and the release gives no count of it. Say 'apprehended' or 'caught'."),
)
UNMENTIONED_AS_ZERO = Claim(
    code="unmentioned_as_zero",
    description="read the provinces the release does not mention as having broken up no gangs",
    claim="the provinces not shown broke up no gangs",
    patterns=unmentioned_as_zero_patterns(),
    why=("the release mentions four regions as examples; the other 27 are not mentioned, which is not the same as "
         "zero."),
    negation_is_claim=True,
)
INDEX_AS_COUNT = Claim(
    code="index_as_count",
    description="read the index (100 at the peak, 14 now) as a number of institutions",
    claim="the index values are numbers of institutions",
    patterns=index_as_count_patterns(),
    why="the values are an index (2019 peak = 100): 86 is a percentage of the peak, and the release gives no count.",
    # "2019 peak = 100 and 14 left": the value read on the index just set out, not a count; so is "For every 100
    # suspected lenders at the 2019 peak, 14 remained" (round 17 FINAL: N per 100 of the peak, said first)
    not_after=r"(?:=\s*100\b(?:\s+and|\s*[,;])?|\b(?:for|of|in|out of)\s+(?:every|each)\s+(?:100|hundred)\b[^.;]{0,40}?"
              r"\b(?:peak|2019)\b\s*[,:]?)",
    negation_is_claim=True,  # "Counts, not an index": the index denied is the claim (a negator before still denies)
)
SHARE_AS_MAJORITY = Claim(
    code="share_as_majority",
    description="gave the November operation most (the bulk, half) of the campaign, where its shares are a few per cent",
    claim="the November operation did most of the campaign",
    patterns=majority_share_patterns(),
    why="each bar is the operation's share of a campaign total, and every share is small (a few per cent): the bars "
        "show the rest of the campaign came before November.",
)
CLAIM_CODES = {c.code: c.description for c in (CRIME_FELL, NONE_LEFT, VICTIMS, CONVICTED, ARRESTED, NATIONWIDE, RANKED,
                                               COUNTED_AS_CRIME,
                                               RELEASES_TREND, UNMENTIONED_AS_ZERO, INDEX_AS_COUNT, EVERY_PROVINCE,
                                               SHARE_AS_MAJORITY)}

HEADLINE_COUNTS = ("police activity in four units (gangs broken up, suspects apprehended and detained, cases solved, "
                   "yuan seized)")
SUSPECT_COUNTS = "suspects apprehended (抓获) and detained (刑拘) by the police"
EXAMPLE_COUNTS = "gangs broken up in four examples the ministry chose, each from one operation"
INDEX_COUNTS = "suspected online trap-loan institutions (lenders), as an index: not crimes, not people"
SHARE_COUNTS = ("the November operation's share of the campaign's gangs broken up, suspects apprehended and "
                "assets seized")
RELEASES_COUNTS = "criminal cases solved (破获), an activity of the police, as two releases report them"
MILESTONE_COUNTS = "the dates of the campaign's milestones (what the police and courts did, and when)"
# The name of a milestone the release reports (data/milestones.csv, sextortion_decline_starts: recorded 'naked chat'
# extortion cases start a continued decline), as the lesson's own timeline labels it: a row's label, not a claim.
MILESTONE_LABELS = (r"\brecorded\s+(?:'?naked[- ]chat'?\s+)?(?:sextortion|extortion)(?:\s+cases)?\s+(?:starts?|begins?|started|began)"
                    r"\s+(?:to\s+(?:fall|decline)|(?:a\s+)?(?:continued\s+)?(?:decline|fall)|falling|declining)",)
# The data labels each chart question's words may quote (``claims.claim_rule``).
WORD_LABELS = {"q4": MILESTONE_LABELS}
PREVENTION_COUNTS = "prevention work: items of information intercepted, platforms rectified, reminders issued"


# ----- what each chart question's figures can support (round 17, #19: ``supported_words``) -------------------------
# One declaration per question, beside its claims: the things counted and what was done to them come from the
# question's own data rows (each row's id, unit, what it counts, its operation, scope and Chinese original) and the
# lesson's sentence of what they count (the *_COUNTS above); a chart word outside them, and outside the general lists,
# is read as a possible claim. The place and period are the figures' own: national totals to date, or the ministry's
# four examples.
RELEASE_SOURCE = "the Ministry of Public Security's press release of 24 December 2020 (MPS, 公安部)"
CAMPAIGN_PERIOD = ("the one-year special campaign (专项行动) from its deployment in November 2019 to 24 December 2020, "
                   "to date, so far, cumulative, 2019-20, 2019-2020")
NATIONAL = "national totals, nationwide, across China, the whole country, countrywide, mainland, all of China"
FIGURE_COLUMNS = ("id", "unit", "counts", "scope", "subset", "chinese_original")
POLICE_WORK = "a count of police work, not of crimes, victims or what the work changed"


def _figures_support(ids, counts: str, terms: str, *, place: str = NATIONAL, more: tuple = ()) -> Supports:
    """A question's ``Supports`` from release figures ``ids``: their own words, the lesson's ``counts`` sentence."""
    rows = data.release_figures().set_index("id").loc[list(ids)].reset_index()
    texts = [str(v) for column in FIGURE_COLUMNS for v in rows[column]]
    return supports(counted=f"{counts}: {POLICE_WORK}", terms=terms, texts=[*texts, counts, *more],
                    heads=[*rows["unit"], *(i.split("_")[-1] for i in rows["id"]), *more], place=place, period=CAMPAIGN_PERIOD, source=RELEASE_SOURCE,
                    units=" ".join(rows["unit"]), names=rows["operation"])


def example_ids() -> tuple[str, ...]:
    """Every provincial example the release gives (q3 draws the gangs; a chart's words may name the others)."""
    figures = data.release_figures()
    return tuple(figures[figures["scope"] != "national"]["id"])


@lru_cache(maxsize=None)
def figures_supported() -> dict[str, Supports]:
    """Each chart question's declaration (worked out once, from the data)."""
    milestones = data.milestones()
    releases = data.releases().set_index("id").loc[["r2020_cases", "a2023_cases"]]
    decline = ("suspected online trap-loan ('routine loan', 套路贷) operating institutions, lenders, operators",
               "index, indexed, 2019 peak = 100, level, reported level, remaining, remain, left, percent of the peak",
               "the ministry's monitoring platform (监测预警平台), monitored, lending")
    found = {
        "q1": _figures_support(HEADLINE_IDS, HEADLINE_COUNTS,
                               "gangs broken up, suspects apprehended and detained, cases solved, yuan seized",
                               more=("money, funds, renminbi",)),
        "q2": _figures_support(SUSPECT_IDS, SUSPECT_COUNTS, "suspects apprehended, suspects detained",
                               more=("criminal procedure, stages of the procedure",)),
        "q3": _figures_support(example_ids(), EXAMPLE_COUNTS, "gangs broken up, four examples the ministry chose",
                               place="four provincial examples the ministry chose: Jiangsu, Zhejiang, Guangdong, "
                                     "Guangxi, provinces, provincial, regions, region, autonomous region",
                               more=("examples", "operations", "strikes")),
        "q4": supports(counted=f"{MILESTONE_COUNTS}, not what they changed",
                       terms="milestones, dates, events of the campaign",
                       texts=[*milestones["id"], *milestones["event"], MILESTONE_COUNTS,
                              "legal opinions, sextortion, launch, deployment, verification, round-up, prosecutors, "
                              "prosecution, judges"],
                       heads=("milestones", "events", "dates", "cases", "sextortion"), place=NATIONAL, period=CAMPAIGN_PERIOD,
                       source=RELEASE_SOURCE, units="dates"),
        "q5": _figures_support(("trap_loan_institutions_decline",), INDEX_COUNTS,
                               "suspected trap-loan institutions, as an index (2019 peak = 100)", more=decline),
        "q6": _figures_support(tuple(i for _l, part, whole in SHARE_PARTS for i in (part, whole)), SHARE_COUNTS,
                               "the November operation's share of each campaign total",
                               more=(*(label for label, _p, _w in SHARE_PARTS), "November operation, round-up, collective")),
        "q9": supports(counted=f"{RELEASES_COUNTS}: {POLICE_WORK}", terms="criminal cases solved in each release",
                       texts=[*releases.index, *releases["counts"], *releases["campaign"], *releases["scope"],
                              *releases["chinese_original"], RELEASES_COUNTS, "2023 annual report, two releases"],
                       heads=("cases", "solved"), place=NATIONAL,
                       period=f"{CAMPAIGN_PERIOD}; 2023, one year, calendar year, annual, 14 months",
                       source=f"{RELEASE_SOURCE}; the Ministry's 2023 annual report", units="cases"),
        "yt1": _figures_support(PREVENTION_IDS, PREVENTION_COUNTS,
                                "items of information intercepted, platforms rectified, reminders issued"),
    }
    return {**found, "yt5": found["q5"]}  # yt5 redraws q5's figure


# ----- a total the release never gives, in a chart's words (round 11) ----------------------------------
# "33,400 suspects in total" adds the detained to the apprehended who include them; "1,892 gangs" adds November's to
# the campaign's; "49,000 suspects and cases" adds people to cases; "61,000 cases solved" adds two releases.
SUMMED_DESCRIPTION = ("wrote a total the release never gives: figures added that overlap (the detained among the "
                      "apprehended, an operation's among the campaign's), count different things, or come from "
                      "different releases")


@lru_cache(maxsize=1)
def forbidden_sums() -> tuple[tuple[Sum, ...], tuple[float, ...]]:
    """The sums lesson 02's figures forbid, and every figure the lesson may show (never read as a sum)."""
    f = data.figure
    gangs, held, detained, cases, assets = (f(i) for i in ("gangs_eliminated", "suspects_apprehended",
                                                           "suspects_detained", "cases_solved", "assets_seized"))
    november = {"gangs": (gangs, f("november_gangs_eliminated")), "suspects": (held, f("november_suspects_apprehended")),
                "yuan seized": (assets, f("november_assets_seized"))}
    july = f("july_suspects_apprehended")
    inside = "is part of the campaign, so its figures are already inside the campaign's totals: the sum counts them twice."
    units = "they count different things (gangs, people, cases), so their sum counts nothing at all."
    sums = [Sum(held + detained, f"{held:,.0f} apprehended + {detained:,.0f} detained",
                "the detained (刑拘) are among the apprehended (抓获), so the sum counts them twice."),
            *[Sum(whole + part, f"the campaign's {whole:,.0f} {what} + November's {part:,.0f}", f"the November operation {inside}")
              for what, (whole, part) in november.items()],
            Sum(held + july, f"the campaign's {held:,.0f} suspects + July's {july:,.0f}", f"the July operation {inside}"),
            Sum(held + july + november["suspects"][1], f"the campaign's {held:,.0f} suspects + July's and November's",
                f"each operation {inside}"),
            Sum(held + detained + cases, "suspects apprehended + detained + cases solved", units),
            *[Sum(sum(v for _w, v in parts), " + ".join(f"{v:,.0f} {w}" for w, v in parts), units)
              for parts in ([("gangs", gangs), ("suspects", held)], [("suspects", held), ("cases", cases)],
                            [("gangs", gangs), ("cases", cases)], [("gangs", gangs), ("suspects", held), ("cases", cases)])]]
    two = releases_table()["cases"].astype(float).tolist()
    sums.append(Sum(sum(two), " + ".join(f"{v:,.0f}" for v in two) + " cases solved in two releases",
                    "the two releases count different periods of different campaigns, so their sum is no count of "
                    "anything."))
    allowed = {*data.release_figures()["value"].astype(float), *data.releases()["value"].astype(float), *two}
    return tuple(sums), tuple(sorted(allowed))


summed = summed_rule("figures_summed", SUMMED_DESCRIPTION, forbidden_sums)


@lru_cache(maxsize=1)
def _release_counts() -> tuple[dict[str, tuple[float, ...]], str]:
    """Every count lesson 02 may show, by unit (the release's, the later releases', the four examples' total), and
    what the release gives, in words, for the verdict. Made once, as forbidden_sums is: every chart's words are read
    against it (building it, with its pandas tables, cost about 9 ms a chart)."""
    units = {"gangs": ("gangs", "mafia-type organisations", "vicious-force groups", "gang organisations"),
             "suspects": ("suspects",), "cases": ("cases",), "yuan": ("yuan",)}
    rows = [*data.release_figures()[["unit", "value"]].itertuples(index=False),
            *data.releases()[["unit", "value"]].itertuples(index=False)]
    by_unit = {unit: tuple(float(v) for u, v in rows if u in kinds) for unit, kinds in units.items()}
    examples = sum(v for _i, v in release_rows(province_ids()))
    by_unit["gangs"] += (examples,)
    by_unit["cases"] += tuple(float(v) for v in releases_table()["cases"])
    f = data.figure
    given = (f"{f('gangs_eliminated'):,.0f} gangs, {f('suspects_apprehended'):,.0f} suspects apprehended and "
             f"{f('suspects_detained'):,.0f} detained, {f('cases_solved'):,.0f} cases, and the figures of its operations "
             "and examples")
    return by_unit, given


unreported = unreported_rule("figure_not_in_release", "wrote a count the release does not give (a number before "
                             "suspects, gangs or cases that is none of its figures)", forbidden_sums, _release_counts)


# ----- what a chart's words must state ---------------------------------------------

index_stated = required_statement(
    "index_not_stated", "did not state (or denied, or asked) that the chart is an index (the peak's level is not given)",
    INDEX,
    "The question asks the title or description to say that this is an index (2019 peak = 100), because the "
    "release gives no count for the peak.",
    says="that this is an index (2019 peak = 100), not a count")
selection_stated = required_statement(
    "selection_not_stated", "did not state (or denied, or asked) that the examples are a selection the ministry chose, not a ranking",
    SELECTION,
    "The question asks the title or description to say that these are examples the ministry chose (a "
    "selection, not a league table).",
    says="that these are examples the ministry chose (a selection, not every province)")
periods_stated = required_statement(
    "periods_not_stated", "did not state (or denied, or asked) that the two releases cover different periods and campaigns",
    PERIODS,
    "The question asks the title or description to say that the two figures cover different periods "
    "(about 14 months against one year) and campaigns, so the pair is not a trend.",
    says="that the two figures cover different periods and campaigns (so the pair is not a trend)")


def _tooltip_items(spec: dict) -> list:
    """(view, item) for each tooltip item; ``mark_bar(tooltip=True)`` is one item that shows every field."""
    items = []
    for view in views(spec):
        given = view.encoding.get("tooltip")
        for item in given if isinstance(given, list) else [given] if given is not None else []:
            items.append((view, item if isinstance(item, dict) else {"field": str(item).split(":")[0]}))
        mark = view.spec.get("mark")
        if isinstance(mark, dict) and mark.get("tooltip") not in (None, False):
            items.append((view, {"field": "(every field)", "mark": True}))
    return items


_PERCENT_TEXT = re.compile(r"([-\u2212+]?\d[\d,]*(?:\.(\d+))?)\s*%")
_NUMBER_TEXT = re.compile(r"^\s*([-\u2212+]?\d[\d,]*(?:\.(\d+))?)\s*$")


def _within_rounding(shown: str, decimals: str | None, target: float) -> bool:
    """Whether the number written ``shown`` (with ``decimals`` after the point) is ``target`` rounded."""
    value = float(shown.replace(",", "").replace("\u2212", "-"))
    return abs(value - target) <= 0.5 * 10 ** -len(decimals or "") + 1e-9 * max(1.0, abs(target))


def _tooltip_text(value, item: dict) -> str:
    """What a tooltip writes for ``value``: its d3 ``format`` applied to a number, else the value as text.

    Vega-Lite applies a number format to a quantitative field (or where formatType='number' says so): a field typed
    :N or :O is a label, written as it is, whatever its ``format`` (round 12: 'share:N' with '.1%' shows 0.0756...)."""
    labelled = item.get("type") in ("nominal", "ordinal") and item.get("formatType") != "number"
    if is_number(value) and item.get("format") and item.get("formatType") in (None, "number") and not labelled:
        try:
            return d3_format(value, item["format"])
        except Unfollowable:
            return js_text(value)
    return js_text(value)


def _reads_as(texts: list[str], shares: list[float]) -> str | None:
    """'percent' when every text is its share as a percentage (7.6% or 7.6), 'fraction' when it is the raw
    share (0.076), None when the texts are something else."""
    if not texts or len(texts) != len(shares):
        return None
    percent = [_PERCENT_TEXT.search(t) for t in texts]
    if all(percent) and all(_within_rounding(m.group(1), m.group(2), 100 * s) for m, s in zip(percent, shares)):
        return "percent"
    plain = [_NUMBER_TEXT.match(t) for t in texts]
    if all(plain):
        if all(_within_rounding(m.group(1), m.group(2), 100 * s) for m, s in zip(plain, shares)) \
                and any(abs(100 * s) >= 0.5 for s in shares):
            return "percent"  # a column already in percent reads as one without a '%'
        if all(_within_rounding(m.group(1), m.group(2), s) for m, s in zip(plain, shares)):
            return "fraction"
    return None


def _tooltip_shows(view, item: dict, field: str) -> str | None:
    """How a tooltip item shows the share ``field``: 'percent', 'fraction', 'unknown' (rows not followed) or None.

    Read from the rows the chart draws (``chart_rows``, calculations and d3 formats evaluated), so a tooltip
    of ``datum.share * 100``, of ``format(datum.share, '.1%')`` or of a string built with '%' is judged by
    what it shows, not by how it was written."""
    if view.rows is None:
        return "unknown"
    rows = [r for r in view.rows if is_number(r.get(field))]
    if not rows:
        return None
    scale = 100.0 if max(abs(r[field]) for r in rows) > 1 else 1.0  # a share column already in percent
    shares = [r[field] / scale for r in rows]
    names = [k for k in rows[0] if k != field or scale == 1.0] if item.get("mark") else [item.get("field")]
    if item.get("mark") and scale != 1.0:
        return "percent"
    found = [_reads_as([_tooltip_text(r.get(name), item) for r in rows], shares) for name in names]
    return "percent" if "percent" in found else "fraction" if "fraction" in found else None


def percent_tooltip(field: str) -> Rule:
    """The question asks for a tooltip that shows ``field`` (a share, 0 to 1) as a percentage.

    Judged by what the tooltip shows for each drawn row (``_tooltip_shows``); ``mark_bar(tooltip=True)``
    shows every field as it is.
    """

    def spot(spec: dict):
        if not any(view.quantitative()[0] for view in views(spec)):
            return None  # nothing drawn yet: the engine's verdict comes first
        items = _tooltip_items(spec)
        if not items:
            return (f"The question asks for a tooltip: add tooltip=[..., alt.Tooltip('{field}:Q', format='.1%')] "
                    "to the encoding, so a reader can point at a bar and read its share.")
        shown = [(item, _tooltip_shows(view, item, field)) for view, item in items]
        if any(how in ("percent", "unknown") for _item, how in shown):
            return None  # shown as a percentage, or rows the checker cannot follow (its own note says so)
        fractions = [item for item, how in shown if how == "fraction"]
        if any(item.get("mark") for item in fractions):
            values = [v for view in views(spec) for v in numbers(view.rows, field)]
            example = f" ({figure_text(values[0])})" if values else ""
            return (f"tooltip=True on the mark shows every field as it is, so {field} appears as a raw fraction"
                    f"{example}. The question asks for a percentage: encode tooltip=[..., "
                    f"alt.Tooltip('{field}:Q', format='.1%')] instead.")
        typed = [item for item in fractions if item.get("type") in ("nominal", "ordinal") and item.get("format")]
        if typed:
            kind = typed[0]["type"]
            return (f"Your tooltip types {typed[0].get('field')} as {kind} (:{kind[0].upper()}) with "
                    f"format='{typed[0]['format']}': Vega-Lite applies a number format only to a quantitative field, so "
                    f"the tooltip shows the raw fraction, and :{kind[0].upper()} says the share is a label. Type it as "
                    f"the number it is: alt.Tooltip('{field}:Q', format='.1%').")
        if fractions:
            name = fractions[0].get("field")
            shown_as = f" ('{name}')" if name != field else ""
            return (f"Your tooltip shows {field} as a raw fraction between 0 and 1{shown_as}. The question asks "
                    f"for a percentage: alt.Tooltip('{field}:Q', format='.1%').")
        return (f"Your tooltip does not show {field}. Add alt.Tooltip('{field}:Q', format='.1%') to it "
                "(as a percentage).")

    return Rule("tooltip_not_percent", "left out the tooltip, or showed the share as a raw fraction", spot)


# ----- a chart judge that also reads the chart's words -------------------------------

# ----- expected values (from data/) ----------------------------------------

def decline_index() -> float:
    """The 2020 level of suspected trap-loan institutions as an index, 2019 peak = 100."""
    return 100 - data.figure("trap_loan_institutions_decline")


HEADLINE_IDS = ("gangs_eliminated", "suspects_apprehended", "suspects_detained", "cases_solved", "assets_seized")
PREVENTION_IDS = ("information_intercepted", "platforms_rectified", "reminders_issued")
SUSPECT_IDS = ("suspects_apprehended", "suspects_detained")
# The November operation's share of each campaign total: (label, part, whole), as the exercise builds `shares`.
SHARE_PARTS = (("Gangs broken up", "november_gangs_eliminated", "gangs_eliminated"),
               ("Suspects apprehended 抓获", "november_suspects_apprehended", "suspects_apprehended"),
               ("Assets seized (yuan)", "november_assets_seized", "assets_seized"))


# ----- the figures each chart must draw (every row the question names) ---------------

@lru_cache(maxsize=None)
def release_rows(ids: tuple) -> tuple[tuple[str, float], ...]:
    """(id, value) of release figures, the labels a verdict names a missing row by."""
    figures = data.release_figures().set_index("id")["value"]
    return tuple((i, float(figures[i])) for i in ids)


@lru_cache(maxsize=None)
def province_ids() -> tuple[str, ...]:
    """The four provincial examples of gangs broken up, in the release's order."""
    figures = data.release_figures()
    return tuple(figures[(figures["scope"] != "national") & (figures["unit"] == "gangs")]["id"])


@lru_cache(maxsize=None)
def share_rows() -> tuple[tuple[str, float], ...]:
    return tuple((label, data.figure(part) / data.figure(whole)) for label, part, whole in SHARE_PARTS)


@lru_cache(maxsize=None)
def decline_rows() -> tuple[tuple[str, float], ...]:
    return (("the 2019 peak", 100.0), ("the level reported on 24 December 2020", decline_index()))


TIME_REVERSED = "time_order_reversed"


def _spot_time_reversed(spec) -> str | None:
    """The index's two bars drawn later-first (sort='descending' on 'when', a reversed table): time runs backwards,
    and a fall reads as a rise."""
    peak, reported = (v for _label, v in decline_rows())
    for view in views(spec):
        found = _bar_order(view) if view.mark in LENGTH_MARKS + POSITION_MARKS else None
        if found is None:
            continue
        order, values = found
        drawn = [v for v in values if close(v, peak) or close(v, reported)]
        if len(drawn) == 2 and close(drawn[0], reported) and close(drawn[1], peak):
            return (f"The bars are drawn in the order {', '.join(map(str, order))} ({_how_ordered(view)}): the "
                    "reported level comes before the 2019 peak, so time runs backwards and the fall reads as a rise. "
                    "Keep the table's order, peak first (sort=None).")
    return None


time_reversed = Rule(TIME_REVERSED, "drew a before-and-after pair in reverse time order", _spot_time_reversed)


def _spot_labels_as_quantity(spec) -> str | None:
    """A field of text labels typed quantitative (``x="when:Q"``): the bars no longer stand at their labels, and
    Vega-Lite reads each label as a number it cannot find (review round 9 E1)."""
    for view in views(spec):
        for channel in ("x", "y"):
            enc = view.encoding.get(channel)
            if not isinstance(enc, dict) or enc.get("type") != "quantitative" or not enc.get("field"):
                continue
            values = [row.get(enc["field"]) for row in (view.rows or []) if isinstance(row, dict)]
            if values and all(isinstance(v, str) for v in values):
                return (f"The {channel} field '{enc['field']}' holds text labels ({values[0]!r}, ...) but is typed "
                        f"quantitative ('{enc['field']}:Q'): a label is not a number, so the bars have no place to "
                        f"stand. Type it as a category: {channel}='{enc['field']}:N'.")
    return None


labels_as_quantity = Rule("labels_as_quantity", "typed a field of text labels as a quantity (':Q'), so the marks "
                          "have no position", _spot_labels_as_quantity)


@lru_cache(maxsize=None)
def release_table_rows() -> tuple[tuple[str, float], ...]:
    table = releases_table()
    return tuple((str(r), float(c)) for r, c in zip(table["release"], table["cases"]))


headline_drawn = figure_rules(lambda: release_rows(HEADLINE_IDS), "the five campaign totals", each_rescaled=True)
suspects_drawn = figure_rules(lambda: release_rows(SUSPECT_IDS), "`suspects` (apprehended and detained)")
provinces_drawn = figure_rules(lambda: release_rows(province_ids()), "the four provincial examples")
decline_drawn = figure_rules(decline_rows, "the index (2019 peak = 100)", unless=(decline_as_remaining,))
shares_drawn = figure_rules(share_rows, "`shares` (the November operation's share of each total)")
releases_drawn = figure_rules(release_table_rows, "`two_releases` (cases solved in each release)")
prevention_drawn = figure_rules(lambda: release_rows(PREVENTION_IDS), "the three prevention figures",
                                each_rescaled=True)


def drawn_rules(rules: dict) -> tuple[list[Rule], list[Rule]]:
    """(form rules, baseline rules) of ``figure_rules``: rows left out or changed; every figure shifted."""
    return [rules["rows"], rules["changed"]], [rules["shifted"]]


# ----- q2: nested bars on one row ---------------------------------------------------

NOT_NESTED = "not_nested"
TELL_APART = ("color", "fill", "opacity", "fillOpacity", "stroke", "strokeDash", "size")


def _mark_colour(view) -> str | None:
    mark = view.spec.get("mark")
    return (mark.get("color") or mark.get("fill")) if isinstance(mark, dict) else None


def _told_apart(view, rows: list | None = None) -> bool:
    """Whether a channel of colour, opacity or size tells the bars apart: a field on it, which (given the bars'
    ``rows``) takes more than one value among them. ``color='unit:N'`` gives both suspect rows one colour, as no
    colour does: their unit is the same."""
    for channel in TELL_APART:
        given = view.encoding.get(channel)
        if not (isinstance(given, dict) and given.get("field")):
            continue
        if rows is None or len({str(row.get(given["field"])) for row in rows}) > 1:
            return True
    return False


def _one_valued(view, rows: list) -> str | None:
    """The field on a colour-like channel that has one value among ``rows`` ("color='unit:N'"), else None."""
    for channel in TELL_APART:
        given = view.encoding.get(channel)
        if isinstance(given, dict) and given.get("field") and len({str(row.get(given["field"])) for row in rows}) == 1:
            return f"{channel}='{given['field']}'"
    return None


HIDDEN_SUBSET = ("The longer apprehended bar is drawn after the detained one, on top of it, and hides it: the chart "
                 "shows one bar.")


def _see_through(view) -> bool:
    mark = view.spec.get("mark") if isinstance(view.spec.get("mark"), dict) else {}
    given = view.encoding.get("opacity") if isinstance(view.encoding.get("opacity"), dict) else {}
    levels = [mark.get("opacity"), mark.get("fillOpacity"), given.get("value")]
    return bool(given.get("field")) or any(is_number(v) and v < 1 for v in levels) or mark.get("filled") is False


def _drawing_order(view, pair: list) -> list | None:
    """The bars' values in the order they are drawn (the last drawn on top): the rows' order, or the ``order``
    channel's when it names a field (ascending unless sort='descending'); None for an order it cannot follow."""
    field = view.quantitative()[1]["field"]
    order = view.encoding.get("order")
    if order is None:
        return numbers(pair, field)
    if not isinstance(order, dict) or not order.get("field"):
        return None
    try:
        ranked = sorted(pair, key=lambda row: row.get(order["field"]), reverse=order.get("sort") == "descending")
    except TypeError:  # values of mixed kinds: no order to follow
        return None
    return numbers(ranked, field)


def _spot_not_nested(spec: dict):
    """Apprehended and detained drawn apart (rows, offsets, panels, two plots), or nested but one colour.

    Side by side is honest (nothing is added up) but not what q2 asks: the subset inside its set.
    A layer of two bars, one per figure, on one row is the same nested drawing.
    """
    targets = [data.figure(i) for i in SUSPECT_IDS]
    holders = []
    for view in views(spec):
        channel, given = view.quantitative()
        if view.mark not in LENGTH_MARKS or channel is None or not view.rows:
            continue
        pair = [r for r in view.rows if any(close(v, t) for v in numbers([r], given["field"]) for t in targets)]
        if pair:
            holders.append((view, channel, pair))
    if not holders:
        return None
    for view, channel, pair in holders:
        drawn = numbers(pair, view.quantitative()[1]["field"])
        if not all(any(close(v, t) for v in drawn) for t in targets):
            continue
        apart = _separating_fields(view, channel, pair)
        if apart:
            return (f"The two bars are drawn apart ({' and '.join(apart)} separate{'s' if len(apart) == 1 else ''} "
                    "them). That adds nothing up, but the question "
                    "asks for nested bars on one row, so that the detained are seen inside the apprehended: draw "
                    f"them in one row, with stack=None on {channel}.")
        if not _told_apart(view, pair):
            same = _one_valued(view, pair)
            said = (f" ({same} has one value for both rows, so it gives them one colour)" if same else "")
            return (f"Both bars are drawn in one colour{said}, so the detained bar cannot be seen inside the "
                    "apprehended one: add color='label:N'.")
        values = _drawing_order(view, pair)
        if values and values.index(max(values)) > values.index(min(values)) and not _see_through(view):
            return (HIDDEN_SUBSET + " Keep the apprehended row first in the table (the larger bar drawn first), "
                    "or make the bars see-through (opacity).")
        return None
    if len(holders) < 2:
        return None  # one figure only: figure_rules names the missing row
    (first, channel, _), (second, _, _) = holders[:2]
    if first.layer is None or first.layer != second.layer:
        return ("The two bars are drawn in separate plots (a concatenation or panels). The question asks for "
                "nested bars on one row: layer them (bar_a + bar_b) or draw one chart with stack=None on "
                f"{channel}.")
    other = "y" if channel == "x" else "x"
    def place(view, row) -> str:
        given = view.encoding.get(other) or {}
        return str(given["datum"] if "datum" in given else given.get("value") if "value" in given
                   else row.get(given.get("field")))

    places = {tuple(sorted(place(v, r) for r in p)) for v, _c, p in holders[:2]
              if isinstance(v.encoding.get(other), dict)}
    if len(places) > 1:
        return (f"The layers put the two bars on different rows ({other}). The question asks for nested bars on "
                f"one row: leave {other} out of both layers.")
    if not (_told_apart(first) or _told_apart(second)) and _mark_colour(first) == _mark_colour(second):
        return ("Both layers draw their bar in one colour, so the detained bar cannot be seen inside the "
                "apprehended one: give them different colours (mark_bar(color=...)).")
    sizes = [max(numbers(p, v.quantitative()[1]["field"])) for v, _c, p in holders[:2]]
    if sizes[1] > sizes[0] and not _see_through(second):
        return HIDDEN_SUBSET + " Layer the apprehended bar first: alt.layer(apprehended, detained)."
    return None


not_nested = Rule(NOT_NESTED, "drew the subset apart from its set (or in the same colour), not nested on one row",
                  _spot_not_nested)


# ----- q4: the timeline's text layer and its milestones -----------------------------

MISSING_TEXT_LAYER = "missing_text_layer"
TIMELINE_MARKS = ("point", "circle", "tick", "rule", "square")


def _spot_missing_text_layer(spec: dict):
    found = views(spec)
    points = [v for v in found if v.mark in TIMELINE_MARKS]
    if not points:
        return None  # no points: the mark's verdict comes first
    texts = [v for v in found if v.mark == "text" and isinstance(v.encoding.get("text"), dict)]
    if texts and not any(t.layer is not None and t.layer == p.layer for t in texts for p in points):
        return ("The labels are drawn in a panel of their own (a concatenation), not layered on the points, so no "
                "name stands beside its event. Layer them: points + base.mark_text(align='left', dx=5, dy=-5, "
                "angle=290).encode(text='label:N').")
    if texts:
        return None
    return ("The question asks for a text layer showing `label` beside each point: layer "
            "base.mark_text(align='left', dx=5, dy=-5, angle=290).encode(text='label:N') with the points (+), "
            "or a reader sees dots with no event named.")


missing_text_layer = Rule(MISSING_TEXT_LAYER, "left out the text layer that names each event (or drew it in a panel "
                          "of its own, not beside the points)", _spot_missing_text_layer)
LABELS_FLAT = "timeline_labels_flat"


def _angle(view) -> float | None:
    """The angle a text view writes at: its mark's ``angle`` or a constant ``angle`` channel (None: not set)."""
    mark = view.spec.get("mark")
    given = mark.get("angle") if isinstance(mark, dict) else None
    channel = view.encoding.get("angle")
    if isinstance(channel, dict) and is_number(channel.get("value")):
        given = channel["value"]
    return float(given) if is_number(given) else None


def _spot_labels_flat(spec: dict):
    """q4 (round 11): the question asks for slanted labels (angle=290) so that close events do not overwrite each
    other; labels written flat, with nothing else keeping them apart (a y channel of their own), overlap."""
    texts = [v for v in views(spec) if v.mark == "text" and isinstance(v.encoding.get("text"), dict)]
    if not texts or any(isinstance(v.encoding.get("y"), dict) and v.encoding["y"].get("field") for v in texts):
        return None  # no labels (missing_text_layer speaks), or labels set apart by a y of their own
    angles = [_angle(v) for v in texts]
    if any(a is not None and round(a) % 180 != 0 for a in angles):
        return None
    written = "without an angle" if all(a is None for a in angles) else f"at angle={angles[0]:g}"
    return (f"The labels are written flat ({written}), so the events that fall close together (October and November "
            "2019; November and December 2020) write over each other. The question asks for slanted labels: "
            "mark_text(align='left', dx=5, dy=-5, angle=290).")


labels_flat = Rule(LABELS_FLAT, "wrote the timeline's labels flat, so close events overwrite each other",
                   _spot_labels_flat)
YEAR_LEFT_OFF = "timeline_year_left_off"


def _spot_year_left_off(spec: dict):
    """q4 (round 11): an axis format that drops the year ('%b', '%d %b') on a timeline that crosses a new year; the
    default format (no format) shows the years and is fine."""
    for view in views(spec):
        given = view.encoding.get("x")
        axis = given.get("axis") if isinstance(given, dict) else None
        form = axis.get("format") if isinstance(axis, dict) else None
        if isinstance(form, str) and given.get("type") == "temporal" and not re.search(r"%[YyGgq]", form):
            return (f"The x axis is formatted '{form}', which leaves the year off: the timeline runs from 2019 into "
                    "2020, so the same month appears twice with nothing to tell them apart. Put the year in: "
                    "axis=alt.Axis(format='%b %Y').")
    return None


year_left_off = Rule(YEAR_LEFT_OFF, "formatted the timeline's axis without the year, so the months of 2019 and 2020 "
                     "look alike", _spot_year_left_off)
EVENTS_JOINED = "events_joined_by_line"
JOINING_MARKS = ("line", "area", "trail")


def _spot_events_joined(spec: dict):
    """q4: a line (area, trail) through the milestones, in any layer or panel: a timeline's events are separate
    moments, not values of one series that rose and fell."""
    joined = [v.mark for v in views(spec) if v.mark in JOINING_MARKS]
    if not joined:
        return None
    return (f"A {joined[0]} joins the milestones as if they were values of one series that rose and fell between "
            "them; a timeline's events are separate moments. Draw points (mark_point) with a text layer, and no "
            f"{joined[0]}.")


events_joined = Rule(EVENTS_JOINED, "joined a timeline's separate events with a line, as if they were one series",
                     _spot_events_joined)
events_named = text_shows("label", "the events' names (`label`)")


@lru_cache(maxsize=None)
def _milestone_days() -> dict[str, str]:
    milestones = data.milestones()
    return {f"{d:%Y-%m-%d}": i for i, d in zip(milestones["id"], milestones["date"])}


def _spot_missing_milestones(spec: dict):
    """Milestones left out of the timeline (by the table or a filter), named by their ids."""
    wanted = _milestone_days()
    drawn: set[str] = set()
    for view in views(spec):
        given = view.encoding.get("x")
        if view.mark not in TIMELINE_MARKS or not isinstance(given, dict) or not isinstance(given.get("field"), str):
            continue
        if view.rows is None:
            return None
        if not view.rows:
            return (f"The timeline draws none of the {len(wanted)} milestones: its filter (or its table) leaves "
                    "no row. Draw every row of `milestones`.")
        drawn |= {str(r.get(given["field"]))[:10] for r in view.rows}
    if not drawn or not drawn & set(wanted):
        return None
    missing = [i for d, i in wanted.items() if d not in drawn]
    if missing:
        return (f"The timeline leaves out {len(missing)} of the {len(wanted)} milestones: {', '.join(missing)}. "
                "Draw every row of `milestones`.")
    return None


missing_milestones = Rule(MISSING_ROWS, "left out some of the rows (figures) the question asks to chart",
                          _spot_missing_milestones)


# ----- what honest words for each chart say: the rubric beside the recorded words -------------
# The chart's structure is checked; its words (title, description, axis titles, text on the chart) are
# recorded for the instructor, who marks them against these lists (the student sees them as a self-check).

_NO_OVERCLAIM = ("Claims no more than the figure counts: an activity count is not a crime level (no fall in crime, "
                 "no victory), nobody counted is a victim, and suspects are suspects, not convicted criminals.")
Q1_RUBRIC = (
    "Names what is counted: police activity in the one-year campaign (gangs broken up, suspects apprehended and "
    "detained, cases solved, yuan seized), each in its own unit.",
    # the period: data/milestones.csv (campaign_deployed, November 2019) and release_figures.csv (to 2020-12-24)
    "Gives the period or source: the campaign deployed in November 2019, to the ministry's release of 24 December "
    "2020.",
    _NO_OVERCLAIM,
)
Q2_RUBRIC = (
    "Says that the detained (刑拘) are among the apprehended (抓获): a subset drawn inside the whole, not extra people.",
    "Calls them suspects, apprehended or detained by the police: not convicted, not criminals.",
    "Claims nothing about crime or victims: these are counts of what the police did.",
)
Q3_RUBRIC = (
    "Says these are examples the ministry chose (four regions, each from one operation), not every province.",
    "Does not rank them or compare the provinces: each bar counts a different operation.",
    "Does not read the provinces the release leaves out as zero: they are not reported.",
    "Names what is counted: gangs broken up, police activity, not crime or victims.",
)
Q4_RUBRIC = (
    "Says what the dates are: milestones of the campaign (what the police, prosecutors and courts did, and when).",
    "Claims no effect of the milestones on crime: a timeline shows when things happened, not what they changed.",
)
Q5_RUBRIC = (
    "Says the chart is an index (2019 peak = 100), because the release gives no count for the peak.",
    "Names what is indexed: suspected online trap-loan institutions (lenders), not crimes, loans or victims.",
    "Reads the values as an index: 14 is 14% of the peak level, not 14 institutions; the 86% fall is of the index.",
    "Claims no fall in crime: fewer suspected lenders is not, by itself, less crime.",
)
Q6_RUBRIC = (
    "Says the bars are the November operation's share of each campaign total (gangs, suspects, assets).",
    "Gives the period: one month's operation against the whole campaign to the release of 24 December 2020.",
    _NO_OVERCLAIM,
)
Q9_RUBRIC = (
    "Says the two figures come from different releases, campaigns and periods (about 14 months to date against one "
    "year), so the pair is not a trend.",
    "Names what is counted: criminal cases solved (破获), an activity of the police, not crime.",
    "Claims no rise or fall between the two bars, and nothing about crime or victims.",
)
YT1_RUBRIC = (
    "Names what is counted: prevention work (items of information intercepted, platforms rectified, reminders "
    "issued), three different units.",
    "Claims no crimes prevented and no victims protected: these count what the police did.",
)
YT5_RUBRIC = (
    "Rewrites the draft in the student's own words: the figure is suspected trap-loan institutions, not trap-loan "
    "crime.",
    *Q5_RUBRIC[:1], *Q5_RUBRIC[2:],
)


def worded(judge, parts, *, rubric) -> dict:
    """The ``Question`` arguments of a chart whose words are recorded (``chart_words.recorded_chart``): its
    judge and parts, the rubric, and the chart's words as the answer the grader collects beside it."""
    return {"judge": judge, "parts": parts, "rubric": rubric, "answer_text": words_read}


def _numbers_of(ids: tuple = (), *, decline: bool = False, releases: bool = False, milestones: bool = False) -> Rule:
    """The percentages and years a chart question's words may hold (review round 18, W10: ``chart_numbers``): those its
    own figures give (release figures ``ids``, the decline index, the two releases' cases) and the years the lesson's
    figures cover (a fair title on one chart may name the 2023 report another question compares)."""
    def values():
        if decline:
            return [v for _label, v in decline_rows()]
        if releases:
            return [float(v) for v in releases_table()["cases"]]
        return [data.figure(i) for i in ids]

    def years():
        if milestones:
            return sorted({int(str(d)[:4]) for d in data.milestones()["date"]})
        return (2019, 2020, 2023)  # the campaign's years, and the 2023 report the lesson compares (q9)

    return numbers_rule(values, years)


def _decline_chart(*more_words, practice: bool = False):
    """q5's (and your turn 5's) chart: the decline index as bars from zero; its words recorded, saying it is an
    index and claiming no count and no fall in crime."""
    return recorded_chart(mark="bar", encodings={"x": {"field": "when"}, "y": {"field": "index", "type": "quantitative"}},
                          rules=[labels_as_quantity, decline_as_remaining, time_reversed, second_axis],
                          beside=[cut_baseline, *decline_drawn.values()],
                          form=[labels_as_quantity, decline_as_remaining, time_reversed, second_axis,
                                *drawn_rules(decline_drawn)[0]],
                          baseline=[cut_baseline, *drawn_rules(decline_drawn)[1]],
                          words=[*claim_rules((CRIME_FELL, CREDITED, NONE_LEFT, COUNTED_AS_CRIME, INDEX_AS_COUNT, VICTIMS, CONVICTED,
                                              EVERY_PROVINCE), INDEX_COUNTS),
                                 *more_words, index_stated, summed, unreported, _numbers_of(decline=True)], practice=practice,
                          supports=figures_supported()["q5"])  # yt5 redraws q5's figure


share_tooltip = percent_tooltip("share")  # q6 asks for it: structure, checked

# ----- the questions ---------------------------------------------------------

q1 = Question(
    id="q1",
    reads=("units_chart",),
    # the chart's structure is checked; its words are recorded for the instructor (#19: chart_words)
    **worded(*recorded_chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"},
                                                    "y": {"field": "label", "type": "nominal"}},
                             rules=[mixed_units, split_compared, shared_scale, shared_labels, second_axis],
                             beside=[cut_baseline, *headline_drawn.values()],
                             form=[mixed_units, split_compared, shared_scale, shared_labels, second_axis,
                                   *drawn_rules(headline_drawn)[0]],
                             baseline=[cut_baseline, *drawn_rules(headline_drawn)[1]],
                             words=[*claim_rules((CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME, VICTIMS, CONVICTED, ARRESTED, EVERY_PROVINCE), HEADLINE_COUNTS),
                                    summed, unreported, _numbers_of(HEADLINE_IDS)],
                             supports=figures_supported()["q1"]),
             rubric=Q1_RUBRIC),
    hints=[
        "Start from alt.Chart(headline).mark_bar().encode(x='value:Q', y='label:N').",
        "A third channel, row='unit:N', draws one small panel per unit.",
        "Then .resolve_scale(x='independent', y='independent') gives each panel its own scale and only "
        "its own labels (without y='independent' every panel lists all five), and "
        ".properties(title=..., description=...) the text.",
    ],
    explanation=("Gangs, suspects, cases and yuan are different things. In one panel per unit, each "
                 "with its own scale, bars are compared only with bars of the same unit."),
)

q2 = Question(
    id="q2",
    reads=("nested_chart",),
    **worded(*recorded_chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"}},
                             rules=[stacked_subset, not_nested, pie_of_overlaps, mixed_units, shared_scale, second_axis],
                             beside=[cut_baseline, *suspects_drawn.values()],
                             form=[stacked_subset, not_nested, pie_of_overlaps, mixed_units, shared_scale, second_axis,
                                   *drawn_rules(suspects_drawn)[0]],
                             baseline=[cut_baseline, *drawn_rules(suspects_drawn)[1]],
                             words=[*claim_rules((CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME, VICTIMS, CONVICTED, ARRESTED, EVERY_PROVINCE), SUSPECT_COUNTS),
                                    summed, unreported, _numbers_of(SUSPECT_IDS)],
                             supports=figures_supported()["q2"]),
             rubric=Q2_RUBRIC),
    hints=[
        "Detained people are among the apprehended: the detained bar belongs inside the apprehended bar.",
        "Altair stacks bars that share a row. alt.X('value:Q', stack=None) turns stacking off, "
        "so the bars overlap from zero.",
        "The frame lists apprehended first, so the detained bar is drawn on top; color='label:N' tells them apart.",
    ],
    explanation=("Stacking adds the parts, which makes sense only when they do not overlap. The detained are "
                 "among the apprehended, so a stack counts them twice; nested bars show the subset inside the whole."),
)

LEAGUE_TABLE = "league_table"


RELEASE_ORDER = "release_order_lost"
RANK_OPS = ("rank", "row_number", "dense_rank", "percent_rank", "cume_dist", "ntile")
EMPHASIS = ("color", "fill", "stroke", "opacity", "fillOpacity", "size", "shape", "strokeWidth", "text")
RANK_WORDS = re.compile(r"#\s*1\b|\bno\.?\s*1\b|\b1st\b|\btop\b|\blargest\b|\bbiggest\b|\bwinner\b|\bleader\b",
                        re.IGNORECASE)


def _bar_order(view) -> tuple[list, list[float]] | None:
    """(categories, their values) in the order a bar view draws them, or None if it cannot be followed."""
    channel, given = view.quantitative()
    if channel is None:
        return None
    category = "y" if channel == "x" else "x"
    order = drawn_order(view, category)
    if order is None:
        return None
    field = view.encoding[category]["field"]
    return order, [sum(numbers([r for r in view.rows if r.get(field) == c], given["field"])) for c in order]


def _how_ordered(view) -> str:
    channel = view.quantitative()[0]
    given = view.encoding.get("y" if channel == "x" else "x") or {}
    if "sort" not in given:
        return "no sort: Vega-Lite orders the labels alphabetically"
    if given["sort"] is None:
        return "sort=None keeps the order of the rows, and the table is in that order"
    if isinstance(given["sort"], list):
        return "the list given to sort= fixes that order"
    return f"sort={given['sort']!r} orders them"


def _same_values(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))


def _spot_league_table(spec) -> str | None:
    """The provincial examples drawn in order of size, however the order was made (sort, a sorted table).

    The order drawn is worked out from the rows and the sort (``vegalite.drawn_order``), so a
    table sorted in pandas and kept with sort=None ranks the examples as surely as sort='-x'.
    """
    release = [v for _i, v in release_rows(province_ids())]
    for view in views(spec):
        found = _bar_order(view) if view.mark in LENGTH_MARKS else None
        if found is None:
            given = view.encoding.get("y") if isinstance(view.encoding.get("y"), dict) else {}
            if given.get("sort") in ("-x", "x", "-y", "y") or isinstance(given.get("sort"), dict):
                return ("Sorting the examples by value ranks them, but each counts a different operation the "
                        "ministry chose to showcase: keep the release's order (sort=None).")
            continue
        _order, values = found
        if len(values) < 3 or _same_values(values, [v for v in release if any(close(v, d) for d in values)]):
            continue
        if _same_values(values, sorted(values, reverse=True)) or _same_values(values, sorted(values)):
            return (f"The bars are drawn in order of size ({_how_ordered(view)}), which ranks the examples, but "
                    "each counts a different operation the ministry chose to showcase: keep the release's order "
                    "(the table as given, with sort=None).")
    return None


def _spot_release_order_lost(spec) -> str | None:
    """Bars in another order than the release's (alphabetical, shuffled): the question asks for the release's."""
    release = [v for _i, v in release_rows(province_ids())]
    for view in views(spec):
        found = _bar_order(view) if view.mark in LENGTH_MARKS else None
        if found is None or _spot_league_table(spec):
            continue
        order, values = found
        expected = [v for v in release if any(close(v, d) for d in values)]
        if len(expected) >= 2 and not _same_values(values, expected):  # values that are not the figures: figure_rules
            return (f"The bars are drawn in the order {', '.join(map(str, order))} ({_how_ordered(view)}). The "
                    "question asks for the release's order, which shows them as the ministry listed them: keep "
                    "the table's order with sort=None.")
    return None


def _rank_fields(node) -> set:
    """Fields a window transform (rank, row_number ...) or a calculate naming a rank makes, anywhere in a spec."""
    found: set = set()
    if isinstance(node, dict):
        for op in node["window"] if isinstance(node.get("window"), list) else []:
            if isinstance(op, dict) and op.get("op") in RANK_OPS and op.get("as"):
                found.add(op["as"])
        if "calculate" in node and "rank" in str(node.get("calculate")).lower() and node.get("as"):
            found.add(node["as"])
        for value in node.values():
            found |= _rank_fields(value)
    elif isinstance(node, list):
        for item in node:
            found |= _rank_fields(item)
    return found


def _highlighted_top(view, test, value_field: str) -> bool:
    """True when a condition's test picks out the largest (or smallest) bars, or reads the value to do so."""
    rows = [r for r in view.rows or [] if is_number(r.get(value_field))]
    try:
        picked = [bool(predicate(test, r)) for r in rows]
    except (Unfollowable, TypeError, KeyError):
        return value_field in str(test)
    if not rows or not any(picked) or all(picked):
        return False
    chosen = sorted(r[value_field] for r, p in zip(rows, picked) if p)
    values = sorted(r[value_field] for r in rows)
    return chosen == values[-len(chosen):] or chosen == values[:len(chosen)]


def _spot_highlight_layer(spec) -> str | None:
    """A layer that draws again only the largest (or smallest) examples, over the full set: a highlight."""
    drawn = []
    for view in views(spec):
        given = view.quantitative()[1]
        if given is not None and view.rows is not None:
            drawn.append(sorted(numbers(view.rows, given["field"])))
    full = max(drawn, key=len, default=[])
    for values in drawn:
        if 0 < len(values) < len(full) and (_same_values(values, full[-len(values):])
                                            or _same_values(values, full[:len(values)])):
            return ("A layer draws only the largest (or smallest) example again, which singles it out as first (or "
                    "last): a ranking of examples that each count a different operation. Draw every bar alike.")
    return None


def _spot_rank_marks(spec) -> str | None:
    """A ranking drawn without sorting: a rank in colour or text, the largest bar highlighted, a '#1' label."""
    ranks = _rank_fields(spec)
    for view in views(spec):
        value_field = (view.quantitative()[1] or {}).get("field")
        for channel in EMPHASIS:
            given = view.encoding.get(channel)
            if not isinstance(given, dict):
                continue
            field = given.get("field")
            if isinstance(field, str) and (field in ranks or "rank" in field.lower()):
                return (f"The chart shows a rank ('{field}' on {channel}), which turns the examples into a league "
                        "table, but each counts a different operation the ministry chose to showcase: leave the "
                        "rank out.")
            if field == value_field and value_field and channel != "text" \
                    and given.get("type") in ("quantitative", "ordinal"):
                return (f"{channel} encodes the value again ('{field}'), so the strongest shade reads as first "
                        "place: a ranking of examples that each count a different operation. Colour by example, "
                        "or not at all.")
            conditions = given.get("condition")
            for condition in conditions if isinstance(conditions, list) else [conditions]:
                test = condition.get("test") if isinstance(condition, dict) else None
                if test is not None and value_field and _highlighted_top(view, test, value_field):
                    return ("A condition highlights the largest (or smallest) example, which singles it out as "
                            "first (or last): a ranking of examples that each count a different operation. "
                            "Draw every bar alike.")
        if view.mark == "text":
            for words in _texts_drawn(view):  # a constant, or each row's text as the chart computes it
                if RANK_WORDS.search(words):
                    return (f"The text mark '{words}' ranks the examples, but each counts a different operation "
                            "the ministry chose to showcase: leave the rank out.")
    return _spot_highlight_layer(spec)


league_table = Rule(LEAGUE_TABLE, "ranked the examples the ministry chose to showcase", _spot_league_table)
rank_marks = Rule(LEAGUE_TABLE, "ranked the examples the ministry chose to showcase", _spot_rank_marks)
release_order = Rule(RELEASE_ORDER, "drew the examples in another order than the release's", _spot_release_order_lost)


# ----- q6: bars largest first, however the order is made ----------------------------

def _spot_not_largest_first(spec) -> str | None:
    """Bars not drawn largest first. A table sorted in pandas with sort=None, or a list, draws it right too."""
    for view in views(spec):
        if view.mark not in LENGTH_MARKS:
            continue
        channel = view.quantitative()[0]
        found = _bar_order(view)
        if channel is None:
            continue
        category = "y" if channel == "x" else "x"
        if found is None:
            given = view.encoding.get(category) if isinstance(view.encoding.get(category), dict) else {}
            if not same_sort(given.get("sort"), f"-{channel}", view.encoding):
                return (f"{category} is not sorted as asked: use sort='-{channel}' so the largest bar comes first.")
            continue
        order, values = found
        if _same_values(values, sorted(values, reverse=True)):
            continue
        listed = ", ".join(f"{c} ({figure_text(v)})" for c, v in zip(order, values))
        return (f"The bars are drawn in the order {listed} ({_how_ordered(view)}); the question asks for them "
                f"largest first: sort='-{channel}' on {category}.")
    return None


largest_first = Rule(UNSORTED, "left bars unsorted", _spot_not_largest_first)


def _spot_order_left_to_table(spec) -> str | None:
    """q6 asks the chart to sort its bars largest first (round 12). ``sort=None`` keeps the rows' order, and the table
    ``shares`` happens to be in that order already: the chart draws it right, but sorts nothing (another table, or the
    same rows in another order, would be drawn in that order). The spec must say the order: an explicit sort
    ('-x', an EncodingSortField, a list in size order) or an ordered scale domain."""
    for view in views(spec):
        channel = view.quantitative()[0]
        if view.mark not in LENGTH_MARKS or channel is None:
            continue
        category = "y" if channel == "x" else "x"
        given = view.encoding.get(category)
        if not isinstance(given, dict) or "sort" not in given or given["sort"] is not None:
            continue
        domain = (given.get("scale") or {}).get("domain") if isinstance(given.get("scale"), dict) else None
        if isinstance(domain, list) and domain:
            continue  # an ordered domain says the order
        found = _bar_order(view)
        if found is None or not _same_values(found[1], sorted(found[1], reverse=True)):
            continue  # not drawn largest first: largest_first names it
        return (f"Your bars come out largest first only because the table is already in that order: sort=None on "
                f"{category} keeps the rows' order, so the chart itself sorts nothing (the same rows in another order "
                f"would be drawn in that order). The question asks the chart to sort them: sort='-{channel}' on "
                f"{category}.")
    return None


order_left_to_table = Rule("order_left_to_table", "drew the bars in the table's order (sort=None) where the question "
                           "asks the chart to sort them largest first", _spot_order_left_to_table)

q3 = Question(
    id="q3",
    reads=("province_chart",),
    **worded(*recorded_chart(mark="bar", encodings={"x": {"field": "value", "type": "quantitative"},
                                                    "y": {"field": "example", "type": "nominal"}},
                             rules=[league_table, rank_marks, second_axis],
                             beside=[cut_baseline, release_order, *provinces_drawn.values()],
                             form=[league_table, rank_marks, second_axis, release_order,
                                   *drawn_rules(provinces_drawn)[0]],
                             baseline=[cut_baseline, *drawn_rules(provinces_drawn)[1]],
                             words=[*claim_rules((NATIONWIDE, RANKED, UNMENTIONED_AS_ZERO, CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME,
                                                  VICTIMS, CONVICTED), EXAMPLE_COUNTS), selection_stated, summed, unreported, _numbers_of((*example_ids(), 'gangs_eliminated'))],
                             supports=figures_supported()["q3"]),
             rubric=Q3_RUBRIC),
    hints=[
        "Each bar counts a different operation (strikes, special operations, one line of cases): their sizes "
        "are not comparable, so do not sort them by value.",
        "alt.Y('example:N', sort=None) keeps the order of the table, which is the release's order.",
        "value is a count: type it :Q. example is a label: :N.",
    ],
    explanation=("The provincial figures are examples the ministry picked, each from a different operation or line "
                 "of work. Sorting them by size would turn a selection into a league table; the release's order, "
                 "with each operation named, shows what they are."),
)

q4 = Question(
    id="q4",
    reads=("timeline_chart",),
    **worded(*recorded_chart(mark=TIMELINE_MARKS, encodings={"x": {"field": "date", "type": "temporal"}},
                             rules=[date_as_category, dates_collapsed],
                             beside=[missing_text_layer, events_named, missing_milestones, events_joined, labels_flat,
                                     year_left_off],
                             form=[date_as_category, dates_collapsed, missing_text_layer, events_named,
                                   missing_milestones, events_joined, labels_flat, year_left_off], baseline=None,
                             words=[*claim_rules((CRIME_FELL, NONE_LEFT, VICTIMS, CONVICTED, COUNTED_AS_CRIME, EVERY_PROVINCE), MILESTONE_COUNTS,
                                                MILESTONE_LABELS), summed, unreported, _numbers_of(milestones=True)],
                             points=(0.5, 0.5, 0), supports=figures_supported()["q4"]),
             rubric=Q4_RUBRIC),
    hints=[
        "base = alt.Chart(milestones).encode(x=alt.X('date:T', axis=alt.Axis(format='%b %Y'))); then "
        "base.mark_point() + base.mark_text(align='left', dx=5, dy=-5, angle=290).encode(text='label:N'). "
        "The slant keeps close events' labels apart; the format puts the year on the axis.",
        "Typed :T, dates are placed by the time between them; typed :N they would be spaced evenly.",
        "Put .properties(title=..., description=...) on the layered chart: (points + labels).properties(...).",
    ],
    explanation="A temporal axis keeps the real gaps between events: four months between the launch and the refined plan.",
)

q5 = Question(
    id="q5",
    reads=("decline_chart",),
    **worded(*_decline_chart(), rubric=Q5_RUBRIC),
    hints=[
        "alt.Chart(decline).mark_bar().encode(x='when:N', y='index:Q').",
        "Bars are read by their length, so the y scale must start at zero (Altair's default). "
        "Do not add scale=alt.Scale(zero=False).",
        "The release gives no level for the peak: say in the title or description that the chart is an index.",
    ],
    explanation=("An 86% fall leaves 14% of the peak. The release gives no count for the peak, so an index "
                 "(peak = 100) is all we can draw; from zero, the bars' lengths are honest."),
)

q6 = Question(
    id="q6",
    reads=("share_chart",),
    **worded(*recorded_chart(mark="bar", encodings={"x": {"field": "share", "type": "quantitative"},
                                                    "y": {"field": "measure", "type": "nominal"}},
                             rules=[pie_of_overlaps, second_axis],
                             beside=[largest_first, order_left_to_table, cut_baseline, *shares_drawn.values(),
                                     share_tooltip],
                             form=[pie_of_overlaps, second_axis, largest_first, order_left_to_table, share_tooltip,
                                   *drawn_rules(shares_drawn)[0]],
                             baseline=[cut_baseline, *drawn_rules(shares_drawn)[1]],
                             words=[*claim_rules((CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME, VICTIMS, CONVICTED, ARRESTED,
                                                  EVERY_PROVINCE, SHARE_AS_MAJORITY), SHARE_COUNTS),
                                    summed, unreported, _numbers_of(tuple(i for _l, part, whole in SHARE_PARTS for i in (part, whole)))],
                             supports=figures_supported()["q6"]),
             rubric=Q6_RUBRIC),
    hints=[
        "share is a number between 0 and 1: type it :Q (and axis=alt.Axis(format='%') shows percentages).",
        "alt.Y('measure:N', sort='-x') sorts the bars.",
        "A chart without a title and a description leaves screen-reader users with nothing: add both.",
    ],
    explanation=("Shares put different units on one scale (a fraction of each total), which is what allows "
                 "gangs, suspects and yuan to sit on one axis here."),
)

Q7_OPTIONS = ("a", "b", "c", "d")
q7 = Question(
    id="q7",
    reads=("supported_claim",),
    judge=choice("a", Q7_OPTIONS,
                 wrong={"b": "The chart is an index: 86 is a percentage of the peak, not a count. "
                             "The release never says how many institutions there were.",
                        "c": "The figure counts suspected lending institutions, not crimes. Fewer lenders "
                             "does not tell how much crime there was.",
                        "d": "Nothing here counts victims; the figure is about institutions."},
                 codes={"b": "percent_as_count", "c": "institutions_as_crime",
                        "d": "institutions_as_victims"}),
    hints=["What does one unit of the chart's y axis measure?",
           "An index from the peak compares each level with the peak level."],
    explanation="100 - 86 = 14: the late-2020 level is 14% of the peak, about one seventh. That is all the chart shows.",
)

Q8_OPTIONS = ("a", "b", "c", "d")
q8 = Question(
    id="q8",
    reads=("chart_problem",),
    judge=choice("b", Q8_OPTIONS,
                 wrong={"a": "Sorting does not fix it: the trouble is what the stack adds up.",
                        "c": "A pie makes the same mistake: its slices are parts that do not overlap.",
                        "d": "Read the length of the whole stack: what total does it suggest?"},
                 codes={"a": "sorting_not_the_problem", "c": "pie_for_subset", "d": STACKED_SUBSET}),
    hints=["What does the total length of a stacked bar mean?",
           "Is a detained suspect also an apprehended suspect?"],
    explanation="A stack adds its parts. Detained (刑拘) people were first apprehended (抓获): the parts overlap.",
)


# ----- transfer: a later release the lesson did not show ----------------------

def releases_table():
    """Criminal cases solved as two releases report them: the 2020 campaign to date, and 2023.

    Built from data/releases.csv (row r2020_cases) and the 2023 report's printed sentence (read by
    ``checks.capstone``: lesson 05's capstone asks about it, so no student table holds it); the exercise calls it
    `two_releases`, for q9.
    """
    import pandas as pd

    from .capstone import cases_as_lesson02_shows  # only this figure: the capstone's key is sealed (l0305)

    rows = pd.DataFrame([data.releases().set_index("id").loc["r2020_cases"], cases_as_lesson02_shows()])
    names = {"r2020_cases": "24 Dec 2020 release", "capstone cases": "2023 annual report"}
    return pd.DataFrame({
        "release": [f"{names[i]}: {r.period_start:%b %Y} to {r.period_end:%b %Y}" for i, r in rows.iterrows()],
        "cases": rows["value"].to_list(),
        "campaign": rows["campaign"].to_list(),
    })


# q9 lets the student choose the mark: bars from zero, or points, ticks or text on a scale from zero, show two
# figures honestly; a line (or area) is what misleads (``trend_across_releases``).
RELEASE_MARKS = ("bar",) + POSITION_MARKS

q9 = Question(
    id="q9",
    reads=("releases_chart",),
    **worded(*recorded_chart(mark=RELEASE_MARKS, encodings={"x": {"field": "release", "type": "nominal"},
                                                           "y": {"field": "cases", "type": "quantitative"}},
                             rules=[trend_across_releases, second_axis],
                             beside=[cut_baseline, *releases_drawn.values()],
                             form=[trend_across_releases, second_axis, *drawn_rules(releases_drawn)[0]],
                             baseline=[cut_baseline, *drawn_rules(releases_drawn)[1]],
                             words=[*claim_rules((CRIME_FELL, NONE_LEFT, RELEASES_TREND, COUNTED_AS_CRIME, VICTIMS, CONVICTED, EVERY_PROVINCE),
                                                  RELEASES_COUNTS),
                                    periods_stated, summed, unreported, _numbers_of(releases=True)],
                             supports=figures_supported()["q9"]),
             rubric=Q9_RUBRIC),
    hints=[
        "Which mark does not suggest a path between the two figures? A line says 'one series over time'.",
        "Compare the two periods in `two_releases`: are they the same length, and from the same campaign?",
        "Cases solved count what the police did. Name that in the title, and say in the title or description "
        "what makes the two figures differ.",
    ],
    explanation=("The two figures come from different campaigns and periods of different lengths (about 14 months "
                 "to date against one year, itself implied), and count police work, not crime: bars from zero, "
                 "with the difference stated, show them without suggesting a trend."),
)


# ----- in-lesson "your turn" checks (not graded; prompts and solutions typed here) ---------

yt1 = Question(
    id="yt1",
    reads=("prevention_chart",),
    # the prompt names no axis: bars may be horizontal (value on x) or vertical (value on y)
    **worded(*recorded_chart(mark="bar", encodings=[{"x": {"field": "value", "type": "quantitative"}},
                                                    {"y": {"field": "value", "type": "quantitative"}}],
                             rules=[mixed_units, shared_scale, second_axis],
                             beside=[cut_baseline, *prevention_drawn.values()],
                             form=[mixed_units, shared_scale, second_axis, *drawn_rules(prevention_drawn)[0]],
                             baseline=[cut_baseline, *drawn_rules(prevention_drawn)[1]],
                             words=[*claim_rules((VICTIMS, CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME, CONVICTED, EVERY_PROVINCE), PREVENTION_COUNTS),
                                    summed, unreported, _numbers_of(PREVENTION_IDS)],
                             practice=True, supports=figures_supported()["yt1"]),
             rubric=YT1_RUBRIC),
    hints=["Select the three rows with figures['id'].isin([...]), keeping the 'unit' column.",
           "row='unit:N' and .resolve_scale(x='independent', y='independent') give each unit its own panel."],
    solution_code=(
        "prevention = figures[figures['id'].isin(['information_intercepted', 'platforms_rectified', "
        "'reminders_issued'])][['id', 'value', 'unit']]\n"
        "prevention_chart = alt.Chart(prevention).mark_bar().encode(\n"
        "    x='value:Q', y=alt.Y('id:N', title=None), row=alt.Row('unit:N', title=None),\n"
        ").resolve_scale(x='independent', y='independent').properties(\n"
        "    title='Prevention work reported in the release, one panel per unit',\n"
        "    description='Items of information intercepted, platforms rectified and reminders issued, each on its own scale.')"),
    explanation="Items, platforms and reminders are three units: three panels, three scales.",
)


def _yt2_judge() -> Judge:
    """yt2's judge: the share of the campaign's apprehended suspects that the July operation apprehended. It asks the
    skill of 01 q4 (a part over its whole) on figures 01 q4 does not use (round 14's teaching review: yt2 had repeated
    q4's detained / apprehended). Its key is worked out inside it and kept under no name of the module (#19; its cells
    hold no answer: test_no_closure_answer.py walks them)."""
    def f(figure_id: str) -> float:
        return data.figure(figure_id)

    def key() -> float:
        return f("july_suspects_apprehended") / f("suspects_apprehended")

    # rel_tol 0.005: the part added to its whole (138 / 17,138) lies 0.8% from the key and must not pass
    plain = number(key, rel_tol=0.005, misconceptions=[
        Misconception("percent_not_share", "You gave {answer}: that is a percentage; give the share as a number between "
                      "0 and 1.", lambda: 100 * key(), rel_tol=0.02),  # 0.8: a percentage rounded
        Misconception("inverted_share", "You gave {answer}: that is the campaign's apprehended divided by July's, the "
                      "division the other way round (above 1, which no share of a whole can be): the share is the part "
                      "(the July operation's apprehended) over the whole (the campaign's).", lambda: 1 / key(),
                      rel_tol=0.01),
        Misconception("difference_not_share", "You gave {answer}: that is how many of the campaign's apprehended were "
                      "not apprehended in July, a count; the question asks for a share.",
                      lambda: f("suspects_apprehended") - f("july_suspects_apprehended")),
        Misconception("complement_share", "You gave {answer}: that is the share NOT apprehended in the July "
                      "operation.", lambda: 1 - key(), rel_tol=0.01),
        Misconception("part_added_to_whole", "You gave {answer}: that divides July's apprehended by the campaign's "
                      "plus July's, which counts July's suspects twice: they are among the campaign's apprehended, as "
                      "the note on the figure says. Divide by the campaign's apprehended alone.",
                      lambda: f("july_suspects_apprehended") / (f("suspects_apprehended")
                                                                + f("july_suspects_apprehended")), rel_tol=0.002),
        Misconception("operation_added", "You gave {answer}: that divides by the campaign's apprehended plus the "
                      "November operation's, who are already among them: both operations are part of the campaign. "
                      "Divide by the campaign's apprehended alone.",
                      lambda: f("july_suspects_apprehended") / (f("suspects_apprehended")
                                                                + f("november_suspects_apprehended")), rel_tol=0.002),
        Misconception("detained_as_whole", "You gave {answer}: that divides by the suspects detained (刑拘), a subset "
                      "of the apprehended; the question's whole is the campaign's apprehended (抓获).",
                      lambda: f("july_suspects_apprehended") / f("suspects_detained"), rel_tol=0.002),
        Misconception("november_not_july", "You gave {answer}: that is the NOVEMBER operation's share of the "
                      "apprehended, the lesson's example (`shares`); the question asks for the July operation's.",
                      lambda: f("november_suspects_apprehended") / f("suspects_apprehended"), rel_tol=0.01),
        Misconception("other_operation_as_whole", "You gave {answer}: that divides July's apprehended by the November "
                      "operation's. Neither operation holds the other: the whole is the campaign's apprehended.",
                      lambda: f("july_suspects_apprehended") / f("november_suspects_apprehended"), rel_tol=0.01),
        Misconception("cases_not_suspects", "You gave {answer}: that divides July's 39 series CASES by the campaign's "
                      "apprehended SUSPECTS: a share needs its part and its whole in the same unit (suspects).",
                      lambda: f("july_sextortion_cases") / f("suspects_apprehended"), rel_tol=0.01),
        Misconception("detained_share_given", "You gave {answer}: that is the share of the apprehended who were "
                      "detained (lesson 01's question), not the July operation's share of the apprehended.",
                      lambda: f("suspects_detained") / f("suspects_apprehended"), rel_tol=0.01),
        # round 15 (C4): the two operations taken together as the whole
        Misconception("operations_as_whole", "You gave {answer}: that divides July's apprehended by the two "
                      "operations' together (July's plus November's). The operations are two parts of the campaign, "
                      "not its whole: divide by the campaign's apprehended.",
                      lambda: f("july_suspects_apprehended") / (f("july_suspects_apprehended")
                                                                + f("november_suspects_apprehended")), rel_tol=0.01),
    ])

    def as_the_lesson_rounds(value) -> Outcome:
        """Round 15 (C3): the share rounded as the lesson and the guide write it ("about 0.008", three decimal
        places) is accepted, with a note; any other reading is ``plain``'s."""
        outcome = plain(value)
        if not outcome.passed and is_number(value) and not isinstance(value, bool) and float(value) == round(key(), 3):
            return correct(f"Right: {float(value):g} is the share rounded as the lesson writes it (about 0.008). Keep "
                           "two significant figures (0.0081) when you report it: 0.008 would also be the share of a "
                           "slightly different whole.")
        if outcome.status == INCORRECT and outcome.misconception in (None, TYPED_WRONG) and is_number(value) \
                and not isinstance(value, bool):
            # round 16 (#19): a share of the campaign in another unit (39 / 32,000: cases over cases), worked out
            # from the release's table; it wins over a one-keystroke typo (0.0012 is 39 / 32,000 rounded)
            other_unit = share_in_another_unit(float(value), "july_suspects_apprehended", "suspects_apprehended")
            if other_unit is not None:
                return incorrect(other_unit[1], other_unit[0])
        return outcome

    return Judge(as_the_lesson_rounds, {**plain.misconceptions, UNIT_SHARE_CODE: UNIT_SHARE_DESCRIPTION})


yt2 = Question(
    id="yt2",
    reads=("july_share",),
    judge=_yt2_judge(),
    hints=["The July operation's row in `figures` is 'july_suspects_apprehended'; its whole is 'suspects_apprehended' "
           "(its note says the operation is part of the campaign totals).",
           "data.figure(id) gives one figure's value: divide the part by the whole."],
    solution_code=("july_share = data.figure('july_suspects_apprehended') / data.figure('suspects_apprehended')"),
    explanation=("Part over whole, as for November: 138 / 17,000 is about 0.008, under 1% of the campaign's "
                 "apprehended. A bar of it inside the campaign's would be a sliver."),
)

YT3_OPTIONS = ("a", "b", "c", "d")
yt3 = Question(
    id="yt3",
    reads=("honest_title",),
    judge=choice("c", YT3_OPTIONS,
                 # (review round 17: every option uses the lesson's own words, "chosen", "picked", "operations", so
                 # the right one is told by what it claims, not by wording matched with the text above)
                 wrong={"a": "'from most to fewest' ranks the examples, but each counts a different operation the "
                             "ministry chose to showcase: their sizes are not comparable.",
                        "b": "'the picture across China' claims the whole country; the release gives four examples "
                             "and mentions no other province.",
                        "d": "Nothing here counts victims: the figures count gangs broken up, not the people they "
                             "harmed."},
                 codes={"a": RANKED.code, "b": NATIONWIDE.code, "d": VICTIMS.code}),
    hints=["For each title, ask: what does the figure count, and where does it come from?"],
    solution_code="honest_title = 'c'",
    explanation="Four examples, chosen by the ministry, each from its own operation: a selection, not a ranking.",
)


def _yt4_number() -> Judge:
    """yt4's number judge; its key, the days from the legal opinions to the press conference, is worked out inside it
    and kept under no name of the module (#19; its cells hold no answer: test_no_closure_answer.py walks them)."""
    def key() -> int:
        dates = data.milestones().set_index("id")["date"]
        return int((dates["press_conference"] - dates["opinions_in_force"]).days)

    def year_days() -> list[int]:
        """The days of the years between the two dates' year numbers (365 or 366 a year), months and days ignored."""
        dates = data.milestones().set_index("id")["date"]
        years = dates["press_conference"].year - dates["opinions_in_force"].year
        return [years * 365, years * 366]

    plain = number(key, misconceptions=[
        Misconception("months_not_days", "You gave {answer}: that looks like a count of months; the question asks for days.",
                      lambda: round(key() / 30.44)),
        Misconception("weeks_not_days", "You gave {answer}: that is the gap in weeks (the days divided by 7); the question asks for "
                      "days: .days on the difference of the two dates.", lambda: key() / 7, rel_tol=0.01),
        Misconception("years_not_days", "You gave {answer}: that is the gap in years (the days divided by 365); the question asks for "
                      "days: .days on the difference of the two dates.", lambda: key() / 365.25,
                      rel_tol=0.03),
        Misconception("hours_not_days", "You gave {answer}: that is the gap in hours; the question asks for days: .days on the "
                      "difference of the two dates.", lambda: key() * 24, rel_tol=0.01),
        Misconception("seconds_not_days", "You gave {answer}: that is the gap in seconds (.total_seconds() or .seconds of a longer "
                      "gap); the question asks for days: .days on the difference of the two dates.",
                      lambda: key() * 86400, rel_tol=0.01),
        # review round 13, M3: the shared off-by-one hint's example (the 1st to the 31st has 31 days) pointed the wrong
        # way for "days between": the days that passed are the later date minus the earlier
        Misconception("off_by_one", "You gave {answer}: one more than the days that passed, as if both the first and the "
                      "last day were counted. The days between two dates are the later date minus the earlier (.days "
                      "of the difference), which counts one of the two ends, not both.", lambda: key() + 1),
        Misconception("off_by_one", "You gave {answer}: one fewer than the days that passed, as if neither end were "
                      "counted. The days between two dates are the later date minus the earlier (.days of the "
                      "difference).", lambda: key() - 1),
        # round 13 holdout: 365, a year's days for the difference of the two years alone (366: 2020 is a leap year)
        Misconception("year_numbers_only", "You gave {answer}: that is whole years of days, the difference of the two "
                      "dates' years alone, as if both fell on the same day of the year. Their months and days differ "
                      "too: subtract the two whole dates and take .days of the difference.", year_days),
        Misconception("same_date_twice", "You gave {answer}: no days at all, which is what a date minus itself gives. Check that "
                      "you picked two different milestones: 'press_conference' minus 'opinions_in_force'.", 0),
        Misconception("from_campaign_launch", "You gave {answer}: that counts from the campaign's launch (November 2019, day not "
                      "given); the legal opinions came into force earlier.",
                      lambda: int((data.milestones().set_index("id")["date"]["press_conference"]
                                   - data.milestones().set_index("id")["date"]["campaign_deployed"]).days)),
    ])

    def other_gaps() -> list[counted.Candidate]:
        """The days between any other two milestones (round 9, ``counted``): a wrong start or end first (one step),
        then two wrong ends."""
        dates = data.milestones().set_index("id")["date"]
        asked = {"opinions_in_force", "press_conference"}
        out = []
        for i, first in enumerate(dates.index):
            for last in dates.index[i + 1:]:
                if {first, last} == asked:
                    continue
                days = abs(int((dates[last] - dates[first]).days))
                out.append(counted.Candidate(
                    "other_milestones", f"the number of days between {first} and {last} in `milestones`", float(days),
                    tier=0 if {first, last} & asked else 1, whole=True, key=(first, last)))
        year_end = dates["press_conference"] + pd.offsets.YearEnd(0)  # the end of the press conference's year
        if year_end != dates["press_conference"]:
            out.append(counted.Candidate(
                "other_milestones", f"the number of days from opinions_in_force to {year_end:%d %B %Y}, the end of the "
                "year, not to press_conference", float((year_end - dates["opinions_in_force"]).days), whole=True,
                key=("opinions_in_force", "year_end")))
        return out

    @judge({**plain.misconceptions, **counted.DECLARED,
            "other_milestones": "counted the days between two other milestones (a wrong start or end)"})
    def days_judge(value) -> Outcome:
        given = plain(value)
        if given.passed or (given.misconception and given.misconception not in GENERIC_CODES):
            return given
        named = counted.verdict(value, other_gaps(), asked="the days from opinions_in_force to press_conference")
        return named or given

    # A number passes exactly when ``plain`` passes it (counted names only wrong ones), so day_counts asks plain's
    # quick ``passes`` about the days near a reading in weeks or months (test_judge_passes.py checks it).
    return Judge(days_judge.function, days_judge.misconceptions, passes=plain.passes)


def _date_reached_last(days: Judge) -> Judge:
    """02 yt4's judge with one last reading (round 14): a whole number of days that nothing in ``days`` named (its
    own slips, other milestones, then day_counts' other units and estimates) is read as the date it reaches. Asked
    last, so that the more specific readings of ``days`` speak first."""
    def judge(value) -> Outcome:
        outcome = days(value)
        if outcome.passed or (outcome.misconception and outcome.misconception not in GENERIC_CODES):
            return outcome
        days_given = whole_days(value)  # a Timedelta is read by its days, as day_counts reads it
        return date_it_reaches(value if days_given is None else days_given) or outcome

    def date_it_reaches(value) -> Outcome | None:
        """A whole number of days no slip explains, read as the date it reaches (round 14: 470 and 600 were told
        "too high. Check which figures you used and the units"): that many days after the opinions came into force,
        set beside the press conference's date."""
        if isinstance(value, bool) or not is_number(value) or not float(value).is_integer() \
                or not 0 < float(value) <= 36_600:
            return None
        dates = data.milestones().set_index("id")["date"]
        start, end = dates["opinions_in_force"], dates["press_conference"]
        count = int(value)
        reached = start + pd.Timedelta(days=count)

        def day(when) -> str:
            return f"{when.day} {when:%B %Y}"
        return incorrect(f"You gave {count}: {count} day{'s' if count != 1 else ''} after the legal opinions came "
                         f"into force ({day(start)}) is {day(reached)}, not the press conference ({day(end)}), so "
                         f"your count is too {'high' if reached > end else 'low'}. Subtract the two dates in "
                         "`milestones` and take .days of the difference.", "days_reach_another_date")

    return Judge(judge, {**days.misconceptions,
                         "days_reach_another_date": "gave a number of days no slip explains: the verdict says the date "
                                                    "it reaches from the start, beside the press conference's"},
                 passes=days.passes)


yt4 = Question(
    id="yt4",
    reads=("days_between",),
    judge=_date_reached_last(days_or_timedelta(_yt4_number())),
    hints=["Subtracting two dates gives a Timedelta; its .days is the number of days.",
           "Pick the two dates with milestones.set_index('id')['date'] and the ids 'opinions_in_force' and "
           "'press_conference'."],
    solution_code=("dates = milestones.set_index('id')['date']\n"
                   "days_between = (dates['press_conference'] - dates['opinions_in_force']).days"),
    explanation="Dates are quantities of time: the gaps between them are what a temporal (:T) axis keeps.",
)


# The colleague's draft in notebooks/02 (your turn 5); tests/checks/test_claims.py checks the notebook still says so.
DRAFT_TITLE = "Trap-loan crime down {fall:g}% since 2019"
DRAFT_DESCRIPTION = "Bars of trap-loan crime in 2019 and 2020."


def _plain_words(text) -> str:
    return " ".join(re.findall(r"[a-z0-9%]+", str(text).lower()))


def _spot_draft_words(spec) -> str | None:
    """The draft's own title or description kept: yt5 asks for the student's own honest rewrite."""
    draft = {_plain_words(DRAFT_DESCRIPTION): "description",
             _plain_words(DRAFT_TITLE.format(fall=data.figure("trap_loan_institutions_decline"))): "title"}
    for where, text in chart_texts(spec) if isinstance(spec, dict) else []:
        if _plain_words(text) in draft:
            return (f"{where.capitalize()} is the colleague's draft {draft[_plain_words(text)]}, word for word. The "
                    "exercise asks you to rewrite it: say what the bars count (suspected trap-loan institutions, as an "
                    "index), not what the draft claims.")
    return None


kept_draft_words = Rule("kept_draft_words", "kept the draft's own title or description instead of rewriting it",
                        _spot_draft_words)


def _draft_decline_fixed():
    """What yt5 judges: the decline index as bars from zero (checked), its words the student's own, recorded,
    saying it is an index (q5's chart, with the draft's own words named when kept)."""
    return _decline_chart(kept_draft_words, practice=True)


yt5 = Question(
    id="yt5",
    reads=("fixed_decline",),
    **worded(*_draft_decline_fixed(), rubric=YT5_RUBRIC),
    hints=["Look at the y scale's domain: where does it start?",
           "Look at the title: what does the figure count, and what does the title say fell?"],
    solution_code=(
        "fixed_decline = alt.Chart(decline).mark_bar(size=60).encode(\n"
        "    x=alt.X('when:N', sort=None, title=None),\n"
        "    y=alt.Y('index:Q', title='Index, 2019 peak = 100'),\n"
        ").properties(\n"
        "    title='Suspected online trap-loan institutions: down 86% from the 2019 peak (index)',\n"
        "    description='Index bars from zero: 100 at the 2019 peak, 14 as reported on 24 December 2020. '\n"
        "                'The release gives no count for the peak.')"),
    explanation=("The draft cut the baseline (its domain started above zero) and called a count of suspected "
                 "lenders a fall in crime. From zero, and naming what is counted, the chart says only what it can."),
)

YT6_OPTIONS = ("a", "b", "c", "d")
yt6 = Question(
    id="yt6",
    reads=("log_points",),
    judge=choice("a", YT6_OPTIONS,
                 wrong={"b": "Speed is not the reason: a handful of bars draws as fast as points.",
                        "c": "Altair will draw them; the trouble is what their length would mean.",
                        "d": "The labels sit on the other axis, so bars would not hide them; think about where a bar "
                             "starts and what its length measures."},
                 codes={"b": "log_points_for_speed", "c": "log_bars_possible", "d": "log_points_for_labels"}),
    hints=["Where does a bar start? Is that value on a log axis?"],
    solution_code="log_points = 'a'",
    explanation="log(0) does not exist: a bar on a log axis starts wherever the axis happens to begin.",
)

# yt7 (round 13, teaching review: objective o6's selection was assessed by no question): the lesson's selection
# highlights on hover with colour on one chart; here the student makes section 1's panels answer a click, a
# transfer to another chart. What the prompt asks, checked (round 13 review: a selection on `unit`, colour, an interval
# selection were accepted): a click (a selection bound to a widget or a legend is named, widget_not_click), by `label`
# or by a field that picks the same bars (round 15, C6: `id`, one per label), read by opacity;
# the chart keeps section 1's title, so its words are read for the claims q1 reads.
YT7_ASKED = chart_interaction.asked_selection(
    kind="point", field="label", channels=("opacity", "fillOpacity"),
    asks="The question asks for a point selection on the label field (alt.selection_point(fields=['label'])), read "
         "by the opacity channel, so a click keeps one bar lit in its panel and fades the others.")
yt7 = Question(
    id="yt7",
    reads=("clicked_units",),
    judge=chart(mark="bar", encodings=[{"x": {"field": "value", "type": "quantitative"}},
                                       {"y": {"field": "value", "type": "quantitative"}}],
                rules=[*chart_interaction.RULES, *YT7_ASKED, mixed_units, shared_scale,
                       *claim_rules((CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME, VICTIMS, CONVICTED, EVERY_PROVINCE), HEADLINE_COUNTS)]),
    hints=["Make the selection first: picked = alt.selection_point(fields=['label']). A point selection answers a "
           "click unless you say on='pointerover'.",
           "Then units_chart.add_params(picked).encode(opacity=alt.condition(picked, alt.value(1), alt.value(0.3)))."],
    solution_code=("picked = alt.selection_point(fields=['label'])\n"
                   "clicked_units = units_chart.add_params(picked).encode(\n"
                   "    opacity=alt.condition(picked, alt.value(1), alt.value(0.3)),\n"
                   ")"),
    explanation=("A selection is part of the chart's spec: added with .add_params and read by a condition, it works "
                 "in any view of the notebook, offline. Left out of either step, nothing responds."),
)

# yt8 (round 15, #19: objective o6's widget control was assessed only by your turn 6's letter): the student builds a
# control of their own, as section 6's widget is built: a plain function that draws section 5's index for a scale, and
# the control that calls it. Judged by what the control shows a reader (``controls.views``): for the linear choice,
# bars of the index from zero; for the log choice, points on a log scale (a bar there has no zero to start from). Any
# widget that offers both is fair: a dropdown, toggle buttons, a checkbox "log", ``interact`` as well as
# ``interactive``, labels of its own.
CHART_NOT_CONTROL = "chart_not_control"
FUNCTION_NOT_CONTROL = "function_not_control"
WIDGET_CALLS_NOTHING = "widget_calls_nothing"
CONTROL_OFFERS_ONE_VIEW = "control_offers_one_view"
VIEW_NOT_A_CHART = "view_not_a_chart"
SCALE_NOT_APPLIED = "scale_not_applied"
NO_LINEAR_VIEW = "no_linear_view"
BARS_ON_LOG_SCALE = "bars_on_log_scale"
LOG_SCALES = ("log", "symlog")
POINT_MARKS = ("point", "circle", "square", "tick")
_INDEX_ENCODINGS = [{"y": {"field": "index", "type": "quantitative"}}, {"x": {"field": "index", "type": "quantitative"}}]
_VIEW_WORDS = claim_rules((CRIME_FELL, NONE_LEFT, COUNTED_AS_CRIME, INDEX_AS_COUNT, VICTIMS), INDEX_COUNTS)
_linear_view = chart(mark="bar", encodings=_INDEX_ENCODINGS, rules=[cut_baseline, *_VIEW_WORDS])
_log_view = chart(mark=POINT_MARKS, encodings=_INDEX_ENCODINGS, rules=_VIEW_WORDS)


def _on_log_scale(spec) -> bool:
    """Whether a view of the chart draws a quantitative x or y on a log scale."""
    return any(isinstance(given := view.encoding.get(channel), dict)
               and isinstance(given.get("scale"), dict) and given["scale"].get("type") in LOG_SCALES
               for view in views(spec) for channel in ("x", "y"))


def _bars_on_log_scale(spec) -> bool:
    return any(view.mark in LENGTH_MARKS for view in views(spec)) and _on_log_scale(spec)


def _choice_text(name: str, choice) -> str:
    return f"{name}={choice!r}"


def _judge_control(value) -> Outcome:
    """yt8: a control (``controls.control_of``) judged by the chart its function draws for each choice it offers."""
    if is_placeholder(value):
        return not_attempted()
    control = control_of(value)
    if control is None:
        # review round 16 (C9): no verdict prints the worked line (round 15's teaching review); each says what is
        # missing and where the second hint is
        if spec_of_chart(value) is not None:
            return incorrect("You stored a chart: it shows one view, and a reader cannot change it. The question asks "
                             "for the control that redraws it, made from your decline_view function with ipywidgets "
                             "(the second hint shows how), stored in scale_control.", CHART_NOT_CONTROL)
        if callable(value):
            return incorrect("This is a function, not a control: a reader has nothing to click. Wrap it in a control "
                             "that calls it with the scale picked (ipywidgets' interactive; the second hint shows "
                             "how).", FUNCTION_NOT_CONTROL)
        if type(value).__module__.startswith("ipywidgets"):
            return incorrect(f"You gave a {type(value).__name__} widget on its own: a reader can pick a choice, but it calls "
                             "no function, so no chart is drawn and the check has nothing to read. The control must "
                             "call decline_view with the scale picked (ipywidgets' interactive does both; the second "
                             "hint shows how).", WIDGET_CALLS_NOTHING)
        return wrong_type(f"You gave {describe(value)}; this question wants a control that calls decline_view with "
                          "the scale a reader picks (the second hint shows how).")
    offered = control.offered()
    if not offered:
        said = "; ".join(f"{name} is a text box (whatever is typed is passed on)" if kind == FREE_TEXT else
                         f"{name} is fixed at {control.current.get(name)!r}" if kind == FIXED else
                         f"{name} offers only {control.choices[name][0]!r}" for name, kind in control.kinds.items())
        return incorrect(f"Your control offers a reader no choice ({said or 'it has no argument'}), so it shows one "
                         "chart. Give the choices as a list, scale=['linear', 'log']: ipywidgets makes a dropdown of "
                         "them.", CONTROL_OFFERS_ONE_VIEW)
    results = control_views(control)
    if (stopped := never_returned(results)) is not None:
        return stopped
    problems, linear, log = [], [], []
    for (name, choice), out in results.items():
        said = _choice_text(name, choice)
        if isinstance(out, str) and out.startswith("error: "):
            problems.append((VIEW_NOT_A_CHART, f"For {said} your function raised {out[len('error: '):]}; a reader "
                                               "who picks it sees the error, not a chart."))
            continue
        spec = spec_of_chart(out)
        if spec is None:
            what = "None (nothing: end the function with return and the chart)" if out is None else describe(out)
            problems.append((VIEW_NOT_A_CHART, f"For {said} your function returned {what}, not a chart: a control "
                                               "shows what its function returns."))
            continue
        (log if _on_log_scale(spec) else linear).append((said, out, spec))
    if problems:
        return every_problem(problems)
    choices = ", ".join(_choice_text(name, choice) for name, values in offered.items() for choice in values)
    if not log:
        return incorrect(f"Whatever a reader picks ({choices}), your function draws the same linear scale: the "
                         "control changes nothing a reader can see. Set the scale from the argument, e.g. "
                         "alt.Y('index:Q', scale=alt.Scale(type='log')) when scale == 'log'.", SCALE_NOT_APPLIED)
    if not linear:
        return incorrect(f"Every choice ({choices}) draws a log scale: a reader can never see the index on a linear "
                         "scale, where bars from zero show its length honestly. Draw the log scale only for the log "
                         "choice.", NO_LINEAR_VIEW)
    for said, _out, spec in log:
        if _bars_on_log_scale(spec):
            return incorrect(f"For {said} your function draws bars on a log scale: a log axis has no zero, so a "
                             "bar's length would mean nothing (your turn 6). Draw points (mark_point) when the scale "
                             "is log, as the lesson's widget does.", BARS_ON_LOG_SCALE)
    for view_judge, drawn in ((_linear_view, linear), (_log_view, log)):
        for said, out, _spec in drawn:
            outcome = view_judge(out)
            if not outcome.passed:
                return replace(outcome, message=f"For {said}: {outcome.message}")
    return correct(f"Your control offers {choices}, and your function draws the index honestly for each: bars from "
                   "zero on the linear scale, points on the log scale, where a bar would have no zero to start from. "
                   "Show the control in a cell of its own (scale_control) and try each choice.")


def spec_of_chart(value):
    """The spec of an Altair chart, or None (for anything else, or a chart Altair cannot build)."""
    try:
        return spec_of(value)
    except Exception:  # a chart Altair cannot build: no spec to read
        return None


yt8 = Question(
    id="yt8",
    reads=("scale_control",),
    judge=Judge(_judge_control, {
        **_linear_view.misconceptions, **_log_view.misconceptions,
        CHART_NOT_CONTROL: "stored a chart (one view) where the question asks for the control that redraws it",
        WIDGET_CALLS_NOTHING: "stored a bare widget (a Dropdown, ToggleButtons ...) that calls no function, so no "
                              "chart is drawn for the choice picked",
        FUNCTION_NOT_CONTROL: "stored the function, not the control that calls it (widgets.interactive)",
        CONTROL_OFFERS_ONE_VIEW: "made a control that offers no choice (a fixed value or a text box), so it shows one "
                                 "chart",
        VIEW_NOT_A_CHART: "wrote a function that, for a choice the control offers, returns no chart (None, an error, "
                          "another value)",
        SCALE_NOT_APPLIED: "wrote a function that ignores the scale it is given: every choice draws the same linear "
                           "chart",
        NO_LINEAR_VIEW: "drew a log scale for every choice, so the linear view (bars from zero) is never shown",
        BARS_ON_LOG_SCALE: "drew bars on a log scale, where a bar has no zero to start from",
    }),
    hints=["First the function: def decline_view(scale): build the chart with mark_point() and "
           "alt.Scale(type='log') when scale == 'log', with mark_bar() otherwise, and return it.",
           "Then the control: scale_control = widgets.interactive(decline_view, scale=['linear', 'log']). A list "
           "of choices becomes a dropdown."],
    solution_code=(
        "def decline_view(scale):\n"
        "    if scale == 'log':\n"
        "        marks = alt.Chart(decline).mark_point(filled=True, size=90)\n"
        "        y = alt.Y('index:Q', scale=alt.Scale(type='log'), title='Index, 2019 peak = 100 (log scale)')\n"
        "    else:\n"
        "        marks = alt.Chart(decline).mark_bar(size=50)\n"
        "        y = alt.Y('index:Q', title='Index, 2019 peak = 100')\n"
        "    return marks.encode(x=alt.X('when:N', sort=None, title=None), y=y).properties(\n"
        "        title=f'Suspected online trap-loan institutions (index, {scale} scale)',\n"
        "        description='The index of suspected trap-loan institutions: 100 at the 2019 peak, 14 as reported '\n"
        "                    f'on 24 December 2020, on a {scale} scale.')\n"
        "\n"
        "scale_control = widgets.interactive(decline_view, scale=['linear', 'log'])"),
    explanation=("A control is a plain function and the choices a reader may pass it: ipywidgets draws the choices "
                 "and redraws what the function returns. Check each choice yourself: on a log scale, points, since "
                 "a bar there has no zero to start from."),
)

# yt9 (round 15, #19: o6's export was assessed by no question): section 1's panels saved as a picture for a report,
# with no browser, and the path stored. Judged by what the file holds (``exported``): a PNG or an SVG (by its bytes,
# not its name) of units_chart itself (an SVG by its drawn title, a PNG by its shape beside the chart's own drawing).
FILE_NEVER_WRITTEN = "file_never_written"
SAVE_RETURNS_NOTHING = "save_returns_nothing"
CHART_NOT_FILE = "chart_not_file"
EXPORTED_HTML = "exported_html"
EXPORTED_SPEC = "exported_spec"
NOT_AN_IMAGE = "not_an_image"
EXPORTED_ANOTHER_CHART = "exported_another_chart"


def _judge_export(path_value, units) -> Outcome:
    """yt9: the file at ``path_value`` is a picture (PNG or SVG) of ``units`` (the notebook's units_chart)."""
    if is_placeholder(path_value):
        return not_attempted()
    if path_value is None:
        return incorrect("units_png is None: chart.save(...) writes the file but returns nothing. Store the path "
                         "save_chart returns (the path of the file it wrote).", SAVE_RETURNS_NOTHING)
    if spec_of_chart(path_value) is not None:
        return incorrect("You stored the chart itself; the question asks you to save it as a picture and store the "
                         "path of the file save_chart returns.", CHART_NOT_FILE)
    if not isinstance(path_value, (str, PurePath)) or not str(path_value).strip():
        return wrong_type(f"You gave {describe(path_value)}; this question wants the path of the file you saved "
                          "(save_chart returns it).")
    path = Path(str(path_value)).expanduser()
    try:
        exists, is_file = path.exists(), path.is_file()
    except (OSError, ValueError):  # a name no file system holds (too long, a NUL character)
        exists = is_file = False
    if not exists:
        return incorrect(f"There is no file at '{path}' (seen from the folder the notebook runs in): writing a path "
                         "down does not save anything. Save the chart with save_chart(units_chart, ...) and store "
                         "the path it returns.", FILE_NEVER_WRITTEN)
    if not is_file:
        return wrong_type(f"'{path}' is a folder (or not a plain file), not a saved picture: give the file's path, "
                          "ending .png or .svg.")
    saved = read_saved(path)
    if saved.kind == HTML_FILE:
        return incorrect(f"'{path}' is a web page (HTML): it draws the chart only in a browser, running JavaScript. "
                         "A report needs the picture itself, made with no browser: save the chart as PNG with "
                         "save_chart.", EXPORTED_HTML)
    if saved.kind == SPEC_FILE:
        return incorrect(f"'{path}' holds the chart's spec (JSON): a description that a renderer still has to draw. "
                         "Save the picture: a file ending .png or .svg, with save_chart.", EXPORTED_SPEC)
    if saved.kind not in (PNG_FILE, SVG_FILE):
        what = "is empty" if saved.kind == EMPTY_FILE else f"is a {saved.kind}" if saved.kind == PDF_FILE else \
            "is not a picture Vega-Lite draws (its bytes are neither PNG nor SVG)"
        return incorrect(f"'{path}' {what}. Save the chart as PNG or SVG with save_chart and store the path it "
                         "returns.", NOT_AN_IMAGE)
    if (as_dict := spec_given_as_dict(units)) is not None:
        return as_dict
    spec = spec_of_chart(units)
    if spec is None:  # the picture is judged against the chart: with no chart to compare, nothing is right
        return wrong_type(f"Your file is {'an' if saved.kind == SVG_FILE else 'a'} {saved.kind} picture, but "
                          f"units_chart is {describe(units)}, not a chart, so the check cannot tell what the picture "
                          "shows. Run section 1's cell that draws units_chart, save it again, then check again.")
    if saved.kind == SVG_FILE:
        title = title_of(spec)
        if title and not any(title in text or text in title and len(text) > 20 for text in saved.texts):
            drawn = f"its longest words read '{max(saved.texts, key=len)}'" if saved.texts else "it draws no words"
            return incorrect(f"'{path}' is an SVG, but not of units_chart: {drawn}, and units_chart's title is "
                             f"'{title}'. Save the chart again (after your last change to it) and store the new "
                             "path.", EXPORTED_ANOTHER_CHART)
        return correct(f"Your file is an SVG of units_chart (its title is drawn as text), saved with no browser: "
                       "ready for a report, and it scales without blurring.")
    drawn = drawn_size(spec)
    if drawn is not None and not same_shape(saved.pixels, drawn):
        width, height = saved.pixels
        return incorrect(f"'{path}' is a PNG of {width} × {height} pixels, a shape units_chart does not have (it "
                         f"draws {drawn[0]:g} × {drawn[1]:g}): the picture is of another chart, or of units_chart "
                         "before your last change. Save it again and store the new path.", EXPORTED_ANOTHER_CHART)
    width, height = saved.pixels
    return correct(f"Your file is a PNG of units_chart ({width} × {height} pixels), saved with no browser: ready for "
                   "a report.")


yt9 = Question(
    id="yt9",
    reads=("units_png", "units_chart"),
    judge=Judge(_judge_export, {
        FILE_NEVER_WRITTEN: "gave a path where no file was saved (the path typed, the chart never saved there)",
        SAVE_RETURNS_NOTHING: "stored what chart.save returns (None) instead of the path of the file saved",
        CHART_NOT_FILE: "stored the chart itself, not the path of the picture saved from it",
        EXPORTED_HTML: "saved the chart as a web page (HTML), which needs a browser to draw it",
        EXPORTED_SPEC: "saved the chart's spec (JSON) instead of a picture",
        NOT_AN_IMAGE: "gave a file that is not a PNG or SVG picture (empty, a PDF, another kind)",
        EXPORTED_ANOTHER_CHART: "saved a picture of another chart (or of the chart before a change)",
        SPEC_AS_DICT: SHARED_CODES[SPEC_AS_DICT],  # units_chart given as its spec (spec_given_as_dict)
    }),
    hints=["save_chart(chart, path) writes a PNG or an SVG, chosen by the path's ending, and returns the path.",
           "units_png = save_chart(units_chart, 'output/units_chart.png')"],
    solution_code="units_png = save_chart(units_chart, 'output/units_chart.png')",
    explanation=("A chart's spec is drawn by vl-convert, which carries its own copy of Vega: no browser and no "
                 "internet. The file's ending chooses PNG (pixels, for slides) or SVG (text stays text)."),
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5, yt6, yt7, yt8, yt9]  # prompts and solutions typed here: the solutions notebook does not hold them

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9]
