"""An instructor's first grading run, as the README documents it, and the run-level rules.

The README's `make grade` line is run exactly as written (with the fixture's folders for its
paths) on a real solved notebook, a blank exercise and a notebook of another lesson: the first
earns every mark, the blank none, and the other lesson is a problem row that earns nothing.
"""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from netcrime.checks import lesson01

from netcrime.grading import Limits, grade, report
from netcrime.grading.assignment import AssignmentError, duplicate_ids, infer_lesson, prune_feedback
from netcrime.grading.lms_names import parse_canvas, parse_download_path, parse_moodle

from grading_fixtures import read_csv, write

pytestmark = pytest.mark.kernel  # starts kernels / processes: runs in `make test`, not `make check`

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(cell_timeout=30, notebook_timeout=120)


def readme_grade_command() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^\s*(make grade SUBMISSIONS=\S+ OUT=\S+(?: LESSON=\d+)?)\s*$", text, re.MULTILINE)
    assert match, "README must show the make grade command"
    return shlex.split(match.group(1))


def test_make_grade_as_the_readme_says(tmp_path):
    command = readme_grade_command()
    assert command[:2] == ["make", "grade"] and "LESSON=01" in command
    subs = tmp_path / "submissions"
    subs.mkdir()
    shutil.copy(ROOT / "solutions" / "01_reading_the_release.ipynb", subs / "李伟.ipynb")  # a Chinese name
    shutil.copy(ROOT / "exercises" / "01_reading_the_release.ipynb", subs / "bo.ipynb")
    shutil.copy(ROOT / "exercises" / "02_charting_the_campaign.ipynb", subs / "cy.ipynb")
    out = tmp_path / "grades"
    (out / "feedback").mkdir(parents=True)
    (out / "feedback" / "withdrawn.md").write_text("an earlier run's student\n", encoding="utf-8")
    # The README's command with this test's folders; `-o` only stops make from re-running the set-up
    # steps if pyproject.toml (or src/netcrime/lazy_iri.py) is newer than the venv on a developer's machine.
    args = [a.replace("SUBMISSIONS=submissions/", f"SUBMISSIONS={subs}/").replace("OUT=grades/", f"OUT={out}/")
            for a in command]
    done = subprocess.run([args[0], "-o", ".venv/.installed", "-o", ".venv/.lazy-iri", *args[1:]], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "graded 3 submissions (1 with problems)" in done.stdout

    raw = (out / "gradebook.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark: Excel shows 李伟, not mojibake
    rows = {row["student"]: row for row in read_csv(out / "gradebook.csv")}
    assert set(rows) == {"李伟", "bo", "cy"}
    solved, blank, other = rows["李伟"], rows["bo"], rows["cy"]
    # the worked solutions earn every mark, but q3's one-line reason (#19), recorded for the instructor to mark
    pending = sum(part.points for part in lesson01.q3.parts[1:])
    assert float(solved["total"]) == float(solved["max_points"]) - pending > 0 and solved["to_mark"] == "1"
    assert blank["total"] == "0" and blank["max_points"] == solved["max_points"]
    assert other["total"] == "0" and "lesson 02, not lesson 01" in other["problems"]
    questions = [c for c in read_csv(out / "gradebook.csv")[0] if re.fullmatch(r"q\d+", c)]
    assert questions and all(other[q] == "" for q in questions)  # no marks of lesson 01 for it
    for row in rows.values():
        assert Path(row["source"]).is_file() and Path(row["source"]).parent == subs  # each row links its file
    assert sorted(p.name for p in (out / "feedback").iterdir()) == ["bo.md", "cy.md", "李伟.md"]  # stale one gone
    assert read_csv(out / "results.csv")[0]["student"] in rows  # results.csv is read the same way


def test_the_majority_lesson_is_graded_and_duplicates_are_flagged(tmp_path, capsys):
    subs = tmp_path / "subs"
    write(subs / "a", "ann", ["gangs = 1759"], lesson="00")
    write(subs / "b", "ann", ["gangs = 1"], lesson="00")  # the same id from another folder
    write(subs, "ben", ["x = 1"], lesson="01")
    records = grade([subs / "a" / "ann.ipynb", subs / "b" / "ann.ipynb", subs / "ben.ipynb"], tmp_path / "out",
                    jobs=2, limits=LIMITS, show_progress=False)
    assert "grading lesson 00: 2 of 3" in capsys.readouterr().err
    by_id = {r.student: r for r in records}
    assert by_id["ben"].problems == ["This is a notebook for lesson 01, not lesson 00."]
    assert by_id["ben"].total == 0
    anns = sorted(s for s in by_id if s.startswith("ann"))
    assert len(anns) == 2 and all(re.fullmatch(r"ann-[0-9a-f]{6}", s) for s in anns)  # unique, LMS-friendly
    for student in anns:  # both copies are flagged, naming both files
        [warning] = [p for p in by_id[student].problems if "student id 'ann'" in p]
        assert "2 submissions" in warning
    first = next(r for r in records if r.source.endswith("a/ann.ipynb"))
    assert next(q for q in first.questions if q.id == "q1").status == "correct"


def test_a_tie_between_lessons_is_refused_with_a_sentence():
    with pytest.raises(AssignmentError, match="--lesson"):
        infer_lesson(["00", "01", None])
    assert infer_lesson([None])[0] is None
    assert infer_lesson(["02", "02", "01"])[0] == "02"


def test_duplicate_ids_name_every_file():
    warnings = duplicate_ids([("li-aaaaaa", "x/li.ipynb", "li"), ("li-bbbbbb", "y/li.ipynb", "li"),
                              ("wu", "wu.ipynb", None), ("a#2", "a.ipynb", None)])
    assert set(warnings) == {"li-aaaaaa", "li-bbbbbb"}
    assert "x/li.ipynb" not in warnings["li-aaaaaa"] and "li-bbbbbb: li.ipynb" in warnings["li-aaaaaa"]


def test_prune_feedback_keeps_only_current_students(tmp_path):
    for name in ("a.md", "gone.md", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    removed = prune_feedback(tmp_path, {"a"}, report.safe_name)
    assert [p.name for p in removed] == ["gone.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "notes.txt"]


def test_lms_download_names():
    got = parse_canvas("smithjane_late_12345_67890_01_reading_the_release.ipynb")
    assert (got.lms, got.user_id, got.name, got.late) == ("canvas", "12345", "smithjane", True)
    assert parse_canvas("wuli_222_333_lesson-1.ipynb").late is False
    assert parse_canvas("notes_final.ipynb") is None  # no ids: not an LMS name, never a guess
    got = parse_moodle("Jane Smith_4711_assignsubmission_file_")
    assert (got.lms, got.user_id, got.name) == ("moodle", "4711", "Jane Smith")
    assert parse_moodle("李伟_88_assignsubmission_file").user_id == "88"  # Moodle 4.1+ drops the last _
    assert parse_download_path("dl/Jane Smith_4711_assignsubmission_file_/ex.ipynb").user_id == "4711"
    assert parse_download_path("dl/jane.ipynb") is None
