"""Batch grading: ``python -m netcrime grade SUBMISSIONS... --out DIR``.

Each submission runs in a fresh kernel with limits (see ``runner``), on a
private copy of the course data. Only the answers travel back, as JSON; they
are judged here, in the grader's own process, with the installed checks (and
optional instructor-only checks), so nothing a student does to the check cells
or to the package inside their notebook changes a verdict.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import nbformat

from .. import paths
from ..checks import registry
from ..checks.outcome import CANNOT_JUDGE, CORRECT, WRONG_TYPE, Outcome
from ..checks.question import MISSING, Question
from ..checks.values import describe
from . import assignment, report
from .runner import Cancelled, KernelRegistry, Limits, run_submission, write_snapshot
from .values import TooLarge, decode, encode

__all__ = ["add_arguments", "main", "grade", "Limits", "find_submissions", "detect_lesson"]

CACHE_DIR = ".netcrime-grading"
_PACKAGE = Path(__file__).resolve().parents[1]
_LESSON_IMPORT = re.compile(r"netcrime\.checks\.lesson(\d+)\b|from\s+netcrime\.checks\s+import\s+[^\n]*?\blesson(\d+)\b")
_ENGINE_FILES = ("data.py", "schemas.py", "units.py", "paths.py", "charts.py")


# ----------------------------------------------------------------- submissions
@dataclass
class Submission:
    student: str
    path: Path
    content: bytes | None = None
    problem: str | None = None  # a fault found before running (no notebook, several, unreadable file)


def _student_id(name: str, pattern: re.Pattern | None) -> str:
    if pattern is not None:
        match = pattern.search(name)
        if match:
            groups = match.groupdict()
            return (groups.get("id") or (match.group(1) if match.groups() else match.group(0))).strip() or name
    return name


def _notebooks_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.ipynb")
                  if not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(folder).parts))


def find_submissions(sources: Iterable[str | Path], *, id_from: str = "auto", id_pattern: str | None = None,
                     exclude: Iterable[Path] = (), max_bytes: int = 50_000_000) -> list[Submission]:
    """One submission per student: notebook files, folders of notebooks, or folders of student folders."""
    pattern = re.compile(id_pattern) if id_pattern else None
    excluded = [Path(p).resolve() for p in exclude]
    found: list[tuple[str, Path, str | None]] = []  # (name, path, problem)

    def name_for(notebook: Path, folder_name: str | None) -> str:
        if id_from == "folder" or (id_from == "auto" and folder_name):
            return folder_name or notebook.parent.name
        return notebook.stem

    for source in sources:
        source = Path(source)
        if source.is_dir():
            for child in sorted(source.iterdir()):
                if child.name.startswith(".") or any(child.resolve() == e for e in excluded):
                    continue
                if child.is_file() and child.suffix == ".ipynb":
                    found.append((name_for(child, None), child, None))
                elif child.is_dir():
                    notebooks = _notebooks_in(child)
                    if len(notebooks) == 1:
                        found.append((name_for(notebooks[0], child.name), notebooks[0], None))
                    elif not notebooks:
                        found.append((child.name, child, "No notebook (.ipynb) was found in this student's folder."))
                    else:
                        listed = ", ".join(str(n.relative_to(child)) for n in notebooks[:5])
                        found.append((child.name, child, f"Several notebooks were found ({listed}); submit one."))
        elif source.is_file():
            found.append((name_for(source, None), source, None))
        else:
            found.append((source.stem or str(source), source, "This file or folder does not exist."))

    submissions, seen = [], {}
    for name, path, problem in found:
        student = _student_id(name, pattern)
        seen[student] = seen.get(student, 0) + 1
        if seen[student] > 1:
            student = f"{student}#{seen[student]}"
            problem = problem  # kept: a duplicate is still graded, under a suffixed id
        sub = Submission(student, path, problem=problem)
        if problem is None:
            try:
                if path.stat().st_size > max_bytes:
                    sub.problem = (f"The file is {path.stat().st_size // 1_000_000} MB, over the "
                                   f"{max_bytes // 1_000_000} MB limit: clear the outputs (Edit > Clear Outputs) and save.")
                    submissions.append(sub)
                    continue
                sub.content = path.read_bytes()
            except OSError as exc:
                sub.problem = f"The file could not be read ({exc.strerror or exc})."
        submissions.append(sub)
    return submissions


# ----------------------------------------------------------------- lessons and checks
def detect_lesson(notebook: nbformat.NotebookNode) -> str | None:
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


def _sha(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def engine_sources() -> list[Path]:
    files = [p for p in sorted((_PACKAGE / "checks").glob("*.py"))
             if not re.fullmatch(r"lesson\d+\.py", p.name)]
    files += sorted((_PACKAGE / "grading").glob("*.py"))
    files += [_PACKAGE / name for name in _ENGINE_FILES if (_PACKAGE / name).exists()]
    return files


def read_data(folder: Path) -> dict[str, bytes]:
    """The course data, read once into memory: every run gets a copy of this snapshot."""
    snapshot = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts):
            snapshot[str(path.relative_to(folder))] = path.read_bytes()
    return snapshot


class Checks:
    """The questions of each lesson (public + extra) and the hash that versions them."""

    def __init__(self, extra: dict[str, list[Question]], extra_bytes: bytes, data: dict[str, bytes], limits: Limits):
        self.extra = extra
        self._lock = threading.Lock()
        self._questions: dict[str, list[Question] | str] = {}
        self._hashes: dict[str, str] = {}
        engine = b"".join(p.read_bytes() for p in engine_sources())
        data_bytes = json.dumps(sorted((k, hashlib.sha256(v).hexdigest()) for k, v in data.items())).encode()
        self.base = _sha(engine, extra_bytes, data_bytes, json.dumps(limits.key(), sort_keys=True).encode())

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
                        self._hashes[lesson] = _sha(self.base.encode(), Path(module.__file__).read_bytes())
                        public = {q.id for q in found}
                        for q in self.extra.get(lesson, []):
                            found.append(q if q.id not in public else _renamed(q, f"extra_{q.id}"))
                        self._questions[lesson] = found
                    except ModuleNotFoundError:
                        self._questions[lesson] = f"There are no checks for lesson {lesson}."
            return self._questions[lesson]

    def key(self, lesson: str | None) -> str:
        if lesson is None:
            return self.base
        self.questions(lesson)
        return self._hashes.get(lesson, self.base)


def _renamed(question: Question, new_id: str) -> Question:
    import copy

    clone = copy.copy(question)
    clone.id = new_id
    return clone


# ----------------------------------------------------------------- one submission
@dataclass
class Settings:
    out: Path
    lesson: str | None = None
    limits: Limits = field(default_factory=Limits)
    checks: Checks | None = None
    data: dict[str, bytes] = field(default_factory=dict)
    force: bool = False


def _fault(sub: Submission, reason: str, lesson: str | None = None, questions: list[Question] | None = None) -> dict:
    rows = []
    for q in questions or []:
        rows.append(_row(q, Outcome(CANNOT_JUDGE, f"Not graded: {reason}"), None))
    return {"student": sub.student, "source": str(sub.path), "lesson": lesson, "problems": [reason],
            "questions": rows, "graded": False}


def _row(q: Question, outcome: Outcome, answer) -> dict:
    return {"id": q.id, "max": float(q.points), "points": float(q.points) if outcome.passed else 0.0,
            "status": outcome.status, "message": outcome.message, "misconception": outcome.misconception,
            "collect": bool(q.collect), "answer": answer}


def _answer_text(value) -> str | None:
    if value is MISSING or value is Ellipsis:
        return None
    if isinstance(value, str):
        return value
    return describe(value)


def judge(q: Question, values: dict, probe_outputs: dict, probe_inputs: dict) -> tuple[Outcome, object]:
    """Judge one question from the extracted values, in this process, never raising."""
    got = [decode(values.get(name, {"__nc__": "missing"})) for name in q.reads]
    for name, value in zip(q.reads, got):
        if isinstance(value, TooLarge):
            return Outcome(CANNOT_JUDGE, f"'{name}' could not be graded: {value!r}. "
                           "Keep answers to the size the question asks for."), None
    if q.probe is not None and got:
        name, first = q.reads[0], got[0]
        if isinstance(probe_inputs.get(q.id), str):
            return Outcome(CANNOT_JUDGE, probe_inputs[q.id]), None
        if q.id in probe_outputs and first is not MISSING:
            inputs = probe_inputs[q.id]
            outputs = probe_outputs[q.id]
            got[0] = {item: decode(out) for item, out in zip(inputs, outputs)}
        elif first is not MISSING and first is not Ellipsis:
            return Outcome(WRONG_TYPE, f"'{name}' should be a function, but it is {describe(first)}."), None
    return q.judge_values(got), (got[0] if got else None)


def grade_submission(sub: Submission, settings: Settings, kernels: KernelRegistry) -> dict:
    """A record for one submission; every fault becomes a reason in the record."""
    if sub.problem:
        return _fault(sub, sub.problem)
    try:
        text = sub.content.decode("utf-8-sig")
        raw = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        return _fault(sub, "The file is not a readable notebook (not valid JSON). "
                           "Save it from JupyterLab (File > Save) and submit the .ipynb file.")
    try:
        if not isinstance(raw, dict) or "cells" not in raw:
            raise ValueError("no cells")
        notebook = nbformat.reads(text, as_version=4)
    except Exception:
        return _fault(sub, "The file is JSON but not a Jupyter notebook the grader can read.")
    lesson = detect_lesson(notebook)
    if lesson is None:
        return _fault(sub, "The grader could not tell which lesson this notebook is for "
                           "(no netcrime.lesson metadata and no netcrime.checks.lessonNN import).")
    if settings.lesson is not None and lesson != settings.lesson:
        return _fault(sub, f"This is a notebook for lesson {lesson}, not lesson {settings.lesson}.", lesson)
    questions = settings.checks.questions(lesson)
    if isinstance(questions, str):
        return _fault(sub, questions, lesson)

    names = list(dict.fromkeys(name for q in questions for name in q.reads))
    probe_inputs, probes = {}, {}
    for q in questions:
        if q.probe is None or not q.reads:
            continue
        try:
            inputs = list(q.probe())
            probes[q.id] = [q.reads[0], [encode(i) for i in inputs]]  # per question: inputs may differ
            probe_inputs[q.id] = inputs
        except Exception as exc:
            probe_inputs[q.id] = f"The checker could not make test inputs ({type(exc).__name__})."
    started = time.monotonic()
    run = run_submission(notebook, names, probes, settings.data, settings.limits, kernels)
    record = {"student": sub.student, "source": str(sub.path), "lesson": lesson,
              "problems": list(run.problems), "questions": [], "graded": run.values is not None,
              "seconds": round(time.monotonic() - started, 1), "transient": run.transient}
    if run.output_bytes > 10_000_000:
        record["problems"].append(f"The notebook printed {run.output_bytes // 1_000_000} MB of output; "
                                  "the grader ignored it.")
    for q in questions:
        if run.values is None:
            why = run.problems[-1] if run.problems else "the notebook could not be run"
            record["questions"].append(_row(q, Outcome(CANNOT_JUDGE, f"Not graded: {why}"), None))
            continue
        try:
            outcome, value = judge(q, run.values, run.probes, probe_inputs)
        except Exception as exc:  # pragma: no cover - judge_values never raises; decoding might
            outcome, value = Outcome(CANNOT_JUDGE, f"The grader could not judge this ({type(exc).__name__})."), None
        record["questions"].append(_row(q, outcome, _answer_text(value) if q.collect else None))
    return record


# ----------------------------------------------------------------- cache
def _cache_path(out: Path, student: str) -> Path:
    safe = report.safe_name(student)
    return out / CACHE_DIR / f"{safe}-{hashlib.sha1(student.encode()).hexdigest()[:8]}.json"


def _submission_key(sub: Submission, settings: Settings) -> str:
    lesson = _lesson_of(sub)
    checks_key = settings.checks.key(lesson) if lesson and re.fullmatch(r"\d+", lesson) else settings.checks.base
    return _sha(sub.student.encode(), str(sub.problem).encode(), sub.content or b"", checks_key.encode(),
                str(settings.lesson).encode())


def _cached(sub: Submission, key: str, settings: Settings) -> dict | None:
    if settings.force:
        return None
    try:
        stored = json.loads(_cache_path(settings.out, sub.student).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stored.get("key") == key:
        return stored.get("record")
    return None


# ----------------------------------------------------------------- the run
class Progress:
    """A plain-text progress bar on stderr."""

    def __init__(self, total: int, enabled: bool = True, stream=None):
        self.total, self.done, self.cached, self.faults = total, 0, 0, 0
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.start = time.monotonic()

    def update(self, record: dict, cached: bool) -> None:
        self.done += 1
        self.cached += cached
        self.faults += bool(record.get("problems"))
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / max(1, self.total))
        line = (f"\rgrading [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"
                f"  ({self.cached} unchanged, {self.faults} with problems, {time.monotonic() - self.start:.0f} s)")
        self.stream.write(line)
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def grade(sources: Iterable[str | Path], out: str | Path, *, lesson: str | None = None,
          extra_checks: str | Path | None = None, jobs: int | None = None, limits: Limits | None = None,
          data_dir: str | Path | None = None, id_from: str = "auto", id_pattern: str | None = None,
          force: bool = False, show_progress: bool = True,
          on_record: Callable[[dict], None] | None = None) -> list[dict]:
    """Grade every submission and write the reports into ``out``; return the records.

    Raises KeyboardInterrupt after stopping every kernel if interrupted; what
    was graded so far is kept in the cache, so a re-run resumes.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / CACHE_DIR).mkdir(exist_ok=True)
    limits = limits or Limits()
    data = read_data(Path(data_dir) if data_dir else paths.data_dir())
    extra, extra_bytes = load_extra_checks(extra_checks)
    lesson = str(lesson).zfill(2) if lesson is not None else None
    settings = Settings(out=out, lesson=lesson, limits=limits, checks=Checks(extra, extra_bytes, data, limits),
                        data=data, force=force)
    submissions = find_submissions(sources, id_from=id_from, id_pattern=id_pattern, exclude=[out],
                                   max_bytes=limits.max_notebook_bytes)
    if settings.lesson is None:  # an assignment is one lesson: the majority's, the rest are problem rows
        settings.lesson, note = assignment.infer_lesson(_lesson_of(sub) for sub in submissions)
        if show_progress or settings.lesson is not None:
            print(note, file=sys.stderr)
    jobs = max(1, jobs or os.cpu_count() or 1)
    progress = Progress(len(submissions), show_progress)
    kernels = KernelRegistry()
    records: dict[int, dict] = {}
    real_data = Path(data_dir) if data_dir else paths.data_dir()

    def work(index: int, sub: Submission) -> tuple[int, dict, bool]:
        key = _submission_key(sub, settings)
        hit = _cached(sub, key, settings)
        if hit is not None:
            return index, hit, True
        try:
            record = grade_submission(sub, settings, kernels)
        except Cancelled:
            raise
        except Exception as exc:  # the last line of defence: a grader bug is one row, not a crashed run
            record = _fault(sub, f"The grader failed on this notebook ({type(exc).__name__}: {str(exc)[:200]}).")
            record["transient"] = True
        record["key"] = key
        if not record.get("transient"):  # a kernel that would not start is retried on the next run
            report.write_json_atomic(_cache_path(out, sub.student), {"key": key, "record": record})
        return index, record, False

    # The grader's own checks read the same snapshot (not the live folder a student's cell could change).
    private = Path(tempfile.mkdtemp(prefix="netcrime-grade-data-"))
    write_snapshot(private, data)
    saved_env = os.environ.get(paths.DATA_ENV_VAR)
    os.environ[paths.DATA_ENV_VAR] = str(private)
    executor = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="netcrime-grade")
    try:
        futures = [executor.submit(work, i, sub) for i, sub in enumerate(submissions)]
        for future in as_completed(futures):
            index, record, cached = future.result()
            records[index] = record
            progress.update(record, cached)
            if on_record is not None:
                on_record(record)
    except BaseException:
        kernels.kill_all()
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        executor.shutdown(wait=True)
        if saved_env is None:
            os.environ.pop(paths.DATA_ENV_VAR, None)
        else:
            os.environ[paths.DATA_ENV_VAR] = saved_env
        shutil.rmtree(private, ignore_errors=True)
    ordered = [records[i] for i in range(len(submissions))]
    _check_real_data(real_data, data, ordered)
    duplicates = assignment.duplicate_ids([(r["student"], r["source"]) for r in ordered])
    ordered = [{**r, "problems": [*r["problems"], duplicates[r["student"]]]} if r["student"] in duplicates else r
               for r in ordered]
    for warning in dict.fromkeys(duplicates.values()):
        print(f"warning: {warning}", file=sys.stderr)
    report.write_reports(ordered, out)
    assignment.prune_feedback(out / "feedback", {r["student"] for r in ordered}, report.safe_name)
    return ordered


def _lesson_of(sub: Submission) -> str | None:
    """The lesson a readable submission says it is for (None for anything unreadable)."""
    if sub.content is None:
        return None
    try:
        return detect_lesson(nbformat.reads(sub.content.decode("utf-8-sig"), as_version=4))
    except Exception:
        return None


def _check_real_data(folder: Path, snapshot: dict[str, bytes], records: list[dict]) -> None:
    """Warn (and restore) if anything changed the course's real data folder during the run."""
    try:
        now = read_data(folder)
    except OSError:
        now = {}
    if now == snapshot:
        return
    for rel, content in snapshot.items():
        try:
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        except OSError:
            pass
    print(f"warning: the course data folder {folder} changed during grading; it was restored from the "
          "copy taken at the start (grading used that copy throughout).", file=sys.stderr)


# ----------------------------------------------------------------- command line
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("submissions", nargs="+",
                        help="notebook files, folders of notebooks, or folders of one folder per student")
    parser.add_argument("--out", required=True, help="folder for gradebook.csv, results.csv, feedback/, summary")
    parser.add_argument("--lesson", default=None, help="only accept notebooks of this lesson (e.g. 01)")
    parser.add_argument("--extra-checks", default=None, metavar="FILE",
                        help="instructor-only checks: a Python file defining EXTRA_QUESTIONS = {'01': [Question(...)]}")
    parser.add_argument("--jobs", type=int, default=None, help="submissions run at once (default: number of cores)")
    parser.add_argument("--id-from", choices=("auto", "file", "folder"), default="auto",
                        help="student id from the notebook's file name or its folder's name (auto: folder if "
                             "each student has a folder, else file)")
    parser.add_argument("--id-pattern", default=None, metavar="REGEX",
                        help="regular expression picking the id out of that name (group 'id' or group 1), "
                             r"e.g. '^(?P<id>[a-z]+\d*)_'")
    parser.add_argument("--data", default=None, help="the course data folder (default: found automatically)")
    parser.add_argument("--cell-timeout", type=float, default=60.0, help="seconds per cell (default 60)")
    parser.add_argument("--notebook-timeout", type=float, default=300.0, help="seconds per notebook (default 300)")
    parser.add_argument("--memory-mb", type=int, default=2048, help="memory limit per kernel in MB (default 2048)")
    parser.add_argument("--kernel-wrapper", default=None, metavar="CMD",
                        help="start each kernel through this command (e.g. 'firejail --quiet --net=none', or a "
                             "script that switches to an unprivileged user); the kernel command is appended")
    parser.add_argument("--force", action="store_true", help="regrade everything, even unchanged submissions")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def main(args: argparse.Namespace) -> int:
    import shlex

    limits = Limits(cell_timeout=args.cell_timeout, notebook_timeout=args.notebook_timeout,
                    memory_mb=args.memory_mb,
                    kernel_wrapper=tuple(shlex.split(args.kernel_wrapper)) if args.kernel_wrapper else ())
    try:
        records = grade(args.submissions, args.out, lesson=args.lesson, extra_checks=args.extra_checks,
                        jobs=args.jobs, limits=limits, data_dir=args.data, id_from=args.id_from,
                        id_pattern=args.id_pattern, force=args.force, show_progress=not args.quiet)
    except KeyboardInterrupt:
        print("\ninterrupted: submissions graded so far are saved; run the same command again to resume.",
              file=sys.stderr)
        return 130
    except (OSError, ValueError, SyntaxError, re.error) as exc:  # bad options, unreadable extra checks
        print(f"grade: {exc}", file=sys.stderr)
        return 2
    problems = sum(1 for r in records if r.get("problems"))
    print(f"graded {len(records)} submissions ({problems} with problems) into {args.out}")
    return 0
