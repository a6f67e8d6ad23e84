"""Lesson 00 warm-up questions: how checking works.

Expected values come from data/ through ``netcrime.data``, never typed here.
"""
from __future__ import annotations

from .. import data
from .compare import Misconception, choice, number
from .question import Question



def _gangs() -> float:
    return data.figure("gangs_eliminated")


def _detained() -> float:
    return data.figure("suspects_detained")


q1 = Question(
    id="q1",
    reads=("gangs",),
    judge=number(_gangs, misconceptions=[
        Misconception("november_only", "That is the November round-up's count, one operation within the campaign. "
                      "The question asks for the campaign total.", lambda: data.figure("november_gangs_eliminated")),
        Misconception("text_not_number", "Close: write the number without a thousands separator, e.g. 1759.", 1.759),
    ]),
    hints=[
        "The figure is in the first paragraph of the release: 'eliminated ... criminal gangs'.",
        "Or look it up in the data: release_figures() has a row with id 'gangs_eliminated'.",
    ],
    explanation=("The release gives 1,759 gangs for the campaign to date (截至目前, 'up to now', on 24 December 2020; "
                 "the release gives no start, and the campaign began in November 2019)."),
)

q2 = Question(
    id="q2",
    reads=("detained",),
    judge=number(_detained, misconceptions=[
        Misconception("wan_as_thousand", "万 is ten thousand, not a thousand: 1.64万 = 1.64 x 10,000.",
                      lambda: _detained() / 10),
        Misconception("wan_as_million", "万 is ten thousand, not a million.", lambda: _detained() * 100),
        Misconception("unit_left_out", "1.64 is the number of 万. Multiply by the size of one 万.", 1.64),
    ]),
    hints=["万 (wàn) means ten thousand.", "1.64 x 10,000 = ?"],
    explanation="万 = 10,000, so 1.64万 = 16,400 people placed under criminal detention.",
)

Q3_CHOICES = {"a": "crimes committed", "b": "cases the police solved", "c": "victims"}
Q3_OPTIONS = tuple(Q3_CHOICES)
q3 = Question(
    id="q3",
    reads=("counted",),
    judge=choice("b", Q3_OPTIONS,
                 wrong={"a": "It counts police work, not crime: many crimes are never reported or solved.",
                        "c": "A case can involve many victims, or a victim many cases: it counts cases."},
                 codes={"a": "activity_as_crime_level", "c": "cases_as_victims"}),
    hints=["'Cracked' means the police solved them."],
    explanation="破获 means solved: the figure measures what the police did, not how much crime there was.",
)

QUESTIONS = [q1, q2, q3]
