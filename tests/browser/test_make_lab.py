"""A newcomer's first hour, walked in a real browser exactly as the README says.

`make lab` itself is run (on a temporary copy of the course, with this checkout's
.venv), so the test starts JupyterLab with the very command line a student gets
(src/netcrime/launch.py). Only these options are added, through the launcher's
own NETCRIME_LAB_ARGS: no browser of its own, a free port on 127.0.0.1, no update
check, and read-only access to JupyterLab's state for the helpers in lab.py.
The token is the one JupyterLab generates and prints; the test reads it from the
log like a student copying the address.

The path: open the printed URL -> lesson 00 is open -> in the file browser go up
to the course folder -> exercises/ -> 01_reading_the_release.ipynb -> run the
set-up cell, answer one question, run its check, read the verdict -> File > Shut
Down -> `make lab` exits with status 0 and leaves no process behind.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest

from . import lab
from .conftest import REPO, LabServer, _free_port, fenced_page, isolated_jupyter_env

pytestmark = pytest.mark.browser

COPIED = ("Makefile", "pyproject.toml", "README.md", "notebooks", "exercises", "solutions", "data", "src")
URL = re.compile(r"(http://127\.0\.0\.1:(\d+)(/\S*)\?token=([0-9a-f]+))")
LESSON_00 = "notebooks/00_start_here.ipynb"
EXERCISE_01 = "exercises/01_reading_the_release.ipynb"

_JS_CURRENT_PATH = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  return w && w.context ? w.context.path : null;
}"""


def _course_copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in COPIED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(
                ".ipynb_checkpoints", "__pycache__", "*.egg-info"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def _wait_for_url(proc: subprocess.Popen, log: Path, timeout: float = 120) -> re.Match:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        found = URL.search(text)
        if found:
            return found
        if proc.poll() is not None:
            pytest.fail(f"`make lab` exited with {proc.returncode} before printing a URL:\n{text[-3000:]}")
        time.sleep(0.3)
    pytest.fail(f"`make lab` printed no URL in {timeout:.0f} s:\n{log.read_text(errors='replace')[-3000:]}")


def _cell_index(notebook: Path, text: str) -> int:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return next(i for i, c in enumerate(cells)
                if c["cell_type"] == "code" and text in "".join(c["source"]))


def _open_in_file_browser(page, name: str) -> None:
    item = page.locator(".jp-FileBrowser .jp-DirListing-item", has_text=name).first
    item.wait_for(state="visible")
    item.dblclick()


def _show_file_browser(page) -> None:
    """Click the folder icon in the left side bar until the file browser shows."""
    panel = page.locator(".jp-FileBrowser").first
    for _ in range(3):
        if panel.is_visible():
            return
        page.locator('.jp-SideBar.jp-mod-left li[data-id="filebrowser"]').first.click()
        try:
            panel.wait_for(state="visible", timeout=5_000)
        except Exception:
            continue
    panel.wait_for(state="visible", timeout=5_000)


def _run_cell(page, index: int) -> None:
    """Click into a cell (as a student does) and press Shift+Enter."""
    lab.cell(page, index).locator(".jp-InputArea-editor").first.click()
    page.keyboard.press("Shift+Enter")


@pytest.fixture
def make_lab(tmp_path):
    """`make lab` running on a copy of the course; yields (process, log, course, runtime dir)."""
    course = _course_copy(tmp_path / "course")
    venv = REPO / ".venv"
    if not (venv / ".installed").exists():
        pytest.fail(f"{venv} is not set up: run `make setup` first", pytrace=False)
    env = isolated_jupyter_env(tmp_path / "jupyter")
    env["NETCRIME_PROGRESS_FILE"] = str(tmp_path / "progress.json")
    env["NETCRIME_LAB_ARGS"] = " ".join([
        "--no-browser", f"--port={_free_port()}", "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.expose_app_in_browser=True",  # read-only state for lab.py's helpers
    ])
    log = tmp_path / "make-lab.log"
    # VENV: use this checkout's environment; -o: never redo the set-up step here.
    cmd = ["make", "-C", str(course), "lab", f"VENV={venv}", "-o", str(venv / ".installed"),
           "-o", str(venv / ".lazy-iri"), "-o", str(venv / ".precompiled")]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        yield proc, log, course, env["JUPYTER_RUNTIME_DIR"]
    finally:
        if proc.poll() is None:  # the test failed before shutting down: clean up anyway
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def test_make_lab_opens_lesson_00_and_reaches_the_exercises(make_lab, browser, request):
    proc, log, course, runtime = make_lab
    found = _wait_for_url(proc, log)
    url, port, path, token = found.group(1), int(found.group(2)), found.group(3), found.group(4)
    text = log.read_text(errors="replace")
    assert "opens lesson 00" in text  # the launcher's own words come first
    assert f"Serving notebooks from local directory: {course.resolve()}" in text, text[-2000:]
    assert path == f"/lab/tree/{LESSON_00}", f"the printed URL does not open lesson 00: {url}"

    server = LabServer(course, port, token, proc, log)
    with fenced_page(browser, server, request) as lp:
        page = lp.page
        # 1. The printed URL lands on lesson 00, and so does the bare address: the server sends it to the
        # same page, lesson 00's address without the token (asked with the page's own cookies, as the
        # browser would; loading JupyterLab into the page a second time for it cost about 7 CPU-s).
        page.goto(url, wait_until="domcontentloaded")
        lab.wait_for_kernel(lp, LESSON_00)
        assert page.evaluate(_JS_CURRENT_PATH) == LESSON_00
        bare = page.request.get(f"http://127.0.0.1:{port}/")
        assert bare.ok and urllib.parse.urlsplit(bare.url).path == f"/lab/tree/{LESSON_00}", (bare.status, bare.url)
        assert "jupyter-config-data" in bare.text()  # JupyterLab's own page, not a login form

        # 2. Lesson 00 sends the student to exercises/: get there with the file browser.
        _show_file_browser(page)
        page.locator(".jp-FileBrowser .jp-BreadCrumbs-home").first.click()  # the course folder
        for folder in ("notebooks", "exercises", "data", "solutions"):
            page.locator(".jp-FileBrowser .jp-DirListing-item", has_text=folder).first.wait_for()
        _open_in_file_browser(page, "exercises")
        _open_in_file_browser(page, Path(EXERCISE_01).name)
        page.wait_for_function(
            "(p) => { const w = window.jupyterapp.shell.currentWidget;"
            " return w && w.context && w.context.path === p; }", arg=EXERCISE_01)
        lab.wait_for_kernel(lp, EXERCISE_01)

        # 3. Run the set-up cell, answer Q11, run its check: a verdict appears.
        notebook = course / EXERCISE_01
        answer = _cell_index(notebook, "better_word = ...")
        _run_cell(page, _cell_index(notebook, "import netcrime"))
        editor = lab.cell(page, answer).locator(".jp-InputArea-editor").first
        editor.click()
        page.keyboard.press("Control+A")
        page.keyboard.type('better_word = "approved formal arrest"')
        page.keyboard.press("Shift+Enter")
        _run_cell(page, answer + 1)
        verdict = lab.wait_for_output_text(page, answer + 1, re.compile(r"q11: \w"), timeout=60)
        assert "q11: Correct" in verdict, verdict
        assert not lp.aborted, f"requests outside the local server: {lp.aborted}"

        # 4. File > Shut Down, as the welcome text says.
        page.get_by_role("menuitem", name="File", exact=True).first.click()
        page.get_by_role("menuitem", name="Shut Down", exact=True).first.click()
        page.locator(".jp-Dialog .jp-mod-accept").first.click()
        page.get_by_text("Server stopped").first.wait_for(timeout=60_000)

    try:
        code = proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`make lab` still running 60 s after File > Shut Down:\n{server.log_tail()}")
    assert code == 0, f"`make lab` exited with {code}:\n{server.log_tail()}"
    assert "Shutting down" in log.read_text(errors="replace")
    with pytest.raises(ProcessLookupError):  # nothing left of make's process group
        os.killpg(proc.pid, 0)
    assert not _processes_mentioning(runtime), "kernels left running after Shut Down"


def _processes_mentioning(text: str) -> list[str]:
    """Command lines of running processes that contain ``text`` (kernels name
    their connection file, which lives in the test's own runtime folder)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in args:
            found.append(args)
    return found
