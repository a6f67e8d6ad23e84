"""The course's chart set-up: one offline renderer and one accessible theme.

Why this renderer: Altair's default HTML output loads Vega from a CDN, which
fails with no internet (classrooms behind firewalls; the CDN is unreliable in
mainland China). Altair 6 writes Vega-Lite 6, and its own "mimetype" renderer
labels it ``application/vnd.vegalite.v6.json``, which JupyterLab 4 has no
renderer for: the student would see only a line of text. JupyterLab 4 does
ship a Vega-Lite 5 renderer (offline, with tooltips and selections), so the
course renderer hands it the Altair 6 spec, relabelled Vega-Lite 5, under the
Vega-Lite 5 mime type. The course's charts use nothing that only Vega-Lite 6
has: tests/test_chart_renderer.py compiles every course chart with both
compilers (vl-convert) and fails if the two Vega programs differ.

The lessons still show the Altair code they teach; this module only hides
plumbing (renderer, theme, export). It imports Altair only inside its
functions, so ``from netcrime.charts import PALETTE`` stays cheap and
``netcrime.setup()`` can leave Altair unimported in lessons that never chart.
"""
from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    import altair as alt

THEME_NAME = "netcrime"
RENDERER_NAME = "netcrime"
# JupyterLab 4's built-in renderer (@jupyterlab/vega5-extension) draws this mime type.
VEGALITE_V5_MIME = "application/vnd.vegalite.v5+json"
# Only a label: vega-embed reads the major version from it and fetches nothing.
VEGALITE_V5_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"

# Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
PALETTE = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
MUTED = "#9E9E9E"  # for context marks (what is missing, what is outside the figure)
# Latin first, then fonts with Chinese glyphs, so 抓获 and 刑拘 render in labels.
FONT = "Source Sans Pro, Helvetica, Arial, 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"


def _theme() -> dict:
    return {
        "config": {
            "font": FONT,
            "view": {"continuousWidth": 360, "continuousHeight": 240, "stroke": None},
            "range": {"category": list(PALETTE)},
            "mark": {"color": PALETTE[0]},
            "title": {"fontSize": 15, "anchor": "start", "subtitleFontSize": 12},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 260},
            "legend": {"labelFontSize": 12, "titleFontSize": 12},
        }
    }


def _text(value) -> str:
    if isinstance(value, dict):
        value = value.get("text")
    if isinstance(value, (list, tuple)):
        value = " ".join(map(str, value))
    return str(value or "").strip()


def plain_text(spec: dict) -> str:
    """What a reader without a kernel or a Vega renderer sees (GitHub, nbconvert, a terminal).

    The chart's own title and description (every course chart has them, for
    screen readers) say what the chart shows; the last line says how to see it.
    """
    title = _text(spec.get("title"))
    description = _text(spec.get("description"))
    lines = [f"Chart: {title}" if title else "Chart"]
    if description:
        lines.append(description)
    lines.append("(Open the notebook in JupyterLab to see it drawn.)")
    return "\n".join(lines)


def _json_safe(value):
    """NaN and infinity become null: they are not JSON, and the kernel would send a broken message."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    return value


def jupyterlab_bundle(spec: dict, static_png: bool = False) -> dict:
    """The mime bundle JupyterLab 4 draws offline: the spec relabelled Vega-Lite 5.

    ``static_png`` adds a picture (drawn by vl-convert) for viewers with no
    Vega renderer; the course leaves it off to keep notebooks light (README).
    """
    spec = _json_safe(spec)
    bundle = {VEGALITE_V5_MIME: {**spec, "$schema": VEGALITE_V5_SCHEMA}, "text/plain": plain_text(spec)}
    if static_png:
        import vl_convert

        png = vl_convert.vegalite_to_png(spec, vl_version=vegalite_version(), scale=1)
        bundle["image/png"] = base64.b64encode(png).decode("ascii")
    return bundle


def vegalite_version() -> str:
    """The Vega-Lite version Altair writes, as vl-convert names it (e.g. '6.4')."""
    import altair as alt

    return ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])


def _renderer(spec: dict, **_options) -> dict:
    return jupyterlab_bundle(spec)


def _renderer_with_png(spec: dict, **_options) -> dict:
    return jupyterlab_bundle(spec, static_png=True)


def enable(static_png: bool = False) -> None:
    """Render charts offline in JupyterLab 4 and use the course theme. Safe to call twice.

    Also builds Altair's class table once per process rather than once per encoding channel (``altair_classes``)."""
    import altair as alt

    from . import altair_classes

    altair_classes.remember()
    name = RENDERER_NAME + ("-png" if static_png else "")
    _enable(alt.renderers, name, lambda: alt.renderers.register(name, _renderer_with_png if static_png else _renderer))
    _enable(alt.theme, THEME_NAME, lambda: alt.theme.register(THEME_NAME, enable=False)(_theme))


def _enable(registry, name: str, register: Callable[[], object]) -> None:
    """Enable ``name`` in one of Altair's registries (renderers, themes), registering it first if it is not yet.

    Enabling a registered name is a look-up; asking a registry for its names, or enabling a name it lacks, reads
    every installed package's entry points (about 10 CPU-ms each time), which each ``setup()`` (every notebook,
    and every worked solution the checks' tests run) paid twice. Now only the first call in a process does."""
    from altair.utils.plugin_registry import NoSuchEntryPoint

    try:
        registry.enable(name)
    except NoSuchEntryPoint:
        register()
        registry.enable(name)


def save_chart(chart: alt.TopLevelMixin, path: str | Path, scale: float = 2.0) -> Path:
    """Save a chart as PNG or SVG (chosen by the file ending) with no browser or internet.

    Uses vl-convert, which bundles its own Vega. Chinese labels need a CJK
    font installed on the machine for PNG output (e.g. Debian's fonts-noto-cjk).
    """
    path = Path(path)
    if path.suffix.lower() not in {".png", ".svg"}:
        raise ValueError(f"Save as .png or .svg, not '{path.suffix}'.")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".png":
        chart.save(str(path), scale_factor=scale)
    else:
        chart.save(str(path))
    return path
