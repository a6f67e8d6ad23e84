"""Reasons written in other words than the codebook's codes (lesson 04, issue #19 round 13).

Lesson 04's coding questions (q1, yt1, yt2) ask for a category code of the release's codebook. Two kinds of answer
are not a code and yet say something a check can read:

- the codebook's own **label** of a category ("Already paid" for ``sunk_cost``), or two or more of its words that
  only one category's label holds ("lost evidence", "fear of punishment"): the same category in the course's other
  words, so it is read as that code, with a note (a fair teacher accepts it);
- a **victimisation survey's** wording of a reason, or a near paraphrase of it ("fear of reprisal", "fear of
  retaliation", "not important enough to report"): the lesson sets these beside the release's categories, and
  writing one where a category is asked is the mistake the comparison is about. It is named, without saying which
  category is closest (yt2 asks exactly that).

``lesson04`` wraps its choice and mapping judges with ``codes_first`` and ``codes_in_mapping``; the wrapper closes
over the plain judge, so readers of a judge's options (``wrong_answers.options_of`` walks closures) still find them.
"""
from __future__ import annotations

import re
from typing import Callable, Mapping, Sequence

from .judge import Judge, judge
from .labels import everyday_aliases, read_label
from .outcome import Outcome, incorrect, with_note

SURVEY_WORDING = "survey_wording_as_code"
SURVEY_WORDING_DESCRIPTION = ("wrote a victimisation survey's reason (its wording or a paraphrase, such as 'fear of "
                              "reprisal') where a category code of the release's codebook is asked")

# The reasons a victimisation survey records (the US NCVS's categories, quoted in lesson 04), each with the words and
# near paraphrases that say it. Read only in an answer that is not a code or a label of the codebook.
SURVEY_REASONS: tuple[tuple[str, str], ...] = (
    ("fear of reprisal or getting offender in trouble",
     r"reprisal|retaliat\w*|revenge|vengeance|(?:get|getting|got) (?:the |an? )?(?:offenders?|them|him|her) in(?:to)? "
     r"trouble|(?:fear|afraid|scared|frightened) (?:of )?(?:the )?(?:offenders?|perpetrators?|attackers?|gangs?|criminals|culprits|payback)|"
     r"payback|报复"),
    ("dealt with it another way", r"dealt with (?:it )?(?:in )?(?:another|some other|a different) way|"
                                  r"(?:handled|dealt with|sorted|settled) (?:it )?(?:privately|personally|themselves|"
                                  r"himself|herself|informally)|reported to (?:another|a different|some other) official"),
    ("not important enough to report", r"not (?:important|serious|big) enough|(?:too )?(?:minor|trivial|petty|"
                                       r"unimportant)|not worth (?:it|reporting|the (?:trouble|bother|effort))"),
    ("police would not or could not help", r"police (?:would|could|will|can)(?:n't| not| never)|police (?:are|were) "
                                           r"(?:useless|no help|unhelpful)|(?:no|not any) (?:point|use) (?:in )?"
                                           r"(?:reporting|telling|going)|distrust\w*|(?:don't|do not|didn't) trust"),
    ("personal or private matter", r"(?:personal|private|family) (?:or private )?matter"),
)
_SURVEY = [(wording, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for wording, words in SURVEY_REASONS]


def survey_wording(text) -> str | None:
    """The survey reason ``text`` says (its wording as the survey gives it), or None."""
    if not isinstance(text, str):
        return None
    spaced = " ".join(text.replace("_", " ").replace("-", " ").split())
    return next((wording for wording, pattern in _SURVEY if pattern.search(spaced)), None)


def code_of_label(text, book: Mapping[str, str]) -> str | None:
    """The code whose codebook label ``text`` is (``book``: code -> label), read as labels are read, else None."""
    if not isinstance(text, str):
        return None
    by_label = {label: code for code, label in book.items()}
    reading = read_label(text, list(by_label))
    return by_label.get(reading.label) if reading.label is not None else None


_STOP = {"of", "or", "and", "the", "a", "an", "to", "than", "more", "their", "own", "being", "is", "be"}


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.casefold().replace("_", " ")) if w not in _STOP}


def code_of_words(text, book: Mapping[str, str]) -> str | None:
    """The one code whose label and code hold every content word of ``text`` (two words at least): a shortened
    label ('lost evidence', 'fear of punishment') read as its category; None when no code or two hold them."""
    if not isinstance(text, str):
        return None
    words = _words(text)
    if len(words) < 2:
        return None
    holding = [code for code, label in book.items() if words <= _words(f"{label} {code}")]
    if len(holding) != 1:
        return None
    key = " ".join(re.findall(r"[a-z]+", text.casefold().replace("_", " ")))
    starts = (" ".join(re.findall(r"[a-z]+", name.casefold().replace("_", " "))) for name in (holding[0], book[holding[0]]))
    # a label or code given by its first words is an option cut short, which the course names as such (labels.py)
    return None if any(name.startswith(key) for name in starts) else holding[0]


def _not_a_code(text, codes: Sequence[str]) -> bool:
    return isinstance(text, str) and read_label(text, codes, aliases=everyday_aliases(codes)).label is None


def _survey_message(text: str, wording: str, codes: Sequence[str], where: str = "") -> str:
    return (f"{where}{text.strip()!r} is a victimisation survey's kind of reason (the survey's wording: \"{wording}\"), "
            "not one of the release's categories. The lesson sets the two side by side because they are different "
            "lists: give a category code from the codebook, one of: " + ", ".join(codes) + ".")


def _label_note(text: str, code: str) -> str:
    return f"(Read {text.strip()!r}, words of the codebook's label, as its code {code!r}: write the code next time.)"


def codes_first(plain: Judge, book: Callable[[], Mapping[str, str]]) -> Judge:
    """``plain`` (a choice among the codebook's codes), reading a codebook label as its code and naming a survey's
    reason. ``book``: code -> label, read when judging."""
    @judge({**plain.misconceptions, SURVEY_WORDING: SURVEY_WORDING_DESCRIPTION})
    def read(value) -> Outcome:
        labels = list(book())
        if _not_a_code(value, labels):
            if (code := code_of_label(value, book()) or code_of_words(value, book())) is not None:
                return with_note(plain(code), _label_note(value, code), before=True)
            if (wording := survey_wording(value)) is not None:
                return incorrect(_survey_message(value, wording, labels), SURVEY_WORDING)
        return plain(value)

    return read


def codes_in_mapping(plain: Judge, book: Callable[[], Mapping[str, str]]) -> Judge:
    """``plain`` (a mapping {statement: code}), with each value that is a codebook label read as its code (noted), and
    a value that is a survey's reason named with its key."""
    @judge({**plain.misconceptions, SURVEY_WORDING: SURVEY_WORDING_DESCRIPTION})
    def read(value) -> Outcome:
        if not isinstance(value, dict):
            return plain(value)
        labels = list(book())
        notes, surveyed, read_as = [], [], dict(value)
        for key, given in value.items():
            if not _not_a_code(given, labels):
                continue
            if (code := code_of_label(given, book()) or code_of_words(given, book())) is not None:
                read_as[key] = code
                notes.append(_label_note(given, code))
            elif (wording := survey_wording(given)) is not None:
                surveyed.append(_survey_message(given, wording, labels, where=f"{key}: "))
        if surveyed:
            return incorrect(" ".join(dict.fromkeys(surveyed)), SURVEY_WORDING)
        return with_note(plain(read_as), " ".join(dict.fromkeys(notes)), before=True)

    return read
