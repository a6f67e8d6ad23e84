"""Lesson 05's capstone: which report it reads, and where its sentence is; never its answers.

The capstone asks a student to read three figures that no table the student is given labels: data/releases.csv
has no row for them (issue #19: no exercise answer read off a data column). Nor may a course function hand them
over: the code that works the key out of the report's sentence (the unit from the noun, the precision from 余 and
万, the kind from the verb, the period from the report's opening year) is the instructor's
(``netcrime/instructor/lesson05_key.py``), and the checks hold only seals of its answers (``checks.sealed``).
This module keeps what a student reads anyway: the report, the copy, the campaign's name and the sentence.

The sentence names no year; the report opens with one. Calendar 2023, implied, is the reading the key records; the
sentence reports a campaign that began in September 2022, so 'the campaign to date (September 2022 to January
2024)' is also a possible reading: lesson05.q11 accepts it too, called implied.
"""
from __future__ import annotations

import re

import pandas as pd

from .. import data
from ..units import parse_figure

SOURCE_ID, COPY_ID = "S11", "S12"
RELEASE = "mps_2023_annual"
CAMPAIGN_WORDS = "涉网黑恶犯罪专项行动"  # the online figures follow the campaign's name in the report
FIGURE_KEYS = ("organisations", "suspects", "cases")  # the keys the capstone's dict answers use
# The campaign the sentence names (the notice of September 2022, S05), in the course's English.
CAMPAIGN = "2022-24 campaign against online gang crime (打击惩治涉网黑恶犯罪专项行动)"


class CapstoneTextChanged(ValueError):
    """S11's excerpt no longer holds the sentence the capstone reads (a data edit broke the capstone)."""


def _excerpt() -> str:
    sources = data.release_sources().set_index("source_id")
    return str(sources.loc[SOURCE_ID, "excerpt"])


def online_sentence() -> str:
    """The report's sentence on the online campaign, as printed (from the campaign's name on)."""
    text = _excerpt()
    if CAMPAIGN_WORDS not in text:
        raise CapstoneTextChanged(f"{SOURCE_ID}'s excerpt no longer names {CAMPAIGN_WORDS}")
    return text.split(CAMPAIGN_WORDS, 1)[1]


def year() -> int:
    """The year the report is about: its opening words (2023年...)."""
    found = re.match(r"\s*(\d{4})年", _excerpt())
    if found is None:
        raise CapstoneTextChanged(f"{SOURCE_ID}'s excerpt no longer opens with a year")
    return int(found.group(1))


def cases_as_lesson02_shows() -> pd.Series:
    """The report's cases solved as lesson 02's exercise prints them beside 2020's (its q9 table): the value, the
    campaign and the report's year. Lesson 02 gives students this one figure to chart; the capstone's other
    answers (units, precisions, the other two values, the kind, the mismatches) are nowhere in this package."""
    found = re.search(r"破获刑事案件(\d[\d.]*[万亿]?余?起)", online_sentence())
    if found is None:
        raise CapstoneTextChanged(f"{SOURCE_ID}'s online sentence no longer prints the cases solved")
    return pd.Series({"value": parse_figure(found.group(1)).value, "campaign": CAMPAIGN,
                      "period_start": pd.Timestamp(year(), 1, 1), "period_end": pd.Timestamp(year(), 12, 31)},
                     name="capstone cases")
