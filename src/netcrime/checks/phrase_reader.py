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
from functools import lru_cache

from .labels import typo_distance

# The words that deny what follows them, in any sentence: the one list of them. compare reads an option's words
# repeated with one of these (or 'none', 'nothing', 'neither', which deny a whole option: ``compare.OPTION_DENIALS``)
# as a denial of the option. In a rendering those three quantify over what follows ('none of the allowed options'
# would be read as refusing approval: measured in round 14, one verdict changed), so renderings do not read them.
DENYING_WORDS = ("not", "no", "never", "nor", "without", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't",
                 "didn't", "cannot", "can't", "won't")
# A rendering of a step is also denied by a refusal ('refused arrest'), another step chosen ('bail instead of
# arrest') and a prefix written apart ('non paid'). These deny a step of a procedure, so they are read in renderings
# only: an option's words with 'rather' in them still choose the option (compare._denies reads DENYING_WORDS).
NEGATIONS = (*DENYING_WORDS, "non", "un",
             "refused", "refuse", "refuses", "rejected", "rejects", "denied", "denies", "declined", "withheld",
             "instead", "rather", "cancelled", "revoked", "overturned")
NEGATING_PREFIXES = ("un", "non", "dis")  # unpaid, nonpaid, disapproved (a hyphen is read as a space: "non" above)
# A negation reaches a few words ahead ('not the arrest', 'refused arrest approval', 'bail instead of arrest'),
# but not past a word that starts a new clause ('not caught but approved arrest').
NEGATION_REACH = 3
SCOPE_ENDS = ("but", "and", "so", "then", "yet", "which", "who", "that")
# A refusal can also follow what it refuses ('arrest refused', 'approval was denied'): the next word, or the one
# after an auxiliary, and no further ('arrest approved, bail denied' refuses the bail, not the arrest).
REFUSED_AFTER = ("refused", "rejected", "denied", "declined", "withheld", "cancelled", "revoked", "overturned")
AUXILIARIES = ("was", "were", "is", "are", "been", "be", "being")


def words(text: str) -> list[str]:
    """The English words of a rendering, folded: case, accents, hyphens, brackets and Chinese dropped."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.replace("’", "'").replace("-", " ").replace("_", " ")
    return re.findall(r"[a-z']+", text)


@lru_cache(maxsize=65536)  # a pure function of two words, asked for every word of a rendering and every stem
def starts(word: str, stem: str) -> bool:
    """``word`` begins with ``stem``, or (for a stem of five letters or more) with a one-letter slip of it:
    'trols' for 'troll', 'aproved' for 'approv'."""
    if word.startswith(stem):
        return True
    return len(stem) >= 5 and any(typo_distance(word[:n], stem, limit=1, swaps=False) <= 1  # one letter changed,
                                  for n in (len(stem) - 1, len(stem), len(stem) + 1))  # added or dropped


# A clause that is only a denial, after the words it denies: 'arrest approved? no, caught', 'shills - not really'.
RETRACTIONS = ("no", "not", "nope", "never", "wrong", "false", "incorrect", "nah")
_RETRACTION_FILLERS = ("really", "quite", "exactly", "actually", "at", "all", "though", "but", "or")
_CLAUSE_BREAK = re.compile(r"[?!.,;:()\[\]/|\u2014\u2013\u3002\uff0c\uff1f\uff01]|\s-+\s|\s-+$")


def retracted(text: str) -> bool:
    """Whether a clause after the first is nothing but a denial ('arrest approved? no, caught', 'paid posters -
    not'): the answer takes back what it said, so its key words are not said. 'approved arrest, not just caught'
    denies another step, not the rendering, and is no retraction."""
    clauses = [c for c in (words(part) for part in _CLAUSE_BREAK.split(str(text))) if c]
    return any(any(w in RETRACTIONS for w in clause) and all(w in RETRACTIONS + _RETRACTION_FILLERS for w in clause)
               for clause in clauses[1:])


def negated_at(text_words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is inside a negation's reach (the few words after it, within one clause), or is
    refused by the word right after it ('arrest refused', 'approval was denied')."""
    after = text_words[i + 1:i + 3]
    if after[:1] and (after[0] in REFUSED_AFTER or (after[0] in AUXILIARIES and after[1:2] and after[1] in REFUSED_AFTER)):
        return True
    for back in range(i - 1, max(-1, i - 1 - NEGATION_REACH), -1):
        if text_words[back] in SCOPE_ENDS:
            return False
        if text_words[back] in NEGATIONS:
            return True
    return False


def said(text_words: list[str], stems: tuple[str, ...]) -> bool:
    """Whether a word starting with one of ``stems`` is in the rendering, not negated ('not the arrest')."""
    return any(_starts_any(word, stems) and not negated_at(text_words, i) for i, word in enumerate(text_words))


def _starts_any(word: str, stems) -> bool:
    """``starts(word, stem)`` for any of ``stems``, remembered per word and tuple of stems (issue #15: a reading asks
    it of every word of a rendering for each list of stems, about a million times in `make check`)."""
    try:
        return _starts_any_of(word, stems)
    except TypeError:  # a word or a list of stems that cannot be remembered (unhashable): asked afresh
        return any(starts(word, stem) for stem in stems)


@lru_cache(maxsize=65536)
def _starts_any_of(word: str, stems: tuple[str, ...]) -> bool:
    return any(starts(word, stem) for stem in stems)


def negated(text_words: list[str], stems: tuple[str, ...]) -> bool:
    """Whether a word of ``stems`` is in the rendering within a negation's reach ('not arrested', 'refused arrest
    approval', 'bail instead of arrest') or with a negating prefix ('unpaid', 'disapproved')."""
    after_negation = any(any(w.startswith(s) for s in stems) and negated_at(text_words, i)
                         for i, w in enumerate(text_words))
    prefixed = any(w.startswith(p + s) for w in text_words for p in NEGATING_PREFIXES for s in stems)
    return after_negation or prefixed
