"""The fork engine's processes: the server and its children end with the grader, sandboxed or not.

A grader killed with SIGKILL runs no clean-up code, so only the kernel can stop
what it started: bubblewrap's ``--die-with-parent`` for the sandboxed server, and
``prctl(PR_SET_PDEATHSIG)`` in the server, each supervisor and each runner.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grading_fixtures import LIMITS, descendants, executed_outputs, processes, write
from netcrime.checks import registry

pytestmark = pytest.mark.kernel  # starts a fork server: `make test`, not `make check`

SERVER = b"netcrime.grading.fork_server"


def _alive(pids: set[int]) -> set[int]:
    table = processes()
    return {pid for pid in pids if pid in table and table[pid][1] != "Z"}  # a zombie has ended


@pytest.mark.parametrize("isolation", ["sandbox", "no-sandbox"])
def test_fork_server_and_children_die_with_a_killed_grader(tmp_path, isolation):
    subs = tmp_path / "subs"
    write(subs, "sleeper", ["import time\ntime.sleep(120)", "gangs = 1626"])
    cmd = [sys.executable, "-m", "netcrime", "grade", str(subs), "--out", str(tmp_path / "out"), "--quiet",
           "--jobs", "1", "--lesson", "00"] + (["--no-sandbox"] if isolation == "no-sandbox" else [])
    grader = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.monotonic()
        tree: set[int] = set()
        while time.monotonic() - started < 180:  # until the server runs the sleeping notebook
            table = processes()
            tree = descendants(grader.pid, table)
            servers = [pid for pid in tree if SERVER in table[pid][2]]
            # server -> supervisor -> runner: the notebook is running
            if servers and any(len(descendants(pid, table)) >= 2 for pid in servers):
                break
            assert grader.poll() is None, "the grader ended before the notebook started"
            time.sleep(0.2)
        else:
            pytest.fail("the fork server never ran the notebook")
        grader.send_signal(signal.SIGKILL)
        grader.wait()
        deadline = time.monotonic() + 15
        while _alive(tree) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _alive(tree)
        assert not left, [(pid, processes().get(pid)) for pid in left]
    finally:
        if grader.poll() is None:
            grader.kill()
            grader.wait()


@pytest.fixture
def server_logs(monkeypatch):
    """A fresh --no-sandbox fork server for the test (a shared one may hold lessons an earlier test loaded), and a
    function that stops the --no-sandbox servers and gives the log of each it stopped (read just before its folder is
    removed). Only theirs: in a worker that ran other grading files, a sandboxed server can be trimmed (MAX_IDLE) while
    the test grades, and its log is not this test's (round 17's integration saw two logs). The sandboxed server other tests of this process share is left running."""
    from netcrime.grading import fork_servers

    def stop_unsandboxed() -> None:
        for server in fork_servers.running():
            if not server.sandboxed:
                fork_servers.discard(server)

    stop_unsandboxed()
    logs, real = [], fork_servers.ForkServer.stop

    def keeping(self):  # only the --no-sandbox servers': a sandboxed one trimmed meanwhile (MAX_IDLE) is not this test's
        log = self.folder / "server.log"
        if not self.sandboxed and log.exists():
            logs.append(log.read_text(errors="replace"))
        real(self)

    monkeypatch.setattr(fork_servers.ForkServer, "stop", keeping)

    def stopped() -> list[str]:
        stop_unsandboxed()
        return logs

    return stopped


def _preloaded(log: str) -> list[str]:
    """The lessons the server said it held after its last lesson load (``fork_server.preload_lesson``)."""
    said = [line.split(":", 2)[2].split() for line in log.splitlines()
            if line.startswith("preload: lessons in this server:")]
    return said[-1] if said else []


def test_fork_engine_grades_without_bubblewrap(tmp_path, server_logs):
    """--no-sandbox: no bubblewrap around the server, but each child still gets a private /tmp with its data,
    and still sees the student build (in the host's /tmp here): ``netcrime.setup()`` imports a module the
    server never preloaded, which failed in every child before (each check cell then raised).
    The server loads the checks of the lesson graded, and no other lesson's."""
    from netcrime.grading import grade

    subs = tmp_path / "subs"
    marker = f"netcrime-test-{os.getpid()}"
    write(subs, "bob", ["import netcrime\nnetcrime.setup()\nfrom netcrime.checks.lesson00 import q1", "gangs = 1626",
                        f"import os\nopen('/tmp/{marker}', 'w').write('x')\nfrom netcrime import data\n"
                        "assert os.environ['NETCRIME_DATA_DIR'] == '/tmp/data' and len(data.release_figures())"])
    [record] = grade([subs], tmp_path / "out", lesson="00", jobs=1, limits=LIMITS, show_progress=False,
                     sandbox=False)
    assert record.engine == "fork" and not record.isolated and record.problems == []
    assert {q.id: q.status for q in record.questions}["q1"] == "correct"
    assert not Path(f"/tmp/{marker}").exists()  # written into the child's own /tmp
    outputs = executed_outputs(tmp_path / "out", "bob")
    assert not [o for cell in outputs for o in cell if o[0] == "error"], outputs
    [log] = server_logs()
    assert _preloaded(log) == ["00"], log


def test_one_server_grades_a_mixed_class_loading_each_lesson_once(tmp_path, server_logs):
    """A grader open for any lesson (the API, a Dask worker): the server loads lesson 00's checks for the
    first notebook, lesson 01's for the second, before forking each child; each row is its lesson's."""
    from netcrime.grading import Grader, find_submissions, grade_submission

    ann = write(tmp_path, "ann", ["from netcrime.checks.lesson00 import q1", "gangs = 1626"])
    ben = write(tmp_path, "ben", ["from netcrime.checks.lesson01 import q1", "from_chinese = 5"], lesson="01")
    cid = write(tmp_path, "cid", ["gangs = 7"])
    with Grader.open(limits=LIMITS, sandbox_=False) as grader:
        records = [grade_submission(sub, grader) for sub in find_submissions([ann, ben, cid])]
        lessons = {r.student: r.lesson for r in records}
        status = {r.student: {q.id: q.status for q in r.questions} for r in records}
    assert lessons == {"ann": "00", "ben": "01", "cid": "00"}
    assert all(r.engine == "fork" and r.problems == [] for r in records), [(r.student, r.problems) for r in records]
    assert status["ann"]["q1"] == "correct" and status["cid"]["q1"] != "correct"
    assert sorted(status["ben"]) == sorted(q.id for q in registry.questions("01"))
    assert status["ben"]["q1"] != "correct"
    [log] = server_logs()
    said = [line for line in log.splitlines() if line.startswith("preload: lessons in this server:")]
    assert [line.split(":", 2)[2].split() for line in said] == [["00"], ["00", "01"]], log  # each lesson once


def test_the_lesson_header_is_checked_before_anything_loads(monkeypatch, capsys):
    """Only a known two-digit lesson id is loaded; a lesson that cannot load in the server is left to the child."""
    from netcrime.checks import registry as lessons
    from netcrime.grading import fork_server

    monkeypatch.setattr(fork_server, "_TRIED", set())
    for bad in (None, 0, "0", "../x", "0a", "99", "001"):
        assert fork_server.preload_lesson(bad) is False
    assert "99" in fork_server._TRIED  # asked once, not looked up again

    def broken(lesson):
        raise RuntimeError("reads data on import")

    monkeypatch.setattr(lessons, "lesson_module", broken)
    monkeypatch.delitem(sys.modules, "netcrime.checks.lesson05", raising=False)
    assert fork_server.preload_lesson("05") is False
    assert "preload: lesson 05 not preloaded (RuntimeError)" in capsys.readouterr().err
