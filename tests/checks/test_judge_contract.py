"""The judge contract: every verdict code a student can receive is declared by its judge.

Each question's judge is a ``Judge`` carrying its misconceptions; these tests
throw generated and known-wrong answers at every question and fail on any code
that is emitted but not declared (which would also be missing from the guide).
"""
from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netcrime.checks import catalogue, modes, named, registry, worked
from netcrime.checks.judge import Judge, UndeclaredMisconception, judge
from netcrime.checks.outcome import FORM_CODES, incorrect

from sampled_cases import sample
from example_counts import thorough

ALL_QUESTIONS = [q for questions in registry.all_lessons().values() for q in questions]
# in-lesson "your turn" checks too: the catalogue lists their codes beside the graded questions'
ALL_CHECKED = [q for questions in registry.all_checked().values() for q in questions]


def _labels(value) -> list:
    """Every label used anywhere in a dict answer (for swapping labels between keys)."""
    return list(value.values()) if isinstance(value, dict) else []


def _variants(value):
    """Known-wrong answers made from a right one: the usual slips, applied mechanically."""
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return [value * k for k in (10, 100, 1000, 1e4, 1e-1, 1e-2, 1e-3, 1e-4, -1)] + [1 / value if value else 0,
                                                                                          1 - value, 100 - value]
    if isinstance(value, dict):
        out = []
        labels = sorted({repr(v) for v in value.values()})
        pool = list({repr(v): v for v in value.values()}.values()) + [True, False, "outcome", "trend", "exact"]
        for key in value:
            for label in pool:
                if repr(label) != repr(value[key]):
                    out.append({**value, key: label})
        return out + [{k: v for k, v in list(value.items())[1:]}] if labels else out
    if isinstance(value, pd.Series):
        return [value / value.sum() if value.sum() else value, value * 2, value.iloc[::-1], value.iloc[1:]]
    if isinstance(value, pd.DataFrame):
        numeric = value.select_dtypes("number")
        out = [value.iloc[1:], value.T, pd.concat([value, value])]
        if len(numeric.columns):
            scaled = value.copy()
            scaled[numeric.columns] = numeric * 1e4
            out.append(scaled)
            out.append(value.assign(**{c: numeric[c] / numeric[c].sum() for c in numeric.columns}))
        return out
    return []


def _codes_seen(question, values) -> set:
    outcome = question.judge_values(values)
    return {outcome.misconception} if outcome.misconception else set()


def test_every_judge_is_a_judge_with_described_codes():
    for q in ALL_CHECKED:
        assert isinstance(q.judge, Judge), q
        for code, description in q.misconceptions.items():
            assert code and description.strip(), f"{q.lesson}/{q.id}: {code!r} has no description"


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: f"{q.lesson}-{q.id}")
def test_known_wrong_variants_emit_only_declared_codes(question):
    right = worked.answers(question.lesson)[question.id]
    emitted = set()
    variants = [(position, wrong) for position, value in enumerate(right) for wrong in _variants(value)]
    for position, wrong in sample(variants, 3, by=lambda variant: variant[0]):  # `make check`: every 3rd of each read
        values = list(right)
        values[position] = wrong
        emitted |= _codes_seen(question, values)
    undeclared = emitted - set(question.misconceptions)
    assert not undeclared, f"{question.lesson}/{question.id} emits undeclared codes {undeclared}"


ODD = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.sampled_from(["a", "b", "c", "d", "e", "1759", "abc", "apprehended", "arrested"]),
    st.lists(st.sampled_from(["a", "b", "c"]), max_size=4),
    st.dictionaries(st.text(max_size=5), st.one_of(st.booleans(), st.text(max_size=5)), max_size=4),
    st.just(pd.DataFrame()), st.just(pd.Series([1, 2], index=["x", "y"])),
)


IN_LESSON = [q for questions in registry.all_in_lesson().values() for q in questions]

# Examples per question: 50 in `make test` (the profile's 150 would be 28,000 judgements for about 190
# questions, a sixth of the whole suite's CPU), the profile's count when smaller (`make check`: 5). ODD's
# values are of a dozen kinds, which is what judges tell apart; "never raises" on odd values is also
# tested with the profile's full count over every exercise question together
# (test_engine.test_no_check_ever_raises_on_odd_values), and Hypothesis replays any failure it saved.
GENERATED_EXAMPLES = min(settings.default.max_examples, 50)


@pytest.mark.parametrize("question", ALL_QUESTIONS + IN_LESSON, ids=lambda q: f"{q.lesson}-{q.id}")
@settings(max_examples=GENERATED_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_answers_emit_only_declared_codes(question, data):
    """Odd answers (any kind of value) never raise and emit only declared codes, in the exercises' questions
    and the lessons' in-lesson checks alike; the example count is the hypothesis profile's (``make check``'s is small)."""
    values = [data.draw(ODD) for _ in question.reads]
    outcome = question.judge_values(values)
    assert outcome.misconception in (None, *question.misconceptions), (question.id, values, outcome)


def test_an_undeclared_code_is_caught_in_strict_mode(monkeypatch):
    @judge({"declared": "a mistake we know"})
    def sloppy(value):
        return incorrect("oops", "forgotten")

    assert sloppy(1).misconception == "forgotten"  # students still get their verdict
    monkeypatch.setenv(modes.STRICT_ENV, "1")
    with pytest.raises(UndeclaredMisconception, match="forgotten"):
        sloppy(1)


def test_the_registry_lists_exactly_what_the_judges_declare():
    rows = {(r["lesson"], r["question"], r["code"]) for r in catalogue.misconception_rows()}
    declared = {(q.lesson, q.id, code) for q in ALL_CHECKED for code in q.misconceptions if code not in FORM_CODES}
    shared = {(*catalogue.SHARED, code) for code in FORM_CODES}  # the slips of form every judge names, listed once
    assert rows == declared | shared
    assert all(set(FORM_CODES) <= set(q.misconceptions) for q in ALL_CHECKED)


@pytest.mark.parametrize("question", IN_LESSON, ids=lambda q: f"{q.lesson}-{q.id}")
def test_in_lesson_known_wrong_variants_emit_only_declared_codes(question):
    """The generated plausible wrong answers (``wrong_answers``) on the in-lesson checks: declared codes only (in
    `make check`, every 3rd of each class of wrong answer: tests/sampled_cases.py)."""
    right = worked.in_lesson(question.lesson)[question.id].values
    emitted = {code for _, values in sample(named.wrong_values(question, right, ()), 3, by=lambda wrong: wrong[0])
               for code in _codes_seen(question, values)}
    assert not emitted - set(question.misconceptions), (question.id, emitted - set(question.misconceptions))


def test_the_guides_appendix_is_the_generated_table(repo_root):
    guide = (repo_root / "docs" / "instructor_guide.md").read_text(encoding="utf-8")
    assert catalogue.guide_table(guide) == catalogue.misconception_markdown(), \
        "run `python -m netcrime misconceptions --guide docs/instructor_guide.md`"


def _dict_questions():
    """(question, right values) for every checked question whose first answer is a dict of plain items."""
    found = []
    for lesson in registry.lesson_ids():
        answers = named.right_answers(lesson)
        for question in registry.checked(lesson):
            right = answers.get(question.id)
            if right and isinstance(right[0], dict) and right[0] and not question.rubric \
                    and all(isinstance(v, (str, bool, int, float)) for v in right[0].values()):
                found.append((question, right))
    return found


def test_a_one_element_series_inside_any_dict_answer_is_named_with_its_key_and_the_fix():
    """Issue #19: a one-element Series (df.loc[...]) or array (.values) as an item of a dict answer is named
    by every judge, whatever the question: the key, the value inside and .item(); never a wrong label, a
    Series repr, or "should be whole numbers"."""
    import numpy as np

    questions = _dict_questions()
    assert len(questions) >= 10, [q.id for q, _ in questions]  # L01 q6/q7, L03 q1/q9, L04 q1, L05 q4/q9-q12 ...
    for question, right in questions:
        key, item = next(iter(right[0].items()))
        for held in (pd.Series([item]), np.array([item]), pd.DataFrame({"x": [item]})):
            outcome = question.judge_values([{**right[0], key: held}, *right[1:]])
            where = (question.lesson, question.id, type(held).__name__, outcome.message)
            assert outcome.misconception == "one_value_in_a_series", where
            assert repr(key) in outcome.message and ".item()" in outcome.message and "dtype" not in outcome.message, where


def test_an_items_form_is_one_sentence_whichever_dict_judge_reads_it():
    """compare.item_slip (every mapping) and dict_items.item_form (typed_items) give the same verdict on an
    item's form: one piece of code, not two that word it differently."""
    from netcrime.checks.compare import item_slip, mapping
    from netcrime.checks.dict_items import item_form

    for given, wanted, kind, code in (("True", True, "bool", "bool_as_text"), (1, True, "bool", "bool_as_number"),
                                      ("795", 795, "number", "number_as_text"),
                                      (pd.Series([795]), 795, "number", "one_value_in_a_series")):
        form = item_form("k", given, kind)
        assert form is not None and form.misconception == code
        assert item_slip("k", given, wanted) == (form.misconception, form.message)
    judged = mapping({"a": True, "b": False})({"a": "True", "b": False})
    assert judged.misconception == "bool_as_text" and "'a'" in judged.message


def test_odd_numbers_get_a_sentence_in_every_question():
    """Review round 6 found 'could not judge' for a Fraction (lesson 00 q6/yt1, lesson 05 q3/q7/yt1/yt4/yt5: the
    number formatter), for 10**400 (lesson 00, lesson 04: float overflow) and for a function returning inf (lesson
    01 q1): every question, exercise or in-lesson, now answers these with a sentence."""
    from decimal import Decimal
    from fractions import Fraction

    from netcrime.checks.outcome import CANNOT_JUDGE

    odd = [Fraction(1, 3), Fraction(7, 1), Decimal("0.5"), 10 ** 400, -10 ** 400, float("inf"), float("nan"),
           lambda printed: float("inf")]
    grid = [(question, value) for question in ALL_QUESTIONS + IN_LESSON for value in odd]
    for question, value in sample(grid, 3, by=lambda case: (case[0].lesson, case[0].id)):  # `make check`: every question, every value
        outcome = question.judge_values([value] * len(question.reads))
        assert outcome.status != CANNOT_JUDGE, (question.lesson, question.id, value, outcome.message)
        assert outcome.message, (question.lesson, question.id, value)


class _Unreadable:
    """An answer every ordinary method of which raises (review round 7, E7)."""

    def __getattr__(self, name):
        raise RuntimeError(name)

    def __repr__(self):
        raise RuntimeError("repr")

    __str__ = __repr__

    def __eq__(self, other):
        raise RuntimeError("eq")

    def __hash__(self):
        raise RuntimeError("hash")

    def __bool__(self):
        raise RuntimeError("bool")

    def __len__(self):
        raise RuntimeError("len")

    def __iter__(self):
        raise RuntimeError("iter")

    def __float__(self):
        raise RuntimeError("float")


def _unreadable_answers():
    import altair as alt

    class BrokenChart(alt.Chart):
        def to_dict(self, *args, **kwargs):
            raise ValueError("to_dict")

    class LengthFails(list):  # a list whose len() raises: walking it must not raise again (review round 8, E3)
        def __len__(self):
            raise MemoryError("len")

    holds_itself: dict = {"mark": "bar"}
    holds_itself["encoding"] = holds_itself  # a chart judge would walk it for ever (round 8, E3)

    return [("the object", _Unreadable(), ("its __repr__ raised RuntimeError",)),
            ("a list whose len raises", LengthFails([1, 2]), ("__len__ raised MemoryError",)),
            ("a dict that holds itself", holds_itself, ("under key 'encoding'", "holds itself")),
            ("in a dict", {"a": _Unreadable()}, ("under key 'a'", "RuntimeError")),
            ("in a list", [1, _Unreadable()], ("item 1 of the list", "RuntimeError")),
            ("a chart whose to_dict raises", BrokenChart(pd.DataFrame({"a": [1]})).mark_bar(), ("to_dict",)),
            ("an empty chart", alt.Chart(), ("to_dict",))]


def test_an_unreadable_answer_gets_a_sentence_naming_what_failed_in_every_question():
    """Review round 7 (E7): an answer whose own methods raise (repr, ==, len, an attribute, a chart's to_dict),
    alone, inside a dict or a list, in place of any of a question's reads, never gets "The checker could not judge
    this answer": either a judge reads it anyway (a chart question says Altair could not build the chart), or the
    verdict names the method that failed and where."""
    from netcrime.checks.outcome import CANNOT_JUDGE

    answers = _unreadable_answers()
    named_failures = 0
    grid = [(question, read, answer) for question in ALL_CHECKED for read in range(max(1, len(question.reads)))
            for answer in answers]
    for question, read, (label, odd, words) in sample(grid, 2, by=lambda case: (case[0].lesson, case[0].id)):  # `make check`: each
        # question, each kind of answer (tests/sampled_cases.py)
        values = [None] * len(question.reads) or [None]
        values[read] = odd
        outcome = question.judge_values(values)
        where = (question.lesson, question.id, read, label, outcome.message)
        assert outcome.status != CANNOT_JUDGE and not outcome.passed and outcome.message, where
        if outcome.message.startswith("This answer cannot be read"):
            named_failures += 1
            assert all(word in outcome.message for word in words), where
    assert named_failures >= len(ALL_CHECKED) * (2 if thorough() else 1)  # the object and the dict at least, in most


def test_unreadable_names_the_failing_method_and_leaves_ordinary_values_alone():
    from netcrime.checks.values import unreadable, unreadable_message

    shared = [1, 2]
    for ordinary in (1626, "b", None, {"a": [1, 2]}, pd.DataFrame({"a": [1]}), pd.Series([1.0]),
                     frozenset({1}), (x for x in [1]), [shared, shared], {"a": shared, "b": [shared]}):
        assert unreadable(ordinary) is None and unreadable_message([ordinary]) is None, ordinary
    recursive: list = [0]
    recursive.append([recursive])  # holds itself one level down: no judge can walk it to the end
    assert unreadable(recursive) == "in item 1 of the list, in item 0 of the list is the list it sits in (it holds itself)"
    assert unreadable({"k": [0, {"j": _Unreadable()}]}) == \
        "in the value under key 'k', in item 1 of the list, in the value under key 'j', its __repr__ raised RuntimeError"


def test_a_typed_dict_is_not_a_function_however_right_its_readings():
    """Review round 8 (E3): a question that calls the student's function (q.probe) judged a dict the student typed as
    if the checker had made it, so {'0': 0, '1': 1, ...} "read all figures". Only the checker's own results count."""
    from netcrime.checks.outcome import WRONG_TYPE
    from netcrime.checks.question import ProbeResults, probe_function

    probed = [q for q in ALL_CHECKED if q.probe is not None]
    assert probed
    for question in probed:
        function, *rest = worked.answers(question.lesson)[question.id]
        results = probe_function(function, list(question.probe()))
        assert isinstance(results, ProbeResults)
        assert question.judge_values([results, *rest]).passed, question.id  # the checker's own results are judged
        typed = {str(i): i for i in range(50)}
        for dict_typed in (typed, dict(results)):  # made up, and the very readings copied into a plain dict
            outcome = question.judge_values([dict_typed, *rest])
            assert outcome.status == WRONG_TYPE and "should be a function" in outcome.message, (question.id, outcome)
