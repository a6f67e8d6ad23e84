"""Lesson 02's chart words read as whole word sets, question by question (issue #19, round 7).

claim_wordsets.csv is the words helper's development set: a title and a description on one of the lesson's
chart questions, and either the claim codes that would fit (any one named is right) or ``fair``. It was written
before measuring, in registers a class might use (headlines, tabloid, bureaucratic, learners' English, mixed
Chinese-English), and covers the classes the vocabulary reads by structure: a crime level with an idiom of falling,
ending, cleaning or winning (statements, headline questions, exclamations); counts spoken of as people harmed;
scope words for the ministry's examples; causation from an activity count; guilt for suspects; and, fair, an
attribution held at a distance, a denial, a hedge. Each set is read through the question's own claim rules and
required statements, as a verdict reads them (``claims.claim_rule``), so a title and a description are read together.
"""
from __future__ import annotations

import csv
from pathlib import Path

from claim_wordsets import CLAIMS, QUESTIONS, named_in
from every_case import assert_every
from sampled_cases import sample

ROWS = list(csv.DictReader((Path(__file__).parent / "claim_wordsets.csv").open(encoding="utf-8")))
# Overclaiming sets the vocabulary does not name yet (recorded for the instructor, never Correct). May only shrink.
KNOWN_UNNAMED = {("yt5", "No hiding place for online crime, and it shows"),
                 ("q6", "online fraud? we don't do that here anymore")}


def named(question: str, title: str, description: str) -> dict[str, str]:
    """code -> the verdict's message, for every claim or denied statement the question's rules find in the set."""
    return named_in(question, {"mark": "bar", "title": title, "description": description})


OVER = [(r["question"], r["title"], r["description"], r["expected"]) for r in ROWS if r["expected"] != "fair"]
FAIR = [(r["question"], r["title"], r["description"]) for r in ROWS if r["expected"] == "fair"]


def test_the_set_is_large_and_covers_every_chart_question():
    assert len(OVER) >= 300 and len(FAIR) >= 80
    assert {q for q, *_ in OVER} == set(QUESTIONS) and {q for q, *_ in FAIR} == set(QUESTIONS)


# One test per list, each word set a case reported on its own (tests/every_case.py says why).
def test_an_overclaiming_word_set_is_named_with_a_fitting_claim():
    def wrong(case: tuple[str, str, str, str]) -> str | None:
        question, title, description, expected = case
        found = named(question, title, description)
        if (question, title) in KNOWN_UNNAMED:
            return f"{title!r} is named now: take it out of KNOWN_UNNAMED" if found else None
        fitting = set(expected.split()) & set(found)
        if not fitting:
            return f"named {sorted(found)}, expected one of {expected}"
        for code in fitting:  # the verdict quotes words the student wrote
            if code in CLAIMS:
                quoted = found[code].split("'")[1]
                if quoted not in title and quoted not in description:
                    return f"the verdict quotes words the student did not write: {found[code]}"
        return None

    cases = sample(OVER, 3, by=lambda case: case[0])  # `make check`: every 3rd of each question's (sampled_cases.py)
    cases += [case for case in OVER if (case[0], case[1]) in KNOWN_UNNAMED and case not in cases]  # always read
    assert_every(cases, wrong, "overclaiming word sets")


def test_a_fair_word_set_is_not_named():
    def wrong(case: tuple[str, str, str]) -> str | None:
        found = named(*case)
        return f"named {sorted(found)}" if found else None

    assert_every(sample(FAIR, 3, by=lambda case: case[0]), wrong, "fair word sets")  # of each question's
