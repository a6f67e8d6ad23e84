"""Which lesson a notebook is for, its questions, and the key that versions their verdicts."""
from __future__ import annotations

import ast
import copy
import hashlib
import importlib.util
import json
import re
import threading
from functools import lru_cache
from pathlib import Path

from ..checks import registry
from ..checks.question import Question
from .. import parse_python

_PACKAGE = Path(__file__).resolve().parents[1]
_LESSON_IMPORT = re.compile(r"netcrime\.checks\.lesson(\d+)\b|from\s+netcrime\.checks\s+import\s+[^\n]*?\blesson(\d+)\b")


def detect_lesson(notebook: dict) -> str | None:
    """The lesson from metadata netcrime.lesson, else from a netcrime.checks.lessonNN import."""
    meta = notebook.get("metadata", {}).get("netcrime", {})
    lesson = meta.get("lesson") if isinstance(meta, dict) else None
    if lesson is not None and str(lesson).strip():
        text = str(lesson).strip()
        return text.zfill(2) if text.isdigit() else text
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(source)
        match = _LESSON_IMPORT.search(source)
        if match:
            return (match.group(1) or match.group(2)).zfill(2)
    return None


def load_extra_checks(path: str | Path | None) -> tuple[dict[str, list[Question]], bytes]:
    """Instructor-only checks: a Python file defining EXTRA_QUESTIONS = {"00": [Question(...)]}."""
    if not path:
        return {}, b""
    path = Path(path)
    content = path.read_bytes()
    spec = importlib.util.spec_from_file_location(f"netcrime_extra_checks_{hashlib.sha1(content).hexdigest()[:8]}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    extra = getattr(module, "EXTRA_QUESTIONS", None)
    if not isinstance(extra, dict):
        raise ValueError(f"{path} must define EXTRA_QUESTIONS = {{'NN': [Question(...), ...]}}")
    return {str(k).zfill(2): list(v) for k, v in extra.items()}, content


def sha(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def _module_file(name: str) -> Path | None:
    """The source file of a netcrime module, found without importing it."""
    rel = name.split(".")[1:]
    base = _PACKAGE.joinpath(*rel) if rel else _PACKAGE
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(name: str, path: Path) -> frozenset[str]:
    """The netcrime modules one module imports (at any depth in its code: lazy imports count)."""
    return _imports_in(name, path.name == "__init__.py", path.read_bytes())


@lru_cache(maxsize=1024)  # a pure function of the source: each cache key (one per grading run) reads every file again
def _imports_in(name: str, is_package: bool, source: bytes) -> frozenset[str]:
    package = name if is_package else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(parse_python.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "netcrime")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            if module.split(".")[0] != "netcrime":
                continue
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)  # "from . import lesson01"
    return frozenset(found)


def dependency_files(*roots: str) -> list[Path]:
    """Every netcrime source file the given modules load, directly or through others, plus package data files."""
    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = _module_file(name)
        if path is None:
            continue
        seen[name] = path
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))  # parent packages run first
        todo.extend(_imports(name, path))
    files = set(seen.values())
    # Data files the loaded packages read at run time (e.g. checks/worked_solutions.json).
    for path in list(files):
        files.update(p for p in path.parent.glob("*.json") if p.is_file())
    return sorted(files)


def grader_files() -> list[Path]:
    """The grader's own code that decides a verdict: judging, both engines, and the source it injects."""
    injected = [_PACKAGE / "grading" / "tags.py", _PACKAGE / "time_limit.py", _PACKAGE / "grading" / "extract.py"]
    found = dependency_files("netcrime.grading.judging", "netcrime.grading.fork_engine",
                             "netcrime.grading.kernel_engine", "netcrime.grading.fork_server")
    return sorted(set(found) | set(injected))


def files_digest(files: list[Path]) -> bytes:
    return json.dumps([[str(p.relative_to(_PACKAGE)), hashlib.sha256(p.read_bytes()).hexdigest()]
                       for p in files]).encode()


class Checks:
    """The questions of each lesson (public + extra) and the key that versions their verdicts.

    A lesson's key covers every module and package data file that judging it
    loads (found by following imports from the lesson module and the grader's
    judging code), the instructor's extra checks, the data snapshot and the
    limits: change any of them and every cached verdict of that lesson is redone.
    """

    def __init__(self, extra: dict[str, list[Question]], extra_bytes: bytes, data: dict[str, bytes], settings_key: dict):
        self.extra = extra
        self._lock = threading.Lock()
        self._questions: dict[str, list[Question] | str] = {}
        self._keys: dict[str, str] = {}
        data_bytes = json.dumps(sorted((k, hashlib.sha256(v).hexdigest()) for k, v in data.items())).encode()
        grader = files_digest(grader_files())
        self.base = sha(grader, extra_bytes, data_bytes, json.dumps(settings_key, sort_keys=True).encode())

    def questions(self, lesson: str) -> list[Question] | str:
        """The lesson's questions, or the text of why there are none."""
        with self._lock:
            if lesson not in self._questions:
                if not re.fullmatch(r"\d+", lesson):
                    self._questions[lesson] = f"'{lesson}' is not a lesson number."
                else:
                    try:
                        module = registry.lesson_module(lesson)
                        found = list(module.QUESTIONS)
                        self._keys[lesson] = sha(self.base.encode(), files_digest(dependency_files(module.__name__)))
                        public = {q.id for q in found}
                        for q in self.extra.get(lesson, []):
                            found.append(q if q.id not in public else _renamed(q, f"extra_{q.id}"))
                        self._questions[lesson] = found
                    except ModuleNotFoundError:
                        self._questions[lesson] = f"There are no checks for lesson {lesson}."
            return self._questions[lesson]

    def key(self, lesson: str | None) -> str:
        if lesson is None or not re.fullmatch(r"\d+", lesson):
            return self.base
        self.questions(lesson)
        return self._keys.get(lesson, self.base)


def _renamed(question: Question, new_id: str) -> Question:
    clone = copy.copy(question)
    clone.id = new_id
    return clone
