"""Generate exercises/ from solutions/ (the single source of every exercise).

Conventions, as in nbgrader and otter-grader:

- In code cells, lines between ``### BEGIN SOLUTION`` and ``### END SOLUTION``
  are the answer. They become a ``# your code here`` comment plus ``...``
  placeholders: ``total = ...`` for each variable the region assigns,
  ``return ...`` where it returns, a bare ``...`` otherwise.
- A code cell whose first line is ``### SOLUTION ONLY`` is dropped (e.g. the
  demonstrations that each check can fail).
- In Markdown cells, text between ``<!-- BEGIN SOLUTION -->`` and
  ``<!-- END SOLUTION -->`` is dropped (example answers).

Outputs and execution counts are cleared and metadata normalised, so a fresh
build is byte-for-byte reproducible; a test compares exercises/ with one.

The build also extracts every question's prompt and worked solution into
``src/netcrime/checks/worked_solutions.json`` (see ``checks.worked``). A
solution notebook whose metadata says ``"exercises": false`` (lesson 00, whose
lesson notebook is its own exercise) feeds that file but gets no exercise.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat

from .checks import worked
from .checks.worked import BEGIN, CHECK_LINE, END, SOLUTION_ONLY
MD_REGION = re.compile(r"<!-- BEGIN SOLUTION -->.*?<!-- END SOLUTION -->\n?", re.S)
_ASSIGN = re.compile(r"^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=]+)?=(?!=)")
PLACEHOLDER_COMMENT = "# your code here"


class BuildError(ValueError):
    """A solution notebook breaks the marker conventions."""


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def placeholder(region: list[str], indent: str) -> list[str]:
    """What a student sees instead of a solution region."""
    out = [indent + PLACEHOLDER_COMMENT]
    seen = set()
    for line in region:
        if _indent(line) != indent or not line.strip():
            continue
        stripped = line.strip()
        match = _ASSIGN.match(stripped)
        if match:
            target = match.group(1)
            names = [n.strip() for n in target.split(",")]
            if target in seen:
                continue
            seen.add(target)
            dots = ", ".join("..." for _ in names)
            out.append(f"{indent}{', '.join(names)} = {dots}")
        elif re.match(r"return\b", stripped) and "return" not in seen:
            seen.add("return")
            out.append(indent + "return ...")
    if len(out) == 1:
        out.append(indent + "...")
    return out


def strip_code(source: str, where: str = "cell") -> str:
    lines = source.split("\n")
    result, region, begin_indent = [], None, ""
    for number, line in enumerate(lines, start=1):
        marker = line.strip()
        if marker == BEGIN:
            if region is not None:
                raise BuildError(f"{where}, line {number}: BEGIN SOLUTION inside another solution region")
            region, begin_indent = [], _indent(line)
        elif marker == END:
            if region is None:
                raise BuildError(f"{where}, line {number}: END SOLUTION without BEGIN SOLUTION")
            result.extend(placeholder(region, begin_indent))
            region = None
        elif region is not None:
            region.append(line)
        else:
            result.append(line)
    if region is not None:
        raise BuildError(f"{where}: BEGIN SOLUTION is never closed by END SOLUTION")
    return "\n".join(result)


def self_sufficient_check(source: str, lesson: str | None) -> str:
    """``q1.check()`` -> ``from netcrime.checks.lessonNN import q1`` + ``q1.check()``.

    A student who restarts the kernel and runs only a check cell would otherwise
    get a NameError for ``q1``; with the import the check runs and says in a
    sentence that the answer variable is not set yet.
    """
    match = CHECK_LINE.match(source)
    if not match or lesson is None:
        return source
    question = match.group(1)
    return f"from netcrime.checks.{lesson} import {question}\n{question}.check()"


def exercise_from_solution(solution: nbformat.NotebookNode, name: str = "notebook") -> nbformat.NotebookNode:
    """A clean student notebook made from a solution notebook."""
    number = re.match(r"(\d\d)_", name)
    lesson = f"lesson{number.group(1)}" if number else None
    cells = []
    for index, cell in enumerate(solution.cells):
        where = f"{name}, cell {index}"
        source = cell.source
        if cell.cell_type == "code":
            if source.lstrip().startswith(SOLUTION_ONLY):
                continue
            new = nbformat.v4.new_code_cell(self_sufficient_check(strip_code(source, where), lesson))
        elif cell.cell_type == "markdown":
            text = MD_REGION.sub("", source)
            if "BEGIN SOLUTION" in text or "END SOLUTION" in text:
                raise BuildError(f"{where}: unmatched solution comment in Markdown")
            if not text.strip():
                continue
            new = nbformat.v4.new_markdown_cell(text)
        else:
            new = nbformat.v4.new_raw_cell(source)
        new["id"] = cell.get("id") or f"cell-{index}"
        tags = cell.get("metadata", {}).get("tags")
        if tags:
            new.metadata["tags"] = list(tags)
        cells.append(new)
    exercise = nbformat.v4.new_notebook(cells=cells)
    exercise.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "netcrime": {**dict(solution.metadata.get("netcrime", {})), "generated_from": f"solutions/{name}"},
    }
    return exercise


def render(notebook: nbformat.NotebookNode) -> str:
    """Stable JSON text (the same bytes on every machine)."""
    return json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def _solutions(root: Path):
    """(path, notebook, wants an exercise) for every solutions/NN_*.ipynb."""
    for path in sorted((root / "solutions").glob(worked.SOLUTIONS_GLOB)):
        notebook = nbformat.read(path, as_version=4)
        yield path, notebook, notebook.metadata.get("netcrime", {}).get("exercises", True) is not False


def _write_if_changed(target: Path, text: str) -> None:
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _extracted(root: Path) -> list[tuple[Path, str, str]]:
    """(file, its fresh text, the notebooks it is extracted from) for each file the build extracts from notebooks:
    the worked solutions (solutions/) and the in-lesson prompts (notebooks/)."""
    try:
        return [(worked.target(root), worked.render(worked.extract(root)), "solutions/"),
                (worked.prompts_target(root), worked.render(worked.extract_prompts(root)), "notebooks/"),
                (worked.examples_target(root), worked.render(worked.extract_examples(root)), "notebooks/")]
    except worked.ExtractError as exc:
        raise BuildError(str(exc)) from exc


def build(root: Path | str = ".") -> list[Path]:
    """Write exercises/NN_*.ipynb and the files extracted from notebooks; return what was written."""
    root = Path(root)
    out_dir = root / "exercises"
    out_dir.mkdir(exist_ok=True)
    written = []
    for path, solution, wants_exercise in _solutions(root):
        if not wants_exercise:
            continue
        target = out_dir / path.name
        _write_if_changed(target, render(exercise_from_solution(solution, path.name)))
        written.append(target)
    for target, text, _ in _extracted(root):
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_if_changed(target, text)
        written.append(target)
    worked.load.cache_clear()
    worked.load_prompts.cache_clear()
    worked.load_examples.cache_clear()
    return written


def stale(root: Path | str = ".") -> list[str]:
    """Generated files that differ from a fresh build (or are missing or orphaned)."""
    root = Path(root)
    problems = []
    expected = set()
    for path, solution, wants_exercise in _solutions(root):
        if not wants_exercise:
            continue
        expected.add(path.name)
        target = root / "exercises" / path.name
        text = render(exercise_from_solution(solution, path.name))
        if not target.exists():
            problems.append(f"exercises/{path.name} is missing")
        elif target.read_text(encoding="utf-8") != text:
            problems.append(f"exercises/{path.name} differs from a fresh build")
    for path in sorted((root / "exercises").glob("*.ipynb")):
        if path.name not in expected:
            problems.append(f"exercises/{path.name} has no solution notebook")
    for target, text, source in _extracted(root):
        if not target.exists():
            problems.append(f"{target.relative_to(root)} is missing")
        elif target.read_text(encoding="utf-8") != text:
            problems.append(f"{target.relative_to(root)} differs from a fresh extraction of {source}")
    return problems
