"""Answer keys held as seals: a judge can tell a right answer without the student package holding it.

Issue #19: no exercise answer may be read off a course function, a private name or a data column. Where the
course computed a key from its own reading rules (lesson 05's capstone and q1), or typed it as a constant (lesson
03's labels), any student could call that code or read that name and paste what it held. The keys now live with
the instructor (``netcrime/instructor/lessonNN_key.py``, left out of every student build, each with an
``answers()``); the student package holds only a seal of each right answer: a digest of the question, the item and
the answer's canonical form (``sealed_keys.json``, written for every lesson at once by
``python -m netcrime.instructor.seal_keys``; tests/checks/test_sealed_keys.py fails while a seal is stale).

A judge asks ``is_right(question, item, answer)`` of what a student gave; nothing here returns an answer unasked.
A judge that names a mistake may try the options it offers inside its own body (``Key.found_among``: which label
would have been right), as any check does when it says why an answer is wrong: a student could run the same
search by calling the check once per option.
"""
from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from pathlib import Path

from .values import normalise_text

KEYS_FILE = Path(__file__).with_name("sealed_keys.json")
_SALT = "netcrime-sealed-answer"


def canonical(value) -> str:
    """One text per answer whatever its form: text folded (case, spaces), numbers to 12 significant figures,
    dates as ISO, booleans as words, and collections as their sorted members."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        return "nan" if math.isnan(number) else f"{number:.12g}"
    if isinstance(value, str):
        return normalise_text(value)
    if hasattr(value, "strftime"):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, (set, frozenset, list, tuple)):
        return "|".join(sorted(canonical(v) for v in value))
    return normalise_text(str(value))


def seal(question: str, item: str, value) -> str:
    """The digest stored for ``value`` as the answer to ``item`` of ``question`` (lesson, id, item)."""
    if type(value) is str and type(question) is str and type(item) is str:
        return _text_seal(question, item, value)
    return _digest(f"{_SALT}|{question}|{item}|{canonical(value)}")


@lru_cache(maxsize=65536)
def _text_seal(question: str, item: str, value: str) -> str:
    """``seal`` of a text, remembered (issue #15): a judge naming a mistake seals every option of every item on every
    answer, about 320,000 seals in `make check` of a few hundred texts. Texts only: as a key, 1, 1.0 and True are one,
    though their seals differ. It holds texts tried and their digests, which anyone can compute, as ``_digest``."""
    return _digest(f"{_SALT}|{question}|{item}|{canonical(value)}")


@lru_cache(maxsize=65536)
def _digest(text: str) -> str:
    """A sealed text's digest, remembered: a judge that names a mistake seals every option of every item on every
    answer (``labels_finder``; about 110,000 seals in `make check`), mostly the same few hundred texts. It holds
    only texts already tried and their digests, which anyone can compute (the salt and the hash are public)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=1)
def _stored() -> dict[str, dict[str, str]]:
    return json.loads(KEYS_FILE.read_text(encoding="utf-8"))


def reload() -> None:
    """Read the seal file again on next use (after ``instructor.seal_keys`` rewrites it)."""
    _stored.cache_clear()


def items(question: str) -> tuple[str, ...]:
    """The items a sealed question asks for (a dict answer's keys), in the question's order."""
    return tuple(_stored()[question])


def is_right(question: str, item: str, value) -> bool:
    """Whether ``value`` is the right answer to ``item`` of ``question``: only a yes or a no."""
    try:
        return _stored()[question][str(item)] == seal(question, str(item), value)
    except (KeyError, TypeError, ValueError):
        return False


class Key:
    """A sealed question as a judge holds it: the items it asks for and a yes or a no per answer given."""

    def __init__(self, question: str):
        self.question = question

    def items(self) -> tuple[str, ...]:
        return items(self.question)

    def is_right(self, item: str, value) -> bool:
        return is_right(self.question, item, value)

    def found_among(self, options, item: str = "answer"):
        """The option whose seal matches (None if none does): for a judge naming a mistake, inside its own body.
        Never call it where its result would be kept: a value held or returned by a course name is a lookup."""
        return next((option for option in options if self.is_right(item, option)), None)

    def __repr__(self) -> str:
        return f"sealed.Key({self.question!r})"


def _option_seal(option: str) -> str:
    return _digest(f"{_SALT}|option|{option}")


class SealedOptions:
    """The right option(s) of a choice question as a judge holds them: digests, asked about one option at a time,
    never listed. Round 7's reviewer read 16 option letters out of ``compare.choice``'s closure (a cell named
    ``correct_option``) and lesson 05 q8's right list out of ``compare.choices``'s; a digest passed back as an
    answer is no option. (A judge stays an oracle: trying each option against the check finds the right one, as
    guessing does.)"""

    __slots__ = ("_seals",)

    def __init__(self, options):
        self._seals = frozenset(_option_seal(option) for option in options)

    def __contains__(self, option) -> bool:
        return isinstance(option, str) and _option_seal(option) in self._seals

    def __len__(self) -> int:
        return len(self._seals)

    def found_in(self, picked) -> int:
        """How many of the distinct options ``picked`` are right."""
        return sum(1 for option in set(picked) if option in self)

    def __repr__(self) -> str:
        return f"SealedOptions({len(self)} sealed)"


def labels_finder(key: Key, items, options):
    """A function for ``compare.mapping``/``parts.each_item`` (an ``expected`` read when judging) that finds the
    right label of each item among ``options`` by asking ``key``'s seals. It is called only inside a judge's body
    (a student could run the same search by calling the check once per option); it is returned, never to be kept
    under a name of a module or an attribute of a judge (tests/checks/test_no_answer_function.py probes both)."""
    items, options = tuple(items), tuple(options)
    return lambda: {item: key.found_among(options, item) for item in items}
