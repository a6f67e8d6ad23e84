"""The batch grader: one real grading run over a fixture class, many assertions.

The fixture class goes through the default fork engine (one pre-loaded server,
an isolated child per submission), so the module fixture costs little more
than its deliberate time limits (a loop, an interrupt-proof loop).
``test_grading_engines.py`` (marker ``kernel``) grades the same class through
the kernel path and requires identical gradebooks.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import textwrap
from pathlib import Path

import nbformat
import pytest

from netcrime import paths
from netcrime.grading import (Checks, Grader, Limits, Record, detect_lesson, find_submissions, grade,
                              grade_submission, load_extra_checks, read_data, report)
from netcrime.grading.codec import decode, encode
from netcrime.grading.records import QuestionRow

pytestmark = pytest.mark.kernel  # starts kernels / processes: runs in `make test`, not `make check`

SETUP = "from netcrime.checks.lesson00 import q1, q2, q3"
LIMITS = Limits(cell_timeout=15, notebook_timeout=60, call_timeout=1.0, memory_mb=2048)

EXTRA = '''
import pandas as pd
from netcrime.checks.vegalite import chart
from netcrime.checks.compare import frame
from netcrime.checks.outcome import correct, incorrect, not_attempted, wrong_type
from netcrime.checks.question import Question


def _double(results):
    if any(v is Ellipsis for v in results.values()):
        return not_attempted()
    if all(out == 2 * x for x, out in results.items()):
        return correct("It doubles.")
    if all(out == x + 1 for x, out in results.items()):
        return incorrect("It adds one instead of doubling.", "plus_one")
    return incorrect("It does not double every input.")


def _note(value):
    if value is Ellipsis:
        return not_attempted()
    if not isinstance(value, str):
        return wrong_type("Write your answer as text.")
    if "boom" in value:
        raise RuntimeError("a bug in the checker")
    return correct("Thank you.") if value.strip() else not_attempted()


EXTRA_QUESTIONS = {"00": [
    Question(id="x_double", lesson="00", prompt="", reads=("double",), judge=_double, probe=lambda: [1, 2, 5]),
    # The same function probed on other inputs by a second question.
    Question(id="x_double_big", lesson="00", prompt="", reads=("double",), judge=_double, probe=lambda: [10, 100]),
    Question(id="x_chart", lesson="00", prompt="", reads=("fig",),
             judge=chart(mark="bar", encodings={"x": {"field": "k", "type": "nominal"}},
                         require_title=False, require_description=False)),
    Question(id="x_table", lesson="00", prompt="", reads=("table",),
             judge=frame(pd.DataFrame({"k": ["a", "b"], "n": [1, 2]}))),
    Question(id="x_note", lesson="00", prompt="", reads=("note",), judge=_note, collect=True, points=2),
]}
'''

CHART_OK = ("import altair as alt, pandas as pd\n"
            "fig = alt.Chart(pd.DataFrame({'k': ['a'], 'n': [1]})).mark_bar().encode(x='k:N', y='n:Q')")


def notebook(cells, lesson="00"):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(c[3:]) if c.startswith("md:") else nbformat.v4.new_code_cell(c)
        for c in cells])
    if lesson is not None:
        nb.metadata["netcrime"] = {"lesson": lesson}
    return nb


def write(folder: Path, name: str, cells, lesson="00") -> Path:
    path = folder / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook(cells, lesson), path)
    return path


def submissions(folder: Path, real_data: Path) -> None:
    """The fixture class: one notebook per case."""
    folder.mkdir(parents=True)
    write(folder, "correct", [SETUP, "gangs = 1759", "q1.check()", "detained = 1.64 * 10_000", "q2.check()",
                              "counted = 'b'", "q3.check()", "def double(x):\n    return 2 * x", CHART_OK,
                              "import pandas as pd\ntable = pd.DataFrame({'k': ['b', 'a'], 'n': [2, 1]})",
                              "note = 'It counts police activity, not crime.'"])
    write(folder, "miscon_a", [SETUP, "gangs = 133", "detained = 1640", "counted = 'c'",
                               "def double(x):\n    return x + 1",
                               "import pandas as pd\ntable = pd.DataFrame({'k': ['a', 'b'], 'n': [1, 3]})",
                               "note = ''"])
    write(folder, "miscon_b", [SETUP, "gangs = 1.759", "detained = 1640000", "counted = 'a'",
                               # A chart given as its spec (as to_dict() gives it): judged the same way.
                               "fig = {'mark': 'bar', 'encoding': {'x': {'field': 'k', 'type': 'quantitative'}}}",
                               "note = 'boom'"])
    write(folder, "wrong_types", [SETUP, "gangs = 'lots'", "import pandas as pd\ndetained = pd.Series([1, 2])",
                                  "counted = 2", "double = 5", "fig = 'a chart'", "table = 'x'", "note = 42"])
    write(folder, "placeholders", [SETUP, "# your code here\ngangs = ...", "q1.check()", "detained = ...",
                                   "counted = ...", "def double(x):\n    # your code here\n    return ...",
                                   "fig = ...", "table = ...", "note = ..."])
    write(folder, "tamper", [  # edited and redefined checks, monkeypatched package; cells reordered and copied
        "counted = 'a'", "md:Some notes", "detained = 16400", SETUP, "gangs = 1759",
        "detained = 1  # a copied cell, run last",
        "q2.check = lambda *a: print('q2: Correct')\nq2.check()",
        "def check(*args):\n    print('Correct')",
        "import netcrime.checks.lesson00 as L\nfrom netcrime.checks.outcome import correct\n"
        "L.q2.judge = lambda *a: correct()\nL.q3.judge_values = lambda *a: correct()",
        "import netcrime.checks.question as Q\nQ.Question.judge_values = lambda self, v: correct()",
        "import netcrime.data as D\nD.figure = lambda *a: 1",
        "import sys\nsys.modules['netcrime.checks.lesson00'].QUESTIONS = []",
    ])
    write(folder, "other_lesson", ["gangs = 1759"], lesson="01")
    write(folder, "no_lesson", ["gangs = 1759"], lesson=None)
    (folder / "not_json.ipynb").write_text("{not json", encoding="utf-8")
    (folder / "binary.ipynb").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    (folder / "json_not_nb.ipynb").write_text("[1, 2, 3]", encoding="utf-8")
    write(folder, "runaway", [  # an infinite loop, a memory bomb, a flood of output, a huge answer
        SETUP, "gangs = 1759", "while True:\n    pass", "big = bytearray(8 * 1024 ** 3)",
        "print('x' * 12_000_000)", "detained = 'y' * 10_000_000", "counted = 'b'",
        "def double(x):\n    while True:\n        pass",
        "class Endless:\n    def __repr__(self):\n        while True:\n            pass\ntable = Endless()",
        "import resource\nnote = 'limit ' + str(resource.getrlimit(resource.RLIMIT_AS))"])
    write(folder, "stubborn", [SETUP, "gangs = 1759",
                               "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
                               "counted = 'b'"])
    write(folder, "crasher", [SETUP, "gangs = 1759", "import os\nos._exit(1)", "detained = 16400",
                              "import ctypes\nctypes.string_at(0)", "counted = 'b'"])
    victim = write(folder, "zoe", [SETUP, "gangs = 1759", "detained = 16400", "counted = 'b'"])
    write(folder, "vandal", [SETUP, textwrap.dedent(f"""\
        import os, shutil
        shutil.rmtree(os.environ['NETCRIME_DATA_DIR'])
        open({str(real_data / 'release_figures.csv')!r}, 'w').write('garbage')
        for name in os.listdir('.'):
            os.remove(name)
        try:
            os.remove({str(victim)!r})
        except OSError:
            pass
        open('../escaped.txt', 'w').write('x')"""), "gangs = 1759"])
    # A folder per student; no lesson metadata: the lesson comes from the import.
    write(folder / "erin", "my work (final)", ["from netcrime.checks.lesson00 import q1", "gangs = 1759"],
          lesson=None)


# Points per question: q1 q2 q3 x_double x_double_big x_chart x_table x_note, then the total (of 9).
EXPECTED = {
    "binary": None, "json_not_nb": None, "no_lesson": None, "not_json": None, "other_lesson": None,
    "correct": [1, 1, 1, 1, 1, 1, 1, 2, 9],
    "crasher": [1, 1, 1, 0, 0, 0, 0, 0, 3],
    "erin": [1, 0, 0, 0, 0, 0, 0, 0, 1],
    "miscon_a": [0, 0, 0, 0, 0, 0, 0, 0, 0],
    "miscon_b": [0, 0, 0, 0, 0, 0, 0, 0, 0],
    "placeholders": [0, 0, 0, 0, 0, 0, 0, 0, 0],
    "runaway": [1, 0, 1, 0, 0, 0, 0, 2, 4],
    "stubborn": [1, 0, 1, 0, 0, 0, 0, 0, 2],
    "tamper": [1, 0, 0, 0, 0, 0, 0, 0, 1],
    "vandal": [1, 0, 0, 0, 0, 0, 0, 0, 1],
    "wrong_types": [0, 0, 0, 0, 0, 0, 0, 0, 0],
    "zoe": [1, 1, 1, 0, 0, 0, 0, 0, 3],
}
QUESTIONS = ["q1", "q2", "q3", "x_double", "x_double_big", "x_chart", "x_table", "x_note"]


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("grading")
    real_data = root / "data"
    shutil.copytree(paths.data_dir(), real_data)
    extra = root / "instructor_checks.py"
    extra.write_text(EXTRA, encoding="utf-8")
    subs = root / "submissions"
    submissions(subs, real_data)
    return {"root": root, "data": real_data, "extra": extra, "subs": subs,
            "original_data": read_data(real_data)}


@pytest.fixture(scope="module")
def run(course, capsys_module=None):
    out = course["root"] / "out"
    records = grade([course["subs"]], out, lesson="00", extra_checks=course["extra"], jobs=2,
                    limits=LIMITS, data_dir=course["data"], show_progress=False)
    return {"out": out, "records": {r.student: r for r in records},
            "gradebook": {row["student"]: row for row in read_csv(out / "gradebook.csv")},
            "results": read_csv(out / "results.csv")}


def verdicts(run, student):
    return {r["question"]: (r["verdict"], r["misconception"]) for r in run["results"] if r["student"] == student}


# ---------------------------------------------------------------- the gradebook
def test_exact_gradebook(run):
    header = list(next(iter(run["gradebook"].values())).keys())
    assert header == ["student", "lesson", *QUESTIONS, "total", "max_points", "problems", "late", "source"]
    assert sorted(run["gradebook"]) == sorted(EXPECTED)
    for student, expected in EXPECTED.items():
        row = run["gradebook"][student]
        if expected is None:
            assert [row[q] for q in QUESTIONS] == [""] * len(QUESTIONS), student
            assert row["total"] == "0" and row["problems"], student
            continue
        got = [int(row[q]) for q in QUESTIONS] + [int(row["total"])]
        assert got == expected, student
        assert row["max_points"] == "9" and row["lesson"] == "00"


def test_correct_answers_pass_and_named_misconceptions_are_reported(run):
    assert set(v for v, _ in verdicts(run, "correct").values()) == {"correct"}
    assert run["gradebook"]["correct"]["problems"] == ""
    assert verdicts(run, "miscon_a") == {
        "q1": ("incorrect", "november_only"), "q2": ("incorrect", "wan_as_thousand"),
        "q3": ("incorrect", "cases_as_victims"), "x_double": ("incorrect", "plus_one"),
        "x_double_big": ("incorrect", "plus_one"),
        "x_chart": ("not attempted", ""), "x_table": ("incorrect", ""), "x_note": ("not attempted", "")}
    got = verdicts(run, "miscon_b")
    assert got["q1"] == ("incorrect", "text_not_number")
    assert got["q2"] == ("incorrect", "wan_as_million")
    assert got["q3"] == ("incorrect", "activity_as_crime_level")
    assert got["x_chart"] == ("incorrect", "nominal_vs_quantitative")
    assert got["x_note"] == ("cannot judge", "")  # the checker itself failed: a row, not a crash


def test_wrong_types_and_placeholders(run):
    got = verdicts(run, "wrong_types")
    assert {q: v for q, (v, _) in got.items()} == {
        "q1": "wrong type", "q2": "wrong type", "q3": "wrong type", "x_double": "wrong type",
        "x_double_big": "wrong type",
        "x_chart": "wrong type", "x_table": "wrong type", "x_note": "wrong type"}
    assert set(v for v, _ in verdicts(run, "placeholders").values()) == {"not attempted"}


def test_tampering_changes_nothing(run):
    # Edited check cells, a redefined check, monkeypatched judges, data and json: judged here, unchanged.
    assert verdicts(run, "tamper")["q2"] == ("incorrect", "")
    assert verdicts(run, "tamper")["q3"] == ("incorrect", "activity_as_crime_level")
    assert verdicts(run, "tamper")["q1"] == ("correct", "")  # answers found by name, in any cell order


def test_lesson_detection_faults(run):
    gb = run["gradebook"]
    assert "lesson 01, not lesson 00" in gb["other_lesson"]["problems"]
    assert gb["other_lesson"]["lesson"] == "01"
    assert "could not tell which lesson" in gb["no_lesson"]["problems"]
    assert gb["erin"]["problems"] == ""
    for name in ("not_json", "binary"):
        assert "not a readable notebook" in gb[name]["problems"]
    assert "not a Jupyter notebook" in gb["json_not_nb"]["problems"]


def test_runtime_faults_are_rows_with_reasons(run):
    gb = run["gradebook"]
    assert "Code cell 3 ran over the time limit" in gb["runaway"]["problems"]
    assert "could not be stopped" in gb["stubborn"]["problems"]
    assert gb["crasher"]["problems"].count("kernel died") == 2
    assert "MB of output" in gb["runaway"]["problems"]
    got = verdicts(run, "runaway")
    assert got["x_double"][0] == "incorrect"  # a looping function answer is stopped by its own limit
    assert got["q3"][0] == "correct"  # cells after the loop, the memory bomb and the flood still ran
    assert got["q2"][0] == "cannot judge"
    assert got["x_table"][0] == "cannot judge"  # reading a value that never finishes is stopped too
    message = next(r["message"] for r in run["results"] if r["student"] == "runaway" and r["question"] == "q2")
    assert "too large" in message


def test_memory_limit_is_set_hard_and_soft(run):
    limit = 2048 * 1024 * 1024
    assert f"limit ({limit}, {limit})" in (run["out"] / "short_answers.md").read_text(encoding="utf-8")


def test_vandal_cannot_touch_other_students_or_the_course_data(run, course):
    assert [int(run["gradebook"]["zoe"][q]) for q in ("q1", "q2", "q3")] == [1, 1, 1]
    assert read_data(course["data"]) == course["original_data"]  # restored after the run
    assert verdicts(run, "correct")["q1"][0] == "correct"


def test_student_ids_from_folders(run):
    assert run["records"]["erin"].source.endswith("my work (final).ipynb")


def test_feedback_short_answers_and_summary(run):
    out = run["out"]
    feedback = (out / "feedback" / "miscon_a.md").read_text(encoding="utf-8")
    assert "# Feedback for miscon_a" in feedback and "0 / 9 points" in feedback
    assert "november" in feedback.lower() and "### q2 · " in feedback and "**Not yet** (0 / 1 points)" in feedback
    assert "Problems running your notebook" in (out / "feedback" / "runaway.md").read_text(encoding="utf-8")
    assert (out / "feedback" / "not_json.md").exists()
    answers = (out / "short_answers.md").read_text(encoding="utf-8")
    assert "**correct** (correct): It counts police activity, not crime." in answers
    summary = {row["question"]: row for row in read_csv(out / "summary.csv")}
    assert list(summary) == QUESTIONS
    assert summary["q1"]["submissions"] == "12"
    assert summary["q2"]["top_misconceptions"] == "wan_as_thousand (1); wan_as_million (1)"
    assert float(summary["q1"]["pass_rate"]) == pytest.approx(8 / 12, abs=1e-3)
    # In words, blanks apart: 11 answered q1 (placeholders left it blank), 8 of them correctly.
    assert re.search(r"^\| q1 \| [^|]+ \| 11 \| 73% \| 1 \|", (out / "summary.md").read_text(encoding="utf-8"), re.M)
    assert (out / "summary.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert not list(out.rglob("*.tmp"))


def test_results_long_form(run):
    rows = [r for r in run["results"] if r["student"] == "correct"]
    assert [r["question"] for r in rows] == QUESTIONS
    assert rows[-1]["points"] == "2" and rows[-1]["max_points"] == "2"
    fault = [r for r in run["results"] if r["student"] == "not_json"]
    assert len(fault) == 1 and fault[0]["verdict"] == "not graded"


def test_rerun_with_nothing_changed_reuses_every_result(run, course):
    seen = []
    records = grade([course["subs"]], run["out"], lesson="00", extra_checks=course["extra"], jobs=2,
                    limits=LIMITS, data_dir=course["data"], show_progress=False,
                    on_record=lambda r: seen.append(r))
    assert seen and all(r in records for r in seen)
    gradebook = {row["student"]: row for row in read_csv(run["out"] / "gradebook.csv")}
    # The vandal tried to delete zoe's file: the sandbox does not even show it the submissions folder.
    assert (course["subs"] / "zoe.ipynb").exists()
    assert gradebook == run["gradebook"]
    assert all(r.key for r in records)


# ---------------------------------------------------------------- resume, atomicity, serial = parallel
@pytest.fixture(scope="module")
def small(course):
    folder = course["root"] / "small"
    shutil.copytree(course["subs"], folder, ignore=shutil.ignore_patterns("*"))
    for name in ("miscon_a", "placeholders", "tamper"):
        shutil.copy(course["subs"] / f"{name}.ipynb", folder)
    return folder


def test_interrupted_serial_run_resumes_and_equals_the_parallel_run(run, course, small):
    out = course["root"] / "serial"
    out.mkdir()
    (out / "gradebook.csv").write_text("previous gradebook\n", encoding="utf-8")

    def stop(record):
        raise KeyboardInterrupt

    kwargs = dict(lesson="00", extra_checks=course["extra"], limits=LIMITS, data_dir=course["data"],
                  show_progress=False)
    with pytest.raises(KeyboardInterrupt):
        grade([small], out, jobs=1, on_record=stop, **kwargs)
    assert (out / "gradebook.csv").read_text(encoding="utf-8") == "previous gradebook\n"  # untouched
    assert not list(out.rglob("*.tmp"))
    cached = list((out / ".netcrime-grading").glob("*.json"))
    assert len(cached) == 1

    seen = []
    grade([small], out, jobs=1, on_record=seen.append, **kwargs)
    assert len(seen) == 3
    gradebook = read_csv(out / "gradebook.csv")
    assert [row["student"] for row in gradebook] == ["miscon_a", "placeholders", "tamper"]
    for row in gradebook:
        parallel = run["gradebook"][row["student"]]
        assert Path(row.pop("source")).name == Path(parallel["source"]).name  # graded from a copy in small/
        assert row == {k: v for k, v in parallel.items() if k != "source"}  # serial run == parallel run
    results = [r for r in run["results"] if r["student"] in {"miscon_a", "placeholders", "tamper"}]
    assert read_csv(out / "results.csv") == results


def test_outputs_are_written_atomically(tmp_path, monkeypatch):
    records = [Record(student="a", source="a.ipynb", lesson="00", questions=[
        QuestionRow(id="q1", max=1.0, points=1.0, status="correct", message="ok")])]
    report.write_text_atomic(tmp_path / "gradebook.csv", "old\n")

    def crash(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(report.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        report.write_text_atomic(tmp_path / "gradebook.csv", "new, half written")
    assert (tmp_path / "gradebook.csv").read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["gradebook.csv"]  # no temp file left behind
    monkeypatch.undo()
    report.write_reports(records, tmp_path)
    assert (tmp_path / "gradebook.csv").read_text(encoding="utf-8-sig").splitlines()[1] == "a,00,1,1,1,,,a.ipynb"


# ---------------------------------------------------------------- fast unit tests (no kernel)
def test_detect_lesson_from_metadata_or_import():
    assert detect_lesson(notebook(["x = 1"], lesson="3")) == "03"
    assert detect_lesson(notebook(["from netcrime.checks import lesson02"], lesson=None)) == "02"
    assert detect_lesson(notebook(["import netcrime.checks.lesson04 as L"], lesson=None)) == "04"
    assert detect_lesson(notebook(["x = 1"], lesson=None)) is None


def test_command_line(tmp_path):
    from netcrime.cli import main

    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "ann.ipynb").write_text("{", encoding="utf-8")
    assert main(["grade", str(tmp_path / "subs"), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1"]) == 0
    rows = read_csv(tmp_path / "out" / "gradebook.csv")
    assert rows[0]["student"] == "ann" and "not a readable notebook" in rows[0]["problems"]
    assert main(["grade", str(tmp_path / "subs"), "--out", str(tmp_path / "out"),
                 "--extra-checks", str(tmp_path / "missing.py")]) == 2


def test_unknown_lesson_is_a_fault_row(tmp_path):
    path = write(tmp_path, "s", ["x = 1"], lesson="99")
    [sub] = find_submissions([path])
    with Grader.open(limits=LIMITS) as grader:
        record = grade_submission(sub, grader)
    assert record.problems == ["There are no checks for lesson 99."]
    assert record.questions == [] and not record.graded


def test_find_submissions_ids(tmp_path):
    write(tmp_path / "class", "smith_123_ex00", ["x = 1"])
    write(tmp_path / "class" / "lee", "anything", ["x = 1"])
    write(tmp_path / "class" / "two", "a", ["x = 1"])
    write(tmp_path / "class" / "two", "b", ["x = 1"])
    (tmp_path / "class" / "empty").mkdir()
    write(tmp_path / "other", "smith_999_ex00", ["x = 1"])
    subs = find_submissions([tmp_path / "class", tmp_path / "other" / "smith_999_ex00.ipynb",
                             tmp_path / "gone.ipynb"], id_pattern=r"^(?P<id>[a-z]+)_")
    got = {s.student: s.problem for s in subs}
    smiths = sorted(s for s in got if s.startswith("smith"))
    assert len(smiths) == 2 and all(re.fullmatch(r"smith-[0-9a-f]{6}", s) for s in smiths)  # LMS-friendly
    assert all(got[s] is None for s in smiths)  # duplicates kept apart, both graded, each told why
    assert all(s.given_id == "smith" for s in subs if s.student in smiths)
    again = find_submissions([tmp_path / "other" / "smith_999_ex00.ipynb", tmp_path / "class"],
                             id_pattern=r"^(?P<id>[a-z]+)_")
    assert sorted(s.student for s in again if s.student.startswith("smith")) == smiths  # stable in any order
    assert got["lee"] is None
    assert "Several notebooks" in got["two"] and "No notebook" in got["empty"]
    assert "does not exist" in got["gone"]
    big = find_submissions([tmp_path / "other"], max_bytes=100)
    assert "limit" in big[0].problem and big[0].content is None
    by_file = find_submissions([tmp_path / "class"], id_from="file")
    assert "anything" in {s.student for s in by_file}


def test_checks_hash_changes_with_extra_checks_and_lesson_module(course):
    data = read_data(course["data"])
    extra, content = load_extra_checks(course["extra"])
    a = Checks(extra, content, data, LIMITS.key())
    b = Checks(extra, content + b"\n# changed", data, LIMITS.key())
    assert a.key("00") == Checks(extra, content, data, LIMITS.key()).key("00")
    assert a.key("00") != b.key("00")
    assert a.key("00") != a.base
    changed = dict(data)
    changed["release_figures.csv"] = b"x"
    assert Checks(extra, content, changed, LIMITS.key()).key("00") != a.key("00")


def test_values_round_trip_without_pickle():
    import pandas as pd

    for value in [1, 2.5, float("nan"), "t", None, True, Ellipsis, [1, (2, 3)], {1: "a", "b": [2]}, {1, 2}]:
        back = decode(encode(value))
        if isinstance(value, float) and value != value:
            assert back != back
        else:
            assert back == value and type(back) is type(value)
    frame = decode({"__nc__": "frame", "split": {"columns": ["k", "n"], "index": [0, 1],
                                                  "data": [["a", 1], ["b", 2]]},
                    "dtypes": ["object", "int64"], "index_name": None})
    pd.testing.assert_frame_equal(frame, pd.DataFrame({"k": ["a", "b"], "n": [1, 2]}), check_dtype=False)
    assert str(frame["n"].dtype) == "int64"
