"""Words for people after the deadline: each student's feedback, and the class summary.

In the notebook a check speaks to a student who can still change the answer ("run the cell, then
check again"). Graded feedback is read later: it names each question by its topic, gives every
message the checker produced, says what the instructor changed and why, addresses the student by
name (from a roster, when given) and drops the try-again wording. The class summary says in words
what each question was about and which misconceptions were common, and counts blank answers
apart from wrong ones.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..checks.outcome import CORRECT, NOT_ATTEMPTED, RECORDED, TITLES
from .report import points_text

_TRY_AGAIN = [  # notebook phrases that make no sense once the work is graded
    (re.compile(r"Run the cell where you set it \(or check its spelling\), then check again\."),
     "The variable was not set when the notebook ran (check its spelling)."),
    (re.compile(r"Replace the \.\.\. placeholder with your answer, run the cell, then check again\."),
     "The ... placeholder was left in place: no answer was given."),
    (re.compile(r",? ?(?:run the cell, )?(?:and |then )check again\b"), ""),
    (re.compile(r"\s*Call hint\(\) (?:again )?for [^.]*\."), ""),
]


def after_deadline(message: str) -> str:
    """The checker's message without the try-again wording of the notebook."""
    for pattern, replacement in _TRY_AGAIN:
        message = pattern.sub(replacement, message)
    return re.sub(r"\s+\.", ".", message).strip()


def _first_sentence(text: str, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    cut = re.split(r"(?<=[.?!])\s", text, maxsplit=1)[0]
    return cut if len(cut) <= limit else cut[: limit - 1].rsplit(" ", 1)[0] + "…"


@lru_cache(maxsize=None)
def _lesson_questions(lesson: str) -> dict:
    try:
        from ..checks import registry

        return {q.id: q for q in registry.questions(lesson)}
    except Exception:  # an unknown lesson or instructor-only checks: ids stand in for titles
        return {}


def question_title(lesson: str | None, qid: str) -> str:
    """A short topic for a question: the first sentence of its prompt, else its id."""
    q = _lesson_questions(lesson).get(qid) if lesson else None
    return _first_sentence(q.prompt) if q is not None and q.prompt else qid


def misconception_title(lesson: str | None, qid: str, code: str) -> str:
    q = _lesson_questions(lesson).get(qid) if lesson else None
    text = q.misconceptions.get(code) if q is not None else None
    return _first_sentence(text, 80) if text else code


def feedback_text(record, notice: list[str] = ()) -> str:
    """One student's feedback (a ``records.Record``), readable after the deadline."""
    who = record.name or record.student
    lesson = record.lesson
    lines = [f"# Feedback for {who}", ""] + [*(f"{n}" for n in notice), *([""] if notice else [])]
    if lesson and record.questions:
        pending = sum(q.max for q in record.to_mark)
        later = f" ({points_text(pending)} more to be marked by your instructor)" if record.to_mark else ""
        lines += [f"Lesson {lesson}: **{points_text(record.total)} / {points_text(record.max_points)} points**{later}", ""]
    if record.problems:
        lines += ["## Problems running your notebook", ""]
        lines += [f"- {p}" for p in record.problems] + [""]
    if record.questions:
        lines += ["## Your answers", ""]
        for q in record.questions:
            title = question_title(lesson, q.id)
            heading = f"### {q.id}" + (f" · {title}" if title != q.id else "")
            lines += [heading, "", _verdict_line(q), ""]
            if q.message:
                lines += [after_deadline(q.message), ""]
            if q.parts:
                lines += [f"- {'Right' if passed else 'Not yet'}: {name} ({points_text(points if passed else 0)} / "
                          f"{points_text(points)} points)" for name, points, passed in q.parts] + [""]
            if q.override and q.override["status_before"] == RECORDED:
                lines += [f"Your instructor's marking: {q.override['reason']}", ""]
            elif q.override:
                was = TITLES.get(q.override["status_before"], q.override["status_before"])
                lines += [f"Changed by your instructor (was {was}, {points_text(q.override['points_before'])} points): "
                          f"{q.override['reason']}", ""]
            if q.rubric:
                lines += ["What a strong answer covers:", ""]
                lines += [f"{n}. {item}" for n, item in enumerate(q.rubric, start=1)] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _verdict_line(q) -> str:
    """'**Not yet** (0.5 / 1 points)'; a written answer says whether it is still to be marked."""
    if q.to_mark:
        return f"**{TITLES[RECORDED]}: to be marked** (- / {points_text(q.max)} points)"
    if q.override and q.override["status_before"] == RECORDED and q.status == RECORDED:
        return f"**Marked by your instructor** ({points_text(q.points)} / {points_text(q.max)} points)"
    return f"**{TITLES.get(q.status, q.status)}** ({points_text(q.points)} / {points_text(q.max)} points)"


def summary_markdown(rows: list[dict], records: list, notice: list[str] = (), top: int = 3) -> str:
    """The class summary in words: topics, answered vs blank, and the misconceptions by name."""
    faults = [r for r in records if r.problems]
    lines = ["# Class summary", "", *notice, *([""] if notice else []),
             f"{len(records)} submissions; {len(faults)} with problems (listed below).", "",
             "Blank answers (the placeholder left, or the variable never set) are counted apart from wrong ones: "
             "*correct* is the share of the students who answered. Written answers the computer recorded for you "
             "are counted *to be marked* until you give their points (`to_mark.md`, `overrides.csv`).", "",
             "| question | about | answered | correct (of answered) | blank | to be marked | most frequent misconceptions |",
             "|---|---|---:|---:|---:|---:|---|"]
    for row in rows:
        lesson, qid = row["lesson"], row["question"]
        entries = [q for r in records if r.lesson == lesson for q in r.questions if q.id == qid]
        blank = sum(q.status == NOT_ATTEMPTED for q in entries)
        answered = len(entries) - blank
        right = sum(q.status == CORRECT for q in entries)
        to_mark = sum(q.to_mark for q in entries)
        judged = answered - sum(q.status == RECORDED for q in entries)  # written answers are not right or wrong
        counts = Counter(q.misconception for q in entries if q.misconception)
        named = "; ".join(f"{misconception_title(lesson, qid, code)} ({n})" for code, n in counts.most_common(top))
        share = f"{right / judged:.0%}" if judged > 0 else "-"
        about = question_title(lesson, qid).replace("|", "/")
        lines.append(f"| {row['column']} | {about} | {answered} | {share} | {blank} | {to_mark} | "
                     f"{named.replace('|', '/') or '-'} |")
    if faults:
        lines += ["", "## Submissions with problems", ""]
        lines += [f"- {r.name or r.student}: {' | '.join(r.problems)}" for r in faults]
    return "\n".join(lines) + "\n"
