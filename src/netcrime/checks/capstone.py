"""Lesson 05's capstone figures, read from the report's printed text when judged, never looked up.

The capstone asks a student to read three figures that no table the student is given labels:
data/releases.csv has no row for them (issue #19: no exercise answer read off a data column). The
answer key is computed here from the sentence itself (data/release_sources.csv, S11, with S12 a
second copy) by the reading rules the lessons teach: the number and its precision by
``units.parse_figure`` (余 a floor, 万 rounded, a plain count exact), the unit by the Chinese unit
word, the kind by the police verb, the year by the report's opening 2023年. Only what the sentence
cannot give is typed, once, below, with why: the issuer, the campaign's English name and the scope.
"""
from __future__ import annotations

import re
import pandas as pd

from .. import data
from ..units import parse_figure
from .figure_words import UNIT_ALIASES

SOURCE_ID, COPY_ID = "S11", "S12"
RELEASE = "mps_2023_annual"
CAMPAIGN_WORDS = "涉网黑恶犯罪专项行动"  # the online figures follow the campaign's name in the report
# Each figure: the verb before it (what the police did), the noun it counts, the measure word after it.
FIGURES = {"organisations": ("打掉", "涉网黑恶犯罪组织", "个"),
           "suspects": ("抓获", "犯罪嫌疑人", "名"),
           "cases": ("破获", "刑事案件", "起")}
# Verbs of police work: breaking up, catching, solving. A count after one of them is enforcement activity.
ACTIVITY_VERBS = ("打掉", "抓获", "破获")
NOUN_UNITS = {**UNIT_ALIASES, "犯罪嫌疑人": "suspects", "案件": "cases", "刑事案件": "cases"}
# What the sentence cannot say, typed once: who reported it (S11's publisher reports the Ministry), the
# campaign it names (the notice of September 2022, S05) and the crimes it covers (涉网: through networks).
ISSUER = "Ministry of Public Security"
CAMPAIGN = "2022-24 campaign against online gang crime (打击惩治涉网黑恶犯罪专项行动)"
SCOPE = "gang crime through information networks"
# The sentence names no year; the report opens with one. Calendar year, implied, is the reading the key
# records. The sentence reports a campaign that began in September 2022, so 'the campaign to date (September
# 2022 to January 2024)' is also a possible reading: lesson05.q11 accepts it too, called implied.
BASIS = "implied"


def unit_of_words(phrase: str) -> str:
    """The unit a printed phrase counts: the unit word that ends last in it (the noun before the number), the
    longest if two end together. 涉黑恶案件 counts 案件 (cases); 恶势力犯罪集团 is one word, not 恶势力."""
    found = [(phrase.rfind(word) + len(word), len(word), unit) for word, unit in NOUN_UNITS.items() if word in phrase]
    if not found:
        raise ValueError(f"No unit word of the course in {phrase!r}")
    return max(found)[2]


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


def printed(key: str) -> tuple[str, str, str]:
    """(verb, unit word, number as printed with its measure word) for one capstone figure."""
    verb, noun, measure = FIGURES[key]
    found = re.search(rf"({verb})({noun})(\d[\d.]*[万亿]?余?{measure})", online_sentence())
    if found is None:
        raise CapstoneTextChanged(f"{SOURCE_ID}'s online sentence no longer prints {verb}{noun}...{measure}")
    return found.group(1), found.group(2), found.group(3)


def year() -> int:
    """The year the report is about: its opening words (2023年...)."""
    found = re.match(r"\s*(\d{4})年", _excerpt())
    if found is None:
        raise CapstoneTextChanged(f"{SOURCE_ID}'s excerpt no longer opens with a year")
    return int(found.group(1))


def _published() -> pd.Timestamp:
    sources = data.release_sources().set_index("source_id")
    return sources.loc[SOURCE_ID, "published"]


# _row and _column hold the capstone's key. They are private on purpose (issue #19): the key is read in the checks
# (client-side, as every key is), but no public, documented function of the student package hands it over.
def _row(key: str) -> pd.Series:
    """One capstone figure as a row shaped like data.releases()'s, built from the printed sentence."""
    verb, noun, number = printed(key)
    figure = parse_figure(number)
    start, end = pd.Timestamp(year(), 1, 1), pd.Timestamp(year(), 12, 31)
    return pd.Series({
        "release": RELEASE, "value": figure.value, "unit": unit_of_words(noun),
        "issuer": ISSUER, "campaign": CAMPAIGN, "scope": SCOPE,
        "period_start": start, "period_end": end, "period_basis": BASIS, "period_assumed": "yes",
        "kind": "enforcement activity" if verb in ACTIVITY_VERBS else "unknown",
        "precision": figure.precision, "printed_as": number, "chinese_original": noun + number,
        "source_id": SOURCE_ID, "other_copies": COPY_ID, "source_date": _published(),
    }, name=f"capstone {key}")


def _column(name: str) -> dict[str, object]:
    """One field of the three capstone figures, keyed as the capstone questions ask."""
    return {key: _row(key)[name] for key in FIGURES}
