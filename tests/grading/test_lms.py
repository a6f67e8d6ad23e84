"""Canvas and Moodle import files from a grading run, matched through the LMS's own roster.

The grading run's folder is written by the grader's own report writer from records (no kernels),
with file names as the LMS downloads name them.
"""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from netcrime.cli import main
from netcrime.grading import Record, report
from netcrime.grading.roster import RosterError, read_roster

from grading_fixtures import read_csv


def record(student, source, points, lesson="01", problems=()):
    questions = [{"id": f"q{i + 1}", "max": 1.0, "points": float(p), "status": "correct" if p else "incorrect",
                  "message": "ok" if p else "Look again at 'V099'.", "misconception": None, "collect": False,
                  "answer": None} for i, p in enumerate(points)]
    return Record.from_dict({"student": student, "source": source, "lesson": lesson, "problems": list(problems),
                             "questions": questions})


def write_run(records: list[Record], grades: Path) -> None:
    """What a grading run leaves for the LMS step, by the grader's own writers (the chart is left out)."""
    for r in records:
        report.write_text_atomic(grades / "feedback" / f"{report.safe_name(r.student)}.md", report.feedback_text(r))
    report.write_csv_atomic(grades / "results.csv", report.results_rows(records))
    report.write_csv_atomic(grades / "gradebook.csv", report.gradebook_rows(records))


def read(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.fixture
def canvas_run(tmp_path):
    grades = tmp_path / "grades"
    write_run([
        record("smithjane_12345_900_ex01", "dl/smithjane_12345_900_ex01.ipynb", [1, 1, 0, 1]),
        record("wangli_late_222_901_ex01", "dl/wangli_late_222_901_ex01.ipynb", [1, 1, 1, 1]),
        record("stranger_999_902_ex01", "dl/stranger_999_902_ex01.ipynb", [1, 0, 0, 0]),
        record("zhou", "dl/zhou.ipynb", [0, 0, 0, 0]),  # a plain name: matched by login, not by a guess
        record("broken_333_903_x", "dl/broken_333_903_x.ipynb", [], problems=["not a readable notebook"]),
    ], grades)
    roster = tmp_path / "canvas_export.csv"
    roster.write_text(
        "Student,ID,SIS User ID,SIS Login ID,Section,Lesson 01 (5551),Current Score\r\n"
        "    Points Possible,,,,,4,\r\n"
        '"Smith, Jane",12345,S1,jsmith,Sec A,,\r\n'
        '"Wang, Li",222,S2,wli,Sec A,,\r\n'
        '"Zhou, Min",444,S4,zhou,Sec B,,\r\n'
        '"Broken, Bo",333,S3,bbo,Sec B,,\r\n'
        '"Absent, Al",777,S7,aal,Sec B,,\r\n', encoding="utf-8")
    return grades, roster


def test_canvas_import_file(canvas_run, tmp_path, capsys):
    grades, roster = canvas_run
    out = tmp_path / "canvas"
    assert main(["lms", "canvas", str(grades), "--roster", str(roster), "--assignment", "Lesson 01",
                 "--out", str(out)]) == 0
    rows = read(out / "canvas_import.csv")
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Lesson 01 (5551)"]
    assert not (out / "canvas_import.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    grades_by_id = {r[1]: r[5] for r in rows[1:]}
    assert grades_by_id == {"12345": "3", "222": "4", "444": "0", "333": "", "777": ""}
    printed = capsys.readouterr().out
    assert "3 grades written" in printed and "stranger_999_902_ex01" in printed and "Absent, Al" in printed
    lms = {r["submission"] or r["matched_to"]: r for r in read_csv(out / "lms_report.csv")}
    assert lms["wangli_late_222_901_ex01"]["late"] == "late" and lms["smithjane_12345_900_ex01"]["late"] == ""
    assert lms["stranger_999_902_ex01"]["matched_to"] == "" and "not in the roster" in lms["stranger_999_902_ex01"]["how"]
    assert lms["zhou"]["how"] == "student id = roster sis login id"
    assert lms["broken_333_903_x"]["matched_to"] == "Broken, Bo" and lms["broken_333_903_x"]["grade_written"] == ""
    assert lms["Absent, Al"]["how"] == "in the roster, no submission"
    # The gradebook itself keeps the late flag as a column.
    gradebook = {r["student"]: r for r in read_csv(grades / "gradebook.csv")}
    assert gradebook["wangli_late_222_901_ex01"]["late"] == "late"


def test_canvas_new_assignment_and_wrong_roster(canvas_run, tmp_path, capsys):
    grades, roster = canvas_run
    assert main(["lms", "canvas", str(grades), "--roster", str(roster), "--assignment", "Lesson 02",
                 "--out", str(tmp_path / "c2")]) == 0
    assert read(tmp_path / "c2" / "canvas_import.csv")[0][-1] == "Lesson 02"  # Canvas creates it
    other = tmp_path / "list.csv"
    other.write_text("Name,Email\nJane,j@x.org\n", encoding="utf-8")
    assert main(["lms", "canvas", str(grades), "--roster", str(other), "--assignment", "Lesson 01",
                 "--out", str(tmp_path / "c3")]) == 2
    assert "not a Canvas gradebook export" in capsys.readouterr().err


def test_two_submissions_for_one_student_are_a_conflict_not_a_choice(tmp_path):
    grades = tmp_path / "grades"
    write_run([record("a", "dl/smithjane_12345_900_a.ipynb", [1, 1]),
                          record("b", "dl/smithjane_12345_901_b.ipynb", [0, 0])], grades)
    roster = tmp_path / "r.csv"
    roster.write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"Smith, Jane",12345,,js,\n', encoding="utf-8")
    assert main(["lms", "canvas", str(grades), "--roster", str(roster), "--assignment", "L1",
                 "--out", str(tmp_path / "o")]) == 0
    assert read(tmp_path / "o" / "canvas_import.csv")[1][-1] == ""
    text = (tmp_path / "o" / "lms_report.csv").read_text(encoding="utf-8-sig")
    assert text.count("conflict: several submissions match Smith, Jane") == 2


def test_moodle_worksheet_and_feedback_zip(tmp_path, capsys):
    grades = tmp_path / "grades"
    write_run([
        record("Jane Smith_4711_assignsubmission_file_", "dl/Jane Smith_4711_assignsubmission_file_/ex01.ipynb",
               [1, 1, 0, 1]),
        record("李伟_4712_assignsubmission_file_", "dl/李伟_4712_assignsubmission_file_/ex01.ipynb", [1, 1, 1, 1]),
        record("lost", "dl/lost.ipynb", [1, 1, 1, 1]),
    ], grades)
    header = ("Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,"
              "Last modified (submission),Last modified (grade),Feedback comments")
    worksheet = tmp_path / "Grades-Course-Lesson 01-99.csv"
    worksheet.write_text(
        "\ufeff" + header + "\n"
        '"Participant 4711","Jane Smith",jane@uni.example,"Submitted for grading",,100.00,Yes,'
        '"Monday, 1 December 2026, 9:00 AM",-,\n'
        '"Participant 4712","李伟",li@uni.example,"Submitted for grading",,100.00,Yes,'
        '"Monday, 1 December 2026, 9:05 AM",-,\n'
        '"Participant 4713","Bo Absent",bo@uni.example,"No submission",,100.00,Yes,-,-,\n', encoding="utf-8")
    out = tmp_path / "moodle"
    assert main(["lms", "moodle", str(grades), "--worksheet", str(worksheet), "--out", str(out)]) == 0
    rows = read(out / "moodle_grading_worksheet.csv")
    assert rows[0] == header.split(",")  # the worksheet's own columns, in its order
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_id["Participant 4711"]["Grade"] == "75.00"  # 3 of 4 points on Moodle's 100
    assert by_id["Participant 4712"]["Grade"] == "100.00"
    assert by_id["Participant 4713"]["Grade"] == ""
    assert by_id["Participant 4711"]["Last modified (grade)"] == "-"  # kept as Moodle wrote it
    assert "q3 (incorrect)" in by_id["Participant 4711"]["Feedback comments"]
    with zipfile.ZipFile(out / "moodle_feedback.zip") as archive:
        names = sorted(archive.namelist())
        assert names == ["Jane Smith_4711_assignsubmission_file_/feedback.txt",
                         "李伟_4712_assignsubmission_file_/feedback.txt"]
        assert "Feedback for Jane Smith" in archive.read(names[0]).decode("utf-8")
    for name in names:  # the way Moodle reads it: name _ participant id _ plugin type _ plugin name
        parts = name.split("/")[0].split("_", 4)
        assert parts[1].isdigit() and parts[2:4] == ["assignsubmission", "file"]
    printed = capsys.readouterr().out
    assert "2 grades written" in printed and "lost" in printed and "Bo Absent" in printed


def test_roster_refuses_a_file_it_cannot_use(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("colour,size\nred,2\n", encoding="utf-8")
    with pytest.raises(RosterError, match="needs a name column"):
        read_roster(path)
    path.write_bytes("Name,Login\n李伟,li\n".encode("gb18030"))
    with pytest.raises(RosterError, match="not UTF-8"):
        read_roster(path)
