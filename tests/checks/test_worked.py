"""Each question is written once, in its solution notebook; everything else reads the extraction.

The prompt and the worked solution live in solutions/NN_*.ipynb; the build
extracts them into checks/worked_solutions.json; solution() and the tests'
right answers come from there. An in-lesson check ("your turn") is asked in its
lesson notebook only: the build extracts its prompt into
checks/in_lesson_prompts.json. Lesson ids and question counts are derived, and
these tests check that every place that names them agrees.
"""
from __future__ import annotations

import json
import re

import nbformat
import pytest

from netcrime.checks import registry, worked
from netcrime.checks.outcome import CORRECT, RECORDED

from every_case import assert_every

LESSONS = registry.all_lessons()
ALL_QUESTIONS = [q for questions in LESSONS.values() for q in questions]
IN_LESSON = [q for questions in registry.all_in_lesson().values() for q in questions]


def test_the_json_is_a_fresh_extraction_of_the_solution_notebooks(repo_root):
    on_disk = (repo_root / "src" / "netcrime" / "checks" / "worked_solutions.json").read_text(encoding="utf-8")
    assert on_disk == worked.render(worked.extract(repo_root)), \
        "worked_solutions.json is stale: run `python -m netcrime build`"


def test_every_question_has_one_worked_entry_and_every_entry_a_question():
    extracted = worked.load()
    assert sorted(extracted) == sorted(LESSONS), "a lesson has checks but no solution notebook, or the reverse"
    for lesson, questions in LESSONS.items():
        assert list(extracted[lesson]["questions"]) == [q.id for q in questions], \
            f"lesson {lesson}: the solution notebook's checks and the module's QUESTIONS differ (or their order)"


def test_prompt_and_solution_come_from_the_notebook():  # each question a case (tests/every_case.py says why)
    def wrong(question) -> str | None:
        entry = worked.entry(question.lesson, question.id)
        if question.prompt != entry["prompt"] or not question.prompt.strip():
            return "its prompt is not the notebook's"
        if not question.solution_code or question.solution_code not in "\n\n".join(c["code"] for c in entry["cells"]):
            return "its solution is not the notebook's"
        if question.typed_prompt or question.typed_solution:
            return f"lesson{question.lesson}.py types the prompt or solution: write it in the notebook only"
        return None

    assert_every(ALL_QUESTIONS, wrong, "questions", label=lambda q: f"{q.lesson}-{q.id}")


def test_the_in_lesson_prompts_are_a_fresh_extraction_of_the_lesson_notebooks(repo_root):
    on_disk = (repo_root / "src" / "netcrime" / "checks" / "in_lesson_prompts.json").read_text(encoding="utf-8")
    assert on_disk == worked.render(worked.extract_prompts(repo_root)), \
        "in_lesson_prompts.json is stale: run `python -m netcrime build`"


def test_every_in_lesson_check_is_asked_once_in_its_lesson_and_typed_nowhere_else():
    extracted = worked.load_prompts()
    declared = {lesson: [q.id for q in questions] for lesson, questions in registry.all_in_lesson().items() if questions}
    assert {lesson: sorted(found) for lesson, found in extracted.items()} == \
        {lesson: sorted(ids) for lesson, ids in declared.items()}, \
        "a lesson notebook checks a your-turn its module does not declare in IN_LESSON, or the reverse"
    for question in IN_LESSON:
        assert question.prompt == extracted[question.lesson][question.id], question
        assert question.prompt.startswith("**Your turn") and len(question.prompt) > 40, question
        assert not question.typed_prompt, \
            f"lesson{question.lesson}.py types the prompt of {question.id}: write it in the lesson notebook only"
        assert question.solution_code, f"{question.id}: an in-lesson check's worked solution is given in its module"


def test_a_your_turn_check_without_its_prompt_above_is_an_error():
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    asked = nbformat.v4.new_notebook(cells=[md("Some teaching.\n\n**Your turn (yt1).** Count the rows."),
                                            code("n = ...\nyt1.check()"), md("More teaching."),
                                            code("m = ...\nyt2.check()")])
    with pytest.raises(worked.ExtractError, match="yt2.check.. has no '\\*\\*Your turn' Markdown cell above it"):
        worked.extract_in_lesson_prompts(asked, "09_x.ipynb")
    asked.cells.insert(3, md("**Your turn.** Now the gangs."))
    assert worked.extract_in_lesson_prompts(asked) == {"yt1": "**Your turn (yt1).** Count the rows.",
                                                       "yt2": "**Your turn.** Now the gangs."}


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: f"{q.lesson}-{q.id}")
def test_the_worked_solution_passes_its_own_check(question):
    values = worked.answers(question.lesson)[question.id]
    outcome = question.judge_values(values)
    if question.rubric:  # a written answer is recorded for the instructor: never credited
        assert outcome.status == RECORDED and not outcome.passed and outcome.message, (question.id, outcome)
        return
    assert outcome.status == CORRECT, (question.id, outcome.message)


def test_lesson_ids_agree_everywhere(repo_root):
    solutions = {p.name[:2]: p for p in (repo_root / "solutions").glob(worked.SOLUTIONS_GLOB)}
    modules = {p.stem[len("lesson"):] for p in (repo_root / "src" / "netcrime" / "checks").glob("lesson[0-9]*.py")}
    assert set(solutions) == modules == set(LESSONS)
    for lesson, questions in LESSONS.items():
        assert {q.lesson for q in questions} == {lesson}
        metadata = nbformat.read(solutions[lesson], as_version=4).metadata["netcrime"]
        assert metadata["lesson"] == lesson
        exercise = repo_root / "exercises" / solutions[lesson].name
        if metadata.get("exercises", True):
            assert nbformat.read(exercise, as_version=4).metadata["netcrime"]["lesson"] == lesson
        else:
            assert not exercise.exists()
        lesson_notebooks = list((repo_root / "notebooks").glob(f"{lesson}_*.ipynb"))
        assert len(lesson_notebooks) == 1, f"lesson {lesson} needs exactly one notebooks/{lesson}_*.ipynb"


def test_the_checks_a_notebook_imports_are_the_lessons_questions(repo_root):
    for path in sorted((repo_root / "exercises").glob("*.ipynb")):
        lesson = path.name[:2]
        source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        imported = re.search(rf"from netcrime\.checks\.lesson{lesson} import ([\w, ]+)", source)
        assert imported, f"{path.name} does not import its lesson's checks"
        names = [n.strip() for n in imported.group(1).split(",")]
        assert names == [q.id for q in LESSONS[lesson]], f"{path.name} imports {names}"


def test_solution_shows_the_notebook_code(capsys):
    question = LESSONS["00"][1]
    question.solution()
    shown = capsys.readouterr().out
    assert question.solution_code in shown and question.explanation in shown


def test_without_the_json_solution_says_politely_it_is_not_part_of_this_assignment(monkeypatch, capsys):
    monkeypatch.setattr(worked, "load", lambda: None)
    question = LESSONS["01"][0]
    assert question.solution_code is None
    question.solution()
    shown = capsys.readouterr().out
    assert "not part of this assignment" in shown and "def " not in shown


def _solution_notebook(*cells, lesson="07"):
    nb = nbformat.v4.new_notebook(cells=list(cells))
    nb.metadata["netcrime"] = {"lesson": lesson}
    return nb


def test_extraction_reads_prompt_context_and_solution():
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    nb = _solution_notebook(
        code("from netcrime.checks.lesson07 import q1"),
        md("## Q1 · A title\n\nCompute `x`."),
        code("base = 2"),
        code("### BEGIN SOLUTION\nx = base * 21\n### END SOLUTION"),
        code("q1.check()"),
        code("### SOLUTION ONLY\nq1.show_mistake(41)"),
    )
    found = worked.extract_notebook(nb)
    assert found["setup"] == ["from netcrime.checks.lesson07 import q1"]
    q1 = found["questions"]["q1"]
    assert q1["title"] == "Q1 · A title" and q1["prompt"] == "Compute `x`."
    assert q1["cells"] == [{"solution": False, "code": "base = 2"}, {"solution": True, "code": "x = base * 21"}]


def test_a_check_without_a_solution_region_is_an_error():
    nb = _solution_notebook(nbformat.v4.new_markdown_cell("## Q1"), nbformat.v4.new_code_cell("q1.check()"))
    with pytest.raises(worked.ExtractError, match="no solution region"):
        worked.extract_notebook(nb, "07_x.ipynb")


def test_metadata_must_agree_with_the_file_name(tmp_path):
    (tmp_path / "solutions").mkdir()
    nbformat.write(_solution_notebook(lesson="08"), tmp_path / "solutions" / "07_x.ipynb")
    with pytest.raises(worked.ExtractError, match="file name says lesson '07'"):
        worked.extract(tmp_path)


def test_the_json_is_valid_and_stable(repo_root):
    text = (repo_root / "src" / "netcrime" / "checks" / "worked_solutions.json").read_text(encoding="utf-8")
    assert worked.render(json.loads(text)) == text
