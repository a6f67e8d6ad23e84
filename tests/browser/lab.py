"""Helpers that drive JupyterLab 4 in a real (headless) Chromium through Playwright.

Used by the browser tests in this folder.  Everything a test needs to run a
notebook the way a student does (open it, run all cells, look at what is drawn)
and to interact with its widgets lives here, so that later tests (the quiz in
lesson 03, the simulator in lesson 04, ...) can reuse it:

    report = run_notebook(lab_page, "notebooks/03_quiz.ipynb")
    assert report.ok, report.summary()
    click_button(lab_page.page, "Check answer")
    wait_for_output_text(lab_page.page, 7, "Correct")
    move_slider(lab_page.page, "threshold", +3)

Reading notebook *state* (output types, execution counts, kernel status) uses
the JupyterLab application object exposed by ``--LabApp.expose_app_in_browser``
(read only).  Every *action* (run, clear, click, type) goes through the visible
user interface, as a student would do it.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VEGALITE_V5 = "application/vnd.vegalite.v5+json"
# Every Vega / Vega-Lite mime type, whatever its version and whichever suffix:
# Altair 5 wrote "...vegalite.v5+json", Altair 6's own renderer "...vegalite.v6.json"
# (a dot, not a plus). A chart missed here would be expected zero times and pass.
CHART_MIME = r"^application/vnd\.vega(lite)?\.v\d+[.+]json$"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"

RUN_TIMEOUT_S = float(os.environ.get("NETCRIME_BROWSER_RUN_TIMEOUT", "120"))
# A full-notebook screenshot costs seconds of CPU (a page as tall as the notebook, as a PNG) and proves
# nothing a test asserts, so only failures are shot (conftest._report_failure, and a run that times out).
# NETCRIME_SCREENSHOTS=all keeps one of every notebook run or shown, to look at.
KEEP_SCREENSHOTS = os.environ.get("NETCRIME_SCREENSHOTS", "").strip().lower() == "all"
SETTLE_TIMEOUT_S = 20.0

# Outside requests that JupyterLab makes in the background without affecting
# what is drawn.  Deliberately empty: with the settings written by conftest.py
# (no news, no update check) JupyterLab makes none.  Add a regular expression
# here only with a comment saying what makes the request and why it is harmless.
ALLOWED_OUTSIDE_REQUESTS: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# small data types


@dataclass
class LabPage:
    """A Playwright page on the test JupyterLab, with what it recorded."""

    page: Any  # playwright.sync_api.Page
    server: Any  # conftest.LabServer
    aborted: list[str] = field(default_factory=list)  # blocked outside requests
    console: list[str] = field(default_factory=list)  # console + page errors
    last_stem: str | None = None  # file stem of the last screenshot


@dataclass
class Report:
    path: str
    code_cells: int = 0
    not_executed: list[int] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)
    widgets: list[dict] = field(default_factory=list)
    aborted: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    screenshot: str | None = None
    seconds: float = 0.0
    steps: dict = field(default_factory=dict)  # seconds per step of run_notebook

    @property
    def charts_expected(self) -> int:
        return len(self.charts)

    @property
    def charts_rendered(self) -> int:
        return sum(1 for c in self.charts if c["rendered"])

    @property
    def vegalite_v5_rendered(self) -> int:
        return sum(1 for c in self.charts if c["rendered"] and c["mime"] == VEGALITE_V5)

    @property
    def widgets_expected(self) -> int:
        return len(self.widgets)

    @property
    def widgets_rendered(self) -> int:
        return sum(1 for w in self.widgets if w["rendered"])

    @property
    def outside_requests(self) -> list[str]:
        """Blocked outside requests that are not on the (empty) allow-list."""
        return [
            u for u in self.aborted
            if not any(re.search(p, u) for p in ALLOWED_OUTSIDE_REQUESTS)
        ]

    @property
    def ok(self) -> bool:
        return (
            not self.errors
            and not self.not_executed
            and self.charts_rendered == self.charts_expected
            and self.widgets_rendered == self.widgets_expected
            and not self.outside_requests
        )

    def summary(self) -> str:
        lines = [
            f"{self.path}: {self.code_cells} code cells in {self.seconds:.1f} s; "
            f"charts {self.charts_rendered}/{self.charts_expected} rendered; "
            f"widgets {self.widgets_rendered}/{self.widgets_expected} rendered; "
            f"{len(self.errors)} error output(s); "
            f"{len(self.aborted)} blocked outside request(s)",
        ]
        if self.steps:
            lines.append("  steps (s): " + ", ".join(f"{k} {v}" for k, v in self.steps.items()))
        for e in self.errors:
            tb = e.get("traceback", "")
            lines.append(f"  ERROR in cell {e['cell']}: {e['ename']}: {e['evalue']}")
            if tb:
                lines.append("    " + tb[-1500:].replace("\n", "\n    "))
        if self.not_executed:
            lines.append(f"  code cells not executed: {self.not_executed}")
        for c in self.charts:
            if not c["rendered"]:
                lines.append(f"  CHART NOT RENDERED in cell {c['cell']} ({c['mime']}): {c['problem']}")
        for w in self.widgets:
            if not w["rendered"]:
                lines.append(f"  WIDGET NOT RENDERED in cell {w['cell']}: {w['problem']}")
        for u in self.aborted:
            lines.append(f"  blocked outside request: {u}")
        if self.console_errors:
            lines.append(f"  console errors ({len(self.console_errors)}), first ones:")
            lines.extend("    " + m[:300] for m in self.console_errors[:5])
        if self.screenshot:
            lines.append(f"  screenshot: {self.screenshot}")
        return "\n".join(lines)


# --------------------------------------------------------------------------
# committed notebooks


def committed_counts(ipynb: str | os.PathLike) -> dict[str, int]:
    """Count what the committed outputs of a notebook file contain."""
    nb = json.loads(Path(ipynb).read_text(encoding="utf-8"))
    counts = {"vegalite_v5": 0, "charts": 0, "vega_like": 0, "widgets": 0, "errors": 0,
              "code_cells": 0, "executed": 0, "outputs": 0}
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        counts["code_cells"] += 1
        counts["executed"] += cell.get("execution_count") is not None
        counts["outputs"] += len(cell.get("outputs", []))
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                counts["errors"] += 1
            data = out.get("data", {}) or {}
            if VEGALITE_V5 in data:
                counts["vegalite_v5"] += 1
            if any(re.match(CHART_MIME, m) for m in data):
                counts["charts"] += 1
            # A looser count, independent of CHART_MIME: anything that looks like a chart.
            # The suite requires the two to agree, so a new mime spelling cannot slip by.
            html = "".join(data.get("text/html", "")) if isinstance(data.get("text/html"), (str, list)) else ""
            if any("vega" in m.lower() for m in data) or "vegaEmbed" in html:
                counts["vega_like"] += 1
            if WIDGET_VIEW in data:
                counts["widgets"] += 1
    return counts


def code_cell(source: str) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {},
            "outputs": [], "source": source}


def markdown_cell(source: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source}


def make_notebook(cells: list[dict | str], kernelspec: bool = True) -> dict:
    """A minimal nbformat 4 notebook; plain strings become code cells."""
    meta: dict[str, Any] = {"language_info": {"name": "python"}}
    if kernelspec:
        meta["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                              "language": "python"}
    return {
        "cells": [code_cell(c) if isinstance(c, str) else c for c in cells],
        "metadata": meta, "nbformat": 4, "nbformat_minor": 5,
    }


# --------------------------------------------------------------------------
# JavaScript run in the page (read-only access to the JupyterLab model)

_JS_FIND_PANEL = """
  function findPanel(path) {
  const app = window.jupyterapp;
  if (!app) return null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.content.model) return w;
  }
  return null;
}
"""

_JS_NOTHING_OPEN = """() => {
  // no document and no dialog open (JupyterLab shows its Launcher in an empty main area: that is not a document)
  const app = window.jupyterapp;
  return !!app && ![...app.shell.widgets('main')].some(w => w.context) && !document.querySelector('.jp-Dialog');
}
"""

_JS_OPEN = """async (path) => {
  await window.jupyterapp.commands.execute('docmanager:open', {path, factory: 'Notebook'});
}
"""

_JS_CLOSE_ALL = """() => {
  const app = window.jupyterapp;
  if (!app) return false;
  for (const w of [...app.shell.widgets('main')].filter(w => w.context)) {
    if (w.context.model) w.context.model.dirty = false;  // no "save changes?" dialog
    w.dispose();
  }
  return ![...app.shell.widgets('main')].some(w => w.context);
}
"""

_JS_KERNEL_STATE = "(path) => {" + _JS_FIND_PANEL + """
  if (!window.jupyterapp) return {app: false};
  const p = findPanel(path);
  if (!p) return {app: true, panel: false};
  const sc = p.sessionContext;
  const k = sc && sc.session && sc.session.kernel;
  return {app: true, panel: true, ready: !!(sc && sc.isReady),
          connection: k ? k.connectionStatus : null, status: k ? k.status : null};
}
"""

_JS_RUN_STATE = "(path) => {" + _JS_FIND_PANEL + """
  const p = findPanel(path);
  if (!p) return null;
  const cells = p.content.model.cells;
  let code = 0, counted = 0, outputs = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type !== 'code') continue;
    code++;
    if (c.executionCount !== null && c.executionCount !== undefined) counted++;
    outputs += c.outputs.length;
  }
  const prompts = [...p.node.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
    .map(e => e.textContent.trim());
  const k = p.sessionContext.session && p.sessionContext.session.kernel;
  return {code, counted, outputs, running: prompts.filter(t => t.includes('*')).length,
          kernel: k ? k.status : null};
}
"""

_JS_REPORT = "(path) => {" + f"const CHART_MIME_SOURCE = {json.dumps(CHART_MIME)};" + _JS_FIND_PANEL + r"""
  const p = findPanel(path);
  if (!p) return null;
  const CHART_MIME = new RegExp(CHART_MIME_SOURCE);
  const CONTAINER = '[class*="jp-RenderedVega"], .vega-embed, [id^="altair-viz-"]';
  const ERROR_TEXT = /Error loading script|Javascript Error|Error displaying|Error rendering|Cannot read|is not defined/;
  const strip = s => (s || '').replace(/\u001b\[[0-9;]*m/g, '');

  function chartState(node) {
    // node: the output element (or a chart container); returns [state, problem]
    if (!node) return ['missing', 'no output element in the page'];
    const containers = node.matches(CONTAINER) ? [node] : [...node.querySelectorAll(CONTAINER)];
    const errEl = node.querySelector('.error, .jp-mod-error');
    const text = node.textContent || '';
    if (errEl) return ['error', 'error shown: ' + errEl.textContent.trim().slice(0, 200)];
    if (ERROR_TEXT.test(text) && !node.querySelector('canvas, svg.marks'))
      return ['error', 'error shown: ' + text.trim().slice(0, 200)];
    if (!containers.length) return ['missing', 'no chart container (mime not drawn by any renderer?): ' + text.trim().slice(0, 200)];
    for (const c of containers) {
      const canvas = c.querySelector('canvas');
      const svg = c.querySelector('svg.marks');
      const drawn = (canvas && canvas.width > 0 && canvas.height > 0) ||
                    (svg && svg.querySelector('g'));
      if (!drawn) return ['pending', 'empty chart container (no svg.marks / canvas)'];
    }
    return ['rendered', ''];
  }

  function widgetState(child) {
    if (!child) return ['missing', 'no output element in the page'];
    const node = child.querySelector('.jp-OutputArea-output') || child;
    const text = (node.textContent || '').trim();
    if (text.startsWith('Error displaying widget')) return ['error', text.slice(0, 200)];
    if (text.startsWith('Loading widget')) return ['pending', 'still "Loading widget..."'];
    if (node.querySelector('.jupyter-widgets')) return ['rendered', ''];
    if (node.classList.contains('lm-mod-hidden') || child.classList.contains('lm-mod-hidden'))
      return ['hidden', ''];
    return ['pending', 'empty widget output: ' + text.slice(0, 200)];
  }

  const model = p.content.model;
  const cellWidgets = p.content.widgets;
  const out = {code_cells: 0, not_executed: [], errors: [], charts: [], widgets: [], stderr: []};
  const inspected = new Set();
  for (let i = 0; i < model.cells.length; i++) {
    const cm = model.cells.get(i);
    if (cm.type !== 'code') continue;
    out.code_cells++;
    if (cm.executionCount === null || cm.executionCount === undefined) out.not_executed.push(i);
    const cw = cellWidgets[i];
    const area = cw && cw.outputArea;
    const children = area ? [...area.node.children].filter(
        e => e.classList.contains('jp-OutputArea-child')) : [];
    for (let j = 0; j < cm.outputs.length; j++) {
      const o = cm.outputs.get(j).toJSON();
      const child = children[j] || null;
      if (o.output_type === 'error') {
        out.errors.push({cell: i, ename: o.ename, evalue: o.evalue,
                         traceback: strip((o.traceback || []).join('\n'))});
        continue;
      }
      if (o.output_type === 'stream') {
        if (o.name === 'stderr') out.stderr.push({cell: i, text: String(o.text).slice(0, 500)});
        continue;
      }
      const data = o.data || {};
      const mimes = Object.keys(data);
      const chartMime = mimes.find(m => CHART_MIME.test(m));
      const html = data['text/html'] ? [].concat(data['text/html']).join('') : '';
      if (chartMime || /vegaEmbed|altair-viz-/.test(html)) {
        const node = child && (child.querySelector('.jp-OutputArea-output') || child);
        if (child) inspected.add(child);
        const [state, problem] = chartState(node);
        out.charts.push({cell: i, output: j, mime: chartMime || 'text/html',
                         state, rendered: state === 'rendered', problem});
      } else if (mimes.includes('application/vnd.jupyter.widget-view+json')) {
        const mid = (data['application/vnd.jupyter.widget-view+json'] || {}).model_id;
        if (!mid) continue;  // a closed widget: nothing to draw
        const [state, problem] = widgetState(child);
        if (state === 'hidden') continue;
        out.widgets.push({cell: i, output: j, model_id: mid, state,
                          rendered: state === 'rendered', problem});
      }
    }
  }
  // Charts drawn somewhere else (e.g. inside an ipywidgets Output): every
  // outermost chart container in the notebook outside the outputs inspected
  // as charts above.
  const all = [...p.content.node.querySelectorAll(CONTAINER)]
    .filter(e => !(e.parentElement && e.parentElement.closest(CONTAINER)));
  for (const c of all) {
    let inside = false;
    for (const ch of inspected) if (ch.contains(c)) { inside = true; break; }
    if (inside) continue;
    const cellNode = c.closest('.jp-Cell');
    const idx = cellNode ? [...p.content.node.querySelectorAll('.jp-Cell')].indexOf(cellNode) : -1;
    const [state, problem] = chartState(c);
    out.charts.push({cell: idx, output: null, mime: 'nested', state,
                     rendered: state === 'rendered', problem});
  }
  return out;
}
"""


# --------------------------------------------------------------------------
# opening and running notebooks


SCREENSHOT_DIR: Path | None = None  # set once per session (see conftest.py)


def _screenshot_dir() -> Path:
    """NETCRIME_SCREENSHOT_DIR if set, else one fresh temporary folder per run."""
    global SCREENSHOT_DIR
    if SCREENSHOT_DIR is None:
        d = os.environ.get("NETCRIME_SCREENSHOT_DIR")
        SCREENSHOT_DIR = Path(d) if d else Path(tempfile.mkdtemp(prefix="netcrime-browser-"))
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


def stem_for(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", path).strip("_")


def _poll(fn, timeout: float, what: str, interval: float = 0.25):
    deadline = time.monotonic() + timeout
    last = None
    while True:
        last = fn()
        if last:
            return last
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def open_notebook(lp: LabPage, path: str, timeout: float = 90.0) -> None:
    """Open ``path`` (relative to the served folder) and wait until its kernel is
    connected and idle, accepting a "Select Kernel" dialog if one is shown.

    In a page that already runs this server's JupyterLab with nothing open (one
    a previous test left clean: conftest.lab_page), the notebook is opened the
    way File > Open does, without loading JupyterLab again; otherwise JupyterLab
    is loaded on the notebook's URL with a fresh workspace."""
    if lp.page.url.startswith(lp.server.base_url + "/lab") and lp.page.evaluate(_JS_NOTHING_OPEN):
        lp.page.evaluate(_JS_OPEN, path)
    else:
        lp.page.goto(lp.server.lab_url(path), wait_until="domcontentloaded")
    wait_for_kernel(lp, path, timeout)


def ready_for_reuse(lp: LabPage) -> bool:
    """True when the page runs JupyterLab with no document and no dialog open."""
    try:
        return bool(lp.page.url.startswith(lp.server.base_url + "/lab") and lp.page.evaluate(_JS_NOTHING_OPEN))
    except Exception:  # a closed or crashed page
        return False


def close_documents(lp: LabPage) -> bool:
    """Close every document without saving (the served copy is never written); True if all closed."""
    try:
        return bool(lp.page.evaluate(_JS_CLOSE_ALL)) and ready_for_reuse(lp)
    except Exception:
        return False


def wait_for_kernel(lp: LabPage, path: str, timeout: float = 90.0) -> None:
    """Wait until the open notebook ``path`` has a connected, idle kernel,
    accepting a "Select Kernel" dialog if one is shown."""
    page = lp.page
    deadline = time.monotonic() + timeout
    while True:
        dialog = page.locator(".jp-Dialog")
        if dialog.count() and dialog.first.is_visible():
            text = dialog.first.inner_text()
            if "Select Kernel" in text or "kernel" in text.lower():
                page.locator(".jp-Dialog .jp-mod-accept").first.click()
                page.wait_for_timeout(300)
                continue
        state = page.evaluate(_JS_KERNEL_STATE, path)
        if state.get("ready") and state.get("connection") == "connected" and state.get("status") == "idle":
            break
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path}: kernel not idle after {timeout:.0f} s (last state {state})")
        page.wait_for_timeout(250)
    page.locator(f"{PANEL} .jp-Notebook").wait_for(state="visible")


def _menu(page, top: str, item: str) -> None:
    page.get_by_role("menuitem", name=top, exact=True).first.click()
    entry = page.get_by_role("menuitem", name=item, exact=True).first
    entry.wait_for(state="visible", timeout=10_000)
    entry.click()


def clear_all_outputs(lp: LabPage, path: str) -> None:
    """Edit > Clear Outputs of All Cells (so nothing committed is counted)."""
    _menu(lp.page, "Edit", "Clear Outputs of All Cells")
    _poll(lambda: (s := lp.page.evaluate(_JS_RUN_STATE, path)) and s["outputs"] == 0 and s["counted"] == 0,
          15, "outputs to be cleared")


def run_all_cells(lp: LabPage, path: str, timeout: float = RUN_TIMEOUT_S) -> None:
    """Run > Run All Cells, then wait until nothing is queued or running and the
    kernel is idle (after an error JupyterLab stops; later cells stay unrun)."""
    page = lp.page
    state = page.evaluate(_JS_RUN_STATE, path)
    if not state or state["code"] == 0:
        return
    for attempt in range(2):
        _menu(page, "Run", "Run All Cells")
        try:
            _poll(lambda: (s := page.evaluate(_JS_RUN_STATE, path)) and (s["running"] or s["counted"]),
                  10, "the run to start")
            break
        except TimeoutError:
            if attempt:
                raise
            page.keyboard.press("Escape")

    def done():
        s = page.evaluate(_JS_RUN_STATE, path)
        return s and s["running"] == 0 and s["counted"] > 0 and s["kernel"] == "idle"

    # idle must hold for a moment: a cell's display may still trigger work
    _poll(done, timeout, f"{path} to finish running (kernel idle, no [*] prompt)", 0.5)
    page.wait_for_timeout(500)
    _poll(done, timeout, f"{path} to finish running", 0.5)


def collect_report(lp: LabPage, path: str, settle: float = SETTLE_TIMEOUT_S) -> Report:
    """Inspect the notebook after running: errors, charts, widgets, requests.

    Waits up to ``settle`` seconds for charts and widgets still being drawn."""
    page = lp.page
    deadline = time.monotonic() + settle
    while True:
        raw = page.evaluate(_JS_REPORT, path)
        if raw is None:
            raise AssertionError(f"{path}: notebook panel not found")
        pending = [x for x in raw["charts"] + raw["widgets"] if x["state"] == "pending"]
        if not pending or time.monotonic() > deadline:
            break
        page.wait_for_timeout(500)
    return Report(
        path=path,
        code_cells=raw["code_cells"],
        not_executed=raw["not_executed"],
        errors=raw["errors"],
        charts=raw["charts"],
        widgets=raw["widgets"],
        aborted=list(lp.aborted),
        console_errors=[m for m in lp.console if m.startswith(("[error]", "[pageerror]"))],
    )


def screenshot(lp: LabPage, name: str, max_height: int = 16000) -> str:
    """Full-notebook screenshot: the viewport is made as tall as the notebook
    (JupyterLab scrolls inside a panel, so a page screenshot alone shows only
    the first screen), then restored."""
    page = lp.page
    size = page.viewport_size or {"width": 1400, "height": 900}
    js_scroller = (f"document.querySelector('{PANEL} .jp-WindowedPanel-outer')"
                   f" || document.querySelector('{PANEL} .jp-Notebook')")
    to_top = f"() => {{ const n = {js_scroller}; if (n) n.scrollTop = 0; }}"
    try:
        extra = page.evaluate(
            f"() => {{ const n = {js_scroller}; return n ? n.scrollHeight - n.clientHeight : 0; }}")
    except Exception:
        extra = 0
    height = int(min(max_height, size["height"] + max(0, extra) + 40))
    stem = stem_for(name)
    target = _screenshot_dir() / f"{stem}.png"
    try:
        if height != size["height"]:
            page.set_viewport_size({"width": size["width"], "height": height})
            page.wait_for_timeout(400)
        page.evaluate(to_top)
        page.wait_for_timeout(100)
        page.screenshot(path=str(target), full_page=True)
    finally:
        if height != size["height"]:
            page.set_viewport_size(size)
    lp.last_stem = stem
    return str(target)


def save_console_log(lp: LabPage, name: str | None = None) -> str:
    stem = name or lp.last_stem or "page"
    target = _screenshot_dir() / f"{stem_for(stem)}.console.txt"
    lines = list(lp.console) + [f"[blocked] {u}" for u in lp.aborted]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(target)


def run_notebook(lp: LabPage, path: str, timeout: float = RUN_TIMEOUT_S) -> Report:
    """Open ``path``, clear its outputs, run all cells in the browser, wait,
    screenshot it (with NETCRIME_SCREENSHOTS=all) and return a Report.  Raises TimeoutError if it never ends
    (a screenshot is taken first)."""
    t0 = time.monotonic()
    steps: dict[str, float] = {}

    def step(name, fn, *args):
        t = time.monotonic()
        result = fn(*args)
        steps[name] = round(time.monotonic() - t, 1)
        return result

    try:
        step("open", open_notebook, lp, path)
        step("clear", clear_all_outputs, lp, path)
        step("run", run_all_cells, lp, path, timeout)
        report = step("inspect", collect_report, lp, path)
    except Exception:
        try:
            screenshot(lp, path + ".timeout")
        except Exception:
            pass
        raise
    if KEEP_SCREENSHOTS:
        report.screenshot = step("screenshot", screenshot, lp, path)
    report.seconds = time.monotonic() - t0
    report.steps = steps
    return report


_JS_UNTRUSTED_CELLS = "(path) => {" + _JS_FIND_PANEL + """
  const p = findPanel(path);
  if (!p) return null;
  const cells = p.content.model.cells, out = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type === 'code' && c.outputs.length && !c.trusted) out.push(i);
  }
  return out;
}
"""


def show_committed(lp: LabPage, path: str) -> Report:
    """Open ``path`` and inspect its committed outputs as JupyterLab draws them, without running it.

    The served copy is trusted (conftest.lab_server signs it), so JupyterLab draws the
    committed outputs exactly as it draws the same outputs after a run in the browser
    (untrusted HTML would be sanitised). Raises AssertionError if any output is untrusted."""
    t0 = time.monotonic()
    open_notebook(lp, path)
    untrusted = lp.page.evaluate(_JS_UNTRUSTED_CELLS, path)
    if untrusted:
        raise AssertionError(f"{path}: committed outputs of cells {untrusted} are untrusted (not signed)")
    report = collect_report(lp, path)
    if KEEP_SCREENSHOTS:
        report.screenshot = screenshot(lp, path)
    report.seconds = time.monotonic() - t0
    return report


# --------------------------------------------------------------------------
# interacting with outputs and widgets (for interaction tests)


def cell(page, index: int):
    """Locator of the cell with this index (all cell types count, as in the file)."""
    return page.locator(f"{PANEL} .jp-Notebook .jp-Cell").nth(index)


def cell_output_text(page, index: int) -> str:
    """Visible text of the outputs of cell ``index``."""
    area = cell(page, index).locator(".jp-OutputArea").first
    return area.inner_text() if area.count() else ""


def wait_for_output_text(page, index: int, text: str | re.Pattern, timeout: float = 15.0) -> str:
    """Wait until the outputs of cell ``index`` contain ``text`` (str or regex)."""
    def found():
        t = cell_output_text(page, index)
        hit = text.search(t) if isinstance(text, re.Pattern) else text in t
        return t if hit else None
    try:
        return _poll(found, timeout, f"{text!r} in the output of cell {index}")
    except TimeoutError as e:
        raise AssertionError(f"{e}; output is now: {cell_output_text(page, index)!r}") from None


def widget(page, description: str, kind: str = ""):
    """Locator of the ipywidget (``kind`` e.g. ".widget-slider") whose label is
    ``description``."""
    label = page.locator("label.widget-label").filter(
        has_text=re.compile(rf"^\s*{re.escape(description)}\s*$"))
    loc = page.locator(f"{PANEL} .jp-OutputArea .jupyter-widgets{kind}").filter(has=label)
    if loc.count() == 0:
        raise AssertionError(f"no widget{kind} with description {description!r} in the notebook")
    return loc.last  # innermost / last match


def slider_value(page, description: str) -> str:
    return widget(page, description, ".widget-slider").locator(".widget-readout").inner_text().strip()


def move_slider(page, description: str, steps: int) -> str:
    """Focus the slider's handle and press ArrowRight (steps > 0) or ArrowLeft
    ``abs(steps)`` times; returns the new readout text."""
    slider = widget(page, description, ".widget-slider")
    handle = slider.locator(".noUi-handle").first
    handle.focus()
    key = "ArrowRight" if steps > 0 else "ArrowLeft"
    for _ in range(abs(steps)):
        handle.press(key)
    page.wait_for_timeout(200)
    return slider.locator(".widget-readout").inner_text().strip()


def set_slider(page, description: str, value) -> str:
    """Type ``value`` into the slider's readout (as a student can) and press Enter."""
    readout = widget(page, description, ".widget-slider").locator(".widget-readout")
    readout.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(str(value))
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    return readout.inner_text().strip()


def click_button(page, text: str) -> None:
    """Click the ipywidgets Button whose text is ``text``."""
    btn = page.locator(f"{PANEL} .jp-OutputArea button.jupyter-button").filter(
        has_text=re.compile(rf"^\s*{re.escape(text)}\s*$"))
    if btn.count() == 0:
        raise AssertionError(f"no button {text!r} in the notebook outputs")
    btn.last.click()


def choose_option(page, description: str, option: str) -> None:
    """Pick ``option`` in a RadioButtons, Dropdown, Select or ToggleButtons
    widget whose description is ``description``."""
    w = widget(page, description)
    radio = w.locator(".widget-radio-box label").filter(has_text=re.compile(rf"^\s*{re.escape(option)}\s*$"))
    if radio.count():
        radio.first.click()
        return
    select = w.locator("select")
    if select.count():
        select.first.select_option(label=option)
        return
    toggle = w.locator("button").filter(has_text=re.compile(rf"^\s*{re.escape(option)}\s*$"))
    if toggle.count():
        toggle.first.click()
        return
    raise AssertionError(f"widget {description!r} has no option {option!r}")


def set_text(page, description: str, value: str) -> None:
    """Fill a Text / IntText / FloatText widget and press Enter."""
    box = widget(page, description).locator("input, textarea").first
    box.fill(str(value))
    box.press("Enter")
