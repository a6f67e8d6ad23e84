"""Review round 14 (issue #19), lessons 02-04: the last generic verdicts as classes, each a declared misconception
with its own test. Each test builds its own case."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson02 as L2
from netcrime.checks import lesson04 as L4


# ----- generic verdicts for plausible wrong answers ------------------------------------------------------------
@pytest.mark.parametrize("days", [365, 366])
def test_02_yt4_a_year_of_days_is_named_as_the_years_alone(days):
    outcome = L2.yt4.judge_values([days])
    assert outcome.misconception == "year_numbers_only" and f"You gave {days}" in outcome.message


def test_02_yt4_the_right_gap_still_passes():
    assert L2.yt4.judge_values([430]).passed


def test_04_q3_the_recorded_count_added_on_top_is_named_at_either_end():
    low_rate, high_rate = L4.rate_range()
    right = (L4.PRACTICE_REPORTED / high_rate, L4.PRACTICE_REPORTED / low_rate)
    added = tuple(end + L4.PRACTICE_RECORDED for end in right)
    for pair in (added, (added[0], right[1]), (right[0], added[1])):
        outcome = L4.q3.judge_values(list(pair))
        assert outcome.misconception == "recorded_added_on_top" and "counts them twice" in outcome.message
    assert L4.q3.judge_values(list(right)).passed


def test_04_yt5_the_round_13_holdouts_0_2_is_named():
    from netcrime.checks.outcome import GENERIC_CODES

    outcome = L4.yt5.judge_values([0.2])  # this branch: the count it implies; after fix14a, a keystroke reading first
    assert not outcome.passed and outcome.misconception and outcome.misconception not in GENERIC_CODES


@pytest.mark.parametrize("rate, direction, implied", [(0.3, "high", "667"), (0.05, "low", "4,000"),
                                                      (1, "high", "200")])
def test_04_yt5_a_share_no_slip_explains_is_given_back_as_the_count_it_implies(rate, direction, implied):
    outcome = L4.yt5.judge_values([rate])
    assert outcome.misconception == "rate_gives_another_estimate"
    assert f"You gave {rate:g}" in outcome.message and f"= {implied} incidents" in outcome.message
    assert f"too {direction}" in outcome.message


def test_04_yt5_either_borrowed_rate_is_named_as_borrowed():
    for rate in L4.rate_range():
        assert L4.yt5.judge_values([rate]).misconception == "borrowed_rate"
    assert L4.yt5.judge_values([0.125]).passed


# ----- 03 yt5 probed as a stranger: the counts a student computes on the way are said ------------------------
@pytest.mark.parametrize("value, code", [(0, "nothing_moved"), (17, "total_before"), (14, "lesson_rule_total"),
                                         (19, "any_label_count"), (11, "every_case_moved"), (16, "total_not_fall"),
                                         (0.235, "fall_as_share"), (23.5, "fall_as_share")])
def test_03_yt5_the_counts_on_the_way_are_named(value, code):
    from netcrime.checks import lesson03 as L3
    outcome = L3.yt5.judge_values([value])
    assert not outcome.passed and outcome.misconception == code, outcome.message
    assert code in L3.yt5.misconceptions


def test_03_yt5_fair_forms_of_the_fall_still_pass():
    import numpy as np
    from netcrime.checks import lesson03 as L3
    for value in (4, 4.0, np.int64(4)):
        assert L3.yt5.judge_values([value]).passed


# ----- 03 q2: a fuzzy (nearest-text) lookup is caught in a student's copy, a fair rule-based classifier is not ------
def _nearest_text_classifiers():
    """Lookups that answer with the label of the stored case nearest in wording, three ways a student would write one."""
    import collections
    import difflib
    import math
    import re

    from netcrime import data

    cases = data.case_vignettes()
    texts, labels = cases["text"].tolist(), cases["primary_type"].tolist()

    def words(text):
        return re.findall(r"[a-z0-9]+", text.lower())

    seen = [set(words(t)) for t in texts]
    frequency = collections.Counter(w for s in seen for w in s)

    def weights(text):
        counts = collections.Counter(words(text))
        return {w: n * math.log((len(texts) + 1) / (frequency.get(w, 0) + 1)) for w, n in counts.items()}

    stored = [weights(t) for t in texts]

    def cosine(a, b):
        dot = sum(v * b.get(w, 0) for w, v in a.items())
        return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())) or 1)

    def shared_words(text):
        mine = set(words(text))
        return labels[max(range(len(texts)), key=lambda i: len(mine & seen[i]) / len(mine | seen[i]))]

    def tf_idf(text):
        mine = weights(text)
        return labels[max(range(len(texts)), key=lambda i: cosine(mine, stored[i]))]

    test = cases["split"] == "test"
    split_texts, split_labels = cases.loc[test, "text"].tolist(), cases.loc[test, "primary_type"].tolist()

    def close_matches(text):  # difflib's own helper, with its default cut-off and a default type below it; over the
        # test split only, as the whole set takes difflib about 5 s for q2's texts and may meet the probe's budget
        found = difflib.get_close_matches(text, split_texts, n=1)
        return split_labels[split_texts.index(found[0])] if found else "paid_trolls"

    def split_only(text):  # the split the question is measured on, and nothing else
        mine = set(words(text))
        return split_labels[max(range(len(split_texts)),
                                key=lambda i: len(mine & set(words(split_texts[i]))) / len(mine | set(words(split_texts[i]))))]

    return {"shared_words": shared_words, "tf_idf": tf_idf, "close_matches": close_matches, "split_only": split_only}


@pytest.fixture()
def student_build(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "netcrime.instructor.lesson03_held_out", None)  # as if left out


@pytest.mark.parametrize("kind", ["shared_words", "tf_idf", "split_only",
                                  pytest.param("close_matches", marks=pytest.mark.slow)])  # difflib: 1.5 s
def test_03_q2_a_nearest_text_lookup_is_caught_in_a_student_build(student_build, kind):
    from netcrime.checks import lesson03 as L3
    from test_round13b import _judged

    lookup = _nearest_text_classifiers()[kind]
    for question in (L3.q2, L3.q2alt):
        outcome = _judged(question, lookup)
        assert outcome.misconception == "nearest_text_lookup", outcome.message
        assert "kept the old case's type" in outcome.message


def _solution_rules():
    """The worked solution's (type, pattern) list, read from its cell in solutions/03."""
    import ast

    from test_lesson03 import _notebook_cell

    cell = _notebook_cell("solutions/03_classifying_crime_types.ipynb", "def classify_text(text):")
    listed = next(node.value for node in ast.walk(ast.parse(cell))
                  if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "rules")
    return ast.literal_eval(listed)


def _solution_rules_in(order):
    import re

    rules = [_solution_rules()[i] for i in order]

    def classify_text(text):
        return next((code for code, pattern in rules if re.search(pattern, text, flags=re.IGNORECASE)), "paid_trolls")
    return classify_text


def test_03_q2_rule_based_classifiers_keep_the_old_type_on_few_flips():
    """The flips are fair: classifiers that read the case, in any rule order, change their label on most of them."""
    import pandas as pd

    from netcrime import classify, data
    from netcrime.checks.flipped_cases import FLIPS, FOLLOWS_SHARE
    from test_lesson03 import worked_solution

    old = dict(zip(data.case_vignettes()["id"], data.case_vignettes()["primary_type"]))
    n = len(_solution_rules())
    fair = [worked_solution(), lambda t: classify.apply_rules(pd.Series([t]), classify.LESSON_RULES).iloc[0],
            _solution_rules_in(range(n - 1, -1, -1)), _solution_rules_in([*range(1, n), 0]),
            _solution_rules_in([0, 1, 5, 2, 3, 4, 6])]  # harassment read before the loan's figures
    for classify_text in fair:
        kept = sum(classify_text(f.text) == old[f.source] for f in FLIPS)
        assert kept < FOLLOWS_SHARE * len(FLIPS) - 2, kept  # at least three flips below the mark
    assert sum(worked_solution()(f.text) == f.becomes for f in FLIPS) >= len(FLIPS) // 2


def test_03_q2_each_flip_is_nearest_to_the_case_it_came_from():
    from netcrime import data
    from netcrime.checks.flipped_cases import FLIPS

    cases = data.case_vignettes()
    label_of = dict(zip(cases["id"], cases["primary_type"]))
    for kind, lookup in _nearest_text_classifiers().items():
        if kind in ("close_matches", "split_only"):
            continue  # a cut-off, or another split's case nearest, on a few flips: the mark allows for it
        assert all(lookup(f.text) == label_of[f.source] for f in FLIPS), kind
    assert all(label_of[f.source] != f.becomes for f in FLIPS)


def test_03_q2_the_worked_solution_is_not_called_a_lookup_with_flips_probed(student_build):
    from netcrime.checks import lesson03 as L3
    from test_lesson03 import worked_solution
    from test_round13b import _judged

    assert _judged(L3.q2, worked_solution()).passed


# ----- 04 q9: the dark figure of a new county, with the model (objective o3) --------------------------------------
def _county_dark_figure():
    from netcrime import darkfigure

    month = darkfigure.simulate(months=1, true_start=1000, report_start=L4.COUNTY_REPORTING,
                                recording_rate=L4.COUNTY_RECORDING, detection_rate=L4.COUNTY_DETECTION)
    share = float(month["recorded"].iloc[0]) / 1000
    return L4.COUNTY_RECORDED / share - L4.COUNTY_RECORDED, share


def test_04_q9_the_dark_figure_the_model_implies_passes_rounded_as_students_round():
    dark, _ = _county_dark_figure()
    for value in (dark, round(dark), float(round(dark))):
        assert L4.q9.judge_values([value]).passed


@pytest.mark.parametrize("slip, code", [
    (lambda dark, share: L4.COUNTY_RECORDED / share, "true_not_dark"),
    (lambda dark, share: L4.COUNTY_RECORDED, "recorded_as_dark"),
    (lambda dark, share: L4.COUNTY_RECORDED * (1 - share), "recorded_taken_as_true"),
    (lambda dark, share: L4.COUNTY_RECORDED / L4.COUNTY_REPORTING - L4.COUNTY_RECORDED, "reporting_rate_only"),
    (lambda dark, share: L4.COUNTY_RECORDED / (L4.COUNTY_REPORTING * L4.COUNTY_RECORDING) - L4.COUNTY_RECORDED,
     "police_finds_left_out"),
    (lambda dark, share: 1 - share, "dark_share_not_count"),
    (lambda dark, share: share, "recorded_share_not_count"),
    (lambda dark, share: (1 - L4.COUNTY_REPORTING) * L4.COUNTY_RECORDED / share, "unreported_not_dark"),
    (lambda dark, share: L4.COUNTY_RECORDED / share * (1 - L4.COUNTY_REPORTING * L4.COUNTY_RECORDING),
     "found_cases_left_dark"),  # 1,600: the police's finds left in the dark (was a coincidental figure sum)
    (lambda dark, share: 3 * dark, "dark_figure_gives_another_count"),
])
def test_04_q9_each_shortcut_is_named(slip, code):
    dark, share = _county_dark_figure()
    outcome = L4.q9.judge_values([slip(dark, share)])
    assert not outcome.passed and outcome.misconception == code, outcome.message
    assert code in L4.q9.misconceptions


def test_04_q9_assesses_objective_o3_with_the_model():
    from netcrime.checks.objectives import ASSESSES

    assert ASSESSES["04"]["q9"] == "o3"


@pytest.mark.parametrize("low_factor, high_factor, name, direction", [(0.78, 1, "true_low", "too low"),
                                                                      (1.22, 1, "true_low", "too high"),
                                                                      (1, 0.93, "true_high", "too low")])
def test_04_q3_an_end_no_slip_explains_is_given_back_as_the_reports_it_implies(low_factor, high_factor, name,
                                                                               direction):
    low_rate, high_rate = L4.rate_range()
    low, high = L4.PRACTICE_REPORTED / high_rate * low_factor, L4.PRACTICE_REPORTED / low_rate * high_factor
    outcome = L4.q3.judge_values([round(low), round(high)])
    assert outcome.misconception == "end_gives_other_reports", outcome.message
    assert outcome.message.startswith(f"{name}: you gave") and direction in outcome.message
    assert "course's cases" not in outcome.message


@pytest.mark.parametrize("value", [8, 10, 20])
def test_03_yt5_a_fall_no_count_explains_is_read_back_as_the_total_it_leaves(value):
    from netcrime.checks import lesson03 as L3

    outcome = L3.yt5.judge_values([value])
    assert outcome.misconception == "fall_leaves_another_total" and f"You gave {value}" in outcome.message


def test_04_yt5_a_number_above_one_no_slip_explains_is_named_not_a_share():
    outcome = L4.yt5.judge_values([1440])
    assert outcome.misconception == "rate_not_a_share" and "between 0 and 1" in outcome.message


def test_04_q4_a_table_with_empty_cells_is_named():
    from netcrime import darkfigure

    run = darkfigure.simulate(months=18, true_trend=-0.01, report_start=0.3, detection_rate=0.02,
                              detection_trend=0.02)
    run.loc[3, "recorded"] = float("nan")
    outcome = L4.q4.judge_values([run])
    assert outcome.misconception == L4.MISSING_VALUES and L4.MISSING_VALUES in L4.q4.misconceptions


@pytest.mark.parametrize("days, direction, reached", [(600, "too high", "12 June 2021"),
                                                      (200, "too low", "8 May 2020")])
def test_02_yt4_a_count_no_slip_explains_is_read_as_the_date_it_reaches(days, direction, reached):
    outcome = L2.yt4.judge_values([days])
    assert outcome.misconception == "days_reach_another_date"
    assert f"You gave {days}" in outcome.message and reached in outcome.message and direction in outcome.message


def test_03_a_share_no_whole_count_gives_is_named_without_handing_over_the_answer():
    from named_sets import right_values
    from netcrime.checks import lesson03 as L3

    outcome = L3.q3.judge_values([0.6])
    assert outcome.misconception == "share_of_no_whole_count" and "21.6" in outcome.message
    assert "12/36" not in outcome.message and "0.333" not in outcome.message
    rules = right_values("03")["yt3"][1:]
    near = L3.yt3.judge_values([0.62, *rules])
    assert near.misconception == "share_of_no_whole_count" and "3/5" not in near.message and "0.6 " not in near.message
    assert L3.yt3.judge_values([7, *rules]).misconception == "count_not_share"


def test_04_q9_a_negative_count_is_named_and_a_huge_one_is_left_to_the_engine():
    assert L4.q9.judge_values([-560]).misconception == "negative_count"
    for question in (L4.q9, L4.yt5):
        assert question.judge_values([1e12]).misconception not in ("dark_figure_gives_another_count",
                                                                   "rate_not_a_share")


def test_03_q2_with_the_held_out_cases_a_lookup_that_passes_them_is_still_caught():
    """Review round 14, B2: a TF-IDF nearest neighbour over the case set passed the held-out cases (74% in the review,
    86% here). The flips are probed in the grader's build too."""
    from netcrime.checks import lesson03 as L3
    from test_lesson03 import worked_solution
    from test_round13b import _judged

    assert not L3.held_out().empty  # the repository holds the instructor package: the grader's build
    lookup = _nearest_text_classifiers()["tf_idf"]
    for question in (L3.q2, L3.q2alt):
        outcome = _judged(question, lookup)
        assert outcome.misconception == "nearest_text_lookup" and "held-out" in outcome.message, outcome.message
        assert _judged(question, worked_solution()).passed


@pytest.mark.parametrize("words, code", [
    ("The police got less effective", "releases_as_trend"),
    ("Policing became less efficient between the releases", "releases_as_trend"),
    ("Falling police effectiveness", "releases_as_trend"),
    ("Police effectiveness dropped", "releases_as_trend"),
    ("The campaign was effective", "activity_as_crime_fall"),  # effectiveness claimed is still a victory
    ("A highly effective crackdown", "activity_as_crime_fall"),
])
def test_02_q9_the_polices_performance_set_against_itself_is_named_as_a_comparison(words, code):
    """Review round 14, B5: 'the police got less effective' was reported as 'crime fell (or the campaign worked)'."""
    from named_sets import judged, right_values

    outcome = judged("02", "q9", [right_values("02")["q9"][0].properties(description=words)])
    assert outcome.misconception == code, outcome.message


# ----- 04 q10: counting reasons by category and crime type (objective o1) ----------------------------------------
def test_04_q10_the_count_split_by_crime_type_passes_and_each_shortcut_is_named():
    calls = L4.helpline_calls()
    among = calls.loc[calls["crime_type"] == "sextortion", "category"].value_counts()
    every = calls["category"].value_counts()
    assert L4.q10.judge_values([among.index[0], int(among.iloc[0])]).passed
    assert L4.q10.judge_values(["Fear of exposure", int(among.iloc[0])]).passed  # the codebook's label, read
    wrong = {(every.index[0], int(every.iloc[0])): "every_crime_type_counted",
             (among.index[0], int(every[among.index[0]])): "category_over_all_types",
             (among.index[0], int(among.sum())): "callers_not_category",
             (among.index[0], among.iloc[0] / among.sum()): "share_not_count",
             (among.index[0], int(among.iloc[1])): "second_category"}
    for (category, count), code in wrong.items():
        outcome = L4.q10.judge_values([category, count])
        assert not outcome.passed and outcome.misconception == code, (category, count, outcome.message)
    assert every.index[0] != among.index[0]  # the table is built so that forgetting the filter changes the answer


def test_04_q10_assesses_objective_o1():
    from netcrime.checks.objectives import ASSESSES

    assert ASSESSES["04"]["q10"] == "o1"


# ----- 03 q10: the seven types by their Chinese names and decisive features (objective o1) ------------------------
def test_03_q10_each_chinese_name_is_matched_to_its_glossary_type_and_the_easy_confusions_are_named():
    from netcrime import data
    from netcrime.checks import lesson03 as L3
    from netcrime.checks.objectives import ASSESSES
    from named_sets import right_values

    right = dict(right_values("03")["q10"][0])
    assert L3.q10.judge_values([right]).passed and ASSESSES["03"]["q10"] == "o1"
    names = set(data.glossary().dropna(subset=["code"])["chinese"])
    assert set(L3.Q10_NAMES.values()) == names  # the release's seven names, each once
    for swap, code in ((("C1", "C4"), "invented_debt_for_harassment"), (("C3", "C5"), "demand_for_paid_posting")):
        first, second = swap
        outcome = L3.q10.judge_values([{**right, first: right[second], second: right[first]}])
        assert not outcome.passed and outcome.misconception == code, outcome.message
    assert L3.q10.judge_values([{k.lower(): f"({v})" for k, v in right.items()}]).passed  # fair forms


def test_04_q10_a_crime_and_category_pair_is_read_by_its_crime_type():
    good = L4.q10.judge_values([("sextortion", "fear_of_exposure"), 3])
    assert good.passed and "store the category alone" in good.message
    other = L4.q10.judge_values([("trap_loan", "self_blame"), 3])
    assert other.misconception == "other_crime_counted" and "trap_loan callers" in other.message


def test_03_q10_chinese_names_as_keys_and_a_features_words_are_fair_forms():
    from netcrime.checks import lesson03 as L3
    from named_sets import right_values

    right = dict(right_values("03")["q10"][0])
    assert L3.q10.judge_values([{L3.Q10_NAMES[k]: v for k, v in right.items()}]).passed
    assert L3.q10.judge_values([{k: L3.Q10_FEATURES[v] for k, v in right.items()}]).passed
    swapped = {L3.Q10_NAMES[k]: v for k, v in {**right, "C1": right["C4"], "C4": right["C1"]}.items()}
    assert L3.q10.judge_values([swapped]).misconception == "invented_debt_for_harassment"


@pytest.mark.parametrize("title, named", [("Prevention work, not prevented crime", False),
                                          ("Prevention work (not prevented crime)", False),
                                          ("Nothing prevented crime", False),
                                          ("Prevented crime", True),
                                          ("Nothing stopped the fall in crime", True),  # the idiom still affirms
                                          ("Nothing stopped fraud from falling", True)])
def test_02_yt1_a_denied_prevented_crime_is_not_the_claim(title, named):
    """Review round 14, B6: "not prevented crime" was blanked as an affirming idiom ("nothing stopped the fall")."""
    from named_sets import judged, right_values

    outcome = judged("02", "yt1", [right_values("02")["yt1"][0].properties(title=title)])
    assert (outcome.misconception == "activity_as_crime_fall") is named, outcome.message


@pytest.mark.parametrize("title, named", [("A baseline good enough for police statistics", True),
                                          ("Keyword rules fit for official counts", True),
                                          ("The baseline can be trusted", True),
                                          ("Is the baseline good enough for police statistics?", False),
                                          ("The baseline is not good enough for official counts", False)])
def test_03_q5_a_classifier_said_fit_for_use_is_named(title, named):
    """Review round 14, B7: adequacy claims passed where accuracy claims were caught."""
    from named_sets import judged, right_values

    outcome = judged("03", "q5", [right_values("03")["q5"][0].properties(title=title)])
    assert (outcome.misconception == "baseline_as_accurate") is named, outcome.message
