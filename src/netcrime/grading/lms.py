"""From a grading run's folder to the files Canvas and Moodle import.

``python -m netcrime lms canvas GRADES --roster canvas_gradebook.csv --assignment "Lesson 01" --out DIR``
writes ``canvas_import.csv`` in Canvas's gradebook import layout: ``Student, ID, SIS User ID,
SIS Login ID, Section`` and one assignment column named like Canvas's own (``Lesson 01 (12345)``:
taken from the exported gradebook when it has that assignment, so Canvas updates it rather than
creating a new one).

``python -m netcrime lms moodle GRADES --worksheet Grades-....csv --out DIR`` fills in the grading
worksheet Moodle gave you (same columns, same order, same ``Last modified`` values, so Moodle's
offline-grading import accepts it) with ``Grade`` (scaled to its ``Maximum Grade``) and a short
``Feedback comments``; and writes ``moodle_feedback.zip`` holding each student's full feedback in a
folder ``Full Name_PARTICIPANTID_assignsubmission_file_``, the naming Moodle's "Upload multiple
feedback files in a zip" reads the participant from.

Both write ``lms_report.csv``: one line per submission (matched to whom and how, late or not, the
grade written) and per roster student with no submission. Nothing is guessed: a submission that
matches no roster row, or several, gets no grade in the import file and is listed there.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from pathlib import Path

from . import report
from .roster import Match, Person, Roster, RosterError, match_rows, read_roster


def read_gradebook(grades: Path) -> list[dict[str, str]]:
    path = Path(grades) / "gradebook.csv"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        raise RosterError(f"There is no gradebook at {path}: run `make grade ... OUT={grades}` first.") from None
    return list(csv.DictReader(io.StringIO(text)))


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _graded(row: dict[str, str]) -> bool:
    """A row with points to upload: the notebook was for this lesson and was judged."""
    return _number(row.get("max_points", "")) not in (None, 0.0)


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}".rstrip("0").rstrip(".")


def _plain_csv(rows: list[list[str]]) -> str:
    """CSV as the LMS writes it: UTF-8 without a byte-order mark, CRLF lines."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _report(out: Path, matches: list[Match], missing: list[Person], rows: list[dict], written: dict[str, str]) -> Path:
    lines = [["submission", "matched_to", "how", "late", "grade_written", "problems", "source"]]
    by_student = {r["student"]: r for r in rows}
    for m in matches:
        row = by_student[m.student]
        lines.append([m.student, m.person.name if m.person else "", m.how, "late" if m.late else "",
                      written.get(m.student, ""), row.get("problems", ""), row.get("source", "")])
    for person in missing:
        lines.append(["", person.name, "in the roster, no submission", "", "", "", ""])
    return report.write_csv_atomic(out / "lms_report.csv", lines)


def _summary(matches: list[Match], missing: list[Person], written: dict[str, str]) -> str:
    unmatched = [m for m in matches if m.person is None]
    ungraded = [m for m in matches if m.person is not None and m.student not in written]
    parts = [f"{len(written)} grades written"]
    if unmatched:
        parts.append(f"{len(unmatched)} submissions not matched to the roster: "
                     + "; ".join(f"{m.student} ({m.how})" for m in unmatched[:10])
                     + (" ..." if len(unmatched) > 10 else ""))
    if ungraded:
        parts.append(f"{len(ungraded)} matched but not graded (see problems): "
                     + ", ".join(m.student for m in ungraded[:10]))
    if missing:
        parts.append(f"{len(missing)} roster students with no submission: "
                     + ", ".join(p.name for p in missing[:10]) + (" ..." if len(missing) > 10 else ""))
    late = [m for m in matches if m.late]
    if late:
        parts.append(f"{len(late)} late (column late in lms_report.csv)")
    return "\n".join(parts)


# ----------------------------------------------------------------- Canvas
CANVAS_FIXED = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


def canvas_column(roster: Roster, assignment: str) -> str:
    """The assignment's column as Canvas names it, reusing the exported one when it is there."""
    if assignment in roster.header:
        return assignment
    same = [h for h in roster.header if h.startswith(f"{assignment} (") and re.search(r"\(\d+\)$", h)]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        raise RosterError(f"Several gradebook columns start with '{assignment}': {', '.join(same)}; "
                          "give the full column name with --assignment.")
    return assignment  # Canvas creates a new assignment of this name on import


def write_canvas(grades: Path, roster_path: Path, assignment: str, out: Path) -> tuple[Path, str]:
    roster = read_roster(roster_path)
    if roster.kind != "canvas":
        raise RosterError(f"{roster_path} is not a Canvas gradebook export (it needs the columns "
                          f"{', '.join(CANVAS_FIXED[:4])}): in Canvas, Grades > Export > Export entire gradebook.")
    rows = read_gradebook(grades)
    matches, missing = match_rows(roster, rows)
    column = canvas_column(roster, assignment)
    by_student = {r["student"]: r for r in rows}
    grade_of: dict[int, str] = {}
    written: dict[str, str] = {}
    for m in matches:
        if m.person is not None and _graded(by_student[m.student]):
            grade_of[id(m.person)] = written[m.student] = _fmt(float(by_student[m.student]["total"]))
    lines = [CANVAS_FIXED + [column]]
    for person in roster.people:  # roster order; a blank cell leaves Canvas's grade as it is
        lines.append([person.row.get(h, "") for h in CANVAS_FIXED] + [grade_of.get(id(person), "")])
    out.mkdir(parents=True, exist_ok=True)
    path = report.write_text_atomic(out / "canvas_import.csv", _plain_csv(lines))
    _report(out, matches, missing, rows, written)
    return path, _summary(matches, missing, written)


# ----------------------------------------------------------------- Moodle
def _comment(row: dict[str, str], results: dict[str, list[dict]]) -> str:
    total, maximum = row.get("total", ""), row.get("max_points", "")
    lesson = row.get("lesson", "")
    text = f"Lesson {lesson}: {total} / {maximum} points."
    missed = [r for r in results.get(row["student"], []) if _number(r.get("points")) != _number(r.get("max_points"))]
    if missed:
        text += " To review: " + "; ".join(f"{r['question']} ({r['verdict']})" for r in missed) + "."
    return text + " Your full feedback is in the attached file."


def _results(grades: Path) -> dict[str, list[dict]]:
    try:
        text = (grades / "results.csv").read_text(encoding="utf-8-sig")
    except OSError:
        return {}
    found: dict[str, list[dict]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row.get("question"):
            found.setdefault(row["student"], []).append(row)
    return found


def moodle_folder(person: Person) -> str:
    """``Full Name_PARTICIPANTID_assignsubmission_file_``: Moodle reads the participant id after the
    first underscore, so underscores in the name become spaces."""
    name = re.sub(r"[_/\\:*?\"<>|]+", " ", person.name).strip() or "student"
    return f"{name}_{person.lms_id}_assignsubmission_file_"


def write_moodle(grades: Path, worksheet: Path, out: Path) -> tuple[Path, Path, str]:
    roster = read_roster(worksheet)
    if roster.kind != "moodle":
        raise RosterError(f"{worksheet} is not a Moodle grading worksheet (it needs the columns Identifier, "
                          "Grade and Last modified (grade)): in the assignment, View all submissions > "
                          "Grading action > Download grading worksheet.")
    header = roster.header
    names = {h.strip().lower(): h for h in header}
    grade_col, max_col = names["grade"], names.get("maximum grade")
    feedback_col = names.get("feedback comments")
    rows = read_gradebook(grades)
    results = _results(grades)
    matches, missing = match_rows(roster, rows)
    by_student = {r["student"]: r for r in rows}
    written: dict[str, str] = {}
    filled: dict[int, dict[str, str]] = {}
    archive_entries: list[tuple[str, bytes]] = []
    for m in matches:
        row = by_student[m.student]
        if m.person is None or not _graded(row):
            continue
        top = _number(m.person.row.get(max_col, "")) if max_col else None
        if not top:
            raise RosterError(f"The worksheet gives no Maximum Grade for {m.person.name}: the assignment must "
                              "be graded with points (Grade > Type: Point), not a scale.")
        grade = float(row["total"]) / float(row["max_points"]) * top
        written[m.student] = f"{grade:.2f}"
        updated = dict(m.person.row)
        updated[grade_col] = written[m.student]
        if feedback_col:
            updated[feedback_col] = _comment(row, results)
        filled[id(m.person)] = updated
        feedback = grades / "feedback" / f"{report.safe_name(m.student)}.md"
        if feedback.is_file():
            archive_entries.append((f"{moodle_folder(m.person)}/feedback.txt", feedback.read_bytes()))
    lines = [header] + [[filled.get(id(p), p.row).get(h, "") for h in header] for p in roster.people]
    out.mkdir(parents=True, exist_ok=True)
    sheet = report.write_text_atomic(out / "moodle_grading_worksheet.csv", _plain_csv(lines))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in archive_entries:
            archive.writestr(name, content)
    archive_path = report.write_bytes_atomic(out / "moodle_feedback.zip", buffer.getvalue())
    _report(out, matches, missing, rows, written)
    return sheet, archive_path, _summary(matches, missing, written)


# ----------------------------------------------------------------- command line
def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="lms", required=True)
    p = sub.add_parser("canvas", help="Canvas gradebook import CSV")
    p.add_argument("grades", help="the folder `make grade` wrote (with gradebook.csv)")
    p.add_argument("--roster", required=True, help="Canvas's gradebook export (Grades > Export)")
    p.add_argument("--assignment", required=True,
                   help="the assignment's name in Canvas, e.g. 'Lesson 01' (or its full column 'Lesson 01 (12345)')")
    p.add_argument("--out", required=True, help="folder for canvas_import.csv and lms_report.csv")
    p = sub.add_parser("moodle", help="Moodle grading worksheet and feedback zip")
    p.add_argument("grades", help="the folder `make grade` wrote (with gradebook.csv)")
    p.add_argument("--worksheet", required=True, help="the grading worksheet downloaded from the Moodle assignment")
    p.add_argument("--out", required=True, help="folder for moodle_grading_worksheet.csv, moodle_feedback.zip, "
                                                "lms_report.csv")


def main(args: argparse.Namespace) -> int:
    grades, out = Path(args.grades), Path(args.out)
    try:
        if args.lms == "canvas":
            path, summary = write_canvas(grades, Path(args.roster), args.assignment, out)
            print(f"wrote {path}")
        else:
            sheet, archive, summary = write_moodle(grades, Path(args.worksheet), out)
            print(f"wrote {sheet}\nwrote {archive}")
    except RosterError as exc:
        print(f"lms: {exc}", file=sys.stderr)
        return 2
    print(summary)
    print(f"every submission and every roster student is listed in {out / 'lms_report.csv'}")
    pending = [r["student"] for r in read_gradebook(grades) if (_number(r.get("to_mark", "")) or 0) > 0]
    if pending:
        print(f"warning: {len(pending)} students have written answers still to be marked (see {grades / 'to_mark.md'}); "
              "their grades leave those points out until you give them in overrides.csv and grade again.")
    return 0
