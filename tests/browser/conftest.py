"""Fixtures for the real-browser tests: one JupyterLab server and one headless
Chromium for the whole session, and a fresh, network-fenced page per test.

* ``lab_server``  JupyterLab on a free loopback port with a random token and its
  own temporary config/runtime/settings/workspace/IPython dirs, serving a
  temporary COPY of notebooks/ (outputs cleared: the lessons are run), solutions/,
  exercises/ and data/ (nothing is written back into the repository).
* ``browser``     Chromium from /usr/bin/chromium (or $NETCRIME_CHROMIUM) driven
  by Playwright; never ``playwright install``.
* ``lab_page``    a browser page (handed on from test to test while clean) whose every request is routed:
  requests to the local server continue, everything else is aborted and
  recorded (so a passing test proves the course works offline).

Set NETCRIME_SKIP_BROWSER=1 to deselect these tests on a machine without
Chromium; otherwise a missing Chromium or Playwright makes them fail.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from . import lab

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("NETCRIME_BROWSER_REPO") or HERE.parents[1]).resolve()
SERVED_FOLDERS = ("notebooks", "solutions", "exercises", "data")
SCRATCH = "_scratch"  # folder inside the served copy for tests' own notebooks
COMMITTED_FOLDER = "solutions"  # shown as committed (trusted), not run, by test_notebooks_render.py
RUN_FOLDER = "notebooks"  # run on cleared outputs by test_notebooks_render.py: served with none (see clear_outputs)

CHROMIUM = os.environ.get("NETCRIME_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]

LAB_SETTINGS = {
    # no news feed, no update check: no pop-ups and no requests to the internet
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    # never write into the served copy behind the test's back
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    # attach every cell to the DOM, so off-screen charts are drawn too
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def skip_requested() -> bool:
    return os.environ.get("NETCRIME_SKIP_BROWSER", "").strip().lower() in ("1", "true", "yes")


# --------------------------------------------------------------------------
# pytest hooks


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: runs notebooks in JupyterLab in headless Chromium "
        "(deselect with NETCRIME_SKIP_BROWSER=1 or -m 'not browser')",
    )


def pytest_collection_modifyitems(config, items):
    if not skip_requested():
        return
    keep, drop = [], []
    for item in items:
        (drop if item.get_closest_marker("browser") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)


def pytest_terminal_summary(terminalreporter):
    if lab.SCREENSHOT_DIR is not None:
        terminalreporter.write_line(f"browser screenshots: {lab.SCREENSHOT_DIR}")


def _say(config, text: str) -> None:
    """Write to the terminal even while pytest captures output."""
    tr = config.pluginmanager.get_plugin("terminalreporter")
    capman = config.pluginmanager.get_plugin("capturemanager")
    if tr is None:
        print(text, file=sys.stderr)
    elif capman is not None:
        with capman.global_and_fixture_disabled():
            tr.write_line(text)
    else:
        tr.write_line(text)


# --------------------------------------------------------------------------
# the JupyterLab server


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabServer:
    def __init__(self, root: Path, port: int, token: str, proc: subprocess.Popen, log: Path):
        self.root = root
        self.port = port
        self.token = token
        self.proc = proc
        self.log = log
        self.base_url = f"http://127.0.0.1:{port}"
        self._deleting: threading.Thread | None = None  # shutdown_kernels_in_background's

    # URLs -----------------------------------------------------------------
    def lab_url(self, path: str) -> str:
        return f"{self.base_url}/lab/tree/{urllib.parse.quote(path)}?token={self.token}&reset"

    def is_local(self, url: str) -> bool:
        if url.startswith(("data:", "blob:", "about:")):
            return True
        u = urllib.parse.urlsplit(url)
        return u.hostname in ("127.0.0.1", "localhost") and u.port == self.port

    # REST -----------------------------------------------------------------
    def api(self, method: str, path: str, body=None, timeout: float = 10):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            f"{self.base_url}{path}", data=data, method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def shutdown_kernels(self) -> None:
        """Delete every session and kernel (one notebook runs at a time)."""
        self.finish_shutdowns()
        self._delete(*self._open_ids())

    def shutdown_kernels_in_background(self) -> None:
        """Delete the sessions and kernels open now, in a thread, so the next test starts meanwhile.

        Why: the server answers a session's DELETE only once its kernel has exited, 0.4 to 1.4 s of waiting after
        every browser test (about 20 s of the browser unit, spent with its worker idle). The ids are read here, so
        only what the finished test opened is deleted, never what the next test opens; each test opens a notebook
        of its own (no two tests share a path), so none reconnects to a session being deleted. Finished before the
        next deletion and before the server stops (``finish_shutdowns``).
        """
        self.finish_shutdowns()
        ids = self._open_ids()
        if any(ids):
            self._deleting = threading.Thread(target=self._delete, args=ids, name="delete-kernels", daemon=True)
            self._deleting.start()

    def finish_shutdowns(self) -> None:
        thread, self._deleting = self._deleting, None
        if thread is not None:
            thread.join(timeout=60)

    def _open_ids(self) -> tuple[list[str], list[str]]:
        try:
            return ([s["id"] for s in self.api("GET", "/api/sessions")],
                    [k["id"] for k in self.api("GET", "/api/kernels")])
        except (urllib.error.URLError, OSError):
            return [], []

    def _delete(self, sessions: list[str], kernels: list[str]) -> None:
        # A session's kernel goes with it: its own DELETE then answers 404, which is fine.
        for path in [f"/api/sessions/{i}" for i in sessions] + [f"/api/kernels/{i}" for i in kernels]:
            try:
                self.api("DELETE", path, timeout=30)
            except (urllib.error.URLError, OSError):
                pass

    # files ----------------------------------------------------------------
    def write_notebook(self, relpath: str, notebook: dict) -> str:
        """Write a notebook into the served copy; returns its path for lab_url."""
        target = self.root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(notebook, indent=1), encoding="utf-8")
        return relpath

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.shutdown_kernels()
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
        # kernels run in the same process group; make sure none is left
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def isolated_jupyter_env(base: Path) -> dict:
    """The environment for a test JupyterLab: its own config/runtime/settings/
    workspace/data/IPython folders under ``base`` and the settings that keep it
    quiet and offline (LAB_SETTINGS), so nothing of the user's is read or written."""
    env = dict(os.environ)
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR",
                "JUPYTERLAB_WORKSPACES_DIR", "IPYTHONDIR", "JUPYTER_DATA_DIR"):
        d = base / var.lower()
        d.mkdir(parents=True, exist_ok=True)
        env[var] = str(d)
    env["JUPYTER_PREFER_ENV_PATH"] = "1"  # kernels/extensions of sys.executable's env
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_TOKEN", None)
    env.pop(  # a test's JupyterLab must not be steered by the user's own options
        "NETCRIME_LAB_ARGS", None)
    for rel, value in LAB_SETTINGS.items():
        f = Path(env["JUPYTERLAB_SETTINGS_DIR"]) / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(value), encoding="utf-8")
    return env


def clear_outputs(folder: Path) -> None:
    """Write every notebook in ``folder`` (the served copy) without outputs or execution counts.

    Why: the lessons are run in the browser on cleared outputs (test_notebooks_render.py clears them with
    Edit > Clear Outputs of All Cells before Run All, so nothing committed is counted). Served with their
    committed outputs, JupyterLab drew every chart and table of a lesson on opening only to clear them: about
    0.8 CPU-s per lesson (benchmarks/results/test_suite.md, round 11). What the run draws, and the committed
    files it is compared with (read from the repository, not from this copy), are unchanged.
    """
    for path in sorted(folder.glob("*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook.get("cells", []):
            if cell.get("cell_type") == "code":
                cell["outputs"] = []
                cell["execution_count"] = None
        path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def trust_notebooks(folder: Path, env: dict) -> None:
    """Sign every notebook in ``folder`` with the test JupyterLab's own key (its JUPYTER_DATA_DIR),
    as a run in JupyterLab would: their committed outputs are then drawn as trusted output,
    exactly as after a run (test_notebooks_render.py shows solutions/ as committed)."""
    import nbformat
    from nbformat.sign import NotebookNotary

    notary = NotebookNotary(data_dir=env["JUPYTER_DATA_DIR"])
    try:
        for path in sorted(folder.glob("*.ipynb")):
            notebook = nbformat.read(path, as_version=4)
            notary.sign(notebook)
    finally:
        notary.store.close()


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, request):
    base = tmp_path_factory.mktemp("jupyterlab")
    serve = base / "serve"
    serve.mkdir()
    for name in SERVED_FOLDERS:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, serve / name,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    (serve / SCRATCH).mkdir()

    env = isolated_jupyter_env(base)
    clear_outputs(serve / RUN_FOLDER)
    trust_notebooks(serve / COMMITTED_FOLDER, env)

    port, token = _free_port(), secrets.token_hex(24)
    cmd = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        f"--port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={serve}",
        "--LabApp.expose_app_in_browser=True",  # read-only access to notebook state
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    log = base / "server.log"
    with open(log, "wb") as logf:
        proc = subprocess.Popen(cmd, env=env, cwd=serve, stdout=logf, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    server = LabServer(serve, port, token, proc, log)
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"JupyterLab exited with code {proc.returncode}:\n{server.log_tail()}",
                            pytrace=False)
            try:
                server.api("GET", "/api/status", timeout=2)
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer /api/status in 90 s:\n{server.log_tail()}",
                                pytrace=False)
                time.sleep(0.3)
        _say(request.config, f"\nJupyterLab {server.base_url} serving {serve} (log {log})")
        _say(request.config, f"browser screenshots: {lab._screenshot_dir()}")
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------
# the browser


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Browser tests need the Python package 'playwright' (pip install playwright; "
                    "do NOT run 'playwright install'). Set NETCRIME_SKIP_BROWSER=1 to deselect them.",
                    pytrace=False)
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Browser tests need Chromium at {CHROMIUM} "
                    "(Debian: apt-get install -y --no-install-recommends chromium). "
                    "Set NETCRIME_SKIP_BROWSER=1 to deselect them.", pytrace=False)
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
    except Exception:
        pw.stop()
        raise
    try:
        yield b
    finally:
        try:
            b.close()
        finally:
            pw.stop()


def _new_fenced_page(browser, server: LabServer):
    """A new page in its own context; every request outside ``server`` is
    aborted and recorded in ``.aborted`` of the LabPage returned with it."""
    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                  service_workers="block")
    lp = lab.LabPage(page=None, server=server)

    def route(r):
        url = r.request.url
        if server.is_local(url):
            r.continue_()
        else:
            lp.aborted.append(url)
            r.abort("blockedbyclient")

    def route_ws(ws):
        lp.aborted.append(ws.url)
        ws.close()  # never connected to the outside

    # Every request is matched against this pattern inside the browser driver:
    # anything not addressed to the local server goes to route() (aborted and
    # recorded); local requests continue without a round trip through Python.
    port = server.port
    outside = re.compile(
        rf"^(?!(https?|wss?)://(127\.0\.0\.1|localhost):{port}/|data:|blob:|about:)")
    context.route(outside, route)
    if hasattr(context, "route_web_socket"):  # Playwright >= 1.48
        context.route_web_socket(outside, route_ws)

    page = context.new_page()
    page.set_default_timeout(30_000)
    page.on("console", lambda m: lp.console.append(f"[{m.type}] {m.text}"))
    page.on("pageerror", lambda e: lp.console.append(f"[pageerror] {e}"))
    if not hasattr(context, "route_web_socket"):  # older Playwright: record at least
        page.on("websocket", lambda ws: None if server.is_local(ws.url)
                else lp.aborted.append(ws.url))
    lp.page = page
    return context, lp


def _report_failure(lp, request) -> None:
    name = request.node.name
    try:
        lab.screenshot(lp, name + ".failure")
    except Exception:
        pass
    path = lab.save_console_log(lp, name)
    _say(request.config, f"\nconsole log of failed {name}: {path}")


@contextlib.contextmanager
def fenced_page(browser, server: LabServer, request):
    """A fresh page in its own context (see _new_fenced_page), closed afterwards."""
    context, lp = _new_fenced_page(browser, server)
    raised = True  # used inside a test (a with block) an exception means failure
    try:
        yield lp
        raised = False
    finally:
        rep = getattr(request.node, "rep_call", None)
        if raised or (rep is not None and rep.failed):
            _report_failure(lp, request)
        context.close()


@pytest.fixture(scope="session")
def _clean_page():
    """The page the last test left clean, for the next test (see lab_page)."""
    held: dict = {}
    yield held
    if held:
        held.pop("page")[0].close()


@pytest.fixture
def lab_page(browser, lab_server, request, _clean_page):
    """A network-fenced page on the session's JupyterLab, with nothing open and nothing recorded.

    Loading JupyterLab into a page costs more than most tests' own work (about 7 CPU-s of
    Chromium and 1.5 of the server), so a page is handed on to the next test when its test
    passed and every document in it closed, leaving JupyterLab with nothing open. Blocked
    outside requests and console errors do not stop the hand-on: in a passing test they were
    provoked by the notebook under test (the breakage tests' CDN renderer and missing widget
    model, which those tests assert), and they went with its closed document. A page whose test
    failed, or that cannot close its documents, is closed and the next test gets a new one.
    Each test starts with empty request and console records and opens its notebook itself
    (lab.open_notebook), so reuse changes nothing it checks.
    """
    held = _clean_page.pop("page", None)
    if held is not None and not lab.ready_for_reuse(held[1]):
        held[0].close()
        held = None
    context, lp = held if held is not None else _new_fenced_page(browser, lab_server)
    lp.aborted.clear()
    lp.console.clear()
    lp.last_stem = None
    clean = False
    try:
        yield lp
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            _report_failure(lp, request)
        clean = rep is not None and rep.passed and lab.close_documents(lp)
    finally:
        try:
            if clean:
                _clean_page["page"] = (context, lp)
            else:
                context.close()
        finally:
            lab_server.shutdown_kernels_in_background()
