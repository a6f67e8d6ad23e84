"""One fork server per process and course, shared by every grading run (``netcrime.grading.fork_servers``).

Why: each ``grade()`` call started its own server (about 0.8 CPU-s: pandas, Altair, IPython and the course imported
once), 25 times in `make test`. What must still hold: the server never runs a submission (a child forked per
submission does), so nothing one submission does in its child reaches the next one, even through a shared server; a
server that dies is replaced and its submission still gets a graded row; a changed course gets its own server.
Starts are counted, never timed.
"""
from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from grading_fixtures import LIMITS, count_server_starts, descendants, executed_outputs, processes, write
from netcrime import paths
from netcrime.grading import Grader, find_submissions, fork_servers, grade, grade_submission

pytestmark = pytest.mark.kernel  # starts fork servers: `make test`, not `make check`

SERVER = [sys.executable.encode(), b"-m", b"netcrime.grading.fork_server"]  # how its command line begins
RIGHT = ["from netcrime.checks.lesson00 import q1", "gangs = 1626"]


@pytest.fixture
def starts(monkeypatch) -> list:
    """Every server started from here on (counted; each still starts). A server an earlier test of this process left
    for the same course is used as any later run would use it, so a test asserts what it adds, not a fresh count."""
    return count_server_starts(monkeypatch)


def _grade(tmp_path: Path, name: str, cells) -> tuple:
    """Grade one notebook in a run of its own (as a second `grade()` call in the same process would)."""
    subs = tmp_path / f"subs_{name}"
    write(subs, name, cells)
    out = tmp_path / f"out_{name}"
    [record] = grade([subs], out, lesson="00", jobs=1, limits=LIMITS, show_progress=False)
    return record, out


def _q1(record) -> str:
    return {q.id: q.status for q in record.questions}["q1"]


def _last_used():
    """The server of the run that ended last (``running()`` lists the most recently used last)."""
    return fork_servers.running()[-1]


def test_two_grading_runs_share_one_server(tmp_path, starts):
    first, _ = _grade(tmp_path, "ann", RIGHT)
    server, after_first = _last_used(), len(starts)
    second, _ = _grade(tmp_path, "ben", RIGHT)
    assert after_first <= 1 and len(starts) == after_first  # the second run took the first run's server
    assert _last_used() is server and server.alive()
    for record in (first, second):
        assert record.engine == "fork" and record.problems == [] and _q1(record) == "correct", record.problems


def test_a_changed_course_gets_its_own_server(tmp_path, starts):
    """The key is what the server loaded: the same build and data share a server, other data does not."""
    data = tmp_path / "data"
    shutil.copytree(paths.data_dir(), data)
    with Grader.open(limits=LIMITS, lesson="00") as grader:
        grader.start()
    with Grader.open(limits=LIMITS, lesson="00") as grader:
        grader.start()
    assert len(starts) <= 1
    before = len(starts)
    readme = data / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nA line added by a test.\n", encoding="utf-8")
    with Grader.open(limits=LIMITS, lesson="00", data_dir=data) as grader:
        grader.start()
    assert len(starts) == before + 1 and starts[-1] not in starts[:-1]


def test_a_killed_server_is_replaced_between_runs(tmp_path, starts):
    _grade(tmp_path, "ann", RIGHT)
    server, before = _last_used(), len(starts)
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait(timeout=30)
    record, _ = _grade(tmp_path, "ben", RIGHT)
    assert len(starts) == before + 1
    assert record.engine == "fork" and record.problems == [] and _q1(record) == "correct", record.problems
    assert server not in fork_servers.running()


def _runs_a_notebook(server) -> bool:
    """Whether the server has forked a submission's supervisor and runner (server -> supervisor -> runner; with the
    sandbox, bubblewrap's processes sit above the server)."""
    table = processes()
    tree = {server.process.pid} | descendants(server.process.pid, table)
    return any(table[pid][2].split(b"\0")[:3] == SERVER and len(descendants(pid, table)) >= 2
               for pid in tree if pid in table)  # the server itself, not the bubblewrap that names it in its argv


def test_a_server_killed_while_it_runs_a_submission_is_replaced_and_the_row_is_graded(tmp_path, starts):
    """The kill lands while the notebook runs: the connection breaks, the run is tried again on a new server, and the
    student gets a graded row (with the sandbox, the server is bubblewrap's child: its process group is killed)."""
    subs = tmp_path / "subs"
    write(subs, "ann", ["from netcrime.checks.lesson00 import q1", "import time\ntime.sleep(2)", "gangs = 1626"])
    records = []
    with Grader.open(limits=LIMITS, lesson="00") as grader:
        grader.start()
        worker = threading.Thread(target=lambda: records.extend(grade_submission(s, grader)
                                                                 for s in find_submissions([subs])))
        worker.start()
        server, before = _last_used(), len(starts)
        started = time.monotonic()
        while not _runs_a_notebook(server):
            assert worker.is_alive() and time.monotonic() - started < 120, "the server never ran the notebook"
            time.sleep(0.02)
        os.killpg(server.process.pid, signal.SIGKILL)
        worker.join(timeout=240)
    [record] = records
    assert len(starts) == before + 1 and not server.alive()
    assert record.engine == "fork" and record.problems == [] and _q1(record) == "correct", record.problems


def test_a_hostile_submission_cannot_reach_the_next_one_through_the_shared_server(tmp_path, starts):
    """The first submission patches a library, sets a global in the course package and in a lesson module the server
    preloaded, and leaves a file in /tmp; in its own child all of that works (it prints so). The next submission,
    graded by the same server in a later run, sees none of it: its answer, computed with the patched method, is right."""
    mallory, mallory_out = _grade(tmp_path, "mallory", [
        "from netcrime.checks.lesson00 import q1",
        "import pandas as pd\nimport netcrime\nimport netcrime.checks.lesson00 as lesson\n"
        "pd.Series.sum = lambda self, *args, **kwargs: 999\n"
        "netcrime.LEFT_BEHIND = 'mallory'\nlesson.LEFT_BEHIND = 'mallory'\n"
        "open('/tmp/left_behind', 'w').write('mallory')\n"
        "print(pd.Series([1, 2]).sum(), netcrime.LEFT_BEHIND)",
        "gangs = int(pd.Series([1626, 0]).sum())",
    ])
    server, before = _last_used(), len(starts)
    victim, victim_out = _grade(tmp_path, "victim", [
        "from netcrime.checks.lesson00 import q1",
        "import os\nimport pandas as pd\nimport netcrime\nimport netcrime.checks.lesson00 as lesson\n"
        "print(pd.Series([1, 2]).sum(), getattr(netcrime, 'LEFT_BEHIND', None), "
        "getattr(lesson, 'LEFT_BEHIND', None), os.path.exists('/tmp/left_behind'))",
        "gangs = int(pd.Series([1626, 0]).sum())",
    ])
    assert len(starts) == before and _last_used() is server  # both were graded by the one server
    assert ("stream", "stdout", "999 mallory\n") in executed_outputs(mallory_out, "mallory")[1]  # the attack ran
    assert _q1(mallory) != "correct"  # in its own child, its sum is the patched one
    assert ("stream", "stdout", "3 None None False\n") in executed_outputs(victim_out, "victim")[1]
    assert victim.engine == "fork" and victim.problems == [] and _q1(victim) == "correct", victim.problems


def test_a_finished_run_leaves_its_server_waiting_until_the_process_stops_it(tmp_path, starts):
    _grade(tmp_path, "ann", RIGHT)
    server = _last_used()
    assert server.alive() and server.users == 0  # the run is over; its server waits for the next run
    fork_servers.stop_all()
    assert fork_servers.running() == [] and not server.alive() and not server.home.exists()
