"""The figure explorer and the unit converter of lesson 01.

Pick a figure of the release and see, in one card: what it counts, its value in
base units and in 万 and 亿, how precise it is, the Chinese original and the
fragment of the translation it comes from. The converter takes a figure as
printed ("1.64万", "299.5亿元", "more than 3 million") and explains each step
of turning it into a plain number.

The logic lives in plain functions (``describe_figure``, ``figure_card``,
``explain_conversion``) that tests call directly; ``make_explorer`` and
``make_converter`` only wire them to ipywidgets. Nothing here raises at a
student: an unknown id or an unreadable text becomes a message.
"""
from __future__ import annotations

import html
import re

import ipywidgets as widgets

from .. import data
from ..units import CHINESE_UNITS, ENGLISH_UNITS, parse_figure, plain, short, to_wan, to_yi
from .base import CourseWidget

# A number followed by 万 or 亿, as the Chinese original prints it.
_CHINESE_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)")
_ANY_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万|亿|thousand|million|billion|%)?")

KIND_MEANING = {
    "enforcement activity": "what the police did (activity), not how much crime there was",
    "trend": "a change over time, given without its starting level (a form: ask what is changing)",
    "outcome": "what happened to people (a measure of crime or harm)",
}


def figure_ids() -> list[str]:
    """The ids of every figure in data/release_figures.csv, in file order."""
    return list(data.release_figures()["id"])


def rounding_step(text: str) -> float | None:
    """The size of the last printed digit, in base units.

    '1.64万' -> 100 (printed to hundreds); '299.5亿' -> 10,000,000;
    '17,000' -> 1,000; '86%' -> 1. None when no number is found.
    """
    if not isinstance(text, str):
        return None
    match = _CHINESE_NUMBER.search(text) or _ANY_NUMBER.search(text)
    if match is None:
        return None
    digits, unit = match.group(1).replace(",", ""), match.group(2)
    multiplier = CHINESE_UNITS.get(unit) or ENGLISH_UNITS.get(unit) or 1
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        trailing = len(digits) - len(digits.rstrip("0"))
        step = 10.0 ** trailing if trailing < len(digits) else 1.0
    return round(step * multiplier, 10)


def precision_note(precision: str, value: float, printed: str, unit: str = "") -> str:
    """What the precision means for this figure, in one sentence."""
    unit_text = f" {unit}" if unit else ""
    if precision == "lower bound":
        return (f"A lower bound: 'more than' {plain(value)}{unit_text}. The true number is at least this; "
                "the release does not say by how much it is more.")
    if precision == "rounded":
        step = rounding_step(printed)
        if step and step > 1 or (step and unit == "percent"):
            low, high = value - step / 2, value + step / 2
            return (f"Rounded: printed to the nearest {plain(step)}{unit_text}, so the true figure is "
                    f"somewhere from about {plain(low)} to {plain(high)}{unit_text}.")
        return "Rounded: the printed figure is not exact."
    if precision == "exact":
        return "Exact as printed (a count given to the last unit)."
    return f"Precision '{precision}' is not one the course knows."


def describe_figure(figure_id) -> dict:
    """Everything a careful reader wants to know about one figure, as a dict.

    Keys: id, counts, value, unit, base_units, in_wan, in_yi, printed_as,
    chinese_original, source_fragment, kind, kind_meaning, precision,
    precision_note, scope, subset, operation, period, verified_in_chinese, note.
    For an unknown id the dict has a single 'error' key with a message.
    """
    if not isinstance(figure_id, str):
        return {"error": f"Give a figure id as text, e.g. 'gangs_eliminated' (you gave {type(figure_id).__name__})."}
    table = data.release_figures().set_index("id")
    key = figure_id.strip()
    if key not in table.index:
        return {"error": f"No figure called '{figure_id}'. Known ids: {', '.join(table.index)}."}
    row = table.loc[key]
    value = float(row["value"])
    unit = row["unit"]
    printed_for_rounding = row["chinese_original"] or row["printed_as"]
    if not _CHINESE_NUMBER.search(printed_for_rounding or ""):
        printed_for_rounding = row["printed_as"]
    is_count = unit != "percent"
    return {
        "id": key,
        "counts": row["counts"],
        "value": value,
        "unit": unit,
        "base_units": f"{plain(value)} {unit}",
        "in_wan": f"{short(to_wan(value))}万" if is_count else "not a count (a percentage)",
        "in_yi": f"{short(to_yi(value))}亿" if is_count else "not a count (a percentage)",
        "printed_as": row["printed_as"],
        "chinese_original": row["chinese_original"] or "(not checked against the Chinese original)",
        "source_fragment": row["source_fragment"] or "(the English translation leaves this out)",
        "kind": row["kind"],
        "kind_meaning": KIND_MEANING.get(row["kind"], ""),
        "precision": row["precision"],
        "precision_note": precision_note(row["precision"], value, printed_for_rounding, unit),
        "scope": row["scope"],
        "subset": row["subset"],
        "operation": row.get("operation") or "",
        "period": (f"{row['period_start']:%Y-%m-%d} to {row['period_end']:%Y-%m-%d}"
                   + (" (start assumed: the release gives none)" if row.get("period_start_assumed") == "yes" else "")),
        "verified_in_chinese": row["verified_in_chinese"],
        "note": row["note"] or "",
    }


_CARD_ROWS = (
    ("What it counts", "counts"),
    ("In base units", "base_units"),
    ("In 万 (10,000)", "in_wan"),
    ("In 亿 (100,000,000)", "in_yi"),
    ("Printed as", "printed_as"),
    ("Chinese original", "chinese_original"),
    ("Translation says", "source_fragment"),
    ("Kind", "kind"),
    ("Precision", "precision_note"),
    ("Where and which part", "scope_subset"),
    ("Period it can cover", "period"),
    ("Checked in Chinese?", "verified_in_chinese"),
    ("Note", "note"),
)


def _card_values(info: dict) -> list[tuple[str, str]]:
    rows = []
    for label, key in _CARD_ROWS:
        if key == "scope_subset":
            text = f"{info['scope']}, {info['subset']}" + (f" ({info['operation']})" if info.get("operation") else "")
        elif key == "kind":
            text = f"{info['kind']}: {info['kind_meaning']}"
        else:
            text = str(info[key])
        rows.append((label, text))
    return rows


def figure_card(figure_id) -> str:
    """The explorer's card as plain text (what nbval compares and tests read)."""
    info = describe_figure(figure_id)
    if "error" in info:
        return info["error"]
    lines = [f"Figure: {info['id']}"]
    lines += [f"  {label}: {text}" for label, text in _card_values(info)]
    return "\n".join(lines)


def figure_card_html(figure_id) -> str:
    """The same card as a small HTML table for the widget."""
    info = describe_figure(figure_id)
    if "error" in info:
        return f"<p><strong>{html.escape(info['error'])}</strong></p>"
    rows = "".join(
        f"<tr><th style='text-align:left; padding-right:12px; vertical-align:top;'>{html.escape(label)}</th>"
        f"<td style='text-align:left;'>{html.escape(text)}</td></tr>"
        for label, text in _card_values(info)
    )
    return f"<table><caption style='text-align:left;'><strong>{html.escape(info['id'])}</strong></caption>{rows}</table>"


# Pinyin for students without a Chinese keyboard: "1.7 wan", "299.5yi".
_PINYIN_UNIT = re.compile(r"(?<=[\d\s])(wàn|wan|yì|yi)(?![a-z])", re.I)
_PINYIN = {"wan": "万", "wàn": "万", "yi": "亿", "yì": "亿"}
# English-style thousands separators: 1,700 or 29,950,000,000 (a comma then three digits).
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# Words a printed figure may carry that are not units (counted things, "more than", ...).
_NOT_UNITS = re.compile(r"more than|at least|over|yuan|元|名|起|个|人|件|余|多|people|cases|gangs"
                        r"|suspects|[\d.,%\s]", re.I)


def _with_chinese_units(text: str) -> tuple[str, str | None]:
    """Replace pinyin units by 万/亿; also return a sentence saying so (or None)."""
    found = _PINYIN_UNIT.search(text)
    if not found:
        return text, None
    unit = _PINYIN[found.group(1).lower()]
    converted = _PINYIN_UNIT.sub(lambda m: _PINYIN[m.group(1).lower()], text)
    converted = re.sub(r"(\d)\s+([万亿])", r"\1\2", converted)
    return converted, f"'{found.group(1)}' is pinyin for {unit}, so this reads as {converted.strip()}."


def _ignored_text(text: str, match: re.Match) -> str:
    """What the converter did not use: text outside the number that is no known word."""
    rest = text[:match.start()] + " " + text[match.end():]
    return " ".join(_NOT_UNITS.sub(" ", rest).split())


def explain_conversion(text) -> list[str]:
    """Explain, step by step, how a printed figure becomes a plain number.

    The first step says what was read (number and unit), so a slip such as
    "1.7 wam" or "1,7万" is visible instead of silently giving a wrong number.

    >>> explain_conversion("1.64万")[-1]
    'Result: 16,400 (rounded).'
    >>> explain_conversion("1.7 wan")[-1]
    'Result: 17,000 (rounded).'
    """
    if not isinstance(text, str) or not text.strip():
        return ["Type a figure as printed, e.g. 1.64万, 299.5亿元, 17,000 or more than 3 million "
                "(no Chinese keyboard? type 1.64 wan or 299.5 yi)."]
    text, pinyin_note = _with_chinese_units(text)
    try:
        parsed = parse_figure(text)
    except ValueError:
        return [f"No number found in {text!r}. Type digits, e.g. 1.64万 (or 1.64 wan) or 29.95 billion."]
    match = _ANY_NUMBER.search(text)
    digits, unit = match.group(1), match.group(2)
    if "," in digits and not _GROUPED.fullmatch(digits):
        return [f"I cannot read {digits} as a number: a comma separates thousands, in groups of three "
                f"digits (1,700 or 29,950,000,000). For a decimal, use a point: "
                f"{digits.replace(',', '.')}."]
    number = float(digits.replace(",", ""))
    steps = [f"Read: the number {digits}" + (f" and the unit {unit}." if unit else ", with no unit.")]
    if pinyin_note:
        steps.append(pinyin_note)
    ignored = _ignored_text(text, match)
    if ignored and not unit:
        steps.append(f"'{ignored}' is not a unit I know, so I left it out. Units I know: "
                     "万 (wan), 亿 (yi), thousand, million, billion and %.")
    if unit in CHINESE_UNITS:
        size = CHINESE_UNITS[unit]
        name = "ten thousand" if unit == "万" else "a hundred million (not a billion)"
        steps.append(f"{unit} means {name}: 1{unit} = {size:,}.")
        steps.append(f"{short(number)} × {size:,} = {plain(parsed.value)}.")
    elif unit in ENGLISH_UNITS:
        size = ENGLISH_UNITS[unit]
        steps.append(f"'{unit}' means {size:,}.")
        steps.append(f"{short(number)} × {size:,} = {plain(parsed.value)}.")
    elif unit == "%":
        steps.append("A percentage: a share of some base, not a count.")
    else:
        steps.append(f"No unit word, so the number is already in base units: {plain(parsed.value)}.")
    if unit != "%":
        steps.append(f"In 万: {short(to_wan(parsed.value))}万; in 亿: {short(to_yi(parsed.value))}亿.")
    if parsed.precision == "lower bound":
        steps.append("'More than' (or 余/多) makes it a lower bound: the true number is at least this.")
    elif parsed.precision == "rounded":
        step = rounding_step(text)
        if step and step > 1:
            steps.append(f"The last printed digit is worth {plain(step)}, so the figure is rounded to that.")
    shown = plain(parsed.value) + ("%" if unit == "%" else "")
    steps.append(f"Result: {shown} ({parsed.precision}).")
    return steps


def _figure_options() -> list[tuple[str, str]]:
    table = data.release_figures()
    return [(f"{row.id}  ({row.printed_as})", row.id) for row in table.itertuples()]


class FigureExplorer(CourseWidget):
    """A dropdown of the release's figures and a card describing the one picked."""

    text = "Figure explorer: pick a figure of the release to see what it counts and how precise it is."

    def __init__(self, start: str = "suspects_detained"):
        options = _figure_options()
        ids = [value for _, value in options]
        self.picker = widgets.Dropdown(options=options, value=start if start in ids else ids[0],
                                       description="Figure:", layout=widgets.Layout(width="auto"))
        self.card = widgets.HTML(value=figure_card_html(self.picker.value))
        super().__init__([self.picker, self.card])
        self.picker.observe(self.show, names="value")

    def show(self, change=None) -> None:
        self.card.value = figure_card_html(self.picker.value)


class Converter(CourseWidget):
    """A text box: type a figure as printed, press Convert, read each step."""

    text = "Converter: type a figure as the release prints it (1.64万, 299.5亿元) and read each step."

    def __init__(self, start: str = "299.5亿元"):
        self.entry = widgets.Text(value=start, description="Figure:", placeholder="e.g. 1.64万",
                                  continuous_update=False)
        self.button = widgets.Button(description="Convert")
        self.steps = widgets.HTML()
        super().__init__([widgets.HBox([self.entry, self.button]), self.steps])
        self.button.on_click(self.convert)
        self.entry.observe(self.convert, names="value")  # Enter (or leaving the box) converts too
        self.convert()

    def convert(self, _=None) -> None:
        items = "".join(f"<li>{html.escape(s)}</li>" for s in explain_conversion(self.entry.value))
        self.steps.value = f"<ol>{items}</ol>"


def make_explorer(start: str = "suspects_detained") -> FigureExplorer:
    """The lesson's figure explorer."""
    return FigureExplorer(start)


def make_converter(start: str = "299.5亿元") -> Converter:
    """The lesson's converter."""
    return Converter(start)
