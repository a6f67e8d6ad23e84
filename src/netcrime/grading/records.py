"""The grader's typed records: what goes in (a submission) and what comes out (a row per student).

``Record`` is the one row type every output is written from (gradebook,
results, feedback, summary, cache) and what ``grade_submission`` returns to
other code (LMS export, overrides, a Dask backend).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..checks.outcome import RECORDED


@dataclass
class Submission:
    """One student's hand-in, read into memory once (the grader never reopens the file)."""

    student: str
    path: Path
    content: bytes | None = None
    problem: str | None = None  # a fault found before running (no notebook, several, unreadable file)
    notes: list[str] = field(default_factory=list)  # told to the student and the instructor
    given_id: str | None = None  # the id its name gave, when several submissions shared it (``student`` is then unique)


@dataclass(frozen=True)
class QuestionRow:
    id: str
    max: float
    points: float
    status: str
    message: str
    misconception: str | None = None
    collect: bool = False
    answer: str | None = None  # the written answer, for questions that collect it
    override: dict | None = None  # the instructor's change: reason, points_before, status_before (overrides.py)
    rubric: list | None = None  # a written answer's rubric (Question.rubric), shown beside the answer to the instructor
    parts: list | None = None  # [name, points, passed] per part, for a question with parts (checks.parts)

    @property
    def to_mark(self) -> bool:
        """A written answer recorded for the instructor and not yet given points (overrides.csv)."""
        return self.status == RECORDED and self.override is None


@dataclass
class Record:
    """The graded row of one submission."""

    student: str
    source: str
    lesson: str | None
    problems: list[str] = field(default_factory=list)  # faults the student should know about
    questions: list[QuestionRow] = field(default_factory=list)
    graded: bool = False
    seconds: float | None = None
    transient: bool = False  # the grader's own trouble (e.g. a sandbox that would not start): not cached
    flags: list[str] = field(default_factory=list)  # for the instructor only (identical files, forged payloads)
    isolated: bool = True  # False only under --no-sandbox; every output then says so
    engine: str | None = None  # "fork" or "kernel": which engine ran the notebook
    key: str | None = None  # the cache key the row was computed under
    phases: dict[str, float] = field(default_factory=dict)  # seconds: run, setup, cells, extract, judge (benchmarks)
    name: str | None = None  # the student's name from the instructor's roster (--roster), for feedback
    executed: str | None = None  # the notebook as the grader ran it, with outputs: "executed/<id>.ipynb" in OUT

    @property
    def total(self) -> float:
        return sum(q.points for q in self.questions)

    @property
    def max_points(self) -> float:
        return sum(q.max for q in self.questions)

    @property
    def to_mark(self) -> list[QuestionRow]:
        """The written answers still to be marked: their points are pending, neither zero nor full."""
        return [q for q in self.questions if q.to_mark]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Record":
        data = dict(data)
        data["questions"] = [QuestionRow(**q) for q in data.get("questions", [])]
        return cls(**data)


@dataclass
class RunResult:
    """What running one notebook gave back (either engine)."""

    values: dict | None = None  # name -> tagged JSON
    probes: dict = field(default_factory=dict)  # question id -> tagged JSON outputs, one per probe input
    threads: dict = field(default_factory=dict)  # question id -> {"stopped": n, "running": m}: threads its calls left
    problems: list[str] = field(default_factory=list)
    output_bytes: int = 0
    transient: bool = False
    retried: bool = False  # transient, and the engine already tried again (a kernel start): don't run it again now
    killer: int | None = None  # a code cell that killed or hung the run: left out on the next attempt
    raised: dict[int, str] = field(default_factory=dict)  # code cell index -> "KeyError: 'x'"
    forged: list[str] = field(default_factory=list)  # answer payloads seen outside the extraction step
    fallback: str | None = None  # why the fork engine handed this notebook to the kernel path
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase, for benchmarks only
    outputs: dict | None = None  # code cell index -> its outputs (executed.py), from the last attempt
    skipped: set[int] = field(default_factory=set)  # code cells left out because they killed or hung a run
