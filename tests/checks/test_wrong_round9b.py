"""Round 9's own plausible wrong answers for lessons 02-04 (names9b, issue #19), judged.

Set A (wrong_round9b.py, chart_words_round9b.csv) was written before the fixes from the prompts of solutions/02-04
and the lessons' your-turns; the fixes were made against it: none accepted, no fair form rejected, and in each lesson
at least 92% named (a declared, non-generic code AND the entry's regex of what a naming verdict must mention).
Set B (the two ``*_holdout.b64`` files) was written at the same sitting and kept encoded while fixing; it is measured
here (none accepted, no fair chart word rejected) and its named share reported, not tuned on.

Measured at 16:33 UTC on names9b (b454654), after the last fix, first and only run of set B: numbers and options
L02 8/9, L03 18/19, L04 11/14; chart words 41/47 (87%); 0 accepted, 0 fair rejected. Misses: 6 chart words recorded
with no claim, 4 generic numbers (L02 yt4 two days off, L04 q3 150 divided with the ends swapped, 114 / rate less
the 36 found, L04 yt5 the highest borrowed rate), and 1 MISNAMED (L03 q3 12 / 7 types = 1.714, named as the wrong
labels over the unmatched ones, 24 / 14: a coincidence ``counted.ratios`` over every pair allowed; fixed AFTER the
measurement, so the share above stands as measured: a ratio must now keep one count of the asked pair). One set B entry
(L04 q3 both ends rounded to whole incidents) was a fair answer, accepted rightly, and was taken out, unread.
Set A at the same commit: L02 30/30, L03 52/52, L04 51/51, chart words 151/154.
"""
from __future__ import annotations

import base64
import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from claim_wordsets import named_in
from named_sets import judged as outcome_of, right_values
from netcrime.checks import lesson03, lesson04, worked
from netcrime.checks.judge import Judge
from test_chart_words_round8 import spec_for

HERE = Path(__file__).parent
BAR = 0.92
# Questions set B was written for that the course no longer asks: their rows are wrong answers to another question,
# so they are left out of the measure (round 14: 02 yt2 asked 01 q4's detained share again; it now asks the July
# operation's share of the apprehended, and set A's rows were rewritten for it in wrong_round9b.py).
RETIRED_IN_SET_B = {("02", "yt2")}


def _set_b():
    namespace: dict = {}
    exec(compile(base64.b64decode((HERE / "wrong_round9b_holdout.b64").read_text()), "set B", "exec"), namespace)
    return namespace["SETS"]


def judged(lesson: str, sets, retired=frozenset()) -> tuple[list, list]:
    """(accepted, unnamed) of one lesson's entries, those of a ``retired`` (lesson, question) left out."""
    accepted, unnamed = [], []
    entries = [wrong for wrong in sets[lesson](right_values(lesson)) if (lesson, wrong.question) not in retired]
    for wrong in entries:
        outcome = outcome_of(lesson, wrong.question, wrong.values)
        if outcome.passed:
            accepted.append((wrong.question, wrong.label))
        elif not (outcome.names_the_mistake and re.search(wrong.names, outcome.message, re.IGNORECASE)):
            unnamed.append((wrong.question, wrong.label, outcome.misconception, outcome.message[:120]))
    return entries, accepted, unnamed


@pytest.mark.parametrize("lesson", ["02", "03", "04"])
def test_set_a_is_named_and_never_accepted(lesson):
    from wrong_round9b import SETS

    entries, accepted, unnamed = judged(lesson, SETS)
    assert len(entries) >= 25 and not accepted, accepted
    assert 1 - len(unnamed) / len(entries) >= BAR, unnamed


def _words(rows):
    total, named, missed, fair_named = defaultdict(int), defaultdict(int), [], []
    for row in rows:
        found = named_in(row["question"], spec_for(row["where"], row["text"]))
        if row["expected"] == "fair":
            if found:
                fair_named.append((row["question"], row["text"], sorted(found)))
            continue
        total[row["question"]] += 1
        if set(row["expected"].split()) & set(found):
            named[row["question"]] += 1
        else:
            missed.append((row["question"], row["text"]))
    return total, named, missed, fair_named


def test_set_a_chart_words_are_named_and_fair_ones_are_not():
    rows = list(csv.DictReader((HERE / "chart_words_round9b.csv").open(encoding="utf-8")))
    total, named, missed, fair_named = _words(rows)
    assert sum(total.values()) >= 120 and len(total) == 9
    assert not fair_named, fair_named
    assert sum(named.values()) / sum(total.values()) >= BAR, missed


def test_set_b_is_never_accepted_and_its_share_is_measured():
    sets = _set_b()
    shares = {}
    for lesson in ("02", "03", "04"):
        entries, accepted, unnamed = judged(lesson, sets, RETIRED_IN_SET_B)
        assert not accepted, accepted
        shares[lesson] = 1 - len(unnamed) / len(entries)
    text = base64.b64decode((HERE / "chart_words_round9b_holdout.b64").read_text()).decode()
    rows = [dict(zip(("question", "where", "text", "expected", "register"), line.split("|")))
            for line in text.splitlines() if line.strip()]
    total, named, _missed, fair_named = _words(rows)
    assert not fair_named, fair_named
    shares["02 words"] = sum(named.values()) / sum(total.values())
    assert all(share >= 0.5 for share in shares.values()), shares  # measured, not a bar: the report gives it


def test_a_share_question_names_a_ratio_only_when_one_computation_gives_it():
    """counted's guards: 0.5 (12 right / 24 wrong) is named; a number two different mistakes give names none;
    0.3 is the right value rounded too far, not 12 / 40 (a miscount, one tier further)."""
    assert lesson03.q3.judge_values([0.5]).misconception == "other_ratio"
    assert lesson03.q3.judge_values([0.3]).misconception == "rounded_too_far"
    assert lesson03.q3.judge_values([12 / 7]).misconception != "other_ratio"  # 24 / 14 keeps neither asked count
    from netcrime.checks import counted

    a, b, c = counted.Count("a things", 2), counted.Count("b things", 4), counted.Count("c things", 8)
    both = [*counted.ratio("one_way", a, b), *counted.ratio("another_way", b, c), *counted.ratio("third_way", a, c)]
    code, message = counted.read(0.5, both, asked="x")
    assert code == counted.SEVERAL_SAID and "a things" in message and "c things" in message  # both said, none picked
    many = [counted.Candidate(f"way_{i}", f"way {i}", 0.5) for i in range(4)]
    assert counted.read(0.5, many, asked="x")[0] == counted.AMBIGUOUS  # too many stories: what it is not
    assert counted.read(0.25, both, asked="x")[0] == "third_way"
    assert counted.read(0.3, [counted.Candidate("k", "k", 1 / 3)], asked="x") is None  # too coarse to name


def test_lesson04_yt2_holds_no_map_listing_every_category():
    """Review round 8: yt2's `wrong` and `codes` maps listed every codebook category, the answer among them."""
    def closed_over(function, depth=0):  # yt2's choice sits inside reason_words.codes_first (round 13): walk in
        cells = [c.cell_contents for c in (function.__closure__ or ())]
        inner = [cell.function for cell in cells if isinstance(cell, Judge)] if depth < 2 else []
        return cells + [found for judge in inner for found in closed_over(judge, depth + 1)]

    maps = [cell for cell in closed_over(lesson04.yt2.judge.function) if isinstance(cell, dict)]
    assert maps and all("intimidation" not in cell for cell in maps)
    assert lesson04.yt2.judge_values(["flight"]).misconception == "not_about_offenders"


def test_lesson02_q5_names_text_labels_typed_as_a_quantity():
    """Review round 9 E1: `x="when:Q"` drew the decline's bars with no position, and the form passed."""
    import altair as alt

    from netcrime.checks import lesson02

    right = worked.answers("02")["q5"][0]
    assert lesson02.q5.judge_values([right]).misconception is None
    outcome = lesson02.q5.judge_values([right.encode(x=alt.X("when:Q"))])
    assert not outcome.passed and outcome.misconception == "labels_as_quantity" and "when:N" in outcome.message
