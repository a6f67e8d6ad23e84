"""Lesson 00: the warm-up questions (how checking works) and the in-lesson
checks of its on-ramp (the pandas and regular expressions the course uses).

Expected values come from data/ through ``netcrime.data``, never typed here;
the one sentence of a later release that yt6 reads is quoted from
data/release_sources.csv (S11) when judged.

No key is kept under a name (issue #19): each answer is worked out inside its judge, when judging (a factory
such as ``_q1_judge`` builds the judge around a local ``key``), so no function or value of this module, and no
attribute of a question's judge, returns it (tests/checks/test_no_answer_function.py probes both). A judge stays
an oracle (a check can be called with any answer); its closure cells hold no answer either
(tests/checks/test_no_closure_answer.py walks them, as round 7's reviewer did with ``inspect``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data
from ..paths import data_dir
from ..units import parse_figure, plain
from .compare import Misconception, choice, number
from .figure_family import Family, merged, release_figures, release_ids
from .figure_words import wan_misreadings
from .match_lists import MatchList, matches_as_text, one_match_as_text
from .judge import Judge, judge
from .outcome import WRONG_TYPE, Outcome, correct, incorrect, not_attempted, with_note, wrong_type
from .question import Question
from .values import TUPLE_LABELS_NOTE, close, describe, is_number, is_placeholder, tuple_labels_unwrapped
from .vegalite import SHARED_CODES, SPEC_AS_DICT


# q2 reads a figure printed the Chinese way in a sentence made up for the warm-up (in no table): the skill, reading
# 万, is applied to a number the student has not seen stored anywhere.
Q2_PRINTED = "刑拘犯罪嫌疑人2.35万名"  # made up for practice, not a real figure


def _q1_judge() -> Judge:
    """q1's judge; its key, the gangs broken up outside the November operation (a subtraction no table stores), is
    worked out inside it."""
    def key() -> float:
        return data.figure("gangs_eliminated") - data.figure("november_gangs_eliminated")

    return number(key, misconceptions=[
        Misconception("campaign_total", "That is the campaign's whole count, November included. Take the November "
                      "operation's gangs away.", lambda: data.figure("gangs_eliminated")),
        Misconception("november_only", "That is the November round-up's own count; the question asks for the gangs "
                      "broken up outside it.", lambda: data.figure("november_gangs_eliminated")),
        Misconception("added_not_subtracted", "You added the two. The November operation is part of the campaign: "
                      "subtract its gangs from the total.",
                      lambda: data.figure("gangs_eliminated") + data.figure("november_gangs_eliminated")),
        Misconception("subtracted_wrong_way", "Negative: you took the total from November's count.",
                      lambda: -key()),
        Misconception("text_not_number", "Close: write the number without a thousands separator.",
                      lambda: key() / 1000),
        Misconception("divided_not_subtracted", "You divided the two (the campaign's gangs are about 13 times "
                      "November's). The question asks how many gangs: take November's away (-).",
                      lambda: data.figure("gangs_eliminated") / data.figure("november_gangs_eliminated"),
                      rel_tol=1e-3),
        Misconception("examples_subtracted", "You took away the four provincial examples' gangs (159); the "
                      "question takes away the November operation's (133).",
                      lambda: data.figure("gangs_eliminated") - float(_rows(subset="provincial example",
                                                                           unit="gangs")["value"].sum())),
        Misconception("examples_and_november_subtracted", "You took away the four provincial examples' gangs (159) "
                      "as well as November's: the examples are inside the campaign's 1,759, not outside the November "
                      "operation. Take away November's 133 only.",
                      lambda: key() - float(_rows(subset="provincial example", unit="gangs")["value"].sum())),
        Misconception("share_not_count", "That is a share (the gangs outside November over all the gangs): the "
                      "question asks how many gangs. Take November's 133 from the 1,759; do not divide.",
                      lambda: key() / data.figure("gangs_eliminated"), rel_tol=1e-3),
        Misconception("november_share", "That is the November operation's share of the gangs (133 / 1,759): the "
                      "question asks how many gangs were broken up outside it. Subtract; do not divide.",
                      lambda: data.figure("november_gangs_eliminated") / data.figure("gangs_eliminated"),
                      rel_tol=1e-3),
        Misconception("percentage_not_count", "That is a percentage (the gangs outside November as a share of all "
                      "the gangs, times 100): the question asks how many gangs. Take November's 133 from the 1,759.",
                      lambda: 100 * key() / data.figure("gangs_eliminated"), rel_tol=1e-2),
        Misconception("november_percentage", "That is the November operation's percentage of the gangs (133 / "
                      "1,759 x 100): the question asks how many gangs were broken up outside it. Subtract.",
                      lambda: 100 * data.figure("november_gangs_eliminated") / data.figure("gangs_eliminated"),
                      rel_tol=1e-2),
    ], family=Family(table=release_figures(), figures=release_ids("gangs_eliminated", "november_gangs_eliminated"),
                     others=merged(release_figures(unit="gangs"), release_figures(subset="November operation"))))


q1 = Question(
    id="q1",
    reads=("gangs",),
    judge=_q1_judge(),
    hints=[
        "Two figures of the release: the campaign's gangs eliminated (1,759) and the November operation's (133).",
        "data.figure('gangs_eliminated') - data.figure('november_gangs_eliminated')",
    ],
    explanation=("1,759 gangs for the campaign to date (截至目前, 'up to now', on 24 December 2020; the release "
                 "gives no start, and the campaign began in November 2019) include the November operation's 133: "
                 "1,626 were broken up outside it. A part of a total is inside it, never beside it."),
)

def _q2_judge() -> Judge:
    """q2's judge; its key, the sentence's figure read, is worked out inside it."""
    def key() -> float:
        return parse_figure(Q2_PRINTED).value

    return number(key, misconceptions=[
        *wan_misreadings(key, "2.35"),
        Misconception("release_figure", "That is the 2020 release's 1.64万 detained; this question's sentence "
                      "prints 2.35万.", lambda: data.figure("suspects_detained")),
        # review round 11: 1.64 was 'too low' with no name; it is the release's detained figure, its 万 left out
        Misconception("release_figure_in_wan", "That is a number printed before 万 in the 2020 release (its 1.64万 "
                      "detained or its 1.7万 apprehended), still in 万: this question's sentence prints 2.35万, and "
                      "万 multiplies the number before it.",
                      lambda: [data.figure("suspects_detained") / 10_000, data.figure("suspects_apprehended") / 10_000]),
    ], family=Family(lambda: {"2.35 (the number printed before 万)": 2.35, "one 万 (10,000)": 10_000.0},
                     others=release_figures(unit="suspects")))


q2 = Question(
    id="q2",
    reads=("detained",),
    judge=_q2_judge(),
    hints=["万 (wàn) means ten thousand.", "2.35 x 10,000 = ?"],
    explanation="万 = 10,000, so 2.35万 = 23,500 people placed under criminal detention.",
)

Q3_CHOICES = {"a": "crimes committed", "b": "cases the police solved", "c": "victims"}
Q3_OPTIONS = tuple(Q3_CHOICES)
_Q3_CHOICE = choice("b", Q3_OPTIONS,
                    wrong={"a": "It counts police work, not crime: many crimes are never reported or solved.",
                           "c": "A case can involve many victims, or a victim many cases: it counts cases."},
                    codes={"a": "activity_as_crime_level", "c": "cases_as_victims"})
# An option written out in words (or in the words of the release) is read as that option: the right one is
# accepted with a note, a wrong one gets that option's own verdict (its misconception named).
_Q3_WORDS = {"crimes committed": "a", "crimes": "a", "crime": "a", "cases the police solved": "b",
             "solved cases": "b", "cases solved": "b", "solved": "b", "cases solved by the police": "b",
             "victims": "c", "victim": "c", "the victims": "c"}


def _words_key(text: str) -> frozenset[str]:
    """An option's words read loosely: letters only, without articles, in any order ('the cases police solved' is
    'cases the police solved', review round 12)."""
    return frozenset(re.sub(r"[^a-z ]", " ", text.lower()).split()) - {"the", "a", "an"}


def _word_letter(text: str, words: dict[str, str]) -> str | None:
    """The letter of the option ``text`` writes in words (see ``_words_key``), or None."""
    loose = {_words_key(w): letter for w, letter in words.items()}
    return loose.get(_words_key(text)) if _words_key(text) else None


def _letter_with_its_words(value: str, words: dict[str, str]) -> str | None:
    """'b - cases solved', '(b) cases the police solved': a letter followed by words meaning that same option is
    the option (review round 6, a fair form); a letter followed by another option's words is left to the choice
    judge, which reads it as it reads any other text."""
    found = re.match(r"^\s*\(?([a-z])\)?\s*[-:.)–—,]?\s+(.+)$", value.lower())
    if found is None:
        return None
    letter = found.group(1)
    return letter if _word_letter(found.group(2), words) == letter else None


def _options_in_words(choice_judge: Judge, words: dict[str, str], right: str) -> Judge:
    """``choice_judge``, reading an option written in words as that option (the right one with a note)."""
    def judged(value) -> Outcome:
        if isinstance(value, str):
            letter = _word_letter(value, words)
            if letter is None:
                letter = _letter_with_its_words(value, words)
            if letter is not None:
                outcome = choice_judge(letter)
                if outcome.passed:
                    return correct(f"{value!r} is option ({right}): right. In a graded exercise, write the letter, "
                                   f"'{right}'.")
                return outcome
        return choice_judge(value)
    return Judge(judged, choice_judge.misconceptions)


q3 = Question(
    id="q3",
    reads=("counted",),
    judge=_options_in_words(_Q3_CHOICE, _Q3_WORDS, "b"),
    hints=["'Cracked' means the police solved them."],
    explanation="破获 means solved: the figure measures what the police did, not how much crime there was.",
)


# ----------------------------------------------------------------------------
# q4-q7: the on-ramp's tools, graded (issue #19: every objective has a graded question). Each asks about
# material section 5 did not work through (other rows, another column, another release's sentence), so the
# your-turns' answers cannot be repeated; none of the answers is stored in a table.
# ----------------------------------------------------------------------------
CHART_UNIT = "suspects"


def _chart_rows():
    return _rows(unit=CHART_UNIT)


def _named_form(message: str, code: str) -> Outcome:
    """The wrong kind of answer, with the slip it shows named."""
    return Outcome(WRONG_TYPE, message, code)


def _data_urls(node) -> list[str]:
    """Every data URL in a spec: data fetched from the web when drawn, which needs a connection."""
    found = []
    if isinstance(node, dict):
        for key, item in node.items():
            if key == "data" and isinstance(item, dict) and isinstance(item.get("url"), str):
                found.append(item["url"])
            found += _data_urls(item)
    elif isinstance(node, list):
        for item in node:
            found += _data_urls(item)
    return found


OFFLINE_CHART_MISCONCEPTIONS = {
    SPEC_AS_DICT: SHARED_CODES[SPEC_AS_DICT],
    "table_not_chart": "gave the table to draw, not a chart made from it",
    "display_returned_none": "stored what .display() or .show() returns (None), not the chart",
    "invalid_chart": "a chart Altair cannot turn into a drawing",
    "data_from_url": "a chart whose data are fetched from a web address when drawn: it needs an internet connection",
    "other_unit_rows": "drew the figures of another unit than the one asked for",
    "whole_table_drawn": "drew every figure of the table, not only those asked for",
    "rows_missing_or_extra": "drew some of the asked figures, or others with them",
    "values_changed": "drew the asked rows with other values (scaled into 万 or thousands, or changed)",
    "not_a_bar": "drew another mark than bars",
    "field_not_encoded": "left the figure's id or its value off the chart",
    "swapped_axes": "put the values on the y axis and the ids on the x axis, where the question asks the other way",
    "baseline_cut": "bars whose value axis does not start at zero, so their lengths mislead",
    "reversed_axis": "reversed the value axis (reverse=True): the bars grow from the right, against how bars are read",
    "value_not_quantitative": "typed the value as a category (value:N or value:O), so the bars no longer measure it",
    "value_column_left_out": "drew a table without its `value` column, so no bar can show a figure",
    "value_not_on_axis": "put the value on colour (or another channel) only, not along an axis: every bar the same length",
    "id_not_on_axis": "put the ids on colour (or another channel) only, not along an axis: the bars stack into one",
    "id_as_quantity": "typed the ids (text labels) as a quantity or a date (id:Q or id:T), so the bars have no place "
                      "on their axis",
    "other_view_drawn": "added a panel or layer drawing other rows (| or + with another chart) to the chart asked for",
}


@judge(OFFLINE_CHART_MISCONCEPTIONS)
def _judge_offline_chart(chart) -> Outcome:
    import pandas as pd

    from .vegalite import spec_given_as_dict, spec_of, views

    if is_placeholder(chart):
        return not_attempted()
    if (as_dict := spec_given_as_dict(chart)) is not None:
        return as_dict
    if chart is None:
        return _named_form("Your variable holds None: `.display()` and `.show()` draw a chart but give back nothing. "
                          "Store the chart itself: suspects_chart = alt.Chart(...).mark_bar().encode(...).", "display_returned_none")
    if isinstance(chart, (pd.DataFrame, pd.Series)):
        return _named_form(f"You gave {describe(chart)}, the table to draw; this question wants the chart made from "
                          "it: alt.Chart(table).mark_bar().encode(...).", "table_not_chart")
    try:
        spec = spec_of(chart)
    except Exception as error:  # an invalid chart: Altair's own message says what is wrong
        first = str(error).strip().splitlines()[0][:160] if str(error).strip() else type(error).__name__
        return _named_form(f"Altair could not turn your chart into a drawing ({first}). Check the names in "
                          "encode(): each must be a column of the table.", "invalid_chart")
    if spec is None:
        return wrong_type(f"You gave {describe(chart)}; this question wants an Altair chart, "
                          "alt.Chart(table).mark_bar().encode(...).")
    urls = _data_urls(spec)
    if urls:
        return incorrect(f"Your chart's data come from a web address ({urls[0][:80]}), fetched when the chart is "
                         "drawn: with no internet connection it stays empty. Give alt.Chart the table itself "
                         "(a DataFrame): its rows then travel inside the chart.", "data_from_url")
    drawn = [view for view in views(spec) if view.rows is not None]
    want = _chart_rows()
    if not drawn:
        return incorrect("Your chart holds no rows to draw: give alt.Chart the table of the figures asked for.",
                         "rows_missing_or_extra")
    view = drawn[0]
    if view.rows and not any(isinstance(row, dict) and "value" in row for row in view.rows):
        # review round 11: a table without its value column was told 'draws 0 figures'
        kept = sorted({key for row in view.rows if isinstance(row, dict) for key in row})
        return incorrect(f"Your chart's rows have no `value` column (they hold {', '.join(map(repr, kept[:6]))}): it "
                         "was left out of the table given to alt.Chart, so no bar can show a figure. Keep `value` "
                         "among the columns.", "value_column_left_out")
    got = sorted(float(row["value"]) for row in view.rows if isinstance(row, dict) and is_number(row.get("value")))
    wanted = sorted(float(v) for v in want["value"])
    if len(got) != len(wanted) or not all(close(a, b) for a, b in zip(got, wanted)):
        figures = data.release_figures()
        if len(view.rows) == len(figures):
            return incorrect(f"Your chart draws all {len(figures)} figures of the table: keep only the rows whose "
                             f"`unit` is '{CHART_UNIT}' first (a condition inside figures[...]).", "whole_table_drawn")
        for unit in figures["unit"].dropna().unique():
            other = sorted(float(v) for v in _rows(unit=unit)["value"])
            if unit != CHART_UNIT and len(other) == len(got) and all(close(a, b) for a, b in zip(got, other)):
                return incorrect(f"Your chart draws the figures whose unit is '{unit}'; the question asks for "
                                 f"'{CHART_UNIT}'.", "other_unit_rows")
        if len(got) == len(wanted) and got and all(b for b in wanted):
            ratios = {round(a / b, 9) for a, b in zip(got, wanted)}
            if len(ratios) == 1:  # every value scaled alike: in 万, in thousands, as shares ...
                (ratio,) = ratios
                return incorrect(f"Your chart draws the right {len(got)} figures, each {plain(ratio)} times its "
                                 "value: you changed the values (into 万, thousands or shares) before drawing. Draw "
                                 "`value` as the table holds it.", "values_changed")
            return incorrect(f"Your chart draws {len(got)} figures, as many as the table's rows whose `unit` is "
                             f"'{CHART_UNIT}', but other values: draw those rows' own `value`.", "values_changed")
        return incorrect(f"Your chart draws {len(got)} figures; the table has {len(wanted)} whose `unit` is "
                         f"'{CHART_UNIT}'. Keep exactly those rows: figures[figures['unit'] == '{CHART_UNIT}'].",
                         "rows_missing_or_extra")
    if view.mark != "bar":
        return incorrect(f"Your chart draws its figures as {view.mark!s} marks; the question asks for bars "
                         "(.mark_bar()).", "not_a_bar")
    fields = {enc.get("field") for enc in view.encoding.values() if isinstance(enc, dict)}
    missing = [name for name in ("id", "value") if name not in fields]
    if missing:
        return incorrect(f"Your chart does not encode {' or '.join(repr(m) for m in missing)}: one bar per figure "
                         "needs the id on one axis and the value on the other.", "field_not_encoded")
    x, y = (view.encoding.get(c) if isinstance(view.encoding.get(c), dict) else {} for c in ("x", "y"))
    on_axes = {x.get("field"), y.get("field")}
    if "value" not in on_axes:  # review round 11: the value on colour (or size) only was accepted
        channel = next(c for c, enc in view.encoding.items() if isinstance(enc, dict) and enc.get("field") == "value")
        return incorrect(f"Your chart puts the value on {channel}, not along an axis: every bar then has the same "
                         f"length, and only the {channel} says the figure. Put the value along x: x='value:Q'.",
                         "value_not_on_axis")
    if "id" not in on_axes and not any(isinstance(view.encoding.get(c), dict) and view.encoding[c].get("field") == "id"
                                       for c in ("row", "column", "facet")):
        channel = next(c for c, enc in view.encoding.items() if isinstance(enc, dict) and enc.get("field") == "id")
        return incorrect(f"Your chart puts the ids on {channel} only, not along an axis: the bars are then drawn at one "
                         "place, stacked into one. Put the ids along y: y='id:N'.", "id_not_on_axis")
    if x.get("field") == "id" and y.get("field") == "value":
        return incorrect("Your bars stand upright, with the ids along x: the question asks for the value along x "
                         "and the ids along y (horizontal bars, whose long ids stay readable). Swap x and y.",
                         "swapped_axes")
    value = x if x.get("field") == "value" else y
    if value.get("field") == "value" and value.get("type") in ("nominal", "ordinal"):
        return incorrect(f"Your chart types the value as a category (value:{'N' if value['type'] == 'nominal' else 'O'}):"
                         " each figure becomes a label with a bar of the same length, so the bars no longer measure "
                         "the figures. Type it as a quantity: x='value:Q'.", "value_not_quantitative")
    label = y if value is x else x
    if label.get("field") == "id" and label.get("type") in ("quantitative", "temporal"):
        return incorrect(f"Your chart types the ids as {'a quantity (id:Q)' if label['type'] == 'quantitative' else 'dates (id:T)'}: "
                         "they are text labels, which a number or a date scale cannot place, so the bars have no "
                         "position on that axis. Type them as categories: y='id:N'.", "id_as_quantity")
    if (cut := _value_scale_slip(value.get("scale") or {}, max(wanted))) is not None:
        return cut
    if (value.get("scale") or {}).get("reverse") is True:  # round 16, C15: it starts at zero, on the right: say so
        return incorrect("Your value axis is reversed (reverse=True): the bars start at zero on the right and grow "
                         "leftwards, against the way a bar chart is read (and the way this course draws them), so a "
                         "reader takes the short bars for the long ones at a glance. Leave the scale as it is.",
                         "reversed_axis")
    extra = [other for other in drawn[1:] if sorted(float(row["value"]) for row in other.rows or ()
                                                      if isinstance(row, dict) and is_number(row.get("value"))) != got]
    if extra:  # review round 18, A5: the right bars | a second panel of all 24 figures was credited
        return incorrect(f"Your bars are right, but the chart has {len(drawn)} views that draw rows, and "
                         f"{'one draws' if len(extra) == 1 else f'{len(extra)} draw'} other rows than the "
                         f"{len(wanted)} figures asked for (a second chart joined with | or +): the question asks for "
                         "the bars alone.", "other_view_drawn")
    return correct(f"Your chart draws the {len(wanted)} figures from rows it carries inside itself: it needs no "
                   "internet connection, and JupyterLab draws it offline.")


def _value_scale_slip(scale: dict, largest: float) -> Outcome | None:
    """The verdict on a value scale that breaks what a bar's length says, by what it does (round 16, C15: a reversed
    axis was told it 'does not start at zero'; it does, on the right). A domain from 0 that holds every value is fair."""
    domain = scale.get("domain")
    low = scale.get("domainMin", domain[0] if isinstance(domain, (list, tuple)) and domain else None)
    high = scale.get("domainMax", domain[-1] if isinstance(domain, (list, tuple)) and domain else None)
    if scale.get("zero") is False or (is_number(low) and low != 0) or (domain is not None and not isinstance(
            domain, (list, tuple))):
        return incorrect("Your value axis does not start at zero (zero=False, or a domain that starts elsewhere): a "
                         "bar's length then no longer stands for its value. Leave the scale as it is.", "baseline_cut")
    if is_number(high) and high < largest:
        return incorrect(f"Your value axis ends at {plain(float(high))}, below the largest figure ({plain(largest)}): "
                         "the longest bars are cut off at the edge. Leave the scale as it is.", "baseline_cut")
    if scale.get("type") in ("log", "symlog", "sqrt", "pow"):
        return incorrect(f"Your value axis is a {scale['type']} scale: a bar's length is then no longer in proportion "
                         "to its value (on a log scale a bar has no zero to start from). Leave the scale linear.",
                         "baseline_cut")
    return None


q4 = Question(
    id="q4",
    reads=("suspects_chart",),
    judge=_judge_offline_chart,
    hints=["Keep the rows first: suspect_rows = figures[figures['unit'] == 'suspects'].",
           "alt.Chart(suspect_rows).mark_bar().encode(x='value:Q', y='id:N'); store the chart, do not call .show()."],
    explanation=("A chart made from a DataFrame carries its rows inside its description, so JupyterLab draws it "
                 "with no connection; a chart that reads its data from a web address (as many gallery examples "
                 "do) stays empty offline. Five figures count suspects: the campaign's apprehended and detained, "
                 "the two operations' apprehended and Zhejiang's example."),
)


def _q5_judge() -> Judge:
    """q5's judge; its key, the suspects apprehended by the July and November operations together (a sum no table
    stores), is worked out inside it."""
    def key() -> float:
        return data.figure("july_suspects_apprehended") + data.figure("november_suspects_apprehended")

    return number(key, misconceptions=[
        Misconception("july_only", "That is the July operation's count alone: add the November operation's.",
                      lambda: data.figure("july_suspects_apprehended")),
        Misconception("november_only", "That is the November operation's count alone: add the July operation's.",
                      lambda: data.figure("november_suspects_apprehended")),
        Misconception("operations_subtracted", "You took one operation from the other: the question asks for "
                      "both together (+).", lambda: data.figure("november_suspects_apprehended")
                      - data.figure("july_suspects_apprehended")),
        Misconception("mean_not_sum", "That is the average of the two operations (.mean()); the question asks for "
                      "their total: .sum().", lambda: key() / 2),
        Misconception("campaign_added", "That adds the campaign's total to the operations: keep only the rows "
                      "whose `subset` is an operation.", lambda: data.figure("suspects_apprehended")
                      + key()),
        Misconception("outside_the_operations", "That is the campaign's total less the operations: the question "
                      "asks for the operations themselves.",
                      lambda: data.figure("suspects_apprehended") - key()),
        Misconception("example_subtracted", "That takes Zhejiang's provincial example away from the operations: "
                      "it is not one of them; add the July and November rows only.",
                      lambda: key() - data.figure("zhejiang_suspects_apprehended")),
        Misconception("example_added", "That adds Zhejiang's provincial example to the operations: a condition "
                      "on `subset` keeps only the July and November rows.",
                      lambda: key() + data.figure("zhejiang_suspects_apprehended")),
        Misconception("every_suspect_row", "That totals every row counting suspects, the campaign's apprehended "
                      "and detained included: keep only the two operations' rows.",
                      lambda: float(_rows(unit="suspects")["value"].sum())),
        # review round 11: 0.05 was 'too low' with no name
        Misconception("share_of_campaign", "That is the two operations' share of the campaign's suspects (their "
                      "total divided by the campaign's 1.7万 apprehended): the question asks how many they "
                      "apprehended, the total itself, not a share.",
                      lambda: [key() / data.figure("suspects_apprehended"),
                               100 * key() / data.figure("suspects_apprehended")], rel_tol=1e-3),
        Misconception("gangs_for_suspects", "That uses the operations' gangs, not their suspects.",
                      lambda: float(_rows(unit="gangs", subset="November operation")["value"].sum())),
    ], family=Family(table=release_figures(), figures=release_ids("july_suspects_apprehended", "november_suspects_apprehended"),
                     parts=release_ids("july_suspects_apprehended", "november_suspects_apprehended"),
                     others=merged(release_figures(unit="suspects"), release_figures(subset="July operation"),
                                   release_figures(subset="November operation"))))


q5 = Question(
    id="q5",
    reads=("operations_suspects",),
    judge=_q5_judge(),
    hints=["The two rows' ids are july_suspects_apprehended and november_suspects_apprehended.",
           "by_id = figures.set_index('id'); by_id.loc[[...two ids...], 'value'].sum()"],
    explanation=("850: 138 suspects in the July operation and 712 in the November round-up. Both are parts of "
                 "the campaign's 17,000, not additions to it."),
)


# q6 totals the figures that count gangs by part of the release (subset): an answer worked out from the figures'
# values, not read off a label column (#19's teaching review, round 17: q6 counted the `precision` column, a label the
# data hands over, the kind of column exercises must not read answers from).
GROUP_MISCONCEPTIONS = {
    "counts_not_totals": "counted each group's rows (.count(), value_counts()) where the total of their values is "
                         "asked",
    "every_unit_totalled": "totalled every row of each part of the release, whatever it counts (yuan, suspects and "
                           "gangs added), without keeping the gang rows first",
    "one_total": "added every gang row into one number, where a total per part is asked (and the parts are inside "
                 "the campaign's count, so they count twice)",
    "grouped_other_column": "totalled the gang rows by another column than `subset`",
    "groups_missing": "left a part out, or added one the gang rows do not have",
    "wrong_totals": "totals that do not match the gang rows of each part",
    "label_twice": "a Series with one part listed twice (joined tables, or a concat)",
    "frame_not_series": "gave the totals as a table where the question asks for a Series",
    "groups_not_counts": "gave the groups themselves (unique(), a list of the labels) where their totals are asked",
    "mean_not_total": "gave the mean of each group's values (.mean()) where their total is asked",
    "value_aggregated": "gave the largest, smallest or middle `value` of each group (.max(), .min(), .median()) "
                        "where their total is asked",
    "counts_relabelled": "gave the right totals beside the wrong labels (two parts swapped)",
}
GROUPED_UNIT, GROUPED_BY = "gangs", "subset"  # q6: the gang rows' values, totalled by part of the release


def _as_counts(value) -> dict | None:
    import pandas as pd

    if isinstance(value, pd.Series):
        value = value.to_dict()
    if not isinstance(value, dict):
        return None
    return {str(k).strip(): v for k, v in value.items()}


def _labelled_counts(frame) -> dict | None:
    """{label: count} from a two-column table of labels and counts (what value_counts().reset_index() gives), or
    None when its first column does not label its rows once each."""
    labels, counts = frame.iloc[:, 0], frame.iloc[:, 1]
    if labels.duplicated().any():
        return None
    return {str(label).strip(): count for label, count in zip(labels, counts)}


def _labels_as_written(given: dict, want: dict) -> dict | None:
    """{the student's label: the table's} when every label differs from one of the table's only in capitals, spaces,
    hyphens or underscores ('Lower-bound' for 'lower bound'), each a different one; None otherwise (round 15: 'Exact',
    'Rounded', 'Lower bound' typed by hand were 'groups missing' and 'not a precision of the table')."""
    def folded(label) -> str:
        return re.sub(r"[\s_\-]+", " ", str(label).strip().casefold())

    table = {folded(k): k for k in want}
    renamed = {k: table.get(folded(k)) for k in given}
    return renamed if None not in renamed.values() and len(set(renamed.values())) == len(renamed) else None


def _counts_match(given, want: dict) -> bool:
    return (isinstance(given, dict) and set(given) == set(want)
            and all(is_number(given[k]) and close(float(given[k]), want[k]) for k in want))


def _grouped(how: str, column: str = GROUPED_BY, unit: str | None = GROUPED_UNIT) -> dict[str, float]:
    """The figures (those counting ``unit``, or every row) aggregated by ``column`` (``how``: sum, count, mean ...),
    as {group: number}: q6's key and the slips it names, worked out from the table when judging."""
    table = data.release_figures()
    if unit is not None:
        table = table[table["unit"] == unit]
    return {str(k): float(v) for k, v in table.groupby(column)["value"].agg(how).items()}


@judge(GROUP_MISCONCEPTIONS)
def _judge_gang_totals(value) -> Outcome:
    """q6. The key (the gang rows' values totalled by subset) is worked out here, when judging, and kept under no name
    (#19)."""
    import pandas as pd

    want = _grouped("sum")
    if is_placeholder(value):
        return not_attempted()
    if (unwrapped := tuple_labels_unwrapped(value)) is not None:  # a groupby on a list of columns (round 14)
        return with_note(_judge_gang_totals(unwrapped), TUPLE_LABELS_NOTE)
    if isinstance(value, pd.Series) and value.index.duplicated().any():
        twice = sorted(set(map(str, value.index[value.index.duplicated()])))
        return incorrect(f"Your Series lists {', '.join(map(repr, twice))} more than once: each part once, as "
                         "groupby gives it (no concat of two results).", "label_twice")
    if isinstance(value, pd.DataFrame):
        if value.shape[1] == 1 and _counts_match(_as_counts(value.iloc[:, 0]), want):
            return correct("Your totals are right (as a one-column table). groupby(...)['value'].sum() gives them "
                           "as a Series, one total per part: next time take the column alone.")
        if value.shape[1] == 2 and _counts_match(_labelled_counts(value), want):
            return correct("Your totals are right (as a table of parts and totals). groupby(...)['value'].sum() "
                           "gives them as a Series, one total per part: next time leave out .reset_index().")
        return _named_form(f"You gave {describe(value)}; this question wants a Series, one total per part: select "
                           "the `value` column before .sum() (groupby('subset')['value'].sum()).", "frame_not_series")
    if isinstance(value, dict) and _counts_match(_as_counts(value), want):
        return correct("Your totals are right (as a dict). groupby gives them as a Series, which keeps them in order "
                       "and can be charted: next time leave out .to_dict().")
    given = _as_counts(value)
    if given is None:
        if is_number(value) and not isinstance(value, bool) and close(float(value), sum(want.values())):
            return incorrect(f"You gave {plain(value)}, every gang row added into one number. The question asks for "
                             "one total per part (groupby('subset')), and the parts are not separate: the November "
                             "operation's and the provinces' gangs are inside the campaign's, so one grand total "
                             "counts them twice.", "one_total")
        if is_number(value):
            return wrong_type(f"You gave one number ({plain(value)}); this question wants a total for each part of "
                              "the release: the Series groupby('subset')['value'].sum() gives.")
        return wrong_type(f"You gave {describe(value)}; this question wants a total for each part of the release: "
                          "the Series groupby('subset')['value'].sum() gives.")
    if not all(is_number(v) for v in given.values()):
        bad = next(k for k, v in given.items() if not is_number(v))
        if all(isinstance(v, str) for v in given.values()):  # the groups themselves (.unique()), no totals
            return _named_form(f"You gave the groups themselves ({', '.join(map(repr, list(given.values())[:4]))}), "
                               "not their totals: groupby('subset')['value'].sum() totals them.", "groups_not_counts")
        return wrong_type(f"For {bad!r} you gave {describe(given[bad])}; each total should be a number.")
    numbers = {k: float(v) for k, v in given.items()}
    if (renamed := _labels_as_written(numbers, want)) is not None and any(k != renamed[k] for k in numbers):
        shown = ", ".join(f"{k!r} as {renamed[k]!r}" for k in numbers if k != renamed[k])
        relabelled = {renamed[k]: given[k] for k in given}
        return with_note(_judge_gang_totals(pd.Series(relabelled) if isinstance(value, pd.Series) else relabelled),
                         f"(Read {shown}: the table writes them so, and a filter or a lookup needs that exact form.)")
    if set(numbers) == set(want) and all(close(numbers[k], want[k]) for k in want):
        largest = sorted(want, key=want.get, reverse=True)
        return correct(f"{', '.join(f'{plain(want[k])} ({k})' for k in largest)}: the gang rows totalled by part. "
                       f"The parts stay apart: the smaller ones are inside the {largest[0]}'s {plain(want[largest[0]])}"
                       ", so one grand total would count them twice.")
    if set(numbers) == set(want):
        for how, code, said in (
                ("count", "counts_not_totals", "how many gang rows each part has (.count() or value_counts()): the "
                                               "question asks for the total of their `value`, .sum()"),
                ("mean", "mean_not_total", "the mean of each part's gang figures (.mean()): the question asks for "
                                           "their total, .sum()"),
                ("max", "value_aggregated", "the largest gang figure of each part (.max()), one figure per part, not "
                                            "a total: use .sum()"),
                ("min", "value_aggregated", "the smallest gang figure of each part (.min()), one figure per part, not "
                                            "a total: use .sum()"),
                ("median", "value_aggregated", "the middle gang figure of each part (.median()), one figure per part, "
                                               "not a total: use .sum()")):
            other = _grouped(how)
            if all(close(numbers[k], other[k]) for k in want) and other != want:
                return incorrect(f"Those are {said}.", code)
        if sorted(numbers.values()) == sorted(want.values()):
            swapped = [k for k in want if numbers[k] != want[k]]
            return incorrect(f"Your totals are the right numbers beside the wrong labels: {', '.join(map(repr, swapped))}"
                             " are swapped. Let groupby pair each part with its total rather than typing them.",
                             "counts_relabelled")
        wrong = [k for k in want if not close(numbers[k], want[k])]
        return incorrect(f"The parts are right but {len(wrong)} total(s) are not: for {wrong[0]!r} you gave "
                         f"{plain(numbers[wrong[0]])}. Keep the rows whose `unit` is 'gangs', then total `value` by "
                         "`subset`.", "wrong_totals")
    every_unit = _grouped("sum", unit=None)
    if set(numbers) <= set(every_unit) and all(close(numbers[k], every_unit[k]) for k in numbers):
        return incorrect("Those are the totals of every row of each part, whatever it counts (yuan, suspects, cases and "
                         "gangs added together): keep the rows whose `unit` is 'gangs' first, then total by `subset`.",
                         "every_unit_totalled")
    for column in ("scope", "kind", "precision", "unit"):
        other = _grouped("sum", column)
        if set(numbers) == set(other):
            return incorrect(f"Those are the gang rows totalled by `{column}` ({', '.join(map(repr, other))}); the "
                             "question asks for them by `subset`, the part of the release.", "grouped_other_column")
    missing = sorted(set(want) - set(numbers))
    extra = sorted(set(numbers) - set(want))
    said_ = (f"missing {', '.join(map(repr, missing))}" if missing else "") + \
        ("; " if missing and extra else "") + (f"not a part the gang rows have: {', '.join(map(repr, extra))}"
                                               if extra else "")
    return incorrect(f"Your groups differ from the gang rows' parts ({said_}). The parts are "
                     f"{', '.join(map(repr, want))}: keep the gang rows, then total them with groupby('subset').",
                     "groups_missing")


q6 = Question(
    id="q6",
    reads=("gangs_by_subset",),
    judge=_judge_gang_totals,
    hints=["Keep the rows whose `unit` is 'gangs' (a condition, as in q4), then group them by `subset`.",
           "gang_rows = figures[figures['unit'] == 'gangs']; gang_rows.groupby('subset')['value'].sum()"],
    explanation=("1,759 for the campaign to date, 133 for the November operation and 159 for the four provinces' "
                 "examples. Totalled by part, they stay apart: the operation's and the provinces' gangs are inside the "
                 "campaign's 1,759, so one grand total (2,051) would count them twice."),
)


OTHER_SENTENCE = "other_sentence"
OTHER_SENTENCE_DESCRIPTION = ("ran a right pattern on another sentence of the releases (another year's, the lesson's "
                              "own example) than the one the question gives")


def in_another_sentence(got: list, pattern: str, asked: str) -> Outcome | None:
    """The verdict when ``got`` is what ``pattern`` (the question's right pattern) finds in a sentence of
    data/release_sources.csv other than ``asked``, the one the question gives: the pattern right, the sentence
    another (round 15, E3: q7's ['1900余', '2.9万余'] is the 2023 sentence's, the lesson's ``sentence_2023``)."""
    if not got:
        return None
    for source, excerpt in zip(data.release_sources()["source_id"], data.release_sources()["excerpt"]):
        if not isinstance(excerpt, str):
            continue
        for piece in dict.fromkeys([excerpt, *excerpt.split(" … ")]):
            if piece.strip() == asked.strip() or re.findall(pattern, piece) != got:
                continue
            where = (f"the whole excerpt {source}, which runs on past the sentence the question gives"
                     if asked.strip() in piece else f"another sentence ({source}: '{piece.strip()[:24]}…')")
            return incorrect(f"You found {_shown(got)}: what a right pattern finds in {where}, not in the one this "
                             "question gives. Run re.findall on the question's own sentence, the one printed above "
                             "the answer cell.", OTHER_SENTENCE)
    return None


def annual_2022_sentence() -> str:
    """The Ministry's figures for 2022 (S09), as data/release_sources.csv stores the excerpt."""
    return data.release_sources().set_index("source_id").loc["S09", "excerpt"]


FLOOR_MATCHES = MatchList(order_matters=False)  # q7 lists the numbers with 余 and asks for no order


@judge({"wan_missed": "the pattern has no room for 万 between the number and 余, so 2万余 was missed",
        "floor_word_dropped": "the numbers found without their 余",
        "group_only": "a group in the pattern made findall return the group, not the whole match",
        "every_number": "the pattern matched every number, the year included, not only those with 余",
        "first_only": "only the first match (re.search) where findall lists them all",
        "greedy_match": "a greedy pattern (.* or .+) ran from the first number to the last 余 in one match",
        "number_without_floor": "a number not followed by 余 (the year, a plain count) was found too",
        "measure_word_after_floor": "the pattern ran on past 余 and kept the measure word after it (个, 起)",
        OTHER_SENTENCE: OTHER_SENTENCE_DESCRIPTION,
        **FLOOR_MATCHES.codes})
def _judge_floor_findall(found) -> Outcome:
    """q7. The key (the sentence's numbers with 余) is found here, when judging, and kept under no name (#19)."""
    if is_placeholder(found):
        return not_attempted()
    if isinstance(found, re.Match):
        return _named_form("You gave a Match, what re.search gives: it holds only the first match. re.findall "
                          "lists every match.", "first_only")
    floors = re.findall(r"[\d.万]+余", annual_2022_sentence())
    if (joined := matches_as_text(found, floors) or one_match_as_text(found, floors)) is not None:
        return _named_form(joined[1], joined[0])  # review round 11: one text holding the matches, or one of them
    if isinstance(found, str):
        return wrong_type(f"You gave the text {found[:40]!r}; re.findall gives a list of texts, e.g. ['160余'].")
    if not isinstance(found, (list, tuple)):
        return wrong_type(f"You gave {describe(found)}; re.findall gives a list of texts, e.g. ['160余'].")
    if any(isinstance(x, tuple) for x in found):
        return incorrect("re.findall gave pairs: your pattern has two groups in parentheses, and findall then "
                         "returns the groups, not the whole match. Write the pattern with no parentheses.",
                         "group_only")
    if not all(isinstance(x, str) for x in found):
        return wrong_type(f"You gave {describe(found)}; re.findall gives a list of texts, e.g. ['160余'].")
    want = re.findall(r"[\d.万]+余", annual_2022_sentence())
    got = [x.strip() for x in found]
    if got == want:
        return correct(f"{got}: the three figures the release gives as 'more than' (余), 万 kept where it is "
                       "printed. Each is a floor, not a count.")
    if (reordered := FLOOR_MATCHES.in_another_order(got, want)) is not None:  # review round 16's HOLDOUT
        return correct(reordered)
    if (elsewhere := in_another_sentence(got, r"[\d.万]+余", annual_2022_sentence())) is not None:
        return elsewhere
    if len(got) == len(want) and all(g.startswith(w) and len(g) == len(w) + 1 for g, w in zip(got, want)):
        return incorrect(f"{got}: the right three numbers, but each runs on past 余 into its measure word (个, "
                         "起). The question asks for each number with its 余 and nothing after, like '160余' (as the "
                         "your-turn on 万 asks the figures to end at 万): end the pattern at 余.",
                         "measure_word_after_floor")
    if got == [w for w in want if "万" not in w]:
        return incorrect(f"You found {got} but not '2万余': between 2 and 余 stands 万, which [\\d.]+余 does not "
                         "allow. Put 万 inside the brackets: [\\d.万]+余.", "wan_missed")
    bare = [w.removesuffix("余") for w in want] + [w.removesuffix("余").removesuffix("万") for w in want]
    if got and all(g in bare for g in got) and len(set(got)) == len(got):
        also = "" if len(got) == len(want) else " (and 2万余 is missed: put 万 inside the brackets, [\\d.万]+余)"
        return incorrect("You found the numbers without their 余: either the pattern does not end with 余, or it "
                         "has a group in parentheses and findall returns the group. End the pattern with 余 and "
                         f"use no parentheses{also}.", "floor_word_dropped")
    if got and len(got) == len(want) and all(len(x) <= 2 and not any(c.isdigit() for c in x[:1]) or x in ("万", "余")
                                             for x in got):
        return incorrect("re.findall returned only the part in parentheses: a group in the pattern makes it return "
                         "the group. Use [\\d.万]+余 with no parentheses.", "group_only")
    all_numbers = re.findall(r"\d[\d.]*", annual_2022_sentence())
    if len(got) >= len(all_numbers) and any("2022" in x for x in got):
        return incorrect("That matches every number in the sentence, the year 2022 included; the question asks "
                         "only for those followed by 余 (end the pattern with 余).", "every_number")
    if len(got) == 1 and got[0] == want[0]:  # the first match alone: re.search (a later one alone is list_slip's)
        return incorrect(f"You found only {got}: the sentence has {len(want)} numbers with 余. re.search stops at "
                         "the first; re.findall lists every match.", "first_only")
    greedy = next((g for g in got if sum(g.count(w) for w in want) >= 2), None)
    if greedy is not None:
        return incorrect(f"One of your matches, {greedy[:40]!r}"
                         "..., runs across several numbers: .* or .+ takes as much text as it can (greedy). List "
                         "only the characters a number can hold: [\\d.万]+余.", "greedy_match")
    extra = [g for g in got if g not in want and re.fullmatch(r"[\d.万]+", g)]
    if extra and all(g in want or g in extra for g in got):
        return incorrect(f"You also found {extra}: a number not followed by 余 (the year 2022 is one). End the "
                         "pattern with 余, so only the 'more than' figures match.", "number_without_floor")
    if (slip := FLOOR_MATCHES.slip(got, want)) is not None:
        return incorrect(slip[1], slip[0])
    return incorrect(f"You found {got}; the sentence has {len(want)} numbers followed by 余. Print the sentence "
                     "and compare with your pattern.")


q7 = Question(
    id="q7",
    reads=("floor_numbers",),
    judge=_judge_floor_findall,
    hints=["余 after a number means 'more than'. Which characters can stand between the digits and 余?",
           "Inside [ ], list every character allowed: digits (\\d), the point and 万. Then + and 余."],
    explanation=("['160余', '1520余', '2万余']: more than 160 mafia-type organisations, more than 1,520 "
                 "vicious-force groups and more than 20,000 cases in 2022. [\\d.]+余 misses 2万余, because 万 "
                 "stands between the number and 余: put it inside the brackets."),
)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7]


# ----------------------------------------------------------------------------
# In-lesson checks ("your turn"). Prompts and worked solutions are typed here:
# lesson 00 has no exercise notebook; solutions/00 shows each one worked.
# ----------------------------------------------------------------------------
SLIDER_START, SLIDER_TARGET = 1.64, 2.7


@judge({"slider_elsewhere": "the slider was moved, but not to the value asked for",
        "number_not_slider": "replaced the slider by a number, so the check cannot tell whether widgets work"})
def _judge_slider(slider) -> Outcome:
    value = getattr(slider, "value", None)
    if slider is Ellipsis:
        return not_attempted()
    if is_number(slider):
        return _named_form(f"`wan` is the number {plain(slider)}, not the slider: the check reads the slider to see "
                           "whether widgets talk to the kernel, so a typed number proves nothing. Run the slider's "
                           "cell again (it makes `wan` the slider), then move it.", "number_not_slider")
    if not is_number(value):
        return wrong_type(f"`wan` should be the slider from the cell above, but it is {describe(slider)}. "
                          "Run that cell again (it makes the slider), then move it.")
    if close(value, SLIDER_START):
        return not_attempted(f"The slider still shows {SLIDER_START}: move it to {SLIDER_TARGET}, then check "
                             "again. If you did move it and it still says this, widgets are not talking to "
                             "the kernel: use Kernel → Restart Kernel and Run All Cells.")
    if close(value, SLIDER_TARGET, abs_tol=1e-9):
        return correct(f"The kernel received your move to {SLIDER_TARGET}: widgets work on your set-up.")
    return incorrect(f"The slider is at {value:g}; move it to {SLIDER_TARGET} (click it and use the arrow "
                     "keys for small steps).", "slider_elsewhere")


yt1 = Question(
    id="yt1",
    reads=("wan",),
    judge=_judge_slider,
    hints=["Click the slider's handle and press the arrow keys: each press moves it by 0.01."],
    solution_code=f"wan.value = {SLIDER_TARGET}  # or drag the slider",
    explanation=f"{SLIDER_TARGET}万 = 27,000. The check read the slider's value in the kernel: widgets work.",
)


def _rows(*, subset: str | None = None, unit: str | None = None):
    """The release's figures with an id, of one subset and unit (filtered once per data folder, a fresh copy each
    call: the judges of the questions that count them read it on every answer)."""
    return _rows_in(str(data_dir()), subset, unit).copy()


@lru_cache(maxsize=32)
def _rows_in(folder: str, subset: str | None, unit: str | None):
    figures = data.release_figures()
    keep = figures["id"].notna()
    if subset is not None:
        keep &= figures["subset"] == subset
    if unit is not None:
        keep &= figures["unit"] == unit
    return figures[keep]


yt2 = Question(
    id="yt2",
    reads=("n_examples",),
    judge=number(lambda: len(_rows(subset="provincial example", unit="gangs")), misconceptions=[
        Misconception("one_condition_subset", "That counts every provincial example, whatever its unit: add the "
                      "second condition with & (each condition in parentheses).",
                      lambda: len(_rows(subset="provincial example"))),
        Misconception("one_condition_unit", "That counts every gang figure, national ones too: add the subset "
                      "condition with &.", lambda: len(_rows(unit="gangs"))),
        Misconception("or_not_and", "That keeps rows meeting either condition (|). Use & for both at once.",
                      lambda: len(_rows(subset="provincial example")) + len(_rows(unit="gangs"))
                      - len(_rows(subset="provincial example", unit="gangs"))),
        Misconception("whole_table", "That is every row: the filter was not applied.",
                      lambda: len(data.release_figures())),
    ], family=Family(lambda: {}, whole=lambda: {"every row of the table": len(data.release_figures())},
                     others=lambda: {"the provincial examples' rows": len(_rows(subset="provincial example")),
                                     "the gang rows": len(_rows(unit="gangs"))}, rows=release_figures(),
                     columns=lambda: len(data.release_figures().columns),
                     conditions=lambda: {"subset == 'provincial example'": len(_rows(subset="provincial example")),
                                         "unit == 'gangs'": len(_rows(unit="gangs"))})),
    hints=["Two conditions: (figures['subset'] == 'provincial example') & (figures['unit'] == 'gangs').",
           "len(figures[...]) counts the rows kept."],
    solution_code=("examples = figures[(figures['subset'] == 'provincial example') & (figures['unit'] == 'gangs')]\n"
                   "n_examples = len(examples)"),
    explanation="Four: Jiangsu, Zhejiang, Guangdong and Guangxi, the examples the ministry chose.",
)


def _yt3_judge() -> Judge:
    """yt3's judge; its key, the suspects apprehended outside the November operation, is worked out inside it."""
    def key() -> float:
        return data.figure("suspects_apprehended") - data.figure("november_suspects_apprehended")

    return number(key, misconceptions=[
        Misconception("campaign_not_november", "That is the whole campaign's count, November included: take the "
                      "November operation's suspects away.", lambda: data.figure("suspects_apprehended")),
        Misconception("november_only", "That is the November operation's own count; the question asks for the "
                      "rest of the campaign.", lambda: data.figure("november_suspects_apprehended")),
        Misconception("added_not_subtracted", "You added the two. The November operation is part of the campaign: "
                      "subtract.", lambda: data.figure("suspects_apprehended")
                      + data.figure("november_suspects_apprehended")),
        Misconception("gangs_not_suspects", "That uses the November operation's gangs, not its suspects.",
                      lambda: data.figure("suspects_apprehended") - data.figure("november_gangs_eliminated")),
        Misconception("july_not_november", "That takes away the July operation's suspects, not November's.",
                      lambda: data.figure("suspects_apprehended") - data.figure("july_suspects_apprehended")),
        Misconception("detained_not_apprehended", "That starts from the detained (suspects_detained); the question "
                      "starts from the campaign's apprehended (suspects_apprehended).",
                      lambda: data.figure("suspects_detained") - data.figure("november_suspects_apprehended")),
    ], family=Family(table=release_figures(), figures=release_ids("suspects_apprehended", "november_suspects_apprehended"),
                     others=merged(release_figures(unit="suspects"), release_figures(subset="November operation"))))


yt3 = Question(
    id="yt3",
    adapts_example=True,  # round 16: the example printed just above it is what a student may copy
    reads=("outside_november",),
    judge=_yt3_judge(),
    hints=["by_id = figures.set_index('id') makes the ids the row labels; by_id.loc['suspects_apprehended', 'value'] "
           "is one value.",
           "Take the November row's value away from the campaign's."],
    solution_code=("by_id = figures.set_index('id')\n"
                   "outside_november = (by_id.loc['suspects_apprehended', 'value']\n"
                   "                    - by_id.loc['november_suspects_apprehended', 'value'])"),
    explanation=("16,288: the campaign's 17,000 (rounded, 1.7万) less the November round-up's 712. The result is no "
                 "more precise than 17,000 itself."),
)


class _AnyOf(Misconception):
    """A misconception any of several values shows (``value`` gives the list)."""

    def matches(self, answer: float) -> bool:
        return any(close(answer, target, rel_tol=self.rel_tol, abs_tol=1e-12) for target in self.value())


def _example_values() -> list[float]:
    """The provincial examples' gang figures, one each (a wrong answer picks one of them)."""
    return [float(v) for v in _rows(subset="provincial example", unit="gangs")["value"]]


def _gangs_by_subset():
    gangs = _rows(unit="gangs")
    return gangs.groupby("subset")["value"]


yt4 = Question(
    id="yt4",
    adapts_example=True,  # round 16: the example printed just above it is what a student may copy
    reads=("example_gangs",),
    judge=number(lambda: float(_gangs_by_subset().sum()["provincial example"]), misconceptions=[
        Misconception("count_not_sum", "That is how many rows there are (.count() or .size()); the question asks "
                      "for the total of their values: .sum().",
                      lambda: float(_gangs_by_subset().count()["provincial example"])),
        Misconception("summed_every_subset", "That adds every subset together, the national total and the "
                      "November operation included: take the 'provincial example' group only.",
                      lambda: float(_gangs_by_subset().sum().sum())),
        Misconception("national_group", "That is the 'campaign to date' group (the national total).",
                      lambda: float(_gangs_by_subset().sum()["campaign to date"])),
        Misconception("mean_not_sum", "That is the average per example (.mean()); the question asks for the "
                      "total of the group: .sum().",
                      lambda: float(_gangs_by_subset().mean()["provincial example"]), rel_tol=1e-3),
        Misconception("november_group", "That is the 'November operation' group (its 133 gangs): take the "
                      "'provincial example' group.", lambda: float(_gangs_by_subset().sum()["November operation"])),
        _AnyOf("one_example_only", "That is one province's gangs alone: the question asks for the total of "
                      "the 'provincial example' group, every example added (.sum() on the group).",
                      _example_values),
    ], family=Family(lambda: {}, table=release_figures(), parts=lambda: {f"{i!r}": float(v) for i, v in zip(
        _rows(subset="provincial example", unit="gangs")["id"], _rows(subset="provincial example", unit="gangs")["value"])},
        whole=lambda: {"the national 1,759 gangs": data.figure("gangs_eliminated")})),
    hints=["gang_rows = figures[figures['unit'] == 'gangs'], then gang_rows.groupby('subset')['value'].sum().",
           "The result is a Series indexed by subset: .loc['provincial example'] picks one total."],
    solution_code=("gang_rows = figures[figures['unit'] == 'gangs']  # not `gangs`: that is q1's answer\n"
                   "example_gangs = gang_rows.groupby('subset')['value'].sum().loc['provincial example']"),
    explanation=("159 gangs across the four examples: under a tenth of the national 1,759, so the examples say "
                 "nothing about the campaign's geography."),
)


def _contains(text: str) -> int:
    return int(data.release_figures()["chinese_original"].str.contains(text, na=False).sum())


yt5 = Question(
    id="yt5",
    adapts_example=True,  # round 16: the example printed just above it is what a student may copy
    reads=("n_yi",),
    judge=number(lambda: _contains("亿"), misconceptions=[
        Misconception("wan_not_yi", "That counts 万 (ten thousand), not 亿 (a hundred million).",
                      lambda: _contains("万")),
        Misconception("either_unit", "That counts figures with 万 or 亿; the question asks for 亿 only.",
                      lambda: _contains("万|亿")),
        Misconception("whole_table", "That is every row: sum the True/False column that str.contains gives.",
                      lambda: len(data.release_figures())),
        Misconception("missing_counted", "That counts the rows with no Chinese original (NaN), not those "
                      "containing 亿.", lambda: int(data.release_figures()["chinese_original"].isna().sum())),
        Misconception("na_counted_as_match", "With na=True the rows that have no Chinese original count as "
                      "containing 亿: use na=False.",
                      lambda: _contains("亿") + int(data.release_figures()["chinese_original"].isna().sum())),
        Misconception("non_missing_counted", "That counts every row that has a Chinese original (.count() or "
                      "notna()), not those containing 亿: sum the True/False of str.contains.",
                      lambda: int(data.release_figures()["chinese_original"].notna().sum())),
    ], family=Family(lambda: {}, whole=lambda: {"every row of the table": len(data.release_figures()),
                                                "the rows with a Chinese original":
                                                    int(data.release_figures()["chinese_original"].notna().sum())},
                     rows=release_figures(), columns=lambda: len(data.release_figures().columns))),
    hints=["figures['chinese_original'].str.contains('亿', na=False) is True or False for each row.",
           "True counts as 1 when you add: .sum() counts the rows that contain it."],
    solution_code="n_yi = figures['chinese_original'].str.contains('亿', na=False).sum()",
    explanation="Two: the assets seized by the whole campaign (299.5亿元) and by the November operation (3.11亿元).",
)


def later_sentence() -> str:
    """The 2023 annual release's first sentence of figures (S11), as data/release_sources.csv stores it."""
    excerpt = data.release_sources().set_index("source_id").loc["S11", "excerpt"]
    return excerpt.split(" … ")[0]


WAN_MATCHES = MatchList(order_matters=False)  # yt6 lists the numbers in 万 and asks for no order


@judge({"unit_dropped": "the numbers found without the 万 that the pattern should match",
        "decimal_missed": "the pattern missed the decimal point, so 2.7万 became 7万",
        "group_only": "a group in the pattern made findall return the group, not the whole match",
        "every_number": "the pattern matched every number, not only those in 万",
        "first_only": "only the first match (re.search) where findall lists them all",
        "other_numbers_matched": "the pattern also matched numbers not printed in 万",
        "measure_words_kept": "the pattern ran on past 万 and kept the words after it (名, 余起)",
        "matches_joined": "one match that runs from one number in 万 to the next, with the words between (a greedy .*)",
        "converted_to_numbers": "converted the numbers in 万 into ordinary numbers where the printed text is asked",
        OTHER_SENTENCE: OTHER_SENTENCE_DESCRIPTION,
        **WAN_MATCHES.codes})
def _judge_findall(found) -> Outcome:
    """yt6. The key (the sentence's numbers in 万) is found here, when judging, and kept under no name (#19)."""
    if is_placeholder(found):
        return not_attempted()
    if isinstance(found, re.Match):
        return _named_form("You gave a Match, what re.search gives: it holds only the first match. re.findall "
                           "lists every match.", "first_only")
    if isinstance(found, list) and found and all(isinstance(x, tuple) for x in found):
        return incorrect("re.findall gave tuples: your pattern has groups in parentheses, and findall then returns "
                         "the groups, not the whole match. Use [\\d.]+万 with no parentheses.", "group_only")
    want = re.findall(r"[\d.]+万", later_sentence())
    if (joined := matches_as_text(found, want) or one_match_as_text(found, want)) is not None:  # review round 11
        return _named_form(joined[1], joined[0])
    if not isinstance(found, (list, tuple)) or not all(isinstance(x, str) for x in found):
        return wrong_type(f"You gave {describe(found)}; re.findall gives a list of texts, e.g. ['1.7万'].")
    got = [x.strip() for x in found]
    if got == want:
        return correct(f"{got} are the two numbers printed in 万.")
    if (reordered := WAN_MATCHES.in_another_order(got, want)) is not None:
        return correct(reordered)
    if [x.removesuffix("余") for x in got] == want:  # kept 余 ('more than') as printed: better, not wrong
        return correct(f"{got}: the numbers printed in 万, and you kept 余 ('more than') where the sentence has it. "
                       "Good: 余 makes the number a floor.")
    if (elsewhere := in_another_sentence(got, r"[\d.]+万", later_sentence())) is not None:
        return elsewhere
    if got == [w.rstrip("万") for w in want]:
        return incorrect("You found the numbers but not their unit. Either the pattern does not end with 万, or "
                         "it has a group in parentheses, such as ([\\d.]+)万, and re.findall then returns only the "
                         "group. Use [\\d.]+万, with 万 at the end and no parentheses.", "unit_dropped")
    if got == [w.split(".")[-1] for w in want]:
        return incorrect("Your pattern misses the decimal point, so 2.7万 became 7万: use [\\d.]+ (digits or "
                         "points) before 万.", "decimal_missed")
    if got and all(x.startswith(".") or x in ("万",) or len(x) <= 2 for x in got):
        return incorrect("re.findall returned only the part in parentheses: a group in the pattern makes it "
                         "return the group. Use [\\d.]+万 with no parentheses.", "group_only")
    if len(got) == len(want) and all(g.startswith(w) and len(g) > len(w) for g, w in zip(got, want)):
        return incorrect(f"You found {got}: the pattern ran on past 万 and took the words after it. End the "
                         "pattern at 万: [\\d.]+万.", "measure_words_kept")
    if any(sum(w in g for w in want) >= 2 for g in got):
        return incorrect(f"You found {_shown(got)}: one match runs from one number in 万 to the next, with the words "
                         "between them (a greedy .* or an excerpt). Match the number and its 万 alone: [\\d.]+万.",
                         "matches_joined")
    if len(got) == len(want) and all("万" not in g and _plain_of(g) == _plain_of(w) for g, w in zip(got, want)):
        return incorrect(f"You found {_shown(got)}: the numbers converted into ordinary numbers. The question asks "
                         "for them as printed, each with its 万 (the text re.findall gives).", "converted_to_numbers")
    all_numbers = re.findall(r"\d[\d.]*", later_sentence())
    if len(got) >= len(all_numbers) and set(w.rstrip("万") for w in want) <= set(got) | set(want):
        return incorrect("That matches every number in the sentence; the question asks only for those "
                         "printed in 万 (end the pattern with 万).", "every_number")
    if len(got) == 1 and got[0] == want[0]:  # the first match alone: re.search (a later one alone is list_slip's)
        return incorrect(f"You found only {got}: the sentence has {len(want)} numbers printed in 万. re.search "
                         "stops at the first; re.findall lists every match.", "first_only")
    extra = [x for x in got if x not in want and x.removesuffix("余") not in want]
    if extra and all(w in got or w + "余" in got for w in want):
        return incorrect(f"You found the numbers in 万 and also {extra}, which is not printed in 万: end the "
                         "pattern with 万 alone, not a choice of characters.", "other_numbers_matched")
    if (slip := WAN_MATCHES.slip(got, want)) is not None:
        return incorrect(slip[1], slip[0])
    return incorrect(f"You found {got}; the sentence has {len(want)} numbers printed in 万. Print the sentence "
                     "and compare with your pattern.")


def _shown(found) -> str:
    """A student's matches as a verdict quotes them: a long text cut (an excerpt can be the whole sentence)."""
    text = repr(found)
    return text if len(text) <= 80 else text[:77] + "..."


def _plain_of(text: str) -> float | None:
    """The number a printed figure or a plain number stands for ('2.7万' and '27000' both 27,000); None if none."""
    try:
        return parse_figure(text.strip()).value if "万" in text else float(text.replace(",", "").strip())
    except (ValueError, TypeError, AttributeError):
        return None


yt6 = Question(
    id="yt6",
    reads=("wan_numbers",),
    judge=_judge_findall,
    hints=["The pattern [\\d.]+万 means: one or more digits or points, then 万.",
           "re.findall(r'[\\d.]+万', sentence_2023)"],
    solution_code="wan_numbers = re.findall(r'[\\d.]+万', sentence_2023)",
    explanation=("['2.7万', '2.9万']: 27,000 suspects and more than 29,000 cases (2.9万余: 余 means 'more than'); "
                 "1900余个 is not in 万."),
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5, yt6]
