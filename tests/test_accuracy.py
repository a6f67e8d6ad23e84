"""Issue #18: each corrected fact of the course, held by a test.

Scope of each provincial figure, the survey periods, the round-up gloss of
集中收网行动, the assumption flags on period starts, inclusive day counts, the
police-detection term of the dark-figure model, and the absence of internal file
names and rankings from what students see.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netcrime import darkfigure, data

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def figures():
    return data.release_figures().set_index("id")


# ----- provincial figures: their scope, and not a league table ------------------------------
PROVINCIAL_SCOPE = {
    "jiangsu_gangs_eliminated": ("Jiangsu", ["Zhongshan", "Blue Sword"]),
    "zhejiang_clues_judged": ("Zhejiang", ["research-and-judgement centre"]),
    "zhejiang_gangs_eliminated": ("Zhejiang", ["Qianchao No. 9", "Qianchao No. 10"]),
    "zhejiang_suspects_apprehended": ("Zhejiang", ["Qianchao No. 9", "Qianchao No. 10"]),
    "guangdong_gangs_eliminated": ("Guangdong", ["naked chat"]),
    "guangxi_clues": ("Guangxi", ["naked chat"]),
    "guangxi_gangs_eliminated": ("Guangxi", ["naked chat"]),
}


def test_every_provincial_row_names_its_operation(figures):
    provincial = figures[figures["scope"] != "national"]
    assert set(provincial.index) == set(PROVINCIAL_SCOPE)
    for fid, (scope, words) in PROVINCIAL_SCOPE.items():
        row = figures.loc[fid]
        assert row["scope"] == scope
        assert row["subset"] == "provincial example"
        for word in words:
            assert word in row["operation"], (fid, word)
            assert word in row["counts"] or fid.endswith("clues_judged") or fid.startswith("guangxi"), (fid, word)
        assert "not a complete" in row["note"], fid


def test_guangxi_is_called_an_autonomous_region(figures):
    for fid in ("guangxi_clues", "guangxi_gangs_eliminated"):
        assert "autonomous region" in figures.loc[fid, "note"]


def test_guangdong_checked_in_a_same_week_chinese_report(figures):
    row = figures.loc["guangdong_gangs_eliminated"]
    assert row["verified_in_chinese"] == "yes"
    assert "51个" in row["chinese_original"] and "裸聊" in row["chinese_original"]
    assert "ycwb.com" in row["chinese_source"] and "read 2026-11-29" in row["chinese_source"]


def test_other_provincial_figures_stay_unverified(figures):
    for fid in set(PROVINCIAL_SCOPE) - {"guangdong_gangs_eliminated"}:
        assert figures.loc[fid, "verified_in_chinese"] == "no"
        assert figures.loc[fid, "chinese_source"] is None or figures.loc[fid, "chinese_source"] == ""


def test_every_verified_figure_says_where_its_chinese_was_read(figures):
    for fid, row in figures[figures["verified_in_chinese"] == "yes"].iterrows():
        assert row["chinese_source"] and "read 2026-11-29" in row["chinese_source"], fid


def test_gangs_total_keeps_its_full_chinese_qualifier(figures):
    row = figures.loc["gangs_eliminated"]
    assert "利用信息网络实施黑恶势力犯罪团伙1759个" in row["chinese_original"]
    assert "…" not in row["chinese_original"]
    assert "not a court finding" in row["note"] and "恶势力犯罪团伙" in row["note"]


# ----- periods: assumed starts, ends at the press conference, inclusive days ----------------
def test_every_period_start_is_flagged_as_an_assumption(figures):
    # 截至目前 ('up to now') gives no start, and operations 'deployed in' a month give no day.
    assert (figures["period_start_assumed"] == "yes").all()


def test_operations_may_accrue_results_until_the_press_conference(figures):
    for subset in ("July operation", "November operation"):
        rows = figures[figures["subset"] == subset]
        assert len(rows) >= 3
        assert (rows["period_end"] == pd.Timestamp("2020-12-24")).all(), subset
        assert rows["note"].str.contains("assumption").all(), subset


def test_day_counts_are_inclusive(figures):
    row = figures.loc["gangs_eliminated"]
    assert (row["period_end"] - row["period_start"]).days + 1 == 420
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert "420 days" in readme


# ----- the round-up, glossed and taught ------------------------------------------------------
def test_shouwang_is_glossed_as_a_round_up():
    glossary = data.glossary().set_index("chinese")
    row = glossary.loc["集中收网行动"]
    assert "round-up" in row["clearer_en"]
    assert "network collection" in row["term_en"]
    assert "closing the net" in row["explanation"]
    assert "串并" in glossary.index and "linking" in glossary.loc["串并", "clearer_en"]


def test_no_network_collection_left_in_data_outside_the_gloss(figures):
    milestones = data.milestones().set_index("id")
    assert "round-up" in milestones.loc["november_operation", "event"]
    assert "network collection" not in milestones.loc["november_operation", "event"]
    for fid, row in figures[figures["subset"] == "November operation"].iterrows():
        assert "network collection" not in row["counts"], fid
        assert "集中收网行动" in row["operation"], fid


def test_recorded_cases_are_not_said_to_need_a_victim_report():
    glossary = data.glossary().set_index("chinese")
    assert "police found" in glossary.loc["发案数", "explanation"]
    milestones = data.milestones().set_index("id")
    assert "recorded" in milestones.loc["sextortion_decline_starts", "event"].lower()


# ----- survey rows: reference period apart from publication -----------------------------------
def test_every_survey_row_has_its_reference_period_or_says_it_is_not_stated():
    rates = data.victim_reporting_rates().set_index("id")
    assert "year" not in rates.columns
    for sid, row in rates.iterrows():
        if pd.isna(row["period_start"]):
            assert pd.isna(row["period_end"]) and "not stated" in row["note"], sid
        else:
            assert row["period_start"] <= row["period_end"], sid


def test_survey_periods_are_not_their_publication_years():
    rates = data.victim_reporting_rates().set_index("id")
    bjs = rates.loc["S07"]
    assert (bjs["period_start"], bjs["period_end"]) == (pd.Timestamp("2006-01-01"), pd.Timestamp("2010-12-31"))
    for sid in ("S09", "S10"):
        assert rates.loc[sid, "period_end"] == pd.Timestamp("2024-09-30")
        assert rates.loc[sid, "published"] == "2025-04"
    assert rates.loc["S08", "period_start"] == pd.Timestamp("2018-04-01")
    assert rates.loc["S11", "published"] == "2016"


def test_unread_secondary_rows_are_gone():
    rates = data.victim_reporting_rates()
    assert not rates["source_title"].str.contains("title pattern").any()
    assert not rates["note"].fillna("").str.contains("title pattern").any()


# ----- no internal file names in anything a student sees ---------------------------------------
STUDENT_FILES = (sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb"))
                 + sorted((ROOT / "data").glob("*.csv")) + [ROOT / "data" / "README.md"]
                 + sorted((ROOT / "src" / "netcrime" / "checks").glob("lesson0*.py")))


@pytest.mark.parametrize("path", STUDENT_FILES, ids=lambda p: p.name)
def test_student_facing_text_names_no_internal_files(path):
    text = path.read_text(encoding="utf-8")
    assert "domain_notes" not in text and "domain notes" not in text.lower(), path


# ----- no ranking of the provincial examples ----------------------------------------------------
def _specs(nb_path):
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            for mime, spec in out.get("data", {}).items():
                if mime.startswith("application/vnd.vegalite"):
                    yield spec


@pytest.mark.parametrize("name", ["00_start_here.ipynb", "02_charting_the_campaign.ipynb"])
def test_no_chart_ranks_the_provincial_examples(name):
    for spec in _specs(ROOT / "notebooks" / name):
        text = json.dumps(spec, ensure_ascii=False)
        if "Guangxi" not in text:
            continue
        for channel in ("x", "y"):
            enc = spec.get("encoding", {}).get(channel, {})
            assert enc.get("sort") not in ("-x", "x", "-y", "y", "ascending", "descending"), (name, enc)


# ----- the dark-figure model with police detection --------------------------------------------
shares = st.floats(min_value=0, max_value=1)
with_detection = st.fixed_dictionaries({
    "months": st.integers(1, 60),
    "true_start": st.floats(0, 1e6),
    "true_trend": st.floats(-0.5, 0.5),
    "report_start": shares,
    "report_trend": st.floats(-1, 1),
    "recording_rate": shares,
    "detection_rate": shares,
    "detection_trend": st.floats(-1, 1),
})


@settings(max_examples=200, deadline=None)
@given(with_detection)
def test_police_detection_adds_cases_but_never_beyond_the_truth(p):
    frame = darkfigure.simulate(**p)
    via_reports = frame["reported"] * p["recording_rate"]
    assert (frame["recorded"] >= via_reports * (1 - 1e-12) - 1e-9).all()
    assert (frame["recorded"] <= frame["true"] * (1 + 1e-12) + 1e-9).all()
    assert (frame["found_by_police"] >= 0).all()
    assert frame["detection_rate"].between(0, 1).all()


@settings(max_examples=100, deadline=None)
@given(with_detection, st.floats(0, 0.5))
def test_more_police_detection_never_lowers_recorded_counts(p, extra):
    more = dict(p, detection_rate=min(1.0, p["detection_rate"] + extra))
    lower, higher = darkfigure.simulate(**p), darkfigure.simulate(**more)
    assert (higher["recorded"] >= lower["recorded"] * (1 - 1e-12) - 1e-9).all()


@settings(max_examples=100, deadline=None)
@given(st.floats(1, 1e6), st.floats(0.01, 1), st.floats(0.01, 1), st.floats(0.01, 1), shares)
def test_implied_range_inverts_the_model_with_detection(true, rate_a, rate_b, recording, detection):
    low_rate, high_rate = sorted((rate_a, rate_b))
    via_reports = true * high_rate * recording
    recorded = via_reports + (true - via_reports) * detection
    fewest, _ = darkfigure.implied_true_range(recorded, low_rate, high_rate, recording, detection)
    assert fewest == pytest.approx(true, rel=1e-9)


def test_a_crackdown_raises_recorded_counts_with_no_change_in_crime():
    frame = darkfigure.simulate(**darkfigure.SCENARIOS["crackdown finds more, flat truth"])
    assert frame["true"].nunique() == 1 and frame["reporting_rate"].nunique() == 1
    assert frame["recorded"].is_monotonic_increasing
    assert frame["recorded"].iloc[-1] > 1.5 * frame["recorded"].iloc[0]
    assert "rose" in darkfigure.summary(frame) and "stayed about the same" in darkfigure.summary(frame)


def test_simulator_widget_has_police_detection_sliders():
    from netcrime.widgets.simulator import simulator
    sim = simulator(scenario="crackdown finds more, flat truth")
    assert sim.detection_trend.value == pytest.approx(2.0)  # shown in percentage points
    assert sim.parameters()["detection_trend"] == pytest.approx(0.02)
    assert "rose" in sim.summary_text
    sim.choose("everything steady")
    assert sim.detection_rate.value == 0 and sim.detection_trend.value == 0


# ----- the opt-out alternative to exercise 03's question 2 ---------------------------------------
def test_opt_out_alternative_has_no_sextortion_and_counts_once():
    from netcrime.checks import alternatives, lesson03
    texts = lesson03.held_out_without_sextortion()
    labels = {text: label for _, text, label in lesson03._held_out_cases()}
    assert len(texts) == 12 and all(labels[t] != "sextortion" for t in texts)
    assert lesson03.q2alt.alternative_to == "q2" and lesson03.q2alt.points == lesson03.q2.points
    rows = [{"id": "q2", "max": 2.0, "points": 0.0, "message": "not attempted"},
            {"id": "q2alt", "max": 2.0, "points": 2.0, "message": "right"},
            {"id": "q3", "max": 1.0, "points": 1.0, "message": "right"}]
    alternatives.merge(rows, lesson03.QUESTIONS)
    assert sum(r["max"] for r in rows) == 3.0 and sum(r["points"] for r in rows) == 3.0
    assert rows[0]["message"].startswith("(Not counted: q2alt")


def test_alternative_merge_works_on_the_graders_rows():
    from netcrime.checks import alternatives, lesson03
    from netcrime.grading.records import QuestionRow
    rows = [QuestionRow(id="q2", max=2.0, points=2.0, status="correct", message="ok"),
            QuestionRow(id="q2alt", max=2.0, points=0.0, status="not attempted", message="-")]
    alternatives.merge(rows, lesson03.QUESTIONS)
    assert [(r.id, r.max, r.points) for r in rows] == [("q2", 2.0, 2.0), ("q2alt", 0.0, 0.0)]
    assert "q2 is the alternative that counts" in rows[1].message
