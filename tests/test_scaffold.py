"""README's "add a lesson" and "add a question" recipes, walked in a temporary copy of the course.

Runs exactly the commands the README gives (`python -m netcrime new-lesson`,
`new-question`, `build`), then the scaffolded lesson's own tests, against the
copy's package (PYTHONPATH), so the real checkout is never touched.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netcrime import build, scaffold

pytestmark = pytest.mark.kernel  # runs the CLI and pytest in subprocesses


def _copy_course(repo_root: Path, target: Path) -> Path:
    for folder in ("src", "data", "notebooks", "solutions", "exercises"):
        shutil.copytree(repo_root / folder, target / folder,
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", ".ipynb_checkpoints"))
    (target / "tests" / "checks").mkdir(parents=True)
    shutil.copy(repo_root / "conftest.py", target / "conftest.py")
    shutil.copy(repo_root / "tests" / "conftest.py", target / "tests" / "conftest.py")
    return target


def _run(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(course / "src")}
    env.pop("NETCRIME_DATA_DIR", None)
    return subprocess.run([sys.executable, *args], cwd=course, env=env, capture_output=True, text=True, timeout=600)


def test_new_lesson_then_new_question_build_and_pass_their_checks(repo_root, tmp_path):
    course = _copy_course(repo_root, tmp_path / "course")
    made = _run(course, "-m", "netcrime", "new-lesson", "07", "reading_court_records", "--title", "Reading court records")
    assert made.returncode == 0, made.stderr
    for piece in ("notebooks/07_reading_court_records.ipynb", "solutions/07_reading_court_records.ipynb",
                  "src/netcrime/checks/lesson07.py", "tests/checks/test_lesson07.py"):
        assert (course / piece).is_file(), piece
    added = _run(course, "-m", "netcrime", "new-question", "07")
    assert added.returncode == 0 and "added q2" in added.stdout, added.stderr
    built = _run(course, "-m", "netcrime", "build")
    assert built.returncode == 0, built.stderr
    assert (course / "exercises" / "07_reading_court_records.ipynb").is_file()
    extracted = json.loads((course / "src/netcrime/checks/worked_solutions.json").read_text(encoding="utf-8"))
    assert list(extracted["07"]["questions"]) == ["q1", "q2"]
    assert "### BEGIN SOLUTION" not in extracted["07"]["questions"]["q2"]["cells"][-1]["code"]
    # In the copy's package: the lesson is registered, its worked solutions pass, its prompts come from the
    # notebook, and the test file the scaffold wrote passes.
    probe = _run(course, "-c", (
        "import sys, pytest\n"
        "from netcrime.checks import registry, worked\n"
        "qs = registry.questions('07')\n"
        "assert [q.id for q in qs] == ['q1', 'q2'] and all(q.lesson == '07' for q in qs)\n"
        "for q in qs:\n"
        "    assert q.judge_values(worked.answers('07')[q.id]).passed, q.id\n"
        "    assert q.prompt.startswith('The prompt a student reads') and q.solution_code, q.id\n"
        "sys.exit(pytest.main(['tests/checks/test_lesson07.py', '-q', '-p', 'no:randomly', '-p', 'no:cacheprovider',\n"
        "                      '-o', 'addopts=', '--rootdir', '.']))\n"))
    assert probe.returncode == 0, probe.stdout[-2000:] + probe.stderr[-2000:]
    assert "3 passed" in probe.stdout


def test_the_scaffold_refuses_to_overwrite_and_names_bad_input(repo_root, tmp_path):
    course = _copy_course(repo_root, tmp_path / "course")
    with pytest.raises(scaffold.ScaffoldError, match="already has"):
        scaffold.new_lesson(course, "01", "anything")
    with pytest.raises(scaffold.ScaffoldError, match="two digits"):
        scaffold.new_lesson(course, "6", "x")
    with pytest.raises(scaffold.ScaffoldError, match="slug"):
        scaffold.new_lesson(course, "08", "Bad Slug")
    with pytest.raises(scaffold.ScaffoldError, match="no solutions/09"):
        scaffold.new_question(course, "09")
    refused = _run(course, "-m", "netcrime", "new-lesson", "01", "again")
    assert refused.returncode == 1 and "already has" in refused.stderr and "Traceback" not in refused.stderr


def test_new_question_extends_an_existing_lesson(repo_root, tmp_path):
    course = _copy_course(repo_root, tmp_path / "course")
    qid, _ = scaffold.new_question(course, "00")
    assert qid == "q8"  # lesson 00 has q1-q7 (q4-q7 graded since round 6)
    build.build(course)  # the same build as `python -m netcrime build`, run in this process
    probe = _run(course, "-c", (
        "from netcrime.checks import lesson00, worked\n"
        "assert [q.id for q in lesson00.QUESTIONS] == ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']\n"
        "assert lesson00.q8.judge_values(worked.answers('00')['q8']).passed\n"
        "print('ok')\n"))
    assert probe.returncode == 0 and probe.stdout.strip() == "ok", probe.stderr
