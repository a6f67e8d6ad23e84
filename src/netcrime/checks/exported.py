"""A chart saved to a file, read as what it is: a picture (PNG, SVG) and of which chart, or a page or a spec.

Lesson 02 teaches exporting a chart with no browser (``charts.save_chart``, vl-convert); its your turn 9 gives the
path of the file written. What the file holds is read from its bytes, not its name: a ``.png`` that holds HTML is a
web page. An SVG says which chart it draws in its text (the title is drawn as text); a PNG by its shape, set beside
the chart's own drawing (``drawn_size``). Only a regular file is opened, and only its first ``MAX_READ`` bytes are read.
"""
from __future__ import annotations

import html
import re
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_READ = 5_000_000
PNG = "PNG"
SVG = "SVG"
HTML = "HTML"
SPEC = "JSON"
PDF = "PDF"
EMPTY = "empty"
OTHER = "other"


@dataclass(frozen=True)
class Saved:
    """What a saved file holds: its kind, its size in bytes, a PNG's (width, height) and an SVG's drawn texts."""

    kind: str
    size: int
    pixels: tuple[int, int] | None = None
    texts: tuple[str, ...] = ()


def read_saved(path: Path) -> Saved:
    """The kind of picture (or not) a regular file holds, read from its first bytes."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(MAX_READ)
    if not head:
        return Saved(EMPTY, size)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        return Saved(PNG, size, pixels=struct.unpack(">II", head[16:24]))
    start = head[:2048].lstrip().lower()
    if start.startswith(b"%pdf"):
        return Saved(PDF, size)
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return Saved(HTML, size)
    if start.startswith((b"{", b"[")):
        return Saved(SPEC, size)
    if b"<svg" in start:
        text = head.decode("utf-8", errors="replace")
        drawn = tuple(" ".join(html.unescape(t).split()) for t in re.findall(r"<text\b[^>]*>([^<]*)</text>", text))
        return Saved(SVG, size, texts=tuple(t for t in drawn if t))
    return Saved(OTHER, size)


def title_of(spec) -> str | None:
    """The chart's own title as drawn (a list of lines joined by a space), or None."""
    title = spec.get("title") if isinstance(spec, dict) else None
    if isinstance(title, dict):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(str(line) for line in title)
    return " ".join(title.split()) if isinstance(title, str) and title.strip() else None


def drawn_size(spec: dict) -> tuple[float, float] | None:
    """The (width, height) vl-convert draws the chart at (its SVG's), or None if it cannot draw it."""
    import json

    return _drawn_size(json.dumps(spec, sort_keys=True, default=str))


@lru_cache(maxsize=32)
def _drawn_size(spec_json: str) -> tuple[float, float] | None:
    import json

    from ..charts import vegalite_version

    try:
        import vl_convert

        # the Vega-Lite version Altair writes, as save_chart's chart.save draws it (vl-convert's default is its latest)
        svg = vl_convert.vegalite_to_svg(json.loads(spec_json), vl_version=vegalite_version())
    except Exception:  # a chart vl-convert cannot draw: nothing to compare
        return None
    found = re.search(r'<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"', svg)
    return (float(found.group(1)), float(found.group(2))) if found else None


def same_shape(pixels: tuple[int, int], drawn: tuple[float, float], tolerance: float = 0.03) -> bool:
    """Whether a picture of ``pixels`` has the shape of a chart drawn at ``drawn`` (any scale factor)."""
    width, height = pixels
    if not (width and height and drawn[0] and drawn[1]):
        return False
    return abs((width / height) / (drawn[0] / drawn[1]) - 1) <= tolerance
