"""Write tests/file_durations.json (seconds per test file) from a JUnit report of a full run.

`make test` hands whole files to its workers slowest first (conftest.py), so
they finish close together; this table says which files are slow. Refresh it
after adding or changing slow tests:

    .venv/bin/python -m pytest -n 3 --dist loadfile --no-loadscope-reorder --junitxml=/tmp/run.xml
    .venv/bin/python tools/file_durations.py /tmp/run.xml

It also prints the table (slowest first), which is the per-file breakdown
benchmarks/results/test_suite.md reports.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "file_durations.json"


def file_of(classname: str) -> str:
    """tests.grading.test_dask -> tests/grading/test_dask.py; notebooks.00_start_here.ipynb -> notebooks/00_start_here.ipynb."""
    if classname.endswith(".ipynb"):
        return classname[: -len(".ipynb")].replace(".", "/") + ".ipynb"
    return classname.replace(".", "/") + ".py"


def durations(report: Path) -> tuple[Counter, Counter]:
    seconds, tests = Counter(), Counter()
    for case in ET.parse(report).iter("testcase"):
        name = file_of(case.get("classname") or "")
        seconds[name] += float(case.get("time") or 0.0)  # setup + call + teardown
        tests[name] += 1
    return seconds, tests


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("Give the JUnit XML report of a full run (pytest --junitxml=PATH).", file=sys.stderr)
        return 2
    seconds, tests = durations(Path(argv[0]))
    missing = [name for name in seconds if not (ROOT / name).is_file()]
    if missing:
        print(f"These names in the report are not files here: {', '.join(missing[:5])}", file=sys.stderr)
        return 2
    TABLE.write_text(json.dumps({k: round(v, 1) for k, v in seconds.most_common()}, indent=1) + "\n",
                     encoding="utf-8")
    total = sum(seconds.values())
    print(f"| file | tests | seconds | share |\n| --- | ---: | ---: | ---: |")
    for name, value in seconds.most_common():
        print(f"| {name} | {tests[name]} | {value:.1f} | {100 * value / total:.1f}% |")
    print(f"| total (both workers) | {sum(tests.values())} | {total:.1f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
