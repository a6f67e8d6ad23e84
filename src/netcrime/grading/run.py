"""A grading run: every submission of a class, in parallel, into the reports in ``out``."""
from __future__ import annotations

import hashlib
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Callable, Iterable

from .. import paths
from . import assignment, cache, executed, report
from . import overrides as overrides_module
from .roster import match_rows, read_roster
from .engines import Cancelled
from .grader import Grader, grade_submission, read_data
from .limits import Limits
from .records import Record
from .submissions import find_submissions


class Progress:
    """A plain-text progress bar on stderr."""

    def __init__(self, total: int, enabled: bool = True, stream=None):
        self.total, self.done, self.cached, self.faults = total, 0, 0, 0
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.start = time.monotonic()

    def update(self, record: Record, cached: bool) -> None:
        self.done += 1
        self.cached += cached
        self.faults += bool(record.problems)
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


def flag_identical(records: list[Record], contents: list[bytes | None]) -> None:
    """Tell the instructor which submissions are byte-for-byte the same notebook."""
    groups: dict[str, list[int]] = {}
    for index, content in enumerate(contents):
        if content:
            groups.setdefault(hashlib.sha256(content).hexdigest(), []).append(index)
    for members in groups.values():
        if len(members) < 2:
            continue
        for index in members:
            others = ", ".join(records[i].student for i in members if i != index)
            records[index].flags.append(f"identical to the submission of {others}")


def grade(sources: Iterable[str | Path], out: str | Path, *, lesson: str | None = None,
          extra_checks: str | Path | None = None, jobs: int | None = None, limits: Limits | None = None,
          data_dir: str | Path | None = None, id_from: str = "auto", id_pattern: str | None = None,
          force: bool = False, show_progress: bool = True, sandbox: bool = True, engine: str = "fork",
          overrides: str | Path | None = None, roster: str | Path | None = None, dask: str | None = None,
          summary_svg: bool = False, on_record: Callable[[Record], None] | None = None) -> list[Record]:
    """Grade every submission and write the reports into ``out``; return the records.

    Raises KeyboardInterrupt after stopping every sandbox if interrupted; what
    was graded so far is kept in the cache, so a re-run resumes.
    """
    import os

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / cache.CACHE_DIR).mkdir(exist_ok=True)
    limits = limits or Limits()
    real_data = Path(data_dir) if data_dir else paths.data_dir()
    override_file = overrides_module.overrides_path(out, overrides)  # read now: a bad file stops the run early
    changes = overrides_module.load(override_file) if override_file else []
    people = read_roster(roster) if roster else None
    # A first run starts the fork server as soon as the student build is written: its imports overlap with
    # reading the checks and the submissions. A re-run (the cache holds records) starts it only once a
    # submission is found to need grading: one whose answers are all cached pays for no server.
    first_run = force or not cache.has_records(out)
    with Grader.open(data_dir=real_data, extra_checks=extra_checks, limits=limits, lesson=lesson,
                     sandbox_=sandbox, engine=engine, start=first_run and not dask) as grader:
        if not dask:
            grader.executed_dir = out / executed.FOLDER
        if not sandbox:
            print(f"warning: {report.NOT_ISOLATED}", file=sys.stderr)
        submissions = find_submissions(sources, id_from=id_from, id_pattern=id_pattern, exclude=[out],
                                       max_bytes=limits.max_notebook_bytes)
        if grader.lesson is None:  # an assignment is one lesson: the majority's, the rest are problem rows
            grader.lesson, note = assignment.infer_lesson(cache.lesson_of(sub) for sub in submissions)
            if show_progress or grader.lesson is not None:
                print(note, file=sys.stderr)
        jobs = max(1, jobs or os.cpu_count() or 1)
        progress = Progress(len(submissions), show_progress)
        records: dict[int, Record] = {}

        def lookup(sub) -> tuple[str, Record | None]:
            key = cache.submission_key(sub, grader.checks, grader.lesson)
            return key, (None if force else cache.load(out, sub, key))

        def keep(sub, key: str, record: Record) -> Record:
            record.key = key
            if not record.transient:  # a sandbox that would not start is retried on the next run
                cache.store(out, sub, record)
            return record

        def work(index: int, key: str) -> tuple[int, Record, bool]:
            return index, keep(submissions[index], key, grade_submission(submissions[index], grader)), False

        def deliver(index: int, record: Record, cached: bool) -> None:
            records[index] = record
            progress.update(record, cached)
            if on_record is not None:
                on_record(record)

        executor = None
        try:
            pending, keys = [], {}
            for index, sub in enumerate(submissions):  # cached rows first, in this thread
                keys[index], hit = lookup(sub)
                if hit is not None:
                    deliver(index, hit, True)
                else:
                    pending.append((index, sub))
            if pending and dask:  # the same per-submission grading on a cluster; cache, order and reports stay here
                from . import dask_backend

                options = dask_backend.run_options(grader, extra_checks, sandbox, engine)
                with dask_backend.client_for(dask) as client:
                    for index, record in dask_backend.grade_pending(client, pending, options, grader.env.data,
                                                                    out / executed.FOLDER):
                        deliver(index, keep(submissions[index], keys[index], record), False)
            elif pending:
                grader.start()  # a no-op if a first run started it (or found this process's server for the same course)
                executor = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="netcrime-grade")
                futures = [executor.submit(work, index, keys[index]) for index, _ in pending]
                for future in as_completed(futures):
                    deliver(*future.result())
        except BaseException as exc:
            grader.cancel()
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
            if isinstance(exc, Cancelled):
                raise KeyboardInterrupt from exc
            raise
        finally:
            if executor is not None:
                executor.shutdown(wait=True)
        ordered = [records[i] for i in range(len(submissions))]
        flag_identical(ordered, [s.content for s in submissions])
        duplicates = assignment.duplicate_ids([(s.student, str(s.path), s.given_id) for s in submissions])
        for record in ordered:
            if record.student in duplicates:
                record.problems.append(duplicates[record.student])
        for warning in dict.fromkeys(duplicates.values()):
            print(f"warning: {warning}", file=sys.stderr)
        ordered, unused = overrides_module.apply(ordered, changes)  # never cached: a re-run keeps them
        for warning in unused:
            print(f"warning: {warning}", file=sys.stderr)
        if people is not None:  # feedback addressed by name; matched by the roster's keys only, never a guess
            matches, _ = match_rows(people, [{"student": r.student, "source": r.source} for r in ordered])
            names = {m.student: m.person.name for m in matches if m.person is not None}
            for record in ordered:
                record.name = names.get(record.student)
        check_real_data(real_data, grader.env.data)
        report.write_reports(ordered, out, summary_svg=summary_svg)
        assignment.prune_feedback(out / "feedback", {r.student for r in ordered}, report.safe_name)
        assignment.prune_feedback(out / executed.FOLDER, {r.student for r in ordered if r.executed},
                                  report.safe_name, suffix=".ipynb")
        return ordered


def check_real_data(folder: Path, snapshot: dict[str, bytes]) -> None:
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
