"""`make check`'s runner: the fast loop's test files in two plain pytest processes at once (issue #15).

Why not pytest-xdist: on 2 cores its `-n 2` costs about 9 CPU-s more than the tests themselves
(benchmarks/results/test_suite.md, rounds 12 and 13): a controller process, a full collection of every file
in each worker, and about 1 CPU-ms of reports per test sent to the controller. Two plain processes save about
5 of those 9 (each still starts pytest and imports what its files need), about 7% of the whole. The test files
are split into two halves of about equal cost (tests/check_durations.json, seconds per file: CPU time plus time
asleep, as a test waiting for a time limit or a child process holds its half as long as one computing; written by
tools/check_durations.py; the greedy split below), and each half is one ordinary pytest process that
imports and collects only its own files. Both run at once; each prints its own report when it ends, headed by its
CPU-s and the second it ended (whether the halves end together, which is what the table is for), then one line sums
them, and the exit status is non-zero if either half failed.

The few files that spend much of their time asleep (tests/check_sleeps.json, from the same measure: waiting for a
time limit to stop a call, for a child process) run in a third process beside the halves: while one of them sleeps,
the two halves keep both cores busy, where in a half its sleep would leave a core idle. "Asleep" counts a child
process's work too (the process waits for it), so the share asked is 40%, not more: test_time_limit waits for time
limits (3.8 of its 7.7 s in round 17's table: a spinning call runs until it has computed its limit, so the file
computes too), test_supported_python for interpreters that only print their version, test_sampled_cases for a
pytest that only collects; test_grading_parts' children build and compile (2.1 of its 4.9 s) and
test_review_round15_lead's draw (0.9 of 1.6 s), so both are in the third part too. The three parts share the two
cores; what matters is that the two halves end together (each part's report says when it ended).

- Each half keeps its own cache (`-o cache_dir=.pytest_cache/check-1` and `-2`), so `--lf` works: with
  `--lf`, only the halves that recorded failures run (the other half has nothing to rerun).
- Both halves get the same `--randomly-seed` (chosen here unless given), printed once.
- On Linux the halves are forked from this process after it has imported what both would import first (pytest,
  numpy, pandas, Altair: about 0.7 CPU-s each), rather than started afresh; each then runs `pytest.main` as
  `python -m pytest` would. Elsewhere (macOS, where a process that has loaded some system libraries must not
  fork; Windows, which cannot) each half is a new process. Nothing that pytest rewrites for its asserts is imported
  before the fork (the pytest plugins' packages: hypothesis, nbval, pytest-randomly, pytest-xdist, anyio,
  platformdirs).
- Before the fork this process also fills the course's caches that every half would fill for itself (round 17: about
  0.6 CPU-s a process): it imports the checks package (every lesson's judges), compiles the claims' patterns
  (``netcrime.precompile``) and runs each lesson's worked solutions for its right answers (``worked.answers``). The
  course reads its settings (``NETCRIME_PROGRESS_FILE``, the data folder, strict mode) when a check runs, not on
  import, so the test set-up's values still hold; a course that fails to import here fails in the halves' tests,
  which say why. Nothing that draws or shows a widget runs here: vl-convert's drawing and IPython's shell start
  threads, which a fork must not copy (so the lessons' own cells, ``worked.in_lesson``, are left to the halves:
  lesson 02's draws a picture, lesson 04's shows a widget). Should the warm-up leave a new thread anyway, the parts
  start afresh instead of forked, with a line saying so. What it leaves is then frozen (``gc.freeze``), so the
  halves' garbage collections never walk it.
- Each forked half freezes its objects at the end, before pytest's own last collections (``freeze_at_end``): an
  exception ignored in a finalizer of garbage left at the very end is then not reported (one during a test still is).
- anyio's pytest plugin is not loaded (``-p no:anyio``): no test uses it.
- Arguments are passed on to both halves (`make check ARGS="-k lesson03"`). When they name a test file or
  folder (`make check ARGS=tests/checks/test_engine.py`), one process runs them, with pytest's usual cache.

    PYTHONPATH=src .venv/bin/python tools/make_check.py [pytest arguments]
"""
from __future__ import annotations

import atexit
import gc
import importlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "check_durations.json"
SLEEPS = ROOT / "tests" / "check_sleeps.json"  # of each file's seconds in TABLE, those asleep (where any)
# A file asleep at least this long, for at least this share of its seconds, runs in the third process
WAITING_SECONDS = 0.2
WAITING_SHARE = 0.4
# What `make check` runs: everything without a kernel or a browser, property tests at 5 examples each.
# anyio's pytest plugin is left out: no test uses it, and loading it costs each process about 0.15 CPU-s.
OPTIONS = ["-m", "not kernel and not browser and not slow", "--hypothesis-profile=check", "-q", "-p", "no:anyio"]
HALVES = 2
LAST_FAILED = {"--lf", "--last-failed"}
_COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped|deselected|xfailed|xpassed|warnings?)\b")


def test_files(root: Path = ROOT) -> list[str]:
    """The test files under tests/, as pytest finds them (test_*.py), relative to the repository."""
    return sorted(path.relative_to(root).as_posix() for path in (root / "tests").rglob("test_*.py"))


def split(files: list[str], seconds: dict[str, float], parts: int = HALVES) -> list[list[str]]:
    """Files in `parts` groups of about equal cost: costliest first, each to the group with least so far.

    A file missing from the table is given the median cost (a new file is neither free nor the costliest).
    """
    known = sorted(seconds.values())
    guess = known[len(known) // 2] if known else 1.0
    groups: list[list[str]] = [[] for _ in range(parts)]
    totals = [0.0] * parts
    for name in sorted(files, key=lambda name: (-seconds.get(name, guess), name)):
        lightest = totals.index(min(totals))
        groups[lightest].append(name)
        totals[lightest] += seconds.get(name, guess)
    return [sorted(group) for group in groups]


def waiting(files: list[str], seconds: dict[str, float], asleep: dict[str, float]) -> list[str]:
    """The files that spend much of their time asleep (``WAITING_SECONDS``, ``WAITING_SHARE``): a third process's."""
    return sorted(name for name in files if asleep.get(name, 0.0) >= WAITING_SECONDS
                  and asleep[name] >= WAITING_SHARE * seconds.get(name, asleep[name]))


def parts(files: list[str], seconds: dict[str, float], asleep: dict[str, float]) -> list[list[str]]:
    """Two halves of about equal cost, and the waiting files apart as a third part when there are any."""
    apart = waiting(files, seconds, asleep)
    return split([name for name in files if name not in apart], seconds) + ([apart] if apart else [])


def _table(path: Path) -> dict[str, float]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no table: every file counts the same, none apart


def names_paths(args: list[str]) -> bool:
    """Whether the arguments name a test file, folder or node id (then one process runs just those)."""
    return any(not arg.startswith("-") and Path(arg.split("::", 1)[0]).exists() for arg in args)


def cache_dir(half: int) -> str:
    return f".pytest_cache/check-{half + 1}"


def recorded_failures(half: int, root: Path = ROOT) -> bool:
    """Whether this half's cache holds failures from its last run (what `--lf` would rerun)."""
    try:
        return bool(json.loads((root / cache_dir(half) / "v" / "cache" / "lastfailed").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return False


def counts(report: str) -> dict[str, int]:
    """The counts in pytest's last summary line ('3 failed, 1000 passed in 9.1s' -> {'failed': 3, ...})."""
    for line in reversed(report.splitlines()):
        found = _COUNT.findall(line)
        if found:
            return {word.rstrip("s") if word in ("errors", "warnings") else word: int(n) for n, word in found}
    return {}


def summary(totals: dict[str, int]) -> str:
    """'1 failed, 2,270 passed, 2 warnings': failures first, in pytest's words."""
    plural = {"error": "errors", "warning": "warnings"}
    return ", ".join(f"{n:,} {plural.get(word, word) if n != 1 else word}"
                     for word, n in sorted(totals.items(), key=lambda item: item[0] != "failed"))


def combined_status(codes: list[int]) -> int:
    """Non-zero if any half failed; 'no tests collected' (5) only if no half ran a test (a -k may empty one)."""
    failed = [code for code in codes if code not in (0, 5)]
    if failed:
        return failed[0]
    return 0 if 0 in codes else 5


# What every half imports before its first test, imported once before the halves are forked (none of it a package that
# pytest rewrites for its asserts, none of it the course's own: the module docstring says why)
SHARED_IMPORTS = ("pytest", "numpy", "pandas", "altair")


def _threads() -> int:
    """How many threads this process has (Linux: its tasks); 0 where that cannot be read."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def warm_course() -> bool:
    """Before the halves are forked: fill the course's own caches that each half would otherwise fill for itself (the
    module docstring says which and why). Whether forking is still safe: False if this left a new thread."""
    import contextlib
    import io
    import pkgutil

    for name in SHARED_IMPORTS:  # numpy's own threads (OpenBLAS's, made fork-safe by it) are counted before
        importlib.import_module(name)
    threads = _threads()
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the worked solutions print as a notebook would
            checks = importlib.import_module("netcrime.checks")
            for module in pkgutil.walk_packages(checks.__path__, f"{checks.__name__}."):
                importlib.import_module(module.name)
            importlib.import_module("netcrime.precompile").keep_claim_patterns()  # the claims' compiled patterns
            worked = importlib.import_module("netcrime.checks.worked")
            for lesson in importlib.import_module("netcrime.checks.registry").lesson_ids():
                worked.answers(lesson)  # the right answers, from the worked solutions (no drawing, no widget)
    except Exception:  # noqa: BLE001 - a course that does not import or run: the halves' tests say why, not this
        pass
    gc.collect()
    gc.freeze()  # what the halves share is never walked by their collections (tests/conftest.py says why)
    return _threads() <= threads


def freeze_at_end():
    """A pytest plugin for the forked halves: the objects left at the end are set aside (``gc.freeze``) before
    pytest's own last collections (its unraisable-exception check collects twice, each walking the whole heap: about
    0.3 CPU-s a process). The cost: an exception ignored in a finalizer of garbage left at the very end of a half is
    not reported (one raised during a test still is: pytest reports those after each test)."""
    import pytest

    class FreezeAtEnd:
        @pytest.hookimpl(tryfirst=True)
        def pytest_unconfigure(self, config) -> None:
            gc.freeze()

    return FreezeAtEnd()


def can_fork() -> bool:
    """Whether the halves may be forked from this process (Linux; see the module docstring)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class Forked:
    """One half run by ``pytest.main`` in a child forked from this process; ``wait()`` as ``subprocess.Popen``'s."""

    def __init__(self, args: list[str], cwd: Path, env: dict | None, output) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        self.returncode: int | None = None
        self.pid = os.fork()
        if self.pid == 0:
            _run_forked(args, cwd, env, output)

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode


def _run_forked(args: list[str], cwd: Path, env: dict | None, output) -> None:
    """In the child: what `python -m pytest ARGS` run in ``cwd`` with ``env`` would do, its report in ``output``."""
    code = 3  # pytest's 'internal error', if pytest itself could not run
    try:
        os.dup2(output.fileno(), 1)
        os.dup2(output.fileno(), 2)
        # the report goes to the half's file whatever this process's sys.stdout was (a terminal, a capture)
        sys.stdout = open(1, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        os.chdir(cwd)
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        sys.path[0] = os.getcwd()  # `python -m` puts the folder it runs in first, where this file put tools/
        sys.argv = [str(Path(importlib.import_module("pytest").__file__).with_name("__main__.py")), *args]
        code = int(importlib.import_module("pytest").main(args, plugins=[freeze_at_end()]))
    except BaseException:  # noqa: BLE001 - said in the half's report, which the parent prints
        traceback.print_exc()
    finally:
        try:
            atexit._run_exitfuncs()  # what ends a process normally (pytest's and the course's clean-ups at exit)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)  # never back into the parent's code


def _wait_all(processes: list, started: float) -> dict[int, tuple[int, float, float | None]]:
    """{pid: (exit status, seconds from ``started`` to its end, its CPU-s and its children's)} for every part, each
    read when it ends whatever the order (where ``os.wait4`` exists, looked at every 0.05 s; elsewhere in turn, with
    no CPU-s): whether the halves end together is what their balance is for."""
    ended: dict[int, tuple[int, float, float | None]] = {}
    if not hasattr(os, "wait4"):
        for process in processes:
            ended[process.pid] = (process.wait(), time.monotonic() - started, None)
        return ended
    pending = {process.pid: process for process in processes}
    while pending:
        try:
            for pid in list(pending):
                found, status, usage = os.wait4(pid, os.WNOHANG)  # only the parts' own: nothing else is reaped
                if found:
                    code = os.waitstatus_to_exitcode(status)
                    pending.pop(pid).returncode = code  # reaped here: a subprocess.Popen must not wait for it again
                    ended[pid] = (code, time.monotonic() - started, usage.ru_utime + usage.ru_stime)
            time.sleep(0.05 if pending else 0)
        except KeyboardInterrupt:  # the terminal sent Ctrl-C to the parts too: let them print what they have
            continue
    return ended


def run(halves: dict[int, list[str]], options: list[str], cwd: Path = ROOT, env: dict | None = None,
        fork: bool = False, started: float | None = None) -> int:
    """Run each half (its number -> its files) in its own pytest process, all at once; print the reports and a sum.
    With ``fork``, each half is forked from this process after ``SHARED_IMPORTS``, not started afresh. Times are
    counted from ``started`` (``time.monotonic()``; now unless given: ``main`` counts its warm-up too)."""
    started = time.monotonic() if started is None else started
    if fork:
        for name in SHARED_IMPORTS:
            importlib.import_module(name)
    processes = []
    for half, files in halves.items():
        output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        args = [*files, *options, "-o", f"cache_dir={cache_dir(half)}"]
        if fork:
            process = Forked(args, cwd, env, output)
        else:
            process = subprocess.Popen([sys.executable, "-m", "pytest", *args], cwd=cwd, env=env, stdout=output,
                                       stderr=subprocess.STDOUT)
        processes.append((half, output, process))
    ended = _wait_all([process for _, _, process in processes], started)
    codes, totals = [], {}
    for half, output, process in processes:
        code, seconds, cpu = ended[process.pid]
        output.seek(0)
        report = output.read()
        output.close()
        name = f"half {half + 1}" if half < HALVES else f"part {half + 1}, the files that wait"
        used = f", {cpu:.1f} CPU-s" if cpu is not None else ""
        print(f"---- {name} ({len(halves[half])} files): exit {code}{used}, ended at {seconds:.1f} s ----")
        print(report, end="" if report.endswith("\n") else "\n", flush=True)
        codes.append(code)
        for word, n in counts(report).items():
            totals[word] = totals.get(word, 0) + n
    print(f"==== make check: {summary(totals) or 'no summary'} in {time.monotonic() - started:.1f} s "
          f"({len(processes)} processes, exit {', '.join(map(str, codes))}; "
          f"the runner itself {os.times().user + os.times().system:.1f} CPU-s) ====")
    return combined_status(codes)


def main(argv: list[str]) -> int:
    if names_paths(argv):
        return subprocess.call([sys.executable, "-m", "pytest", *OPTIONS, *argv])
    options = [*OPTIONS, *argv]
    if "no:randomly" not in argv and not any(arg.startswith("--randomly-seed") for arg in argv):
        seed = random.getrandbits(32)
        print(f"Random order: --randomly-seed={seed} in every part (add it to ARGS to repeat this order).")
        options.append(f"--randomly-seed={seed}")
    if sys.stdout.isatty() and not any(arg.startswith("--color") for arg in argv):
        options.append("--color=yes")
    halves = dict(enumerate(parts(test_files(), _table(TABLE), _table(SLEEPS))))
    if LAST_FAILED & set(argv):
        with_failures = {half: files for half, files in halves.items() if recorded_failures(half)}
        if with_failures and len(with_failures) < len(halves):
            print(f"--lf: only part {', '.join(str(half + 1) for half in with_failures)} recorded failures; "
                  "the others have nothing to rerun.")
            halves = with_failures
    started = time.monotonic()
    fork = can_fork()
    if fork and not warm_course():
        print("make check: warming the course's caches started a thread; the parts start afresh (not forked).")
        fork = False
    return run(halves, options, fork=fork, started=started)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
