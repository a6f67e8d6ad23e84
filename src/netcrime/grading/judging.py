"""Grading one submission: run it in isolation, bring the answers back as data, judge them here.

The judging happens in the grader's own process with the instructor's checks
(and, for questions that need them, the instructor-only inputs in
``netcrime.instructor``), so nothing a notebook does to the check cells or to
its copy of the package changes a verdict.
"""
from __future__ import annotations

import ast
import json
import time

from .. import paths
from ..checks import alternatives
from ..checks.outcome import CANNOT_JUDGE, WRONG_TYPE, Outcome, with_note
from ..checks.parts import earned
from ..checks.question import MISSING, ProbeResults, Question
from ..checks.values import describe
from . import executed
from .codec import TooLarge, decode, encode
from .kernel_code import spec_for
from .lessons import detect_lesson
from .records import QuestionRow, Record, Submission
from .. import parse_python


def fault(sub: Submission, reason: str, lesson: str | None = None) -> Record:
    return Record(student=sub.student, source=str(sub.path), lesson=lesson, problems=[*sub.notes, reason])


def _row(q: Question, outcome: Outcome, answer) -> QuestionRow:
    return QuestionRow(id=q.id, max=float(q.points), points=earned(outcome, q.points),
                       status=outcome.status, message=outcome.message, misconception=outcome.misconception,
                       collect=bool(q.collect), answer=answer, rubric=list(getattr(q, "rubric", ())) or None,
                       parts=[list(part) for part in outcome.parts] or None)


def _answer_text(value) -> str | None:
    if value is MISSING or value is Ellipsis:
        return None
    if isinstance(value, str):
        return value
    return describe(value)


def judge(q: Question, values: dict, probe_outputs: dict, probe_inputs: dict,
          threads: dict | None = None) -> tuple[Outcome, object]:
    """Judge one question from the extracted values, in this process, never raising. ``threads``: {question id:
    {"stopped": n, "running": m}}, the threads a function's calls left running in the kernel (noted in the verdict,
    as check() notes them)."""
    got = [decode(values.get(name, {"__nc__": "missing"})) for name in q.reads]
    too_large = [f"'{name}' could not be graded: {value!r}." for name, value in zip(q.reads, got)
                 if isinstance(value, TooLarge)]
    if too_large:
        note = " ".join(too_large) + " Keep answers to the size the question asks for."
        if not q.parts or len(too_large) == len(got):
            return Outcome(CANNOT_JUDGE, note), None
        # a question of parts (a number and a written line): the other parts still earn their points, the
        # too-large one is judged as not written
        outcome = q.judge_values([... if isinstance(value, TooLarge) else value for value in got])
        return with_note(outcome, note, before=True), None
    if q.probe is not None and got:
        name, first = q.reads[0], got[0]
        if isinstance(probe_inputs.get(q.id), str):
            return Outcome(CANNOT_JUDGE, probe_inputs[q.id]), None
        if q.id in probe_outputs and first is not MISSING:
            inputs = probe_inputs[q.id]
            outputs = probe_outputs[q.id]
            got[0] = ProbeResults((item, decode(out)) for item, out in zip(inputs, outputs))
            left = (threads or {}).get(q.id)
            if isinstance(left, dict):
                got[0].threads_left = {k: v for k, v in left.items() if k in ("stopped", "running") and type(v) is int}
        elif first is not MISSING and first is not Ellipsis:
            return Outcome(WRONG_TYPE, f"'{name}' should be a function, but it is {describe(first)}."), None
    # the answer collected beside the rubric: the written one where a question also reads a computed value,
    # or the text a question finds inside its answer (a chart's words)
    if getattr(q, "answer_text", None) is not None and got and got[0] is not MISSING:
        try:
            text = q.answer_text(got[0])
        except Exception:  # a review copy: never a lost row
            text = None
        return q.judge_values(got), (text if text is not None else "(no words)")
    written = [value for value in got if isinstance(value, str)]
    return q.judge_values(got), (written[0] if written else got[0] if got else None)


def assigned_names(source: str) -> set[str]:
    """Names a cell binds at top level (assignments, defs, classes, imports); empty if it does not parse."""
    try:
        tree = parse_python.parse(source)
    except (SyntaxError, ValueError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def raised_outcome(q: Question, values: dict, cells: list[str], raised: dict[int, str]) -> Outcome | None:
    """'Your cell raised KeyError' for a question whose answer is missing because the cell setting it failed."""
    for name in q.reads:
        value = decode(values.get(name, {"__nc__": "missing"}))
        if value is not MISSING and value is not Ellipsis:
            continue
        for index in sorted(raised, reverse=True):
            if name in assigned_names(cells[index]):
                return Outcome(CANNOT_JUDGE, f"Your cell that sets '{name}' (code cell {index + 1}) raised "
                               f"{raised[index]}, so '{name}' has no answer. Fix the error, run the cell, and check "
                               "again.")
    return None


def code_cells(notebook: dict) -> list[str]:
    cells = []
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            source = cell.get("source", "")
            cells.append("".join(source) if isinstance(source, list) else str(source))
    return cells


def read_notebook(sub: Submission) -> dict | str:
    """The notebook (its JSON), or the sentence that says why it cannot be read.

    A version-4 notebook is used as parsed: nbformat would give the same dict after a schema
    validation that only logs, and importing and running that validator cost more than grading a
    notebook. Older versions go through nbformat's converter.
    """
    try:
        text = sub.content.decode("utf-8-sig")
        raw = json.loads(text)
    except (UnicodeDecodeError, ValueError, AttributeError):
        return ("The file is not a readable notebook (not valid JSON). "
                "Save it from JupyterLab (File > Save) and submit the .ipynb file.")
    try:
        if not isinstance(raw, dict) or "cells" not in raw:
            raise ValueError("no cells")
        if raw.get("nbformat") == 4 and isinstance(raw["cells"], list) and \
                all(isinstance(cell, dict) for cell in raw["cells"]):
            return raw
        import nbformat

        return nbformat.reads(text, as_version=4)
    except Exception:
        return "The file is JSON but not a Jupyter notebook the grader can read."


def grade_with(sub: Submission, grader) -> Record:
    """See ``grade_submission`` in ``grader.py`` (the public entry point)."""
    if sub.problem:
        return fault(sub, sub.problem)
    notebook = read_notebook(sub)
    if isinstance(notebook, str):
        return fault(sub, notebook)
    lesson = detect_lesson(notebook)
    if lesson is None:
        return fault(sub, "The grader could not tell which lesson this notebook is for "
                          "(no netcrime.lesson metadata and no netcrime.checks.lessonNN import).")
    if grader.lesson is not None and lesson != grader.lesson:
        return fault(sub, f"This is a notebook for lesson {lesson}, not lesson {grader.lesson}.", lesson)
    questions = grader.checks.questions(lesson)
    if isinstance(questions, str):
        return fault(sub, questions, lesson)

    names = list(dict.fromkeys(name for q in questions for name in q.reads))
    probe_inputs, probes = {}, {}
    with paths.using_data_dir(grader.env.data_folder):
        for q in questions:
            if q.probe is None or not q.reads:
                continue
            try:
                inputs = list(q.probe())
                probes[q.id] = [q.reads[0], [encode(i) for i in inputs]]  # per question: inputs may differ
                probe_inputs[q.id] = inputs
            except Exception as exc:
                probe_inputs[q.id] = f"The checker could not make test inputs ({type(exc).__name__})."
    limits = grader.limits
    spec = spec_for(names, probes, limits.max_value_bytes, limits.max_items, limits.call_timeout)
    cells = code_cells(notebook)
    started = time.monotonic()
    run, engine = grader.run(cells, spec, lesson)
    ran = time.monotonic()
    record = Record(student=sub.student, source=str(sub.path), lesson=lesson,
                    problems=[*sub.notes, *run.problems], graded=run.values is not None,
                    seconds=round(time.monotonic() - started, 1), transient=run.transient,
                    isolated=grader.env.sandbox, engine=engine, phases={**run.phases, "run": ran - started})
    keep = getattr(grader, "executed_dir", None)
    if keep is not None and run.outputs is not None:
        from .report import safe_name

        kept = time.monotonic()
        try:
            record.executed = executed.write(keep, safe_name(sub.student),
                                             executed.notebook(notebook, run.outputs, run.skipped))
        except OSError as exc:  # a review copy: never a lost row
            record.problems.append(f"The grader could not keep the executed notebook ({exc.strerror}).")
        record.phases["keep"] = time.monotonic() - kept
    if run.output_bytes > limits.max_output_bytes:
        record.problems.append(f"The notebook printed {run.output_bytes // 1_000_000} MB of output; "
                               "the grader ignored it.")
    if run.forged:
        record.problems.append("The notebook produced answer messages outside the grader's own reading step; "
                               "they were ignored.")
        record.flags.extend(run.forged)
    with paths.using_data_dir(grader.env.data_folder):
        for q in questions:
            if run.values is None:
                why = run.problems[-1] if run.problems else "the notebook could not be run"
                record.questions.append(_row(q, Outcome(CANNOT_JUDGE, f"Not graded: {why}"), None))
                continue
            try:
                raised = raised_outcome(q, run.values, cells, run.raised)
                if raised is not None:
                    outcome, value = raised, None
                else:
                    outcome, value = judge(q, run.values, run.probes, probe_inputs, run.threads)
            except Exception as exc:  # pragma: no cover - judge_values never raises; decoding might
                outcome, value = Outcome(CANNOT_JUDGE, f"The grader could not judge this ({type(exc).__name__})."), None
            record.questions.append(_row(q, outcome, _answer_text(value) if q.collect else None))
    alternatives.merge(record.questions, questions)  # e.g. lesson 03's q2alt: the better of the pair counts
    record.phases["judge"] = time.monotonic() - ran - record.phases.get("keep", 0.0)
    return record
