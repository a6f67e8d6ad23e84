"""tests/sampled_cases.py: `make check` runs a fixed sample of a long list that touches every group; `make test` the
whole list."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from example_counts import THOROUGH, thorough
from sampled_cases import sample

# A list this module's own collection samples: how many of its cases are collected tells a run's depth
DEPTH = sample(range(12), 4)


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


def test_make_test_collects_the_whole_lists(repo_root):
    """`make test`'s command (the Makefile's, which CI runs) collects every case of this module's sampled list. Its
    workers' options (``-n``, ``--dist``...) only share out the files, so the collection runs without them."""
    recipe = re.search(r"^test:.*\n\t(.*)$", (repo_root / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    words = shlex.split(recipe.split("-m pytest", 1)[1])
    args = [w for i, w in enumerate(words) if w not in ("-n", "--dist", "--no-loadscope-reorder")
            and (i == 0 or words[i - 1] not in ("-n", "--dist"))]
    assert args == []  # nothing else: no --hypothesis-profile, so tests/conftest.py's thorough one is loaded
    here = Path(__file__).relative_to(repo_root).as_posix()
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", *args, "--collect-only", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
         f"{here}::test_a_sampled_case_is_one_of_the_list"],
        cwd=repo_root, capture_output=True, text=True, timeout=120)
    assert collected.returncode == 0, collected.stdout + collected.stderr
    ids = re.findall(r"test_a_sampled_case_is_one_of_the_list\[(\d+)\]", collected.stdout)
    assert ids == [str(n) for n in range(12)], collected.stdout
