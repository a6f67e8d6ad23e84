"""Loaders for the course's data, each validated against its documented schema.

Every lesson and every check loads figures from here, never retypes them.
A file that breaks its schema raises ``DataError`` naming the file, the row and
the column, so a typo in a CSV is found at once and where it is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import schemas
from .paths import data_dir
from .schemas import Schema

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DataError(ValueError):
    """A data file does not hold to its documented schema."""


def _fail(schema: Schema, row: int | None, column: str | None, problem: str) -> DataError:
    where = schema.file
    if row is not None:
        where += f", row {row}"  # 1-based data row, as a spreadsheet shows it below the header
    if column is not None:
        where += f", column '{column}'"
    return DataError(f"{where}: {problem}")


def validate(frame: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """Check ``frame`` (read as text) against ``schema``; return it with typed columns."""
    missing = [c for c in schema.names if c not in frame.columns]
    if missing:
        raise _fail(schema, None, missing[0], "column is missing from the header")
    extra = [c for c in frame.columns if c not in schema.names]
    if extra:
        raise _fail(schema, None, extra[0], "column is not in the documented schema")
    typed = frame[schema.names].copy()
    for column in schema.columns:
        cells = frame[column.name]
        converted = []
        for i, cell in enumerate(cells, start=1):
            text = "" if pd.isna(cell) else str(cell).strip()
            if text == "":
                if column.required:
                    raise _fail(schema, i, column.name, "is empty but required")
                converted.append(None)
                continue
            if column.allowed is not None and text not in column.allowed:
                raise _fail(schema, i, column.name,
                            f"'{text}' is not one of: {', '.join(column.allowed)}")
            converted.append(_convert(text, column.kind, schema, i, column.name))
        typed[column.name] = pd.Series(converted, index=frame.index, dtype=_dtype(column.kind))
    keys = typed[schema.key]
    duplicated = keys[keys.duplicated()]
    if not duplicated.empty:
        row = int(duplicated.index[0]) + 1
        raise _fail(schema, row, schema.key, f"'{duplicated.iloc[0]}' appears more than once")
    return typed


def _convert(text: str, kind: str, schema: Schema, row: int, name: str):
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "date":
            if not _DATE.match(text):
                raise ValueError
            return pd.Timestamp(text)
    except ValueError:
        raise _fail(schema, row, name, f"'{text}' is not a valid {kind}") from None
    return text


def _dtype(kind: str) -> str:
    return {"int": "Int64", "float": "float64", "date": "datetime64[ns]"}.get(kind, "object")


def load(schema: Schema, folder: Path | None = None) -> pd.DataFrame:
    """Read one data file as text, validate it, and return a typed copy."""
    path = Path(folder or data_dir()) / schema.file
    if not path.is_file():
        raise DataError(f"{schema.file}: file not found in {path.parent}")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return validate(frame, schema)


_TABLES: dict[tuple[Schema, str], pd.DataFrame] = {}  # (schema, folder) -> the validated table, read once


def _kept(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as kept for copying: ``copy()`` joins its columns into one block per dtype, which makes
    each later copy (one per call of ``_get``; checks make thousands) 10 to 50 times cheaper."""
    return frame.copy()


def _cached(schema: Schema, folder: str) -> pd.DataFrame:
    found = _TABLES.get((schema, folder))
    if found is None:
        found = _TABLES.setdefault((schema, folder), _kept(load(schema, Path(folder))))
    return found


def read_tables_as(folder: str | Path, source: str | Path) -> None:
    """Read and validate every table in ``source`` once, remembered as the tables of ``folder``.

    For a folder that will hold the same bytes as ``source``: the grader's fork server
    calls it before forking, for the private copy of the data each child gets, so no
    child reads and validates the tables again (a warm kernel would not either).
    """
    for schema in schemas.ALL_SCHEMAS:
        if (Path(source) / schema.file).is_file():
            _TABLES[(schema, str(folder))] = _kept(load(schema, Path(source)))
            _figure_values.cache_clear()


def _get(schema: Schema) -> pd.DataFrame:
    # A fresh copy each call, so a student who edits a table cannot change
    # what the next cell (or a check) sees.
    return _cached(schema, str(data_dir())).copy()


def release_figures() -> pd.DataFrame:
    """Every figure the release states, in base units, with its provenance."""
    return _get(schemas.RELEASE_FIGURES)


def milestones() -> pd.DataFrame:
    """The campaign's dated events."""
    return _get(schemas.MILESTONES)


def glossary() -> pd.DataFrame:
    """The release's terms: translation, clearer English, Chinese, pinyin."""
    return _get(schemas.GLOSSARY)


def case_vignettes() -> pd.DataFrame:
    """Fictional labelled cases for lesson 03 (written for the course)."""
    return _get(schemas.CASE_VIGNETTES)


def underreporting_codebook() -> pd.DataFrame:
    """Categories for coding reasons victims do not report."""
    return _get(schemas.UNDERREPORTING_CODEBOOK)


def underreporting_reasons() -> pd.DataFrame:
    """The reasons the release gives for victims not reporting, coded."""
    return _get(schemas.UNDERREPORTING_REASONS)


def victim_reporting_rates() -> pd.DataFrame:
    """Published shares of victimisations reported to police (surveys)."""
    return _get(schemas.VICTIM_REPORTING_RATES)


def release_sources() -> pd.DataFrame:
    """Stored copies of later releases, laws and context sources read for lesson 05, with excerpts."""
    return _get(schemas.RELEASE_SOURCES)


def releases() -> pd.DataFrame:
    """Figures from later releases (and context), one row per figure per release, with provenance."""
    return _get(schemas.RELEASES)


def release_crime_lists() -> pd.DataFrame:
    """The crime types each release names as targets (2020's seven, later lists of six)."""
    return _get(schemas.RELEASE_CRIME_LISTS)


@lru_cache(maxsize=None)
def _figure_values(folder: str) -> dict[str, float]:
    table = _cached(schemas.RELEASE_FIGURES, folder)
    return {str(i): float(v) for i, v in zip(table["id"], table["value"])}


def figure(figure_id: str) -> float:
    """The value of one release figure, in base units, by its id."""
    values = _figure_values(str(data_dir()))  # numbers, not a table: nothing a caller could change
    if figure_id not in values:
        raise KeyError(f"No figure called '{figure_id}'. Known ids: {', '.join(values)}")
    return values[figure_id]
