"""tests/sampled_cases.py: `make check` runs a fixed sample of a long list that touches every group; `make test` the
whole list."""
from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

import sampled_cases
from example_counts import THOROUGH, thorough
from sampled_cases import sample

# A list this module's own collection samples: how many of its cases are collected tells a run's depth
DEPTH = sample(range(12), 4)
# A parametrized list that make check's plugin samples (it has more than sampled_cases.MANY cases)
LESSONS, QUESTIONS = ("00", "01", "02", "03", "04", "05"), ("q1", "q2", "q3", "q4")
GRID = [(lesson, question) for lesson in LESSONS for question in QUESTIONS]


@pytest.fixture
def profile():
    """Load a Hypothesis profile for one test, and the one loaded before it again afterwards."""
    before = settings._current_profile  # noqa: SLF001 - the name load_profile records
    yield settings.load_profile
    settings.load_profile(before)


def test_under_the_thorough_profile_the_whole_list_is_taken(profile):
    profile(THOROUGH)
    cases = [(lesson, n) for lesson in "abc" for n in range(7)]
    assert sample(cases, 5, by=lambda case: case[0]) == cases
    assert sample(cases, 5) == cases


def test_under_the_check_profile_every_group_is_touched_in_the_cases_order(profile):
    profile("check")
    cases = [("a", 0), ("b", 0), ("a", 1), ("a", 2), ("c", 0), ("a", 3), ("a", 4), ("b", 1), ("a", 5)]
    kept = sample(cases, 3, by=lambda case: case[0])
    # a: its 1st and 4th; b (the second group): its 2nd; c (the third, of one case): its only one. In the cases' order.
    assert kept == [("a", 0), ("c", 0), ("a", 3), ("b", 1)]
    assert kept == sample(cases, 3, by=lambda case: case[0])  # the same every time
    grid = [(question, value) for question in range(7) for value in range(4)]  # each question given the same values
    tried = sample(grid, 3, by=lambda case: case[0])
    assert {q for q, _ in tried} == set(range(7)) and {v for _, v in tried} == set(range(4)) and len(tried) < 14
    assert sample(range(10), 4) == [0, 4, 8] and sample(range(10), 1) == list(range(10))
    assert sample([], 4) == []


@pytest.mark.parametrize("case", DEPTH)
def test_a_sampled_case_is_one_of_the_list(case):
    assert case in range(12)


def test_this_runs_list_has_the_runs_depth():
    assert DEPTH == (list(range(12)) if thorough() else [0, 4, 8])


@pytest.mark.parametrize("lesson, question", GRID)
def test_a_parametrized_case_is_one_of_the_grid(lesson, question):
    assert lesson in LESSONS and question in QUESTIONS


class Case:
    """What the plugin reads of a pytest item: its parameters' ids (``callspec.id``)."""

    def __init__(self, case_id: str) -> None:
        self.callspec = type("CallSpec", (), {"id": case_id})()

    def __repr__(self) -> str:
        return self.callspec.id


def test_a_parametrized_sample_touches_every_group_and_class_whatever_the_order(profile):
    profile("check")
    ids = [f"{q}-{text}{q}-{kind}" for q in ("q1", "q2", "q3") for text, kind in
           [("a", "fall"), ("b", "fall"), ("c", "victims"), ("d", "fall"), ("e", "convicted"), ("f", "fall"),
            ("g", "fall"), ("h", "fall")]]
    cases = [Case(case_id) for case_id in ids]
    kept = [case.callspec.id for case in sampled_cases.sample_parametrized(cases, 6)]
    assert len(kept) < len(ids) / 2
    for place, parts in enumerate(zip(*(case_id.split("-") for case_id in ids))):
        shared = {part for part in parts if parts.count(part) > 1}  # q1, q2, q3; fall, victims, convicted
        assert shared <= {case_id.split("-")[place] for case_id in kept}, (place, kept)
    shuffled = cases[::-1][1::2] + cases[::-1][::2]  # pytest-randomly's order, or a set's
    assert [case.callspec.id for case in sampled_cases.sample_parametrized(shuffled, 6)] == kept  # stable
    texts = [Case(text) for text in "abcdefghijklmnop"]  # no part shared: one group, every 4th
    assert [case.callspec.id for case in sampled_cases.sample_parametrized(texts, 4)] == list("aeim")
    profile(THOROUGH)
    assert [case.callspec.id for case in sampled_cases.sample_parametrized(texts, 4)] == list("abcdefghijklmnop")


def _collected(repo_root: Path, args: list[str], env: dict | None = None) -> str:
    """What pytest started with ``args`` collects of this module's two sampled lists (one process: each costs 1 s)."""
    here = Path(__file__).relative_to(repo_root).as_posix()
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", *args, "--collect-only", *([] if "-q" in args else ["-q"]), "-p",
         "no:cacheprovider", f"{here}::test_a_sampled_case_is_one_of_the_list",
         f"{here}::test_a_parametrized_case_is_one_of_the_grid"],
        cwd=repo_root, capture_output=True, text=True, timeout=120, env=env)
    assert collected.returncode == 0, collected.stdout + collected.stderr
    return collected.stdout


def _grid(collected: str) -> list[tuple[str, str]]:
    return re.findall(r"test_a_parametrized_case_is_one_of_the_grid\[(\d+)-(q\d)\]", collected)


def test_make_checks_options_run_a_stable_sample_of_a_parametrized_list_that_touches_every_lesson_and_question(
        repo_root, profile):
    """What `make check`'s runner passes (its OPTIONS, with the plugin, and the plugin's folder on the path): the
    sample ``sample_parametrized`` gives for the grid's ids, which depends on nothing else (the unit test above
    shuffles them)."""
    spec = importlib.util.spec_from_file_location("make_check_options", repo_root / "tools" / "make_check.py")
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)
    assert ["-p", "sampled_cases"] == runner.OPTIONS[runner.OPTIONS.index("sampled_cases") - 1:][:2]
    kept = _grid(_collected(repo_root, [*runner.OPTIONS, "--randomly-seed=1"], runner.plugin_env(repo_root)))
    assert {lesson for lesson, _ in kept} == set(LESSONS) and {q for _, q in kept} == set(QUESTIONS)
    assert len(kept) < len(GRID) / 2
    profile("check")
    expected = sampled_cases.sample_parametrized([Case(f"{lesson}-{q}") for lesson, q in GRID], sampled_cases.EVERY)
    assert sorted(kept) == sorted(tuple(case.callspec.id.split("-")) for case in expected)


def test_make_test_collects_the_whole_lists(repo_root):
    """`make test`'s command (the Makefile's, which CI runs) collects every case of this module's sampled lists: the
    list ``sample`` shortens and the parametrized grid the plugin would. Its workers' options (``-n``, ``--dist``...)
    only share out the files, so the collection runs without them."""
    recipe = re.search(r"^test:.*\n\t(.*)$", (repo_root / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    words = shlex.split(recipe.split("-m pytest", 1)[1])
    args = [w for i, w in enumerate(words) if w not in ("-n", "--dist", "--no-loadscope-reorder")
            and (i == 0 or words[i - 1] not in ("-n", "--dist"))]
    assert args == []  # nothing else: no --hypothesis-profile, so tests/conftest.py's thorough one is loaded
    collected = _collected(repo_root, [*args, "-p", "no:randomly"])
    ids = re.findall(r"test_a_sampled_case_is_one_of_the_list\[(\d+)\]", collected)
    assert ids == [str(n) for n in range(12)], collected
    assert _grid(collected) == GRID, collected  # and no plugin samples a parametrized list
