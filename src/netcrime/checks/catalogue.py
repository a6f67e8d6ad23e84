"""The misconception registry: every named mistake each lesson's checks can report.

Printed by ``python -m netcrime misconceptions`` and pasted into the instructor
guide; a test checks the guide lists every code, so the guide cannot fall
behind the checks.
"""
from __future__ import annotations

from .registry import all_lessons


def misconception_rows() -> list[dict]:
    rows = []
    for lesson, questions in all_lessons().items():
        for q in questions:
            for code, description in q.misconceptions.items():
                rows.append({"lesson": lesson, "question": q.id, "code": code,
                             "what it shows": " ".join(str(description).split())})
    return rows


def misconception_markdown() -> str:
    lines = ["| lesson | question | code | what it shows |", "|---|---|---|---|"]
    for row in misconception_rows():
        text = row["what it shows"].replace("|", "/")
        lines.append(f"| {row['lesson']} | {row['question']} | `{row['code']}` | {text} |")
    return "\n".join(lines)
