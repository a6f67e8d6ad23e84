"""The grader's outputs, each written atomically (a temp file, then os.replace).

gradebook.csv   one row per student, one column per question, total, max, problems, late, source, executed
                (UTF-8 with BOM)
executed/ID.ipynb  each notebook as the grader ran it, with its cells' outputs (executed.py; written while grading)
results.csv     long form: student, lesson, question, points, max_points, verdict, misconception, message
feedback/ID.md  each student's verdicts and messages
short_answers.md  written answers (Question.collect) for the instructor to read
to_mark.md / to_mark.csv   written answers recorded for the instructor (verdict "recorded"), each with its
                 question's rubric; to_mark.csv has the columns of overrides.csv, so marks can be given in it
summary.csv / summary.md / summary.vl.json   per question: pass rate and most frequent misconceptions
                 (summary.vl.json: the chart as Vega-Lite; summary.svg too with --summary-svg);
                 summary.md also lists what is flagged for the instructor (identical files, forged answers)

Graded with --no-sandbox, every one of them says so (a column, a line, a heading).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

from ..checks.outcome import RECORDED, STATUSES, TITLES
from .lms_names import parse_download_path
from .records import Record
from .sandbox import NOT_ISOLATED


def safe_name(student: str) -> str:
    name = re.sub(r"[^\w.@-]+", "_", student, flags=re.UNICODE).strip("._") or "student"
    return name[:80]


def write_text_atomic(path: Path, text: str, durable: bool = True) -> Path:
    """Write UTF-8 text so that readers see the old file or the new one, never half of one."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return write_bytes_atomic(path, text.encode("utf-8"), durable)


def write_bytes_atomic(path: Path, content: bytes, durable: bool = True) -> Path:
    """Atomic for readers; ``durable`` also waits for the disk (a file of a batch can leave it to one
    ``sync_folder`` for the batch: one disk flush instead of one per student)."""
    path = Path(path)
    handle, temp = _create_temp(path.parent, f".{path.name}.", ".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            if durable:
                os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return path


def sync_folder(folder: Path) -> None:
    """Wait until everything written to the file system holding ``folder`` is on disk (syncfs(2))."""
    try:
        import ctypes

        fd = os.open(folder, os.O_RDONLY)
        try:
            if ctypes.CDLL(None, use_errno=True).syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    except (OSError, AttributeError):
        pass
    os.sync()


def _create_temp(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """A new temp file created with mode 0o666 less the umask (as open() would), without touching the umask."""
    import secrets

    while True:
        temp = os.path.join(folder, f"{prefix}{secrets.token_hex(6)}{suffix}")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue


def write_json_atomic(path: Path, data, durable: bool = True) -> Path:
    return write_text_atomic(path, json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", durable)


def _csv(rows: list[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()


# Excel reads a CSV as the system's legacy code page unless the file starts with a UTF-8 byte-order
# mark; with it, Chinese names and messages open correctly. Python (encoding="utf-8-sig"), pandas
# and LibreOffice read the mark and drop it.
BOM = "\ufeff"


def write_csv_atomic(path: Path, rows: list[list]) -> Path:
    """A CSV for people: UTF-8 with a byte-order mark, CRLF line ends (what Excel expects)."""
    return write_text_atomic(path, BOM + _csv(rows))


def points_text(x) -> str:
    """Points as the gradebook and the feedback write them: 1 not 1.0, 0.5, '' for none (CSV-safe: no separators)."""
    if x is None or x == "":
        return ""
    x = float(x)
    return str(int(x)) if x.is_integer() else f"{x:g}"


def question_columns(records: list[Record]) -> list[tuple[str, str, str]]:
    """(lesson, question id, column name) in lesson order then question order."""
    by_lesson: dict[str, list[str]] = {}
    for record in records:
        if record.lesson is None or not record.questions:
            continue
        ids = by_lesson.setdefault(record.lesson, [])
        for q in record.questions:
            if q.id not in ids:
                ids.append(q.id)
    several = len(by_lesson) > 1
    return [(lesson, qid, f"{lesson}-{qid}" if several else qid)
            for lesson in sorted(by_lesson) for qid in by_lesson[lesson]]


TO_MARK = "to mark"  # a gradebook cell whose points the instructor has still to give (a written answer)


def has_written(records: list[Record]) -> bool:
    """Whether the run has written answers recorded for the instructor (then the outputs count them)."""
    return any(q.status == RECORDED for r in records for q in r.questions)


def _points_cell(q) -> str:
    return TO_MARK if q.to_mark else points_text(q.points)


def gradebook_rows(records: list[Record]) -> list[list[str]]:
    """One row per student. Written answers not yet marked show "to mark" (their points are pending:
    the total leaves them out) and, when the run has any, a ``to_mark`` column counts them."""
    columns = question_columns(records)
    unisolated = any(not r.isolated for r in records)
    written = has_written(records)
    rows = [["student", "lesson", *[c[2] for c in columns], "total", "max_points", *(["to_mark"] if written else []),
             "problems", "late", "source", "executed", *(["isolation"] if unisolated else [])]]
    for record in records:
        points = {(record.lesson, q.id): q for q in record.questions}
        cells = []
        for lesson, qid, _ in columns:
            q = points.get((lesson, qid))
            cells.append(_points_cell(q) if q else "")
        rows.append([record.student, record.lesson or "", *cells, points_text(record.total),
                     points_text(record.max_points) if record.questions else "",
                     *([str(len(record.to_mark))] if written else []), " | ".join(record.problems),
                     _late(record), record.source, record.executed or "",
                     *(([("none (--no-sandbox)" if not record.isolated else "sandbox")]) if unisolated else [])])
    return rows


def _late(record: Record) -> str:
    """'late' when the LMS download named the file as late (Canvas), else empty."""
    found = parse_download_path(record.source or "")
    return "late" if found and found.late else ""


def results_rows(records: list[Record]) -> list[list[str]]:
    unisolated = any(not r.isolated for r in records)
    extra = ["isolation"] if unisolated else []
    rows = [["student", "lesson", "question", "points", "max_points", "verdict", "misconception", "message",
             "override", "parts", *extra]]
    for record in records:
        tail = ["none (--no-sandbox)" if not record.isolated else "sandbox"] if unisolated else []
        if not record.questions:
            rows.append([record.student, record.lesson or "", "", "0", "0", "not graded", "",
                         " | ".join(record.problems), "", "", *tail])
        for q in record.questions:
            rows.append([record.student, record.lesson or "", q.id, _points_cell(q), points_text(q.max),
                         q.status, q.misconception or "", q.message, (q.override or {}).get("reason", ""),
                         parts_text(q.parts), *tail])
    return rows


def parts_text(parts) -> str:
    """'encoding 1/1; baseline 0/0.5': which parts of an answer earned their points."""
    return "; ".join(f"{name} {points_text(points if passed else 0)}/{points_text(points)}" for name, points, passed in parts or ())


def to_mark_rows(records: list[Record]) -> list[list[str]]:
    """Every written answer recorded for the instructor, in the columns of overrides.csv first.

    Fill in ``points`` and ``reason`` and save the file as ``overrides.csv`` (or copy the marked lines
    into it): the next run applies them. Answers already marked show their points and reason."""
    rows = [["student", "lesson", "question", "points", "verdict", "reason", "max_points", "name", "answer", "rubric"]]
    names = {r.student: r.name or "" for r in records}
    for lesson, qid, _ in question_columns(records):
        for record in records:
            for q in record.questions:
                if record.lesson != lesson or q.id != qid or q.status != RECORDED and not _was_recorded(q):
                    continue
                marked = q.override or {}
                rows.append([record.student, lesson, qid, "" if q.to_mark else points_text(q.points), "",
                             marked.get("reason", ""), points_text(q.max), names[record.student],
                             " ".join(str(q.answer or "").split()),
                             " | ".join(f"[{n}] {item}" for n, item in enumerate(q.rubric or (), start=1))])
    return rows


def _was_recorded(q) -> bool:
    """A written answer whose verdict the instructor changed (e.g. to correct) is still listed."""
    return bool(q.override) and q.override.get("status_before") == RECORDED


def to_mark_text(records: list[Record]) -> str:
    """The written answers to mark, question by question, each list under its rubric."""
    from .feedback import question_title

    lines = ["# Written answers to mark", "",
             "The computer records these answers and never marks them. Give each its points in `overrides.csv` "
             "(columns `student,question,points,reason`; `to_mark.csv` has them first, so you can fill it in and "
             "save it as `overrides.csv`), then run the same grade command again: the marks are applied and kept.", ""]
    found = False
    for lesson, qid, _ in question_columns(records):
        answers = [(r, q) for r in records if r.lesson == lesson for q in r.questions
                   if q.id == qid and (q.status == RECORDED or _was_recorded(q))]
        if not answers:
            continue
        found = True
        pending = sum(q.to_mark for _, q in answers)
        title = question_title(lesson, qid)
        lines += [f"## Lesson {lesson}, {qid}" + (f" · {title}" if title != qid else ""), "",
                  f"{len(answers)} answers, {pending} still to mark, {points_text(answers[0][1].max)} points each.", ""]
        rubric = answers[0][1].rubric or ()
        if rubric:
            lines += ["What a strong answer covers:", ""]
            lines += [f"{n}. {item}" for n, item in enumerate(rubric, start=1)] + [""]
        for record, q in answers:
            who = record.student + (f" ({record.name})" if record.name else "")
            state = (f"to mark, 0-{points_text(q.max)} points" if q.to_mark else
                     f"marked {points_text(q.points)} / {points_text(q.max)}: {q.override['reason']}")
            lines += [f"### {who}: {state}", "", *_checked_parts(q), _quoted(q.answer), ""]
    if not found:
        lines.append("No written answers were recorded in this run.")
    return "\n".join(lines).rstrip() + "\n"


def _checked_parts(q) -> list[str]:
    """For a question whose computed part is checked and whose written part is recorded (lesson 01 q3's average,
    lesson 02's chart structure): what the computer already gave, so the instructor's points are the total."""
    earned = [(name, points) for name, points, passed in q.parts or () if passed]
    waiting = [(name, points) for name, points, passed in q.parts or () if not passed]
    if not q.to_mark or not earned or not waiting:
        return []
    given = "; ".join(f"{name} {points_text(points)}" for name, points in earned)
    left = "; ".join(f"{name} {points_text(points)}" for name, points in waiting)
    return [f"Checked by the computer: {given} (earned). Yours to mark: {left}. Give the question's total in "
            "`overrides.csv`.", ""]


def _quoted(text) -> str:
    body = str(text or "").strip() or "(no answer)"
    return "\n".join(f"> {line}" if line else ">" for line in body.splitlines())


def feedback_text(record: Record) -> str:
    """Each student's feedback, written for after the deadline (see feedback.py)."""
    from .feedback import feedback_text as words

    notice = [f"**{NOT_ISOLATED}**"] if not record.isolated else []
    text = words(record, notice)
    if record.executed:
        text += f"\nYour notebook as the grader ran it, with what each cell showed: `{record.executed}`\n"
    return text


def short_answers_text(records: list[Record]) -> str:
    lines = ["# Written answers to read", ""]
    found = False
    for lesson, qid, _ in question_columns(records):
        answers = [(r.student, q) for r in records if r.lesson == lesson
                   for q in r.questions if q.id == qid and q.collect]
        if not answers:
            continue
        found = True
        lines += [f"## Lesson {lesson}, {qid}", ""]
        for student, q in answers:
            text = q.answer
            shown = "(no answer)" if not text else " ".join(str(text).split())
            lines.append(f"- **{student}** ({q.status}): {shown}")
        lines.append("")
    if not found:
        lines.append("No question in this run collects written answers.")
    return "\n".join(lines).rstrip() + "\n"


def summary_rows(records: list[Record], top: int = 3) -> list[dict]:
    rows = []
    for lesson, qid, column in question_columns(records):
        entries = [q for r in records if r.lesson == lesson for q in r.questions if q.id == qid]
        counts = Counter(q.status for q in entries)
        misconceptions = Counter(q.misconception for q in entries if q.misconception)
        n = len(entries)
        rows.append({
            "lesson": lesson, "question": qid, "column": column, "submissions": n,
            "correct": counts.get("correct", 0),
            "pass_rate": round(counts.get("correct", 0) / n, 3) if n else 0.0,
            **{status.replace(" ", "_"): counts.get(status, 0) for status in STATUSES if status != "correct"},
            "to_mark": sum(q.to_mark for q in entries),
            "top_misconceptions": "; ".join(f"{code} ({count})" for code, count in misconceptions.most_common(top)),
        })
    return rows


def summary_markdown(rows: list[dict], records: list[Record]) -> str:
    """The class summary in words (see feedback.py), with the run's isolation notice and flags."""
    from .feedback import summary_markdown as words

    text = words(rows, records, [f"**{NOT_ISOLATED}**"] if any(not r.isolated for r in records) else [])
    flagged = [r for r in records if r.flags]
    if flagged:
        text += "\n## Flagged for the instructor\n\n" + "".join(f"- {r.student}: {'; '.join(r.flags)}\n"
                                                                 for r in flagged)
    return text


SUMMARY_CHART_TITLE = "Share of students who answered each question correctly"


def summary_chart_spec(rows: list[dict]) -> dict:
    """The class summary chart as a Vega-Lite spec: plain data, so writing it needs neither Altair nor a converter.

    Saved as ``summary.vl.json``, which JupyterLab's built-in Vega-Lite 5 viewer opens offline; drawn to
    ``summary.svg`` only when asked (``--summary-svg``), because starting the converter costs more than
    writing every other report of a class.
    """
    from ..charts import VEGALITE_V5_SCHEMA

    order = [r["column"] for r in rows]
    return {
        "$schema": VEGALITE_V5_SCHEMA,
        "title": SUMMARY_CHART_TITLE,
        "description": "Bar chart of the pass rate of each question in this grading run.",
        "data": {"values": [{"question": r["column"], "pass rate": r["pass_rate"]} for r in rows]},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "question", "type": "nominal", "sort": order, "title": "Question"},
            "y": {"field": "pass rate", "type": "quantitative", "axis": {"format": "%"},
                  "scale": {"domain": [0, 1]}, "title": "Pass rate"},
            "tooltip": [{"field": "question", "type": "nominal"},
                        {"field": "pass rate", "type": "quantitative", "format": ".0%"}],
        },
    }


def _write_summary_svg(spec: dict, out: Path) -> None:
    """summary.svg, drawn by vl-convert (offline; started only for ``--summary-svg``)."""
    try:
        import vl_convert

        svg = vl_convert.vegalite_to_svg({k: v for k, v in spec.items() if k != "$schema"}, vl_version="5.8")
        write_text_atomic(out / "summary.svg", svg)
    except Exception as exc:  # the chart is a convenience: never lose the run for it
        print(f"warning: could not draw summary.svg ({type(exc).__name__}: {exc})", file=sys.stderr)


def write_reports(records: list[Record], out: Path, summary_svg: bool = False) -> None:
    out = Path(out)
    for record in records:
        write_text_atomic(out / "feedback" / f"{safe_name(record.student)}.md", feedback_text(record), durable=False)
    write_csv_atomic(out / "results.csv", results_rows(records))
    write_text_atomic(out / "short_answers.md", short_answers_text(records))
    write_text_atomic(out / "to_mark.md", to_mark_text(records))
    write_csv_atomic(out / "to_mark.csv", to_mark_rows(records))
    rows = summary_rows(records)
    header = ["lesson", "question", "submissions", "correct", "pass_rate",
              *[s.replace(" ", "_") for s in STATUSES if s != "correct"], "to_mark", "top_misconceptions"]
    write_csv_atomic(out / "summary.csv", [header] + [[str(r[h]) for h in header] for r in rows])
    write_text_atomic(out / "summary.md", summary_markdown(rows, records))
    if rows:
        spec = summary_chart_spec(rows)
        write_json_atomic(out / "summary.vl.json", spec)
        if summary_svg:
            _write_summary_svg(spec, out)
    # The gradebook last: when it is there and new, everything else is too (on disk: one flush for all).
    sync_folder(out)
    write_csv_atomic(out / "gradebook.csv", gradebook_rows(records))
