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

import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from .judge import Judge
from .outcome import Outcome, correct, incorrect, not_attempted, wrong_type
from ..units import plain
from .values import close, describe, is_missing_number, is_number, is_placeholder, normalise_text


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


@dataclass(frozen=True)
class Misconception:
    """A known wrong answer and what it reveals.

    ``value`` is what a student holding this misconception would answer (a
    number or a callable computing it from data/); ``message`` names the
    misconception and points to the fix without giving the answer away.
    """

    code: str
    message: str
    value: Any = None
    rel_tol: float = 1e-6

    def matches(self, answer: float) -> bool:
        target = _resolve(self.value)
        if target is None:
            return False
        return close(answer, target, rel_tol=self.rel_tol, abs_tol=1e-12)


def number(expected, *, rel_tol: float = 1e-6, abs_tol: float = 0.0,
           misconceptions: Sequence[Misconception] = (), unit: str = "") -> Judge:
    """A single number within a tolerance (relative and/or absolute)."""

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if isinstance(value, (pd.Series, pd.DataFrame)) and value.size == 1:
            return wrong_type(f"You gave {describe(value)} holding one value; this question wants the number itself. "
                              "Take it out with .item() (or .iloc[0]).")
        if isinstance(value, str):
            hint = " Write it without quotes." if _looks_numeric(value) else ""
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
            return correct(f"{plain(answer)}{unit} is right.")
        for m in misconceptions:
            if m.matches(answer):
                return incorrect(m.message, m.code)
        direction = "too high" if answer > target else "too low"
        return incorrect(f"{plain(answer)}{unit} is {direction}. Check which figures you used and the units.")

    return Judge(judge, {m.code: m.message for m in misconceptions})


def _looks_numeric(text: str) -> bool:
    try:
        float(text.replace(",", "").strip())
        return True
    except ValueError:
        return False


def choice(correct_option: str, options: Sequence[str], *,
           wrong: Mapping[str, str] | None = None, codes: Mapping[str, str] | None = None) -> Judge:
    """One option out of several (multiple choice). Options compare case-insensitively.

    ``wrong`` maps a wrong option to the message it deserves; ``codes`` maps it
    to a misconception code.
    """
    wrong = dict(wrong or {})
    codes = dict(codes or {})
    by_norm = {normalise_text(o): o for o in options}

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if not isinstance(value, str):
            return wrong_type(f"You gave {describe(value)}; write the option as text, e.g. '{options[0]}'.")
        picked = by_norm.get(normalise_text(value))
        if picked is None:
            return wrong_type(f"'{value}' is not one of the options: {', '.join(options)}.")
        if picked == correct_option:
            return correct()
        return incorrect(wrong.get(picked, f"'{picked}' is not the best answer. Reread the options."),
                         codes.get(picked))

    return Judge(judge, _option_codes(codes, wrong))


def _option_codes(codes: Mapping[str, str], wrong: Mapping[str, str]) -> dict[str, str]:
    """code -> description for options that carry a code (two options may share one)."""
    out: dict[str, str] = {}
    for option, code in codes.items():
        out.setdefault(code, wrong.get(option, "") or f"chose {option!r}")
    return out


def choices(correct_options: Iterable[str], options: Sequence[str], *,
            wrong: Mapping[str, str] | None = None, codes: Mapping[str, str] | None = None) -> Judge:
    """Several options at once (select all that apply), given as a list or set."""
    right = set(correct_options)
    wrong = dict(wrong or {})
    codes = dict(codes or {})
    by_norm = {normalise_text(o): o for o in options}

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple, set, frozenset)):
            return wrong_type(f"You gave {describe(value)}; give a list of options, e.g. ['{options[0]}'].")
        picked = set()
        for v in value:
            if not isinstance(v, str) or normalise_text(v) not in by_norm:
                return wrong_type(f"{v!r} is not one of the options: {', '.join(options)}.")
            picked.add(by_norm[normalise_text(v)])
        if picked == right:
            return correct()
        extra = sorted(picked - right)
        if extra:
            first = extra[0]
            return incorrect(wrong.get(first, f"'{first}' should not be in your list."), codes.get(first))
        return incorrect(f"You are missing {len(right - picked)} option(s) that also apply.")

    return Judge(judge, _option_codes(codes, wrong))


def text(accepted: Iterable[str], *, wrong: Mapping[str, str] | None = None,
         codes: Mapping[str, str] | None = None) -> Judge:
    """A short text answer: any accepted form, ignoring case, spaces and full-width forms.

    ``accepted`` may be a callable, so accepted forms can come from data/ when judged.
    """
    def accepted_norm() -> set[str]:
        return {normalise_text(a) for a in (accepted() if callable(accepted) else accepted)}

    wrong_norm = {normalise_text(k): v for k, v in (wrong or {}).items()}
    codes_norm = {normalise_text(k): v for k, v in (codes or {}).items()}

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if not isinstance(value, str):
            return wrong_type(f"You gave {describe(value)}; this question wants text in quotes.")
        norm = normalise_text(value)
        if not norm:
            return not_attempted("Your answer is empty. Write it between the quotes.")
        if norm in accepted_norm():
            return correct()
        if norm in wrong_norm:
            return incorrect(wrong_norm[norm], codes_norm.get(norm))
        return incorrect("That is not the expected answer. Use a hint if you are stuck.")

    return Judge(judge, _option_codes(codes_norm, wrong_norm))


def mapping(expected, *, misconceptions: Mapping[str, str | tuple[str, str]] | None = None,
            aliases: Mapping[str, Any] | None = None, labels: Sequence[str] | None = None,
            label_kind: str = "answers allowed here") -> Judge:
    """A dict of labels (e.g. statement -> True/False, figure -> kind), all keys required.

    ``misconceptions`` maps a key to the message for getting that key wrong,
    or to (code, message) to name the misconception; a bare message gets the
    code ``wrong:<key>``. ``aliases`` lets short labels stand for full ones
    ('activity' for 'enforcement activity'). ``labels``, when given, are the
    only answers allowed for any key (anything else is the wrong kind of answer,
    named by ``label_kind``, e.g. "type codes").
    """
    named = {key: (entry if isinstance(entry, tuple) else (f"wrong:{key}", entry))
             for key, entry in dict(misconceptions or {}).items()}
    aliases = {normalise_text(k): v for k, v in dict(aliases or {}).items()}
    allowed = None if labels is None else {normalise_text(label) for label in labels}
    shown = ", ".join(labels or ())

    def plain(v):
        if isinstance(v, str) and normalise_text(v) in aliases:
            return aliases[normalise_text(v)]
        return v

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if isinstance(value, pd.Series):
            value = value.to_dict()
        if not isinstance(value, dict):
            return wrong_type(f"You gave {describe(value)}; this question wants a dict like {{key: answer, ...}}.")
        value = {k: plain(v) for k, v in value.items()}
        if allowed is not None:
            bad = [v for v in value.values() if not isinstance(v, str) or normalise_text(v) not in allowed]
            if bad:
                return wrong_type(f"{bad[0]!r} is not one of the {label_kind}. Use one of: {shown}.")
        target = _resolve(expected)
        missing = [k for k in target if k not in value]
        if missing:
            return wrong_type(f"Your dict has no entry for {missing[0]!r} ({len(missing)} missing).")
        extra = [k for k in value if k not in target]
        if extra:
            return wrong_type(f"{extra[0]!r} is not one of the expected keys: {', '.join(map(repr, target))}.")
        wrong_keys = [k for k in target if not _same_label(value[k], target[k])]
        if not wrong_keys:
            return correct()
        first = wrong_keys[0]
        code, message = named.get(first, (None, f"Look again at {first!r}."))
        return incorrect(f"{len(wrong_keys)} of {len(target)} wrong. {message}", code)

    declared: dict[str, str] = {}
    for code, message in named.values():
        declared.setdefault(code, message)
    return Judge(judge, declared)


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
    (once its columns are there) before it is compared.
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
        missing = [c for c in wanted if c not in value.columns]
        if missing:
            return wrong_type(f"Your DataFrame has no column {missing[0]!r}; it needs {wanted} "
                              f"(it has {list(map(str, value.columns))}).")
        found = spotted(rules, value)
        if found is not None:
            return found
        if len(value) != len(target):
            return incorrect(f"Your table has {len(value)} rows; it should have {len(target)}.")
        mine = value[wanted].reset_index(drop=True)
        theirs = target[wanted].reset_index(drop=True)
        if not order_matters:
            keys = list(sort_by or wanted)
            try:
                mine = mine.sort_values(keys).reset_index(drop=True)
                theirs = theirs.sort_values(keys).reset_index(drop=True)
            except TypeError:
                return wrong_type("Some values in your table cannot be compared (mixed text and numbers?).")
        for col in wanted:
            if not _same_column(mine[col], theirs[col], rel_tol):
                return incorrect(f"The values in column {col!r} are not right yet"
                                 + (" (or not in the right order)." if order_matters else "."))
        return correct()

    return Judge(judge, rule_codes(rules))


def series(expected, *, order_matters: bool = False, rel_tol: float = 1e-6,
           misconceptions: Sequence[Rule] = ()) -> Judge:
    """A Series compared by its labels and values; ``misconceptions`` are ``Rule``s tried first."""
    rules = [as_rule(m) for m in misconceptions]

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        target = _resolve(expected)
        if isinstance(value, pd.DataFrame):
            return wrong_type("You gave a DataFrame; this question wants a Series (one column, labelled by the index).")
        if not isinstance(value, pd.Series):
            return wrong_type(f"You gave {describe(value)}; this question wants a pandas Series.")
        found = spotted(rules, value)
        if found is not None:
            return found
        if set(map(str, value.index)) != set(map(str, target.index)):
            return incorrect(f"Your Series is labelled {sorted(map(str, value.index))[:5]}...; "
                             f"it should be labelled {sorted(map(str, target.index))[:5]}...")
        mine = value.copy()
        mine.index = mine.index.map(str)
        theirs = target.copy()
        theirs.index = theirs.index.map(str)
        if order_matters and list(mine.index) != list(theirs.index):
            return incorrect("The values are there but not in the order the question asks for.")
        if not _same_column(mine.reindex(theirs.index), theirs, rel_tol):
            return incorrect("Some values are not right yet.")
        return correct()

    return Judge(judge, rule_codes(rules))


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
