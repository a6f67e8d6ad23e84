"""Verdicts kept between runs: a re-run grades only what changed.

A cached row is reused only if its key matches: the student id, the exact
notebook bytes, the lesson filter and the checks' key (every module and data
file judging loads, the extra checks, the data snapshot, the limits, whether
the run was isolated). The cache lives in the output folder, which no
submission can see: sandboxed runs mount neither it nor anything beside it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import report
from .lessons import Checks, detect_lesson, sha
from .records import Record, Submission

CACHE_DIR = ".netcrime-grading"


def cache_path(out: Path, student: str) -> Path:
    safe = report.safe_name(student)
    return Path(out) / CACHE_DIR / f"{safe}-{hashlib.sha1(student.encode()).hexdigest()[:8]}.json"


def lesson_of(sub: Submission) -> str | None:
    """The lesson a readable submission says it is for (None for anything unreadable)."""
    if sub.content is None:
        return None
    from .judging import read_notebook

    try:
        notebook = read_notebook(sub)
        return None if isinstance(notebook, str) else detect_lesson(notebook)
    except Exception:
        return None


def submission_key(sub: Submission, checks: Checks, lesson_filter: str | None) -> str:
    lesson = lesson_of(sub)
    return sha(sub.student.encode(), str(sub.problem).encode(), json.dumps(sub.notes).encode(),
               sub.content or b"", checks.key(lesson).encode(), str(lesson_filter).encode())


def has_records(out: Path) -> bool:
    """Whether an earlier run left records in ``out`` (a re-run may then need no sandbox at all)."""
    folder = Path(out) / CACHE_DIR
    return folder.is_dir() and any(folder.glob("*.json"))


def load(out: Path, sub: Submission, key: str) -> Record | None:
    try:
        stored = json.loads(cache_path(out, sub.student).read_text(encoding="utf-8"))
        if stored.get("key") != key:
            return None
        return Record.from_dict(stored["record"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(out: Path, sub: Submission, record: Record) -> None:
    # Not flushed to disk one by one: a row lost in a crash is only graded again (load() skips what it cannot read).
    report.write_json_atomic(cache_path(out, sub.student), {"key": record.key, "record": record.to_dict()},
                             durable=False)
