"""Record every verdict a test run asks of a judge, to prove that a speed-up changed no verdict (issue #15).

A pytest plugin and a comparison, for engine performance work: run the same tests before and after a change with
this plugin, then compare the two records. Every call of ``Question.judge_values`` and of ``Judge.__call__`` (outer
and nested) is recorded as (the question being judged and the judge's function, the answer's repr) -> (status,
message, misconception, parts); memory addresses are blanked so the same answer in two runs has the same key.

    NETCRIME_RECORD_VERDICTS=/tmp/before PYTHONPATH=tools .venv/bin/python -m pytest tests \
        -m "not kernel and not browser and not slow" --hypothesis-profile=check -q -n 2 -p record_verdicts
    (the same after the change into /tmp/after)
    .venv/bin/python tools/record_verdicts.py /tmp/before /tmp/after

Each test process writes its own file. Answers drawn at random (property tests, random order) differ between runs,
so the comparison is over the keys both runs asked; an answer whose verdict differs within one run (a judge that
reads state) is reported apart and left out. Recording takes time inside each judgement, so a test that shrinks the
check's time limit to a fraction of a second (test_time_limit's live-kernel test, 0.3 s) can fail while recording:
compare the runs' verdicts, not their pass counts.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ENV = "NETCRIME_RECORD_VERDICTS"
_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
_seen: dict[str, str] = {}
_unstable: set[str] = set()


def _plain(text: str) -> str:
    return _ADDRESS.sub("0x?", text)


def _describe(value) -> str:
    """The answer's type and repr. An object of a class the tests define (a test module's, or a function's local
    class) is named by its class only: the time-limit tests give answers whose repr never returns, and calling it
    here, outside the check's own limit, would hang the run it records (two such answers share a key, and a key
    whose verdicts differ is left out as unstable)."""
    kind = type(value)
    if _holds_a_test_class(value):
        return f"{kind.__module__}.{kind.__qualname__}:<holds an object of a test's own class>"
    try:
        return f"{kind.__module__}.{kind.__qualname__}:{_plain(repr(value))}"
    except Exception as error:  # an answer whose repr raises is still an answer
        return f"{kind.__qualname__}:<repr raised {type(error).__name__}>"


def _holds_a_test_class(value, depth: int = 3) -> bool:
    """Whether the value, or an item of a plain list, tuple, set or dict up to ``depth`` levels down, is of a class
    a test defines (read through the built-in types' own methods, never the object's)."""
    kind = type(value)
    if kind.__module__.startswith(("test", "tests.")) or "<locals>" in kind.__qualname__:
        return True
    if depth == 0:
        return False
    if kind in (list, tuple, set, frozenset):
        return any(_holds_a_test_class(item, depth - 1) for item in value)
    if kind is dict:
        return any(_holds_a_test_class(key, depth - 1) or _holds_a_test_class(item, depth - 1)
                   for key, item in dict.items(value))
    return False


_asking: list[str] = []  # the questions being judged now, innermost last: a judge's key says which question asked


def _install() -> None:
    from netcrime.checks import judge as judge_module
    from netcrime.checks import question as question_module

    original = judge_module.Judge.__call__
    original_values = question_module.Question.judge_values

    def recording_values(self, values):
        _asking.append(f"{self.lesson}-{self.id}")
        try:
            outcome = original_values(self, values)
        finally:
            _asking.pop()
        _record(f"question {self.lesson}-{self.id}", tuple(values), outcome)
        return outcome

    def recording_call(self, *values):
        outcome = original(self, *values)
        function = self.function
        name = f"{getattr(function, '__module__', '?')}.{getattr(function, '__qualname__', type(function).__name__)}"
        _record((_asking[-1] if _asking else "-") + " " + name, values, outcome)
        return outcome

    judge_module.Judge.__call__ = recording_call
    question_module.Question.judge_values = recording_values


def _record(name: str, values, outcome) -> None:
    key = _plain(name) + "|" + "|".join(_describe(value) for value in values)
    verdict = _plain(json.dumps([getattr(outcome, "status", repr(outcome)), getattr(outcome, "message", ""),
                                 getattr(outcome, "misconception", None),
                                 repr(getattr(outcome, "parts", ()))], ensure_ascii=False))
    if _seen.setdefault(key, verdict) != verdict:
        _unstable.add(key)


def pytest_configure(config):
    if os.environ.get(ENV):
        _install()


def pytest_unconfigure(config):
    folder = os.environ.get(ENV)
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    out = Path(folder) / f"verdicts_{os.getpid()}.json"
    out.write_text(json.dumps({"seen": _seen, "unstable": sorted(_unstable)}, ensure_ascii=False))


def _load(folder: str) -> tuple[dict[str, str], set[str]]:
    seen: dict[str, str] = {}
    unstable: set[str] = set()
    for path in sorted(Path(folder).glob("verdicts_*.json")):
        record = json.loads(path.read_text())
        unstable |= set(record["unstable"])
        for key, verdict in record["seen"].items():
            if seen.setdefault(key, verdict) != verdict:
                unstable.add(key)
    return seen, unstable


def compare(before: str, after: str) -> int:
    """Print how many recorded verdicts agree; return the number that differ."""
    a, unstable_a = _load(before)
    b, unstable_b = _load(after)
    unstable = unstable_a | unstable_b
    both = (a.keys() & b.keys()) - unstable
    differ = sorted(key for key in both if a[key] != b[key])
    print(f"before: {len(a)} answers judged, after: {len(b)}; both: {len(both)} (left out as unstable within a run: "
          f"{len(unstable & (a.keys() & b.keys()))}); same verdict: {len(both) - len(differ)}; different: {len(differ)}")
    for key in differ[:20]:
        print("DIFFERENT:", key[:300], "\n  before:", a[key][:300], "\n  after: ", b[key][:300])
    return len(differ)


if __name__ == "__main__":
    sys.exit(1 if compare(sys.argv[1], sys.argv[2]) else 0)
