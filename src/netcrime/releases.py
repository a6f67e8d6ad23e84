"""Reading releases against each other: which figures can stand side by side, and why not.

Lesson 05's widget and chart helper are thin wrappers around these plain
functions, so the logic is tested without a browser. A figure here is a row of
``data.releases()``. Two figures are comparable only when they count the same
unit, over the same scope, for the same issuer and campaign, over periods of
the same length that do not overlap; anything else is a *mismatch*, named with
the two values and a sentence saying why it matters.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import data
from .paths import data_dir

DIMENSIONS = ("unit", "scope", "issuer", "campaign", "period", "kind")
# A period that is partly our inference does not forbid a comparison, but a reader must be told.
WARNING = "assumed period"
_DAYS_SLACK = 31  # periods within a month of each other count as the same length


@dataclass(frozen=True)
class Mismatch:
    """One way two figures differ: which dimension, the two values, and why it matters."""

    dimension: str
    left: str
    right: str
    why: str

    @property
    def blocking(self) -> bool:
        """Whether it forbids drawing the two as one series (an assumed period only warns)."""
        return self.dimension != WARNING


class UnknownFigure(ValueError):
    """A figure id that is not in data/releases.csv."""


def figures() -> pd.DataFrame:
    """All figures of the later releases (and 2020's headline), indexed by id.

    A fresh copy each call (as ``data`` hands out tables); indexed once per data folder, as ``data`` reads each
    table once: lesson 05's judges read a figure from it on every answer (thousands of times in the checks' tests).
    """
    return _figures_in(str(data_dir())).copy()


@lru_cache(maxsize=8)
def _figures_in(folder: str) -> pd.DataFrame:
    return data.releases().set_index("id").copy()  # the copy keeps one block per dtype: later copies are cheap


# What a figure must say for a comparison: the dimensions, and the period that two of them read.
NEEDED = ("unit", "scope", "issuer", "campaign", "kind", "period_start", "period_end", "period_basis", "period_assumed")


def own_figure(reading) -> pd.Series:
    """A figure you read yourself (a dict or Series with the fields of ``NEEDED``), as a row to compare.

    For a figure no table holds, such as the capstone's: read it, write down what it counts, then
    compare it with a stored one by ``mismatches('r2020_gangs', your_reading)``.
    """
    given = dict(reading)
    missing = [name for name in NEEDED if name not in given]
    if missing:
        raise UnknownFigure(f"Your figure needs the fields {', '.join(NEEDED)}; it lacks {', '.join(missing)}.")
    try:
        start, end = pd.Timestamp(given["period_start"]), pd.Timestamp(given["period_end"])
    except (TypeError, ValueError):
        raise UnknownFigure("Give period_start and period_end as dates, e.g. '2023-01-01'.") from None
    if pd.isna(start) or pd.isna(end):
        raise UnknownFigure("Give period_start and period_end as dates, e.g. '2023-01-01'.")
    given.update(period_start=start, period_end=end)
    given.setdefault("printed_as", "")
    given.setdefault("chinese_original", "")
    return pd.Series(given, name=str(given.get("id", getattr(reading, "name", None) or "your figure")))


def row(figure_id) -> pd.Series:
    """One figure's row (by id, or your own reading of one: see ``own_figure``), or a clear error naming the known ids."""
    if isinstance(figure_id, (dict, pd.Series)):
        return own_figure(figure_id)
    table = figures()
    if not isinstance(figure_id, str) or figure_id not in table.index:
        raise UnknownFigure(f"No figure called {figure_id!r} in data/releases.csv. "
                            f"Known ids: {', '.join(table.index)}")
    return table.loc[figure_id]


def period_days(r: pd.Series) -> int:
    """Days covered, both ends included (a stock at one date covers one day)."""
    return int((r["period_end"] - r["period_start"]).days) + 1


def _period_text(r: pd.Series) -> str:
    return f"{r['period_start']:%Y-%m-%d} to {r['period_end']:%Y-%m-%d} ({r['period_basis']})"


def _same_period(a: pd.Series, b: pd.Series) -> bool:
    return a["period_start"] == b["period_start"] and a["period_end"] == b["period_end"]


def _overlap(a: pd.Series, b: pd.Series) -> bool:
    """Periods that share days without being the same period (the same period is no mismatch)."""
    return (not _same_period(a, b)) and a["period_start"] <= b["period_end"] and b["period_start"] <= a["period_end"]


def mismatches(left, right) -> list[Mismatch]:
    """Every way figure ``left`` differs from figure ``right``, in the order of DIMENSIONS.

    Each is an id of data/releases.csv or a figure read by hand (a dict: see ``own_figure``).
    """
    a, b = row(left), row(right)
    found: list[Mismatch] = []
    if a["unit"] != b["unit"]:
        found.append(Mismatch("unit", a["unit"], b["unit"],
                              "They count different things: a change between them could be a change of "
                              "definition, not of activity."))
    if a["scope"] != b["scope"]:
        found.append(Mismatch("scope", a["scope"], b["scope"],
                              "They cover different crimes: one may contain the other."))
    if a["issuer"] != b["issuer"]:
        found.append(Mismatch("issuer", a["issuer"], b["issuer"],
                              "Different issuers count in their own ways; check who counted, not only what."))
    if a["campaign"] != b["campaign"]:
        found.append(Mismatch("campaign", a["campaign"], b["campaign"],
                              "Different campaigns have their own targets, lists and periods."))
    if _overlap(a, b):
        found.append(Mismatch("period", _period_text(a), _period_text(b),
                              "The periods overlap: the same cases may sit in both figures, and a cumulative "
                              "'since' figure contains the earlier one."))
    elif abs(period_days(a) - period_days(b)) > _DAYS_SLACK:
        found.append(Mismatch("period", _period_text(a), _period_text(b),
                              f"The periods differ in length ({period_days(a)} and {period_days(b)} days): "
                              "a longer period gives a bigger total with no change in activity."))
    if a["kind"] != b["kind"]:
        found.append(Mismatch("kind", a["kind"], b["kind"], "One is not the same sort of statistic as the other."))
    assumed = [r.name for r in (a, b) if r["period_assumed"] == "yes"]
    if assumed:
        found.append(Mismatch(WARNING, _period_text(a), _period_text(b),
                              f"The period of {' and '.join(dict.fromkeys(assumed))} is partly our inference "
                              "(see its note): say so wherever the figures appear together."))
    return found


def comparison_table(left, right) -> pd.DataFrame:
    """The two figures side by side, one row per dimension, with whether they match."""
    a, b = row(left), row(right)
    flagged = {m.dimension: m for m in mismatches(left, right)}
    left, right = a.name, b.name  # the column headings: the ids, or the names of figures read by hand
    rows = [{"": "figure", left: f"{a['printed_as']} ({a['chinese_original']})",
             right: f"{b['printed_as']} ({b['chinese_original']})", "match": "", "why it matters": ""}]
    for dim in DIMENSIONS:
        left_value = _period_text(a) if dim == "period" else a[dim]
        right_value = _period_text(b) if dim == "period" else b[dim]
        m = flagged.get(dim)
        rows.append({"": dim, left: left_value, right: right_value,
                     "match": "no" if m else "yes", "why it matters": m.why if m else ""})
    if WARNING in flagged:
        rows.append({"": WARNING, left: a["period_assumed"], right: b["period_assumed"],
                     "match": "warning", "why it matters": flagged[WARNING].why})
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class SeriesVerdict:
    """Whether points make a series, the blocking reasons if not, and warnings either way."""

    ok: bool
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]


def series_verdict(figure_ids) -> SeriesVerdict:
    """Can these figures be drawn as one series? Every pair is compared, so no mismatch hides."""
    ids = list(figure_ids) if not isinstance(figure_ids, str) else [figure_ids]
    if len(ids) < 2:
        return SeriesVerdict(False, ("A series needs at least two figures.",), ())
    if len(set(ids)) < len(ids):
        return SeriesVerdict(False, ("The same figure appears twice.",), ())
    reasons, warnings = [], []
    for i, left in enumerate(ids):
        for right in ids[i + 1:]:
            for m in mismatches(left, right):
                line = f"{left} vs {right}: {m.dimension} ({m.left} / {m.right}). {m.why}"
                (reasons if m.blocking else warnings).append(line)
    return SeriesVerdict(not reasons, tuple(reasons), tuple(warnings))


class Refusal:
    """What the chart helper shows instead of a misleading chart: the reasons, in words."""

    def __init__(self, verdict: SeriesVerdict):
        self.verdict = verdict

    def __repr__(self) -> str:
        lines = ["No chart: these figures do not make a series."]
        lines += [f"- {r}" for r in self.verdict.reasons]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(r)}</li>" for r in self.verdict.reasons)
        return ('<div class="netcrime-refusal" style="border-left: 6px solid #D55E00; padding: 6px 12px;">'
                "<strong>No chart: these figures do not make a series.</strong>"
                f"<ul>{items}</ul></div>")


def series_chart(figure_ids, title: str | None = None):
    """A line of comparable figures over time, or a ``Refusal`` saying why not.

    Refuses (never raises) on unknown ids, so a typo in a notebook gets a sentence.
    """
    try:
        verdict = series_verdict(figure_ids)
    except UnknownFigure as exc:
        return Refusal(SeriesVerdict(False, (str(exc),), ()))
    if not verdict.ok:
        return Refusal(verdict)
    table = figures().loc[list(figure_ids)].reset_index()
    table["period"] = table.apply(lambda r: f"{r['period_start']:%Y-%m} to {r['period_end']:%Y-%m}", axis=1)
    table["released"] = table["source_date"].map(lambda d: "not stated" if pd.isna(d) else f"{d:%Y-%m-%d}")
    # Only what the chart shows: empty cells elsewhere in the row would not serialise as JSON.
    table = table[["id", "value", "unit", "printed_as", "chinese_original", "period", "period_end", "precision",
                   "released"]]
    import altair as alt  # here, not at the top: the checks import this module and never chart

    unit = table["unit"].iloc[0]
    subtitle = ["Each point is one release's figure; lower bounds (余) are marked."]
    if verdict.warnings:
        subtitle.append("Some periods are partly assumed: see the notes in data/releases.csv.")
    base = alt.Chart(table).encode(
        x=alt.X("period_end:T", title="End of period"),
        y=alt.Y("value:Q", title=f"{unit} (as reported)", scale=alt.Scale(zero=True)),
        tooltip=["id", "printed_as", "chinese_original", "period", "precision", "released"],
    )
    line = base.mark_line() + base.mark_point(size=80, filled=True).encode(
        shape=alt.Shape("precision:N", title="precision"))
    # The description is the chart's text alternative (its aria-label in JupyterLab).
    points = "; ".join(f"{r.printed_as} ({r.period})" for r in table.itertuples())
    return line.properties(title=alt.Title(title or f"{unit.capitalize()} broken up, by release",
                                           subtitle=subtitle),
                           description=f"Line chart of {unit} broken up as each release reports them, "
                                       f"by end of period: {points}.")
