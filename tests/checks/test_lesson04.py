"""Lesson 04: its data files, the dark-figure model, the simulator widget and the questions."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netcrime import darkfigure, data
from netcrime.checks import lesson04 as L
from netcrime.instructor import lesson04_key as K4
from netcrime.checks import worked
from netcrime.checks.outcome import CANNOT_JUDGE, CORRECT, INCORRECT, NOT_ATTEMPTED, RECORDED, WRONG_TYPE
from netcrime.schemas import CRIME_TYPES

from every_case import assert_every
from in_lesson import assert_right_passes_and_wrongs_are_named

ROOT = Path(__file__).resolve().parents[2]


# ----- data ------------------------------------------------------------------------------
def test_reason_categories_are_in_the_codebook_and_all_used():
    reasons, codebook = data.underreporting_reasons(), data.underreporting_codebook()
    assert set(reasons["category"]) <= set(codebook["category"])
    assert set(codebook["category"]) <= set(reasons["category"]), "a codebook category is never used"


def test_reasons_structure():
    reasons = data.underreporting_reasons()
    assert reasons["id"].str.fullmatch(r"R\d{2}").all()
    assert set(reasons["crime_type"]) <= set(CRIME_TYPES) | {"all"}
    for column in ("reason", "source_fragment"):
        assert (reasons[column].str.strip().str.len() > 0).all()
    # Fragments stay short: we quote the source only in fragments.
    assert (reasons["source_fragment"].str.split().str.len() <= 20).all()


def test_every_fragment_is_in_the_seed_text(seed_text):
    missing = [r.id for r in data.underreporting_reasons().itertuples() if r.source_fragment not in seed_text]
    assert not missing, f"fragments not found verbatim in the seed: {missing}"


def test_reporting_rates_structure():
    rates = data.victim_reporting_rates()
    assert rates["id"].str.fullmatch(r"S\d{2}").all()
    assert ((rates["share_reported"] > 0) & (rates["share_reported"] < 1)).all()
    assert set(rates["confidence"]) <= {"sure", "medium"}
    dated = rates.dropna(subset=["period_start"])
    assert (dated["period_start"] <= dated["period_end"]).all()
    assert (dated["period_start"].dt.year >= 1990).all() and (dated["period_end"].dt.year <= 2030).all()
    for column in ("survey", "source_title", "publisher", "country", "crime_category"):
        assert (rates[column].str.strip().str.len() > 0).all()


def test_bjs_2006_2010_row_is_sure_and_says_where_it_was_read():
    # Upgraded after the accuracy review: read in BJS's own text version of NCJ 238536.
    row = data.victim_reporting_rates().set_index("id").loc["S07"]
    assert row["confidence"] == "sure"
    assert "bjs.ojp.gov" in row["note"] and "read 2026-11-29" in row["note"]
    assert "domain_notes" not in row["note"]  # student-facing: no internal file names


def test_online_rates_used_in_q3_exist():
    assert set(L.ONLINE_CATEGORIES) <= set(data.victim_reporting_rates()["crime_category"])


# ----- the model ---------------------------------------------------------------------------
rates = st.floats(min_value=0, max_value=1)
params = st.fixed_dictionaries({
    "months": st.integers(1, darkfigure.MAX_MONTHS),
    "true_start": st.floats(0, 1e6),
    "true_trend": st.floats(-0.5, 0.5),
    "report_start": rates,
    "report_trend": st.floats(-1, 1),
    "recording_rate": rates,
})


@settings(deadline=None)
@given(params)
def test_recorded_never_exceeds_reported_or_true(p):
    frame = darkfigure.simulate(**p)
    assert len(frame) == p["months"]
    assert list(frame["month"]) == list(range(1, p["months"] + 1))
    assert (frame["recorded"] <= frame["reported"] * (1 + 1e-12) + 1e-9).all()
    assert (frame["reported"] <= frame["true"] * (1 + 1e-12) + 1e-9).all()
    assert (frame["recorded"] >= 0).all()
    assert frame["reporting_rate"].between(0, 1).all()


@settings(deadline=None)
@given(st.integers(1, 60), st.floats(0, 1e6), st.floats(-0.5, 0.5))
def test_full_reporting_and_recording_reproduce_the_truth(months, start, trend):
    frame = darkfigure.simulate(months, start, trend, report_start=1, report_trend=0, recording_rate=1)
    pd.testing.assert_series_equal(frame["recorded"], frame["true"], check_names=False)


@settings(deadline=None)
@given(params)
def test_simulate_is_deterministic(p):
    pd.testing.assert_frame_equal(darkfigure.simulate(**p), darkfigure.simulate(**p))


@settings(deadline=None)
@given(st.floats(1, 1e6), st.floats(0.01, 1), st.floats(0.01, 1), st.floats(0.01, 1))
def test_implied_range_inverts_the_model(true, rate_a, rate_b, recording):
    low_rate, high_rate = sorted((rate_a, rate_b))
    recorded = true * high_rate * recording
    fewest, most = darkfigure.implied_true_range(recorded, low_rate, high_rate, recording)
    assert math.isclose(fewest, true, rel_tol=1e-9)
    assert most >= fewest * (1 - 1e-12)


def test_trend_examples():
    flat = darkfigure.simulate(12, 1000, 0, 0.4, -0.02, 1)
    assert flat["true"].nunique() == 1
    assert flat["recorded"].is_monotonic_decreasing
    assert flat["recorded"].iloc[0] == pytest.approx(400)
    assert flat["recorded"].iloc[-1] == pytest.approx(1000 * (0.4 - 0.02 * 11))
    clipped = darkfigure.simulate(12, 1000, 0, 0.05, -0.05, 1)
    assert clipped["reporting_rate"].min() == 0  # the line stops at 0, never negative


@pytest.mark.parametrize("kwargs, words", [
    ({"months": 0}, "between 1 and"),
    ({"months": 2.5}, "whole number"),
    ({"months": True}, "whole number"),
    ({"true_start": -5}, "at least 0"),
    ({"true_start": "1000"}, "should be a number"),
    ({"true_trend": float("nan")}, "finite"),
    ({"true_trend": 0.9}, "at most 0.5"),
    ({"report_start": 30}, "Did you mean 0.3"),
    ({"report_start": -0.1}, "between 0 and 1"),
    ({"recording_rate": 1.5}, "between 0 and 1"),
    ({"report_trend": None}, "should be a number"),
])
def test_simulate_rejects_bad_input_with_a_clear_message(kwargs, words):
    with pytest.raises(ValueError, match=re.escape(words)):
        darkfigure.simulate(**kwargs)


@pytest.mark.parametrize("args, words", [
    ((100, 0.5, 0.2), "swap them"),
    ((100, 0, 0.2), "rate above 0"),
    ((-1, 0.1, 0.2), "at least 0"),
    ((100, 15, 20), "fractions, not percentages"),
])
def test_implied_range_rejects_bad_input(args, words):
    with pytest.raises(ValueError, match=re.escape(words)):
        darkfigure.implied_true_range(*args)


def test_summary_sentences():
    assert darkfigure.summary(darkfigure.simulate(12, 1000, 0, 0.4, -0.02, 1)) == (
        "Over 12 months, true incidents stayed about the same; recorded cases fell by 55%.")
    assert darkfigure.summary(darkfigure.simulate(1)) .startswith("Over 1 month,")
    assert "Nothing to summarise" in darkfigure.summary("not a frame")
    assert "Nothing to summarise" in darkfigure.summary(pd.DataFrame())
    assert "stayed at zero" in darkfigure.summary(darkfigure.simulate(6, true_start=0))


def test_scenarios_do_what_their_names_say():
    for name, p in darkfigure.SCENARIOS.items():
        darkfigure.simulate(**p)  # valid
    flat = darkfigure.simulate(**darkfigure.SCENARIOS["falling reporting, flat truth"])
    assert abs(_change(flat["true"])) < 0.01 and _change(flat["recorded"]) < -0.10
    hidden = darkfigure.simulate(**darkfigure.SCENARIOS["real fall hidden by rising reporting"])
    assert _change(hidden["true"]) < -0.10 and abs(_change(hidden["recorded"])) <= 0.05
    crackdown = darkfigure.simulate(**darkfigure.SCENARIOS["crackdown finds more, flat truth"])
    assert abs(_change(crackdown["true"])) < 0.01 and _change(crackdown["recorded"]) > 0.10


def _change(column) -> float:
    return float(column.iloc[-1]) / float(column.iloc[0]) - 1


# ----- the questions -----------------------------------------------------------------------
def solution_values() -> dict:
    """The right answers, from the worked solutions in solutions/04_*.ipynb (never typed here)."""
    return worked.answers("04")


def test_registry():
    assert [q.id for q in L.QUESTIONS] == [f"q{i}" for i in range(1, 11)]
    assert [q.id for q in L.IN_LESSON] == [f"yt{i}" for i in range(1, 6)]
    assert all(q.lesson == "04" for q in L.QUESTIONS)
    assert all(1 <= len(q.hints) <= 3 for q in L.QUESTIONS)
    assert all(q.solution_code and q.explanation for q in L.QUESTIONS + L.IN_LESSON)
    assert L.q7.collect
    assert L.q3.misconceptions  # the numeric question names its misconceptions


@pytest.mark.parametrize("question", L.QUESTIONS, ids=lambda q: q.id)
def test_each_question_passes_its_solution(question):
    outcome = question.judge_values(solution_values()[question.id])
    expected = RECORDED if question.rubric else CORRECT  # a written answer is recorded, never credited
    assert outcome.status == expected, outcome.message


def test_expected_values_come_from_data():
    low, high = L.rate_range()
    rates = data.victim_reporting_rates()
    online = rates[rates["crime_category"].isin(L.ONLINE_CATEGORIES)]["share_reported"]
    assert (low, high) == (online.min(), online.max())
    assert L.expected_counts().sum() == len(data.underreporting_reasons())


def _code(question, *values):
    outcome = question.judge_values(list(values))
    assert outcome.status == INCORRECT, outcome
    return outcome.misconception


def test_known_wrong_answers_name_their_misconception():
    reasons = data.underreporting_reasons()
    low, high = L.rate_range()
    n, recorded, found = L.PRACTICE_REPORTED, L.PRACTICE_RECORDED, L.PRACTICE_FOUND
    codes = dict(K4.NEW_STATEMENT_CODES)
    assert _code(L.q1, {**codes, "N4": "fear_of_exposure"}) == "own_fault_vs_exposure"
    assert _code(L.q1, {**codes, "N6": "fear_of_own_punishment"}) == "exposure_vs_own_fault"
    assert _code(L.q1, {**codes, "N1": "cost_exceeds_loss"}) == "sunk_cost_vs_cost"
    assert _code(L.q1, {**codes, "N7": "sunk_cost"}) == "cost_vs_sunk_cost"
    heard = dict(K4.SOURCE_CODES)
    assert _code(L.q2, {**heard, "W1": "police"}) == "category_not_channel"
    assert _code(L.q2, {**heard, "W5": "release"}) == "category_not_channel"  # an alias of 'police'
    assert _code(L.q2, {**heard, "W2": "police"}) == "distrust_told_to_police"
    assert _code(L.q2, {**heard, "W3": "survey"}) == "not_reporting_vs_not_cooperating"
    assert _code(L.q2, {**heard, "W4": "Survey"}) == "found_by_police_as_unreported"
    assert _code(L.q3, n * high, n * low) == "multiplied"
    assert _code(L.q3, n / high, n * low) == "multiplied"
    assert _code(L.q3, n / low, n / high) == "swapped"
    assert _code(L.q3, n / (high * 100), n / (low * 100)) == "percent_as_fraction"
    assert _code(L.q3, recorded / high, recorded / low) == "found_counted_as_reported"
    assert _code(L.q3, n / high + found, n / low + found) == "found_added_on_top"
    assert _code(L.q3, recorded * high, recorded * low) == "multiplied"
    grows = dict(report_start=0.3, detection_rate=0.02, detection_trend=0.02)
    assert L.q4.judge_values([darkfigure.simulate(18, 1000, -0.01, **grows)]).passed
    assert _code(L.q4, darkfigure.simulate(12, 1000, -0.01, **grows)) == "months"
    assert _code(L.q4, darkfigure.simulate(24, 1000, -0.01, **grows)) == "months"
    assert _code(L.q4, darkfigure.simulate(18, 1000, -0.01, 0.3, 0.01, detection_rate=0.02,
                                           detection_trend=0.02)) == "reporting_moved"
    assert _code(L.q4, darkfigure.simulate(18, 1000, 0, **grows)) == "truth_not_falling"
    assert _code(L.q4, darkfigure.simulate(18, 1000, -0.003, **grows)) == "fall_too_small"
    assert _code(L.q4, darkfigure.simulate(18, 1000, -0.01, 0.3, 0)) == "no_detection"
    assert _code(L.q4, darkfigure.simulate(18, 1000, -0.01, 0.3, 0, detection_rate=0.1)) == "detection_steady"
    assert _code(L.q4, darkfigure.simulate(18, 1000, -0.01, 0.3, 0, detection_rate=0.02,
                                           detection_trend=0.002)) == "rise_too_small"
    assert _code(L.q4, darkfigure.simulate(3, 1000, 0, 0.4, -0.02)) == "too_short"
    # the lesson's own run (a flat truth, falling reporting) is not this question's answer
    assert not L.q4.judge_values([darkfigure.simulate(12, 1000, 0, 0.4, -0.02)]).passed
    city = darkfigure.simulate(12, 1000, 0.006, 0.4, -0.1 / 11)
    assert _code(L.q5, city, "fell") == "records_as_truth"
    assert _code(L.q5, city, "flat") == "flat_truth"
    assert _code(L.q5, darkfigure.simulate(12, 1000, 0, 0.4, -0.1 / 11), "rose") == "truth_flat"
    assert _code(L.q5, darkfigure.simulate(12, 1000, -0.01, 0.4, -0.1 / 11), "rose") == "truth_falls"
    assert _code(L.q5, darkfigure.simulate(12, 1000, 0.002, 0.4, -0.1 / 11), "rose") == "truth_rises_too_slowly"
    assert _code(L.q5, darkfigure.simulate(12, 1000, 0.02, 0.4, -0.1 / 11), "rose") == "records_fall_too_little"
    for fencepost in (-0.1 / 12, -0.01):
        assert _code(L.q5, darkfigure.simulate(12, 1000, 0.006, 0.4, fencepost), "rose") == "fencepost"
    assert _code(L.q5, darkfigure.simulate(12, 1000, 0.006, 0.3, -0.1 / 11), "rose") == "reporting_start"
    assert _code(L.q5, darkfigure.simulate(12, 1000, 0.006, 0.4, -0.02), "rose") == "reporting_end"
    assert _code(L.q5, darkfigure.simulate(11, 1000, 0.006, 0.4, -0.01), "rose") == "twelve_months"
    assert _code(L.q5, darkfigure.simulate(12, 1000, 0.006, 0.4, -0.1 / 11, detection_rate=0.05),
                 "rose") == "detection_added"
    assert _code(L.q6, "a") == "more_of_same"
    assert _code(L.q6, "C") == "after_reporting"
    assert _code(L.q6, "d") == "another_reporting_channel"
    stuffed = "report record dark figure unreported survey victimisation sample " * 5
    for answer in ("Fewer people reported it.", stuffed):  # recorded for the instructor, never credited on key words
        assert L.q7.judge_values([answer]).status == RECORDED
    assert _code(L.q8, "a") == "reason_a_caller_gives"
    assert _code(L.q8, "c") == "source_is_not_police"
    assert _code(L.q8, "d") == "reason_a_caller_gives"


def test_hand_made_city_with_missing_rates_is_not_credited():
    city = darkfigure.simulate(12, 1000, 0.006, 0.4, -0.1 / 11)
    for column in ("reporting_rate", "detection_rate"):
        broken = city.copy()
        broken[column] = float("nan")
        assert L.q5.judge_values([broken, "rose"]).status == WRONG_TYPE


def test_hand_made_frame_with_recorded_above_true_is_caught():
    frame = darkfigure.simulate(18, 1000, -0.01, 0.3, 0, detection_rate=0.02, detection_trend=0.02)
    frame["recorded"] = frame["true"] * 2
    assert _code(L.q4, frame) == "recorded_above_true"


ODD = [None, "", "abc", "12", 3, 2.5, float("nan"), [], [1, 2], {}, {"R01": 3}, True, pd.Series(dtype=float),
       pd.DataFrame(), pd.DataFrame({"month": [1], "true": ["x"], "recorded": [None]}),
       pd.DataFrame({"true": [1.0] * 12}), print, object()]


@pytest.mark.parametrize("question", L.QUESTIONS + L.IN_LESSON, ids=lambda q: q.id)
def test_odd_input_gives_a_message_not_an_exception(question):  # each value a case (tests/every_case.py says why)
    allowed = {INCORRECT, WRONG_TYPE, NOT_ATTEMPTED} | ({RECORDED} if question.rubric else set())

    def wrong(value) -> str | None:
        outcome = question.judge_values([value] * len(question.reads))
        if outcome.status not in allowed:
            return f"{outcome.status}: {outcome.message}"
        return None if outcome.message else f"{outcome.status} without a message"

    assert_every(ODD, wrong, "odd values")


@settings(deadline=None)
@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                 st.text(max_size=30), st.lists(st.integers(), max_size=3),
                 st.dictionaries(st.sampled_from(sorted(K4.NEW_STATEMENT_CODES)), st.text(max_size=10), max_size=8),
                 st.dictionaries(st.sampled_from(sorted(K4.SOURCE_CODES)), st.text(max_size=10), max_size=5)))
def test_fuzzed_input_never_breaks_a_check(value):
    for question in L.QUESTIONS + L.IN_LESSON:
        outcome = question.judge_values([value] * len(question.reads))
        assert outcome.status != CANNOT_JUDGE, (question.id, value, outcome.message)


def test_placeholders_are_not_attempted():
    for question in L.QUESTIONS + L.IN_LESSON:
        assert question.judge_values([...] * len(question.reads)).status == NOT_ATTEMPTED


# ----- the notebooks -----------------------------------------------------------------------
def _sources(path: str) -> list[str]:
    return [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
            for c in json.loads((ROOT / path).read_text(encoding="utf-8"))["cells"]]


def test_solution_prompt_states_the_practice_count():
    text = "\n".join(_sources("solutions/04_why_victims_under_report.ipynb"))
    assert f"**{L.PRACTICE_RECORDED}**" in text and f"**{L.PRACTICE_FOUND}**" in text
    assert "reported = 150 - 36" in text and "reported / high_rate" in text


def test_lesson_has_the_anatomy():
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    text = "\n".join(sources)
    assert sources[0].startswith("# 04")
    for needed in ("**Time:**", "Learning objectives", "Content note", "StopNCII.org", "Take It Down",
                   "Key points", "exercises/04_why_victims_under_report.ipynb"):
        assert needed in text, needed
    first_code = next(s for s in sources if "import netcrime" in s)
    assert "netcrime.setup()" in first_code


# ----- no lookup, transfer, practice (issue #19) ---------------------------------------------
def test_q1_asks_about_statements_whose_categories_are_stored_nowhere_in_data():
    stored = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.csv"))
    prompt = "\n".join(_sources("solutions/04_why_victims_under_report.ipynb"))
    for sid in K4.NEW_STATEMENT_CODES:
        assert f"| {sid} |" in prompt, f"the prompt shows statement {sid}"
        assert not re.search(rf"\b{sid}\b", stored), f"{sid} appears in data/: its label could be looked up"
    # every category is used once, so a reader must tell the confusable pairs apart
    assert sorted(K4.NEW_STATEMENT_CODES.values()) == sorted(L.categories())
    # ... but not in the codebook's order: pairing N1-N8 with the codebook's rows in turn gets none right
    in_turn = dict(zip(K4.NEW_STATEMENT_CODES, L.categories()))
    assert all(in_turn[sid] != code for sid, code in K4.NEW_STATEMENT_CODES.items())
    assert L.q1.judge_values([in_turn]).status == INCORRECT
    assert "(fictional" in prompt.lower() or "fictional" in prompt


def test_q1_rejects_labels_that_are_not_codebook_categories():
    outcome = L.q1.judge_values([{**K4.NEW_STATEMENT_CODES, "N1": "shame"}])
    assert outcome.status == WRONG_TYPE and "codebook" in outcome.message


def in_lesson_cases() -> dict:
    low, high = L.rate_range()
    return {
        "yt1": ([{"P1": "weak_evidence", "P2": "fear_of_own_punishment"}],
                [([{"P1": "self_blame", "P2": "fear_of_own_punishment"}], "evidence_vs_self_blame"),
                 ([{"P1": "weak_evidence", "P2": "fear_of_exposure"}], "own_fault_vs_exposure")]),
        "yt2": (["intimidation"], [(["fear_of_exposure"], "exposure_as_reprisal"),
                                   (["fear_of_own_punishment"], "punishment_as_reprisal")]),
        "yt3": (["c"], [(["a"], "more_crime"), (["b"], "more_reporting"), (["d"], "recording_not_detection")]),
        "yt4": ([0.007], [([-0.01], "wrong_sign"), ([0], "steady_reporting"), ([0.003], "too_slow"),
                          ([0.7], "points_as_number"), ([0.01], "overshoot")]),  # 0.01: the scenario's slider
        "yt5": ([0.125], [([8], "inverted"), ([12.5], "percent_rate"), ([0.875], "unreported_share"),
                          ([200 / 1800], "recorded_added"), ([low], "borrowed_rate")]),
    }


@pytest.mark.parametrize("question", L.IN_LESSON, ids=lambda q: q.id)
def test_in_lesson_checks_accept_the_answer_and_name_wrong_ones(question):
    assert_right_passes_and_wrongs_are_named(question, *in_lesson_cases()[question.id])


def test_yt1_codes_fictional_statements_no_data_file_or_lesson_cell_labels():
    """Review round 3, M1: yt1's answer is neither a column of data/ nor printed by the lesson."""
    root = Path(__file__).resolve().parents[2]
    stored = "\n".join(p.read_text(encoding="utf-8") for p in (root / "data").glob("*.csv"))
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    prompt = next(s for s in sources if "**Your turn (about 5 minutes).**" in s)
    for sid, (_, text) in L.YT1_STATEMENTS.items():
        assert f"| {sid} |" in prompt and text in prompt and "fictional" in prompt.lower()
        assert text not in stored and not re.search(rf"\b{sid}\b", stored)
    lesson = "\n".join(sources)
    assert "'P1': 'weak_evidence'" not in lesson and "'P2': 'fear_of_own_punishment'" not in lesson
    assert set(K4.YT1_CODES.values()) <= set(L.categories())


def test_yt2_answer_is_not_shown_by_the_next_cell():
    """Review round 3, M1/M2: the table that maps intimidation to fear of reprisal opens only on request."""
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    at = next(i for i, s in enumerate(sources) if "yt2.check()" in s)
    table = sources[at + 1]
    before_details = table.split("<details>")[0]
    assert "| Intimidation | fear of reprisal" in table and "Intimidation" not in before_details
    assert "<summary>" in table and "after your turn" in table and "not distrust of the police" in table


def test_the_things_to_notice_are_counted_right():
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    notice = next(s for s in sources if "things to notice before we count anything" in s)
    bullets = sum(1 for line in notice.splitlines() if line.startswith("- **"))
    assert notice.startswith({2: "Two", 3: "Three", 4: "Four"}[bullets])


def test_exercise_04_content_note_and_q8_premise():
    """Review round 3, m6 and M2: the note names debt-collection harassment (q1's N2); q8 no longer says the
    release has 'nothing like' a reason the lesson's own table matched to two of its categories."""
    for notebook in ("solutions", "exercises"):
        sources = _sources(f"{notebook}/04_why_victims_under_report.ipynb")
        assert "debt-collection harassment" in sources[0]
        q8 = next(s for s in sources if "## Question 8" in s)
        assert "nothing like it" not in q8 and "distrust of the police" in q8 and "helpline" in q8

def test_in_lesson_checks_are_spread_through_the_lesson_and_their_answers_are_not_printed():
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    positions = []
    for q in L.IN_LESSON:
        at = next(i for i, s in enumerate(sources) if f"{q.id}.check()" in s)
        assert f"{q.reads[0]} = ..." in sources[at], f"{q.id}: the check cell starts from a placeholder"
        after = "\n".join(sources[at + 1: at + 3])
        assert q.solution_code.splitlines()[-1] not in after, f"{q.id}: its answer is printed right after"
        positions.append(at)
    assert positions == sorted(positions) and len(positions) >= 5  # about one per 15 minutes of an 85-minute lesson
    # yt1 comes before the cell that shows our coding of the reasons
    reveal = next(i for i, s in enumerate(sources) if '"category", "source_fragment"' in s)
    assert positions[0] < reveal


def test_every_try_it_in_the_lesson_is_answered():
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    for i, text in enumerate(sources):
        if "**Try it.**" in text:
            following = "\n".join(sources[i + 1: i + 4])
            assert ".check()" in following or "Answer" in following or "value_counts" in following, \
                f"cell {i}: a Try it with no answer nearby"


def test_the_guides_yt4_passing_range_is_the_judges():
    """Review round 3, m2: the range the guide quotes is computed by the judge, not guessed."""
    guide = (ROOT / "docs" / "instructor_guide.md").read_text(encoding="utf-8")
    low, high = map(float, re.search(r"about (0\.\d+) to (0\.\d+) pass", guide).groups())
    assert L.yt4.judge_values([low]).passed and L.yt4.judge_values([high]).passed
    assert not L.yt4.judge_values([low - 0.0005]).passed and not L.yt4.judge_values([high + 0.001]).passed


def test_yt2_every_wrong_category_gets_a_pointer_to_the_offenders():
    """Review round 3, m1: no generic 'Reread the options' for a codebook category."""
    for category in L.categories():
        if category != "intimidation":
            outcome = L.yt2.judge_values([category])
            assert outcome.status == INCORRECT and "Reread the options" not in outcome.message
            assert "offenders" in outcome.message


def test_q8_right_option_does_not_stand_out_by_length():
    """Review round 3, m7: the right option is no longer the only long, hedged one."""
    q8 = next(s for s in _sources("solutions/04_why_victims_under_report.ipynb") if "## Question 8" in s)
    lengths = {line[3]: len(line.split()) for line in q8.splitlines() if line.startswith("- (")}
    assert set(lengths) == {"a", "b", "c", "d"}
    assert lengths["b"] <= 1.25 * max(lengths[o] for o in "acd"), lengths


# ----- transfer (round 4): q2 and q5 ask about people and figures the lesson did not show ----------------
def test_q2_asks_about_new_fictional_people_whose_answers_no_data_file_or_lesson_holds():
    stored = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.csv"))
    lesson = "\n".join(_sources("notebooks/04_why_victims_under_report.ipynb"))
    prompt = next(s for s in _sources("solutions/04_why_victims_under_report.ipynb") if "## Question 2" in s)
    assert "fictional" in prompt.lower()
    for sid in K4.SOURCE_CODES:
        row = next(line for line in prompt.splitlines() if line.startswith(f"| {sid} |"))
        statement = row.split("|")[2].strip()
        assert statement[:40] not in stored and statement[:40] not in lesson
        assert not re.search(rf"\b{sid}\b", stored) and not re.search(rf"\b{sid}\b", lesson)
        assert "survey" not in statement.lower() and "interview" not in statement.lower()  # the channel is inferred
    # both answers occur, and the category a statement shares with the release never decides it
    assert set(K4.SOURCE_CODES.values()) == set(L.SOURCE_LABELS)
    assert L.q2.judge_values([{sid: "survey" for sid in K4.SOURCE_CODES}]).status == INCORRECT
    assert L.q2.judge_values([{sid: "police" for sid in K4.SOURCE_CODES}]).status == INCORRECT


def test_q5_city_is_not_a_lesson_scenario_and_its_truth_rises():
    """q5 cannot be answered by copying a lesson cell or a simulator scenario: none matches the city."""
    for params in darkfigure.SCENARIOS.values():
        assert not L.q5.judge_values([darkfigure.simulate(**params), "rose"]).passed
    # recorded = true x rate, so the truth's ratio is the records' ratio over the reporting rate's (#19: computed
    # here, not by a course function that would hand q5's 'rose' over)
    true_change = (1 + L.CITY_RECORDED_CHANGE) / (L.CITY_REPORT_LAST / L.CITY_REPORT_FIRST) - 1
    assert true_change > 0.05  # the records fall while the truth rises: the opposite of the headline
    fell, reporting = 1 + L.CITY_RECORDED_CHANGE, L.CITY_REPORT_LAST / L.CITY_REPORT_FIRST
    assert fell > reporting  # the records fall by less than reporting does
    prompt = next(s for s in _sources("solutions/04_why_victims_under_report.ipynb") if "## Question 5" in s)
    assert "made up" in prompt and "not statistics" in prompt


def test_yt4_setup_is_no_scenario_so_its_answer_is_not_on_a_slider():
    for params in darkfigure.SCENARIOS.values():
        assert (params["true_trend"], params["report_start"]) != (L.YT4_SETUP["true_trend"], L.YT4_SETUP["report_start"])
    # the simulator opens on the "real fall hidden" scenario: its report_trend, read off the slider, does not pass
    assert not L.yt4.judge_values([darkfigure.SCENARIOS["real fall hidden by rising reporting"]["report_trend"]]).passed
    lesson = "\n".join(_sources("notebooks/04_why_victims_under_report.ipynb"))
    assert "`true_trend=-0.02`, `report_start=0.3`" in lesson


def test_yt3_answer_is_not_stated_before_the_question():
    sources = _sources("notebooks/04_why_victims_under_report.ipynb")
    at = next(i for i, s in enumerate(sources) if "yt3.check()" in s)
    before = "\n".join(sources[at - 3: at])
    assert "only police detection grows" not in before and "SCENARIOS[\"crackdown" not in before
    after = sources[at + 1]
    assert after.startswith("<details>") and "after your turn" in after.split("</summary>")[0]


# ----- transfer (round 5): q3, q4, q6, q8 and yt5 need more than a lesson cell with new numbers ----------------
def test_round5_questions_ask_what_no_lesson_cell_computes():
    """L04 q3 (a count with police-found cases in it), yt5 (the rate an estimate assumes), q4 (a crackdown hiding a
    real fall, 18 months), q6 (malicious claims and sources the lesson's table does not list) and q8 (a helpline,
    not the police): none is a lesson cell with its numbers changed. The lesson's own computations give wrong
    answers, each named."""
    lesson = "\n".join(_sources("notebooks/04_why_victims_under_report.ipynb"))
    solutions = _sources("solutions/04_why_victims_under_report.ipynb")
    low, high = L.rate_range()
    # q3: the lesson divides the whole recorded count; here that is the named mistake
    assert "found" not in next(s for s in lesson.split("\n\n") if "recorded = 50" in s)
    assert _code(L.q3, L.PRACTICE_RECORDED / high, L.PRACTICE_RECORDED / low) == "found_counted_as_reported"
    # yt5: the lesson divides by a rate; the your-turn asks for the rate, and the lesson's kind of answer is named
    assert not L.yt5.judge_values([200 / low]).passed
    assert "1,600" in lesson and "assumed_rate = ..." in lesson
    # q4: the lesson's flat-truth run and its crackdown run (12 months, flat truth) are both wrong answers
    crackdown = darkfigure.simulate(**darkfigure.SCENARIOS["crackdown finds more, flat truth"])
    assert _code(L.q4, crackdown) == "months"
    assert _code(L.q4, darkfigure.simulate(18, **darkfigure.SCENARIOS["crackdown finds more, flat truth"])) \
        == "truth_not_falling"
    # q6 and q8: their sources are not the lesson table's rows, and the lesson's answer to q8 (distrust) is wrong here
    q6 = next(s for s in solutions if "## Question 6" in s)
    q8 = next(s for s in solutions if "## Question 8" in s)
    assert "malicious claims" in q6 and "victimisation survey" not in q6.lower() and "survey" not in q6
    assert "helpline" in q8 and _code(L.q8, "c") == "source_is_not_police"


@pytest.mark.parametrize("word, status", [("went up", "correct"), ("increased", "correct"), ("rising", "correct"),
                                          ("decreased", "incorrect"), ("stayed the same", "incorrect")])
def test_q5_reads_fair_words_for_the_three_options(word, status):
    """Review round 4 (MINOR): 'went up' is 'rose', 'decreased' is 'fell' (and named as such), not the wrong kind."""
    city = darkfigure.simulate(12, 1000, 0.006, 0.4, -0.1 / 11)
    outcome = L.q5.judge_values([city, word])
    assert outcome.status == status and (status == "correct" or outcome.misconception), outcome.message


def test_every_q1_and_yt1_verdict_reads_as_sentences():
    """A statement's verdict joins its reading and the distractor's own sentence: each part starts a sentence
    (review of round 8: '...having already paid? he compares nothing...')."""
    import re

    from netcrime.checks import lesson04

    rights = {"q1": worked.answers("04")["q1"][0], "yt1": worked.in_lesson("04")["yt1"].values[0]}
    for question in (lesson04.q1, lesson04.yt1):
        right = dict(rights[question.id])
        for key in right:
            for label in lesson04.categories():
                if label == right[key]:
                    continue
                message = question.judge_values([{**right, key: label}]).message
                assert not re.search(r"[.?!] [a-z]", message.split("\n")[0]), (question.id, key, label, message)
