"""What a check concludes, and how it is shown.

An ``Outcome`` is plain data (status, message, misconception code) so that the
notebook check, the grader and the tests all read the same thing. ``Feedback``
shows one in JupyterLab as styled HTML with a plain-text twin: nbval compares
the plain text, so nothing in either may vary between runs.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

CORRECT = "correct"
INCORRECT = "incorrect"
NOT_ATTEMPTED = "not attempted"
WRONG_TYPE = "wrong type"
CANNOT_JUDGE = "cannot judge"
# A written answer the computer keeps for a person to read and mark: never correct, never wrong,
# never counted as passed (progress(), the grader's points). See ``netcrime.checks.written``.
RECORDED = "recorded"
STATUSES = (CORRECT, INCORRECT, NOT_ATTEMPTED, WRONG_TYPE, CANNOT_JUDGE, RECORDED)

TITLES = {  # the heading of each verdict, in notebooks and in graded feedback alike
    CORRECT: "Correct",
    INCORRECT: "Not yet",
    NOT_ATTEMPTED: "Not attempted yet",
    WRONG_TYPE: "Wrong kind of answer",
    CANNOT_JUDGE: "Could not check",
    RECORDED: "Recorded for your instructor",
}
# Border colours; the title text says the same, colour is never the only cue. Each has at
# least 3:1 contrast with the box's background (WCAG 1.4.11, non-text contrast):
# tests/test_accessibility.py checks it.
BOX_BACKGROUND = "#fafafa"
BOX_TEXT = "#222"
_COLOURS = {
    CORRECT: "#009E73",
    INCORRECT: "#D55E00",
    NOT_ATTEMPTED: "#0072B2",
    WRONG_TYPE: "#B26B00",  # a darker orange than Okabe-Ito's #E69F00 (2.2:1 on the background)
    CANNOT_JUDGE: "#757575",  # #9E9E9E had 2.6:1
    RECORDED: "#6A3D9A",  # purple: neither a pass nor a fail
}


# Codes that say only that an answer is wrong, not which mistake it shows ("too high", "incorrect", "wrong
# type", "could not judge"). A verdict with one of these, or with no code at all, does not name the mistake;
# ``names_the_mistake`` is the one definition the measure of issue #19 (``netcrime.checks.named``) uses.
GENERIC_CODES = frozenset({"too_high", "too_low", "incorrect", "wrong", "wrong_type", "wrong_answer",
                           "not_right", "cannot_judge", "could_not_judge", "other",
                           "number_matches_several_slips"})  # counted.AMBIGUOUS: says what a number is not, names no step


# Slips in the form of an answer, the same in every question, so every judge declares them (``judge.Judge``)
# and the guide lists them once. ``form_slip`` tells which one an unnamed verdict shows.
NUMBER_AS_TEXT = "number_as_text"
ONE_VALUE_IN_A_SERIES = "one_value_in_a_series"
EMPTY_ANSWER = "empty_answer"
MISSING_KEY = "missing_key"
EXTRA_KEY = "extra_key"
MISSING_COLUMN = "missing_column"
FORM_CODES = {
    NUMBER_AS_TEXT: "gave a number as text, in quotes ('1759'), where the number itself is wanted",
    ONE_VALUE_IN_A_SERIES: "gave a one-element Series or DataFrame where the value itself is wanted (.item() takes it out)",
    EMPTY_ANSWER: "gave an empty answer ('', [], {} or an empty table)",
    MISSING_KEY: "left out an entry (a key of a dict, a label of a Series) the answer needs",
    MISSING_COLUMN: "gave a table without a column the question needs (dropped, renamed or never made)",
    EXTRA_KEY: "gave an entry (a key of a dict, a label of a Series) the question does not ask for (misspelt or invented)",
    "gave_text": "gave text where another kind of answer is wanted (a number, a list, a dict, a table, a chart)",
    "gave_a_list": "gave a list where one value, a dict or a table is wanted",
    "gave_a_dict": "gave a dict where another kind of answer is wanted",
    "gave_a_series": "gave a Series where a DataFrame, a dict or a single value is wanted",
    "gave_a_table": "gave a DataFrame where a Series, a single value or a chart is wanted",
    "gave_a_number": "gave a number where text, a list, a dict or a table is wanted",
    "gave_a_function": "gave a function where its result is wanted",
    "gave_no_function": "gave a value where a function is wanted",
    "gave_none": "gave None, nothing: the cell assigned no value, or a function forgot to return (printed instead)",
    "function_never_returned": "wrote a function that does not return for some input (an endless loop, a wait): the "
                               "check stops each call after a few seconds",
}
# A label outside the options, read from the verdict's own sentence ("'x' is not one of the options: a, b, c."),
# the convention of every judge of options and codes: which slip it shows (``label_slip``).
ANSWER_NEVER_READ = "answer_never_read"  # ``values.never_read``: read before any judge, in every question
FORM_CODES[ANSWER_NEVER_READ] = ("gave an object of its own class whose methods (float(), iteration, repr, ==, "
                                 "to_dict) never return: reading it was stopped")
TEXT_TOO_LONG = "text_too_long"  # ``text_form``: every question reads its texts for these two first
PHRASE_REPEATED = "phrase_repeated"
FORM_CODES.update({
    TEXT_TOO_LONG: "gave a text far longer than any answer to the question needs (pasted text, a phrase multiplied)",
    PHRASE_REPEATED: "gave one phrase repeated ('x x x', 'paid posters paid posters') where it is needed once",
})
NUMBER_TOO_LARGE = "number_too_large"  # ``values.too_large``: read before any judge, in every question
FORM_CODES[NUMBER_TOO_LARGE] = ("gave a whole number too large to be any figure (hundreds of digits: a power or a "
                                "product gone wrong)")
TABLE_TOO_LARGE = "table_too_large"  # ``values.too_many_rows``: read before any judge, in every question
FORM_CODES[TABLE_TOO_LARGE] = ("gave a table (or Series, or array) of hundreds of thousands of rows, far more than any "
                               "table of the course: a join or a repeat multiplied its rows")
TWO_LABELS = "two_labels"
LABEL_CUT_SHORT = "label_cut_short"
LABEL_NOT_AN_OPTION = "label_not_an_option"
FORM_CODES.update({
    TWO_LABELS: "gave two or more options or codes (in one text or a list) where one is asked",
    LABEL_CUT_SHORT: "wrote only the start of an option or code",
    LABEL_NOT_AN_OPTION: "wrote a word that is none of the allowed options or codes (an everyday word for one, or an "
                         "invented or misspelt code)",
})
_NOT_ONE_OF = re.compile(r"^(?:\w+: )?(?:For '[^']*' you wrote )?(?P<given>'[^']*'|\[[^\]]*\]) (?:is|are) not one of the "
                         r"[^:.]*[:.]\s*(?:Use (?:one of|a code)?:?\s*)?(?P<options>[^:]*?)\.?$")


def _label_key(text: str) -> str:
    return " ".join(re.sub(r"[_\-]", " ", text.strip().strip("'\"()").casefold()).split())


def label_slip(message: str) -> str | None:
    """The slip a "'x' is not one of the options: a, b, c." verdict shows: two options at once, one cut short, or
    a word that is none of them; None for any other sentence."""
    found = _NOT_ONE_OF.match(message.strip())
    if found is None:
        return None
    options = {_label_key(o) for o in found["options"].split(",") if o.strip()}
    given = found["given"]
    parts = [p for p in re.split(r"\s*(?:,|;|/|\band\b|\bor\b)\s*", given.strip("[]")) if _label_key(p)]
    if len(parts) >= 2 and options and all(_label_key(p) in options for p in parts):
        return TWO_LABELS
    text = _label_key(given)
    if len(text) >= 3 and sum(o.startswith(text) for o in options) == 1:
        return LABEL_CUT_SHORT
    return LABEL_NOT_AN_OPTION


@dataclass(frozen=True)
class Outcome:
    """The verdict on one answer."""

    status: str
    message: str = ""
    misconception: str | None = None  # a code from the question's known misconceptions
    # For a question declared with parts (``netcrime.checks.parts``): (name, points, passed) per part,
    # filled in by the question when the whole answer is not correct; the grader gives the passed parts' points.
    parts: tuple = ()

    @property
    def passed(self) -> bool:
        return self.status == CORRECT

    @property
    def names_the_mistake(self) -> bool:
        """Not accepted, and carrying a declared code for one specific mistake (none of ``GENERIC_CODES``).

        A recorded written answer names nothing: a person reads it."""
        return (self.status in (INCORRECT, WRONG_TYPE, NOT_ATTEMPTED) and self.misconception is not None
                and self.misconception not in GENERIC_CODES)


def correct(message: str = "") -> Outcome:
    return Outcome(CORRECT, message)


def incorrect(message: str, misconception: str | None = None) -> Outcome:
    return Outcome(INCORRECT, message, misconception)


def not_attempted(message: str = "Replace the ... placeholder with your answer, run the cell, then check again.") -> Outcome:
    return Outcome(NOT_ATTEMPTED, message)


def wrong_type(message: str) -> Outcome:
    """The wrong kind of answer. A message made by a shared helper may carry its code (``Problem``)."""
    return Outcome(WRONG_TYPE, message, getattr(message, "code", None))


def joined(*parts: str) -> str:
    """Sentences of a verdict put together: each stripped, empty ones left out, one space between."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def with_note(outcome: Outcome, note: str, *, before: bool = False) -> Outcome:
    """The verdict with a note added to its message, its status and code kept: after the message (a form that was
    forgiven, a function's prints kept out of sight), or ``before`` it (how an answer was read, said before the
    verdict on that reading). The one helper every judge adds a note with; no note leaves the verdict as it is."""
    if not note or not note.strip():
        return outcome
    return replace(outcome, message=joined(note, outcome.message) if before else joined(outcome.message, note))


class Problem(str):
    """A message that knows which slip it describes (``compare.keys_problem`` returns one), so a lesson's
    ``wrong_type(problem)`` names the slip without repeating its code."""

    code: str | None = None

    def __new__(cls, text: str, code: str | None = None):
        made = super().__new__(cls, text)
        made.code = code
        return made


def _is_empty(value) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return not value
    size = getattr(value, "size", None)
    return getattr(value, "ndim", None) is not None and size == 0


_PART_PREFIX = re.compile(r"^\w+: ")  # 'city: You gave ...': a judge of several variables names the one it means


def form_slip(values, outcome: "Outcome") -> str | None:
    """The ``FORM_CODES`` slip an unnamed verdict on ``values`` shows, or None.

    An empty answer is named whatever the verdict; a kind of value only when the verdict is "wrong type"
    and its message says what the student gave ("You gave ..."), the convention of every kind check."""
    if outcome.passed or outcome.misconception is not None or outcome.status == RECORDED or not values:
        return None
    value = values[0]
    if _is_empty(value):
        return EMPTY_ANSWER
    if outcome.status == WRONG_TYPE and (slip := label_slip(outcome.message)) is not None:
        return slip
    if outcome.status != WRONG_TYPE or not _PART_PREFIX.sub("", outcome.message).startswith("You gave"):
        return None
    if value is None:  # review round 13, G2: 'You gave None (nothing ...)' had the right sentence and no code
        return "gave_none"
    import pandas as pd  # only here: this module is imported before pandas in a kernel's start-up

    if isinstance(value, (pd.Series, pd.DataFrame)) and value.size == 1:
        return ONE_VALUE_IN_A_SERIES
    if type(value).__name__ == "ndarray":  # what .values gives: one value inside, or several
        return ONE_VALUE_IN_A_SERIES if value.size == 1 else "gave_a_list"
    if isinstance(value, str):
        try:
            float(value.replace(",", "").strip())
            return NUMBER_AS_TEXT
        except ValueError:
            return "gave_text"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "gave_a_list"
    if isinstance(value, dict):
        return "gave_a_dict"
    if isinstance(value, pd.Series):
        return "gave_a_series"
    if isinstance(value, pd.DataFrame):
        return "gave_a_table"
    if isinstance(value, (int, float)) or type(value).__module__ == "numpy":
        return "gave_a_number"
    if callable(value) and not hasattr(value, "to_dict"):
        return "gave_a_function"
    return None


def recorded(message: str) -> Outcome:
    """A written answer kept for the instructor to mark (see ``netcrime.checks.written``)."""
    return Outcome(RECORDED, message)


class Feedback:
    """A styled box in JupyterLab, plain text everywhere else."""

    def __init__(self, heading: str, body: str, status: str | None = None, code: str | None = None,
                 items: tuple[str, ...] | list[str] = ()):
        self.heading = heading
        self.body = body
        self.status = status
        self.code = code
        self.items = tuple(items)  # a list shown under the body: a rubric's self-check, the parts of a question

    def __repr__(self) -> str:
        lines = [self.heading]
        if self.body:
            lines.append(self.body)
        lines.extend(f"- {item}" for item in self.items)
        if self.code:
            lines.append(self.code)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        colour = _COLOURS.get(self.status, "#0072B2")
        parts = [
            f'<div class="netcrime-feedback netcrime-{(self.status or "info").replace(" ", "-")}" '
            f'style="border-left: 6px solid {colour}; padding: 6px 12px; margin: 4px 0; '
            f'background: {BOX_BACKGROUND}; color: {BOX_TEXT};">',
            f"<strong>{html.escape(self.heading)}</strong>",
        ]
        if self.body:
            parts.append(f'<div style="margin-top: 4px;">{html.escape(self.body)}</div>')
        if self.items:
            parts.append('<ul style="margin: 4px 0;">' + "".join(f"<li>{html.escape(item)}</li>"
                                                                 for item in self.items) + "</ul>")
        if self.code:
            parts.append(f'<pre style="margin-top: 6px;">{html.escape(self.code)}</pre>')
        parts.append("</div>")
        return "".join(parts)


def _points(x: float) -> str:
    return f"{x:g} point" + ("" if x == 1 else "s")


def part_lines(parts) -> list[str]:
    """Which parts of an answer are right, in words (never colour or a tick alone): one line for the
    parts that are right, with the points they earn, and one line per part that is not yet."""
    if not parts:
        return []
    right = [(name, points) for name, points, passed in parts if passed]
    total = sum(points for _, points, _ in parts)
    lines = []
    if right:
        earned = round(sum(points for _, points in right), 4)
        lines.append(f"Right: {', '.join(name for name, _ in right)} ({_points(earned)} of {total:g})")
    lines += [f"Not yet: {name} ({_points(points)})" for name, points, passed in parts if not passed]
    return lines


def feedback_for(question_id: str, outcome: Outcome) -> Feedback:
    """The box a student sees for one verdict (with the parts that are right, for a question with parts)."""
    heading = f"{question_id}: {TITLES[outcome.status]}"
    return Feedback(heading, outcome.message, outcome.status, items=part_lines(outcome.parts))
