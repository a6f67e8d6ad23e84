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

from example_counts import examples

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


def test_jiangsu_checked_in_the_legal_daily_report(figures):
    row = figures.loc["jiangsu_gangs_eliminated"]
    assert row["verified_in_chinese"] == "yes"
    assert "57个" in row["chinese_original"] and "钟山" in row["chinese_original"]
    assert "qidulawyer.com/archives/259" in row["chinese_source"] and "法制日报" in row["chinese_source"]


def test_other_provincial_figures_stay_unverified(figures):
    for fid in set(PROVINCIAL_SCOPE) - {"guangdong_gangs_eliminated", "jiangsu_gangs_eliminated"}:
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


@settings(max_examples=examples(200), deadline=None)
@given(with_detection)
def test_police_detection_adds_cases_but_never_beyond_the_truth(p):
    frame = darkfigure.simulate(**p)
    via_reports = frame["reported"] * p["recording_rate"]
    assert (frame["recorded"] >= via_reports * (1 - 1e-12) - 1e-9).all()
    assert (frame["recorded"] <= frame["true"] * (1 + 1e-12) + 1e-9).all()
    assert (frame["found_by_police"] >= 0).all()
    assert frame["detection_rate"].between(0, 1).all()


@settings(max_examples=examples(100), deadline=None)
@given(with_detection, st.floats(0, 0.5))
def test_more_police_detection_never_lowers_recorded_counts(p, extra):
    more = dict(p, detection_rate=min(1.0, p["detection_rate"] + extra))
    lower, higher = darkfigure.simulate(**p), darkfigure.simulate(**more)
    assert (higher["recorded"] >= lower["recorded"] * (1 - 1e-12) - 1e-9).all()


@settings(max_examples=examples(100), deadline=None)
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
    from netcrime.checks.flipped_cases import FLIPS
    probed = lesson03.held_out_without_sextortion()
    cases, _ = lesson03.q2_cases()
    accepted = dict(zip(cases["text"], cases["accepted"]))
    texts = [t for t in probed if t in accepted]  # the held-out cases; then the edited cases (round 14)
    flips = {f.text: f for f in FLIPS}
    assert 0 < len(texts) < len(cases) and all(t in accepted or t in flips for t in probed)
    assert all("sextortion" not in accepted[t] for t in texts)
    assert all(flips[t].becomes != "sextortion" for t in probed if t in flips)
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


# ----- independent accuracy review (notes/review_accuracy.md): one test per corrected fact -----
def _markdown(nb_path):
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def _code_text(nb_path):
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")


GUIDE = ROOT / "docs" / "instructor_guide.md"
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def test_guide_session_count_matches_its_numbered_list():
    import re
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(r"\*\*(\w+) 90-minute sessions\*\*[^\n]*\n((?:  .*\n)+)", text)
    assert match, "the 90-minute schedule is missing"
    announced = NUMBER_WORDS[match.group(1).lower()]
    listed = re.findall(r"(\d+)\. lesson", match.group(2))
    assert announced == len(listed) == max(int(n) for n in listed)


def test_guide_totals_add_up_and_the_hours_agree():
    import re
    text = GUIDE.read_text(encoding="utf-8")
    rows = re.findall(r"^\| 0\d [^|]+\| (\d+) min \| ([^|]*)\|([^|]*)\|", text, flags=re.M)
    lesson = sum(int(r[0]) for r in rows)
    exercises = sum(int(re.match(r"\s*(\d+)", r[1]).group(1)) for r in rows if re.match(r"\s*\d", r[1]))
    discussion = sum(int(re.search(r"(\d+) min", r[2]).group(1)) for r in rows if "min" in r[2])
    total = re.search(r"\*\*Total\*\* \| \*\*(\d+) min\*\* \| \*\*(\d+) min\*\* \| \*\*(\d+) min\*\*", text)
    assert (lesson, exercises, discussion) == tuple(int(g) for g in total.groups())
    assert f"In all: {lesson + exercises + discussion} minutes" in text
    halves = round((lesson + exercises + discussion) / 60 * 2)  # the hours the text states, to the half hour
    hours = f"{halves // 2}½" if halves % 2 else f"{halves // 2}"
    assert f"about {hours} hours of student time: about {round(lesson / 60)} hours in class" in text
    assert f"about {round(exercises / 60)} hours of exercises" in text.replace("\n", " ")
    assert "6¼" not in text and "ten hours" not in text


def test_guide_and_lesson_03_do_not_call_eshili_evil_forces():
    assert "恶势力 \"evil force\"" not in GUIDE.read_text(encoding="utf-8")
    assert "vicious-force group" in GUIDE.read_text(encoding="utf-8")
    assert "(\"evil forces\", vicious organisations)" not in _markdown(ROOT / "notebooks" / "03_classifying_crime_types.ipynb")


def test_lesson_01_months_match_the_assumed_period(figures):
    row = figures.loc["gangs_eliminated"]
    months = round(((row["period_end"] - row["period_start"]).days + 1) / 30.44)
    words = {13: "thirteen", 14: "fourteen"}
    text = _markdown(ROOT / "notebooks" / "01_reading_the_release.ipynb")
    assert f"about {words[months]} months" in text
    assert all(f"about {w} months" not in text for m, w in words.items() if m != months)


def test_lesson_01_says_the_translation_garbles_the_qualifier():
    text = _markdown(ROOT / "notebooks" / "01_reading_the_release.ipynb")
    assert "drops that qualifier" not in text and "garbles that qualifier" in text
    seed = "\n".join(p.read_text(encoding="utf-8") for p in Path("/work/shared/seed").glob("*")
                     if p.is_file()) if Path("/work/shared/seed").is_dir() else ""
    if seed:  # the quoted garble must be the translation's own words
        assert "carry out criminal forces" in seed


def test_lesson_01_cites_campbell_and_the_uksa_decision():
    text = _markdown(ROOT / "notebooks" / "01_reading_the_release.ipynb")
    assert "*Evaluation and Program Planning* 2(1), 1979" in text
    assert "UK Statistics Authority\nassessment report, 15 January 2014" in text


def test_lesson_00_q1_does_not_state_the_campaign_start_as_fact():
    from netcrime.checks import lesson00
    assert "截至目前" in lesson00.q1.explanation and "no start" in lesson00.q1.explanation
    assert "whole campaign (November 2019" not in lesson00.q1.explanation


def test_lesson_04_q3_range_is_not_called_a_bound():
    from netcrime.checks import lesson04 as L
    low_rate, high_rate = L.rate_range()
    outcome = L.q3.judge_values([L.PRACTICE_REPORTED / high_rate, L.PRACTICE_REPORTED / low_rate])  # reported / rate
    assert outcome.passed
    assert "not a bound" in outcome.message and "every count" not in outcome.message


def test_lesson_02_index_bar_does_not_date_the_count():
    for path in (ROOT / "notebooks" / "02_charting_the_campaign.ipynb", ROOT / "solutions" / "02_charting_the_campaign.ipynb"):
        code, text = _code_text(path), _markdown(path)
        assert "\"December 2020\"" not in code and "in December 2020" not in code, path
        assert "In December 2020" not in text, path
        assert "reported 24 Dec 2020" in code, path


def test_lesson_02_map_and_grid_wording():
    path = ROOT / "notebooks" / "02_charting_the_campaign.ipynb"
    assert "27 of the 31" in _markdown(path) and "about thirty" not in _markdown(path)
    code = _code_text(path)
    assert "Figures the ministry cited for four regions" in code and "What each province reported" not in code
    regions = data.release_figures()
    assert regions[regions["subset"] == "provincial example"]["scope"].nunique() == 4  # 31 - 4 = 27 blank


def test_opinions_dates_verified_in_a_stored_copy():
    row = data.milestones().set_index("id").loc["opinions_in_force"]
    assert row["date"] == pd.Timestamp("2019-10-21") and row["date_precision"] == "day"
    assert "unverified" not in row["note"] and "verified" in row["note"]
    assert "2019年7月23日" in row["source"] and "eymsdqe.cn" in row["source"] and "read 2026-11-29" in row["source"]
    assert "自2019年10月21日起施行" in row["note"]


def test_bjs_2006_2010_row_is_verified_and_sourced():
    row = data.victim_reporting_rates().set_index("id").loc["S07"]
    assert row["confidence"] == "sure" and row["published"] == "2012-08"
    assert row["share_reported"] == pytest.approx(1 - 0.52)
    assert "bjs.ojp.gov" in row["note"] and "NCJ 238536" in row["note"] and "unverified" not in row["note"]
    lesson = _markdown(ROOT / "notebooks" / "04_why_victims_under_report.ipynb")
    assert "its share is not verified" not in lesson


def test_sure_is_said_to_cover_the_share_only():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert '"Sure" is about the share\nonly' in readme
    rates = data.victim_reporting_rates()
    approximate = rates[rates["note"].fillna("").str.contains("period approximate")]
    assert len(approximate) >= 2 and (approximate["confidence"] == "sure").all()


def test_lesson_04_sextortion_wording_and_police_advice_are_sourced():
    lesson = "\n".join("".join(c["source"]) for c in json.loads(
        (ROOT / "notebooks" / "04_why_victims_under_report.ipynb").read_text(encoding="utf-8"))["cells"])
    assert "lures a man" not in lesson and "lures a victim" in lesson and "women are victims too" in lesson
    assert "Zhengzhou police" in lesson and "3 October 2023" in lesson


def test_some_sextortion_vignettes_are_not_about_men():
    import re
    vignettes = data.case_vignettes()
    sextortion = vignettes[(vignettes["primary_type"] == "sextortion") | (vignettes["secondary_type"] == "sextortion")]
    male = sextortion["text"].str.contains(r"\b(?:Mr|he|him|his)\b", flags=re.I)
    assert (~male).sum() >= 2, "every sextortion vignette is about a man"


def test_lesson_03_help_line_reaches_students_outside_china():
    lesson = "\n".join("".join(c["source"]) for c in json.loads(
        (ROOT / "notebooks" / "03_classifying_crime_types.ipynb").read_text(encoding="utf-8"))["cells"][:1])
    assert "Outside mainland China, use your local emergency number" in lesson
    assert "Jinan\nJournal" in _markdown(ROOT / "notebooks" / "03_classifying_crime_types.ipynb")


def test_a_list_of_targets_is_a_plan_in_both_tables(figures):
    assert figures.loc["crime_types_targeted", "kind"] == "plan"
    releases = data.releases().set_index("id")
    assert releases.loc["r2020_crime_types", "kind"] == "plan"


SHARED_2020 = {"r2020_gangs": "gangs_eliminated", "r2020_suspects": "suspects_apprehended",
               "r2020_cases": "cases_solved", "r2020_crime_types": "crime_types_targeted"}


def test_releases_and_release_figures_agree_on_shared_facts(figures):
    releases = data.releases().set_index("id")
    for rid, fid in SHARED_2020.items():
        a, b = releases.loc[rid], figures.loc[fid]
        assert a["value"] == b["value"], rid
        assert a["kind"] == b["kind"], rid
        assert a["period_start"] == b["period_start"] and a["period_end"] == b["period_end"], rid
        assert a["precision"] == b["precision"], rid


def test_trap_loan_decline_notes_its_precampaign_start(figures):
    row = figures.loc["trap_loan_institutions_decline"]
    assert row["period_start"] < figures.loc["gangs_eliminated", "period_start"]
    assert "before the campaign" in row["note"]


# ----- lesson 05 (accuracy review findings 1-4, 16, 18b, 21, 23) --------------------------------
LESSON05 = ROOT / "notebooks" / "05_reading_across_releases.ipynb"


def test_capstone_ids_are_not_used_in_the_lesson():
    from netcrime.checks import lesson05
    from netcrime.instructor import lesson05_key
    code, text = _code_text(LESSON05), _markdown(LESSON05)
    for key in lesson05.CAPSTONE_FIGURES:
        printed = lesson05_key.printed(key)[2]
        assert printed not in code and printed not in text, printed
    assert "no lesson discusses" not in text.lower()
    solutions = _markdown(ROOT / "solutions" / "05_reading_across_releases.ipynb")
    assert "no lesson discusses" not in solutions.lower()


@pytest.mark.parametrize("answer", [
    {"start": "2023-01-01", "end": "2023-12-31", "basis": "implied"},
    {"start": "2022-09-01", "end": "2023-12-31", "basis": "implied"},
    {"start": "2022-09", "end": "2024-01-17", "basis": "implied"},
])
def test_q11_accepts_both_period_readings_when_called_implied(answer):
    from netcrime.checks import lesson05
    outcome = lesson05.q11.judge_values([answer])
    assert outcome.passed, outcome
    assert "assumption" in outcome.message


def test_q11_still_rejects_since_for_a_sentence_without_yilai():
    from netcrime.checks import lesson05
    outcome = lesson05.q11.judge_values([{"start": "2022-09-01", "end": "2023-12-31", "basis": "since"}])
    assert not outcome.passed and outcome.misconception == "since_without_yilai"
    from netcrime.checks import capstone
    assert "also a possible reading" in capstone.__doc__ + "\n".join(open(capstone.__file__, encoding="utf-8"))


def test_special_struggle_totals_are_not_the_ministrys_own():
    releases = data.releases().set_index("id")
    for rid in ("s2020_mafia", "s2020_vicious"):
        assert releases.loc[rid, "issuer"].startswith("National Anti-gang Office"), rid
        assert releases.loc[rid, "issuer"] != releases.loc["r2021_mafia", "issuer"]
    assert "pc.yun.jxntv.cn/p/413532.html" in releases.loc["s2020_mafia", "note"]
    assert "unverified" in releases.loc["s2020_mafia", "note"]
    from netcrime import releases as rel
    assert "issuer" in {m.dimension for m in rel.mismatches("s2020_mafia", "r2021_mafia")}
    assert "Same unit, same issuer" not in _markdown(LESSON05)


def test_p2p_rival_is_not_weighed_strong():
    code = _code_text(LESSON05)
    assert "strong: same period, same channel" not in code and "plausible, unmeasured" in code
    from netcrime.checks import lesson05
    assert "different channel" in lesson05.q8.explanation


def test_lesson05_wording_fixes():
    text = _markdown(LESSON05)
    assert "course's notes" not in text and "not found** in any stored copy" not in text
    assert "three yearly" not in text and "two yearly mafia-type counts" in text
    assert "again in 2022, 2023" not in text and "published from 2022 (one of them\nundated) to 2025" in text


def test_releases_note_the_further_copies_release_figures_lists(figures):
    releases = data.releases().set_index("id")
    for rid, fid in SHARED_2020.items():
        copies = figures.loc[fid, "chinese_source"].count("read 2026-11-29")
        row = releases.loc[rid]
        if copies >= 2 and row["verified"] != "yes":
            assert "further same-week copies" in row["note"], rid
