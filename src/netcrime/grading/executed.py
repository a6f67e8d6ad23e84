"""Executed notebooks kept for review: each submission as the grader ran it, with its cells' outputs.

Both engines capture what the student's cells showed (printed text, the value a
cell ends with, ``display()`` text and errors with their tracebacks) as Jupyter
outputs, text only and capped in size, and never anything of the grader's own
answer-reading step (so no hidden test input or answer payload). The grader
writes them into the submitted notebook, in ``OUT/executed/<student>.ipynb``.

``Captured`` runs on the engine side (inside the fork child, or fed from a
kernel's messages); ``clean`` re-checks in the grader what came back, because a
notebook can write to the fork child's pipe itself.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

FOLDER = "executed"
MAX_CELL_CHARS = 20_000  # text kept per cell
MAX_NOTEBOOK_CHARS = 200_000  # text kept per notebook
TRUNCATED = "\n[... output cut by the grader: too long to keep ...]\n"
SKIPPED = "[The grader left this cell out: it stopped or crashed the notebook's run (see the feedback).]\n"
_TYPES = ("stream", "execute_result", "display_data", "error")


def _text(value) -> str:
    if isinstance(value, list):
        return "".join(str(v) for v in value)
    return value if isinstance(value, str) else str(value)


def _size(output: dict) -> int:
    kind = output.get("output_type")
    if kind == "stream":
        return len(output.get("text", ""))
    if kind == "error":
        return len(output.get("ename", "")) + len(output.get("evalue", "")) + sum(map(len, output.get("traceback", [])))
    return len(output.get("data", {}).get("text/plain", ""))


class Captured:
    """Outputs per code cell (index -> list of nbformat v4 outputs), within the size caps."""

    def __init__(self, cell_chars: int = MAX_CELL_CHARS, total_chars: int = MAX_NOTEBOOK_CHARS):
        self.cells: dict[int, list[dict]] = {}
        self.cell_chars, self.total_chars = cell_chars, total_chars
        self._used: dict[int, int] = {}
        self._total = 0
        self._cut: set[int] = set()

    def _room(self, cell: int) -> int:
        return max(0, min(self.cell_chars - self._used.get(cell, 0), self.total_chars - self._total))

    def _take(self, cell: int, n: int) -> None:
        self._used[cell] = self._used.get(cell, 0) + n
        self._total += n

    def _cut_note(self, cell: int) -> None:
        if cell not in self._cut:
            self._cut.add(cell)
            self.cells.setdefault(cell, []).append({"output_type": "stream", "name": "stderr", "text": TRUNCATED})

    def stream(self, cell: int, name: str, text: str) -> None:
        """Printed text; consecutive writes to one stream become one output, as Jupyter shows them."""
        if not text or cell in self._cut:
            return
        room = self._room(cell)
        kept = text[:room]
        if kept:
            outputs = self.cells.setdefault(cell, [])
            if outputs and outputs[-1].get("output_type") == "stream" and outputs[-1].get("name") == name:
                outputs[-1]["text"] += kept
            else:
                outputs.append({"output_type": "stream", "name": name, "text": kept})
            self._take(cell, len(kept))
        if len(kept) < len(text):
            self._cut_note(cell)

    def add(self, cell: int, output: dict) -> None:
        """One non-stream output (already text only: see ``from_message``)."""
        if cell in self._cut:
            return
        size = _size(output)
        if size > self._room(cell):
            self._cut_note(cell)
            return
        self.cells.setdefault(cell, []).append(output)
        self._take(cell, size)

    def message(self, cell: int, kind: str, content: dict) -> None:
        """A Jupyter iopub message of the student's cell (the kernel path)."""
        if kind == "stream":
            self.stream(cell, str(content.get("name", "stdout")), _text(content.get("text", "")))
            return
        output = from_message(kind, content)
        if output is not None:
            self.add(cell, output)


def from_message(kind: str, content: dict) -> dict | None:
    """An nbformat output, text only, from a display, result or error (None for anything else)."""
    if kind in ("display_data", "execute_result"):
        text = (content.get("data") or {}).get("text/plain")
        if text is None:
            return None
        output = {"output_type": kind, "data": {"text/plain": _text(text)}, "metadata": {}}
        if kind == "execute_result":
            output["execution_count"] = None
        return output
    if kind == "error":
        return error(str(content.get("ename", "Error")), str(content.get("evalue", "")),
                     [str(line) for line in content.get("traceback", []) or []])
    return None


def error(ename: str, evalue: str, traceback: list[str]) -> dict:
    return {"output_type": "error", "ename": ename[:200], "evalue": evalue[:2000], "traceback": traceback[:200]}


def clean(raw) -> dict[int, list[dict]]:
    """What an engine sent back, kept only as well-formed text outputs within the caps."""
    captured = Captured()
    if not isinstance(raw, dict):
        return {}
    for key, outputs in list(raw.items())[:10_000]:
        try:
            cell = int(key)
        except (TypeError, ValueError):
            continue
        if not isinstance(outputs, list):
            continue
        captured.cells.setdefault(cell, [])  # a cell that ran and showed nothing
        for output in outputs[:1000]:
            if not isinstance(output, dict) or output.get("output_type") not in _TYPES:
                continue
            if output["output_type"] == "stream":
                captured.stream(cell, "stderr" if output.get("name") == "stderr" else "stdout",
                                _text(output.get("text", "")))
            elif output["output_type"] == "error":
                trace = output.get("traceback")
                captured.add(cell, error(_text(output.get("ename", "Error")), _text(output.get("evalue", "")),
                                         [_text(t) for t in trace] if isinstance(trace, list) else []))
            else:
                found = from_message(output["output_type"], output)
                if found is not None:
                    captured.add(cell, found)
    return captured.cells


def notebook(original: dict, outputs: dict[int, list[dict]], skipped=()) -> dict:
    """The submitted notebook with the grader's outputs in its code cells (execution counts in run order)."""
    executed = copy.deepcopy(original)
    count = 0
    index = -1
    for cell in executed.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        index += 1
        if index in skipped:
            cell["outputs"] = [{"output_type": "stream", "name": "stderr", "text": SKIPPED}]
            cell["execution_count"] = None
            continue
        found = outputs.get(index)
        ran = found is not None
        cell["outputs"] = copy.deepcopy(found) if ran else []
        count += ran
        cell["execution_count"] = count if ran else None
        for output in cell["outputs"]:
            if output.get("output_type") == "execute_result":
                output["execution_count"] = count
    executed.setdefault("metadata", {}).setdefault("netcrime", {})["executed_by_grader"] = True
    return executed


def write(folder: Path, name: str, executed: dict) -> str:
    """Write ``folder/name.ipynb`` atomically; return its path relative to the output folder."""
    from .report import write_text_atomic

    path = Path(folder) / f"{name}.ipynb"
    write_text_atomic(path, json.dumps(executed, ensure_ascii=False, indent=1) + "\n", durable=False)
    return f"{FOLDER}/{path.name}"
