"""The batch grader: one real grading run over a fixture class, many assertions.

The fixture class goes through the default fork engine (one pre-loaded server,
an isolated child per submission), so the module fixture costs little more
than its deliberate time limits (a loop, an interrupt-proof loop).
``test_the_kernel_engine_grades_the_fixture_class_identically`` grades the same
class through the kernel path and requires identical gradebooks (the fork run is
this module's, not repeated).
"""
from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path

import pytest

from netcrime.grading import (Checks, Grader, Record, detect_lesson, find_submissions, grade,
                              grade_submission, load_extra_checks, read_data, report)
from netcrime.grading import run as grading_run
from netcrime.grading.codec import decode, encode
from netcrime.grading.records import QuestionRow

from grading_fixtures import (EXTRA, LIMITS, QUESTIONS, count_server_starts, course_folder, executed_outputs, notebook,
                              read_csv, submissions, write)

pytestmark = pytest.mark.kernel  # starts kernels / processes: runs in `make test`, not `make check`

# Points per question: q1-q7 (lesson 00: q4-q7 graded since round 6), x_double x_double_big x_chart x_table
# x_note, then the total (of 13). Only `correct` and `wrong_types` answer q4-q7.
EXPECTED = {
    "binary": None, "json_not_nb": None, "no_lesson": None, "not_json": None, "other_lesson": None,
    "correct": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 13],
    "crasher": [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3],
    "erin": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    "miscon_a": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "miscon_b": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "placeholders": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "runaway": [1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 2, 5],
    "stubborn": [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2],
    "tamper": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    "vandal": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    "wrong_types": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "zoe": [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3],
}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    folder = course_folder(tmp_path_factory.mktemp("grading"), EXTRA)
    subs = folder.root / "submissions"
    submissions(subs, folder.data)
    return {"root": folder.root, "data": folder.data, "extra": folder.extra, "subs": subs,
            "original_data": read_data(folder.data)}


@pytest.fixture(scope="module")
def run(course, capsys_module=None):
    out = course["root"] / "out"
    records = grade([course["subs"]], out, lesson="00", extra_checks=course["extra"], jobs=2,
                    limits=LIMITS, data_dir=course["data"], show_progress=False, summary_svg=True)
    return {"out": out, "records": {r.student: r for r in records},
            "gradebook": {row["student"]: row for row in read_csv(out / "gradebook.csv")},
            "results": read_csv(out / "results.csv")}


def verdicts(run, student):
    return {r["question"]: (r["verdict"], r["misconception"]) for r in run["results"] if r["student"] == student}


# ---------------------------------------------------------------- the gradebook
def test_exact_gradebook(run):
    header = list(next(iter(run["gradebook"].values())).keys())
    assert header == ["student", "lesson", *QUESTIONS, "total", "max_points", "problems", "late", "source",
                      "executed"]
    assert sorted(run["gradebook"]) == sorted(EXPECTED)
    for student, expected in EXPECTED.items():
        row = run["gradebook"][student]
        if expected is None:
            assert [row[q] for q in QUESTIONS] == [""] * len(QUESTIONS), student
            assert row["total"] == "0" and row["problems"], student
            continue
        got = [int(row[q]) for q in QUESTIONS] + [int(row["total"])]
        assert got == expected, student
        assert row["max_points"] == "13" and row["lesson"] == "00"


def test_correct_answers_pass_and_named_misconceptions_are_reported(run):
    assert set(v for v, _ in verdicts(run, "correct").values()) == {"correct"}
    assert run["gradebook"]["correct"]["problems"] == ""
    assert verdicts(run, "miscon_a") == {
        "q1": ("incorrect", "november_only"), "q2": ("incorrect", "wan_as_thousand"),
        "q3": ("incorrect", "cases_as_victims"), **{q: ("not attempted", "") for q in ("q4", "q5", "q6", "q7")},
        "x_double": ("incorrect", "plus_one"),
        "x_double_big": ("incorrect", "plus_one"),
        "x_chart": ("incorrect", "chart_spec_as_dict"),  # the right spec typed as a dict is no chart (round 11)
        "x_table": ("incorrect", ""),
        "x_note": ("not attempted", "empty_answer")}  # an empty note: not attempted, and the form slip named
    got = verdicts(run, "miscon_b")
    assert got["q1"] == ("incorrect", "text_not_number")
    assert got["q2"] == ("incorrect", "wan_as_million")
    assert got["q3"] == ("incorrect", "activity_as_crime_level")
    assert got["x_chart"] == ("incorrect", "nominal_vs_quantitative")
    assert got["x_note"] == ("cannot judge", "")  # the checker itself failed: a row, not a crash


def test_wrong_types_and_placeholders(run):
    got = verdicts(run, "wrong_types")
    assert {q: v for q, (v, _) in got.items()} == {
        "q1": "wrong type", "q2": "wrong type", "q3": "wrong type", "q4": "wrong type", "q5": "wrong type",
        "q6": "wrong type", "q7": "wrong type", "x_double": "wrong type",
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
    assert got["x_double_big"][0] == "correct"  # and is called again, on inputs where it does not loop
    message = next(r["message"] for r in run["results"] if r["student"] == "runaway" and r["question"] == "x_double")
    assert "stopped at the input 1:" in message  # the input that did not return, as the notebook's check says it
    assert got["q3"][0] == "correct"  # cells after the loop, the memory bomb and the flood still ran
    assert got["q2"][0] == "cannot judge"
    assert got["x_table"][0] == "cannot judge"  # reading a value that never finishes is stopped too
    message = next(r["message"] for r in run["results"] if r["student"] == "runaway" and r["question"] == "q2")
    assert "too large" in message


def test_executed_notebooks_are_kept_for_review(run, course):
    from netcrime.grading import executed

    out = run["out"]
    assert run["gradebook"]["correct"]["executed"] == "executed/correct.ipynb"
    assert "`executed/correct.ipynb`" in (out / "feedback" / "correct.md").read_text(encoding="utf-8")
    assert run["gradebook"]["not_json"]["executed"] == ""  # nothing ran, nothing kept
    correct = executed_outputs(out, "correct")
    source = json.loads((course["subs"] / "correct.ipynb").read_text(encoding="utf-8"))
    assert len(correct) == sum(c["cell_type"] == "code" for c in source["cells"])  # no grader cell added
    assert correct[2] == [("display_data", None, "q1: Correct\n1,626 is right.")]  # what q1.check() showed
    text = (out / "executed" / "correct.ipynb").read_text(encoding="utf-8")
    assert "__nc__" not in text and "probes" not in text  # nothing of the answer-reading step or its inputs
    runaway = executed_outputs(out, "runaway")
    assert runaway[2] == [("error", None, "KeyboardInterrupt")]  # the loop stopped at its time limit
    assert runaway[3][-1][:2] == ("error", None) and runaway[3][-1][2] == "MemoryError"
    flood = runaway[4]
    assert flood[-1] == ("stream", "stderr", executed.TRUNCATED)  # the 12 MB print, cut
    assert sum(len(o[2]) for o in flood) <= executed.MAX_CELL_CHARS + len(executed.TRUNCATED)
    crasher = executed_outputs(out, "crasher")
    assert crasher[2] == [("stream", "stderr", executed.SKIPPED)]  # os._exit: left out, and the notebook run again


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
    assert "# Feedback for miscon_a" in feedback and "0 / 13 points" in feedback
    assert "november" in feedback.lower() and "### q2 · " in feedback and "**Not yet** (0 / 1 points)" in feedback
    assert "Problems running your notebook" in (out / "feedback" / "runaway.md").read_text(encoding="utf-8")
    assert (out / "feedback" / "not_json.md").exists()
    answers = (out / "short_answers.md").read_text(encoding="utf-8")
    assert "**correct** (correct): It counts police activity, not crime." in answers
    summary = {row["question"]: row for row in read_csv(out / "summary.csv")}
    assert list(summary) == QUESTIONS
    assert summary["q1"]["submissions"] == "12"
    # wrong_types gave a two-element Series for q2: named as a form slip, not a misconception about 万
    assert summary["q2"]["top_misconceptions"] == "wan_as_thousand (1); wan_as_million (1); gave_a_series (1)"
    assert float(summary["q1"]["pass_rate"]) == pytest.approx(8 / 12, abs=1e-3)
    # In words, blanks apart: 11 answered q1 (placeholders left it blank), 8 of them correctly.
    assert re.search(r"^\| q1 \| [^|]+ \| 11 \| 73% \| 1 \|", (out / "summary.md").read_text(encoding="utf-8"), re.M)
    assert (out / "summary.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")  # asked for
    chart = json.loads((out / "summary.vl.json").read_text(encoding="utf-8"))  # always: no converter needed
    assert chart["$schema"].endswith("/vega-lite/v5.json") and chart["mark"]["type"] == "bar"
    assert {v["question"]: v["pass rate"] for v in chart["data"]["values"]} == \
        {q: float(row["pass_rate"]) for q, row in summary.items()}
    assert not list(out.rglob("*.tmp"))


def test_results_long_form(run):
    rows = [r for r in run["results"] if r["student"] == "correct"]
    assert [r["question"] for r in rows] == QUESTIONS
    assert rows[-1]["points"] == "2" and rows[-1]["max_points"] == "2"
    fault = [r for r in run["results"] if r["student"] == "not_json"]
    assert len(fault) == 1 and fault[0]["verdict"] == "not graded"


@pytest.fixture
def servers_started(monkeypatch) -> list:
    """Every fork server a grading run starts (it still starts: this only counts)."""
    return count_server_starts(monkeypatch)


def test_rerun_with_nothing_changed_reuses_every_result(run, course, tmp_path, servers_started):
    out = tmp_path / "out"  # a copy of the run's folder, cache included: the run's own files stay as they were
    shutil.copytree(run["out"], out)
    seen = []
    records = grade([course["subs"]], out, lesson="00", extra_checks=course["extra"], jobs=2,
                    limits=LIMITS, data_dir=course["data"], show_progress=False,
                    on_record=lambda r: seen.append(r))
    assert seen and all(r in records for r in seen)
    gradebook = {row["student"]: row for row in read_csv(out / "gradebook.csv")}
    # The vandal tried to delete zoe's file: the sandbox does not even show it the submissions folder.
    assert (course["subs"] / "zoe.ipynb").exists()
    assert gradebook == run["gradebook"]
    assert all(r.key for r in records)
    assert servers_started == []  # every answer was cached: no sandboxed server was started for nothing


def test_the_kernel_engine_grades_the_fixture_class_identically(run, course, tmp_path):
    """Both engines give the same verdicts (issue #17): the class of ``run`` (fork engine, the default)
    graded again through the kernel path (a Jupyter kernel per submission) gives the same gradebook,
    the same long-form results, and kept executed notebooks with the same outputs, cell by cell."""
    subs = tmp_path / "subs"  # a fresh copy: the vandal tries to change its classmates
    submissions(subs, course["data"])
    out = tmp_path / "out"
    # Four notebooks at a time: the kernel path's stubborn cell holds its thread for about 17 s (the cell limit, the
    # interrupt's wait, the "is the kernel free" probe) and runaway's for about 9, mostly waiting; with two threads
    # the other twelve kernels queued behind them on one thread (28 s for 12 CPU-s; 21 s with four, same CPU-s).
    records = grade([subs], out, lesson="00", extra_checks=course["extra"], jobs=4, limits=LIMITS,
                    data_dir=course["data"], show_progress=False, engine="kernel")
    assert {r.engine for r in records if r.graded} == {"kernel"}
    assert {r.engine for r in run["records"].values() if r.graded} == {"fork"}

    def without_source(rows):
        return {row["student"]: {c: v for c, v in row.items() if c != "source"} for row in rows}

    assert without_source(read_csv(out / "gradebook.csv")) == without_source(run["gradebook"].values())
    assert read_csv(out / "results.csv") == run["results"]
    # The executed notebooks kept for review show the same outputs, cell by cell (tracebacks aside).
    kernel = {r.student: executed_outputs(out, r.student) for r in records if r.executed}
    fork = {s: executed_outputs(run["out"], s) for s, r in run["records"].items() if r.executed}
    assert len(fork) >= 10 and fork == kernel


# ---------------------------------------------------------------- resume, atomicity, serial = parallel
@pytest.fixture
def small(course, tmp_path):
    folder = tmp_path / "small"
    shutil.copytree(course["subs"], folder, ignore=shutil.ignore_patterns("*"))
    for name in ("miscon_a", "placeholders", "tamper"):
        shutil.copy(course["subs"] / f"{name}.ipynb", folder)
    return folder


def test_interrupted_serial_run_resumes_and_equals_the_parallel_run(run, course, small, tmp_path, servers_started):
    out = tmp_path / "serial"
    out.mkdir()
    (out / "gradebook.csv").write_text("previous gradebook\n", encoding="utf-8")

    def stop(record):
        raise KeyboardInterrupt

    kwargs = dict(lesson="00", extra_checks=course["extra"], limits=LIMITS, data_dir=course["data"],
                  show_progress=False)
    # The interrupt lands while the next notebook is being graded, as an instructor's Ctrl-C does: the one grading
    # thread waits for the run's cancel before it grades a second notebook. Without the wait it raced the run's own
    # thread, and on a loaded machine finished (and cached) a second or third notebook before the interrupt was
    # handled: a run that keeps what it finished, as it should, but not the one-cached state this test resumes from.
    cancelled = threading.Event()
    real_cancel, real_grade = Grader.cancel, grading_run.grade_submission
    graded: list = []

    def cancel(self):
        real_cancel(self)
        cancelled.set()

    def one_then_wait(sub, grader):
        graded.append(sub.student)
        if len(graded) > 1:
            assert cancelled.wait(120), "the interrupt never reached the run"
        return real_grade(sub, grader)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Grader, "cancel", cancel)
        patch.setattr(grading_run, "grade_submission", one_then_wait)
        with pytest.raises(KeyboardInterrupt):
            grade([small], out, jobs=1, on_record=stop, **kwargs)
    assert (out / "gradebook.csv").read_text(encoding="utf-8") == "previous gradebook\n"  # untouched
    assert not list(out.rglob("*.tmp"))
    cached = list((out / ".netcrime-grading").glob("*.json"))
    assert len(cached) == 1

    del servers_started[:]
    seen = []
    grade([small], out, jobs=1, on_record=seen.append, **kwargs)
    assert len(seen) == 3
    assert len(servers_started) == 1  # the resumed run found two notebooks to grade and started one server
    gradebook = read_csv(out / "gradebook.csv")
    assert [row["student"] for row in gradebook] == ["miscon_a", "placeholders", "tamper"]
    assert (out / "summary.vl.json").exists() and not (out / "summary.svg").exists()  # no converter unasked
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
    assert (tmp_path / "gradebook.csv").read_text(encoding="utf-8-sig").splitlines()[1] == "a,00,1,1,1,,,a.ipynb,"


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
