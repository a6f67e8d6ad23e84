"""What a wrong number computed from a table's counts IS, said in words, or what it is not (issue #19, round 9).

Lessons 03 and 04 ask for a count or a share of a table (accuracy, a type's recall, the cases a pattern fires on
wrongly, a reporting rate). A student who takes a wrong step still computes *something* from the same counts: the
wrong count, one count over another that is not the asked pair, a percentage for a share, the same count on the other
split. Instead of listing the wrong answers one by one, a question declares its counts (what each counts, in words,
and its value) and the reader generates the computations a student could make from them, each with the sentence that
says what the student's number is.

Coincidences are guarded, since a verdict must not assert a mistake the student did not make:
- the course's one matching rule decides whether a number is a computation (``matching.matches``): an integer
  answer matches a count exactly; a float matches within the rounding its own digits show (0.55 covers 0.545 to
  0.555; 0.3 is too coarse to name anything, so it names nothing);
- candidates come in tiers (``Candidate.tier``): one step from the asked computation (the same table, the same
  type, the same split) before the rest (another type's row, another split); the tiers order what a verdict says,
  and the right value rounded too far (tier -1) decides alone;
- only a UNIQUE mistake is named: every matching candidate, of every tier, carries the same code (3 cases found and 3
  labelled are a count for a share either way; both are said). Two or more different mistakes giving the student's
  number: the verdict says the number is not what is asked, says each computation that gives it (closest first),
  and names no mistake.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from .matching import matches

AMBIGUOUS = "number_matches_several_slips"
AMBIGUOUS_DESCRIPTION = ("gave a number that two or more different wrong computations give: the verdict says what it "
                         "is not, and names no step")
SEVERAL_SAID = "number_two_slips_give"
SEVERAL_SAID_DESCRIPTION = ("gave a number that two or three different wrong computations give: the verdict says each "
                            "of them and that the number is not what is asked, and picks none")
OTHER_RATIO = "other_ratio"
OTHER_RATIO_DESCRIPTION = "divided two counts of the table other than the pair the question asks for"
SHARE_AS_PERCENT = "percent_not_share"
SHARE_AS_PERCENT_DESCRIPTION = "gave a percentage where a share between 0 and 1 is asked"


@dataclass(frozen=True)
class Count:
    """One count of the table: what it counts, in words ('the cases labelled correctly'), and how many."""

    words: str
    value: int
    shown: bool = True  # False for the asked numerator: a verdict on another computation must not hand it over

    def said(self) -> str:
        return f"the number of {self.words}" + (f" ({self.value:,})" if self.shown else "")


@dataclass(frozen=True)
class Candidate:
    """A wrong computation: its misconception code, the sentence saying what the number is, its value, its tier
    (0: one step from the asked computation; higher: further) and whether it is a count (matched exactly)."""

    code: str
    says: str
    value: float
    tier: int = 0
    whole: bool = False
    key: tuple = ()  # the computation (what over what): the first candidate listed for a key stands for it


def count(code: str, item: Count, *, tier: int = 0, why: str = "") -> Candidate:
    """The candidate 'your number is this count'."""
    return Candidate(code, f"the number of {item.words}{why}", float(item.value), tier, whole=True, key=(item.words,))


def ratio(code: str, top: Count, bottom: Count, *, tier: int = 0, why: str = "") -> list[Candidate]:
    """The candidates 'your number is top / bottom', as a share and as a percentage (the percentage coded
    ``SHARE_AS_PERCENT`` when the share is the asked one's form, else the ratio's own code)."""
    if bottom.value == 0:
        return []
    share = top.value / bottom.value
    says = f"{top.said()} divided by {bottom.said()}{why}"
    return [Candidate(code, says, share, tier, key=(top.words, bottom.words)),
            Candidate(code, f"{says}, times 100", share * 100, tier, key=(top.words, bottom.words, 100))]


def ratios(code: str, counts: Sequence[Count], asked: tuple[Count, Count], *, tier: int = 0,
           tops: Iterable[Count] | None = None) -> list[Candidate]:
    """Every other ratio of two of ``counts`` that keeps one count of the asked pair (``tops`` restricts the
    numerators): a student who divides the wrong pair still starts from one of the counts the question names. A
    pair with neither (24 wrong over 14 unmatched, for an accuracy) is left out: it would name a coincidence (12 / 7
    = 24 / 14). The asked pair itself is left out too (it is the answer)."""
    out: list[Candidate] = []
    for top in (list(tops) if tops is not None else counts):
        for bottom in counts:
            if top is bottom or (top, bottom) == asked or top.value == bottom.value \
                    or not ({top, bottom} & set(asked)):
                continue
            out += ratio(code, top, bottom, tier=tier)
    return out


def _matches(answer: float, candidate: Candidate) -> bool:
    """The course's one matching rule (``matching.matches``); a count matches only a whole number, exactly."""
    if candidate.whole and not float(answer).is_integer():
        return False
    return matches(answer, candidate.value)


def read(answer: float, candidates: Sequence[Candidate], *, asked: str) -> tuple[str, str] | None:
    """(code, message) saying what ``answer`` is: the one mistake every matching candidate shows; or, where two or
    more different computations give it, that it is not what is asked, with each of them said (``AMBIGUOUS``), the
    closest tier first; None when nothing matches. ``asked`` says in words what the question asks for ('the cases
    labelled correctly divided by all 36').

    Uniqueness is asked of every tier (of 0 and above), not only the first that matches: a number the asked step's neighbour gives
    (4 training cases labelled in order) and a further computation gives too (4 test cases the pattern fires on)
    is a coincidence, and the verdict must not pick one story. Tiers still order what is said. A negative tier is the
    asked computation itself, rounded (``rounded``): when it matches it decides alone (0.3 for 0.3333 is the right
    share rounded too far, whatever else also gives 0.3)."""
    first: dict = {}
    for tier in sorted({c.tier for c in candidates}):
        if tier >= 0 and first and min(c.tier for c in first.values()) < 0:
            break  # a negative tier (the asked value itself, rounded) decides alone when it matches
        for c in candidates:
            if c.tier == tier and _matches(answer, c):
                first.setdefault(c.key or (c.code, c.says), c)
    if not first:
        return None
    codes = list(dict.fromkeys(c.code for c in first.values()))
    if len(codes) == 1:  # one mistake, however many counts show it (3 found and 3 labelled: a count either way)
        says = " (or ".join(dict.fromkeys(c.says for c in first.values())) + ")" * (len(first) - 1)
        return codes[0], f"{answer:g} is {says}. The question asks for {asked}."
    if len(codes) > 3:  # too many stories to tell: what the number is not
        return AMBIGUOUS, (f"{answer:g} is not {asked}. More than one wrong computation from the same counts gives "
                           f"{answer:g}, so this check cannot tell which step went wrong: work it out again from "
                           "the counts the question names.")
    stories = [next(c.says for c in first.values() if c.code == code) for code in codes]
    return SEVERAL_SAID, (f"{answer:g} is not {asked}. {len(stories)} different wrong computations from the same counts "
                          f"give {answer:g}: {'; or '.join(stories)}. This check cannot tell which of these steps you "
                          "took, so it picks none: work it out again from the counts the question names.")


DECLARED = {AMBIGUOUS: AMBIGUOUS_DESCRIPTION, SEVERAL_SAID: SEVERAL_SAID_DESCRIPTION, OTHER_RATIO: OTHER_RATIO_DESCRIPTION,
            SHARE_AS_PERCENT: SHARE_AS_PERCENT_DESCRIPTION}


def rounded(target: float) -> list[Candidate]:
    """The asked value rounded too far (0.3 for 0.3333): the asked computation itself, so of a tier of its own that
    decides before the others (``read``)."""
    from .slips import ROUNDED_TOO_FAR

    return [Candidate(ROUNDED_TOO_FAR, f"the right value rounded to {places} decimal place"
                      f"{'s' if places != 1 else ''}: rounded too far, the answer changed", round(target, places),
                      tier=-1, key=("rounded", places))
            for places in range(1 if abs(target) < 1 else 0, 2) if round(target, places) != target]


def verdict(value, candidates: Sequence[Candidate], *, asked: str, target: float | None = None):
    """The INCORRECT verdict ``read`` gives a number, or None (not a number, or nothing matched). With ``target``
    (the right value), the right value rounded too far is one of the candidates."""
    from .outcome import incorrect
    from .values import is_number

    if isinstance(value, bool) or not is_number(value):
        return None
    try:
        answer = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(answer):
        return None
    if target is not None:
        candidates = [*rounded(float(target)), *candidates]
    found = read(answer, candidates, asked=asked)
    return None if found is None else incorrect(found[1], found[0])
