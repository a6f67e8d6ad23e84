"""Notice when the cell that sets an answer stopped with an error.

A student types ``chart_problem = b`` (no quotes) and runs the cell: it raises
NameError, so ``chart_problem`` keeps whatever it held before (the ``...``
placeholder or an earlier answer). Judging that stale value would repeat an old
verdict as if the new answer had been read. Instead the check says that the
answer cell failed, and how to fix it.

How: after every cell, IPython hands a ``post_run_cell`` hook the cell's source
and whether it raised. For each variable the cell assigns (read from its source;
a cell with a syntax error is read line by line) we remember "last set by a
cell that failed", and forget it when a cell that assigns it runs cleanly. The
hook is registered when the checks are imported; for the cell run just before
that (e.g. a check cell that imports its question after a restart) IPython's
``last_execution_result`` covers the same case.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from .. import parse_python

_LINE_ASSIGN = re.compile(r"^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::[^=]+)?=(?!=)")
_LINE_DEF = re.compile(r"^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)")


@dataclass(frozen=True)
class FailedCell:
    execution_count: int | None
    error: str  # "NameError: name 'b' is not defined"
    error_type: str


_failed: dict[str, FailedCell] = {}
_installed_on: set[int] = set()


def _targets(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, (ast.Tuple, ast.List)):
        return set().union(*(_targets(e) for e in node.elts)) if node.elts else set()
    if isinstance(node, ast.Starred):
        return _targets(node.value)
    return set()


def assigned_names(source: str) -> set[str]:
    """Top-level names a cell's source assigns or defines."""
    try:
        tree = parse_python.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError, SystemError):
        # a syntax error, or code too deeply nested for the parser: read it line by line
        names = set()
        for line in source.splitlines():
            match = _LINE_ASSIGN.match(line) or _LINE_DEF.match(line)
            if match:
                names.update(n.strip() for n in match.group(1).split(","))
        return names
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                names |= _targets(target)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            names |= _targets(node.target)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def _error_of(result) -> BaseException | None:
    return getattr(result, "error_before_exec", None) or getattr(result, "error_in_exec", None)


def _failure(result, error: BaseException) -> FailedCell:
    return FailedCell(getattr(result, "execution_count", None),
                      f"{type(error).__name__}: {error}", type(error).__name__)


def record(result) -> None:
    """The post_run_cell hook: remember which variables a failed cell left stale.

    It runs after every cell of every notebook that imported the checks (graded
    submissions too), so it never raises: a hook error would print after each cell.
    """
    try:
        _record(result)
    except Exception:  # noqa: BLE001 - bookkeeping only; a check then judges as before
        pass


def _record(result) -> None:
    info = getattr(result, "info", None)
    source = getattr(info, "raw_cell", None) or ""
    error = _error_of(result)
    for name in assigned_names(source):
        if error is None:
            _failed.pop(name, None)
        else:
            _failed[name] = _failure(result, error)


def install(shell=None) -> None:
    """Register the hook on the running IPython shell (once); nothing outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - IPython comes with the course
            return
        shell = get_ipython()
    if shell is None or id(shell) in _installed_on:
        return
    shell.events.register("post_run_cell", record)
    _installed_on.add(id(shell))


def stale_answer(names, shell=None) -> tuple[str, FailedCell] | None:
    """(variable, failed cell) if the cell that last set one of ``names`` raised."""
    for name in names:
        if name in _failed:
            return name, _failed[name]
    if shell is None:
        try:
            from IPython import get_ipython
            shell = get_ipython()
        except ImportError:  # pragma: no cover
            shell = None
    previous = getattr(shell, "last_execution_result", None)  # the cell before this one
    error = _error_of(previous) if previous is not None else None
    if error is not None:
        assigned = assigned_names(getattr(previous.info, "raw_cell", "") or "")
        for name in names:
            if name in assigned:
                return name, _failure(previous, error)
    return None


def message(name: str, failed: FailedCell) -> str:
    """The sentence a student reads instead of a verdict on a stale value."""
    where = f" (In [{failed.execution_count}])" if failed.execution_count else ""
    tip = ""
    if failed.error_type == "NameError":
        tip = " If your answer is a piece of text, put it in quotes, for example \"b\"."
    elif failed.error_type == "SyntaxError":
        tip = " Look for a missing quote, bracket or comma."
    return (f"The cell that sets '{name}'{where} stopped with an error: {failed.error}. "
            f"So '{name}' still holds its value from before, and this check will not judge it."
            f"{tip} Fix that cell, run it again, then run this check.")


install()
