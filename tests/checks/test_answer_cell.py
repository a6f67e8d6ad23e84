"""A check never judges a stale value, and never needs a NameError to say so.

Run in real kernels through nbclient, as a student runs cells: the answer cell
raises (a text answer without quotes), the check says the answer cell failed;
after a restart, a check cell of a generated exercise runs on its own and says
in a sentence what to do.
"""
from __future__ import annotations

import json

import nbformat
import pytest
from nbclient import NotebookClient

from netcrime.build import self_sufficient_check
from netcrime.checks import answer_cell


def _run(sources: list[str], tmp_path) -> list[str]:
    """Execute cells in one fresh kernel; return each cell's text output."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    texts = []
    for cell in nb.cells:
        parts = []
        for out in cell.outputs:
            if out.output_type == "stream":
                parts.append(out.text)
            elif out.output_type == "error":
                parts.append(f"{out.ename}: {out.evalue}")
            else:
                parts.append(out.get("data", {}).get("text/plain", ""))
        texts.append("\n".join(parts))
    return texts


@pytest.fixture
def progress_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NETCRIME_PROGRESS_FILE", str(tmp_path / "progress.json"))


@pytest.mark.kernel
def test_check_says_the_answer_cell_failed_instead_of_repeating_the_old_verdict(tmp_path, progress_file):
    out = _run([
        "from netcrime.checks.lesson00 import q3",
        'counted = "b"',
        "q3.check()",
        "counted = c  # forgot the quotes",
        "q3.check()",
        'counted = "c"',
        "q3.check()",
    ], tmp_path)
    assert out[2].startswith("q3: Correct"), out[2]
    assert "NameError" in out[3]
    assert out[4].startswith("q3: Could not check"), out[4]
    assert "The cell that sets 'counted' (In [4]) stopped with an error: NameError" in out[4]
    assert "put it in quotes" in out[4] and "Correct" not in out[4]
    assert out[6].startswith("q3: Not yet"), out[6]  # fixed: judged again


@pytest.mark.kernel
def test_a_syntax_error_in_the_answer_cell_is_named_too(tmp_path, progress_file):
    out = _run(["from netcrime.checks.lesson00 import q1", "gangs = 1,759)", "q1.check()"], tmp_path)
    assert "SyntaxError" in out[1]
    assert "The cell that sets 'gangs'" in out[2] and "SyntaxError" in out[2], out[2]


@pytest.mark.kernel
def test_after_a_restart_a_generated_check_cell_runs_alone_and_says_what_to_do(tmp_path, progress_file, repo_root):
    exercise = json.loads((repo_root / "exercises/01_reading_the_release.ipynb").read_text())
    check_cell = next("".join(c["source"]) for c in exercise["cells"]
                      if "".join(c["source"]).endswith("q11.check()"))
    out = _run([check_cell], tmp_path)  # a fresh kernel: nothing else has run
    assert "NameError" not in out[0]
    assert "q11: Not attempted yet" in out[0] and "There is no variable called 'better_word'" in out[0]


@pytest.mark.kernel
def test_a_failed_answer_cell_before_any_import_is_caught_by_the_check_cell(tmp_path, progress_file):
    out = _run(["better_word = apprehended",
                self_sufficient_check("q11.check()", "lesson01")], tmp_path)
    assert "NameError" in out[0]
    assert "The cell that sets 'better_word' (In [1]) stopped with an error" in out[1], out[1]


def test_every_check_cell_of_every_exercise_imports_its_question(repo_root):
    for path in sorted((repo_root / "exercises").glob("*.ipynb")):
        for cell in json.loads(path.read_text())["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code" and source.rstrip().endswith(".check()"):
                question = source.strip().splitlines()[-1].split(".")[0]
                assert f"import {question}" in source, f"{path.name}: {source!r}"


@pytest.mark.parametrize("source, names", [
    ("x = 1", {"x"}),
    ("a, b = 1, 2\nc: int = 3\nd += 1", {"a", "b", "c", "d"}),
    ("def from_chinese(p):\n    return 1", {"from_chinese"}),
    ("chart = alt.Chart(df).mark_bar(", {"chart"}),  # syntax error: read line by line
    ("q1.check()\nprint(x == 2)", set()),
])
def test_assigned_names(source, names):
    assert answer_cell.assigned_names(source) == names


def test_lesson00_choice_shows_meanings_and_a_click_is_what_the_check_judges(repo_root):
    from netcrime.checks.answer_widgets import choice_widget
    from netcrime.checks.lesson00 import Q3_CHOICES, q3

    namespace = {}
    box = choice_widget(q3, Q3_CHOICES, namespace=namespace)
    buttons = box.children[0]
    assert "(b) cases the police solved" in buttons.options[1]  # the meaning is on the button
    buttons.value = "b"
    assert namespace["counted"] == "b" and q3.evaluate(namespace).passed
    # ... and no later cell of lesson 00 overwrites the click with `counted = ...`
    cells = json.loads((repo_root / "notebooks/00_start_here.ipynb").read_text())["cells"]
    widget_at = next(i for i, c in enumerate(cells) if "choice_widget(q3" in "".join(c["source"]))
    for cell in cells[widget_at + 1:]:
        assert "counted =" not in "".join(cell["source"]), "a cell after the widget overwrites the click"


def test_code_too_deep_for_the_parser_is_read_line_by_line_and_never_raises():
    deep = "x = " + "(" * 5000 + "1" + ")" * 5000
    assert answer_cell.assigned_names(deep) == {"x"}

    class Result:  # what IPython hands the hook, for a cell that raised
        error_before_exec = None
        error_in_exec = RecursionError("deep")
        execution_count = 7
        info = type("Info", (), {"raw_cell": deep})()

    answer_cell.record(Result())
    assert answer_cell.stale_answer(["x"], shell=object())[1].execution_count == 7
    answer_cell._failed.clear()
