"""Written answers to be marked and partial credit, through the real grader: one small class, two runs.

The class answers two instructor questions of lesson 00: a written answer with a rubric (recorded,
never credited by the computer) and a chart question with parts (1 + 1 + 0.5 points). The second
run applies the instructor's marks, given by filling in ``to_mark.csv`` and saving it as
``overrides.csv``, as the guide tells instructors to.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from netcrime.cli import main

pytestmark = pytest.mark.kernel  # runs notebooks: in `make test`, not `make check`

EXTRA = '''
from netcrime.checks.parts import Part
from netcrime.checks.question import Question
from netcrime.checks.vegalite import chart
from netcrime.checks.written import recorded_text

LOOSE = dict(require_title=False, require_description=False)
EXTRA_QUESTIONS = {"00": [
    Question(id="x_essay", lesson="00", reads=("essay",), judge=recorded_text((3, 100)), points=2,
             rubric=("Says what the figure counts.", "Says why it is not a trend.")),
    Question(id="x_chart", lesson="00", reads=("fig",), parts=[
        Part("bars", 1.0, chart(mark="bar", **LOOSE)),
        Part("k on the x axis", 1.0, chart(encodings={"x": {"field": "k", "type": "nominal"}}, **LOOSE)),
        Part("a title", 0.5, chart(require_title=True, require_description=False)),
    ]),
]}
'''

CHART = "import altair as alt, pandas as pd\nfig = alt.Chart(pd.DataFrame({'k': ['a'], 'n': [1]}))"
STUDENTS = {
    "s_all": ["essay = 'It counts police activity, not crime, so a fall is not a trend.'",
              CHART + ".mark_bar().encode(x='k:N', y='n:Q').properties(title='Counts')"],
    "s_some": ["essay = 'Crime fell.'", CHART + ".mark_line().encode(x='k:N', y='n:Q')"],  # only k on x passes
    "s_blank": ["essay = ...", "fig = ..."],
}


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("marking")
    subs, out = root / "subs", root / "grades"
    subs.mkdir()
    for name, cells in STUDENTS.items():
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
        nb.metadata["netcrime"] = {"lesson": "00"}
        nbformat.write(nb, subs / f"{name}.ipynb")
    (root / "extra.py").write_text(EXTRA, encoding="utf-8")
    (root / "roster.csv").write_text("Name,Login\nAna Li,s_all\nBo Wen,s_some\nCy Xu,s_blank\n", encoding="utf-8")
    args = ["grade", str(subs), "--out", str(out), "--extra-checks", str(root / "extra.py"), "--lesson", "00",
            "--roster", str(root / "roster.csv"), "--quiet", "--jobs", "2"]
    assert main(args) == 0
    return {"out": out, "args": args}


def _book(out):
    return {row["student"]: row for row in read_csv(out / "gradebook.csv")}


def test_parts_earn_exactly_the_points_of_the_parts_that_pass(graded):
    book = _book(graded["out"])
    assert [book[s]["x_chart"] for s in ("s_all", "s_some", "s_blank")] == ["2.5", "1", "0"]
    results = {(r["student"], r["question"]): r for r in read_csv(graded["out"] / "results.csv")}
    assert results[("s_some", "x_chart")]["parts"] == "bars 0/1; k on the x axis 1/1; a title 0/0.5"
    assert results[("s_all", "x_chart")]["parts"] == ""  # correct as a whole: full points, no breakdown needed
    feedback = (graded["out"] / "feedback" / "s_some.md").read_text(encoding="utf-8")
    assert "- Not yet: bars (0 / 1 points)" in feedback and "- Right: k on the x axis (1 / 1 points)" in feedback
    assert "**Not yet** (1 / 2.5 points)" in feedback


def test_written_answers_are_to_be_marked_with_the_rubric_beside_them(graded):
    out = graded["out"]
    book = _book(out)
    assert (book["s_all"]["x_essay"], book["s_all"]["to_mark"], book["s_all"]["total"]) == ("to mark", "1", "2.5")
    assert book["s_all"]["max_points"] == "11.5"  # lesson 00's seven 1-point questions + 2 (essay) + 2.5 (chart)
    assert (book["s_blank"]["x_essay"], book["s_blank"]["to_mark"]) == ("0", "0")  # a blank is not to be marked
    results = {(r["student"], r["question"]): r for r in read_csv(out / "results.csv")}
    assert results[("s_some", "x_essay")]["verdict"] == "recorded"
    to_mark = (out / "to_mark.md").read_text(encoding="utf-8")
    assert "2 answers, 2 still to mark, 2 points each." in to_mark
    assert "1. Says what the figure counts." in to_mark and "2. Says why it is not a trend." in to_mark
    assert "### s_all (Ana Li): to mark, 0-2 points" in to_mark and "> Crime fell." in to_mark
    sheet = read_csv(out / "to_mark.csv")
    assert [(r["student"], r["question"], r["points"]) for r in sheet] == [("s_all", "x_essay", ""),
                                                                          ("s_some", "x_essay", "")]
    assert sheet[0]["rubric"] == "[1] Says what the figure counts. | [2] Says why it is not a trend."
    feedback = (out / "feedback" / "s_all.md").read_text(encoding="utf-8")
    assert feedback.startswith("# Feedback for Ana Li")
    assert "(2 more to be marked by your instructor)" in feedback
    assert "**Recorded for your instructor: to be marked** (- / 2 points)" in feedback
    assert "What a strong answer covers:\n\n1. Says what the figure counts." in feedback
    assert "check again" not in feedback.lower()
    summary = (out / "summary.md").read_text(encoding="utf-8")
    # answered 2, no right/wrong share for written answers, 1 blank, 2 to be marked, counted apart
    assert re.search(r"^\| x_essay \| [^|]+ \| 2 \| - \| 1 \| 2 \|", summary, re.M), summary
    assert {r["question"]: r["to_mark"] for r in read_csv(out / "summary.csv")}["x_essay"] == "2"


def test_marks_given_in_to_mark_csv_are_applied_and_kept(graded, tmp_path):
    # On a copy of the run's output folder (its cache included): the other tests read the shared run unmarked.
    out = tmp_path / "grades"
    shutil.copytree(graded["out"], out)
    args = [str(out) if a == str(graded["out"]) else a for a in graded["args"]]
    sheet = (out / "to_mark.csv").read_text(encoding="utf-8-sig").splitlines()
    # The instructor marks Ana's essay in the sheet, leaves Bo's for later, and adds a line of their own.
    sheet[1] = sheet[1].replace("s_all,00,x_essay,,,", "s_all,00,x_essay,1.5,,Names the unit; trend point thin", 1)
    sheet.append("s_some,00,x_chart,2,,A line chart is acceptable here,,,,")
    (out / "overrides.csv").write_text("\n".join(sheet) + "\n", encoding="utf-8")
    for _ in range(2):  # the second re-run is served from the cache and still applies the marks
        assert main(args) == 0
        book = _book(out)
        assert (book["s_all"]["x_essay"], book["s_all"]["to_mark"], book["s_all"]["total"]) == ("1.5", "0", "4")
        assert (book["s_some"]["x_essay"], book["s_some"]["x_chart"], book["s_some"]["to_mark"]) == ("to mark", "2", "1")
    feedback = (out / "feedback" / "s_all.md").read_text(encoding="utf-8")
    assert "**Marked by your instructor** (1.5 / 2 points)" in feedback
    assert "Your instructor's marking: Names the unit; trend point thin" in feedback
    assert "more to be marked" not in feedback
    to_mark = (out / "to_mark.md").read_text(encoding="utf-8")
    assert "### s_all (Ana Li): marked 1.5 / 2: Names the unit; trend point thin" in to_mark
    assert "2 answers, 1 still to mark" in to_mark


def test_a_lesson_question_with_items_earns_the_items_that_are_right(tmp_path):
    """Lesson 04's q1 (eight statements to code, a quarter point each), graded from a real notebook."""
    from netcrime.checks import lesson04
    from netcrime.instructor import lesson04_key

    codes = dict(lesson04_key.NEW_STATEMENT_CODES)  # the key is the instructor's (#19)
    codes.update({"N4": codes["N6"], "N6": codes["N4"]})  # the own-fault / exposure pair swapped: 2 items wrong
    subs = tmp_path / "subs"
    subs.mkdir()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"codes = {codes!r}")])
    nb.metadata["netcrime"] = {"lesson": "04"}
    nbformat.write(nb, subs / "s1.ipynb")
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1"]) == 0
    [row] = read_csv(tmp_path / "out" / "gradebook.csv")
    assert row["q1"] == "1.5" and lesson04.q1.points == 2
    [result] = [r for r in read_csv(tmp_path / "out" / "results.csv") if r["question"] == "q1"]
    assert result["verdict"] == "incorrect" and "N4 0/0.25" in result["parts"] and "N6 0/0.25" in result["parts"]
    assert "N1 0.25/0.25" in result["parts"]


def test_a_lesson_02_chart_earns_its_parts_through_the_grader(tmp_path):
    """Lesson 02's q5 in three parts (form 0.5, words 0.25, baseline 0.25): a chart whose baseline is cut earns
    its form's 0.5 (its words are read once the chart is right, as lesson 01 q3's line once the average is); one
    whose title claims crime fell earns 0.75 (its words are named, not marked); a right chart
    with honest words earns its structure's 0.75 and its words wait for the instructor ("to mark"), listed in
    to_mark.md with the words read and the question's rubric (#19: a chart's words are a written part)."""
    from netcrime.checks import lesson02

    frame = "import altair as alt, pandas as pd\nd = pd.DataFrame({'when': ['2019 peak', '2020'], 'index': [100.0, 14.0]})\n"
    words = ("title='Suspected trap-loan lenders, index (2019 peak = 100)', "
             "description='An index of suspected lenders: 100 at the 2019 peak, 14 in 2020.'")
    cells = {
        "cut": frame + "decline_chart = alt.Chart(d).mark_bar().encode(x='when:N', y=alt.Y('index:Q', "
                       f"scale=alt.Scale(zero=False))).properties({words})",
        "claims": frame + "decline_chart = alt.Chart(d).mark_bar().encode(x='when:N', y='index:Q').properties("
                          "title='Crime fell 86%', description='x')",
        "honest": frame + f"decline_chart = alt.Chart(d).mark_bar().encode(x='when:N', y='index:Q').properties({words})",
    }
    subs = tmp_path / "subs"
    subs.mkdir()
    for name, cell in cells.items():
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell)])
        nb.metadata["netcrime"] = {"lesson": "02"}
        nbformat.write(nb, subs / f"{name}.ipynb")
    assert main(["grade", str(subs), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1"]) == 0
    book = {r["student"]: r for r in read_csv(tmp_path / "out" / "gradebook.csv")}
    assert lesson02.q5.points == 1 and book["cut"]["q5"] == "0.5" and book["claims"]["q5"] == "0.75"
    assert book["honest"]["q5"] == "to mark" and book["honest"]["to_mark"] != "0"
    parts = {r["student"]: r["parts"] for r in read_csv(tmp_path / "out" / "results.csv") if r["question"] == "q5"}
    assert parts["cut"].endswith("a baseline at zero 0/0.25")
    assert "the chart's words (title, description, text), marked by your instructor 0/0.25" in parts["claims"]
    assert parts["honest"].startswith("the form asked for (mark, fields and types, layout) 0.5/0.5")
    to_mark = (tmp_path / "out" / "to_mark.md").read_text(encoding="utf-8")
    q5 = to_mark[to_mark.index("## Lesson 02, q5"):]
    assert "### honest: to mark" in q5 and "> The title: Suspected trap-loan lenders, index (2019 peak = 100)" in q5
    assert lesson02.Q5_RUBRIC[0] in q5 and "### claims" not in q5 and "### cut" not in q5
    assert ("Checked by the computer: the form asked for (mark, fields and types, layout) 0.5; a baseline at zero 0.25 "
            "(earned). Yours to mark: the chart's words (title, description, text), marked by your instructor 0.25.") in q5