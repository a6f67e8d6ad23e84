"""Lesson 00: the warm-up questions (how checking works) and the in-lesson
checks of its on-ramp (the pandas and regular expressions the course uses).

Expected values come from data/ through ``netcrime.data``, never typed here;
the one sentence of a later release that yt6 reads is quoted from
data/release_sources.csv (S11) when judged.
"""
from __future__ import annotations

import re

from .. import data
from ..units import parse_figure
from .compare import Misconception, choice, number
from .judge import judge
from .outcome import Outcome, correct, incorrect, not_attempted, wrong_type
from .question import Question
from .values import close, describe, is_number, is_placeholder


def _gangs_outside_november() -> float:
    """Gangs the campaign broke up outside its November operation: a subtraction no table stores."""
    return data.figure("gangs_eliminated") - data.figure("november_gangs_eliminated")


# q2 reads a figure printed the Chinese way in a sentence made up for the warm-up (in no table): the skill, reading
# 万, is applied to a number the student has not seen stored anywhere.
Q2_PRINTED = "刑拘犯罪嫌疑人2.35万名"  # made up for practice, not a real figure


def _detained() -> float:
    return parse_figure(Q2_PRINTED).value


q1 = Question(
    id="q1",
    reads=("gangs",),
    judge=number(_gangs_outside_november, misconceptions=[
        Misconception("campaign_total", "That is the campaign's whole count, November included. Take the November "
                      "operation's gangs away.", lambda: data.figure("gangs_eliminated")),
        Misconception("november_only", "That is the November round-up's own count; the question asks for the gangs "
                      "broken up outside it.", lambda: data.figure("november_gangs_eliminated")),
        Misconception("added_not_subtracted", "You added the two. The November operation is part of the campaign: "
                      "subtract its gangs from the total.",
                      lambda: data.figure("gangs_eliminated") + data.figure("november_gangs_eliminated")),
        Misconception("subtracted_wrong_way", "Negative: you took the total from November's count.",
                      lambda: -_gangs_outside_november()),
        Misconception("text_not_number", "Close: write the number without a thousands separator.",
                      lambda: _gangs_outside_november() / 1000),
    ]),
    hints=[
        "Two figures of the release: the campaign's gangs eliminated (1,759) and the November operation's (133).",
        "data.figure('gangs_eliminated') - data.figure('november_gangs_eliminated')",
    ],
    explanation=("1,759 gangs for the campaign to date (截至目前, 'up to now', on 24 December 2020; the release "
                 "gives no start, and the campaign began in November 2019) include the November operation's 133: "
                 "1,626 were broken up outside it. A part of a total is inside it, never beside it."),
)

q2 = Question(
    id="q2",
    reads=("detained",),
    judge=number(_detained, misconceptions=[
        Misconception("wan_as_thousand", "万 is ten thousand, not a thousand: 2.35万 = 2.35 x 10,000.",
                      lambda: _detained() / 10),
        Misconception("wan_as_million", "万 is ten thousand, not a million.", lambda: _detained() * 100),
        Misconception("unit_left_out", "2.35 is the number of 万. Multiply by the size of one 万.",
                      lambda: _detained() / 10_000),
        Misconception("wan_as_yi", "That reads 万 as 亿 (a hundred million). 万 is ten thousand.",
                      lambda: _detained() * 10_000),
        Misconception("release_figure", "That is the 2020 release's 1.64万 detained; this question's sentence "
                      "prints 2.35万.", lambda: data.figure("suspects_detained")),
    ]),
    hints=["万 (wàn) means ten thousand.", "2.35 x 10,000 = ?"],
    explanation="万 = 10,000, so 2.35万 = 23,500 people placed under criminal detention.",
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


# ----------------------------------------------------------------------------
# In-lesson checks ("your turn"). Prompts and worked solutions are typed here:
# lesson 00 has no exercise notebook; solutions/00 shows each one worked.
# ----------------------------------------------------------------------------
SLIDER_START, SLIDER_TARGET = 1.64, 2.7


@judge({"slider_elsewhere": "the slider was moved, but not to the value asked for"})
def _judge_slider(slider) -> Outcome:
    value = getattr(slider, "value", None)
    if slider is Ellipsis:
        return not_attempted()
    if not is_number(value):
        return wrong_type(f"`wan` should be the slider from the cell above, but it is {describe(slider)}. "
                          "Run that cell again (it makes the slider), then move it.")
    if close(value, SLIDER_START):
        return not_attempted(f"The slider still shows {SLIDER_START}: move it to {SLIDER_TARGET}, then check "
                             "again. If you did move it and it still says this, widgets are not talking to "
                             "the kernel: use Kernel → Restart Kernel and Run All Cells.")
    if close(value, SLIDER_TARGET, abs_tol=1e-9):
        return correct(f"The kernel received your move to {SLIDER_TARGET}: widgets work on your set-up.")
    return incorrect(f"The slider is at {value:g}; move it to {SLIDER_TARGET} (click it and use the arrow "
                     "keys for small steps).", "slider_elsewhere")


yt1 = Question(
    id="yt1",
    prompt=f"Move the 万 slider to {SLIDER_TARGET}, then run `yt1.check()`: it reads the slider itself.",
    reads=("wan",),
    judge=_judge_slider,
    hints=["Click the slider's handle and press the arrow keys: each press moves it by 0.01."],
    solution_code=f"wan.value = {SLIDER_TARGET}  # or drag the slider",
    explanation=f"{SLIDER_TARGET}万 = 27,000. The check read the slider's value in the kernel: widgets work.",
)


def _rows(*, subset: str | None = None, unit: str | None = None):
    figures = data.release_figures()
    keep = figures["id"].notna()
    if subset is not None:
        keep &= figures["subset"] == subset
    if unit is not None:
        keep &= figures["unit"] == unit
    return figures[keep]


yt2 = Question(
    id="yt2",
    prompt=("How many rows of `figures` are provincial examples (`subset` is 'provincial example') AND count "
            "gangs (`unit` is 'gangs')? Store the number in `n_examples`."),
    reads=("n_examples",),
    judge=number(lambda: len(_rows(subset="provincial example", unit="gangs")), misconceptions=[
        Misconception("one_condition_subset", "That counts every provincial example, whatever its unit: add the "
                      "second condition with & (each condition in parentheses).",
                      lambda: len(_rows(subset="provincial example"))),
        Misconception("one_condition_unit", "That counts every gang figure, national ones too: add the subset "
                      "condition with &.", lambda: len(_rows(unit="gangs"))),
        Misconception("or_not_and", "That keeps rows meeting either condition (|). Use & for both at once.",
                      lambda: len(_rows(subset="provincial example")) + len(_rows(unit="gangs"))
                      - len(_rows(subset="provincial example", unit="gangs"))),
        Misconception("whole_table", "That is every row: the filter was not applied.",
                      lambda: len(data.release_figures())),
    ]),
    hints=["Two conditions: (figures['subset'] == 'provincial example') & (figures['unit'] == 'gangs').",
           "len(figures[...]) counts the rows kept."],
    solution_code=("examples = figures[(figures['subset'] == 'provincial example') & (figures['unit'] == 'gangs')]\n"
                   "n_examples = len(examples)"),
    explanation="Four: Jiangsu, Zhejiang, Guangdong and Guangxi, the examples the ministry chose.",
)


def _outside_november() -> float:
    return data.figure("suspects_apprehended") - data.figure("november_suspects_apprehended")


yt3 = Question(
    id="yt3",
    prompt=("With `set_index('id')` and `.loc`, take the `value` of `suspects_apprehended` (the campaign) and of "
            "`november_suspects_apprehended` (its November operation). How many suspects were apprehended outside "
            "the November operation? Store the number in `outside_november`."),
    reads=("outside_november",),
    judge=number(_outside_november, misconceptions=[
        Misconception("campaign_not_november", "That is the whole campaign's count, November included: take the "
                      "November operation's suspects away.", lambda: data.figure("suspects_apprehended")),
        Misconception("november_only", "That is the November operation's own count; the question asks for the "
                      "rest of the campaign.", lambda: data.figure("november_suspects_apprehended")),
        Misconception("added_not_subtracted", "You added the two. The November operation is part of the campaign: "
                      "subtract.", lambda: data.figure("suspects_apprehended")
                      + data.figure("november_suspects_apprehended")),
        Misconception("gangs_not_suspects", "That uses the November operation's gangs, not its suspects.",
                      lambda: data.figure("suspects_apprehended") - data.figure("november_gangs_eliminated")),
        Misconception("july_not_november", "That takes away the July operation's suspects, not November's.",
                      lambda: data.figure("suspects_apprehended") - data.figure("july_suspects_apprehended")),
    ]),
    hints=["by_id = figures.set_index('id') makes the ids the row labels; by_id.loc['suspects_apprehended', 'value'] "
           "is one value.",
           "Take the November row's value away from the campaign's."],
    solution_code=("by_id = figures.set_index('id')\n"
                   "outside_november = (by_id.loc['suspects_apprehended', 'value']\n"
                   "                    - by_id.loc['november_suspects_apprehended', 'value'])"),
    explanation=("16,288: the campaign's 17,000 (rounded, 1.7万) less the November round-up's 712. The result is no "
                 "more precise than 17,000 itself."),
)


def _gangs_by_subset():
    gangs = _rows(unit="gangs")
    return gangs.groupby("subset")["value"]


yt4 = Question(
    id="yt4",
    prompt=("Keep the rows whose `unit` is 'gangs', group them by `subset` and total their `value`. Store the "
            "total for 'provincial example' in `example_gangs`."),
    reads=("example_gangs",),
    judge=number(lambda: float(_gangs_by_subset().sum()["provincial example"]), misconceptions=[
        Misconception("count_not_sum", "That is how many rows there are (.count() or .size()); the question asks "
                      "for the total of their values: .sum().",
                      lambda: float(_gangs_by_subset().count()["provincial example"])),
        Misconception("summed_every_subset", "That adds every subset together, the national total and the "
                      "November operation included: take the 'provincial example' group only.",
                      lambda: float(_gangs_by_subset().sum().sum())),
        Misconception("national_group", "That is the 'campaign to date' group (the national total).",
                      lambda: float(_gangs_by_subset().sum()["campaign to date"])),
    ]),
    hints=["gang_rows = figures[figures['unit'] == 'gangs'], then gang_rows.groupby('subset')['value'].sum().",
           "The result is a Series indexed by subset: .loc['provincial example'] picks one total."],
    solution_code=("gang_rows = figures[figures['unit'] == 'gangs']  # not `gangs`: that is q1's answer\n"
                   "example_gangs = gang_rows.groupby('subset')['value'].sum().loc['provincial example']"),
    explanation=("159 gangs across the four examples: under a tenth of the national 1,759, so the examples say "
                 "nothing about the campaign's geography."),
)


def _contains(text: str) -> int:
    return int(data.release_figures()["chinese_original"].str.contains(text, na=False).sum())


yt5 = Question(
    id="yt5",
    prompt=("How many figures' `chinese_original` contains 亿? Use `str.contains` (remember `na=False`: some "
            "figures have no Chinese original). Store the number in `n_yi`."),
    reads=("n_yi",),
    judge=number(lambda: _contains("亿"), misconceptions=[
        Misconception("wan_not_yi", "That counts 万 (ten thousand), not 亿 (a hundred million).",
                      lambda: _contains("万")),
        Misconception("either_unit", "That counts figures with 万 or 亿; the question asks for 亿 only.",
                      lambda: _contains("万|亿")),
        Misconception("whole_table", "That is every row: sum the True/False column that str.contains gives.",
                      lambda: len(data.release_figures())),
        Misconception("missing_counted", "That counts the rows with no Chinese original (NaN), not those "
                      "containing 亿.", lambda: int(data.release_figures()["chinese_original"].isna().sum())),
    ]),
    hints=["figures['chinese_original'].str.contains('亿', na=False) is True or False for each row.",
           "True counts as 1 when you add: .sum() counts the rows that contain it."],
    solution_code="n_yi = figures['chinese_original'].str.contains('亿', na=False).sum()",
    explanation="Two: the assets seized by the whole campaign (299.5亿元) and by the November operation (3.11亿元).",
)


def later_sentence() -> str:
    """The 2023 annual release's first sentence of figures (S11), as data/release_sources.csv stores it."""
    excerpt = data.release_sources().set_index("source_id").loc["S11", "excerpt"]
    return excerpt.split(" … ")[0]


def _wan_numbers() -> list[str]:
    return re.findall(r"[\d.]+万", later_sentence())


@judge({"unit_dropped": "the numbers found without the 万 that the pattern should match",
        "decimal_missed": "the pattern missed the decimal point, so 2.7万 became 7万",
        "group_only": "a group in the pattern made findall return the group, not the whole match",
        "every_number": "the pattern matched every number, not only those in 万"})
def _judge_findall(found) -> Outcome:
    if is_placeholder(found):
        return not_attempted()
    if not isinstance(found, (list, tuple)) or not all(isinstance(x, str) for x in found):
        return wrong_type(f"You gave {describe(found)}; re.findall gives a list of texts, e.g. ['1.7万'].")
    want = _wan_numbers()
    got = [x.strip() for x in found]
    if got == want:
        return correct(f"{got} are the two numbers printed in 万.")
    if [x.removesuffix("余") for x in got] == want:  # kept 余 ('more than') as printed: better, not wrong
        return correct(f"{got}: the numbers printed in 万, and you kept 余 ('more than') where the sentence has it. "
                       "Good: 余 makes the number a floor.")
    if got == [w.rstrip("万") for w in want]:
        return incorrect("You found the numbers but not their unit. Either the pattern does not end with 万, or "
                         "it has a group in parentheses, such as ([\\d.]+)万, and re.findall then returns only the "
                         "group. Use [\\d.]+万, with 万 at the end and no parentheses.", "unit_dropped")
    if got == [w.split(".")[-1] for w in want]:
        return incorrect("Your pattern misses the decimal point, so 2.7万 became 7万: use [\\d.]+ (digits or "
                         "points) before 万.", "decimal_missed")
    if got and all(x.startswith(".") or x in ("万",) or len(x) <= 2 for x in got):
        return incorrect("re.findall returned only the part in parentheses: a group in the pattern makes it "
                         "return the group. Use [\\d.]+万 with no parentheses.", "group_only")
    all_numbers = re.findall(r"\d[\d.]*", later_sentence())
    if len(got) >= len(all_numbers) and set(w.rstrip("万") for w in want) <= set(got) | set(want):
        return incorrect("That matches every number in the sentence; the question asks only for those "
                         "printed in 万 (end the pattern with 万).", "every_number")
    return incorrect(f"You found {got}; the sentence has {len(want)} numbers printed in 万. Print the sentence "
                     "and compare with your pattern.")


yt6 = Question(
    id="yt6",
    prompt=("A sentence from a later release (the Ministry's briefing on 2023, reported 17 January 2024) is in "
            "`sentence_2023`. With `re.findall`, list every number printed in 万 in it (each with its 万). "
            "Store the list in `wan_numbers`."),
    reads=("wan_numbers",),
    judge=_judge_findall,
    hints=["The pattern [\\d.]+万 means: one or more digits or points, then 万.",
           "re.findall(r'[\\d.]+万', sentence_2023)"],
    solution_code="wan_numbers = re.findall(r'[\\d.]+万', sentence_2023)",
    explanation=("['2.7万', '2.9万']: 27,000 suspects and more than 29,000 cases (2.9万余: 余 means 'more than'); "
                 "1900余个 is not in 万."),
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5, yt6]
