"""Text far longer than any answer needs, or one phrase said over and over: a form verdict, before any judge reads it.

Round 11's review found 01 q11 crediting a 1.6 MB repetition of 'approved arrest': a word judge finds its key words in
any amount of text. Every question's text answers (the value itself, or the texts in a list or dict it gives) pass
through ``text_form_problem`` in ``Question.judge_values`` first, so one rule serves every lesson: a label, a code, a
rendering or a line needs at most ``MAX_TEXT`` characters, a written answer (a question with a rubric) at most
``MAX_WRITTEN``; and a text that is one phrase repeated ('x x x x', 'approved arrest approved arrest') renders
nothing once more than it does once (a written answer's repetitions are left to the person who reads it: it is
recorded, never credited). Chart words have their own limit (``vegalite.words_too_long``), which reads
``MAX_TEXT``.
"""
from __future__ import annotations

import re

from .outcome import PHRASE_REPEATED, TEXT_TOO_LONG, WRONG_TYPE, Outcome

MAX_TEXT = 2_000  # characters: a label, a code, a rendering, a line of reasoning, a chart's title and description
MAX_WRITTEN = 10_000  # characters: a written answer (a brief of 80-200 words is about 1,500)
_WORD = re.compile(r"\w+")


def repeated_phrase(text: str) -> tuple[str, int] | None:
    """(the phrase, how many times) when ``text``'s words are one phrase said two or more times over (a last
    repetition may stop early), else None. Linear: the shortest period of the word sequence (prefix function)."""
    words = _WORD.findall(text.casefold())
    n = len(words)
    if n < 2:
        return None
    border = [0] * n
    for i in range(1, n):
        k = border[i - 1]
        while k and words[i] != words[k]:
            k = border[k - 1]
        border[i] = k + 1 if words[i] == words[k] else k
    period = n - border[-1]
    if 2 * period > n or not (period >= 2 or any(ch.isalpha() for ch in words[0])):  # '12/12' is no repetition
        return None
    return " ".join(words[:period]), n // period


def _texts(value, where: str):
    """(where, text) for the value if it is text, else for the texts a list, tuple, set or dict holds (one level)."""
    if isinstance(value, str):
        yield where, value
    elif type(value) is dict:  # a plain dict only: a chart's spec (vegalite.ChartSpec) has its own limit, and a
        # function's results (question.ProbeResults) hold the check's inputs, not the student's text
        for key, item in list(value.items())[:10_000]:
            if isinstance(key, str):
                yield f"{where}'s key {key[:40]!r}", key
            if isinstance(item, str):
                yield f"{where}'s text for {str(key)[:40]!r}", item
    elif type(value) in (list, tuple, set, frozenset):
        for position, item in enumerate(list(value)[:10_000]):
            if isinstance(item, str):
                yield f"item {position + 1} of {where}", item


def _chart_json(text: str) -> bool:
    """Whether a text is a Vega-Lite chart written as JSON (``chart.to_json()``; review round 12: it was told to
    'give the few words')."""
    head = text.lstrip()[:2000]
    return head.startswith("{") and ("vega-lite" in head or '"$schema"' in head or '"mark"' in text[:20000])


def text_form_problem(value, name: str, written: bool = False) -> Outcome | None:
    """The form verdict for a text (or a text inside the list or dict ``value``) far too long or one phrase repeated;
    None when every text is of a size and a form an answer can have. ``name``: the variable, for the sentence."""
    limit = MAX_WRITTEN if written else MAX_TEXT
    for where, text in _texts(value, f"'{name}'"):
        if len(text) > limit and _chart_json(text):
            return Outcome(WRONG_TYPE, f"{where[0].upper()}{where[1:]} is a chart's JSON text (what .to_json() "
                           "gives), not the chart: give the chart object itself (the alt.Chart, without .to_json()), "
                           "then check again.", TEXT_TOO_LONG)
        if len(text) > limit:
            return Outcome(WRONG_TYPE, f"{where[0].upper()}{where[1:]} is {len(text):,} characters long, far longer "
                           f"than any answer to this question needs (at most {limit:,}): give the few words the "
                           "question asks for, once, then check again.", TEXT_TOO_LONG)
        if not written and (found := repeated_phrase(text)) is not None:  # a written answer is read by a person
            phrase, times = found
            shown = phrase if len(phrase) <= 60 else phrase[:57] + "..."
            return Outcome(WRONG_TYPE, f"{where[0].upper()}{where[1:]} says {shown!r} {times} times over: an answer "
                           "says it once. Write it once, then check again.", PHRASE_REPEATED)
    return None
