"""Lesson 01 questions: reading the release.

Every expected value is computed from data/ through ``netcrime.data``, never
typed here. Each question names the misconceptions it can recognise:

- ``yi_as_billion``: took 亿 (100 million) for a billion;
- ``wan_as_thousand``: took 万 (10,000) for a thousand;
- ``added_apprehended_detained``: added the detained to the apprehended, though
  those detained are among those apprehended;
- ``divided_wrong_way``: put the part on the bottom of a share or ratio;
- ``drop_read_as_remaining``: read "down 86%" as "86% remaining";
- ``lower_bound_as_exact``: counted "more than 3 million" as exact;
- and others named where they are declared.
"""
from __future__ import annotations

import re

from .. import data
from ..units import CHINESE_UNITS
from .compare import Misconception, Rule, choice, frame, mapping, number, text
from .judge import Judge, judge
from .outcome import Outcome, correct, incorrect, not_attempted, wrong_type
from .question import Question
from .values import close, describe, is_missing_number, is_number, is_placeholder, normalise_text

def _f(figure_id: str) -> float:
    return data.figure(figure_id)


def _figures():
    return data.release_figures().set_index("id")


# ----------------------------------------------------------------------------
# q1: a function that reads 万 and 亿
# ----------------------------------------------------------------------------
PARSER_FIGURES = ("suspects_apprehended", "suspects_detained", "cases_solved", "collaboration_tasks",
                  "assets_seized", "november_assets_seized", "november_suspects_apprehended")
_PRINTED = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?")


def parser_cases() -> dict[str, float]:
    """{number as the Chinese original prints it: value in base units}, from data/."""
    table = _figures()
    cases = {}
    for fid in PARSER_FIGURES:
        found = _PRINTED.findall(table.loc[fid, "chinese_original"])
        cases[found[-1]] = float(table.loc[fid, "value"])
    return cases


def _split(printed: str) -> tuple[float, str]:
    unit = printed[-1] if printed[-1] in CHINESE_UNITS else ""
    return float(printed[:-1] if unit else printed), unit


PARSER_MISCONCEPTIONS = {
    "yi_as_billion": "亿 is a hundred million (100,000,000), not a billion: 299.5亿 is 29.95 billion, not 299.5 billion.",
    "wan_as_thousand": "万 is ten thousand (10,000), not a thousand.",
    "units_swapped": "万 and 亿 are swapped: 万 is 10,000 and 亿 is 100,000,000.",
    "unit_ignored": "The unit character was dropped: the number before 万 or 亿 counts 万s or 亿s.",
    "function_error": "Your function raised an error on one of the inputs.",
}


@judge(PARSER_MISCONCEPTIONS)
def _judge_parser(results) -> Outcome:
    if is_placeholder(results):
        return not_attempted()
    if not isinstance(results, dict):
        return wrong_type(f"You gave {describe(results)}; this question wants a function.")
    expected = parser_cases()
    for printed in expected:
        got = results.get(printed)
        if isinstance(got, str) and got.startswith("error:"):
            return incorrect(f"Your function raised an error for {printed!r} ({got[len('error: '):]}). "
                             "Try it on that text in a cell of its own.", "function_error")
        if not is_number(got) or is_missing_number(got):
            return wrong_type(f"For {printed!r} your function returned {describe(got)}; it should return a number.")
    wrong = [p for p, want in expected.items() if not close(results[p], want)]
    if not wrong:
        return correct(f"Your function reads all {len(expected)} figures as printed in the Chinese original.")
    for printed in wrong:
        got = float(results[printed])
        number_part, unit = _split(printed)
        if unit == "亿" and close(got, number_part * 1e9):
            return incorrect(f"For {printed!r} you give {got:,.0f}. " + PARSER_MISCONCEPTIONS["yi_as_billion"],
                             "yi_as_billion")
        if unit == "万" and close(got, number_part * 1_000):
            return incorrect(f"For {printed!r} you give {got:,.0f}. " + PARSER_MISCONCEPTIONS["wan_as_thousand"],
                             "wan_as_thousand")
        if (unit == "万" and close(got, number_part * CHINESE_UNITS["亿"])) or \
                (unit == "亿" and close(got, number_part * CHINESE_UNITS["万"])):
            return incorrect(f"For {printed!r} you give {got:,.0f}. " + PARSER_MISCONCEPTIONS["units_swapped"],
                             "units_swapped")
        if unit and close(got, number_part):
            return incorrect(f"For {printed!r} you give {got:g}. " + PARSER_MISCONCEPTIONS["unit_ignored"],
                             "unit_ignored")
    first = wrong[0]
    return incorrect(f"For {first!r} your function gives {float(results[first]):,.6g}, which is not right "
                     f"({len(wrong)} of {len(expected)} inputs are wrong). A number with no unit character "
                     "is already in base units.")


q1 = Question(
    id="q1",
    reads=("from_chinese",),
    judge=_judge_parser,
    probe=lambda: list(parser_cases()),
    hints=[
        "Look at the last character: is it 万, 亿, or a digit?",
        "万 = 10_000 and 亿 = 100_000_000. If the text ends in one of them, float() the rest and multiply.",
        "A sketch: `if printed.endswith('万'): return float(printed[:-1]) * 10_000`, then the same for 亿, "
        "and otherwise `return float(printed)`.",
    ],
    explanation=("万 counts ten-thousands and 亿 counts hundred-millions. 1.64万 = 16,400 and "
                 "299.5亿 = 29,950,000,000 (29.95 billion, not 299.5 billion)."),
)


# ----------------------------------------------------------------------------
# q2: a tidy table of the headline figures
# ----------------------------------------------------------------------------
HEADLINE_COLUMNS = ["id", "value", "unit", "in_wan"]


def headline_table():
    """National, campaign-to-date figures of enforcement activity, with the value in 万."""
    figures = data.release_figures()
    keep = ((figures["scope"] == "national") & (figures["subset"] == "campaign to date")
            & (figures["kind"] == "enforcement activity"))
    table = figures.loc[keep, ["id", "value", "unit"]].reset_index(drop=True)
    table["in_wan"] = table["value"] / CHINESE_UNITS["万"]
    return table


def _ids(df) -> set:
    return set(df["id"].astype(str)) if "id" in df.columns else set()


def _subset_ids(*subsets) -> set:
    figures = data.release_figures()
    return set(figures.loc[figures["subset"].isin(subsets), "id"])


def _has_operation_rows(df):
    if _ids(df) & _subset_ids("July operation", "November operation"):
        return ("Your table includes figures for a single operation (July or November). Those are parts of "
                "the campaign totals, not totals themselves: keep only subset == 'campaign to date'.")
    return None



def _has_province_rows(df):
    if _ids(df) & _subset_ids("provincial example"):
        return "Your table includes provincial figures; the question asks for national ones (scope == 'national')."
    return None



def _has_trend_row(df):
    figures = data.release_figures()
    if _ids(df) & set(figures.loc[figures["kind"] == "trend", "id"]):
        return ("Your table includes the 86% fall, which is a trend (kind == 'trend'), not a count of "
                "police activity; 86 is not 86万 of anything.")
    return None



def _in_wan_ratio(df):
    try:
        values = df["value"].astype(float)
        wan = df["in_wan"].astype(float)
        ratios = (wan / values).dropna()
        return float(ratios.median()) if len(ratios) else None
    except (TypeError, ValueError, KeyError):
        return None


def _wan_multiplied(df):
    ratio = _in_wan_ratio(df)
    if ratio is not None and close(ratio, CHINESE_UNITS["万"], 1e-6):
        return ("Your in_wan column multiplies by 10,000. To express a number in 万 you divide by 10,000 "
                "(16,400 people are 1.64万).")
    return None



def _wan_as_thousand(df):
    ratio = _in_wan_ratio(df)
    if ratio is not None and close(ratio, 1 / 1_000, 1e-6):
        return "Your in_wan column divides by 1,000; 万 is ten thousand, so divide by 10,000."
    return None


HEADLINE_MISCONCEPTIONS = (
    Rule("operation_in_totals", "One-operation figures are parts of the totals, not totals.", _has_operation_rows),
    Rule("province_in_national", "Provincial figures are not national ones.", _has_province_rows),
    Rule("trend_as_count", "The 86% fall is a trend, not a count.", _has_trend_row),
    Rule("divided_wrong_way", "To express a number in 万, divide by 10,000.", _wan_multiplied),
    Rule("wan_as_thousand", "万 is ten thousand, not a thousand.", _wan_as_thousand),
)

q2 = Question(
    id="q2",
    reads=("headline",),
    judge=frame(headline_table, columns=HEADLINE_COLUMNS, sort_by=["id"], misconceptions=HEADLINE_MISCONCEPTIONS),
    hints=[
        "Combine three conditions with &, each in parentheses: (figures['scope'] == 'national') & (...) & (...).",
        "Select rows and columns at once with figures.loc[keep, ['id', 'value', 'unit']].",
        "A number in 万 is the number divided by 10,000: headline['in_wan'] = headline['value'] / 10_000.",
    ],
    explanation=("Filtering on the tidy columns scope, subset and kind keeps the campaign totals apart from "
                 "the July and November operations (parts of the totals) and the provincial examples."),
)


# ----------------------------------------------------------------------------
# q3-q5: ratios
# ----------------------------------------------------------------------------
def suspects_per_gang() -> float:
    return _f("suspects_apprehended") / _f("gangs_eliminated")


q3 = Question(
    id="q3",
    reads=("per_gang",),
    judge=number(suspects_per_gang, rel_tol=1e-3, misconceptions=[
        Misconception("divided_wrong_way", "That is gangs per suspect. 'Suspects per gang' puts suspects on top.",
                      lambda: _f("gangs_eliminated") / _f("suspects_apprehended"), rel_tol=1e-3),
        Misconception("added_apprehended_detained",
                      "You added the detained to the apprehended. The 16,400 detained are among the 17,000 "
                      "apprehended, not extra people.",
                      lambda: (_f("suspects_apprehended") + _f("suspects_detained")) / _f("gangs_eliminated"),
                      rel_tol=1e-3),
        Misconception("used_detained", "You used the detained (刑拘). The question asks about everyone apprehended (抓获).",
                      lambda: _f("suspects_detained") / _f("gangs_eliminated"), rel_tol=1e-3),
        Misconception("november_only", "That is the November operation alone; the question asks about the whole campaign.",
                      lambda: _f("november_suspects_apprehended") / _f("november_gangs_eliminated"), rel_tol=1e-3),
    ]),
    hints=[
        "'Per gang' means: divide by the number of gangs.",
        "Use data.figure('suspects_apprehended') and data.figure('gangs_eliminated').",
    ],
    explanation=("About 9.7 suspects per gang. It is an average: some 'gangs' (团伙, loose groups included) may "
                 "have two members and others hundreds, and not every suspect belonged to a gang that was broken "
                 "up, so the ratio of two differently defined counts describes no typical gang."),
)


def share_detained() -> float:
    return _f("suspects_detained") / _f("suspects_apprehended")


q4 = Question(
    id="q4",
    reads=("detained_share",),
    judge=number(share_detained, rel_tol=1e-3, misconceptions=[
        Misconception("added_apprehended_detained",
                      "You divided by apprehended + detained. The detained are a subset of the apprehended, "
                      "so the whole is the apprehended alone.",
                      lambda: _f("suspects_detained") / (_f("suspects_apprehended") + _f("suspects_detained")),
                      rel_tol=1e-3),
        Misconception("divided_wrong_way", "A share above 1 means the part is on the bottom: put the detained on top.",
                      lambda: _f("suspects_apprehended") / _f("suspects_detained"), rel_tol=1e-3),
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1 (divide by 100).",
                      lambda: 100 * share_detained(), rel_tol=1e-3),
    ]),
    hints=[
        "A share is part / whole. Which group is inside which?",
        "Everyone detained was first apprehended: the whole is the apprehended.",
    ],
    explanation=("About 0.96: most people apprehended were detained. Both figures are rounded (1.64万 and 1.7万), "
                 "so the third digit is not to be trusted."),
)


def november_assets_share() -> float:
    return _f("november_assets_seized") / _f("assets_seized")


q5 = Question(
    id="q5",
    reads=("november_share",),
    judge=number(november_assets_share, rel_tol=1e-3, misconceptions=[
        Misconception("yi_as_billion",
                      "You read 3.11亿 as 3.11 billion. 亿 is a hundred million, so 3.11亿 is 311 million.",
                      # 3.11 billion is ten times 3.11亿 (311 million)
                      lambda: _f("november_assets_seized") * 10 / _f("assets_seized"), rel_tol=1e-3),
        Misconception("divided_wrong_way", "A share above 1 means the part is on the bottom: November goes on top.",
                      lambda: _f("assets_seized") / _f("november_assets_seized"), rel_tol=1e-3),
        Misconception("added_part_to_total",
                      "You added November to the total. The November operation is part of the campaign, so its "
                      "figures are already inside the totals.",
                      lambda: _f("november_assets_seized") / (_f("assets_seized") + _f("november_assets_seized")),
                      rel_tol=1e-3),
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1.",
                      lambda: 100 * november_assets_share(), rel_tol=1e-3),
    ]),
    hints=[
        "Both figures are in data/, already in yuan: 'november_assets_seized' and 'assets_seized'.",
        "Share = part / whole, and the November operation is part of the campaign.",
    ],
    explanation=("About 0.010, or 1%. The November operation's 133 gangs were about 7.6% of all the gangs but "
                 "its seized assets only about 1% of the total: shares of different counts can differ a lot."),
)


# ----------------------------------------------------------------------------
# q6: consistency checks
# ----------------------------------------------------------------------------
def _province_gangs() -> float:
    figures = data.release_figures()
    rows = (figures["subset"] == "provincial example") & (figures["unit"] == "gangs")
    return float(figures.loc[rows, "value"].sum())


def consistency() -> dict[str, bool]:
    return {
        "detained_within_apprehended": _f("suspects_detained") <= _f("suspects_apprehended"),
        "november_over_a_tenth_of_gangs": _f("november_gangs_eliminated") > 0.1 * _f("gangs_eliminated"),
        "provinces_over_half_of_gangs": _province_gangs() > 0.5 * _f("gangs_eliminated"),
        "assets_over_100_billion_yuan": _f("assets_seized") > 100e9,
        "over_30000_people_caught": _f("suspects_apprehended") > 30_000,
    }


q6 = Question(
    id="q6",
    reads=("holds",),
    judge=mapping(consistency, misconceptions={
        "detained_within_apprehended": (
            "detained_outside_apprehended",
            "Detention (刑拘) comes after apprehension (抓获): compare the two figures."),
        "november_over_a_tenth_of_gangs": (
            "november_share_misread", "Compare the November gangs with 0.1 times all the gangs."),
        "provinces_over_half_of_gangs": (
            "province_share_misread",
            "Add up the provincial examples' gang counts (subset 'provincial example', unit 'gangs') and compare "
            "with half the national figure."),
        "assets_over_100_billion_yuan": (
            "yi_as_billion", "299.5亿 is 29.95 billion yuan, not 299.5 billion: 亿 is a hundred million."),
        "over_30000_people_caught": (
            "added_apprehended_detained",
            "Adding apprehended and detained counts the same people twice: the detained are among the apprehended."),
    }),
    hints=[
        "Each entry is a comparison, e.g. data.figure('suspects_detained') <= data.figure('suspects_apprehended').",
        "For the provinces, filter release_figures() on subset == 'provincial example' and unit == 'gangs', then .sum().",
        "100 billion is 100e9; check the assets in data/ are already in yuan.",
    ],
    explanation=("Only the first statement holds. The detained fit inside the apprehended; the November "
                 "operation is under a tenth of the gangs; the provincial examples are a small part of the "
                 "national total (each comes from one named operation, and most provinces are not mentioned); 299.5亿 is under 100 billion; and fewer than 30,000 "
                 "people were apprehended: adding the detained would count the same people twice."),
)


# ----------------------------------------------------------------------------
# q7-q8: classify figures
# ----------------------------------------------------------------------------
KIND_FIGURES = ("suspects_apprehended", "cases_solved", "assets_seized", "information_intercepted",
                "trap_loan_institutions_decline")


def kinds() -> dict[str, str]:
    table = _figures()
    return {fid: table.loc[fid, "kind"] for fid in KIND_FIGURES}


def _also_right(inner, key: str, forms: tuple[str, ...]):
    """A mapping judge that also accepts a defensible second reading for one key."""
    def accept(value) -> Outcome:
        if isinstance(value, dict) and isinstance(value.get(key), str) and normalise_text(value[key]) in forms:
            value = {**value, key: kinds()[key]}
        return inner(value)

    return Judge(accept, inner.misconceptions)


q7 = Question(
    id="q7",
    reads=("kinds_of",),
    judge=_also_right(mapping(kinds, misconceptions={
        "cases_solved": ("solved_as_crime_level",
                         "Cases solved (破获) count police work. Many crimes are never reported, and many "
                         "reported ones are never solved, so this is not a measure of how much crime there was."),
        "assets_seized": ("seized_as_victim_outcome",
                          "Seizing assets (查扣) is something the police did; it does not say what victims lost, "
                          "or whether any money went back to them."),
        "suspects_apprehended": ("apprehended_as_outcome",
                                 "Apprehending suspects is police activity, not a count of offenders or victims."),
        "information_intercepted": ("interceptions_as_outcome",
                                    "Deleting information is an enforcement action, carried out with other departments."),
        "trap_loan_institutions_decline": ("trend_as_activity",
                                           "A fall from a peak is a change over time (a trend) in how many "
                                           "suspected lenders operate, not something the police did."),
    }, aliases={"activity": "enforcement activity", "police activity": "enforcement activity"}),
        "trap_loan_institutions_decline", ("outcome",)),
    hints=[
        "Ask of each: is this something the police did, or something that happened to people?",
        "Every headline count is police work. One figure describes a change over time in something else.",
    ],
    explanation=("Every headline count is what the police did; none measures how much crime there was or how many "
                 "people were harmed. The 86% fall is a trend in form, and what it measures is prevalence (how many "
                 "suspected lenders operate), so 'outcome' is a defensible reading too. The release's other statement "
                 "about crime, the falling recorded sextortion cases (发案数), is not in the figures table."),
)

PRECISION_FIGURES = ("gangs_eliminated", "suspects_detained", "assets_seized", "information_intercepted",
                     "platforms_rectified", "november_suspects_apprehended")


def precisions() -> dict[str, str]:
    table = _figures()
    return {fid: table.loc[fid, "precision"] for fid in PRECISION_FIGURES}


q8 = Question(
    id="q8",
    reads=("precision_of",),
    judge=mapping(precisions, misconceptions={
        "information_intercepted": ("lower_bound_as_exact",
                                    "'More than 3 million' is a lower bound: the true number is at least 3 "
                                    "million, and could be much more."),
        "platforms_rectified": ("lower_bound_as_exact",
                                "'More than 1,400' is a lower bound, not an exact count."),
        "suspects_detained": ("rounded_as_exact",
                              "The Chinese prints 1.64万: two decimals of 万, so the figure is rounded to the "
                              "nearest hundred."),
        "assets_seized": ("rounded_as_exact", "299.5亿元 is rounded to the nearest 0.1亿 (10 million yuan)."),
        "gangs_eliminated": ("exact_as_rounded", "1,759 is printed to the last gang: exact as printed."),
        "november_suspects_apprehended": ("exact_as_rounded", "712 is printed to the last person: exact as printed."),
    }),
    hints=[
        "Look at how each figure is printed: the printed_as and chinese_original columns.",
        "'More than ...' is a lower bound. A number in 万 or 亿 with few decimals is rounded.",
    ],
    explanation=("Exact counts are printed to the last unit; figures in 万 or 亿 are rounded to their last "
                 "printed digit; 'more than' gives only a floor."),
)


# ----------------------------------------------------------------------------
# q9-q10: the 86% trend
# ----------------------------------------------------------------------------
def remaining_share() -> float:
    return 1 - _f("trap_loan_institutions_decline") / 100


q9 = Question(
    id="q9",
    reads=("left_share",),
    judge=number(remaining_share, rel_tol=1e-6, abs_tol=1e-9, misconceptions=[
        Misconception("drop_read_as_remaining",
                      "That reads 'down 86%' as '86% remaining'. A drop of 86% means 86% of the peak is gone.",
                      lambda: _f("trap_loan_institutions_decline") / 100),
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1.",
                      lambda: 100 * remaining_share()),
        Misconception("drop_read_as_remaining_percent",
                      "That is the drop, as a percentage. The question asks what is left, as a share.",
                      lambda: _f("trap_loan_institutions_decline")),
    ]),
    hints=["If 86% is gone, what is left?", "Left = 1 - drop, with the drop as a share (86% = 0.86)."],
    explanation="An 86% drop leaves 14% of the peak: 0.14 of a number the release does not give.",
)

Q10_OPTIONS = ("a", "b", "c", "d")
q10 = Question(
    id="q10",
    reads=("unknown",),
    judge=choice("b", Q10_OPTIONS, wrong={
        "a": "The figure does tell you the direction: it is a drop.",
        "c": "That reads 'down 86%' as '86% remaining'. An 86% drop leaves 14%; and something is still unknown.",
        "d": ("A fall during a campaign is not proof the campaign caused it: the release gives no comparison "
              "with what would have happened otherwise. And something else is plainly unknown."),
    }, codes={"a": "direction_unknown", "c": "drop_read_as_remaining", "d": "fall_proves_cause"}),
    hints=[
        "A percentage change is a ratio of two numbers. Which of the two does the release give?",
        "14% of 100 is 14; 14% of 10,000 is 1,400. What would you need to know to tell these apart?",
    ],
    explanation=("The release gives the fall as a percentage of a peak whose level and month it does not give, "
                 "and does not define a 'suspected institution' or say how they were counted."),
)


# ----------------------------------------------------------------------------
# q11-q12: translation
# ----------------------------------------------------------------------------
def _clearer(chinese: str) -> str:
    return data.glossary().set_index("chinese").loc[chinese, "clearer_en"]


def _apprehended_forms():
    return {_clearer("抓获"), "apprehended", "apprehend", "caught", "taken into custody", "captured"}


q11 = Question(
    id="q11",
    reads=("better_word",),
    judge=text(_apprehended_forms, wrong={
        "arrested": "That is the translation's word. Formal arrest is 逮捕 and needs a procuratorate's approval; "
                    "the release gives no count of it.",
        "formally arrested": "Formal arrest is 逮捕, which the release does not report.",
        "detained": "Detention is 刑拘, the next step for most (not all) of those caught.",
    }, codes={"arrested": "arrest_for_zhuahuo", "formally arrested": "arrest_for_zhuahuo",
              "detained": "detained_for_zhuahuo"}),
    hints=["Look up 抓获 in data.glossary().", "The word means 'caught' or 'taken by the police', before any legal step."],
    explanation="抓获 is to catch or apprehend. 'Arrested' suggests the formal legal step (逮捕), which is not reported.",
)


def _water_army_forms():
    return {_clearer("网络水军滋事"), "paid trolls", "paid troll", "paid posters", "paid poster", "water army",
            "internet water army", "online water army", "paid-troll", "paid commenters", "paid trolling"}


q12 = Question(
    id="q12",
    reads=("shuijun",),
    judge=text(_water_army_forms, wrong={
        "naval": "水军 does literally mean 'navy', but online it is slang for paid posters: the 'water army'.",
        "navy": "水军 does literally mean 'navy', but online it is slang for paid posters: the 'water army'.",
        "online navy": "水军 does literally mean 'navy', but online it is slang for paid posters: the 'water army'.",
    }, codes={"naval": "literal_navy", "navy": "literal_navy", "online navy": "literal_navy"}),
    hints=["Look up 网络水军滋事 in data.glossary().", "水军 are people paid to post online in bulk."],
    explanation=("水军 (literally 'navy', 'water army') is slang for organised paid posters; the crime type is "
                 "trouble-making by paid trolls, not anything naval."),
)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12]
