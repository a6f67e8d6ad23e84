"""The instructor's word over the checker's: a small CSV of changed verdicts and points, each with a reason.

``grades/overrides.csv`` (or ``--overrides FILE``), one line per change::

    student,question,points,verdict,reason
    ana,q3,0.5,,Right method, arithmetic slip: half credit
    li_wei,q7,,correct,Answer is right in substance; the checker wanted the keyword

``points`` (0 to the question's points) and/or ``verdict`` (correct, incorrect, not attempted,
wrong type, cannot judge); a verdict alone sets the points to full or zero. ``reason`` is required:
the student reads it in their feedback. A line with neither points, verdict nor reason is skipped,
so ``to_mark.csv`` (the written answers to mark, in these columns) can be filled in and saved as this
file. The file is read on every run and applied after grading
(never cached), so a re-run keeps every override and a deleted line is undone. An optional
``lesson`` column restricts a line to one lesson (for a course-wide file).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from ..checks.outcome import CORRECT, STATUSES


class OverrideError(ValueError):
    """The overrides file cannot be applied; the message names the line and what to fix."""


@dataclass(frozen=True)
class Override:
    line: int
    student: str
    question: str
    points: float | None
    verdict: str | None
    reason: str
    lesson: str | None = None


def load(path: str | Path) -> list[Override]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OverrideError(f"{path} is not UTF-8: save it as 'CSV UTF-8' (Excel) or UTF-8 text.") from None
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower(): c for c in (reader.fieldnames or []) if c}
    needed = {"student", "question", "reason"}
    if not needed <= set(columns) or not ({"points", "verdict"} & set(columns)):
        raise OverrideError(f"{path} needs the columns student, question, points and/or verdict, reason "
                            f"(it has: {', '.join(columns) or 'none'}).")
    found = []
    for number, row in enumerate(reader, start=2):
        get = {k: (row.get(v) or "").strip() for k, v in columns.items()}
        if not any(get.values()):
            continue
        where = f"{path.name} line {number}"
        if not get.get("points") and not get.get("verdict") and not get["reason"]:
            continue  # a line not filled in yet (e.g. an answer of to_mark.csv still to mark)
        if not get["student"] or not get["question"]:
            raise OverrideError(f"{where}: say which student and which question the change is for.")
        if not get["reason"]:
            raise OverrideError(f"{where}: give a reason; the student reads it in their feedback.")
        points = None
        if get.get("points"):
            try:
                points = float(get["points"])
            except ValueError:
                raise OverrideError(f"{where}: points '{get['points']}' is not a number.") from None
        verdict = get.get("verdict") or None
        if verdict is not None:
            verdict = verdict.lower()
            if verdict not in STATUSES:
                raise OverrideError(f"{where}: verdict '{verdict}' is not one of {', '.join(STATUSES)}.")
        if points is None and verdict is None:
            raise OverrideError(f"{where}: give new points, a new verdict, or both.")
        lesson = get.get("lesson") or None
        found.append(Override(number, get["student"], get["question"], points, verdict, get["reason"],
                              lesson.zfill(2) if lesson and lesson.isdigit() else lesson))
    return found


def apply(records: list, overrides: list[Override]) -> tuple[list, list[str]]:
    """The records (``records.Record``) with every override applied, and a sentence for each line
    that fitted nothing. Each changed question keeps what the checker said under ``override``."""
    out = [replace(r, questions=list(r.questions)) for r in records]
    index = {(r.student, q.id): (i, j) for i, r in enumerate(out) for j, q in enumerate(r.questions)}
    unused = []
    for o in overrides:
        place = index.get((o.student, o.question))
        if place is None or (o.lesson and out[place[0]].lesson != o.lesson):
            known = any(r.student == o.student for r in out)
            unused.append(f"overrides line {o.line}: " + (f"student '{o.student}' has no question '{o.question}'"
                                                          if known else f"no submission from '{o.student}'")
                          + " in this run; the line was not applied.")
            continue
        question = out[place[0]].questions[place[1]]
        top = float(question.max)
        points = o.points if o.points is not None else (top if o.verdict == CORRECT else 0.0)
        if not 0 <= points <= top:
            raise OverrideError(f"overrides line {o.line}: {points:g} points is outside 0 to {top:g} for "
                                f"{o.question}.")
        out[place[0]].questions[place[1]] = replace(
            question, points=points, status=o.verdict or question.status,
            override={"reason": o.reason, "points_before": question.points, "status_before": question.status})
    return out, unused


def overrides_path(out: Path, given: str | Path | None) -> Path | None:
    """The file named with --overrides, else ``OUT/overrides.csv`` when the instructor made one."""
    if given:
        if not Path(given).is_file():
            raise OverrideError(f"The overrides file {given} does not exist.")
        return Path(given)
    default = Path(out) / "overrides.csv"
    return default if default.is_file() else None
