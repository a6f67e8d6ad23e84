"""Short English renderings read by what they say, not matched against a list of strings.

A translation question (lesson 01 q11, q12) accepts any phrase that carries the right ideas: 'approved
formal arrest', 'the procuratorate authorised their arrest', 'arrest sanctioned' all say who approved what.
A rendering is read as a set of ideas, each a family of word stems ('approv', 'authori', 'sanction' for
approval), so inflections, word order, hyphens, a gloss in brackets and a Chinese word added are all read
the same way. A stem preceded by a negation ('not arrested') is not counted as said.
"""
from __future__ import annotations

import re
import unicodedata

NEGATIONS = ("not", "no", "never", "without", "nor", "non", "isn't", "wasn't", "aren't", "weren't", "un")
NEGATING_PREFIXES = ("un", "non")  # unpaid, nonpaid (a hyphen is read as a space: "non" above)


def words(text: str) -> list[str]:
    """The English words of a rendering, folded: case, accents, hyphens, brackets and Chinese dropped."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.replace("’", "'").replace("-", " ").replace("_", " ")
    return re.findall(r"[a-z']+", text)


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by at most one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


def starts(word: str, stem: str) -> bool:
    """``word`` begins with ``stem``, or (for a stem of five letters or more) with a one-letter slip of it:
    'trols' for 'troll', 'aproved' for 'approv'."""
    if word.startswith(stem):
        return True
    return len(stem) >= 5 and any(_one_edit(word[:n], stem) for n in (len(stem) - 1, len(stem), len(stem) + 1))


def said(text_words: list[str], stems: tuple[str, ...]) -> bool:
    """Whether a word starting with one of ``stems`` is in the rendering, not negated by the word before it."""
    for i, word in enumerate(text_words):
        if any(starts(word, stem) for stem in stems):
            if i and text_words[i - 1] in NEGATIONS:
                continue
            return True
    return False


def negated(text_words: list[str], stems: tuple[str, ...]) -> bool:
    """Whether a word of ``stems`` is in the rendering right after a negation ('not arrested') or with a negating
    prefix ('unpaid', 'disapproved')."""
    after_negation = any(i and text_words[i - 1] in NEGATIONS and any(w.startswith(s) for s in stems)
                         for i, w in enumerate(text_words))
    prefixed = any(w.startswith(p + s) for w in text_words for p in NEGATING_PREFIXES for s in stems)
    return after_negation or prefixed
