"""Accessibility audit of what the course draws in a notebook's output areas.

axe-core (bundled in the PyPI package ``axe-playwright-python``; injected into
the page from disk, so no network) is run on every output area of the open
notebook after it has run: charts, tables, widgets, verdict boxes, printed text.
JupyterLab's own interface (menus, toolbars, side bars, the code editors, the
In/Out prompts, the Markdown cells' editor) is excluded: the course does not
draw it and cannot change it; JupyterLab audits it upstream. See README.md.

Beyond axe's rules, two course promises are checked directly:
- every chart has a text alternative (Vega-Lite ``description`` becomes the
  chart's aria-label);
- every verdict box says its verdict in words (colour is never the only cue).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lab import PANEL, LabPage

OUTPUTS = f"{PANEL} .jp-OutputArea-output"
# Inside the output areas, left out of the audit: vega-embed's "..." actions menu, a control of
# JupyterLab's chart renderer (its <summary> is an icon with no text), not something the course draws.
EXCLUDED = [f"{OUTPUTS} .vega-embed details"]
# Violations in markup that JupyterLab or ipywidgets generate around the course's output, which the
# course has no way to change. They are printed with every audit (never silently dropped) and only
# these exact (rule, element) pairs are let through; anything else in the same rule still fails.
KNOWN_UPSTREAM = {
    ("aria-input-field-name", ".noUi-handle"):
        "ipywidgets' slider handle has no accessible name and ipywidgets offers no way to give it "
        "one; the visible label beside it names it, and its readout can be typed into",
    ("scrollable-region-focusable", ".jp-RenderedHTML"):
        "JupyterLab's output container scrolls a wide table sideways without being focusable",
}
# Serious and critical violations fail; minor and moderate ones are reported.
FAILING_IMPACTS = ("serious", "critical")
# WCAG 2.1 A and AA, the level universities and public bodies commonly require. (WCAG 2.2's
# target-size rule would flag ipywidgets' 13-pixel radio inputs, whose labels are clickable too.)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VERDICT_WORDS = ("Correct", "Not yet", "Not attempted yet", "Wrong kind of answer", "Could not check")

_JS_CHART_ALTERNATIVES = """(sel) => {
  const out = [];
  for (const area of document.querySelectorAll(sel)) {
    for (const c of area.querySelectorAll('.vega-embed, [class*="jp-RenderedVega"]')) {
      if (c.parentElement && c.parentElement.closest('.vega-embed')) continue;
      const drawn = c.querySelector('svg.marks, canvas');
      if (!drawn) continue;
      const labelled = [drawn, c, ...c.querySelectorAll('[aria-label]')]
        .map(e => (e.getAttribute('aria-label') || '').trim()).find(t => t.length > 0) || '';
      const cell = c.closest('.jp-Cell');
      const index = cell ? [...cell.parentElement.children].indexOf(cell) : -1;
      out.push({cell: index, label: labelled});
    }
  }
  return out;
}"""

# verdict boxes carry a status class (netcrime-correct, netcrime-not-yet...); hints and
# solutions are "netcrime-info"
# axe judges only what it sees on screen, and JupyterLab's scrolling notebook (a fixed-size shell
# with overflow hidden) makes axe count most outputs as off screen, so whole rules (colour contrast)
# silently find nothing. So the outputs are audited as drawn but laid out plainly: deep copies of
# every output area in one <main> in normal page flow, with JupyterLab's shell taken out of the page meanwhile
# (same stylesheets, same theme variables), then everything is put back. Taken out, not only hidden: axe builds
# its tree of the whole document, whatever the audit includes, and a notebook with every cell attached is
# thousands of elements (solution 02: 6,400 in the page, 650 of them the staged outputs); the same audit of the
# same copies costs less than half the CPU (benchmarks/results/test_suite.md, round 8).
_JS_STAGE = """(sel) => {
  const box = document.createElement('main');
  box.id = 'netcrime-a11y-audit';
  box.setAttribute('aria-label', 'Course outputs under audit');
  box.style.cssText = 'display:block; width:1100px; padding:8px; ' +
    'background: var(--jp-layout-color0, #fff); color: var(--jp-content-font-color1, #000); ' +
    'font-family: var(--jp-content-font-family); font-size: var(--jp-content-font-size1);';
  for (const o of document.querySelectorAll(sel)) {
    const copy = o.cloneNode(true);
    for (const [i, c] of o.querySelectorAll('canvas').entries()) {  // keep what canvases show
      const img = copy.querySelectorAll('canvas')[i];
      if (img && c.getAttribute('aria-label')) img.setAttribute('aria-label', c.getAttribute('aria-label'));
    }
    box.appendChild(copy);
  }
  const shell = document.querySelector('.jp-LabShell');
  box.dataset.bodyOverflow = document.body.style.overflow;
  if (shell) {  // put back where it was by _JS_UNSTAGE
    window.__netcrimeA11yShell = {shell, parent: shell.parentNode, next: shell.nextSibling};
    shell.remove();
  }
  document.body.style.overflow = 'auto';
  document.body.prepend(box);
  return box.children.length;
}"""

_JS_UNSTAGE = """() => {
  const box = document.getElementById('netcrime-a11y-audit');
  if (!box) return;
  const held = window.__netcrimeA11yShell;
  if (held) {
    held.parent.insertBefore(held.shell, held.next && held.next.parentNode === held.parent ? held.next : null);
    delete window.__netcrimeA11yShell;
  }
  document.body.style.overflow = box.dataset.bodyOverflow;
  box.remove();
  // JupyterLab lays its shell out again on a resize; without it, the shell shown again can sit over
  // the notebook and take the clicks of whatever test works the outputs next.
  window.dispatchEvent(new Event('resize'));
}"""

_JS_VERDICTS = """(sel) => [...document.querySelectorAll(sel + ' .netcrime-feedback:not(.netcrime-info)')]
  .map(e => (e.querySelector('strong') || e).textContent.trim())"""


def _known(violation: dict) -> str | None:
    """The reason, if every element of this violation is a KNOWN_UPSTREAM case."""
    reasons = set()
    for node in violation.get("nodes", []):
        opening = (node.get("html") or "").split(">", 1)[0]  # the element's own start tag
        classes = re.search(r'class="([^"]*)"', opening)
        classes = set(classes.group(1).split()) if classes else set()
        reason = next((why for (rule, where), why in KNOWN_UPSTREAM.items()
                       if rule == violation["id"] and where.lstrip(".") in classes), None)
        if reason is None:
            return None
        reasons.add(reason)
    return "; ".join(sorted(reasons)) or None


@dataclass
class Audit:
    violations: list[dict]  # axe violations of serious/critical impact
    minor: list[dict]  # the others, reported only
    upstream: list[tuple[str, str]]  # (rule, reason) of KNOWN_UPSTREAM violations let through
    charts: list[dict]  # {cell, label}
    verdict_headings: list[str]

    @property
    def charts_without_text(self) -> list[dict]:
        """Charts whose only label is Vega's placeholder (no ``description`` given) or none."""
        return [c for c in self.charts if c["label"] in ("", "Vega visualization")]

    @property
    def verdicts_without_words(self) -> list[str]:
        # the heading names the question, then says the verdict in words ("q3: Not yet",
        # "q15: recorded for your instructor"); a bare "q3" or a symbol would leave colour alone
        return [h for h in self.verdict_headings
                if not (any(w in h for w in VERDICT_WORDS) or re.match(r"^\S+: [A-Za-z]{2,}", h))]

    def summary(self) -> str:
        lines = [f"{len(self.violations)} serious/critical axe violation(s), {len(self.minor)} minor; "
                 f"{len(self.charts)} chart(s), {len(self.verdict_headings)} verdict/feedback box(es)"]
        for v in self.violations + self.minor:
            nodes = v.get("nodes", [])
            lines.append(f"  [{v.get('impact')}] {v['id']}: {v.get('help')} ({len(nodes)} node(s))")
            for n in nodes[:3]:
                lines.append(f"      {n.get('target')}: {(n.get('failureSummary') or '')[:300]}")
        for rule, why in self.upstream:
            lines.append(f"  known, not the course's markup: {rule}: {why}")
        for c in self.charts_without_text:
            lines.append(f"  chart in cell {c['cell']} has no text alternative (aria-label {c['label']!r})")
        return "\n".join(lines)


def audit_outputs(lp: LabPage) -> Audit:
    """Run axe on the open notebook's output areas (nothing else)."""
    from axe_playwright_python.sync_playwright import Axe

    page = lp.page
    if not page.locator(OUTPUTS).count():
        return Audit([], [], [], [], [])
    charts = page.evaluate(_JS_CHART_ALTERNATIVES, OUTPUTS)
    verdicts = page.evaluate(_JS_VERDICTS, OUTPUTS)
    context = {"include": [["#netcrime-a11y-audit"]],
               "exclude": [[e.replace(OUTPUTS, "#netcrime-a11y-audit")] for e in EXCLUDED]}
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    page.evaluate(_JS_STAGE, OUTPUTS)
    try:
        results = Axe().run(page, context=context, options=options).response
    finally:
        page.evaluate(_JS_UNSTAGE)
    violations = results.get("violations", [])
    upstream = [(v["id"], _known(v)) for v in violations if _known(v)]
    violations = [v for v in violations if not _known(v)]
    failing = [v for v in violations if v.get("impact") in FAILING_IMPACTS]
    minor = [v for v in violations if v.get("impact") not in FAILING_IMPACTS]
    return Audit(failing, minor, upstream, charts, verdicts)


def assert_course_output_accessible(lp: LabPage, path: str) -> Audit:
    audit = audit_outputs(lp)
    msg = f"{path}: {audit.summary()}"
    print(msg)
    assert not audit.violations, f"accessibility violations in the course's output:\n{msg}"
    assert not audit.charts_without_text, f"charts without a text alternative:\n{msg}"
    assert not audit.verdicts_without_words, f"verdicts shown by colour only: {audit.verdicts_without_words}"
    return audit
