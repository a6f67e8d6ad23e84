"""Lesson 02's chart words, round 8 (issue #19): a set written before the vocabulary was changed, measured.

chart_words_round8.csv holds 314 plausible overclaiming titles, descriptions and axis or legend titles for the
lesson's nine chart questions, in the registers round 7's review found unread (Chinese titles; headlines and
metaphors of ending, collapse, retreat, peace and cleaning up; hashtags, camelCase, capitals and emoji; rhetorical
questions and comparisons that rank the four examples or present them as the country; activity counts named as
crime in axis titles; people named as what they are not; trends read into two points; index framings), and 87 fair
ones (the solutions' own words, denials, attributions held at a distance, hedges, Chinese). ``expected`` lists the
claim codes that would fit (any one named is right) or ``fair``; ``where`` is the chart's place for the words.

Each row is read through the question's own claim rules and required statements, as its verdict reads them. On
main before this round's vocabulary: 59% named (186 of 314), 3 fair rejected. Rows whose register begins "batch2-"
(105 overclaims, 68 fair) were written after the first rules had landed, as a fresh check of them: 71% named before
the rules they led to; "batch3-" rows (43 overclaims, 7 fair) after the second: 86% named before; "batch4-fair" rows
(19) probe the new rules' edges with fair words (a bar that dominates the chart, "Example #1", "provincial figures for
four examples", "What the police did to online gangs"): 2 were rejected before the rules were narrowed.
"review8-first-pass" rows (14) are the examples round 8's reviewer published as unnamed after its first pass
(review_round8.md M1): their classes, not the phrases, were read (gangland, any -ly adverb of improvement, 网上治安,
犯罪率, efforts that work, gangs at zero, harm prevented, a share of the national total, 全国第一 as a ranking). "batch5-"
rows (20 variants of those classes, 5 fair) were written after that: 75% named before the last rules. The bar: at least 92% named on every question, every named verdict quoting the student's own
words, and no fair row rejected.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from claim_wordsets import named_in
from every_case import assert_every
from sampled_cases import sample
from netcrime.checks.claims import chart_texts

ROWS = list(csv.DictReader((Path(__file__).parent / "chart_words_round8.csv").open(encoding="utf-8")))
OVER = [(r["question"], r["where"], r["text"], r["expected"]) for r in ROWS if r["expected"] != "fair"]
FAIR = [(r["question"], r["where"], r["text"]) for r in ROWS if r["expected"] == "fair"]
BAR = 0.92


def spec_for(where: str, text: str) -> dict:
    """A chart spec with ``text`` at ``where``: the title, subtitle or description, or an encoding channel's title."""
    if where in ("title", "description"):
        return {"mark": "bar", where: text}
    if where == "subtitle":
        return {"mark": "bar", "title": {"text": "Chart", "subtitle": text}}
    return {"mark": "bar", "encoding": {where: {"field": "v", "type": "quantitative", "title": text}}}


def test_the_set_is_large_and_covers_every_chart_question():
    assert len(OVER) >= 400 and len(FAIR) >= 150
    questions = {q for q, *_ in OVER}
    assert questions == {q for q, *_ in FAIR} and len(questions) == 9
    assert {where for _q, where, *_ in OVER} >= {"title", "description", "x", "y", "color"}


def test_every_place_is_read_as_a_chart_word():
    for where in ("title", "subtitle", "description", "x", "y", "color"):
        assert "Online crime fell" in [text for _w, text in chart_texts(spec_for(where, "Online crime fell"))]


def test_the_overclaims_are_named_on_every_question():
    named, total, missed = defaultdict(int), defaultdict(int), []
    for question, where, text, expected in OVER:
        found = named_in(question, spec_for(where, text))
        fitting = set(expected.split()) & set(found)
        total[question] += 1
        if fitting:
            named[question] += 1
            for code in fitting & {c for c in found if not c.endswith("_stated")}:  # the verdict quotes the student's words
                assert found[code].split("'")[1] in text, found[code]
        else:
            missed.append((question, text, sorted(found)))
    shares = {q: named[q] / total[q] for q in total}
    assert all(share >= BAR for share in shares.values()), (shares, missed)
    assert sum(named.values()) / sum(total.values()) >= BAR, missed


def test_a_fair_chart_word_is_not_named():  # each row a case reported on its own (tests/every_case.py says why)
    def wrong(case: tuple[str, str, str]) -> str | None:
        question, where, text = case
        found = named_in(question, spec_for(where, text))
        return f"named {sorted(found)}" if found else None

    assert_every(sample(FAIR, 3, by=lambda case: case[0]), wrong, "fair chart words")  # `make check`: every 3rd
