"""`make check`'s runner (tools/make_check.py): two plain pytest processes on halves of the test files."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("make_check_tool", __import__("pathlib").Path(__file__).resolve()
                                               .parents[1] / "tools" / "make_check.py")
runner = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = runner
_spec.loader.exec_module(runner)


def test_the_halves_hold_every_test_file_once_and_cost_about_the_same():
    files = runner.test_files()
    seconds = json.loads(runner.TABLE.read_text(encoding="utf-8"))
    halves = runner.split(files, seconds)
    assert len(halves) == 2 and sorted(halves[0] + halves[1]) == files
    measured = runner.split([name for name in files if name in seconds], seconds)
    costs = [sum(seconds[name] for name in half) for half in measured]
    assert abs(costs[0] - costs[1]) <= max(seconds.values()), costs  # greedy: within the costliest file


def test_files_that_mostly_wait_run_apart_as_a_third_part():
    seconds = {"a": 4.0, "b": 3.0, "c": 3.0, "sleepy": 4.0, "builds": 3.0}
    asleep = {"sleepy": 2.5, "builds": 0.9}  # "builds" waits for children that work: under half its time
    files = sorted(seconds)
    assert runner.waiting(files, seconds, asleep) == ["sleepy"]
    assert runner.parts(files, seconds, asleep) == [["a", "c"], ["b", "builds"], ["sleepy"]]
    assert runner.parts(files, seconds, {}) == runner.split(files, seconds)  # nothing waits: two halves
    table, sleeps = json.loads(runner.TABLE.read_text()), json.loads(runner.SLEEPS.read_text())
    real = runner.parts(runner.test_files(), table, sleeps)
    assert sorted(name for part in real for name in part) == runner.test_files()
    assert len(real) == 3 and "tests/checks/test_time_limit.py" in real[2]


def test_a_file_missing_from_the_table_counts_as_the_median():
    halves = runner.split(["a", "b", "c", "new"], {"a": 5.0, "b": 1.0, "c": 1.0})
    assert halves == [["a"], ["b", "c", "new"]]  # the new file costs 1 (the median), so 5 against 3


def test_arguments_that_name_files_run_one_process_and_options_do_not(repo_root, monkeypatch):
    monkeypatch.chdir(repo_root)
    assert runner.names_paths(["tests/test_make_check.py"])
    assert runner.names_paths(["-x", "tests/checks/test_engine.py::test_something"])
    assert not runner.names_paths(["-k", "lesson03", "--lf", "-x"])


def test_one_summary_counts_both_halves_and_any_failure_fails():
    first = runner.counts("....F\n1 failed, 1000 passed, 3 deselected in 9.1s\n")
    assert first == {"failed": 1, "passed": 1000, "deselected": 3}
    assert runner.counts("2 passed, 1 warning in 1.0s") == {"passed": 2, "warning": 1}
    assert runner.summary({"passed": 2, "failed": 1, "warning": 2}) == "1 failed, 2 passed, 2 warnings"
    assert runner.combined_status([0, 1]) == 1 and runner.combined_status([1, 0]) == 1
    assert runner.combined_status([0, 5]) == 0  # a -k that leaves one half nothing is not a failure
    assert runner.combined_status([5, 5]) == 5 and runner.combined_status([0, 0]) == 0


@pytest.mark.kernel  # starts two pytest processes: `make test`, not `make check`
def test_the_runner_fails_when_one_half_fails(tmp_path, capsys):
    (tmp_path / "test_good.py").write_text("def test_good():\n    assert True\n", encoding="utf-8")
    (tmp_path / "test_bad.py").write_text("def test_bad():\n    assert 1 == 2\n", encoding="utf-8")
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}  # a bare pytest: the runner is what is tested
    status = runner.run({0: ["test_good.py"], 1: ["test_bad.py"]}, ["-q"], cwd=tmp_path, env=env)
    out = capsys.readouterr().out
    assert status == 1, out
    assert "make check: 1 failed, 1 passed" in out, out
    if hasattr(os, "wait4"):  # each part says its CPU-s and when it ended (whether the halves end together)
        assert out.count(" CPU-s, ended at ") == 2, out
    assert runner.recorded_failures(1, tmp_path) and not runner.recorded_failures(0, tmp_path)  # what --lf reruns
    assert runner.run({0: ["test_good.py"]}, ["-q"], cwd=tmp_path, env=env) == 0


@pytest.mark.kernel  # starts a Python that runs two pytest halves: `make test`, not `make check`
def test_forked_halves_start_warm_report_and_fail_as_new_processes_do(tmp_path):
    """`make check` itself: on Linux the halves are forked after the shared imports (a half finds pandas imported
    before its first test), each half's report and the one summary are printed, a failing half fails the run,
    --lf's record lands in that half's cache, and each half ends as a process does (its exit handlers run)."""
    forked = runner.can_fork()
    assert forked == sys.platform.startswith("linux")
    (tmp_path / "test_good.py").write_text(
        "import atexit, pathlib, sys\n"
        "atexit.register(pathlib.Path('ended normally').write_text, 'yes')\n"
        f"def test_good():\n    assert ('pandas' in sys.modules) is {forked}\n", encoding="utf-8")
    (tmp_path / "test_bad.py").write_text("def test_bad():\n    assert 1 == 2\n", encoding="utf-8")
    program = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import make_check as m; "
               "sys.exit(m.run({0: ['test_good.py'], 1: ['test_bad.py']}, ['-q'], cwd=Path('.'), fork=m.can_fork()))")
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}  # a bare pytest: the runner is what is tested
    done = subprocess.run([sys.executable, "-c", program, str(Path(runner.__file__).parent)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "make check: 1 failed, 1 passed" in done.stdout and "assert 1 == 2" in done.stdout, done.stdout
    assert runner.recorded_failures(1, tmp_path) and not runner.recorded_failures(0, tmp_path)
    assert (tmp_path / "ended normally").read_text(encoding="utf-8") == "yes"


def test_ci_and_the_fast_loop_draw_the_same_examples_every_run():
    """A clean clone's CI must fail for a change, not for a new random draw (round 15's CI was refused for a float
    first drawn there); searching new examples is the explore profile's job, run by a maintainer on purpose."""
    from hypothesis import settings

    for name in ("thorough", "check"):
        assert settings.get_profile(name).derandomize, name
    assert not settings.get_profile("explore").derandomize
    assert settings.get_profile("explore").max_examples > settings.get_profile("thorough").max_examples
