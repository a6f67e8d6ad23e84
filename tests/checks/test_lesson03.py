"""Lesson 03: the case set, the question module, the quiz widget and the classify helpers."""
from __future__ import annotations

import re

import altair as alt
import pandas as pd
import pytest

from netcrime import classify, data
from netcrime.checks import lesson03 as L
from netcrime.checks import worked
from netcrime.checks.outcome import CANNOT_JUDGE, CORRECT, INCORRECT, NOT_ATTEMPTED, STATUSES, WRONG_TYPE
from netcrime.schemas import CRIME_TYPES

# Words that give a type away (its own name, in the release's or the course's wording).
GIVE_AWAY = {
    "trap_loan": ["trap loan", "trap-loan", "routine loan", "taolu", "套路贷"],
    "sextortion": ["sextortion", "naked chat", "nude chat", "naked-chat", "裸聊"],
    "malicious_claim": ["malicious claim", "malicious compensation", "恶意索赔"],
    "publicity_extortion": ["negative publicity", "public opinion extortion", "negative public opinion", "舆情"],
    "paid_trolls": ["water army", "troll", "naval", "水军"],
    "pyramid_selling": ["pyramid", "multi-level marketing", "mlm", "传销"],
    "debt_harassment": ["soft violence", "soft-violence", "软暴力"],
}


# --------------------------------------------------------------------------
# The case set


def test_every_type_has_at_least_12_single_type_cases(cases):
    single = cases[cases["secondary_type"].isna()]
    counts = single["primary_type"].value_counts()
    for code in CRIME_TYPES:
        assert counts.get(code, 0) >= 12, f"{code} has only {counts.get(code, 0)} single-type cases"


def test_at_least_14_hard_cases_and_combined_cases_are_hard(cases):
    hard = cases[cases["difficulty"] == "hard"]
    assert len(hard) >= 14
    combined = cases[cases["secondary_type"].notna()]
    assert len(combined) >= 14, "the lesson's multi-label section needs enough combined cases"
    assert (combined["difficulty"] == "hard").all(), "combined cases should be marked hard"
    assert set(combined["primary_type"]) == set(CRIME_TYPES), "every type should have a combined case"


def test_split_is_fixed_and_roughly_stratified(cases):
    assert set(cases["split"]) == {"train", "test"}
    for code in CRIME_TYPES:
        of_type = cases[cases["primary_type"] == code]
        assert set(of_type["split"]) == {"train", "test"}, f"{code} is not in both splits"
        share = (of_type["split"] == "test").mean()
        assert 0.20 <= share <= 0.45, f"{code}: test share {share:.0%} outside 20%-45%"


def test_ids_are_unique_and_well_formed(cases):
    assert cases["id"].is_unique
    assert cases["id"].str.fullmatch(r"V\d{3}").all()


def test_secondary_type_differs_from_primary(cases):
    combined = cases[cases["secondary_type"].notna()]
    assert (combined["secondary_type"] != combined["primary_type"]).all()


def _give_aways(text: str) -> list[str]:
    lower = text.lower()
    return [w for words in GIVE_AWAY.values() for w in words if w.lower() in lower]


def test_no_text_contains_a_give_away_word(cases):
    found = {row.id: _give_aways(row.text) for row in cases.itertuples() if _give_aways(row.text)}
    assert not found, f"give-away words in: {found}"


def test_texts_are_two_to_four_sentences_and_clues_are_given(cases):
    for row in cases.itertuples():
        sentences = [s for s in re.split(r"(?<=[.!?])[\"”]?\s+(?=[A-Z\"])", row.text.strip()) if s]
        assert 2 <= len(sentences) <= 4, f"{row.id} has {len(sentences)} sentences"
        assert len(row.decisive_clue) > 10


# --------------------------------------------------------------------------
# Held-out vignettes (question 2)


def test_held_out_vignettes_are_balanced_new_and_clean(cases):
    held = L.held_out()
    assert len(held) == 14
    assert held["id"].is_unique
    assert held["primary_type"].value_counts().to_dict() == {code: 2 for code in CRIME_TYPES}
    assert not set(held["text"]) & set(cases["text"])
    for row in held.itertuples():
        assert not _give_aways(row.text), row.id


# --------------------------------------------------------------------------
# The questions: solution values pass, known-wrong values fail with their code

LESSON_RULES = [
    ("pyramid_selling", r"recruit|to join|joining fee"),
    ("sextortion", r"intimate|private video|recorded"),
    ("trap_loan", r"contract|signed for|arrived|deducted|recorded \d|fee"),
    ("debt_harassment", r"collector|fell behind|missed|borrow"),
    ("malicious_claim", r"bought \d+|ordered \d+|regulator|complain"),
    ("publicity_extortion", r"delete|take .* down|removed|publish|self-styled"),
    ("paid_trolls", r"accounts|posting|posters"),
]


def lesson_classifier(text):
    for code, pattern in LESSON_RULES:
        if re.search(pattern, text, flags=re.IGNORECASE):
            return code
    return "paid_trolls"


def _results():
    return classify.baseline_results()


def _chart(color="cases:Q", text_layer=True, title="A title", description="A description"):
    cells = classify.confusion_cells(_results()["actual"], _results()["predicted"])
    base = alt.Chart(cells).encode(x="predicted:N", y="actual:N")
    chart = base.mark_rect().encode(color=color)
    if text_layer:
        chart = chart + base.mark_text().encode(text="cases:Q")
    props = {}
    if title:
        props["title"] = title
    if description:
        props["description"] = description
    return chart.properties(**props) if props else chart


def solution_values():
    """The right answers, from the worked solutions in solutions/03_*.ipynb (never typed here)."""
    return {qid: values[0] for qid, values in worked.answers("03").items()}


@pytest.mark.parametrize("question", L.QUESTIONS, ids=lambda q: q.id)
def test_solution_value_passes(question):
    outcome = question.judge_values([solution_values()[question.id]])
    assert outcome.status == CORRECT, outcome.message


def _known_wrong():
    results = _results()
    right = (results["actual"] == results["predicted"]).mean()
    table = pd.crosstab(results["actual"], results["predicted"])
    memory = dict(zip(data.case_vignettes()["text"], data.case_vignettes()["primary_type"]))
    return [
        ("q1", {**solution_values()["q1"], "V099": "trap_loan"}, "wrong:V099"),
        ("q1", {**solution_values()["q1"], "V073": "publicity_extortion"}, "wrong:V073"),
        ("q1", {**solution_values()["q1"], "V061": "malicious_claim"}, "wrong:V061"),
        ("q2", lambda text: "trap_loan", "one_label"),
        ("q2", lambda text: memory.get(text, "unknown"), "not_a_type"),
        ("q2", lambda text: 1 / 0, "raises"),
        ("q2", lambda text: "sextortion" if "video" in text else "trap_loan" if "yuan" in text else "paid_trolls",
         "below_threshold"),
        ("q3", right * len(results), "count_not_share"),
        ("q3", right * 100, "percent_not_share"),
        ("q3", 1 - right, "error_rate"),
        ("q4", table.T, "transposed"),
        ("q4", pd.crosstab(results["actual"], results["predicted"], normalize="index"), "normalised"),
        ("q4", pd.crosstab(results["actual"], results["predicted"], normalize=True), "normalised"),
        ("q4", pd.crosstab(results["actual"], results["predicted"], margins=True), "margins"),
        ("q5", _chart(color="cases:N"), "nominal_vs_quantitative"),
        ("q5", _chart(text_layer=False), "no_text_layer"),
        ("q5", _chart(title=None), "missing_title"),
        ("q5", _chart(description=None), "missing_description"),
        ("q6", "a", "usury_as_fabrication"),
        ("q6", "c", "victim_conduct"),
        ("q6", "d", "lawsuit_as_clue"),
    ]


@pytest.mark.parametrize("qid, value, code", _known_wrong(), ids=lambda x: x if isinstance(x, str) else "")
def test_known_wrong_value_names_its_misconception(qid, value, code):
    question = next(q for q in L.QUESTIONS if q.id == qid)
    outcome = question.judge_values([value])
    assert outcome.status == INCORRECT, outcome.message
    assert outcome.misconception == code, outcome.message
    if code in question.misconceptions or code.startswith("wrong:"):
        return
    pytest.fail(f"{qid}: code {code} is not declared in the question's misconceptions")


def test_q2_message_names_the_confusions():
    outcome = L.q2.judge_values([lambda text: "trap_loan" if "yuan" in text else "paid_trolls"])
    assert re.search(r"labels \d+ \w+ cases? as (trap_loan|paid_trolls)", outcome.message), outcome.message


def test_q2_pass_mark_is_reached_by_the_lesson_rules_and_above_chance():
    assert L.PASS_ACCURACY > 2 / 14  # better than always answering one type
    held = L.held_out()
    share = (held["text"].map(lesson_classifier) == held["primary_type"]).mean()
    assert share >= L.PASS_ACCURACY


def test_q7_needs_the_key_ideas():
    assert L.q7.judge_values(["Trap loan."]).status == INCORRECT
    only_story = ("The lender rolled a small advance from one app to the next until he owed a great deal, and then "
                  "sent his relatives an edited picture and rang his phone many times to make him pay up quickly.")
    assert L.q7.judge_values([only_story]).status == INCORRECT
    assert L.q7.collect


ODD_VALUES = [None, 3, 2.5, float("nan"), "text", "", [1, 2], (), {}, {"a": 1}, pd.Series([1, 2]),
              pd.DataFrame({"a": [1]}), pd.DataFrame(), object(), True, Ellipsis, print]


@pytest.mark.parametrize("question", L.QUESTIONS, ids=lambda q: q.id)
@pytest.mark.parametrize("value", ODD_VALUES, ids=lambda v: type(v).__name__)
def test_odd_input_gives_a_message_not_an_exception(question, value):
    outcome = question.judge_values([value])
    assert outcome.status in STATUSES
    assert outcome.status != CANNOT_JUDGE, outcome.message
    assert outcome.status != CORRECT
    assert outcome.message or outcome.status == NOT_ATTEMPTED


def test_odd_function_outputs_for_q2():
    for func in (lambda text: None, lambda text: 7, lambda text: ["trap_loan"], lambda text: ...):
        outcome = L.q2.judge_values([func])
        assert outcome.status in {INCORRECT, NOT_ATTEMPTED, WRONG_TYPE}, outcome
        assert outcome.status != CANNOT_JUDGE


def test_placeholders_are_not_attempted():
    for question in L.QUESTIONS:
        assert question.judge_values([...]).status == NOT_ATTEMPTED


def test_every_question_has_hints_and_a_solution():
    for question in L.QUESTIONS:
        assert 1 <= len(question.hints) <= 3
        assert question.solution_code and question.explanation
