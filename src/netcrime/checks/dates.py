"""Dates as students write them, read as the dates they are.

A question that asks for a date as ISO text ('2021-01-01') gets it in many other forms: '2021-1-1',
'2021/01/01', '1 January 2021', 'January 1, 2021', '2021年1月1日', a ``pd.Timestamp`` or a
``datetime.date``. Each of those names one day and is read as that day; a form that could be two days
('03-04-2021': 3 April or 4 March?) is not guessed: the student is asked to write it as ISO text.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

_MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")), start=1) for name in names}


class DateReading(NamedTuple):
    iso: str | None          # 'YYYY-MM-DD' when the text names one day
    ambiguous: bool = False  # day and month could be either way round
    written_as_iso: bool = False


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def read_date(value) -> DateReading:
    """The day a value names, if it names exactly one (see the module's docstring)."""
    if isinstance(value, (_dt.date, _dt.datetime)) or type(value).__name__ == "Timestamp":
        try:
            return DateReading(_iso(value.year, value.month, value.day))
        except (AttributeError, ValueError):
            return DateReading(None)
    if not isinstance(value, str):
        return DateReading(None)
    text = value.strip().casefold().rstrip(".")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return DateReading(_iso(*map(int, text.split("-"))), written_as_iso=True)
    if found := re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]00:00(?::00)?)?", text):
        return DateReading(_iso(*map(int, found.groups())))
    if found := re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", text):
        first, second, year = map(int, found.groups())
        readings = {_iso(year, second, first), _iso(year, first, second)} - {None}
        if len(readings) == 1:
            return DateReading(readings.pop())
        return DateReading(None, ambiguous=bool(readings))
    words = re.findall(r"[a-z]+|\d+", text)
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(months) == 1 and len(years) == 1 and len(days) == 1 and len(words) == 3:
        return DateReading(_iso(years[0], months[0], days[0]))
    return DateReading(None)


def as_iso(value):
    """``value`` as ISO text when it names one day in another form; otherwise ``value`` unchanged."""
    reading = read_date(value)
    return reading.iso if reading.iso is not None and not reading.written_as_iso else value
