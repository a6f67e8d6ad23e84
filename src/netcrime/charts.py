"""The course's chart set-up: one offline renderer and one accessible theme.

Why the mimetype renderer: Altair's default HTML output loads Vega from a CDN,
which fails with no internet (classrooms behind firewalls; the CDN is
unreliable in mainland China). The mimetype renderer stores the Vega-Lite 5
spec in the notebook and JupyterLab draws it with its own built-in Vega,
offline, keeping tooltips and selections. Altair stays on 5.x because
JupyterLab's renderer draws Vega-Lite 5.

The lessons still show the Altair code they teach; this module only hides
plumbing (renderer, theme, export).
"""
from __future__ import annotations

from pathlib import Path

import altair as alt

THEME_NAME = "netcrime"

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


def enable() -> None:
    """Render charts offline (mimetype) and use the course theme. Safe to call twice."""
    alt.renderers.enable("mimetype")
    if THEME_NAME not in alt.theme.names():
        alt.theme.register(THEME_NAME, enable=False)(_theme)
    alt.theme.enable(THEME_NAME)


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
