"""The checking engine: comparators, verdicts, modes, hints, progress."""
from __future__ import annotations

import json

import altair as alt
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from netcrime.checks.vegalite import SPEC_AS_DICT, ChartSpec
from netcrime.checks import attempts as progress
from netcrime.checks import compare, modes
from netcrime.checks.vegalite import chart
from netcrime.checks.compare import Misconception
from netcrime.checks.outcome import CANNOT_JUDGE, CORRECT, INCORRECT, NOT_ATTEMPTED, STATUSES, WRONG_TYPE, Outcome
from netcrime.checks.question import Question
from netcrime.checks.registry import all_lessons


# ----- numbers ----------------------------------------------------------------------

NUMBER = compare.number(16400, misconceptions=[
    Misconception("added_both", "You added apprehended and detained.", 33400),
    Misconception("wan_as_thousand", "万 is ten thousand.", 1640),
])


@pytest.mark.parametrize("value", [16400, 16400.0, np.int64(16400), np.float32(16400), pd.Series([16400]).iloc[0]])
def test_number_accepts_python_numpy_and_pandas_numbers(value):
    assert NUMBER(value).status == CORRECT


@pytest.mark.parametrize("value, code", [(33400, "added_both"), (1640.0, "wan_as_thousand")])
def test_number_names_the_misconception(value, code):
    outcome = NUMBER(value)
    assert outcome.status == INCORRECT and outcome.misconception == code


def test_number_explains_wrong_types():
    assert "without quotes" in NUMBER("16400").message
    assert NUMBER("16400").status == WRONG_TYPE
    assert ".item()" in NUMBER(pd.Series([16400])).message
    assert NUMBER(True).status == WRONG_TYPE
    assert NUMBER(None).status == WRONG_TYPE
    assert NUMBER(...).status == NOT_ATTEMPTED
    assert "NaN" in NUMBER(float("nan")).message
    assert "infinite" in NUMBER(float("inf")).message


def test_number_tolerance_is_stated_and_respected():
    judge = compare.number(0.5, abs_tol=0.01)
    assert judge(0.505).passed
    assert not judge(0.52).passed


def test_number_expected_value_may_be_computed_lazily():
    calls = []
    judge = compare.number(lambda: calls.append(1) or 7)
    assert calls == []
    assert judge(7).passed and calls == [1]


# ----- text and choices ---------------------------------------------------------

def test_text_ignores_case_spacing_and_full_width_forms():
    judge = compare.text(["apprehended"], wrong={"arrested": "抓获 is not a formal arrest."}, codes={"arrested": "arrest"})
    assert judge("  Apprehended ").passed
    assert judge("ＡＰＰＲＥＨＥＮＤＥＤ").passed
    assert judge("ARRESTED").misconception == "arrest"
    assert judge("").status == NOT_ATTEMPTED
    assert judge(3).status == WRONG_TYPE


def test_choice_and_choices():
    judge = compare.choice("b", ["a", "b", "c"], wrong={"a": "No."}, codes={"a": "code_a"})
    assert judge("B").passed
    assert judge("a").misconception == "code_a"
    assert judge("z").status == WRONG_TYPE and "not one of the options" in judge("z").message
    many = compare.choices({"a", "c"}, ["a", "b", "c"])
    assert many(["c", "a"]).passed
    assert many(["a"]).status == INCORRECT
    assert many(["a", "b", "c"]).status == INCORRECT
    assert many(5).status == WRONG_TYPE


def test_mapping_reports_missing_extra_and_wrong_keys():
    judge = compare.mapping({"a": True, "b": "rounded"}, misconceptions={"b": "17,000 ends in zeros."})
    assert judge({"a": True, "b": "Rounded"}).passed
    assert judge({"a": True}).status == WRONG_TYPE
    assert judge({"a": True, "b": "rounded", "c": 1}).status == WRONG_TYPE
    wrong = judge({"a": True, "b": "exact"})
    assert wrong.status == INCORRECT and "17,000" in wrong.message
    assert judge([1, 2]).status == WRONG_TYPE


# ----- tables -----------------------------------------------------------------------

EXPECTED = pd.DataFrame({"measure": ["gangs", "cases"], "value": [1759.0, 32000.0]})


def test_frame_ignores_row_order_and_index_unless_asked():
    judge = compare.frame(EXPECTED)
    shuffled = EXPECTED.iloc[::-1].set_index(pd.Index([7, 9]))
    assert judge(shuffled).passed
    assert not compare.frame(EXPECTED, order_matters=True)(shuffled).passed


def test_frame_messages_name_what_differs():
    judge = compare.frame(EXPECTED)
    assert "Series" in judge(EXPECTED["value"]).message
    assert "no column 'value'" in judge(EXPECTED.rename(columns={"value": "n"})).message
    assert "rows" in judge(EXPECTED.head(1)).message
    changed = EXPECTED.assign(value=[1759.0, 3.2])
    assert "'value'" in judge(changed).message
    assert judge(pd.DataFrame()).status == WRONG_TYPE


def test_series_compares_labels_and_values():
    expected = pd.Series({"a": 1, "b": 2})
    judge = compare.series(expected)
    assert judge(pd.Series({"b": 2, "a": 1})).passed
    assert not judge(pd.Series({"a": 1, "c": 2})).passed
    assert judge(expected.to_frame()).status == WRONG_TYPE


# ----- charts -----------------------------------------------------------------------

PROVINCES = pd.DataFrame({"province": ["Jiangsu", "Guangdong"], "gangs": [57, 51]})
CHART = chart(mark="bar", encodings={"x": {"field": "province", "type": "nominal", "sort": "-y"},
                                      "y": {"field": "gangs", "type": "quantitative"}})


def _bars(**overrides):
    x = overrides.pop("x", alt.X("province:N", sort="-y"))
    y = overrides.pop("y", alt.Y("gangs:Q"))
    base = alt.Chart(PROVINCES).mark_bar().encode(x=x, y=y)
    props = {"title": "Gangs", "description": "Bars of gangs by province"}
    props.update(overrides)
    props = {k: v for k, v in props.items() if v is not None}
    return base.properties(**props)


def test_chart_passes_when_the_spec_matches():
    assert CHART(_bars()).passed
    assert CHART(ChartSpec(_bars().to_dict())).passed  # the grader passes a chart's spec, marked as a chart's


def test_a_charts_spec_given_as_a_plain_dict_is_named_not_judged_as_the_chart():
    """Review round 11: ``chart.to_dict()`` stored as the answer is the chart's description, not the chart; it was
    accepted because the grader saw the same dict. Now it is named, in the kernel (a plain dict) as in the grader
    (the codec decodes a chart to ``ChartSpec``, a plain dict stays a dict)."""
    outcome = CHART(_bars().to_dict())
    assert not outcome.passed and outcome.misconception == SPEC_AS_DICT and ".to_dict()" in outcome.message


@pytest.mark.parametrize("chart_, code", [
    (lambda: _bars(y=alt.Y("gangs:N")), "nominal_vs_quantitative"),
    (lambda: _bars(x=alt.X("province:N")), "unsorted_bars"),
    (lambda: _bars(title=None), "missing_title"),
    (lambda: _bars(description=None), "missing_description"),
    (lambda: _bars(y=alt.Y("gangs:Q", scale=alt.Scale(zero=False))), "truncated_axis"),
    (lambda: alt.Chart(PROVINCES).mark_line().encode(x="province:N", y="gangs:Q"), "wrong_mark"),
])
def test_chart_names_each_mistake(chart_, code):
    outcome = CHART(chart_())
    assert outcome.status == INCORRECT
    assert outcome.misconception == code


def test_chart_says_when_axes_are_swapped():
    swapped = alt.Chart(PROVINCES).mark_bar().encode(x="gangs:Q", y=alt.Y("province:N", sort="-x"))
    message = CHART(swapped.properties(title="t", description="d")).message
    assert "x encodes 'gangs'" in message and "swap" in message


def test_chart_rejects_non_charts_kindly():
    for value in (None, 3, "bar chart", PROVINCES):
        outcome = CHART(value)
        assert outcome.status == WRONG_TYPE, value
        assert "Altair chart" in outcome.message


def test_chart_lesson_rules_run_first():
    def stacked(spec):
        return ("stacked_subset", "Detained is a subset of apprehended.") if "encoding" in spec else None
    judge = chart(mark="bar", rules=[stacked])
    assert judge(_bars()).misconception == "stacked_subset"


# ----- questions ------------------------------------------------------------------

def _question(**kwargs):
    defaults = dict(id="qx", lesson="99", prompt="p", reads=("answer",), judge=compare.number(2),
                    hints=["first", "second"], solution_code="answer = 2", explanation="because")
    defaults.update(kwargs)
    return Question(**defaults)


def test_question_reads_the_namespace_and_handles_missing_variables():
    q = _question()
    assert q.evaluate({"answer": 2}).passed
    missing = q.evaluate({})
    assert missing.status == NOT_ATTEMPTED and "no variable called 'answer'" in missing.message
    assert q.evaluate({"answer": ...}).status == NOT_ATTEMPTED


def test_a_broken_judge_becomes_a_message_not_an_exception():
    def broken(value):
        raise ZeroDivisionError("boom")
    q = _question(judge=broken)
    outcome = q.evaluate({"answer": 1})
    assert outcome.status == CANNOT_JUDGE and "ZeroDivisionError" in outcome.message


def test_check_prints_a_deterministic_verdict_and_never_raises(capsys, monkeypatch):
    monkeypatch.delenv(modes.STRICT_ENV, raising=False)
    q = _question()
    q.check(3)
    q.check(3)
    out = capsys.readouterr().out
    first, second = out.split("qx:")[1:]
    assert first == second
    assert "Not yet" in out


def test_strict_mode_raises_on_failure_and_on_accepted_mistakes(monkeypatch):
    monkeypatch.setenv(modes.STRICT_ENV, "1")
    q = _question()
    with pytest.raises(modes.CheckFailed):
        q.check(3)
    q.check(2)  # passes quietly
    q.show_mistake(5)  # a wrong answer shown as wrong: fine
    with pytest.raises(modes.CheckFailed, match="known-wrong"):
        q.show_mistake(2)


def test_hints_are_progressive_and_bounded(capsys):
    q = _question()
    q.hint(); q.hint(); q.hint()
    out = capsys.readouterr().out
    assert "hint 1 of 2" in out and "hint 2 of 2" in out
    assert out.count("hint 2 of 2") == 2
    q.hint(9)
    assert "hints 1 to 2" in capsys.readouterr().out


def test_assignment_mode_hides_solutions(capsys, monkeypatch, tmp_path):
    q = _question()
    monkeypatch.delenv(modes.ASSIGNMENT_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    q.solution()
    assert "answer = 2" in capsys.readouterr().out
    (tmp_path / modes.ASSIGNMENT_FILE).write_text("")
    q.solution()
    out = capsys.readouterr().out
    assert "answer = 2" not in out and "turned solutions off" in out
    (tmp_path / modes.ASSIGNMENT_FILE).unlink()
    monkeypatch.setenv(modes.ASSIGNMENT_ENV, "1")
    q.solution()
    assert "answer = 2" not in capsys.readouterr().out


def test_function_answers_are_probed_and_their_errors_contained():
    seen = {}

    def judge(outputs):
        seen.update(outputs)
        return Outcome(CORRECT) if outputs == {"a": "A", "b": "B"} else Outcome(INCORRECT, "no")

    q = _question(reads=("f",), judge=judge, probe=lambda: ["a", "b"])
    assert q.judge_values([str.upper]).passed
    assert q.judge_values([lambda t: 1 / 0]).status == INCORRECT
    assert seen["a"].startswith("error: ZeroDivisionError")
    assert q.judge_values([42]).status == WRONG_TYPE


def _exits(text):
    raise SystemExit(3)


def _interrupted(text):
    raise KeyboardInterrupt


@pytest.mark.parametrize("function, said", [(_exits, "called exit()"), (_interrupted, "interrupted")])
def test_a_function_that_exits_or_is_interrupted_gets_a_verdict_on_every_function_question(function, said):
    """exit() is a beginner's way to 'stop' (review round 9, E3): it ended the check itself with a traceback."""
    questions = [q for q in _all_questions() if q.probe is not None and len(q.reads) == 1]
    assert questions
    for q in questions:
        outcome = q.judge_values([function])
        assert not outcome.passed and outcome.status != CANNOT_JUDGE, (q.lesson, q.id, outcome)
        assert said in outcome.message, (q.lesson, q.id, outcome.message)


class _KeysRaise(dict):
    def keys(self):
        raise RuntimeError("keys")

    def items(self):
        raise RuntimeError("items")


class _SpecIsAList(alt.Chart):
    def to_dict(self, *args, **kwargs):
        return ["not", "a", "dict"]


@pytest.mark.parametrize("value, judge, said", [
    # round 13 (review H1): a dict subclass is read by dict's own methods, so its content is judged, not its keys()
    (_KeysRaise(a=1), compare.mapping({"a": True}), "For 'a' you gave the number 1"),
    (_SpecIsAList(PROVINCES).mark_bar(), CHART, "its to_dict gave a list")])
def test_an_answer_whose_own_methods_fail_is_named_on_every_question(value, judge, said):
    """A dict whose keys() raises, a chart whose to_dict() is no spec (review round 9): 'could not judge' before."""
    for q in _all_questions():
        outcome = q.judge_values([value] * len(q.reads))
        assert outcome.status != CANNOT_JUDGE, (q.lesson, q.id, outcome.message)
        assert not outcome.passed, (q.lesson, q.id)
    assert said in _question(judge=judge).judge_values([value]).message


def test_progress_is_recorded_as_json(tmp_path, monkeypatch):
    target = tmp_path / "p.json"
    monkeypatch.setenv(progress.PROGRESS_ENV, str(target))
    q = _question(lesson="00", id="q1")
    q.check(3)
    q.check(2)
    q.check(3)
    stored = json.loads(target.read_text())
    assert stored["00"]["q1"] == {"attempts": 3, "passed": True}
    table = progress.progress_table()
    row = table[table["lesson"] == "00"].iloc[0]
    assert row["attempted"] == 1 and row["passed"] == 1


def test_corrupt_progress_file_is_ignored(tmp_path, monkeypatch):
    target = tmp_path / "p.json"
    target.write_text("{not json")
    monkeypatch.setenv(progress.PROGRESS_ENV, str(target))
    assert progress.load() == {}
    _question().check(2)
    assert json.loads(target.read_text())["99"]["qx"]["passed"] is True


def test_recording_never_replaces_a_device_or_a_folder(tmp_path, monkeypatch):
    """os.devnull (or a folder) named as the progress file is never replaced: as root, replacing it once
    turned /dev/null into a regular file."""
    import os

    replaced = []
    monkeypatch.setattr(progress.os, "replace", lambda src, dst: replaced.append(dst))
    folder = tmp_path / "a_folder"
    folder.mkdir()
    for target in (os.devnull, str(folder)):
        monkeypatch.setenv(progress.PROGRESS_ENV, target)
        _question().check(2)
    assert replaced == [] and folder.is_dir() and not any(folder.iterdir())
    monkeypatch.setenv(progress.PROGRESS_ENV, str(tmp_path / "p.json"))
    _question().check(2)
    assert replaced == [tmp_path / "p.json"]  # an ordinary file is still written


def test_feedback_has_html_and_plain_text_twins():
    from netcrime.checks.outcome import feedback_for

    box = feedback_for("q1", Outcome(INCORRECT, "1 < 2 & more"))
    assert "1 &lt; 2 &amp; more" in box._repr_html_()
    assert repr(box) == "q1: Not yet\n1 < 2 & more"


# ----- every check, fuzzed ------------------------------------------------------------

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.just(...), st.lists(st.integers(), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=4),
    st.just(pd.DataFrame()), st.just(pd.DataFrame({"x": [1, 2]})), st.just(pd.Series([], dtype=float)),
    st.just(pd.Series([1.0, np.nan])), st.just(np.array([1, 2])), st.just(10 ** 400),
    st.just(object()), st.just(alt.Chart(PROVINCES)), st.just(lambda x: x),
    # the ends of the float range, drawn every run: the round-15 CI found 2.2e-311 (below the smallest normal
    # float) overflowing far_off's ratio only by chance
    st.sampled_from([5e-324, 2.225073858507e-311, -2.2e-308, 1.7976931348623157e308, -1e308, 1e-300]),
)


def _all_questions():
    return [q for questions in all_lessons().values() for q in questions]


@settings(deadline=None)
@given(value=ODD_VALUES)
def test_no_check_ever_raises_on_odd_values(value):
    for q in _all_questions():
        values = [value] * len(q.reads)
        outcome = q.judge_values(values)
        assert isinstance(outcome, Outcome)
        assert outcome.status in STATUSES
        assert outcome.message or outcome.passed


@settings(deadline=None)
@given(value=ODD_VALUES)
def test_no_comparator_raises_on_odd_values(value):
    judges = [NUMBER, CHART, compare.frame(EXPECTED), compare.series(pd.Series({"a": 1})),
              compare.mapping({"a": True}), compare.choice("a", ["a", "b"]), compare.text(["x"]),
              compare.choices({"a"}, ["a", "b"])]
    for judge in judges:
        q = _question(judge=judge)
        outcome = q.judge_values([value])
        assert outcome.status != CANNOT_JUDGE, (judge, value, outcome)


def test_every_numeric_question_names_at_least_one_misconception():
    for q in _all_questions():
        if getattr(q.judge, "__qualname__", "").startswith("number."):
            assert q.misconceptions, f"lesson {q.lesson} {q.id} has no named misconception"


# ----- notes added to a verdict (round 14: one helper, where three did the same job) ---------------------------

def test_a_note_goes_after_or_before_the_message_and_keeps_the_status_and_code():
    from netcrime.checks.outcome import incorrect, with_note

    wrong = incorrect("Too low.", "some_code")
    after, before = with_note(wrong, "(Read 'b)' as b.)"), with_note(wrong, "You gave 3.", before=True)
    assert after.message == "Too low. (Read 'b)' as b.)" and before.message == "You gave 3. Too low."
    assert (after.status, after.misconception) == (before.status, before.misconception) == (INCORRECT, "some_code")
    assert with_note(wrong, "") is wrong and with_note(wrong, "  ") is wrong
    assert with_note(Outcome(CORRECT, ""), "(noted)").message == "(noted)"


def test_an_option_and_a_rendering_read_one_list_of_denying_words():
    from netcrime.checks import phrase_reader

    from netcrime.checks import option_words

    assert set(phrase_reader.DENYING_WORDS) <= set(phrase_reader.NEGATIONS)
    assert set(phrase_reader.DENYING_WORDS) <= set(option_words.OPTION_DENIALS)
    assert option_words.denies("it isn't the peak", "the peak") and not option_words.denies("the peak", "the peak")
    # 'none' denies an option, but in a rendering it quantifies what follows and is not read as a refusal
    assert option_words.denies("none of the peak", "the peak")
    assert phrase_reader.said(phrase_reader.words("none of the approved arrests"), ("approv",))
    assert not phrase_reader.said(phrase_reader.words("didn't approve the arrest"), ("approv",))
