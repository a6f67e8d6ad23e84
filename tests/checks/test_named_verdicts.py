"""Issue #19's "Done when", measured: plausible wrong answers are never accepted, fair right forms are,
and at least 90% of the wrong answers get a verdict that names the mistake (``netcrime.checks.named``).

No kernel: right answers come from the worked solutions (and, for in-lesson checks, their solution code
run where the lesson runs it); the wrong answers from ``netcrime.checks.wrong_answers``.
"""
from __future__ import annotations

import pandas as pd
import pytest

from netcrime.checks import named, registry
from netcrime.checks.outcome import GENERIC_CODES, INCORRECT, RECORDED, Outcome
from netcrime.checks.independent_answers import independent_wrong, question_inputs
from netcrime.checks.transformed_answers import fair_forms, transformed
from netcrime.checks.wrong_answers import fair_right, plausible_wrong

OVERALL = 0.90  # the bar ...
EACH_LESSON = 0.90  # ... met by every lesson, on both sources of wrong answers


@pytest.fixture(scope="module")
def by_source():
    return named.measure_all()


@pytest.fixture(scope="module")
def results(by_source):
    """Both sources' tallies together, for the checks that hold for every wrong answer whatever made it."""
    return {f"{lesson} ({source})": tallies for source, per in by_source.items() for lesson, tallies in per.items()}


def test_no_plausible_wrong_answer_is_accepted(results):
    accepted = [(t.lesson, t.question, kind) for ts in results.values() for t in ts for kind, _ in t.accepted]
    assert not accepted, accepted


def test_fair_right_forms_are_accepted(results):
    rejected = [(t.lesson, t.question, kind, form, message) for ts in results.values() for t in ts
                for kind, form, message in t.fair_rejected]
    assert not rejected, rejected
    assert sum(t.fair for ts in results.values() for t in ts) >= 100  # the forms were really tried


def test_every_checked_question_is_measured(by_source):
    results = by_source[named.HAND]
    measured = {(t.lesson, t.question) for ts in results.values() for t in ts}
    every = {(q.lesson, q.id) for qs in registry.all_checked().values() for q in qs}
    assert measured == every
    judged = [t for ts in results.values() for t in ts if not t.written]
    assert all(t.total >= 3 for t in judged if t.question != "yt1" or t.lesson != "00"), \
        [(t.lesson, t.question, t.total) for t in judged if t.total < 3]


@pytest.mark.parametrize("source", named.SOURCES)
def test_most_wrong_answers_get_a_verdict_that_names_the_mistake(by_source, source):
    share = named.shares(by_source[source])
    assert share["all"] >= OVERALL, share
    low = {lesson: f"{s:.0%}" for lesson, s in share.items() if s < EACH_LESSON}
    assert not low, low


def test_the_report_is_the_fresh_table(by_source, repo_root):
    report = (repo_root / named.REPORT).read_text(encoding="utf-8")
    assert report == named.markdown(by_source), "run `python -m netcrime.checks.named`"


def test_the_second_source_is_built_differently():
    """Every transformation, not a few per class: all powers of ten both ways, each other option with a typo and
    in everyday words, each dict item changed in turn."""
    made = dict(transformed(1759.0))
    assert {"x10", "/10", "x100", "/100", "x100000", "/1000000", "one more", "a count cut to hundreds"} <= set(made)
    assert made["a count cut to hundreds"] == 1700.0
    words = transformed("fell", options=("rose", "fell", "flat"))
    assert ("another option in other words", "went up") in words and ("another option with a typo", "rose") not in words
    items = transformed({"a": 1759, "b": "exact"}, options=("exact", "rounded"))
    assert ("an item x10", {"a": 17590.0, "b": "exact"}) in items
    assert ("an item with another label", {"a": 1759, "b": "rounded"}) in items
    assert ("in other words", "went down") in fair_forms("fell")


def test_a_generic_verdict_does_not_count_as_named():
    assert not Outcome(INCORRECT, "9 is too high.").names_the_mistake
    assert not Outcome(INCORRECT, "too high", "too_high").names_the_mistake and "too_high" in GENERIC_CODES
    assert not Outcome(RECORDED, "kept", "brief").names_the_mistake
    assert Outcome(INCORRECT, "one 万 off", "off_by_wan").names_the_mistake


def test_the_generator_makes_each_class_from_the_answers_type():
    kinds = {kind for kind, _ in plausible_wrong(1759)}
    assert {"unit slip", "off by one", "sign flipped", "a number as text", "a one-element Series",
            "another figure of the release"} <= kinds
    assert "percent for a share" in {kind for kind, _ in plausible_wrong(0.0104)}
    assert {"another option", "an empty answer"} <= {kind for kind, _ in plausible_wrong("b")}
    assert {"a swapped pair", "one wrong item", "a missing item", "an extra item", "a list instead of a dict"} <= \
        {kind for kind, _ in plausible_wrong({"a": "exact", "b": "rounded"})}
    assert {"a duplicated column", "a missing item"} <= \
        {kind for kind, _ in plausible_wrong(pd.DataFrame({"id": ["x", "y"], "value": [1.0, 2.0]}))}
    assert ("rounded to 2 significant figures", 9.7) in fair_right(9.664582)
    assert ("as '(B)'", "(B)") in fair_right("b")


def test_fair_words_dates_and_articles_are_read_and_option_words_are_told_the_form():
    """Review round 4 MINOR: 'approx', 'went up' for rose, 'the police', '1 January 2021' where ISO is asked are
    read (with a note for the date); an option's words where its letter is asked get the form, named."""
    from netcrime.checks import compare, lesson01, lesson04, lesson05, worked
    from netcrime.checks.outcome import WRONG_TYPE

    trend = compare.choice("rose", ("rose", "fell", "flat"))
    assert all(trend(word).passed for word in ("went up", "increased", "rise", "Rose"))
    assert trend("went down").misconception is None and not trend("went down").passed  # read as 'fell': wrong
    q8 = worked.answers("01")["q8"][0]
    rounded = next(k for k, v in q8.items() if v == "rounded")
    assert lesson01.q8.judge_values([{**q8, rounded: "approx"}]).passed
    q2 = worked.answers("04")["q2"][0]
    police = next(k for k, v in q2.items() if v == "police")
    assert lesson04.q2.judge_values([{**q2, police: "the police"}]).passed
    since = lesson05.q2.judge_values([worked.answers("05")["q2"][0]])
    assert since.passed
    written = lesson05.q2.judge_values(["1 January 2021"])
    assert written.passed and "ISO" in written.message
    unsure = lesson05.q2.judge_values(["02/01/2021"])
    assert unsure.status == WRONG_TYPE and unsure.misconception == "date_form"
    letters = compare.choice("b", ("a", "b", "c", "d"))
    words = letters("cases the police solved")
    assert words.status == WRONG_TYPE and words.misconception == compare.OPTION_WORDS_FOR_LETTER
    assert "letter" in words.message and letters("(b)").passed


THIRD_OVERALL = 0.90  # the third source (from the questions' inputs) measured 95% after the fixes of round 6 ...
THIRD_EACH_LESSON = 0.85  # ... lesson 03 89%: labels cut short and neighbours' answers, judged by the lesson's own judges


def test_the_third_source_is_made_from_the_questions_inputs_not_from_the_engine():
    """The third source imports nothing of the engine's slips or option lists; it reads the prompt and the worked
    solution: 200 and 1,600 combined the wrong way, one of them as the result, the answer cut off."""
    import inspect

    from netcrime.checks import independent_answers

    imports = [line for line in inspect.getsource(independent_answers).splitlines()
               if line.lstrip().startswith(("import ", "from "))]
    assert not any(name in line for line in imports for name in ("slips", "wrong_answers", "transformed_answers",
                                                                  "compare", "catalogue", "registry"))
    prompt = "A town records 200 cases ... about 1,600 incidents lie behind them. What reporting rate ... in 2024?"
    assert question_inputs(prompt, "assumed_rate = 200 / 1600") == [("200", 200.0), ("1,600", 1600.0)]
    made = independent_wrong(0.125, prompt=prompt, code="assumed_rate = 200 / 1600")
    values = {(kind, wrong) for kind, wrong in made if isinstance(wrong, float)}
    assert ("arithmetic on the question's figures", 1400.0) in values and ("arithmetic on the question's figures", 8.0) in values
    assert ("a figure given as the result", 1600.0) in values
    assert ("cut off, not rounded", 0.9) in independent_wrong(16400 / 17000)
    swapped = dict(independent_wrong({"a": 1, "b": 2}))
    assert swapped["two keys' values swapped"] == {"a": 2, "b": 1} and swapped["a key left out"] == {"a": 1}


def test_the_third_sources_share_is_measured_per_lesson(by_source):
    share = named.shares(by_source[named.INDEPENDENT])
    assert share["all"] >= THIRD_OVERALL, share
    low = {lesson: f"{s:.0%}" for lesson, s in share.items() if s < THIRD_EACH_LESSON}
    assert not low, low


def test_the_classes_the_third_source_found_are_named_engine_wide():
    """Each class the third source showed generic (round 6), named by the engine for any question."""
    from netcrime.checks import compare, slips

    share = compare.number(16400 / 17000)
    assert share(0.9).misconception == slips.ROUNDED_TOO_FAR and "cut off" in share(0.9).message
    assert share(0).misconception == slips.ROUNDED_TOO_FAR
    table = pd.DataFrame({"id": ["a", "b", "c"], "value": [1, 2, 3]})
    judge = compare.frame(table)
    assert judge(table.iloc[:2]).misconception == compare.ROWS_LEFT_OUT
    assert judge(pd.concat([table, table.iloc[[0]]])).misconception == compare.REPEATED_ROWS
    assert compare.frame(table.iloc[:2])(table).misconception == compare.EXTRA_ROWS
    options = compare.choices(["x_one", "y_two"], ["x_one", "y_two", "z_three"])
    assert options("x_one, y_two").misconception == compare.LIST_AS_TEXT
    gangs, november = (data_figure("gangs_eliminated"), data_figure("november_gangs_eliminated"))
    left = compare.number(gangs - november)  # 1,759 − 133 asked; 1,759 − 712 (the row next to it) given
    outcome = left(gangs - data_figure("november_suspects_apprehended"))
    assert outcome.misconception == slips.OTHER_FIGURE and "november_suspects_apprehended" in outcome.message


def data_figure(name: str) -> float:
    from netcrime import data

    return float(data.figure(name))


def test_a_label_outside_the_options_is_named_by_every_judge():
    """Round 6: "'x' is not one of the options: a, b, c." names the slip it shows, whatever judge wrote it: two
    options at once, one cut short, or a word that is none of them."""
    from netcrime.checks import compare, registry
    from netcrime.checks.outcome import LABEL_CUT_SHORT, LABEL_NOT_AN_OPTION, TWO_LABELS

    letters = compare.choice("b", ["a", "b", "c", "d"])
    assert letters("b,d").misconception == TWO_LABELS and letters("e").misconception == LABEL_NOT_AN_OPTION
    codes = compare.mapping({"N1": "trap_loan"}, labels=["trap_loan", "sextortion", "debt_harassment"])
    assert codes({"N1": "fraud"}).misconception == LABEL_NOT_AN_OPTION
    assert codes({"N1": "debt_ha"}).misconception == LABEL_CUT_SHORT
    assert codes({"N1": "trap_loan, debt_harassment"}).misconception == TWO_LABELS
    types = {q.id: q for q in registry.checked("03")}["q8"]  # a lesson's own judge, same sentence
    assert types.judge_values(["robbery"]).misconception == LABEL_NOT_AN_OPTION  # (extortion: vague_type, l0305)


def test_another_date_is_named_without_giving_the_answer_away():
    from netcrime.checks import compare

    judge = compare.text(["2021-01-01"])
    outcome = judge("2021-03-01")
    assert outcome.misconception == compare.OTHER_DATE and "later" in outcome.message and "month" not in outcome.message
    assert judge("2019-11-01").misconception == compare.OTHER_DATE and judge("2021-01-01").passed


def test_one_typo_test_and_one_number_format():
    """Copies removed (round 6): phrase_reader reads a slip with labels.typo_distance (without swaps, as its own
    twin did); chart verdicts print numbers with units.plain at three figures."""
    import inspect

    from netcrime.checks import phrase_reader, vegalite
    from netcrime.checks.labels import typo_distance
    from netcrime.units import plain

    assert typo_distance("trolls", "trolsl") == 1 and typo_distance("trolls", "trolsl", swaps=False) == 2
    assert phrase_reader.starts("aproved", "approv") and not phrase_reader.starts("aprpoved", "approv")
    assert "_one_edit" not in inspect.getsource(phrase_reader)
    assert vegalite.figure_text(0.075611) == plain(0.075611, digits=3) == "0.0756"
    assert vegalite.figure_text(29_950_000_000.0) == plain(29_950_000_000.0) == "29,950,000,000"
    assert plain(0.075611) == "0.07561"  # every other message keeps four figures


def test_a_judgement_is_shared_only_between_values_that_are_the_same():
    """measure_all judges a question's plain values once (``named._judged``): the key tells apart what a judge
    tells apart (True from 1, 1 from 1.0, a chart's spec from a dict, a tuple from a list) and refuses the rest."""
    from netcrime.checks.vegalite import ChartSpec

    key = named._plain_key
    same = [(1, 1), ("a", "a"), ([1, "b"], [1, "b"]), ({"k": 0.5}, {"k": 0.5})]
    assert all(key(a) == key(b) is not None for a, b in same)
    differ = [(True, 1), (1, 1.0), ([1], (1,)), ({"a": 1}, {"a": True}), ("1", 1), (None, "None")]
    assert all(key(a) != key(b) for a, b in differ)
    assert [key(v) for v in (ChartSpec(mark="bar"), pd.Series([1]), [pd.DataFrame()], len, {"k": [object()]})] \
        == [None] * 5
