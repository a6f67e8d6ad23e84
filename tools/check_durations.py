"""Write tests/check_durations.json: the CPU seconds each test file costs in `make check` (issue #15).

`make check` runs its test files in two pytest processes at once, each given half of the files
(tools/make_check.py says why); the halves are balanced by this table. It is measured in one process, with
`make check`'s selection, as CPU time (time.process_time), not wall time: on a shared machine wall time
measures the neighbours. A file's cost is its import at collection plus its tests' setup, call and
teardown (a session fixture is charged to the first file that uses it). Refresh it after adding or
changing a costly test file:

    PYTHONPATH=src .venv/bin/python tools/check_durations.py

It also prints the table, costliest first. A file missing from the table is given the median cost, so a
stale table only makes the halves less even, never a test wrong.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from make_check import OPTIONS, ROOT, TABLE  # make check's selection and the table its runner reads


class FileCosts:
    """A pytest plugin: CPU seconds per test file, for its module's collection and its tests."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()

    def _add(self, path, started: float) -> None:
        try:
            name = Path(str(path)).resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return
        self.seconds[name] += time.process_time() - started

    @pytest.hookimpl(hookwrapper=True)
    def pytest_make_collect_report(self, collector):
        started = time.process_time()
        yield
        if isinstance(collector, pytest.Module):
            self._add(collector.path, started)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        started = time.process_time()
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
    total = sum(costs.seconds.values())
    print("| file | CPU-s | share |\n| --- | ---: | ---: |")
    for name, value in costs.seconds.most_common():
        print(f"| {name} | {value:.2f} | {100 * value / total:.1f}% |")
    print(f"| total | {total:.1f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
