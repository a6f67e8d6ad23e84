"""A chart's words as a written part: its structure is checked, its words recorded (#19).

A title, a subtitle, a description, an axis title or a text written on the chart make a claim,
and a word list cannot tell every honest way of saying what a figure counts from every dishonest
one. So a chart question that reads words is judged like lesson 01 q3 (``written.computed_and_written``):

- the **structure** (mark, fields, layout, rows drawn, baseline) is checked, and earns its points
  at once;
- the **words** are recorded for the instructor, who marks them against the question's rubric
  (shown to the student as a self-check list); the verdict is RECORDED, never Correct.

The claim vocabulary (``claims.Claim``) still reads the words: a claim it recognises is named and
rejected, quoting the words read as the claim. A statement the question asks for
(``claims.Required``) that the words deny, or do not make at all, is named too (round 12: its vocabulary,
``statement_words``, reads every fair statement of a measured corpus), quoting the words read.

    judge, parts = recorded_chart(mark="bar", encodings={...}, rules=[...], beside=[cut_baseline],
                                  form=[...], baseline=[cut_baseline], words=[*claim_rules(...), index_stated])
    q5 = Question(id="q5", reads=("decline_chart",), judge=judge, parts=parts, rubric=Q5_RUBRIC,
                  answer_text=words_read)
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from .chart_parts import BASELINE, FORM, chart_parts
from .claims import chart_texts, quoted
from .judge import Judge
from .outcome import CORRECT, INCORRECT, Outcome, recorded
from .parts import Part, judge_each
from .supported_words import WORDS_NOT_SUPPORTED, Supports, supported_rule
from .vegalite import chart, every_problem, spec_of
from .written import RECORDED_MESSAGE

WORDS = "the chart's words (title, description, text), marked by your instructor"


def _listed(outcome: Outcome) -> list[tuple[str | None, str]]:
    """The problems of an engine verdict, one by one (it numbers them when there are several)."""
    found = re.match(r"\d+ problems: \(1\) (.*)$", outcome.message, re.S)
    if not found:
        return [(outcome.misconception, outcome.message)]
    parts = re.split(r" \(\d+\) ", found.group(1))
    return [(outcome.misconception if i == 0 else None, part) for i, part in enumerate(parts)]


def chart_and_words(*, words, **chart_spec) -> Judge:
    """``chart(...)`` plus rules about the chart's words and required parts (``words``), listed beside it.

    The engine stops diffing the encoding once a lesson rule fires (a rule that
    names an encoding mistake says it better). A claim in the title or a missing
    tooltip names no encoding mistake, so these rules run beside the engine's
    verdict: a chart whose title overclaims and whose field is mistyped hears both.
    """
    inner = chart(**{"rows_needed": True, **chart_spec})  # row checks never pass a chart whose rows are unknown
    declared = dict(inner.misconceptions)
    declared.update({rule.code: rule.description for rule in words})

    def judge(value) -> Outcome:
        try:
            spec = spec_of(value)  # once: Altair's to_dict (with its validation) is most of a verdict's time
        except Exception:  # Altair's validation: the engine's verdict says why
            return inner(value)
        if spec is None:
            return inner(value)  # not attempted, not a chart
        outcome = inner(spec)
        if outcome.status not in (CORRECT, INCORRECT):
            return outcome  # a chart with no mark: nothing to read yet
        found = [(rule.code, message) for rule in words if (message := rule.message_for(spec))]
        if not found:
            return outcome
        return every_problem(([] if outcome.passed else _listed(outcome)) + found)

    return Judge(judge, declared)


def words_of(spec) -> list[tuple[str, str]]:
    """(where, text) of every word a chart shows: titles, subtitle, description, axis, legend and tooltip
    titles, axis label expressions and text marks (``claims.chart_texts``); data values are not its words."""
    found = chart_texts(spec) if isinstance(spec, dict) else []
    first = ("the title", "the subtitle", "the description")  # as a reader meets them; the rest in spec order
    return sorted(found, key=lambda item: first.index(item[0]) if item[0] in first else len(first))


def words_read(value) -> str | None:
    """The chart's words as one text, where each was read: what the grader collects beside the rubric."""
    try:
        spec = spec_of(value)
    except Exception:
        return None
    found = words_of(spec)
    if not found:
        return None
    return "\n".join(f"{where[0].upper() + where[1:]}: {' '.join(str(text).split())}" for where, text in found)


def no_claim_found(matched: bool, counts: str = "the figures count") -> str:
    """What the computer's reading of a chart's words found, said so that it reads as no mark (round 18's teaching
    review: "every word was matched" read as "your words are right", and overclaims it missed heard it too)."""
    checked = f" and checks each word against what {counts}" if matched else ""
    return (f"Claims found: none (the computer looks for a list of known claims{checked}; finding none is not a mark "
            "for your words).")


def _recorded_message(spec, notes: list[str], *, baseline: bool, practice: bool, matched: bool = False) -> str:
    """The RECORDED verdict, in the order a beginner needs it (round 17's teaching review): the form, then the words,
    then the claims found (none), so "done" reads apart from "flagged"."""
    shown = "; ".join(f"{where} {quoted(text)}" for where, text in words_of(spec))
    form = "Form: correct (the chart's form and baseline pass the checks)." if baseline else \
        "Form: correct (the chart's form passes the checks)."
    if practice:
        said = f"{form} Words: not marked here, so read yours against the list below. {no_claim_found(matched)}"
    else:  # as every written answer's verdict begins (written.RECORDED_MESSAGE)
        said = f"{RECORDED_MESSAGE}. {form} Words: recorded for your instructor, who marks them. {no_claim_found(matched)}"
    return " ".join([said, f"Words read: {shown}." if shown else "", *notes]).strip()


def recorded_chart(*, mark: str | Sequence[str] | None = None,
                   encodings: Mapping[str, Mapping] | Sequence[Mapping] | None = None,
                   rules: Sequence = (), beside: Sequence = (), form: Sequence = (), baseline: Sequence | None = (),
                   words: Sequence = (), points: tuple[float, float, float] = (0.5, 0.25, 0.25),
                   practice: bool = False, supports: Supports | None = None) -> tuple[Judge, list]:
    """A chart question whose structure is checked and whose words are recorded; (judge, parts).

    ``rules``: the lesson's rules the engine runs with the encoding diff (``chart(rules=...)``);
    ``beside``: structure rules listed beside the engine's verdict (a cut baseline, rows left out);
    ``form`` and ``baseline``: the rules of those parts, for partial credit (``chart_parts``);
    ``words``: the claim rules and the ``Required`` statements read in the chart's words.
    ``points`` = form, words, baseline. ``practice``: an in-lesson "your turn" (not graded), whose message
    sends the student to the self-check list rather than to an instructor. ``supports``: what the question's figures
    support (``supported_words``): words outside it, where no claim is named, are read as a possible claim. The verdict:

    - the structure wrong, or a claim named, or a required statement denied or not made, or words the figures do not
      support: INCORRECT, every problem listed (the parts that pass earn their points; the words part none);
    - otherwise RECORDED: the form and baseline parts earn their points at once, the words part waits
      for the instructor; the message quotes the words read and says they were all matched to the figures.
    """
    words = list(words)
    unsupported = [supported_rule(supports)] if supports is not None else []
    structure = chart_and_words(mark=mark, encodings=encodings, rules=list(rules), words=list(beside))
    claims_only = chart(rules=words, zero=False)  # a title and a description, and no claim named
    matched_only = chart(rules=unsupported, zero=False)

    def words_judge(value) -> Outcome:
        outcome = claims_only(value)
        if outcome.status != CORRECT:
            return outcome
        if unsupported and (outcome := matched_only(value)).status != CORRECT:
            return outcome
        return recorded("Recorded for your instructor.")

    structural = [part for part in chart_parts(mark=mark, encodings=encodings, form=form, baseline=baseline,
                                               points=points) if part.name in (FORM, BASELINE)]
    words_declared = {**claims_only.misconceptions, **{rule.code: rule.description for rule in unsupported}}
    parts = [*structural[:1], Part(WORDS, points[1], Judge(words_judge, words_declared)), *structural[1:]]
    declared = dict(structure.misconceptions)
    declared.update(words_declared)

    def judge(value) -> Outcome:
        try:
            spec = spec_of(value)
        except Exception:
            return structure(value)
        if spec is None:
            return structure(value)
        outcome = structure(spec)
        if outcome.status not in (CORRECT, INCORRECT):
            return outcome
        found = [(rule.code, message) for rule in words if (message := rule.message_for(spec))]
        if not any(code != WORDS_NOT_SUPPORTED for code, _m in found):  # a claim named says more than this
            found += [(rule.code, message) for rule in unsupported if (message := rule.message_for(spec))]
        if found or not outcome.passed:
            return every_problem(([] if outcome.passed else _listed(outcome)) + found)
        message = _recorded_message(spec, [], baseline=baseline is not None, practice=practice,
                                    matched=bool(unsupported))
        return replace(recorded(message), parts=judge_each(parts, (spec,)))

    return Judge(judge, declared), parts
