"""Each student's attempts and passes per question, kept in a small local JSON file (never a pickle).

This is the data behind ``netcrime.progress()``.

The file is ``~/.netcrime/progress.json`` unless NETCRIME_PROGRESS_FILE names
another. Writing it never interrupts a student: a read-only home folder just
means progress is not saved.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

PROGRESS_ENV = "NETCRIME_PROGRESS_FILE"


def progress_file() -> Path:
    override = os.environ.get(PROGRESS_ENV)
    return Path(override) if override else Path.home() / ".netcrime" / "progress.json"


def load() -> dict:
    try:
        data = json.loads(progress_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def record(lesson: str, question: str, passed: bool) -> None:
    """Count an attempt; remember a pass for good."""
    data = load()
    entry = data.setdefault(lesson, {}).setdefault(question, {"attempts": 0, "passed": False})
    entry["attempts"] = int(entry.get("attempts", 0)) + 1
    entry["passed"] = bool(entry.get("passed")) or passed
    path = progress_file()
    if path.exists() and not path.is_file() or str(path) == os.devnull:
        return  # a device (os.devnull) or a folder: never replace it with a file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def progress_table() -> pd.DataFrame:
    """Per lesson: questions, attempted, passed (every known question listed)."""
    from .registry import all_lessons

    data = load()
    rows = []
    for lesson, questions in all_lessons().items():
        done = data.get(lesson, {})
        rows.append({
            "lesson": lesson,
            "questions": len(questions),
            "attempted": sum(1 for q in questions if q.id in done),
            "passed": sum(1 for q in questions if done.get(q.id, {}).get("passed")),
        })
    return pd.DataFrame(rows, columns=["lesson", "questions", "attempted", "passed"])
