"""Copies of a case that tell the same case in slightly other words (lesson 03 q2/q2alt, issue #19 round 13).

In a student's copy of the course the classifier question can only be measured on the case set's test split, whose
labels the student also holds: a function that looks each text up in a dict built from the case set scores 100% on
it (the grader, on the instructor's held-out cases, scores it at about one in five). A classifier that reads the case
gives the same label to the same case told with another person's name, amounts scaled together, and a line of
framing before and after; a lookup does not (an exact key, a normalised key or a key searched inside the text all
miss). ``reworded`` makes that copy, deterministically; ``changed_labels`` compares the two runs.

Every change keeps what decides a type: the same sentences in the same order, amounts scaled by one factor (so a
contract sum stays larger than the money received), percentages, small numbers and years left alone.
"""
from __future__ import annotations

import re
from typing import Callable, Mapping, Sequence

# a person's title and surname: "Mr Zhou", "Ms. Liang"; the surname is replaced by another (names never decide a type)
_PERSON = re.compile(r"\b(Mr|Ms|Mrs|Miss|Dr)(\.?\s+)([A-Z][a-z]+)\b")
_SURNAMES = ("Fang", "Gu", "Hou", "Kong", "Lu", "Mo", "Qin", "Shi", "Tang", "Wei", "Xue", "Yan")
# an amount: 100 or more, with or without thousands commas; not a year (1900-2099 written without a comma), not a
# percentage or a decimal
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,]*\d)(?!\s*%)")
SCALE = 1.2
OPENING = "Case note (retold). "
CLOSING = " (End of note.)"


def _scaled(match: re.Match) -> str:
    written = match.group(1)
    value = int(written.replace(",", ""))
    if "," not in written and 1900 <= value <= 2099:
        return written  # a year
    new = int(round(value * SCALE / 10.0)) * 10 or value
    return f"{new:,}" if "," in written or new >= 10_000 else str(new)


def reworded(text: str) -> str:
    """The same case with another surname for each titled person, amounts scaled by ``SCALE`` and a line of framing."""
    if not isinstance(text, str):
        return text
    names: dict[str, str] = {}

    def renamed(match: re.Match) -> str:
        surname = match.group(3)
        if surname not in names:
            free = [s for s in _SURNAMES if s not in text and s not in names.values()]
            names[surname] = free[len(names) % len(free)] if free else surname
        return f"{match.group(1)}{match.group(2)}{names[surname]}"

    return OPENING + _AMOUNT.sub(_scaled, _PERSON.sub(renamed, text)) + CLOSING


def probe_texts(texts: Sequence[str]) -> list[str]:
    """The texts, then each one's reworded copy (what a check calls the student's function on)."""
    texts = list(texts)
    return texts + [reworded(t) for t in texts]


def split_results(results: Mapping[str, object], texts: Sequence[str]) -> tuple[dict, dict] | None:
    """(outputs on the texts, outputs on their reworded copies keyed by the original text), or None when the results
    do not hold every reworded copy (a grader's run on cases that were not reworded)."""
    copies = {t: reworded(t) for t in texts}
    if not all(copy in results for copy in copies.values()):
        return None
    return {t: results[t] for t in texts if t in results}, {t: results[copy] for t, copy in copies.items()}


def changed_labels(original: Mapping[str, object], copies: Mapping[str, object],
                   label: Callable[[object], str | None]) -> list[str]:
    """The texts whose label (``label`` of the output) differs between the case and its reworded copy; an error or a
    non-label on the copy counts as a change."""
    return [t for t, out in original.items() if label(copies.get(t)) != label(out)]
