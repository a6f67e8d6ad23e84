"""What the grading tests build their classes from: one notebook builder, one CSV reader, one course folder.

Not a test module: the grading tests import it (pytest puts tests/grading/ on the path), so a
submission is written one way everywhere and the fixture class of ``test_grading.py`` is the
same class ``test_grading_engines.py`` grades through the kernel path.
"""
from __future__ import annotations

import csv
import io
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import nbformat

from netcrime import paths
from netcrime.grading import Limits

SETUP = "from netcrime.checks.lesson00 import q1, q2, q3"
# 5 s a cell: runaway's endless loop runs that long in each engine before its interrupt (it was 10 s; round 9). The
# heaviest honest cell, importing the checks and Altair in a fresh kernel of the kernel engine, is about 1 CPU-s.
LIMITS = Limits(cell_timeout=5, notebook_timeout=60, call_timeout=1.0, memory_mb=2048)


def notebook(cells, lesson: str | None = "00") -> nbformat.NotebookNode:
    """A notebook of code cells (a cell written "md:..." is markdown), tagged with ``lesson`` unless None."""
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(c[3:]) if c.startswith("md:") else nbformat.v4.new_code_cell(c)
        for c in cells])
    if lesson is not None:
        nb.metadata["netcrime"] = {"lesson": lesson}
    return nb


def write(folder: Path, name: str, cells, lesson: str | None = "00") -> Path:
    """Write ``notebook(cells, lesson)`` as ``folder/name.ipynb`` (folders made as needed)."""
    path = folder / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook(cells, lesson), path)
    return path


def read_csv(path: Path) -> list[dict]:
    """The rows of a CSV the grader wrote (UTF-8 with a BOM, for spreadsheets)."""
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@dataclass(frozen=True)
class Course:
    """An instructor's folder for one test module: its own copy of the data and an extra-checks file."""

    root: Path
    data: Path
    extra: Path


def executed_outputs(out: Path, student: str) -> list[list[tuple]]:
    """Per code cell of a kept executed notebook: (type, stream name, text or error name) of each output."""
    import json

    nb = json.loads((out / "executed" / f"{student}.ipynb").read_text(encoding="utf-8"))
    return [[(o["output_type"], o.get("name"), o.get("text") or o.get("data", {}).get("text/plain") or o.get("ename"))
             for o in cell["outputs"]] for cell in nb["cells"] if cell["cell_type"] == "code"]


def count_server_starts(monkeypatch) -> list[str]:
    """The key of every fork server started from now on in this test (each still starts: this only counts)."""
    from netcrime.grading import fork_servers

    started, real = [], fork_servers.ForkServer.__init__

    def counting(self, env, key=""):
        started.append(key)
        real(self, env, key)

    monkeypatch.setattr(fork_servers.ForkServer, "__init__", counting)
    return started


def processes() -> dict[int, tuple[int, str, bytes]]:
    """pid -> (parent pid, state, command line) of every live process (the fork server tests watch its tree)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        found[int(entry.name)] = (int(fields[1]), fields[0], cmdline)
    return found


def descendants(root: int, table: dict) -> set[int]:
    """Every process below ``root`` in ``table`` (``processes()``)."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def course_folder(root: Path, extra_checks: str) -> Course:
    """Copy the course data under ``root`` (submissions may try to vandalise it) and write the extra checks."""
    data = root / "data"
    shutil.copytree(paths.data_dir(), data)
    extra = root / "extra_checks.py"
    extra.write_text(extra_checks, encoding="utf-8")
    return Course(root, data, extra)


# ---------------------------------------------------------------- the fixture class
EXTRA = '''
import pandas as pd
from netcrime.checks.vegalite import chart
from netcrime.checks.compare import frame
from netcrime.checks.outcome import correct, incorrect, not_attempted, wrong_type
from netcrime.checks.question import Question


def _double(results):
    if any(v is Ellipsis for v in results.values()):
        return not_attempted()
    if all(out == 2 * x for x, out in results.items()):
        return correct("It doubles.")
    if all(out == x + 1 for x, out in results.items()):
        return incorrect("It adds one instead of doubling.", "plus_one")
    return incorrect("It does not double every input.")


def _note(value):
    if value is Ellipsis:
        return not_attempted()
    if not isinstance(value, str):
        return wrong_type("Write your answer as text.")
    if "boom" in value:
        raise RuntimeError("a bug in the checker")
    return correct("Thank you.") if value.strip() else not_attempted()


EXTRA_QUESTIONS = {"00": [
    Question(id="x_double", lesson="00", prompt="", reads=("double",), judge=_double, probe=lambda: [1, 2, 5]),
    # The same function probed on other inputs by a second question.
    Question(id="x_double_big", lesson="00", prompt="", reads=("double",), judge=_double, probe=lambda: [10, 100]),
    Question(id="x_chart", lesson="00", prompt="", reads=("fig",),
             judge=chart(mark="bar", encodings={"x": {"field": "k", "type": "nominal"}},
                         require_title=False, require_description=False)),
    Question(id="x_table", lesson="00", prompt="", reads=("table",),
             judge=frame(pd.DataFrame({"k": ["a", "b"], "n": [1, 2]}))),
    Question(id="x_note", lesson="00", prompt="", reads=("note",), judge=_note, collect=True, points=2),
]}
'''

# Lesson 00's graded questions (q4-q7 since round 6: its on-ramp objectives), then the extra checks.
QUESTIONS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "x_double", "x_double_big", "x_chart", "x_table", "x_note"]

# Right answers to lesson 00's q4-q7, as a student writes them (one cell).
Q4_TO_Q7 = ("import re\nimport altair as alt\nfrom netcrime import data\nfigures = data.release_figures()\n"
            "suspects_chart = alt.Chart(figures[figures['unit'] == 'suspects']).mark_bar().encode(x='value:Q', "
            "y='id:N')\n"
            "operations_suspects = 138 + 712\n"
            "gangs_by_subset = figures[figures['unit'] == 'gangs'].groupby('subset')['value'].sum()\n"
            "sentence = data.release_sources().set_index('source_id').loc['S09', 'excerpt']\n"
            "floor_numbers = re.findall(r'[\\d.万]+余', sentence)")

CHART_OK = ("import altair as alt, pandas as pd\n"
            "fig = alt.Chart(pd.DataFrame({'k': ['a'], 'n': [1]})).mark_bar().encode(x='k:N', y='n:Q')")


def submissions(folder: Path, real_data: Path) -> None:
    """The fixture class: one notebook per case."""
    folder.mkdir(parents=True)
    write(folder, "correct", [SETUP, "gangs = 1626", "q1.check()", "detained = 2.35 * 10_000", "q2.check()",
                              "counted = 'b'", "q3.check()", "def double(x):\n    return 2 * x", CHART_OK,
                              "import pandas as pd\ntable = pd.DataFrame({'k': ['b', 'a'], 'n': [2, 1]})",
                              "note = 'It counts police activity, not crime.'", Q4_TO_Q7])
    write(folder, "miscon_a", [SETUP, "gangs = 133", "detained = 2350", "counted = 'c'",
                               "def double(x):\n    return x + 1",
                               "import pandas as pd\ntable = pd.DataFrame({'k': ['a', 'b'], 'n': [1, 3]})",
                               # A chart's spec as a plain dict (what to_dict() gives): not the chart (round 11).
                               "fig = {'mark': 'bar', 'encoding': {'x': {'field': 'k', 'type': 'nominal'}}}",
                               "note = ''"])
    write(folder, "miscon_b", [SETUP, "gangs = 1.626", "detained = 2350000", "counted = 'a'",
                               # A chart with the field typed as a quantity: named through the grader's codec.
                               "import altair as alt\nimport pandas as pd\n"
                               "fig = alt.Chart(pd.DataFrame({'k': ['a']})).mark_bar().encode(x='k:Q')",
                               "note = 'boom'"])
    write(folder, "wrong_types", [SETUP, "gangs = 'lots'", "import pandas as pd\ndetained = pd.Series([1, 2])",
                                  "counted = 2", "double = 5", "fig = 'a chart'", "table = 'x'", "note = 42",
                                  "suspects_chart = 3\noperations_suspects = 'many'\ngangs_by_subset = 5\n"
                                  "floor_numbers = 7"])
    write(folder, "placeholders", [SETUP, "# your code here\ngangs = ...", "q1.check()", "detained = ...",
                                   "counted = ...", "def double(x):\n    # your code here\n    return ...",
                                   "fig = ...", "table = ...", "note = ..."])
    write(folder, "tamper", [  # edited and redefined checks, monkeypatched package; cells reordered and copied
        "counted = 'a'", "md:Some notes", "detained = 23500", SETUP, "gangs = 1626",
        "detained = 1  # a copied cell, run last",
        "q2.check = lambda *a: print('q2: Correct')\nq2.check()",
        "def check(*args):\n    print('Correct')",
        "import netcrime.checks.lesson00 as L\nfrom netcrime.checks.outcome import correct\n"
        "L.q2.judge = lambda *a: correct()\nL.q3.judge_values = lambda *a: correct()",
        "import netcrime.checks.question as Q\nQ.Question.judge_values = lambda self, v: correct()",
        "import netcrime.data as D\nD.figure = lambda *a: 1",
        "import sys\nsys.modules['netcrime.checks.lesson00'].QUESTIONS = []",
    ])
    write(folder, "other_lesson", ["gangs = 1626"], lesson="01")
    write(folder, "no_lesson", ["gangs = 1626"], lesson=None)
    (folder / "not_json.ipynb").write_text("{not json", encoding="utf-8")
    (folder / "binary.ipynb").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    (folder / "json_not_nb.ipynb").write_text("[1, 2, 3]", encoding="utf-8")
    # Its endless loops wait in each pass rather than spin: the grader stops a cell at its limit with SIGINT and a
    # call at call_timeout with SIGALRM, and Python raises from either signal the same way whether the loop was
    # spinning or sleeping, so the same rows prove the same stops; spinning burned a core for 7 s in each engine
    # (14 of test_grading.py's 26 CPU-s; benchmarks/results/test_suite.md, round 10). A spinning call is stopped in
    # test_grading_parts.py (test_extraction_reads_names_probes_and_stops_endless_calls).
    write(folder, "runaway", [  # an infinite loop, a memory bomb, a flood of output, a huge answer
        SETUP, "gangs = 1626", "import time\nwhile True:\n    time.sleep(0.01)", "big = bytearray(8 * 1024 ** 3)",
        "print('x' * 12_000_000)", "detained = 'y' * 10_000_000", "counted = 'b'",
        # A function answer that never returns for one input (each call is stopped after call_timeout, the other
        # inputs still answer: x_double_big's inputs never loop).
        "def double(x):\n    import time\n    while x == 1:\n        time.sleep(0.01)\n    return 2 * x",
        "class Endless:\n    def __repr__(self):\n        import time\n        while True:\n            time.sleep(0.01)\n"
        "table = Endless()",
        "import resource\nnote = 'limit ' + str(resource.getrlimit(resource.RLIMIT_AS))"])
    # A cell that ignores the interrupt: it sleeps rather than burn a core for its 5 + 5 s (runaway's loop is the
    # one stopped by the interrupt); ignoring SIGINT is what makes it stubborn.
    write(folder, "stubborn", [SETUP, "gangs = 1626",
                               "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n"
                               "    time.sleep(1)",
                               "counted = 'b'"])
    write(folder, "crasher", [SETUP, "gangs = 1626", "import os\nos._exit(1)", "detained = 23500",
                              "import ctypes\nctypes.string_at(0)", "counted = 'b'"])
    victim = write(folder, "zoe", [SETUP, "gangs = 1626", "detained = 23500", "counted = 'b'"])
    write(folder, "vandal", [SETUP, textwrap.dedent(f"""\
        import os, shutil
        shutil.rmtree(os.environ['NETCRIME_DATA_DIR'])
        open({str(real_data / 'release_figures.csv')!r}, 'w').write('garbage')
        for name in os.listdir('.'):
            os.remove(name)
        try:
            os.remove({str(victim)!r})
        except OSError:
            pass
        open('../escaped.txt', 'w').write('x')"""), "gangs = 1626"])
    # A folder per student; no lesson metadata: the lesson comes from the import.
    write(folder / "erin", "my work (final)", ["from netcrime.checks.lesson00 import q1", "gangs = 1626"],
          lesson=None)
