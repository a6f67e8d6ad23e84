"""Lesson 05's answer keys, worked out from the report's printed text (instructor only; never in a student build).

The capstone asks a student to read three figures that no table the student is given labels: data/releases.csv
has no row for them (issue #19). This module reads them from the sentence itself (data/release_sources.csv, S11,
with S12 a second copy) by the reading rules the lessons teach: the number and its precision by
``units.parse_figure`` (余 a floor, 万 rounded, a plain count exact), the unit by the Chinese unit word, the kind
by the police verb, the year by the report's opening 2023年. Only what the sentence cannot give is typed, once,
below, with why: the issuer, the campaign's English name and the scope. It also reads q1's four phrases.

It lives here, with the held-out cases, because code that works out a key is code that hands the answer to
whoever calls it (round 5 found `checks.capstone.unit_of_words` and `capstone._column` answering q1 and q9-q14).
The student package holds only seals of these answers (``checks/sealed_keys.json``, ``checks.sealed``);
``python -m netcrime.instructor.seal_keys`` rewrites every lesson's seals after a data edit, and
tests/checks/test_sealed_keys.py fails until it is run.
"""
from __future__ import annotations

import re

import pandas as pd

from .. import data, releases
from ..checks import capstone, sealed
from ..checks.figure_words import UNIT_ALIASES
from ..units import parse_figure

# Each figure: the verb before it (what the police did), the noun it counts, the measure word after it.
FIGURES = {"organisations": ("打掉", "涉网黑恶犯罪组织", "个"),
           "suspects": ("抓获", "犯罪嫌疑人", "名"),
           "cases": ("破获", "刑事案件", "起")}
assert tuple(FIGURES) == capstone.FIGURE_KEYS
# Verbs of police work: breaking up, catching, solving. A count after one of them is enforcement activity.
ACTIVITY_VERBS = ("打掉", "抓获", "破获")
NOUN_UNITS = {**UNIT_ALIASES, "犯罪嫌疑人": "suspects", "案件": "cases", "刑事案件": "cases"}
# What the sentence cannot say, typed once: who reported it (S11's publisher reports the Ministry) and the crimes it
# covers (涉网: through networks). The campaign it names (the notice of September 2022, S05) is capstone.CAMPAIGN.
ISSUER = "Ministry of Public Security"
SCOPE = "gang crime through information networks"
# The sentence names no year; the report opens with one. Calendar year, implied, is the reading the key records.
# The sentence reports a campaign that began in September 2022, so 'the campaign to date (September 2022 to
# January 2024)' is also a possible reading: lesson05.q11 accepts it too, called implied.
BASIS = "implied"
# q16: a sentence made up for practice (lesson05.PRACTICE_SENTENCE, 2024年上半年，共打掉涉网恶势力犯罪集团30余个): its
# unit word, the 余 after the number, and the half-year it names. Typed: no data/ holds a made-up sentence.
PRACTICE_READING = {"unit": "vicious-force groups", "precision": "lower bound", "basis": "explicit"}
# q17: for each of q8's sourced rivals, the evidence (lesson05.RIVAL_EVIDENCE) that would tell it apart from the
# campaign's effect: what the rival predicts and the campaign does not. Typed: a judgement, not a reading of data/.
TELL_APART = {"peak_before_campaign": "peak_month", "p2p_clean_up": "by_channel", "own_platform": "outside_count"}


def unit_of_words(phrase: str) -> str:
    """The unit a printed phrase counts: the unit word that ends last in it (the noun before the number), the
    longest if two end together. 涉黑恶案件 counts 案件 (cases); 恶势力犯罪集团 is one word, not 恶势力."""
    found = [(phrase.rfind(word) + len(word), len(word), unit) for word, unit in NOUN_UNITS.items() if word in phrase]
    if not found:
        raise ValueError(f"No unit word of the course in {phrase!r}")
    return max(found)[2]


def printed(key: str) -> tuple[str, str, str]:
    """(verb, unit word, number as printed with its measure word) for one capstone figure."""
    verb, noun, measure = FIGURES[key]
    found = re.search(rf"({verb})({noun})(\d[\d.]*[万亿]?余?{measure})", capstone.online_sentence())
    if found is None:
        raise capstone.CapstoneTextChanged(f"{capstone.SOURCE_ID}'s online sentence no longer prints "
                                           f"{verb}{noun}...{measure}")
    return found.group(1), found.group(2), found.group(3)


def row(key: str) -> pd.Series:
    """One capstone figure as a row shaped like data.releases()'s, built from the printed sentence."""
    verb, noun, number = printed(key)
    figure = parse_figure(number)
    year = capstone.year()
    sources = data.release_sources().set_index("source_id")
    return pd.Series({
        "release": capstone.RELEASE, "value": figure.value, "unit": unit_of_words(noun),
        "issuer": ISSUER, "campaign": capstone.CAMPAIGN, "scope": SCOPE,
        "period_start": pd.Timestamp(year, 1, 1), "period_end": pd.Timestamp(year, 12, 31),
        "period_basis": BASIS, "period_assumed": "yes",
        "kind": "enforcement activity" if verb in ACTIVITY_VERBS else "unknown",
        "precision": figure.precision, "printed_as": number, "chinese_original": noun + number,
        "source_id": capstone.SOURCE_ID, "other_copies": capstone.COPY_ID,
        "source_date": sources.loc[capstone.SOURCE_ID, "published"],
    }, name=f"capstone {key}")


def column(name: str) -> dict[str, object]:
    """One field of the three capstone figures, keyed as the capstone questions ask."""
    return {key: row(key)[name] for key in FIGURES}


# q14: a difference of period is bridged by a calculation (a rate per month, from the dates the sources print); a
# difference of unit (what is counted), scope or campaign only by figures counted another way.
BRIDGED_BY_A_CALCULATION = {"period"}


def _given_differences(differ: set) -> tuple:
    """q14's differences as its prompt gives them, checked against what releases.mismatches finds from the sources
    (a data edit that changed them must change the question too)."""
    from ..checks.lesson05 import DIFFERENCES

    if set(DIFFERENCES) != differ:
        raise ValueError(f"q14 gives the differences {DIFFERENCES}, the sources give {sorted(differ)}")
    return DIFFERENCES


def answers() -> dict[str, dict[str, object]]:
    """Every sealed answer of lesson 05, {question: {item: right answer}}."""
    from ..checks.lesson05 import UNIT_PHRASES

    organisations = row("organisations")
    kinds = set(column("kind").values())
    differ = {m.dimension for m in releases.mismatches("r2020_gangs", organisations) if m.blocking}
    return {
        "05/q1": {phrase: unit_of_words(phrase) for phrase in UNIT_PHRASES},
        "05/q9": column("unit"),
        "05/q10": {k: float(v) for k, v in column("value").items()},
        "05/q11": {"start": f"{organisations['period_start']:%Y-%m-%d}",
                   "end": f"{organisations['period_end']:%Y-%m-%d}", "basis": organisations["period_basis"]},
        "05/q12": column("precision"),
        "05/q13": {"kind": kinds.pop() if len(kinds) == 1 else "mixed"},
        "05/q14": {dim: "calculation" if dim in BRIDGED_BY_A_CALCULATION else "another source"
                   for dim in _given_differences(differ)},
        "05/q16": dict(PRACTICE_READING),
        "05/q17": dict(TELL_APART),
    }


if __name__ == "__main__":  # the command of round 6, kept: it writes every lesson's seals
    from .seal_keys import write

    write()
    print(f"wrote {sealed.KEYS_FILE}")
