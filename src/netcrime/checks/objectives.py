"""Which learning objective each checked question assesses.

``OBJECTIVES`` repeats, per lesson, the objectives the lesson notebook's
Objectives cell lists (word for word, without the list numbering and the
closing ";" or "."); ``ASSESSES`` names, for every question of ``QUESTIONS``
and ``IN_LESSON`` of every lesson, the objective it assesses. The test
``tests/checks/test_objectives.py`` fails when a question is mapped to no
objective, an objective is assessed by no question, an id names no question,
or an objective's text is not in its notebook's Objectives cell: so an
objective the course claims to teach is one it also checks.

When you add or rename a question, add it to ``ASSESSES`` in the same commit.
"""
from __future__ import annotations

import re

OBJECTIVES: dict[str, dict[str, str]] = {
    "00": {
        "o1": "work out, from two figures of the release, how many lie outside a part of a total (a part is inside "
              "its whole)",
        "o2": "convert a number printed in 万 (ten thousand) to a count, and fix a slip that a check's message names",
        "o3": "say what a figure of the release counts: police work, not the amount of crime",
        "o4": "confirm that your set-up draws charts and widgets with no internet connection",
        "o5": "pick rows and columns of a table with pandas: a condition, `.loc` and `set_index`",
        "o6": "count and total rows by group with `value_counts` and `groupby`",
        "o7": "find text in a column with `str.contains` and a simple regular expression",
    },
    "01": {
        "o1": "say for any figure of the release who reported it, when, and for what period and place",
        "o2": "tell apart what is counted: gangs, suspects apprehended (抓获), detained (刑拘), formally "
              "arrested (逮捕); cases solved versus crimes committed; police activity versus measures of crime",
        "o3": "convert 万 and 亿 to base units, and say how precise a printed figure is",
        "o4": "check a release's figures against each other, and explain why averages such as \"suspects "
              "per gang\" mislead",
        "o5": "say what \"down 86% from the 2019 peak\" does and does not tell you",
        "o6": "spot where the machine translation misleads, using the course glossary",
        "o7": "apply a checklist of questions to any official figure",
    },
    "02": {
        "o1": "explain why figures in different units (gangs, people, cases, yuan) do not belong on one axis, "
              "and draw small multiples instead",
        "o2": "show a part against its whole, and a subset inside its set (nested, never stacked)",
        "o3": "chart figures that exist for only some places without implying that the rest are zero",
        "o4": "draw a timeline with Altair's layers",
        "o5": "draw a percentage fall honestly as an index, and say what is wrong with a misleading version",
        "o6": "add tooltips, a selection and a widget control; give every chart a title and a description for "
              "screen readers; export a chart to SVG or PNG without a browser",
        "o7": "write a chart's title and description so that they claim only what the figure counts (police "
              "activity is not a fall in crime; suspects, gangs and institutions are not victims; a ministry's "
              "examples are not the whole country)",
    },
    "03": {
        "o1": "name the seven types in Chinese and in clearer English, and state the feature that decides each",
        "o2": "label a case with a decision guide, and say which clue decided it",
        "o3": "build a rule-based classifier with pandas string methods on a training split",
        "o4": "measure it on a test split: accuracy, precision and recall per type, a confusion table and chart",
        "o5": "recognise overfitting, when rules memorise the wording of the training cases",
        "o6": "explain why single-label counts lose information, and how the choice of category shapes "
              "published numbers",
    },
    "04": {
        "o1": "code the reasons the release gives for not reporting, and count them by category and crime type",
        "o2": "compare them with the reasons victimisation surveys record, and say what each kind of source can see",
        "o3": "explain the *dark figure* of crime with a model in which cases are recorded when victims report "
              "them or when the police find them",
        "o4": "use a simulator to show how a fall in recorded cases can come from reporting alone, how a real "
              "fall can be hidden, and how a crackdown raises recorded counts by finding more",
        "o5": "say what borrowed reporting rates would imply for a recorded count, and why that is not a bound",
        "o6": "name the data that would separate \"less crime\" from \"less reporting\"",
    },
    "05": {
        "o1": "say what each release counts: 团伙, 涉黑组织, 恶势力犯罪集团 and 涉黑恶犯罪组织 are four units",
        "o2": "find a figure's period when it is explicit, implied, or \"since\" a date the release leaves out, "
              "and mark what you inferred",
        "o3": "tell the issuer and the bodies apart (\"nine departments\" and \"the Ministry with eight\")",
        "o4": "compare lists of crime types by what they name, not by their wording",
        "o5": "see how a new law changes what is counted",
        "o6": "set a count against a population, with care",
        "o7": "list, source and weigh rival explanations for a headline trend",
        "o8": "refuse to chart a \"series\" from points that are not comparable, and say why",
        "o9": "apply lesson 01's checklist to a release or a sentence you have not seen: unit, value, period, "
              "precision and kind",
    },
}

ASSESSES: dict[str, dict[str, str]] = {
    "00": {"q1": "o1", "q2": "o2", "q3": "o3", "q4": "o4", "q5": "o5", "q6": "o6", "q7": "o7",
           "yt1": "o4", "yt2": "o5", "yt3": "o5", "yt4": "o6", "yt5": "o7", "yt6": "o7"},
    "01": {"q1": "o3", "q2": "o1", "q3": "o4", "q4": "o2", "q5": "o4", "q6": "o4", "q7": "o2", "q8": "o3",
           "q9": "o5", "q10": "o5", "q11": "o6", "q12": "o6", "q13": "o7",
           "yt1": "o1", "yt2": "o2", "yt3": "o3", "yt4": "o4", "yt5": "o5", "yt6": "o6", "yt7": "o7"},
    "02": {"yt1": "o1", "yt2": "o2", "yt3": "o3", "yt4": "o4", "yt5": "o5", "yt6": "o6", "yt7": "o6", "yt8": "o6",
           "yt9": "o6",
           "q1": "o1", "q2": "o2", "q3": "o3", "q4": "o4", "q5": "o5", "q6": "o6", "q7": "o5", "q8": "o2",
           "q9": "o7"},
    "03": {"yt1": "o2", "yt2": "o3", "yt3": "o4", "yt4": "o5", "yt5": "o6", "yt6": "o1",
           "q1": "o2", "q2": "o3", "q2alt": "o3", "q3": "o4", "q4": "o4", "q5": "o4", "q6": "o1", "q7": "o6",
           "q8": "o2", "q9": "o5", "q10": "o1"},
    "04": {"yt1": "o1", "yt2": "o2", "yt3": "o3", "yt4": "o4", "yt5": "o5",
           "q1": "o1", "q2": "o2", "q3": "o5", "q4": "o4", "q5": "o4", "q6": "o6", "q7": "o3", "q8": "o2",
           "q9": "o3", "q10": "o1"},
    "05": {"yt1": "o1", "yt2": "o2", "yt7": "o3", "yt3": "o4", "yt4": "o5", "yt5": "o6", "yt8": "o7", "yt6": "o8",
           "q1": "o1", "q2": "o2", "q3": "o2", "q4": "o3", "q5": "o4", "q6": "o5", "q7": "o6", "q8": "o7",
           "q9": "o1", "q10": "o9", "q11": "o2", "q12": "o9", "q13": "o9", "q14": "o8", "q15": "o8", "q16": "o9",
           "q17": "o7"},
}


def objective_of(lesson: str, question_id: str) -> str | None:
    """The text of the objective a question assesses, or None if it is not mapped."""
    key = ASSESSES.get(lesson, {}).get(question_id)
    return OBJECTIVES.get(lesson, {}).get(key) if key else None


_HEADINGS = re.compile(r"^(#+\s*Learning objectives|\*\*You will learn to\*\*)\s*$", re.I | re.M)
_ITEM = re.compile(r"^\s*(?:\d+\.|[-*])\s+")


def listed_objectives(markdown: str) -> list[str]:
    """The objectives a notebook's Objectives cell lists, as the map spells them.

    The list under "### Learning objectives" (numbered) or "**You will learn to**" (bulleted):
    each item with its numbering, line breaks and closing ";" or "." removed. Empty if the
    cell has no such heading.
    """
    heading = _HEADINGS.search(markdown)
    if heading is None:
        return []
    items: list[str] = []
    for line in markdown[heading.end():].splitlines():
        if _ITEM.match(line):
            items.append(_ITEM.sub("", line).strip())
        elif items and line.strip() and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        elif items and not line.strip():
            break
    return [" ".join(item.split()).rstrip(";.").rstrip() for item in items]
