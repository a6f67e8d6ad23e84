"""Write tests/check_durations.json: the seconds each test file holds its process in `make check` (issue #15);
and tests/check_sleeps.json: of those, the seconds asleep, for the files that sleep (0.05 s or more).

`make check` runs its test files in two pytest processes at once, each given half of the files
(tools/make_check.py says why); the halves are balanced by this table. It is measured in one process, with
`make check`'s selection. A file's cost is the CPU time it uses (time.process_time) plus the time it sleeps
(a test that waits for a time limit to stop a call, a child process, a timer): a half's wall time is both,
and a sleeping file leaves its core to the other half only if the other half has work left. Plain wall time
is not used: on a shared machine it measures the neighbours. Sleep is wall time neither on the CPU nor waiting
for one (Linux reports a thread's wait for a CPU in /proc/thread-self/schedstat; elsewhere any wall time
beyond CPU time counts as sleep). A file's cost is its import at collection plus its tests' setup, call and
teardown (a session fixture is charged to the first file that uses it). Refresh it after adding or changing
a costly test file:

    PYTHONPATH=src .venv/bin/python tools/check_durations.py

It also prints the table, costliest first, with each file's sleep. A file missing from the table is given the
median cost, so a stale table only makes the halves less even, never a test wrong.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from make_check import OPTIONS, ROOT, SLEEPS, TABLE  # make check's selection and the tables its runner reads


SCHEDSTAT = Path("/proc/thread-self/schedstat")  # Linux: this thread's time on a CPU, time waiting for one (ns), ...


def waited_for_a_cpu() -> float:
    """Seconds this thread has waited for a CPU while ready to run (0 where the system does not say)."""
    try:
        return int(SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def clocks() -> tuple[float, float, float]:
    return time.perf_counter(), time.process_time(), waited_for_a_cpu()


def cost(started: tuple[float, float, float], ended: tuple[float, float, float]) -> tuple[float, float]:
    """(CPU seconds, seconds asleep) between two readings of ``clocks``."""
    wall, cpu, queued = (end - start for start, end in zip(started, ended))
    return cpu, max(0.0, wall - cpu - queued)


class FileCosts:
    """A pytest plugin: seconds per test file (CPU and asleep), for its module's collection and its tests."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.asleep: Counter[str] = Counter()

    def _add(self, path, started: tuple[float, float, float]) -> None:
        cpu, asleep = cost(started, clocks())
        try:
            name = Path(str(path)).resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return
        self.seconds[name] += cpu + asleep
        self.asleep[name] += asleep

    @pytest.hookimpl(hookwrapper=True)
    def pytest_make_collect_report(self, collector):
        started = clocks()
        yield
        if isinstance(collector, pytest.Module):
            self._add(collector.path, started)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        started = clocks()
        yield
        self._add(item.path, started)


def main(argv: list[str]) -> int:
    costs = FileCosts()
    code = pytest.main(["tests", *OPTIONS, "-p", "no:xdist", "-p", "no:randomly", "-p", "no:cacheprovider", *argv],
                       plugins=[costs])
    if code != 0:
        print(f"pytest exited with {code}: the table is written only from a run that passes.", file=sys.stderr)
        return 1
    TABLE.write_text(json.dumps({k: round(v, 2) for k, v in costs.seconds.most_common()}, indent=1) + "\n",
                     encoding="utf-8")
    SLEEPS.write_text(json.dumps({k: round(v, 2) for k, v in costs.asleep.most_common() if v >= 0.05}, indent=1)
                      + "\n", encoding="utf-8")
    total = sum(costs.seconds.values())
    print("| file | seconds | of which asleep | share |\n| --- | ---: | ---: | ---: |")
    for name, value in costs.seconds.most_common():
        print(f"| {name} | {value:.2f} | {costs.asleep[name]:.2f} | {100 * value / total:.1f}% |")
    print(f"| total | {total:.1f} | {sum(costs.asleep.values()):.1f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
