"""The words a student may use for a figure's precision, unit and period basis, in one place.

Lesson 01 (q8) and lesson 05 (q1, q9, q12, q16 and the your-turn checks) ask for the same labels
that data/ stores (``schemas``: "lower bound", "vicious-force groups", "explicit"). A student who
writes "floor" or "at least" for a lower bound, or the release's own Chinese unit 恶势力犯罪集团 for
"vicious-force groups", has read the figure right; these tables let every judge read those words
the same way (``labels.read_label(..., aliases=...)``) instead of each lesson keeping its own list.
"""
from __future__ import annotations

from ..schemas import PERIOD_BASES, RELEASE_UNITS

PRECISIONS = ("exact", "rounded", "lower bound")

PRECISION_ALIASES = {
    "at least": "lower bound", "minimum": "lower bound", "floor": "lower bound",
    "more than": "lower bound", "over": "lower bound",
    "approximate": "rounded", "approximately": "rounded", "round": "rounded", "about": "rounded",
    "approx": "rounded", "roughly": "rounded", "circa": "rounded", "rounded off": "rounded",
    "rounded up": "rounded", "rounded down": "rounded",
    "exactly": "exact", "precise": "exact",
}

# The release's own Chinese words for each unit (schemas.RELEASES' unit column names them).
UNIT_ALIASES = {
    "团伙": "gangs", "犯罪团伙": "gangs",
    "涉黑组织": "mafia-type organisations", "黑社会性质组织": "mafia-type organisations",
    "恶势力犯罪集团": "vicious-force groups", "涉网恶势力犯罪集团": "vicious-force groups", "恶势力": "vicious-force groups",
    "涉黑恶犯罪组织": "gang organisations", "涉网黑恶犯罪组织": "gang organisations", "黑恶犯罪组织": "gang organisations",
    # the people and the cases, in the release's words too (round 15: '犯罪嫌疑人' was 'not one of the options' in
    # 05 q9, where 涉网黑恶犯罪组织 for the organisations beside it was read)
    "犯罪嫌疑人": "suspects", "嫌疑人": "suspects", "案件": "cases", "刑事案件": "cases", "各类刑事案件": "cases",
    "网民": "internet users",
    # English near-synonyms (review round 14, A8: 'mafia organisations' was 'not one of the options')
    # (American spellings of these are read by labels.british_spelling, not listed)
    **dict.fromkeys(("mafia organisations", "mafia-style organisations", "mafia-like organisations",
                     "organisations of a mafia nature"), "mafia-type organisations"),
}

BASIS_ALIASES = {"stated": "explicit", "explicit period": "explicit", "named": "explicit", "named period": "explicit"}

FIGURE_WORD_ALIASES = {**PRECISION_ALIASES, **UNIT_ALIASES, **BASIS_ALIASES}

assert set(PRECISION_ALIASES.values()) <= set(PRECISIONS)
assert set(UNIT_ALIASES.values()) <= set(RELEASE_UNITS)
assert set(BASIS_ALIASES.values()) <= set(PERIOD_BASES)


def aliases_for(labels) -> dict[str, str]:
    """The aliases whose label is one of ``labels`` (so 'floor' is never read where no lower bound is allowed)."""
    allowed = set(labels)
    return {alias: label for alias, label in FIGURE_WORD_ALIASES.items() if label in allowed}


# What each label says, in a few words, so a verdict can say what the student's label claims and what the figure's
# own words show (``figure_word_slip``), for any pair a lesson did not name with its own message.
MEANINGS = {
    "exact": "an exact count (no 余, 多 or 约 beside it)", "rounded": "a rounded figure (约, 近, or 万 with a decimal)",
    "lower bound": "a floor: 余, 多 or 逾 say 'more than'",
    "explicit": "a period the sentence itself names", "implied": "a period read from the report's date, not named",
    "since": "from a start (以来) up to the report", "to date": "up to a named day (截至)",
    "planned": "a plan or a target, not something done", "point in time": "a stock on one day, not a period's flow",
    "gangs": "团伙, loose gangs", "mafia-type organisations": "涉黑组织, organisations of a mafia nature",
    "vicious-force groups": "恶势力 groups, the lesser legal category",
    "gang organisations": "涉黑恶 organisations, both kinds together",
    "suspects": "people", "internet users": "people", "cases": "cases (起, 件)", "percent": "a percentage",
    "crime types": "kinds of crime", "bodies": "institutions", "months": "a length of time", "platforms": "platforms",
}
_FAMILIES = {"precision": set(PRECISIONS), "basis": set(PERIOD_BASES),
             "unit": {"gangs", "mafia-type organisations", "vicious-force groups", "gang organisations"}}
FIGURE_WORD_SLIPS = {
    "precision_misread": "read a figure's precision wrongly (exact, rounded, lower bound: the characters beside the number say which)",
    "period_basis_misread": "read a figure's period basis wrongly (the words that give the period say which)",
    "group_unit_confused": "took one kind of group for another (团伙, 涉黑, 恶势力 and 涉黑恶 are different units)",
    "unit_of_another_kind": "gave a unit of another kind (groups for people or cases, people for cases ...)",
}


def figure_word_slip(key, given: str, wanted: str) -> tuple[str, str] | None:
    """(code, message) for a wrong precision, period basis or unit that no lesson named with its own message:
    what the student's label claims, against what the figure's words show. None for other labels."""
    if given not in MEANINGS or wanted not in MEANINGS or given == wanted:
        return None
    said = f"For {key!r} you wrote {given!r} ({MEANINGS[given]}), but its words show {MEANINGS[wanted]}."
    if {given, wanted} <= _FAMILIES["precision"]:
        return "precision_misread", f"{said} Look at the characters right beside the number."
    if {given, wanted} <= _FAMILIES["basis"]:
        return "period_basis_misread", f"{said} Look at the words that give the period."
    if {given, wanted} <= _FAMILIES["unit"]:
        return "group_unit_confused", f"{said} In English all are 'gangs': read the Chinese noun before the number."
    if given in RELEASE_UNITS and wanted in RELEASE_UNITS:
        return "unit_of_another_kind", (f"{said} Read the noun before the number: it says what is counted.")
    return None


def wan_misreadings(key, printed: str) -> list:
    """The misreadings of a figure printed in 万 (``printed``: its number, '2.35'), each as a
    ``compare.Misconception`` of the key ``key`` (a function giving the figure read, worked out inside the
    question's judge): 万 read as a hundred, a thousand, a million or 亿, a zero too many, divided for multiplied,
    divided by 万 for multiplied, or left out. Lesson 00 q2 and lesson 01 yt3 ask
    the same reading of two sentences."""
    from .compare import Misconception

    return [
        Misconception("wan_as_thousand", f"万 is ten thousand, not a thousand: {printed}万 = {printed} x 10,000.",
                      lambda: key() / 10),
        Misconception("wan_as_million", "万 is ten thousand, not a million.", lambda: key() * 100),
        Misconception("unit_left_out", f"{printed} is the number of 万: multiply by the size of one 万.",
                      lambda: key() / 10_000),
        Misconception("wan_as_yi", "That reads 万 as 亿 (a hundred million). 万 is ten thousand.",
                      lambda: key() * 10_000),
        Misconception("wan_as_hundred", f"That is {printed} x 100: 万 read as a hundred. 万 is ten thousand: "
                      f"{printed}万 = {printed} x 10,000.", lambda: key() / 100),
        Misconception("wan_zero_too_many", f"That is {printed} x 100,000: a zero too many. 万 is ten thousand (four "
                      f"zeros): {printed}万 = {printed} x 10,000.", lambda: key() * 10),
        Misconception("wan_divided", f"That is {printed} / 10: the decimal point moved the wrong way. 万 multiplies: "
                      f"{printed}万 = {printed} x 10,000.", lambda: key() / 100_000),
        # review round 11: this was named 'a slip of one 亿' (it is 亿 times too small), which says nothing of the step
        Misconception("divided_by_wan", f"That is {printed} / 10,000: you divided by 万 where it multiplies: "
                      f"{printed}万 = {printed} x 10,000.", lambda: key() / 100_000_000),
    ]
