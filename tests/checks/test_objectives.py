"""The objectives map: every objective a lesson lists is assessed, every question assesses one.

``netcrime.checks.objectives`` maps each question (graded or in-lesson) to the
objective it assesses; these tests hold it to the lesson notebooks and to the
registry, so the map cannot drift from what the course says or checks.
"""
from __future__ import annotations

import nbformat
import pytest

from netcrime.checks import objectives, registry
from netcrime.checks.objectives import ASSESSES, OBJECTIVES, listed_objectives

LESSONS = registry.lesson_ids()

# Objectives no question assesses yet, each waiting for its lesson's owner (see the
# lessons' issue #19 work and notes/objectives_gaps.md). The test below fails when a new
# gap appears AND when one of these is closed without being struck from this list, so the
# list can only shrink. It must be empty when #19 is done.
KNOWN_GAPS: dict[str, set[str]] = {
}


def _objectives_cell(repo_root, lesson) -> list[str]:
    path = next((repo_root / "notebooks").glob(f"{lesson}_*.ipynb"))
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and listed_objectives(cell.source):
            return listed_objectives(cell.source)
    return []


def test_every_lesson_is_in_the_map():
    assert sorted(OBJECTIVES) == sorted(ASSESSES) == LESSONS


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_map_lists_exactly_the_notebooks_objectives(repo_root, lesson):
    listed = _objectives_cell(repo_root, lesson)
    assert listed, f"notebooks/{lesson}_*: no Objectives cell found"
    assert list(OBJECTIVES[lesson].values()) == listed, \
        f"lesson {lesson}: OBJECTIVES must repeat the notebook's Objectives cell, in order"


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_question_assesses_an_objective_of_its_lesson(lesson):
    ids = [q.id for q in registry.checked(lesson)]
    unmapped = [i for i in ids if i not in ASSESSES[lesson]]
    assert not unmapped, f"lesson {lesson}: questions mapped to no objective: {unmapped}"
    unknown_questions = sorted(set(ASSESSES[lesson]) - set(ids))
    assert not unknown_questions, f"lesson {lesson}: ids that name no question: {unknown_questions}"
    unknown_objectives = {q: o for q, o in ASSESSES[lesson].items() if o not in OBJECTIVES[lesson]}
    assert not unknown_objectives, f"lesson {lesson}: mapped to objectives the lesson lacks: {unknown_objectives}"


def test_every_objective_is_assessed_except_the_listed_gaps():
    gaps = {lesson: set(OBJECTIVES[lesson]) - set(ASSESSES[lesson].values()) for lesson in LESSONS}
    gaps = {lesson: found for lesson, found in gaps.items() if found}
    assert gaps == KNOWN_GAPS, ("objectives assessed by no question (left) differ from KNOWN_GAPS (right): "
                                "add a question for a new gap; strike a closed gap from KNOWN_GAPS")


def test_objective_of_gives_the_text():
    assert objectives.objective_of("03", "q9") == OBJECTIVES["03"]["o5"]
    assert objectives.objective_of("03", "nope") is None


def test_listed_objectives_reads_both_list_styles():
    numbered = "# T\n\n### Learning objectives\nBy the end:\n1. read a\n   long figure;\n2. chart it.\n\n> note\n"
    assert listed_objectives(numbered) == ["read a long figure", "chart it"]
    bulleted = "**You will learn to**\n- say what is counted;\n- weigh rivals.\n\nMore prose.\n- not an objective"
    assert listed_objectives(bulleted) == ["say what is counted", "weigh rivals"]
    assert listed_objectives("# A cell without objectives\n1. a step") == []


# Objectives assessed only by in-lesson your-turns (practice, not graded). Issue #19 asks every objective to be
# assessed by a graded question, and every one is now (lesson 00's q4-q7 and lesson 01's q13 closed the last
# gaps): the list is empty, so the test fails as soon as an objective loses its graded question.
KNOWN_UNGRADED: dict[str, set[str]] = {}


def test_every_objective_is_assessed_by_a_graded_question_except_the_listed_ones():
    ungraded = {}
    for lesson in LESSONS:
        graded = {ASSESSES[lesson][q.id] for q in registry.questions(lesson) if q.id in ASSESSES[lesson]}
        missing = set(OBJECTIVES[lesson]) - graded
        if missing:
            ungraded[lesson] = missing
    assert ungraded == KNOWN_UNGRADED, ("objectives with no graded question (left) differ from KNOWN_UNGRADED "
                                        "(right): add a graded question for a new one; strike a covered one")
