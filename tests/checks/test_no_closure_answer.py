"""No answer can be dug out of a judge (issue #19, review round 7, E1).

test_no_answer_function.py probes the names of the package and one level of attributes; this walks each checked
question's judge (and its parts' judges) the way round 7's reviewer did with ``inspect``: closure cells, default
arguments, a function's own attributes, ``functools.partial`` arguments, bound methods, dataclass fields, the
attributes of the course's own objects, and the items and keys of every dict, list, tuple and set found there, to
any depth that holds something. Every text, number and short collection found is handed to the check in place of
each value the question reads; none may be judged right.

Two kinds of find are not a lookup, and the walk tells them apart by what it judges, not by a list of names:
- a member of a collection that also holds members the check judges wrong: the options a question offers (its
  letters, its codes, the words of each option, the descriptions of its misconceptions), among which the right one
  sits as it does on the student's screen; picking it out is answering the question;
- ``COINCIDENCES``: a value that equals an answer by chance (a tolerance of 0.01 where the answer rounds to 0.01),
  each with its reason. It may only shrink.

Round 7 found lesson 05 q8's right list (a ``choices`` cell ``right``), q2's accepted date forms (a cell ``forms``)
and 16 option letters (``choice``'s ``correct_option``): the right options are now held as digests
(``sealed.SealedOptions``) and q2's forms are worked out from the report's date inside the judge.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import warnings

import numpy as np
import pytest

from netcrime.checks import compare, registry
from netcrime.checks.judge import Judge
from netcrime.checks.question import Question

from named_sets import right_values
from sampled_cases import sample

LESSONS = ("00", "01", "02", "03", "04", "05")
# (lesson, question, the last step of the path) -> why the value equals an answer by chance. May only shrink.
COINCIDENCES = {
    ("01", "q5", ".rel_tol"): "a slip's tolerance of 0.01 where q5's ratio, rounded to two places, is 0.01",
}


@dataclasses.dataclass
class Found:
    path: str
    value: object
    siblings: tuple = ()  # the other members of the collection it was found in (empty: found alone, in a cell)


def _is_candidate(value, functions: bool = False) -> bool:
    if functions and isinstance(value, types.FunctionType):  # the answer of a question that calls a function
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, (str, int, float, np.number)):
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return 0 < len(value) <= 40 and all(isinstance(v, (str, int, float)) and not isinstance(v, bool)
                                            for v in value)
    return isinstance(value, dict) and 0 < len(value) <= 40


def _children(obj, path: str) -> list[tuple[str, object, tuple]]:
    """(path, child, siblings) one step down from ``obj``."""
    kids: list[tuple[str, object, tuple]] = []
    if isinstance(obj, functools.partial):
        kids += [(f"{path}.args[{i}]", a, ()) for i, a in enumerate(obj.args)]
        kids += [(f"{path}.keywords[{k}]", v, ()) for k, v in obj.keywords.items()] + [(f"{path}.func", obj.func, ())]
    if isinstance(obj, types.FunctionType):
        for name, cell in zip(obj.__code__.co_freevars, obj.__closure__ or ()):
            try:
                kids.append((f"{path}.<{name}>", cell.cell_contents, ()))
            except ValueError:  # an empty cell
                pass
        kids += [(f"{path}.__defaults__[{i}]", d, ()) for i, d in enumerate(obj.__defaults__ or ())]
        kids += [(f"{path}.__kwdefaults__[{k}]", d, ()) for k, d in (obj.__kwdefaults__ or {}).items()]
        kids += [(f"{path}.{k}", v, ()) for k, v in vars(obj).items()]
    elif isinstance(obj, types.MethodType):
        kids += [(f"{path}.__self__", obj.__self__, ()), (f"{path}.__func__", obj.__func__, ())]
    elif isinstance(obj, dict):
        members = (*obj.values(), *obj.keys())
        kids += [(f"{path}[{k!r}]", v, members) for k, v in obj.items()]
        kids += [(f"{path}.key[{k!r}]", k, members) for k in obj]
    elif isinstance(obj, (list, tuple, set, frozenset)):
        members = tuple(obj)
        kids += [(f"{path}[{i}]", v, members) for i, v in enumerate(members)]
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        kids += [(f"{path}.{f.name}", getattr(obj, f.name, None), ()) for f in dataclasses.fields(obj)]
    elif type(obj).__module__.startswith("netcrime"):
        kids += [(f"{path}.{k}", v, ()) for k, v in vars(obj).items()] if hasattr(obj, "__dict__") else []
        kids += [(f"{path}.{k}", getattr(obj, k), ()) for k in getattr(type(obj), "__slots__", ()) if hasattr(obj, k)]
    return [(p, k, s) for p, k, s in kids if not isinstance(k, (types.ModuleType, type))]


def reachable(root, path: str = "judge", functions: bool = False) -> list[Found]:
    """Every candidate answer reachable from ``root`` (each value once, at its first path); with ``functions``, the
    functions too (for a question whose answer is a function: review round 8 handed q1's reference reader over)."""
    found: list[Found] = []
    seen: set[int] = set()
    stack = [(path, root, ())]
    while stack:
        where, obj, siblings = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if _is_candidate(obj, functions):
            found.append(Found(where, obj, siblings))
        stack += reversed(_children(obj, where))
    return found


def _judged_right(question: Question, right: list, value) -> bool:
    """Whether ``value``, given in place of any one of the question's values, is judged right."""
    for position in range(len(right)):
        values = list(right)
        values[position] = value
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if question.judge_values(values).passed:
                return True
    return False


def _roots(question: Question) -> list[tuple[str, object]]:
    probe = [("probe", question.probe)] if question.probe is not None else []  # it makes the inputs: it may read them
    return [("judge", question.judge), *probe, *((f"parts[{i}]", getattr(part, "judge", part))
                                                 for i, part in enumerate(getattr(question, "parts", ()) or ()))]


def leaks(question: Question, right: list, every: int = 1) -> list[str]:
    """The paths of what, dug out of ``question``'s judge, is judged right and is not one option among others (of
    what each root holds, every ``every``-th find in `make check`: tests/sampled_cases.py)."""
    verdicts: dict[tuple[str, str], bool] = {}

    def right_answer(value) -> bool:
        key = (type(value).__name__, repr(value))
        if key not in verdicts:
            verdicts[key] = _judged_right(question, right, value)
        return verdicts[key]

    out = []
    for root_path, root in _roots(question):
        for found in sample(reachable(root, root_path, functions=question.probe is not None), every):
            if not right_answer(found.value):
                continue
            if any(_is_candidate(s) and not right_answer(s) for s in found.siblings):
                continue  # one option among those the question offers, the others judged wrong
            if any(found.path.endswith(step) for (lesson, qid, step) in COINCIDENCES
                   if (lesson, qid) == (question.lesson, question.id)):
                continue
            out.append(f"{found.path} = {found.value!r:.80}")
    return out


@pytest.mark.parametrize("lesson", LESSONS)
def test_no_answer_is_dug_out_of_a_judge(lesson):
    right = right_values(lesson)
    questions = [*registry.questions(lesson), *registry.in_lesson(lesson)]
    assert questions
    found = {q.id: leaks(q, right[q.id], every=3) for q in questions if q.id in right}
    assert len(found) == len(questions), "every checked question has a right answer to probe with"
    assert not {qid: paths for qid, paths in found.items() if paths}


def _question(judge: Judge, right) -> Question:
    return Question(id="planted", lesson="99", reads=("x",), judge=judge)


def test_the_walk_finds_an_answer_planted_in_a_cell_a_default_and_a_collection():
    """Not blind: a text judge holding its accepted forms in a cell (q2's old shape), a judge whose answer sits in
    a default argument, and a right list kept whole in a cell are all found."""
    forms = ["2021-01-01", "2021-1-1"]
    planted_text = _question(compare.text(lambda: forms), "2021-01-01")
    assert leaks(planted_text, ["2021-01-01"])

    def by_default(value, answer=850):
        from netcrime.checks.outcome import correct, incorrect
        return correct() if value == answer else incorrect("no")
    assert leaks(_question(Judge(by_default), 850), [850])

    right_list = ["a", "c"]

    def whole(value):
        from netcrime.checks.outcome import correct, incorrect
        return correct() if sorted(value) == right_list else incorrect("no")
    assert any("<right_list>" in p for p in leaks(_question(Judge(whole), ["a", "c"]), [["a", "c"]]))


def test_choice_judges_hold_no_option_letter():
    """compare.choice/choices keep the right option(s) as digests: the letter is found only among the options."""
    judge = compare.choice("c", ("a", "b", "c", "d"))
    assert judge("c").passed and not judge("b").passed
    cells = [f.value for f in reachable(judge) if not f.siblings]
    assert "c" not in cells
    several = compare.choices({"a", "c"}, ("a", "b", "c", "d"))
    assert several(["c", "a"]).passed and not several(["a"]).passed and not several(["a", "b", "c"]).passed
    assert not any(f.value in ({"a", "c"}, ["a", "c"], ("a", "c")) for f in reachable(several))
