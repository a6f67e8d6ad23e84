"""Issue #19, round 5 (lessons 01 and 05): classes of answers the independent review found misjudged.

Fast: no kernel. Each test feeds a class of answers (several members, not the reviewer's strings alone)."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from netcrime import data
from netcrime.checks import capstone, lesson01 as L1, lesson05 as L5, worked
from netcrime.checks.labels import read_date


def _right(lesson, qid):
    return worked.answers(lesson)[qid][0]


def _v(q, value):
    return q.judge_values([value])


# ----- L01 q1: a function is probed on figures made up at check time -------------------------------------
def _two_units(printed):
    return "亿" in printed and printed.endswith("万") and not printed.endswith("万亿")


def _reads(printed):
    printed = printed.removeprefix("逾").removesuffix("余").removesuffix("多")
    if _two_units(printed):  # 3亿5000万 = 3亿 + 5000万 (round 6: a form the lesson's parse_figure misreads)
        high, low = printed.split("亿")
        return float(high) * 1e8 + float(low[:-1]) * 1e4
    for unit, scale in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if printed.endswith(unit):
            return float(printed[:-len(unit)]) * scale
    return float(printed)


def test_made_up_figures_are_in_no_table_and_vary():
    stored = set(data.release_figures()["value"].dropna()) | set(data.releases()["value"].dropna())
    seen = set()
    for seed in range(30):
        made = L1.new_figures(random.Random(seed), read=_reads)
        assert len(made) == L1.NEW_FIGURES
        assert not {_reads(p) for p in made} & stored
        seen |= set(made)
    assert len(seen) > 100
    assert any(p.startswith("逾") for p in seen) and any(p.endswith("余") for p in seen) \
        and any(p.endswith("多") for p in seen) and any(p.endswith("亿") for p in seen)


def test_a_function_that_reads_passes_and_a_lookup_does_not():
    assert _v(L1.q1, _reads).passed
    table = data.release_figures()

    def lookup(printed):
        rows = table[table["chinese_original"].str.contains(printed, regex=False, na=False)]
        return float(rows["value"].iloc[0])

    known = {p: v for p, v in L1.parser_cases().items()}
    for fake in (lookup, known.get, lambda p: known.get(p, 0.0), lambda p: known[p]):
        outcome = _v(L1.q1, fake)
        assert not outcome.passed and outcome.misconception == "looked_up_not_read", outcome
    assert _v(L1.q1, dict(known)).status == "wrong type"  # a dict of the release's answers is not a function


@pytest.mark.parametrize("slip, code", [
    (lambda p: _reads(p) * (10 if p.rstrip("余").endswith("亿") else 1), "yi_as_billion"),
    (lambda p: _reads(p) / (10 if p.rstrip("余").endswith("万") else 1), "wan_as_thousand"),
    (lambda p: round(_reads(p), -3), "result_rounded"),
    (lambda p: float(p.rstrip("万亿")) if p[-1] in "万亿" and not _two_units(p) else _reads(p), "unit_ignored"),
    (lambda p: _reads(p) if p[0] != "逾" and p[-1] not in "余多" else float(p), "floor_word_unread"),
])
def test_unit_slips_are_named_whatever_the_made_up_figures(slip, code):
    for _ in range(5):
        assert _v(L1.q1, slip).misconception == code


# ----- M-D-1: the form of a dict's values ----------------------------------------------------------------
@pytest.mark.parametrize("form", [lambda v: pd.Series([v]), lambda v: np.array([v]), lambda v: [v],
                                  lambda v: pd.DataFrame({"x": [v]})])
def test_one_element_containers_in_dicts_are_named_with_their_value(form):
    holds = _right("01", "q6")
    key = "over_30000_people_caught"
    outcome = _v(L1.q6, {**holds, key: form(holds[key])})
    assert outcome.misconception == "one_value_in_a_series" and str(holds[key]) in outcome.message
    values = _right("05", "q10")
    outcome = _v(L5.q10, {**values, "suspects": form(values["suspects"])})
    assert outcome.misconception == "one_value_in_a_series" and "12000" in outcome.message.replace(".0", "")
    outcome = _v(L5.q4, {"in_total": form(4), "besides_ministry": 3})
    assert outcome.misconception == "one_value_in_a_series"


@pytest.mark.parametrize("text", ["True", "false", "yes", "No"])
def test_bools_as_text_ask_for_a_bool(text):
    holds = _right("01", "q6")
    outcome = _v(L1.q6, {**holds, "provinces_over_half_of_gangs": text})
    assert outcome.status == "wrong type" and outcome.misconception == "bool_as_text" and "bool" in outcome.message


def test_other_stored_figures_in_the_capstone_values_are_named():
    values = _right("05", "q10")
    national = data.releases().set_index("id")
    for key, fid in (("organisations", "a2023_orgs"), ("suspects", "a2023_suspects"), ("cases", "a2023_cases")):
        outcome = _v(L5.q10, {**values, key: float(national.loc[fid, "value"])})
        assert outcome.misconception == "other_figure" and fid in outcome.message  # named's item_slip


# ----- dates written another way ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2023-1-1", "1 January 2023", "January 1, 2023", "01-01-2023", "2023/01/01",
                                  "2023年1月1日", "1st Jan 2023", pd.Timestamp("2023-01-01")])
def test_dates_in_other_forms_are_read_as_the_date(text):
    if isinstance(text, str):
        assert read_date(text) == ("2023-01-01", True)
        assert _v(L5.q2, text.replace("2023", "2021")).passed  # compare.text reads the date (named's reader)
    assert _v(L5.q11, {**_right("05", "q11"), "start": text}).passed


def test_an_ambiguous_date_or_a_year_asks_for_iso_text():
    for start in ("03-04-2023", "2023"):
        outcome = _v(L5.q11, {**_right("05", "q11"), "start": start})
        assert outcome.status == "wrong type" and outcome.misconception == "date_not_iso" and "ISO" in outcome.message
    assert _v(L5.q11, {**_right("05", "q11"), "start": "2022-01-01", "end": "2022-12-31"}).misconception == "other_year"


# ----- L05 q4, q9, q12 ------------------------------------------------------------------------------------
def test_q4_one_body_missed_and_the_lessons_notice():
    assert _v(L5.q4, {"in_total": 3, "besides_ministry": 2}).misconception == "one_body_missed"
    assert _v(L5.q4, {"in_total": 9, "besides_ministry": 8}).misconception == "other_notice_counted"


def test_capstone_labels_point_to_the_sentence_and_name_every_wrong_label():
    units, precisions = _right("05", "q9"), _right("05", "q12")
    for key in units:
        for label in ("gangs", "suspects", "cases", "percent", "crime types", "months"):
            if label == units[key]:
                continue
            outcome = _v(L5.q9, {**units, key: label})
            assert outcome.misconception is not None, (key, label, outcome)
            assert "chinese_original" not in outcome.message
    for key in precisions:
        for label in ("exact", "rounded", "lower bound", "at least", "floor"):
            outcome = _v(L5.q12, {**precisions, key: label})
            if not outcome.passed:
                assert outcome.misconception is not None, (key, label, outcome)
                assert "chinese_original" not in outcome.message
    assert _v(L5.q12, {**precisions, "organisations": "at least"}).misconception == "exact_as_lower_bound"


def test_the_capstone_key_is_not_a_public_function():
    public = {name for name in dir(capstone) if not name.startswith("_")}
    assert not {"row", "column"} & public
    assert not {name for name in dir(L5) if name.startswith("capstone_") and name != "capstone_labels"}


# ----- L01 q11, q12: renderings read by their ideas ------------------------------------------------------
@pytest.mark.parametrize("text", ["approved formal arrest", "arrest approved (批捕)", "the procuratorate approved "
                                  "their arrest", "authorised the arrest", "Arrest was sanctioned", "approval for "
                                  "arrest", "formal arrest authorized by prosecutors", "approved-for-arrest"])
def test_q11_fair_renderings_pass(text):
    assert _v(L1.q11, text).passed


@pytest.mark.parametrize("text, code", [("apprehended", "caught_for_pibu"), ("picked up", "caught_for_pibu"),
                                        ("criminally detained", "detained_for_pibu"), ("arrested", "arrest_unqualified"),
                                        ("formally arrested", "approval_left_out"), ("indicted", "later_step_for_pibu"),
                                        ("approved", "arrest_left_out"), ("arrest not approved", "approval_denied")])
def test_q11_other_steps_are_named(text, code):
    assert _v(L1.q11, text).misconception == code


@pytest.mark.parametrize("text", ["paid posters", "hired posters", "paid shills", "shills", "astroturfers",
                                  "fake reviewers", "paid internet commentators", "people hired to post reviews",
                                  "sock puppets", "paid water army posters"])
def test_q12_fair_renderings_pass(text):
    assert _v(L1.q12, text).passed


@pytest.mark.parametrize("text, code", [("navy", "literal_navy"), ("online naval force", "literal_navy"),
                                        ("paid trolls", "troll_gloss_misleads"), ("troll farm", "troll_gloss_misleads"),
                                        ("internet trolls", "trolls_not_paid"), ("reviewers", "hired_left_out"),
                                        ("bots", "bots_for_people"), ("unpaid posters", "payment_denied"),
                                        # round 9 (review round 8, MINOR): the calque and half a word are named
                                        ("internet water army", "water_army_calque"), ("water army", "water_army_calque"),
                                        ("sock", "sock_alone")])
def test_q12_misleading_renderings_are_named(text, code):
    assert _v(L1.q12, text).misconception == code


def test_q12_is_not_the_glossary_gloss():
    gloss = data.glossary().set_index("chinese").loc["网络水军滋事", "clearer_en"]
    assert not _v(L1.q12, gloss).passed


# The renderings' reader must not credit key words whose meaning is reversed or bagged together (review round 5, E15)
@pytest.mark.parametrize("text, code", [
    ("arrest approval procuratorate caught detained", "several_steps"),
    ("approved arrest and charged", "several_steps"),
    ("approved the release, not the arrest", "approval_denied"),
    ("refused arrest approval", "approval_denied"),
    ("approved bail instead of arrest", "approval_denied"),
    ("disapproved arrest", "approval_denied"),
])
def test_q11_reversed_or_bagged_key_words_are_not_credited(text, code):
    outcome = _v(L1.q11, text)
    assert not outcome.passed and outcome.misconception == code


@pytest.mark.parametrize("text", ["not caught but approved arrest", "formal arrest authorized by prosecutors"])
def test_q11_a_negation_reaches_only_its_own_clause_and_prosecutors_are_the_actor(text):
    assert _v(L1.q11, text).passed


@pytest.mark.parametrize("text, code", [("paid posters? no, trolls", "rendering_denied"),  # round 12: it takes it back
                                        ("paid posters or shills?", "not_one_rendering"),
                                        ("fake reviews", "writing_for_writers"), ("paid posts", "writing_for_writers")])
def test_q12_a_question_or_the_writings_are_not_a_rendering_of_the_writers(text, code):
    outcome = _v(L1.q12, text)
    assert not outcome.passed and outcome.misconception == code


def test_q12_people_paid_to_post_or_comment_is_fair():
    assert _v(L1.q12, "people paid to post or comment").passed


def test_q12_a_case_s_sentence_is_no_rendering_even_when_it_uses_the_words():
    """Review round 9 (E2): a case's decisive clue ('Paid, organised accounts harass people out of rivalry.') was
    credited as a rendering of 水军 on its words 'paid' and 'accounts'; a sentence of eight words or more says more
    than who they are."""
    from netcrime import data

    clues = [c for c in data.case_vignettes()["decisive_clue"].dropna().unique() if len(c.split()) >= 8]
    assert len(clues) > 50
    credited = [c for c in clues if _v(L1.q12, c).passed]
    assert not credited, credited
    assert _v(L1.q12, "accounts paid to post fake five-star reviews for the shop").passed
