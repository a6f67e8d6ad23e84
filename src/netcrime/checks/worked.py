"""Worked solutions, written once in the solution notebooks and read from one generated file.

Each question is written in ``solutions/NN_*.ipynb`` only: a section opens
with a level-2 Markdown heading, the Markdown under it is the prompt, the code
between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` is the worked
solution, and a ``qN.check()`` cell says which question the section is.
``python -m netcrime build`` extracts every section into
``checks/worked_solutions.json`` (lesson -> question -> title, prompt, cells),
which is what ``Question.solution()`` shows and what the tests execute to get
the right answers: nobody types a right answer twice.

A student build made for graded work leaves the JSON out, and ``solution()``
then says so. A test checks that the JSON equals a fresh extraction.

The in-lesson checks ("your turns", ids ``ytN``) are asked in the lesson
notebooks (``notebooks/NN_*.ipynb``): the build extracts each one's prompt,
the last Markdown cell opening "**Your turn" above its ``ytN.check()`` cell,
into ``checks/in_lesson_prompts.json``, which every build keeps (the lessons
print these words anyway). Their worked solutions stay in the lesson modules:
a lesson must not print the answer to its own your-turn.
"""
from __future__ import annotations

import contextlib
import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # nbformat is needed only to extract (build time), not to read the JSON in a kernel
    import nbformat

# The markers of solution notebooks (the build uses the same ones to make exercises).
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
SOLUTION_ONLY = "### SOLUTION ONLY"
WORKED_FILE = Path(__file__).with_name("worked_solutions.json")
PROMPTS_FILE = Path(__file__).with_name("in_lesson_prompts.json")
# The exercise prompts alone (lesson -> question -> prompt), written by the student build in place of the worked
# solutions it leaves out: the judges read a question's prompt (its option words, its figures), so a student's
# check() and the instructor's copy must read the same one (review round 12: they disagreed on 00 q3, 01 q10).
EXERCISE_PROMPTS_FILE = Path(__file__).with_name("exercise_prompts.json")
SOLUTIONS_GLOB = "[0-9][0-9]_*.ipynb"
CHECK_LINE = re.compile(r"^\s*(q\d+(?:alt)?)\.check\(\)\s*$")
YT_CHECK = re.compile(r"^\s*(yt\d+)\.check\(\)\s*$", re.M)  # a lesson cell that runs an in-lesson check
_MD_SOLUTION = re.compile(r"<!-- BEGIN SOLUTION -->.*?<!-- END SOLUTION -->\n?", re.S)


class ExtractError(ValueError):
    """A solution notebook does not follow the section conventions."""


def _without_markers(source: str) -> str:
    """The solution as a student would have written it: the region markers removed."""
    lines = [line for line in source.split("\n") if line.strip() not in (BEGIN, END)]
    return "\n".join(lines).strip("\n")


def _checked_question(source: str) -> str | None:
    """'q3' for a cell that only runs q3.check() (comments aside)."""
    lines = [line for line in source.split("\n") if line.strip() and not line.strip().startswith("#")]
    found = [CHECK_LINE.match(line) for line in lines]
    if lines and all(found):
        return found[0].group(1)
    return None


def _heading(source: str) -> str | None:
    first = source.lstrip().split("\n", 1)[0]
    return first[3:].strip() if first.startswith("## ") else None


def lesson_of(path: Path) -> str:
    """The lesson id a solution notebook's file name declares ('01' for 01_x.ipynb)."""
    return path.name[:2]


def extract_notebook(notebook: "nbformat.NotebookNode", name: str = "notebook") -> dict[str, Any]:
    """{"setup": [code...], "questions": {qid: {"title", "prompt", "cells": [{"solution", "code"}]}}}."""
    setup: list[str] = []
    questions: dict[str, dict] = {}
    section: dict | None = None
    for index, cell in enumerate(notebook.cells):
        source = cell.source
        where = f"{name}, cell {index}"
        if cell.cell_type == "markdown":
            title = _heading(source)
            if title is not None:
                if section is not None and section["cells"] and any(c["solution"] for c in section["cells"]):
                    raise ExtractError(f"{where}: the section above has a solution but no qN.check() cell")
                section = {"title": title, "prompt": [], "cells": []}
                body = source.lstrip().split("\n", 1)[1] if "\n" in source.lstrip() else ""
            else:
                body = source
            if section is not None and not any(c["solution"] for c in section["cells"]):
                text = _MD_SOLUTION.sub("", body).strip()
                if text:
                    section["prompt"].append(text)
            continue
        if cell.cell_type != "code" or source.lstrip().startswith(SOLUTION_ONLY):
            continue
        qid = _checked_question(source)
        if qid is not None:
            if section is None or not any(c["solution"] for c in section["cells"]):
                raise ExtractError(f"{where}: {qid}.check() has no solution region above it in its section")
            if qid in questions:
                raise ExtractError(f"{where}: {qid} is checked in two sections")
            questions[qid] = {"title": section["title"], "prompt": "\n\n".join(section["prompt"]),
                              "cells": section["cells"]}
            section = None
            continue
        code = {"solution": BEGIN in source, "code": _without_markers(source) if BEGIN in source else source}
        if section is None:
            if not questions:
                setup.append(source)
            continue  # after a question's check and before the next heading: not part of a question
        section["cells"].append(code)
    return {"setup": setup, "questions": questions}


def extract(root: Path | str = ".") -> dict[str, dict]:
    """Every solution notebook's worked solutions, by lesson id."""
    import nbformat

    root = Path(root)
    out = {}
    for path in sorted((root / "solutions").glob(SOLUTIONS_GLOB)):
        notebook = nbformat.read(path, as_version=4)
        declared = str(notebook.metadata.get("netcrime", {}).get("lesson", ""))
        lesson = lesson_of(path)
        if declared != lesson:
            raise ExtractError(f"solutions/{path.name}: metadata netcrime.lesson is {declared!r}, "
                               f"but the file name says lesson {lesson!r}")
        out[lesson] = {"notebook": f"solutions/{path.name}", **extract_notebook(notebook, path.name)}
    return out


# In-lesson checks ("your turns") are asked in the lesson notebooks, not in the solution notebooks: the Markdown
# cell that opens with "**Your turn" and comes last before a ``ytN.check()`` cell is that check's prompt.
YOUR_TURN = re.compile(r"\*\*Your turn\b")


def extract_in_lesson_prompts(notebook: "nbformat.NotebookNode", name: str = "notebook") -> dict[str, str]:
    """{ytN: the lesson's words asking it}, each from the last "**Your turn" Markdown before its check cell."""
    prompts: dict[str, str] = {}
    asking: str | None = None
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "markdown":
            found = YOUR_TURN.search(cell.source)
            if found:
                asking = cell.source[found.start():].strip()
            continue
        check = YT_CHECK.search(cell.source) if cell.cell_type == "code" else None
        if check is None:
            continue
        qid = check.group(1)
        if asking is None:
            raise ExtractError(f"{name}, cell {index}: {qid}.check() has no '**Your turn' Markdown cell above it")
        if qid in prompts:
            raise ExtractError(f"{name}, cell {index}: {qid} is checked twice")
        prompts[qid] = asking
        asking = None
    return prompts


EXAMPLES_FILE = Path(__file__).with_name("in_lesson_examples.json")
_PRINTED_NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?![\w.])")


def _printed_text(cell) -> str:
    """What a code cell printed or showed, as plain text (its streams and its results' text/plain)."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        elif output.get("output_type") in ("execute_result", "display_data"):
            parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join("".join(p) if isinstance(p, list) else p for p in parts)


def extract_in_lesson_examples(notebook: "nbformat.NotebookNode") -> dict[str, list[list]]:
    """{ytN: [[a number, the printed line that shows it], ...]}: what the code cells just above a your-turn's prompt
    printed (the run of code cells that ends at its "**Your turn" Markdown), the worked example the prompt asks the
    student to adapt (round 16: 00 yt4's 497 and 2 are the example's own total and count of clues, yt5's 14 the line
    printed just above). A wrong answer that is one of them was copied from the example, not worked for the question
    (``slips.example_slip``). Cells that run a check, a hint or a solution show no example; a table's row labels
    (a number opening a line, the columns aligned after it), dates and years are no results."""
    examples: dict[str, list[list]] = {}
    run: list = []  # the code cells since the last Markdown cell
    shown: list[list] | None = None
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            if YOUR_TURN.search(cell.source):
                shown = [[value, line] for code in run for value, line in _printed_numbers(code)]
            run = []
            continue
        if cell.cell_type != "code":
            continue
        check = YT_CHECK.search(cell.source)
        if check is not None:
            if shown:
                examples[check.group(1)] = shown
            shown = None
            continue
        if not re.search(r"\.(check|hint|solution|show_mistake)\(", cell.source):
            run.append(cell)
    return examples


def _printed_numbers(cell) -> list[tuple[float, str]]:
    """(number, its line) of what a code cell printed, its results only: what a student reads off as the example's
    answer (a row label, a date's parts, a year, 0 and 1 are not)."""
    found = []
    for line in _printed_text(cell).splitlines():
        text = " ".join(line.split())
        body = re.sub(r"^\d+\s{2,}(?=\D)", "", line)  # a table's row label opens the line, columns aligned after it
        body = re.sub(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?", " ", body)  # a date is no result
        for printed in _PRINTED_NUMBER.findall(body):
            value = float(printed.replace(",", ""))
            if abs(value) >= 2 and not (value.is_integer() and 1990 <= value <= 2035):
                found.append((value, text[:80]))
    return found


def extract_examples(root: Path | str = ".") -> dict[str, dict[str, list[list]]]:
    """Every lesson notebook's in-lesson examples (``extract_in_lesson_examples``), by lesson id."""
    import nbformat

    root = Path(root)
    out = {}
    for path in sorted((root / "notebooks").glob(SOLUTIONS_GLOB)):
        found = extract_in_lesson_examples(nbformat.read(path, as_version=4))
        if found:
            out[lesson_of(path)] = found
    return out


def examples_target(root: Path | str = ".") -> Path:
    """Where the build writes the in-lesson examples (kept in every student build: the lessons print them)."""
    return target(root).with_name(EXAMPLES_FILE.name)


@functools.lru_cache(maxsize=1)
def load_examples() -> dict:
    """The installed in-lesson examples, read once ({} in a checkout before its first build)."""
    return _json_or_empty(EXAMPLES_FILE)


def in_lesson_examples(lesson: str, question: str) -> tuple[tuple[float, str], ...]:
    """The numbers the lesson printed before an in-lesson check's prompt, each with its line; () for others."""
    return tuple((float(v), str(line)) for v, line in load_examples().get(lesson, {}).get(question, ()))


def extract_prompts(root: Path | str = ".") -> dict[str, dict[str, str]]:
    """Every lesson notebook's in-lesson prompts, by lesson id (lessons without your-turns left out)."""
    import nbformat

    root = Path(root)
    out = {}
    for path in sorted((root / "notebooks").glob(SOLUTIONS_GLOB)):
        found = extract_in_lesson_prompts(nbformat.read(path, as_version=4), path.name)
        if found:
            out[lesson_of(path)] = found
    return out


def render(worked: dict) -> str:
    """Stable JSON text (the same bytes on every machine)."""
    return json.dumps(worked, indent=1, ensure_ascii=False) + "\n"  # notebook order, not sorted


def target(root: Path | str = ".") -> Path:
    """Where the build writes the file inside a course checkout."""
    return Path(root) / "src" / "netcrime" / "checks" / WORKED_FILE.name


def prompts_target(root: Path | str = ".") -> Path:
    """Where the build writes the in-lesson prompts (kept in every student build: the lessons print them)."""
    return target(root).with_name(PROMPTS_FILE.name)


@functools.lru_cache(maxsize=1)
def load() -> dict | None:
    """The installed worked solutions, or None when this build leaves them out."""
    try:
        return json.loads(WORKED_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _json_or_empty(path) -> dict:
    """A generated JSON file's contents, or {} when this checkout or build does not have it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@functools.lru_cache(maxsize=1)
def load_prompts() -> dict:
    """The installed in-lesson prompts ({} when the file is missing, e.g. a checkout before its first build)."""
    return _json_or_empty(PROMPTS_FILE)


def exercise_prompts(worked: dict) -> dict[str, dict[str, str]]:
    """{lesson: {question: prompt}} of worked solutions: the prompts without their solutions."""
    return {lesson: {q: found["prompt"] for q, found in (part.get("questions") or {}).items()}
            for lesson, part in worked.items()}


@functools.lru_cache(maxsize=1)
def _installed_exercise_prompts() -> dict:
    """The exercise prompts a student build keeps in place of the worked solutions ({} elsewhere)."""
    return _json_or_empty(EXERCISE_PROMPTS_FILE)


def exercise_prompt(lesson: str, question: str) -> str | None:
    """An exercise question's prompt: from the worked solutions, or in a build without them from the prompts the
    student build keeps; None for any other question."""
    found = entry(lesson, question)
    if found is not None:
        return found["prompt"]
    return _installed_exercise_prompts().get(lesson, {}).get(question)


def in_lesson_prompt(lesson: str, question: str) -> str | None:
    """The lesson notebook's words asking an in-lesson check, or None for any other question."""
    return load_prompts().get(lesson, {}).get(question)


def entry(lesson: str, question: str) -> dict | None:
    worked = load()
    if worked is None:
        return None
    return (worked.get(lesson) or {}).get("questions", {}).get(question)


def solution_code(lesson: str, question: str) -> str | None:
    found = entry(lesson, question)
    if found is None:
        return None
    return "\n\n".join(cell["code"] for cell in found["cells"] if cell["solution"])


def run(lesson: str, worked: dict | None = None) -> dict:
    """Execute a lesson's worked solutions in order and return the namespace they leave.

    This is how tests get right answers: from the solutions as written, not
    typed again. Checks are not run (the solution notebooks run them under nbval).
    """
    worked = load() if worked is None else worked
    if worked is None or lesson not in worked:
        raise LookupError(f"no worked solutions for lesson {lesson!r}: run `python -m netcrime build`")
    namespace: dict = {"__name__": f"worked_{lesson}"}
    source = worked[lesson]
    with _process_settings_kept():
        for index, code in enumerate(source["setup"]):
            exec(compile(code, f"<{source['notebook']} setup {index}>", "exec"), namespace)
        for qid, question in source["questions"].items():
            for index, cell in enumerate(question["cells"]):
                exec(compile(cell["code"], f"<{source['notebook']} {qid} cell {index}>", "exec"), namespace)
    return namespace


@contextlib.contextmanager
def _process_settings_kept():
    """A notebook's ``netcrime.setup()`` changes pandas and Altair settings: undo that afterwards."""
    import altair as alt
    import pandas as pd

    renderer, theme = alt.renderers.active, alt.theme.active
    try:
        with pd.option_context("display.float_format", pd.get_option("display.float_format")):
            yield
    finally:
        alt.renderers.enable(renderer)
        alt.theme.enable(theme)


@functools.lru_cache(maxsize=None)
def _namespace(lesson: str) -> dict:
    return run(lesson)


# Lesson cells that only write files (slow; no your-turn reads them).
_WRITES_FILES = ("save_chart(",)


class InLessonAnswer(NamedTuple):
    values: list  # the values of the question's reads after its solution code
    cell: int  # index, in the lesson notebook, of the cell that runs its check


@functools.lru_cache(maxsize=None)
def in_lesson(lesson: str) -> dict[str, InLessonAnswer]:
    """{yt id: its right values}, each in-lesson question's ``solution_code`` run where the lesson runs it.

    The lesson notebook's code cells run in order, in this process (no kernel); each ``ytN.check()`` cell
    is replaced by that question's solution, up to the last such cell. A lesson cell that fails (a widget
    needs a browser, a magic is not Python) teaches and answers nothing, so it is passed over; a solution
    that fails is a bug and raises. Computed once per process: treat the values as read-only.
    """
    import io

    import nbformat

    from ..paths import repo_root
    from .question import MISSING
    from .registry import in_lesson as declared

    questions = {q.id: q for q in declared(lesson)}
    if not questions:
        return {}
    path = next((repo_root() / "notebooks").glob(f"{lesson}_*.ipynb"))
    namespace: dict = {"__name__": f"lesson_{lesson}"}
    found: dict[str, InLessonAnswer] = {}
    with _process_settings_kept(), contextlib.redirect_stdout(io.StringIO()):
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type != "code" or any(marker in cell.source for marker in _WRITES_FILES):
                continue
            check = YT_CHECK.search(cell.source)
            if not check:
                with contextlib.suppress(Exception):
                    exec(compile(cell.source, f"<{path.name} cell {index}>", "exec"), namespace)
                continue
            question = questions[check.group(1)]
            exec(compile(question.solution_code, f"<{path.name} {question.id} solution>", "exec"), namespace)
            found[question.id] = InLessonAnswer([namespace.get(name, MISSING) for name in question.reads], index)
            if len(found) == len(questions):
                break  # the rest of the lesson answers nothing checked
    return found


def answers(lesson: str) -> dict[str, list]:
    """{question id: [the values its worked solution leaves in the variables it reads]}.

    Computed once per process by running the worked solutions; treat the values as read-only.
    """
    from .question import MISSING
    from .registry import questions

    namespace = _namespace(lesson)
    return {q.id: [namespace.get(name, MISSING) for name in q.reads] for q in questions(lesson)}
