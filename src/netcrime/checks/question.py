"""A question: declared once, checked in the notebook and by the grader alike.

Each question names the variable(s) it reads, how it judges them (a ``Judge``
that carries its known misconceptions) and its hints; its prompt and worked
solution come from the solution notebook (``worked``). ``check()`` reads the
variables from the notebook, judges them, shows a verdict and records
progress; it never raises at a student (except in strict mode, for CI).
"""
from __future__ import annotations

import contextlib
import io
import math
import re
import sys
import traceback
from typing import Any, Callable, Sequence

from . import answer_cell, attempts, modes, worked
from .. import time_limit
from ..notebook import show, user_namespace
from .judge import UndeclaredMisconception, as_judge
from .outcome import (ANSWER_NEVER_READ, CANNOT_JUDGE, INCORRECT, NUMBER_TOO_LARGE, RECORDED, TABLE_TOO_LARGE, WRONG_TYPE, Feedback, Outcome, feedback_for,
                      not_attempted, with_note)
from .parts import Part, all_parts, with_parts
from .text_form import text_form_problem
from .written import self_check
from .values import (as_builtin, describe, holds_own_code, is_number, never_read, too_large, too_many_rows,
                     unreadable_message)
from ..units import plain
from .slips import asked_in, shown_before
from .vegalite import one_conversion_per_chart

MISSING = object()  # a declared variable that the notebook never defined
JUDGE_SECONDS = 10.0  # a whole judgement takes well under a second; this only stops one a student's object hangs
# On the clock, a judgement of the libraries' objects alone is stopped only after this long: nothing of the student's
# runs in it, so it cannot sleep or block, and a busy machine (review round 15, F3: a right chart's first check took
# 3.4 CPU-s and 30 s of clock at a load of 8, and the clock's limit, three times JUDGE_SECONDS, called it "could not
# judge") must not stop it; its CPU time is still limited to JUDGE_SECONDS.
LIBRARY_JUDGE_WALL_SECONDS = 300.0


class ProbeResults(dict):
    """{input: what the student's function returned}, made by the checker (``probe_function``, or the grader from
    the kernel's outputs). Only this kind of dict is judged as a function's results: a dict a student typed is not a
    function, whatever its keys (a dict of right readings of inputs it chose would otherwise pass, #19).
    ``printed``: how many lines the function printed while it was called (kept out of the notebook, round 13).
    ``threads_left``: {"stopped": n, "running": m}, the threads its calls started and left running (round 17)."""

    printed = 0
    threads_left: dict = {}


class _LineCounter(io.TextIOBase):
    """A stream that keeps nothing and counts the lines written to it (a student's prints while their function is
    probed: review round 13 met 38 MB of them under one verdict)."""

    def __init__(self):
        super().__init__()
        self.lines = 0
        self.open_line = False

    def writable(self) -> bool:
        return True

    def write(self, text) -> int:
        text = str(text)
        self.lines += text.count("\n")
        self.open_line = bool(text) and not text.endswith("\n") or (self.open_line and "\n" not in text)
        return len(text)

    @property
    def count(self) -> int:
        return self.lines + (1 if self.open_line else 0)


def probe_function(func: Callable, inputs: Sequence[Any], seconds: float | None = None) -> ProbeResults:
    """Call a student's function on each input; errors become text, never exceptions, and a call that does not
    return is stopped (``time_limit.call_each``, the grader's own mechanism: ``seconds`` each, default
    ``CALL_SECONDS``)."""
    inputs = list(inputs)
    sink = _LineCounter()
    left_behind: dict = {}  # the threads its calls started and left running, stopped after each call
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):  # its prints are counted, not shown
        outputs = time_limit.call_each(func, inputs, time_limit.CALL_SECONDS if seconds is None else seconds,
                                       on_error=_error_text, left_behind=left_behind)
    results = ProbeResults(zip(inputs, map(as_builtin, outputs)))  # a str subclass returned: its text, no method
    results.printed = sink.count
    results.threads_left = left_behind
    return results


def with_prints_noted(outcome: Outcome, results) -> Outcome:
    """The verdict on a function that printed while it was checked, with a note saying how many lines were kept out
    of the notebook (they would bury the verdict: 19 inputs, 19 debug lines)."""
    printed = getattr(results, "printed", 0)
    if not printed:
        return outcome
    note = (f"(Your function printed {printed:,} line{'s' if printed != 1 else ''} while it was checked; they are not "
            "shown here. Run it on one input in a cell of its own to see them.)")
    return with_note(outcome, note)


def with_threads_noted(outcome: Outcome, results) -> Outcome:
    """The verdict on a function whose calls left threads running, with a sentence saying so (round 16's review, H1:
    such threads burnt the student's CPU after a 'correct'). The value it returned is judged as it is, because that
    is what the question asks about; the threads were stopped after each call (``time_limit``), and the note says
    so, and says how many could not be stopped (a thread that sleeps or waits, or any thread on Python 3.11 under a
    debugger or profiler: ``time_limit``'s docstring)."""
    left = getattr(results, "threads_left", None) or {}
    stopped, running = left.get("stopped", 0), left.get("running", 0)
    if not stopped and not running:
        return outcome
    total = stopped + running
    note = (f"(Your function left {total:,} thread{'s' if total != 1 else ''} running after it returned"
            + (f"; the checker stopped {'it' if total == 1 else 'them'}." if not running else
               f"; the checker stopped {stopped:,} and could not stop {running:,}, which go{'es' if running == 1 else ''}"
               " on in the background.")
            + " A function the course checks should return its value and leave nothing running: if you start a "
            "thread, wait for it with .join() before you return.)")
    return with_note(outcome, note)


def with_the_figure(outcome: Outcome, value) -> Outcome:
    """A verdict naming the mistake in a number, made to say the student's number (review round 11: 40 of 81 named
    numeric verdicts did): 'You gave 96,640.' before a message that does not show it, as the course writes numbers."""
    if not outcome.names_the_mistake or not shows_a_number(value) or says_number(outcome.message, value):
        return outcome
    return with_note(outcome, f"You gave {plain(value)}.", before=True)


def shows_a_number(value) -> bool:
    """A plain finite number (an int, a float, a NumPy scalar), not a bool."""
    if isinstance(value, bool) or not is_number(value) or type(value).__name__ == "bool_":
        return False
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError, OverflowError):
        return False


def says_number(message: str, value) -> bool:
    """Whether ``message`` shows the number ``value`` in one of the ways the course or the student writes it."""
    x = float(value)
    forms = {plain(value), plain(x, 3), plain(x, 6), f"{x:g}", repr(x), str(value)}
    if x.is_integer():
        forms |= {f"{int(x):,}", str(int(x))}
    return any(form in message for form in forms)


def returned_too_large(results: ProbeResults, inputs_private: bool = False) -> Outcome | None:
    """The verdict on a function that returned a number far too large for any figure (``values.too_large``: 10**400,
    1e308), naming the first input that gave one; None if none did. Round 16, C11: 01 q1's function returning 10**400
    got 'could not judge (OverflowError)', where the same number as a value gets this sentence."""
    for place, (item, out) in enumerate(results.items(), 1):
        if (digits := too_large(out)) is not None:
            shown = (f"number {place} of {len(results)}" if inputs_private
                     else repr(item) if len(repr(item)) <= 80 else repr(item)[:77] + "...")
            return Outcome(WRONG_TYPE, f"For the input {shown} your function returned a number of {digits:,} digits: "
                           "far too large for any figure or count of the course. Print each step of your function on "
                           "that input (a power, ** for *, or a product gone wrong), then check again.",
                           NUMBER_TOO_LARGE)
    return None


def never_returned(results: ProbeResults, inputs_private: bool = False) -> Outcome | None:
    """The verdict on a function one of whose calls was stopped for time, naming the input; None if none was.
    ``inputs_private``: the inputs are cases the student must not read (lesson 03's held-out cases): the input is
    given by its place and length, never quoted (review round 15: a classifier made to hang on unseen texts read
    the held-out cases back from the grader's feedback, one per round).

    Before any other reading: the results after a stopped call say nothing of the function (the inputs left were
    never tried)."""
    stopped = [(place, item, out) for place, (item, out) in enumerate(results.items(), 1) if time_limit.timed_out(out)]
    if not stopped:
        return None
    place, item, out = stopped[0]
    if inputs_private:
        words = len(item.split()) if isinstance(item, str) else None
        shown = (f"number {place} of {len(results)}" + (f" (a text of {words} words)" if words is not None else "")
                 + ", not quoted: the cases are your instructor's")
    else:
        shown = repr(item) if len(repr(item)) <= 80 else repr(item)[:77] + "..."
    told = "did not return at" if time_limit.still_running(out) else "was stopped at"  # a call into C goes on
    return Outcome(INCORRECT, f"Your function {told} the input {shown}: {out[len(time_limit.TIMED_OUT):]}"
                   f" ({len(stopped)} of the {len(results)} inputs were stopped or not tried). A loop whose condition "
                   "never changes, or a wait, keeps a function from returning: try it on that input in a cell of its "
                   "own, then check again.", "function_never_returned")


def _error_text(exc: BaseException) -> str:
    """A student's bug as a message; exit() or an interrupt inside the function stops the call, not the check."""
    for kind, why in _STOPPED.items():
        if isinstance(exc, kind):
            return f"error: {type(exc).__name__}: {why}"
    return f"error: {type(exc).__name__}: {exc}"


# Why a call ended without a value, for a function that called exit() (a beginner's way to 'stop') or was interrupted.
_STOPPED = {SystemExit: "the function called exit() or sys.exit(), which ends Python itself; return the value "
                        "instead",
            KeyboardInterrupt: "the function was interrupted before it returned a value"}


def _lesson_of_module(module_name: str) -> str | None:
    """'01' for netcrime.checks.lesson01: a lesson module's file name is its one declaration of the id."""
    match = re.fullmatch(r"(?:.*\.)?lesson(\d+)", module_name or "")
    return match.group(1) if match else None


class Question:
    """One auto-checked question.

    ``reads``: the notebook variables it judges, in order.
    ``judge``: a ``Judge`` from ``netcrime.checks.compare`` / ``chart`` (or a
    lesson's own, made with ``@judge({...})``), which carries its misconceptions.
    ``probe``: for questions whose answer is a function, a callable giving the
    inputs to call it on; the judge then receives {input: output}.
    ``collect``: short written answers the grader collects for the instructor.
    ``explanation``: the sentence or two shown above the worked solution.
    ``rubric``: for a written answer (judged by ``written.recorded_text()``, verdict RECORDED):
    what a strong answer covers, shown to the student as a self-check list and to the instructor
    beside each answer (the grader's ``to_mark.md``). A question with a rubric is collected.
    ``parts``: ``parts.Part``s with points, for partial credit; without ``judge=`` the question
    is judged by all of them, and its points default to their sum.
    ``answer_text``: for a question whose written part is inside its answer (a chart's words), the
    function giving that text from the answer; the grader collects it beside the rubric
    (``chart_words.words_read``). Without it, the grader collects the answer's text value.

    The prompt and the worked solution are not typed here: they are written
    once in the solution notebook and read from ``worked_solutions.json``
    (see ``worked``); an in-lesson check's prompt is written once in the lesson
    notebook and read from ``in_lesson_prompts.json``, its solution given here
    (``solution_code=``: the lesson must not print it). ``inputs_private``: a function's inputs are never quoted
    in its verdicts (held-out cases). ``lesson`` defaults to
    the one the module's name gives (``lesson01.py`` declares lesson '01').
    ``prompt=`` is still accepted for a question no notebook asks (a test
    checks that no lesson module types one).
    """

    def __init__(self, id: str, lesson: str | None = None, prompt: str = "", reads: Sequence[str] | str = (),
                 judge: Callable[..., Outcome] | None = None, points: float | None = None, hints: Sequence[str] = (),
                 solution_code: str = "", explanation: str = "",
                 probe: Callable[[], Sequence[Any]] | None = None, collect: bool = False,
                 rubric: Sequence[str] = (), parts: Sequence[Part] = (),
                 answer_text: Callable[[Any], str | None] | None = None, inputs_private: bool = False,
                 adapts_example: bool = False):
        self.parts = tuple(parts)
        self.inputs_private = inputs_private
        # an in-lesson check that asks the student to redo the worked example just above it for something else
        # ('Do the same for the gangs'): a number that example printed is named as copied (slips.example_slip)
        self.adapts_example = adapts_example
        if judge is None and self.parts:
            judge = all_parts(self.parts)
        if judge is None:
            raise TypeError(f"question {id}: a question needs a judge")
        if points is None:
            points = sum(part.points for part in self.parts) if self.parts else 1.0
        if lesson is None:
            lesson = _lesson_of_module(sys._getframe(1).f_globals.get("__name__", ""))
            if lesson is None:
                raise TypeError(f"question {id}: give lesson=... outside a netcrime.checks.lessonNN module")
        self.id = id
        self.lesson = lesson
        self.reads = (reads,) if isinstance(reads, str) else tuple(reads)
        self.judge = as_judge(judge)
        self.points = points
        self.hints = tuple(hints)
        self.explanation = explanation
        self.probe = probe
        self.rubric = tuple(rubric)
        self.answer_text = answer_text
        self.collect = collect or bool(self.rubric)
        self.typed_prompt = prompt  # older lesson modules only; see the class docstring
        self.typed_solution = solution_code
        self._hints_shown = 0

    def __repr__(self) -> str:
        return f"Question({self.lesson}/{self.id}, reads={self.reads!r})"

    # ----- what the solution notebook says -----------------------------------
    @property
    def prompt(self) -> str:
        """The question as its notebook asks it (the solution notebook, or the lesson's for an in-lesson check)."""
        return worked.exercise_prompt(self.lesson, self.id) or worked.in_lesson_prompt(self.lesson, self.id) or self.typed_prompt

    @property
    def shown_before(self) -> tuple:
        """For an in-lesson check that adapts the example above it, the numbers that example printed, with their
        lines; () for every other question (where a printed number may be the question's own input)."""
        return worked.in_lesson_examples(self.lesson, self.id) if self.adapts_example else ()

    @property
    def solution_code(self) -> str | None:
        """The worked solution from the solution notebook; None when this build leaves solutions out."""
        if worked.load() is None:
            return None
        found = worked.solution_code(self.lesson, self.id)
        return found if found is not None else (self.typed_solution or None)

    # ----- judging (shared with the grader) --------------------------------
    @property
    def misconceptions(self) -> dict[str, str]:
        """Known misconceptions (code -> description) declared by the judge."""
        return dict(self.judge.misconceptions)

    def judge_values(self, values: Sequence[Any]) -> Outcome:
        """Judge values already read; never raises."""
        for name, value in zip(self.reads, values):
            if value is MISSING:
                return not_attempted(f"There is no variable called '{name}' yet. "
                                     "Run the cell where you set it (or check its spelling), then check again.")
        try:
            values = [as_builtin(value) for value in values]  # a str or dict subclass: its content, no method of its own
            # whether the answer holds an object of the student's own class, worked out once per judgement: its
            # methods are read under a time limit here, and the judgement's limit on the clock depends on it (F3)
            own = [holds_own_code(value) for value in values]
            for name, value, mine in zip(self.reads, values, own):  # a value whose own methods never return (read
                if mine and never_read(value, time_limit.CALL_SECONDS):  # under a time limit, as the grader reads it)
                    return Outcome(WRONG_TYPE, f"Reading '{name}' did not finish: a method of your own object "
                                   "(its float(), its iteration, its repr, == or a chart's to_dict) ran for more "
                                   f"than {time_limit.CALL_SECONDS:g} s and was stopped. Give a plain value (a number, a "
                                   "text, a list or a dict of them), then check again.", ANSWER_NEVER_READ)
            for name, value in zip(self.reads, values):  # a text far too long, a number or a table far too large
                if (form := text_form_problem(value, name, written=bool(self.rubric))) is not None:  # phrase repeated
                    return form
                if (digits := too_large(value)) is not None:  # 10**400: no figure, and floats cannot hold it
                    return Outcome(WRONG_TYPE, f"'{name}' holds a number of {digits:,} digits: far too large "
                                   "for any figure or count of the course. Print each step of your calculation "
                                   "(a power, ** for *, or a product gone wrong), then check again.", NUMBER_TOO_LARGE)
                if (rows := too_many_rows(value)) is not None:
                    return Outcome(WRONG_TYPE, f"'{name}' holds {rows:,} rows: far more than any table of the course "
                                   f"(the largest has about a hundred). Print len({name}) after each step that built "
                                   "it (a join or a repeat multiplies rows), then check again.", TABLE_TOO_LARGE)
            if self.probe is not None and values and callable(values[0]):
                values = [probe_function(values[0], list(self.probe()))] + list(values[1:])
            elif self.probe is not None and values and values[0] is not Ellipsis \
                    and not isinstance(values[0], ProbeResults):
                return Outcome(WRONG_TYPE, f"'{self.reads[0]}' should be a function, but it is "
                               f"{describe(values[0])}.", "gave_no_function")
            if self.probe is not None and values and isinstance(values[0], ProbeResults) \
                    and (stopped := never_returned(values[0], self.inputs_private)) is not None:
                return stopped
            if self.probe is not None and values and isinstance(values[0], ProbeResults) \
                    and (huge := returned_too_large(values[0], self.inputs_private)) is not None:
                return huge
            with one_conversion_per_chart():  # a chart's spec is taken (and validated) once for judge and parts
                with asked_in(self.prompt), shown_before(self.shown_before):  # the numbers the prompt writes are
                    # this question's own figures; those the lesson printed above it, its example's (slips)
                    try:  # the backstop: a judge reading an object's own method that never returns is stopped
                        own_code = any(own) or isinstance(values[0] if values else None, ProbeResults)
                        outcome = time_limit.call_limited(lambda judged: self.judge(*judged), values, JUDGE_SECONDS,
                                                          None if own_code else LIBRARY_JUDGE_WALL_SECONDS)
                    except time_limit.CallTimedOut:
                        if any(isinstance(v, ProbeResults) for v in values):  # round 15, E1: what their function gave
                            return Outcome(WRONG_TYPE, "Checking what your function returned did not finish within "
                                           f"{JUDGE_SECONDS:g} s: a method of a value it returned (an object of your "
                                           "own class, such as a subclass of str) ran without end and was stopped. "
                                           "Return plain values (texts, numbers), then check again.", ANSWER_NEVER_READ)
                        if not own_code:  # the libraries' objects only: the checker's limit
                            return Outcome(CANNOT_JUDGE, "Checking your answer took longer than the checker allows "
                                           f"({JUDGE_SECONDS:g} s of computing) and was stopped. Your answer is made of "
                                           "the libraries' own objects, so this is not your mistake: run the check "
                                           "again, and if it says this again, tell your instructor.")
                        return Outcome(WRONG_TYPE, f"Checking your answer did not finish within {JUDGE_SECONDS:g} s: "
                                       "a method of an object of your own class (inside a table, a list or a dict) ran "
                                       "without end and was stopped. Give plain values (numbers, texts, lists and dicts "
                                       "of them), then check again.", ANSWER_NEVER_READ)
                if not isinstance(outcome, Outcome):
                    raise TypeError(f"judge returned {type(outcome).__name__}")
                one_number = values and sum(map(shows_a_number, values)) == 1  # a range's ends: said by its judge
                if values and isinstance(values[0], ProbeResults):
                    outcome = with_threads_noted(with_prints_noted(outcome, values[0]), values[0])
                return with_parts(with_the_figure(outcome, values[0]) if one_number else outcome, self.parts, values)
        except UndeclaredMisconception:  # a course bug, raised only in strict mode (CI)
            raise
        except Exception as exc:  # the checker's own failure is reported, not raised
            unreadable = unreadable_message(values)  # an answer whose own methods raise: say which, not "could not"
            if unreadable is not None:
                return Outcome(WRONG_TYPE, unreadable)
            last = traceback.extract_tb(exc.__traceback__)[-1]
            return Outcome(CANNOT_JUDGE, "The checker could not judge this answer "
                           f"({type(exc).__name__} at {last.name}). Look at the value you gave; "
                           "if it looks right, tell your instructor.")

    def evaluate(self, namespace: dict) -> Outcome:
        return self.judge_values([namespace.get(name, MISSING) for name in self.reads])

    # ----- the student's API -------------------------------------------------
    def check(self, *values) -> None:
        """Check your answer (read from the notebook's variables) and show the verdict."""
        if values:
            outcome = self.judge_values(list(values))
        elif stale := answer_cell.stale_answer(self.reads):  # the answer cell raised
            outcome = Outcome(CANNOT_JUDGE, answer_cell.message(*stale))
        else:
            outcome = self.evaluate(user_namespace())
        if self.records_attempts:
            attempts.record(self.lesson, self.id, outcome.passed)
        show(self.feedback(outcome))
        if modes.strict_mode() and self.fails_strict(outcome):
            raise modes.CheckFailed(f"{self.id}: {outcome.status}: {outcome.message}")

    # ----- hooks a kind of question may change (e.g. a written brief that is only recorded) -----
    records_attempts = True  # whether check() counts towards the student's progress file

    def feedback(self, outcome: Outcome) -> Feedback:
        """The box a student sees for ``outcome``; a recorded written answer gets its self-check list."""
        shown = feedback_for(self.id, outcome)
        if outcome.status == RECORDED and self.rubric:
            shown.body = f"{outcome.message} Check it yourself: does your answer cover these?".strip()
            shown.items = tuple(self_check(self.rubric))
        return shown

    def fails_strict(self, outcome: Outcome) -> bool:
        """Whether strict mode (CI running the solutions) treats ``outcome`` as a failed check.

        A recorded written answer is not a failure: there is nothing for the computer to fail."""
        return not outcome.passed and outcome.status != RECORDED

    def hint(self, number: int | None = None) -> None:
        """Show the next hint (or hint ``number``, counting from 1)."""
        if not self.hints:
            show(Feedback(f"{self.id}: no hints", "This question has no hints; reread the question."))
            return
        if number is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints))
            number = self._hints_shown
        if not 1 <= number <= len(self.hints):
            show(Feedback(f"{self.id}: hints", f"There are hints 1 to {len(self.hints)}."))
            return
        more = " Call hint() again for the next one." if number < len(self.hints) else ""
        show(Feedback(f"{self.id}: hint {number} of {len(self.hints)}", self.hints[number - 1] + more))

    def solution(self) -> None:
        """Show a worked solution, unless your instructor has turned solutions off."""
        if modes.assignment_mode():
            show(Feedback(f"{self.id}: solution hidden",
                           "Your instructor has turned solutions off for this assignment. Try the hints."))
            return
        code = self.solution_code
        if code is None:
            show(Feedback(f"{self.id}: no worked solution",
                           "Worked solutions are not part of this assignment. Try the hints, "
                           "or ask your instructor."))
            return
        show(Feedback(f"{self.id}: solution", self.explanation, code=code))

    def show_mistake(self, *values) -> None:
        """For solution notebooks: show what a student with this wrong answer sees.

        In strict mode it raises if the check wrongly accepts the answer, which
        proves in CI that every check can fail.
        """
        outcome = self.judge_values(list(values))
        show(self.feedback(outcome))
        if modes.strict_mode() and outcome.passed:
            raise modes.CheckFailed(f"{self.id}: a known-wrong answer was accepted")
