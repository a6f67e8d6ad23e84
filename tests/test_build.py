"""Exercises are generated from solutions: the conventions, and that exercises/ is current."""
from __future__ import annotations

import shutil

import nbformat
import pytest

from netcrime import build


def _solution(*cells, lesson="07"):
    nb = nbformat.v4.new_notebook(cells=list(cells))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i}"
    nb.metadata["netcrime"] = {"lesson": lesson}
    return nb


def test_solution_region_becomes_placeholders():
    source = ("figures = data.release_figures()\n"
              "### BEGIN SOLUTION\n"
              "total = figures['value'].sum()\n"
              "share, rest = 0.5, 0.5\n"
              "total = total * 2\n"
              "print(total)\n"
              "### END SOLUTION\n"
              "q1.check()")
    out = build.strip_code(source)
    assert out == ("figures = data.release_figures()\n"
                   "# your code here\n"
                   "total = ...\n"
                   "share, rest = ..., ...\n"
                   "q1.check()")


def test_function_bodies_keep_their_indent_and_return_a_placeholder():
    source = ("def classify(text):\n"
              "    ### BEGIN SOLUTION\n"
              "    if 'loan' in text:\n"
              "        return 'trap_loan'\n"
              "    return 'other'\n"
              "    ### END SOLUTION")
    assert build.strip_code(source) == "def classify(text):\n    # your code here\n    return ..."


def test_region_without_assignment_leaves_an_ellipsis():
    assert build.strip_code("### BEGIN SOLUTION\nprint(1)\n### END SOLUTION") == "# your code here\n..."


@pytest.mark.parametrize("source, problem", [
    ("### BEGIN SOLUTION\nx = 1", "never closed"),
    ("x = 1\n### END SOLUTION", "without BEGIN"),
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "inside another"),
])
def test_broken_markers_are_reported_with_their_place(source, problem):
    with pytest.raises(build.BuildError, match=problem):
        build.strip_code(source, "nb, cell 3")


def test_solution_only_cells_and_markdown_answers_are_dropped_and_outputs_cleared():
    code = nbformat.v4.new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION")
    code.outputs = [nbformat.v4.new_output("stream", text="1")]
    code.execution_count = 4
    nb = _solution(
        nbformat.v4.new_markdown_cell("Question.\n<!-- BEGIN SOLUTION -->\nThe answer is 1.\n<!-- END SOLUTION -->\n"),
        code,
        nbformat.v4.new_code_cell("### SOLUTION ONLY\nq1.show_mistake(2)"),
    )
    exercise = build.exercise_from_solution(nb, "07_x.ipynb")
    assert [c.cell_type for c in exercise.cells] == ["markdown", "code"]
    assert "answer" not in exercise.cells[0].source
    assert exercise.cells[1].outputs == [] and exercise.cells[1].execution_count is None
    assert exercise.metadata["netcrime"] == {"lesson": "07", "generated_from": "solutions/07_x.ipynb"}
    rendered = build.render(exercise)
    assert "SOLUTION" not in rendered


def test_build_is_idempotent(tmp_path, repo_root):
    shutil.copytree(repo_root / "solutions", tmp_path / "solutions")
    first = {p.name: p.read_bytes() for p in build.build(tmp_path)}
    second = {p.name: p.read_bytes() for p in build.build(tmp_path)}
    assert first == second
    assert build.stale(tmp_path) == []


def test_committed_exercises_match_a_fresh_build(repo_root):
    assert build.stale(repo_root) == [], "run `make build` (python -m netcrime build) and commit exercises/"


def test_stale_detects_edited_and_orphaned_exercises(tmp_path):
    (tmp_path / "solutions").mkdir()
    nbformat.write(_solution(nbformat.v4.new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION")),
                   tmp_path / "solutions" / "07_x.ipynb")
    build.build(tmp_path)
    assert build.stale(tmp_path) == []
    target = tmp_path / "exercises" / "07_x.ipynb"
    target.write_text(target.read_text().replace("x = ...", "x = 1"))
    (tmp_path / "exercises" / "08_y.ipynb").write_text("{}")
    problems = build.stale(tmp_path)
    assert "exercises/07_x.ipynb differs from a fresh build" in problems
    assert "exercises/08_y.ipynb has no solution notebook" in problems
