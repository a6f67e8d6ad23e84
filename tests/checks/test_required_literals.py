"""The literals every match of a pattern contains (``required_literals``): the claims' cheap test before a scan.

Sound means: a text a pattern matches is never turned away. Read on hand-made patterns (each rule of the reading),
on the claims vocabulary against the claims corpus, and kept with the compiled programs.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from re import _parser

import pytest

from netcrime import precompile
from netcrime.checks import claims, kept_patterns
from netcrime.checks.required_literals import admits, required
from sampled_cases import sample


def _read(pattern: str):
    return required(_parser.parse(pattern, re.IGNORECASE))


@pytest.mark.parametrize("pattern, literals", [
    ("crime fell", ("crime fell",)),  # a run of literals
    ("(?:online )?gangs? (?:were|are) (?:wiped|stamped) out", ("stamped", "wiped")),  # the longest shortest
    ("fraud|scam", ("fraud", "scam")),  # an alternation: one of each branch's
    ("fraud|(?:scams?)?", None),  # a branch that needs nothing: nothing
    ("(?:x)?y", ("y",)),  # an optional part needs nothing, what follows does
    ("(?:gangs?){2,}", ("gang",)),  # a repeat of at least once needs its body
    ("[abc]d", ("d",)),  # a class is no literal and ends a run
    ("(?=wiped)\\w+", None),  # a look-ahead is not read
    ("Crime FELL", ("crime fell",)),  # lower case (the text is read lower-cased)
    ("打掉|打击", ("打",)),  # CJK kept (the parser takes out the common prefix)
    ("\u212aelvin", ("elvin",)),  # the Kelvin sign folds to "k" under IGNORECASE: it ends a run, not in one
])
def test_the_reading_of_each_part_of_a_pattern(pattern, literals):
    assert _read(pattern) == literals


def test_a_character_that_folds_to_ascii_does_not_turn_its_match_away():
    pattern = re.compile("\u212aelvin", re.IGNORECASE)
    assert pattern.search("kelvin") and admits(_read(pattern.pattern), "kelvin")


def test_a_text_that_is_not_ascii_is_always_scanned():
    assert admits(("wiped out",), None) and admits(None, "anything") and not admits(("wiped out",), "crime fell")


PHRASES = Path(__file__).with_name("claim_phrases.csv")  # the claims corpus (test_claims_corpus.py): 900 phrases


def test_no_text_a_claim_pattern_matches_is_turned_away():
    """Every pattern of the vocabulary (as ``claims`` compiles it) against the claims corpus's ASCII phrases (in
    `make check` every 8th: tests/sampled_cases.py): where the literals turn a text away, the pattern does not match
    it; and they turn most texts away."""
    patterns = sorted({claims.WORD_HYPHEN.sub("[- ]", p) for claim in precompile.claim_vocabulary()
                       for p in claim.patterns})
    phrases = [row["phrase"] for row in csv.DictReader(PHRASES.open(encoding="utf-8"))]
    every = sorted({claims.normalise(phrase) for phrase in phrases if phrase.isascii()})
    texts = sample(every, 8)
    assert len(patterns) >= 300 and len(every) >= 800 and len(texts) >= 100
    compiled = kept_patterns.compile_kept(patterns, re.IGNORECASE, name="claims")
    literals = kept_patterns.required_kept(patterns, re.IGNORECASE, name="claims")
    turned_away = wrongly = matched = 0
    for text in texts:
        lowered = text.lower()
        for pattern, needed in zip(compiled, literals):
            if admits(needed, lowered):
                matched += pattern.search(text) is not None
            else:
                turned_away += 1
                wrongly += pattern.search(text) is not None
    assert wrongly == 0
    assert matched >= len(texts) and turned_away > 0.8 * len(texts) * len(patterns)


def test_the_literals_are_kept_with_the_programs_and_added_to_an_older_file(folder):
    sources = [r"\bcrime (?:fell|dropped)\b", r"(?P<who>police|victims?) (?:were )?counted", r"[0-9]+"]
    fresh = [_read(source) for source in sources]
    kept_patterns.compile_kept(sources, re.IGNORECASE, name="few")
    assert kept_patterns.required_kept(sources, re.IGNORECASE, name="few") == fresh
    kept_patterns._FILES["few"].write()
    kept_patterns._FILES.clear()  # a later process: only the file
    kept_patterns.compile_kept(sources, re.IGNORECASE, name="few")
    assert kept_patterns.required_kept(sources, re.IGNORECASE, name="few") == fresh
    assert not kept_patterns._FILES["few"].made  # read from the file, none parsed again
    older = kept_patterns._FILES["few"]
    older.programs = {key: program[:5] for key, program in older.programs.items()}  # a file from before round 14
    assert kept_patterns.required_kept(sources, re.IGNORECASE, name="few") == fresh
    assert older.made and all(len(program) == 6 for program in older.programs.values())  # added, written at exit
    older.made = False
    older.programs = {key: (*program[:5], (program[5][0] + 1, ("never",))) for key, program in older.programs.items()}
    assert kept_patterns.required_kept(sources, re.IGNORECASE, name="few") == fresh  # read by another version: again
    assert older.made
