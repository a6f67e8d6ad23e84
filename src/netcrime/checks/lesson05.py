"""Lesson 05 questions: reading across releases, and a capstone on an unseen release.

Every expected value comes from data/ (``data.releases()``, ``data.release_crime_lists()``,
``data.release_sources()``) or from ``netcrime.releases``; nothing is typed twice.
Wrong answers are named with the student's own figure or label.

The capstone (q9-q15) applies lesson 01's checklist to the Ministry's report on 2023
(``release == 'mps_2023_annual'``), whose online figures the lesson does not work through. Its last part is a short
written brief for the instructor: it is never marked by the computer. Its verdict is
"Recorded for your instructor" (``written.recorded_text``); the student sees the rubric as a
self-check list, and the grader lists the brief beside the rubric in ``to_mark.md`` and counts
it as to be marked until the instructor gives its points in ``overrides.csv``.
"""
from __future__ import annotations

import re

import math

from .. import data, releases
from . import capstone, sealed, typos
from ..schemas import CRIME_TYPES, PERIOD_BASES, RELEASE_UNITS
from ..units import plain
from .slips import SLIP_CODES as _SLIPS, figure_match, source_printed_figures
from .compare import (CHOICES_CODES, cut_short_verdict, date_without_words, LABEL_OF_ANOTHER_KEY, MISLABEL_CODES, Misconception, choice, choices, item_slip, keys_in_any_case, keys_problem, mapping, mislabel, number,
                      text)
from .outcome import EXTRA_KEY, LABEL_CUT_SHORT, LABEL_NOT_AN_OPTION, MISSING_KEY, WRONG_TYPE, Outcome, Problem, correct, incorrect, not_attempted, with_note, wrong_type
from .written import computed_and_written, recorded_text
from .figure_family import Family
from .judge import Judge, as_judge, judge
from .question import Question
from .figure_words import FIGURE_WORD_SLIPS, PRECISIONS, aliases_for, figure_word_slip
from .labels import label_key, read_date_value, read_label
from .dict_items import FORM_OF_ITEMS, SERIES_NOTE, item_form, read_as_dict, series_as_dict, typed_items
from .values import describe, is_missing_number, is_number, is_placeholder, normalise_text

CAPSTONE = capstone.RELEASE
CAPSTONE_FIGURES = capstone.FIGURE_KEYS  # the keys the capstone's answers use; no table holds these figures


def _rows():
    return releases.figures()


def _value(figure_id: str) -> float:
    return float(_rows().loc[figure_id, "value"])


def _releases_table() -> dict[str, float]:
    """Every figure of ``data.releases()``, named by its id: the table lesson 05's computations hand over."""
    return {f"{i!r}": _value(i) for i in data.releases()["id"]}


def _field(figure_id: str, column: str):
    return _rows().loc[figure_id, column]


_SHOWS_ANSWER = ("You gave", "You wrote", "You call", "You start", "You end", "You listed", "For ", "An empty list")


def _yours(judge):
    """Wrap a judge so that every 'not yet' starts with the student's own answer (figure, words or picks)."""
    def wrapped(value) -> Outcome:
        value = _as_list(value)  # an array or Series of options is the list it holds
        outcome = judge(value)
        if outcome.status != "incorrect" or outcome.message.startswith(_SHOWS_ANSWER):
            return outcome
        try:
            if is_number(value) and not is_missing_number(value):
                shown = plain(value)
            elif isinstance(_as_list(value), (list, tuple, set, frozenset)):
                shown = repr(sorted(map(str, _as_list(value))))
            else:
                shown = repr(value)
        except (OverflowError, ValueError):
            return outcome
        if outcome.message.startswith(f"{shown} "):  # '2.32 is too low ...' starts with it already (round 15)
            return outcome
        return incorrect(f"You gave {shown}. {outcome.message}", outcome.misconception)

    return Judge(wrapped, as_judge(judge).misconceptions)


def _as_list(value):
    """An array or a Series of several options (from ``.unique()`` or a column) read as the list it holds: a fair
    form of a list of options (round 5: L05 q5 from ``.unique()``)."""
    if type(value).__name__ in ("ndarray", "Series", "Index") and getattr(value, "ndim", 1) == 1 \
            and all(isinstance(v, str) for v in list(value)):
        return list(value)
    return value


def _lazy_choices(correct, options, *, wrong=None, codes=None):
    """``compare.choices`` with the right options computed from data/ when first judged, not at import
    (the grader's fork server imports the checks before the course data is in place)."""
    wrong, codes, built = dict(wrong or {}), dict(codes or {}), []

    def judge(value) -> Outcome:
        if not built:
            built.append(choices(correct(), options, wrong=wrong, codes=codes))
        return built[0](_as_list(value))

    judge.misconceptions = {**CHOICES_CODES, **{codes[o]: wrong.get(o, "") for o in codes}}  # choices' own too
    return judge


def _belongs_elsewhere(given, key, allowed) -> str:
    """' 'lower bound' is an answer for 'precision', not for 'unit'.' when the label is allowed for another key."""
    if not isinstance(allowed, dict):
        return ""
    for other, labels_there in allowed.items():
        if other != key and read_label(given, labels_there, aliases=aliases_for(labels_there)).label is not None:
            return f" {given!r} is an answer for {other!r}, not for {key!r}."
    return ""


# Fair forms of a unit a teacher accepts (round 5: 'gang' for gangs, the literal 'vicious-force criminal groups'):
# every plural unit in the singular, and the word-for-word translation of 恶势力犯罪集团.
UNIT_FORMS = {**{unit[:-1]: unit for unit in RELEASE_UNITS if unit.endswith("s") and not unit.endswith("ies")},
              "body": "bodies", "vicious-force criminal groups": "vicious-force groups",
              "vicious-force criminal group": "vicious-force groups", "vicious force criminal groups": "vicious-force groups"}


def _fair_aliases(known) -> dict[str, str]:
    """The shared figure words (``figure_words.aliases_for``) and UNIT_FORMS, for the labels ``known`` allows."""
    return {**aliases_for(known), **{form: unit for form, unit in UNIT_FORMS.items() if unit in set(known)}}


def labels(expected, named: dict[str, dict[str, tuple[str, str]]], *, allowed=None, aliases=None,
           reread="Reread the figure's own words (its chinese_original) and the lesson's table.",
           reread_codes: dict[str, str] | None = None):
    """A dict of labels (figure -> label), every key required; each known wrong label has a code.

    ``expected`` is a dict, a function giving one, or a ``sealed.Key`` (with ``allowed`` given: the right label is
    the option whose seal matches, found only while judging). ``named`` maps a key to {wrong label: (code,
    message)}; the message is shown after the
    student's own label. ``allowed`` (optional) lists the labels that make sense at all, for every
    key or (a dict) per key; a label outside them is the wrong kind of answer ("use one of"),
    never a wrong one. Labels are read as every comparator reads them (``labels.read_label``:
    case, punctuation, option forms and a small typo forgiven, with a note), with the shared
    words for precision, unit and basis (``figure_words``: 'floor' for a lower bound, 恶势力犯罪集团
    for vicious-force groups) unless ``aliases`` are given. Missing or extra keys are named by
    ``compare.keys_problem``. ``reread`` ends the message for a wrong label with no message of its own; it
    may be a function (key, label given) -> (code, message), so that every wrong label is named (its codes
    declared in ``reread_codes``).
    """
    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        keys = expected.items() if isinstance(expected, sealed.Key) else (expected() if callable(expected) else expected)
        if (labelled := series_as_dict(value, keys)) is not None:  # a Series labelled with the keys (round 14)
            return with_note(judge(labelled), SERIES_NOTE)
        if not isinstance(value, dict):
            return wrong_type(f"You gave {describe(value)}; this question wants a dict, e.g. "
                              "{'organisations': '...', ...}.")
        if isinstance(expected, sealed.Key):  # the right label per item, found among the options offered (#19)
            want = {item: next((o for o in (allowed.get(item) if isinstance(allowed, dict) else allowed)
                                if expected.is_right(item, o)), None) for item in expected.items()}
        else:
            want = expected() if callable(expected) else expected
        value = keys_in_any_case(value, want)  # 'Unit' for 'unit': one reading of keys for every dict (round 18)
        problem = keys_problem(value, want)
        if problem:
            return wrong_type(problem)
        notes = []
        for key, wanted in want.items():
            given = value[key]
            allowed_here = allowed.get(key) if isinstance(allowed, dict) else allowed
            known = tuple(allowed_here) if allowed_here is not None else (wanted, *named.get(key, {}))
            reading = read_label(given, known, aliases=_fair_aliases(known) if aliases is None else aliases
                                 ).wrong_if_cut(lambda label: label == wanted)
            if reading.cut_short:  # 'lower' for 'lower bound': named, not credited (round 13)
                return cut_short_verdict(reading, key)
            if allowed_here is not None and reading.label is None:
                code, which = _outside(given, allowed_here)
                return wrong_type(Problem(f"For {key!r} you gave {describe(given)}; {which}use one of: "  # named19
                                          f"{', '.join(allowed_here)}.{_belongs_elsewhere(given, key, allowed)}",
                                          (mislabel(value, want, key) or (None,))[0]
                                          or (LABEL_OF_ANOTHER_KEY if _belongs_elsewhere(given, key, allowed) else code)))
            if reading.note:
                notes.append(reading.note)
            if reading.label == wanted:
                continue
            code_message = named.get(key, {}).get(reading.label) if reading.label is not None else None
            if code_message is not None:
                code, message = code_message
                return incorrect(f"For {key!r} you wrote {given!r}. {message}", code)
            if (swapped := mislabel(value, want, key)) is not None:  # named19: a swapped or misplaced label
                return incorrect(f"For {key!r} you wrote {given!r}. {swapped[1]}", swapped[0])
            if (slip := figure_word_slip(key, reading.label, wanted)) is not None:  # named: what each label claims
                tail = reread(key, given)[1] if callable(reread) else reread
                return incorrect(f"{slip[1]} {tail}", slip[0])
            if callable(reread):
                code, message = reread(key, given)
                return incorrect(f"For {key!r} you wrote {given!r}. {message}", code)
            return incorrect(f"For {key!r} you wrote {given!r}, which is not right. {reread}")
        return correct(" ".join(notes))

    return Judge(judge, {**{code: msg for per_key in named.values() for code, msg in per_key.values()},
                         **MISLABEL_CODES, **FIGURE_WORD_SLIPS, **(reread_codes or {}), VAGUE_LABEL: VAGUE_DESCRIPTION})


VAGUE_LABEL = "vague_label"
VAGUE_DESCRIPTION = "wrote a word several of the allowed labels share ('organisations', 'groups'): which kind is unsaid"


def _outside(given, allowed) -> tuple[str | None, str]:
    """(code, sentence) for a label outside the allowed ones (review round 7, M3: 'organisations' got no code): a
    word several labels share, the start of one, or none of them."""
    if isinstance(given, (list, tuple, set, frozenset)):  # round 12: ['lower bound'] * 2 was told with no name
        return "gave_a_list", "one label, as text, not a list: "
    if not isinstance(given, str) or not label_key(given):
        return None, ""
    text = label_key(given)
    holding = [label for label in allowed if re.search(rf"\b{re.escape(text)}", label_key(label))]
    if len(holding) >= 2:
        return VAGUE_LABEL, f"that word fits {', '.join(holding)}: which one? "
    if len(holding) == 1:
        return LABEL_CUT_SHORT, f"that is only part of {holding[0]!r}: write the whole label. "
    return LABEL_NOT_AN_OPTION, ""


# ----------------------------------------------------------------------------------------------
# q1: the unit a printed phrase counts, in sentences of the later reports that no table holds
# ----------------------------------------------------------------------------------------------
# Each phrase as printed, with where: the lesson's table of unit words teaches with the stored figures; these
# phrases are from the same reports' other sentences, so the unit has to be read, not looked up.
UNIT_PHRASES = {
    "涉黑组织28个": "Xinhua, 27 February 2023, the Ministry on 2022 (two copies read): mafia-type organisations "
                 "broken up in rural areas",
    "恶势力犯罪集团229个": "Xinhua, 27 February 2023 (as above): vicious-force groups broken up in rural areas",
    "黑恶团伙310个": "Xinhua, 27 February 2023 (as above): gangs broken up in the campaign on natural resources "
                  "('sand and mine bullies')",
    "涉黑恶案件800余起": "Xinhua, 17 January 2024, the Ministry on 2023 (two copies read): cases handled in the "
                    "education, lending and market sectors",
}
# Copies read (2026-11-30): Xinhua 27 Feb 2023 at benjuzi.cn/guonei/2023/0228/134842.html and (China Economic Net,
# from the Ministry's site) finance.sxcntv.com/finance/2023/0227/400076770.html; Xinhua 17 Jan 2024 at
# hxfzw.net/fazhi/317.html and (CCTV) tibet.cn/cn/Instant/culture/202401/t20240117_7558863.html.
_HEI_E = ("hei_e_as_hei", "涉黑恶 counts both kinds together: organisations of a mafia nature (涉黑) and "
          "vicious-force groups (恶势力).")
_TUANHUO = ("tuanhuo_as_organisation", "团伙 is the loose word for gangs, loose groups included, not an organisation "
            "recognised in law: its unit is 'gangs', as in 2020.")
_ESHILI = ("eshili_as_mafia", "恶势力 groups are the stage before a mafia-type organisation; the law keeps them apart.")
_QUALIFIER = ("qualifier_as_unit", "涉黑恶 says what kind of crime; the noun counted is 案件, cases. Read the unit from "
              "the noun just before the number, not from the words that qualify it.")


q1 = Question(
    id="q1",
    reads=("unit_of",),
    judge=labels(sealed.Key("05/q1"), {  # the key is sealed: instructor/lesson05_key.py reads each phrase's noun
        "涉黑组织28个": {"gang organisations": ("hei_as_hei_e", "涉黑 alone is the mafia-type kind; 涉黑恶 would be "
                                                          "both kinds together."),
                     "gangs": ("gang_words_same", "涉黑组织 is an organisation of a mafia nature, a legal category, "
                                                  "not a loose gang.")},
        "恶势力犯罪集团229个": {"mafia-type organisations": _ESHILI, "gangs": (
            "gang_words_same", "Every one of these is a 'gang' in loose English, but 恶势力犯罪集团 is its own unit.")},
        "黑恶团伙310个": {"gang organisations": _TUANHUO, "mafia-type organisations": _TUANHUO,
                      "vicious-force groups": _TUANHUO},
        "涉黑恶案件800余起": {"gang organisations": _QUALIFIER, "mafia-type organisations": _QUALIFIER},
    }, allowed=RELEASE_UNITS, reread="Find the noun just before the number, then look it up in the lesson's table "
                                     "of unit words."),
    hints=["For each phrase, find the noun just before the number and its measure word (个, 起).",
           "团伙 = gangs; 涉黑组织 = mafia-type organisations; 恶势力(犯罪)集团 = vicious-force groups; "
           "涉黑恶犯罪组织 = both kinds together; 案件 = cases, whatever qualifies them."],
    explanation=("Four phrases, four units: 涉黑组织 counts mafia-type organisations, 恶势力犯罪集团 vicious-force groups, "
                 "黑恶团伙 gangs (团伙, the loose word), and 涉黑恶案件 cases: 涉黑恶 only says what kind. In English "
                 "the first three are all 'gangs'; only figures in the same unit can be set side by side."),
)


# ----------------------------------------------------------------------------------------------
# q2: "since the start of this year", read with the report's date (a report no table holds)
# ----------------------------------------------------------------------------------------------
# China News Service, 14 October 2021 (one repost read: xian.baogaosu.com/xinwen/...净网2021/98539540): the Ministry's "Clean Net 2021"
# (净网2021) operation, 今年以来 ... 共侦破案件3.7万余起. Typed once here: no table holds this report, so the start
# is worked out from its date, not read off a period_start column.
Q2_SENTENCE = "今年以来，该部部署全国公安机关深入推进“净网2021”专项行动……共侦破案件3.7万余起"
Q2_REPORT_DATE = "2021-10-14"


# The start is worked out inside q2's judge (``_since_judge``), never by a name of this module (#19: round 6 found
# ``since_start()`` handing it over). Its cells hold no answer: tests/checks/test_no_closure_answer.py walks them.
ISO_FORM = "date_not_iso"


def _since_judge():
    """q2's judge: 今年以来 read with the report's date, the start and its fair forms held inside the judge only."""
    year = int(Q2_REPORT_DATE[:4])

    def forms() -> list[str]:
        """The start's fair forms, worked out from the report's date each time the judge reads an answer: held in
        no closure cell (round 7 read them out of one with ``inspect``). A list, the ISO date first: ``text`` reads
        the first form as the answer (a set's order changed with the process's hash seed)."""
        start = int(Q2_REPORT_DATE[:4])
        return list(dict.fromkeys([f"{start}-01-01", f"{start}-1-1", f"{start}/01/01"]))

    a_year_back, year_before = f"{year - 1}{Q2_REPORT_DATE[4:]}", f"{year - 1}-01-01"
    return _yours(text(forms, wrong={
        Q2_REPORT_DATE: "That is the day of the report: the end of the period, not its start.",
        a_year_back: "That reads 今年以来 as 一年来, 'over the past year'. 今年 is 'this year': the count runs from the "
                     "start of the report's own year.",
        "2021-08-01": "Nothing in the sentence names August: 今年以来 counts from the start of the year.",
        year_before: "That is the start of the year before. 今年 is the report's own year: the year of "
                     "14 October 2021.",
        "2019-11-01": "That is when the 2019-20 campaign began (the 2020 release's period). This sentence is about "
                      "Clean Net 2021 and says 今年以来: the start of the report's own year.",
        "2021-03-01": "That is when the Criminal Law Amendment XI took effect, a law, not the start of this count. "
                      "今年以来 counts from the start of the report's own year.",
        f"{year}-10-01": "That is the start of the report's month. 今年 is 'this year', not 'this month' "
                         "(本月): the count runs from the start of the year.",
        f"{year}-12-31": "That is the end of the report's year, not the start of the count, and it "
                         "lies after the report. 以来 ('since') asks where the count begins.",
        f"{year + 1}-01-01": "That is the year after the report. 今年 is the report's own year.",
        f"{year - 1}-12-31": f"That is the last day of {year - 1}, the eve of the report's year: 以来 ('since') "
                             "counts from the first day of 今年 (this year) itself, not from the day before it.",
        f"{year}-01-02": "That is the second day of the year. 以来 ('since') counts from the year's first day, "
                         "1 January, not the day after it.",
        str(year): "That is the year, not a date: the question asks from what day the count runs. Give that day "
                   "as ISO text, year-month-day.",
        f"{year}-01": "That is a month, not a date: the question asks from what day the count runs. Give that day "
                      "as ISO text, year-month-day.",
    }, codes={str(year): "year_not_date", f"{year}-01": "month_not_date",Q2_REPORT_DATE: "since_as_publication_date", a_year_back: "this_year_as_past_year",
              "2021-08-01": "start_not_in_sentence", year_before: "year_before_report",
              "2019-11-01": "other_campaign_start", "2021-03-01": "law_date_as_start",
              f"{year}-10-01": "this_year_as_this_month", f"{year}-12-31": "end_for_start",
              f"{year + 1}-01-01": "year_after_report", f"{year}-01-02": "day_after_start",
              f"{year - 1}-12-31": "eve_of_start"}))


q2 = Question(
    id="q2",
    reads=("since",),
    judge=_since_judge(),
    hints=["今年 means 'this year'; 以来 means 'since'. Which year is 'this year' for a report of 14 October 2021?",
           "Give the first day of that year, as ISO text."],
    explanation=("今年以来 counts from 1 January of the report's own year: 2021-01-01 to the report of 14 October 2021, "
                 "about nine and a half months. Like every 'since' figure it is cumulative: a later report 'since' the "
                 "same start would contain this one."),
)


# ----------------------------------------------------------------------------------------------
# q3: a period implied by subtraction
# ----------------------------------------------------------------------------------------------
def _implied_judge():
    """q3's judge, the implied part worked out inside it only (#19: round 6 found ``implied_2022_part()`` handing it
    over; its cells hold no answer: test_no_closure_answer.py walks them)."""
    def implied() -> float:
        return _value("r2022jul_vicious") - _value("r2021_vicious")

    return _yours(number(implied, rel_tol=1e-9, misconceptions=[
        Misconception("added_cumulative",
                      "You added the two. The 'since' figure already contains 2021: subtract, do not add.",
                      lambda: _value("r2022jul_vicious") + _value("r2021_vicious")),
        Misconception("since_as_period",
                      "That is the cumulative figure itself; it covers 2021 as well as 2022.",
                      lambda: _value("r2022jul_vicious")),
        Misconception("annual_for_since",
                      "That is the whole of 2022 from the next year's report (and a lower bound); the question "
                      "asks what the July figures imply.",
                      lambda: _value("a2022_vicious")),
        Misconception("subtracted_wrong_way", "Negative: you subtracted the larger from the smaller.",
                      lambda: -implied()),
        Misconception("other_unit_subtracted", "That is the same subtraction for mafia-type organisations (涉黑组织); "
                      "the question asks about vicious-force groups (恶势力).",
                      lambda: _value("r2022jul_mafia") - _value("r2021_mafia")),
        Misconception("annual_minus_annual", "That subtracts 2021 from the whole of 2022 (the next year's report): "
                      "two separate years, so there is nothing cumulative to take apart. The question asks what the "
                      "July 'since' figure implies.", lambda: _value("a2022_vicious") - _value("r2021_vicious")),
        Misconception("since_minus_annual", "That subtracts the whole of 2022 from the July 'since' figure: the two "
                      "overlap without one containing the other. Take 2021's total from the 'since' figure.",
                      lambda: _value("r2022jul_vicious") - _value("a2022_vicious")),
        Misconception("implied_per_month", "That is the implied part spread over the seven months to July, a monthly "
                      "rate; the question asks for the implied part itself, the count the two reports imply for 2022 "
                      "so far.", lambda: implied() / 7, rel_tol=2e-3),
    ], family=Family(table=_releases_table, figures=lambda: {"the July 'since' figure (r2022jul_vicious)": _value("r2022jul_vicious"),
                              "2021's total (r2021_vicious)": _value("r2021_vicious")},
                     others=lambda: {f"{i!r}": _value(i) for i in ("a2022_vicious", "r2022jul_mafia", "r2021_mafia",
                                                                   "a2022_mafia")})))


q3 = Question(
    id="q3",
    reads=("implied_2022",),
    judge=_implied_judge(),
    hints=["A 'since' total = everything before + the new part.", "New part = since-total - the 2021 total."],
    explanation=("362. It is an implied figure, not a reported one: it holds only if both counts use the same "
                 "definition (恶势力集团 and 恶势力犯罪集团 are taken as one unit) and if 'one year' meant calendar "
                 "2021. Say so whenever you use it."),
)


# ----------------------------------------------------------------------------------------------
# q4: how many bodies issued the 2019 opinions (the lesson counted the 2022 notice's; this is another text)
# ----------------------------------------------------------------------------------------------
# The issuers are counted inside q4's judge only (#19: round 6 found ``bodies()`` handing the counts over).
def _notice_2022_bodies() -> tuple[float, float]:
    """The lesson's own count (the 2022 notice: nine bodies in all, eight besides the Ministry), from data/."""
    return _value("n2022_bodies"), _value("x2023_other_bodies")


@judge({
    "added_issuer_twice": "The four names already include the Ministry (公安部).",
    "with_and_without_issuer_confused": "'Besides the Ministry' leaves the Ministry out; 'in total' counts it.",
    "two_as_bodies": "两高两部 is 'the two Supremes and the two Ministries': two and two, four bodies.",
    "one_body_missed": "Both counts are one short: one of the bodies named in the title was missed.",
    "other_notice_counted": "counted the issuers of the 2022 notice the lesson worked through, not of the 2019 opinions",
    "names_not_counted": "gave the list of names where their number is asked",
    "bodies_miscounted": "gave counts of issuers that none of the known slips explains (more or fewer than named)",
    "besides_miscounted": "counted the bodies in all right but left out more than the Ministry, or none, for the second",
    **FORM_OF_ITEMS, **_SLIPS,
})
def _judge_bodies(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if (as_dict := read_as_dict(value, ("in_total", "besides_ministry"), _judge_bodies)) is not None:
        return as_dict  # '8 and 7': the form, and what the two numbers are
    value = keys_in_any_case(value, ("in_total", "besides_ministry"))
    if not isinstance(value, dict) or set(value) != {"in_total", "besides_ministry"}:
        return wrong_type(f"You gave {describe(value)}; give a dict with the keys 'in_total' and 'besides_ministry'.")
    for key, item in value.items():
        if isinstance(item, (list, tuple, set)) and item and all(isinstance(n, str) for n in item):
            return incorrect(f"For {key!r} you gave the names {sorted(item)!r}; the question asks how many: give the "
                             "number, e.g. len(...) of your list.", "names_not_counted")
        if (form := item_form(key, item, "number")) is not None:
            return form
    if not all(is_number(v) and not is_missing_number(v) for v in value.values()):
        return wrong_type("Both entries should be whole numbers.")
    # The bodies named in the title of the notice issuing the 2019 opinions (data/milestones.csv, its source), read
    # here, inside the judge, so that no name of the module returns them or their count (#19).
    title = str(data.milestones().set_index("id").loc["opinions_in_force", "source"]).split("(repost:", 1)[1]
    named = title.split(";", 1)[0].split(",", 1)[1].split("关于", 1)[0].split()
    want = {"in_total": len(named), "besides_ministry": len([n for n in named if n != "公安部"])}
    total, besides = float(value["in_total"]), float(value["besides_ministry"])
    if total == want["in_total"] and besides == want["besides_ministry"]:
        return correct(f"{want['in_total']} bodies in all; {want['besides_ministry']} besides the Ministry.")
    if total == want["in_total"] - 1 and besides == want["besides_ministry"] - 1:
        return incorrect(f"You gave {plain(total)} and {plain(besides)}: both one short, so one body named in the "
                         "title was missed. 两高两部 is two Supremes (最高人民法院, 最高人民检察院) and two Ministries "
                         "(公安部, 司法部): count the names before 关于 again.", "one_body_missed")
    if (total, besides) == _notice_2022_bodies():
        return incorrect(f"You gave {plain(total)} and {plain(besides)}: the 2022 notice's issuers, which the lesson "
                         "counted. This question is about the 2019 opinions: count the names before 关于 in their "
                         "title.", "other_notice_counted")
    if (lesson := sorted({plain(n) for n in (total, besides) if n in _notice_2022_bodies()})):
        # review round 11: '8 and 7' (the 2022 notice's 八部门 taken as the total, one less besides) was unnamed
        return incorrect(f"You gave {plain(total)} and {plain(besides)}: {' and '.join(lesson)} is a count of the "
                         "2022 notice's issuers, which the lesson counted (九部门 with the Ministry, 八部门 without "
                         "it). This question is about the 2019 opinions: count the names before 关于 in their "
                         "title.", "other_notice_counted")
    if total == want["in_total"] + 1:
        return incorrect(f"You gave {plain(total)} in total. The names already include the Ministry (公安部): do not "
                         "add it again.", "added_issuer_twice")
    if besides == want["in_total"] or total == want["besides_ministry"]:
        return incorrect(f"You gave {plain(total)} and {plain(besides)}. 'In total' counts the Ministry; 'besides the "
                         "Ministry' leaves it out.", "with_and_without_issuer_confused")
    if total == 2:
        return incorrect("You gave 2 in total. 两高两部 is 'the two Supremes and the two Ministries': two and two.",
                         "two_as_bodies")
    if total == want["in_total"] and besides != want["besides_ministry"]:  # review round 11: a days-worded off-by-one
        return incorrect(f"You gave {plain(total)} in total, which is right, and {plain(besides)} besides the Ministry: "
                         f"{'more' if besides > want['besides_ministry'] else 'fewer'} than the total less one. "
                         "'Besides the Ministry' leaves out 公安部 alone, one of the names.", "besides_miscounted")
    for key in want:  # named: a slip in one entry (ten times, one off ...)
        if float(value[key]) != want[key] and (slip := item_slip(key, value[key], want[key])) is not None:
            return incorrect(slip[1], slip[0])
    if total != want["in_total"]:
        said = f"{'more' if total > want['in_total'] else 'fewer'} bodies in all than the title names"
    else:
        said = "the second is not the first less the Ministry alone"
    return incorrect(f"You gave {plain(total)} and {plain(besides)}: {said}. Count the bodies named before 关于 in "
                     "the title, then leave out 公安部 (and only it) for the second.", "bodies_miscounted")


q4 = Question(
    id="q4",
    reads=("bodies",),
    judge=_judge_bodies,
    hints=["The names before 关于 ('on') in the title are the issuers: count them.",
           "公安部 is the Ministry of Public Security; the others are the two Supreme bodies and the Ministry of "
           "Justice."],
    explanation=("Four bodies (两高两部: the Supreme People's Court, the Supreme People's Procuratorate, the Ministry of "
                 "Public Security and the Ministry of Justice); three besides the Ministry. As with 九部门 and 八部门, "
                 "a count of issuers depends on whether the one reporting counts itself."),
)


# ----------------------------------------------------------------------------------------------
# q5: lists that change
# ----------------------------------------------------------------------------------------------
def _dropped_after(later: str):
    """A function giving the crime-type codes the 2020 release names and the list ``later`` does not (compared by
    code, not wording), for a judge to call while judging: returned, never kept under a name (#19: round 6 found
    ``dropped_types()`` handing an answer over). yt3 asks it of the 2023 report."""
    def dropped() -> set[str]:
        lists = data.release_crime_lists()
        return (set(lists.loc[lists["release"] == "mps_2020_12_24", "code"])
                - set(lists.loc[lists["release"] == later, "code"]))
    return dropped


def _renamed_in(later: str):
    """A function giving the crime-type codes that both the 2020 release and the list ``later`` name, written in other
    words (the same code, another ``as_printed``), for a judge to call while judging (#19, round 13: the lesson's
    worked example compares the two later lists; q5 applies the comparison to 2020 and 2022, whose answer no cell
    prints)."""
    def renamed() -> set[str]:
        lists = data.release_crime_lists()
        words = lists.pivot(index="code", columns="release", values="as_printed")[["mps_2020_12_24", later]].dropna()
        return set(words.index[words["mps_2020_12_24"] != words[later]])
    return renamed


_SAME_WORDS = ("Written the same in both lists (its `as_printed` in 2020 and in 2022): a type renamed is one the 2022 "
               "notice prints in other words.")
q5 = Question(
    id="q5",
    reads=("renamed",),
    judge=_yours(_lazy_choices(_renamed_in("notice_2022_09"), CRIME_TYPES, wrong={
        "pyramid_selling": ("Not renamed but not named at all: the 2022 notice's list has no code for pyramid selling "
                            "(it ends in 等, 'and others'). A renamed type is one both lists name, in other words."),
        "sextortion": _SAME_WORDS, "malicious_claim": _SAME_WORDS, "paid_trolls": _SAME_WORDS,
    }, codes={"pyramid_selling": "dropped_as_renamed", "sextortion": "same_words_as_renamed",
              "malicious_claim": "same_words_as_renamed", "paid_trolls": "same_words_as_renamed"})),
    hints=["data.release_crime_lists() holds each list with the course's codes and the words it prints (`as_printed`).",
           "Pivot the lists by code (one column per release), keep the codes both name, and compare the two "
           "`as_printed` columns."],
    explanation=("The 2022 notice names three of the 2020 types in other words: 舆情敲诈 for 负面舆情敲诈, “套路贷” and "
                 "软暴力催收 without their 网络. They are the same types: a series by crime type that followed the words "
                 "would see three types vanish and three new ones appear, with no change in crime."),
)


# ----------------------------------------------------------------------------------------------
# q6: law that changes what is counted
# ----------------------------------------------------------------------------------------------
Q6_OPTIONS = ("a", "b", "c", "d")  # the statements themselves are in the solution notebook

q6 = Question(
    id="q6",
    reads=("law_effect",),
    judge=_yours(choice("b", Q6_OPTIONS, wrong={
        "a": "A new offence gives the police and prosecutors a new box to file cases in, so counts by offence move.",
        "c": "A new offence will record cases from zero upward as soon as it exists: a rise can be filing alone.",
        "d": "Criminal law does not reach back to punish acts done before it took effect; 2020's counts stand.",
    }, codes={"a": "law_changes_nothing", "c": "law_change_as_crime_change", "d": "retroactive_law"})),
    hints=["Before the amendment, how could such harassment be charged? (Lesson 03: 寻衅滋事, picking quarrels.)",
           "After it, which box does the same act go into?"],
    explanation=("From 1 March 2021 the same act can move from one offence's count to another's. Any series by "
                 "offence across that date mixes a change of law with a change of behaviour."),
)


# ----------------------------------------------------------------------------------------------
# q7: a denominator, with care
# ----------------------------------------------------------------------------------------------
Q7_RUBRIC = (
    "Names a reason the rate must be read with care: the suspects were counted over a period (about 14 months), "
    "the users at one date; or not every suspect need be an internet user in China; or a rate of police "
    "activity is not a rate of harm or victimisation.",
    "Does not read the rate as the share of users who were victims or offenders.",
)
def _unit_misread(rate) -> Misconception:
    """A rate ten times too small: the users (9.89亿) read as 9.89 billion, or a count in 万 read in thousands."""
    return Misconception("unit_misread", "That is ten times too small: a rate per 10,000 users instead of per "
                         "100,000 (the multiplier one zero short), or 亿 read as a billion, or 万 as a thousand?",
                         lambda: rate() / 10, rel_tol=0.01)


def _rate_per_other_base(rate) -> list[Misconception]:
    """A rate per 100 or per 1,000 users given for a rate per 100,000 (the multiplier of another convention): named
    by the base the student's number is per, not as a slip of 万 or 亿."""
    return [Misconception(f"per_{name}_users", f"That is the rate per {base:,} users; the question asks per 100,000: "
                          f"multiply by 100,000, not {base:,}.", lambda base=base: rate() * base / 100_000, rel_tol=0.01)
            for name, base in (("hundred", 100), ("thousand", 1_000))]


def _rate_family(counted: str) -> Family:
    """A rate per 100,000 internet users (q7, yt5): its two figures, and the release's other counts that may stand in
    place of the one counted, with the counts of its unit that the lesson's sentences print and no table stores
    (round 16, C8: 2023's 1.8万 online cases for 2020's cases)."""
    def others() -> dict[str, float]:
        stored = {f"{i!r}": _value(i) for i in ("r2020_suspects", "r2020_cases", "r2020_gangs", "r2022jul_suspects",
                                                "a2023_suspects", "a2023_cases")}
        unit = str(data.releases().set_index("id").loc[counted, "unit"])
        return {**stored, **{name: value for name, value, counts in source_printed_figures() if counts == unit}}

    return Family(lambda: {f"{counted!r}": _value(counted), "'cnnic_users_2020'": _value("cnnic_users_2020")},
                  asks="ratio", table=_releases_table, others=others)


def _per_100k_judge():
    """q7's rate judge, the rate worked out inside it only (#19: ``per_100k_users()`` handed it over; its cells
    hold no answer: test_no_closure_answer.py walks them)."""
    def per_100k_users() -> float:
        return _value("r2020_suspects") / _value("cnnic_users_2020") * 100_000

    return _yours(number(per_100k_users, rel_tol=0.01, misconceptions=[
        _unit_misread(per_100k_users),
        Misconception("wrong_denominator_scale", "That is per million users; the question asks per 100,000.",
                      lambda: per_100k_users() * 10, rel_tol=0.01),
        Misconception("added_apprehended_detained",
                      "You added the detained to the apprehended; the detained are among them.",
                      lambda: (_value("r2020_suspects") + data.figure("suspects_detained"))
                      / _value("cnnic_users_2020") * 100_000, rel_tol=0.01),
        Misconception("divided_wrong_way", "That is users per suspect: put the suspects on top.",
                      lambda: _value("cnnic_users_2020") / _value("r2020_suspects"), rel_tol=0.01),
        *_rate_per_other_base(per_100k_users),
    ], family=_rate_family("r2020_suspects")))


_Q7_JUDGE, _Q7_PARTS = computed_and_written(
    _per_100k_judge(),
    points=(0.75, 0.25), names=("the rate", "one reason to read it with care"), what="reason")

q7 = Question(
    id="q7",
    reads=("per_100k", "per_100k_care"),
    # the rate is checked; the one reason to read it with care is recorded for the instructor (#19, M-O-1)
    judge=_Q7_JUDGE,
    parts=_Q7_PARTS,
    rubric=Q7_RUBRIC,
    hints=["9.89亿 = 989,000,000 and 1.7万 = 17,000; both are in data.releases() in base units.",
           "Rate per 100,000 = count / population * 100,000."],
    explanation=("About 1.7 per 100,000 users. A rate with care: the suspects were counted over some 14 months, the "
                 "users at one date; not every suspect need be an internet user in China (some may have acted from abroad); "
                 "and a rate of police activity says nothing about how many users were harmed."),
)


# ----------------------------------------------------------------------------------------------
# q8: rival explanations for the 86% fall
# ----------------------------------------------------------------------------------------------
RIVALS = ("peak_before_campaign", "p2p_clean_up", "own_platform",  # the statements are in the notebook
          "law_march_2021", "more_users", "campaign_worked")

q8 = Question(
    id="q8",
    reads=("rivals",),
    judge=_yours(choices({"peak_before_campaign", "p2p_clean_up", "own_platform"}, RIVALS, wrong={
        "law_march_2021": "Anachronism: that offence took effect on 1 March 2021, after the December 2020 release "
                          "reported the fall.",
        "more_users": "No source here supports it, and more users would if anything mean more borrowers to prey on.",
        "campaign_worked": "That is the claim itself, not a rival to it.",
    }, codes={"law_march_2021": "anachronism", "more_users": "unsupported_rival", "campaign_worked": "claim_as_rival"})),
    hints=["For each, ask: is it a cause other than the campaign, and which source in data.release_sources() says so?",
           "Check dates: a cause cannot come after the effect it explains."],
    explanation=("Three rivals have sources: the release's own wording (a 2019 peak), the regulator's P2P clean-up "
                 "(S20; a related but different channel from the cash-loan apps trap loans mostly used, so plausible "
                 "but unmeasured) and the monitoring platform the release describes (S01; that it produced the 86% is our inference). None disproves the "
                 "campaign's effect; together they mean the 86% cannot be credited to it alone."),
)



# q17: weigh q8's rivals (objective o7, "list, source and weigh": round 14's teaching review found q8 only picks from a
# list). For each sourced rival, the evidence that would tell it apart from the campaign's effect. The evidence is
# described, not given: the release prints none of the first three (lesson 02: it gives neither the peak's level
# nor its month); the 1,759 gangs are data/release_figures.csv's gangs_eliminated.
RIVAL_EVIDENCE = {
    "peak_month": "the month of the 2019 peak, and the count in November 2019, when the campaign began",
    "by_channel": "the fall counted apart for operators on P2P lending platforms and for those using cash-loan apps",
    "outside_count": "a count of the same operators from records the campaign did not build (courts' or the "
                     "regulator's)",
    "gangs_broken_up": "the 1,759 gangs the campaign broke up",
    "repeated_86": "a later release that repeats the 86% fall",
    "ministry_says": "the ministry's statement that the campaign was effective",
}
_WEIGHED = sealed.Key("05/q17")  # sealed (#19): the key is typed with the instructor (instructor/lesson05_key.py)
_RIVAL_SAID = {"peak_before_campaign": "the fall began before the campaign",
               "p2p_clean_up": "the regulator's P2P clean-up caused the fall",
               "own_platform": "the fall is an artefact of the campaign's own platform"}


def _q17_wrong(rival: str) -> dict:
    """q17's named mistakes for one rival: evidence that cannot tell any rival from the campaign's effect (its
    activity, the figure repeated, the claim itself), or the evidence that would test another rival. The message
    names the rival in words (``mapping`` puts its key before it when several are wrong)."""
    said = _RIVAL_SAID[rival]
    return {
        "gangs_broken_up": ("activity_as_evidence", "The gangs broken up count the campaign's own work: they "
                            f"would be the same whether or not {said}, so they cannot tell the two apart."),
        "repeated_86": ("repetition_as_evidence", "A later release repeating the 86% comes from the same count: "
                        f"saying a figure again does not test whether {said}."),
        "ministry_says": ("claim_as_evidence", "The ministry's statement is the claim being weighed, not evidence "
                          f"for or against the rival that {said}."),
        None: ("evidence_for_another_rival", f"{{given}} ('{{described}}') would test another rival. What would you "
                                              f"see if {said}, and not if the campaign did it?"),
    }


_EVIDENCE_BY_WORDS = {normalise_text(text.rstrip(".")): key for key, text in RIVAL_EVIDENCE.items()}
_q17_mapping = mapping(sealed.labels_finder(_WEIGHED, tuple(_RIVAL_SAID), tuple(RIVAL_EVIDENCE)),
                       labels=tuple(RIVAL_EVIDENCE), label_kind="evidence keys",
                       described=lambda key: RIVAL_EVIDENCE.get(key, ""),
                       misconceptions={rival: _q17_wrong(rival) for rival in _RIVAL_SAID})


@judge({**_q17_mapping.misconceptions,
        "activity_as_evidence": "offered the campaign's own activity (its gangs broken up) as evidence that tells a "
                                "rival from the campaign's effect: both predict it alike",
        "repetition_as_evidence": "offered the same figure said again (a later release repeating the 86%) as a test "
                                  "of it",
        "claim_as_evidence": "offered the claim being weighed (the ministry's word) as evidence for or against a rival",
        "evidence_for_another_rival": "gave, for one rival, the evidence that would test another rival"})
def _q17_judge(value) -> Outcome:
    """q17 read by meaning as well as by key: an item may give the evidence in the list's own words (copied whole,
    in any case, with or without its full stop) for its key. Not aliases of ``read_label``, whose typo reading is
    for words, not sentences."""
    if isinstance(value, dict):
        value = {k: _EVIDENCE_BY_WORDS.get(normalise_text(v.strip().rstrip(".")), v) if isinstance(v, str) else v
                 for k, v in value.items()}
        value = keys_in_any_case(value, _RIVAL_SAID)
        if set(value) != set(_RIVAL_SAID):  # q8's answer: never named here (a second oracle for q8)
            return _q17_keys_not_rivals(value)
    return _q17_mapping(value)


def _q17_keys_not_rivals(value: dict) -> Outcome:
    """q17's keys are q8's answer, so a wrong set of keys is told without naming q8's rivals (mapping's own message
    lists the keys it expects, which would hand q8's answer over to anyone who stores an empty dict)."""
    given = set(value)
    code = EXTRA_KEY if given - set(_RIVAL_SAID) else MISSING_KEY
    count = f"Your dict has {len(given)} key{'s' if len(given) != 1 else ''}" if given else "Your dict is empty"
    return Outcome(WRONG_TYPE, f"{count}, not Q8's three rivals. Use as keys Q8's right answer (the three keys "
                   "q8.check() accepts as `rivals`), one entry each, then check again.", code)


q17 = Question(
    id="q17",
    reads=("tell_apart",),
    judge=_q17_judge,
    hints=["For each rival ask: if it were true and the campaign had done nothing, what would the figures show "
           "that they would not show if the campaign caused the fall?",
           "Evidence that both stories predict alike (the campaign's own activity, the figure said again) weighs "
           "nothing."],
    explanation=("A fall already under way before November 2019 would point to the peak; a fall only where P2P "
                 "platforms were being closed would point to the clean-up; a count from records the campaign did "
                 "not build would show whether the 86% is the platform's artefact. The gangs broken up, the 86% "
                 "repeated and the ministry's word are what both stories predict, so they weigh nothing."),
)

# ----------------------------------------------------------------------------------------------
# Capstone: the Ministry's report on 2023 (mps_2023_annual), online figures
# ----------------------------------------------------------------------------------------------
def _where(key: str) -> str:
    """Where a capstone figure is printed, as the student finds it (never the figure: that is an answer)."""
    return f"the {key} in the report's sentence on {capstone.CAMPAIGN_WORDS} (S11)"


_REREAD = {
    "unit": ("unit_not_from_noun", "read a unit that is not the noun before the number in the report's sentence",
             lambda key: f"Find {_where(key)}: the unit is the noun just before the number, read with the lesson's "
                         "table of unit words."),
    "precision": ("precision_not_from_print", "read a precision the printed number does not have",
                  lambda key: f"Find {_where(key)}: look for 余 ('more than') after the number, and for 万 with few "
                              "decimals (rounded)."),
}


def capstone_labels(qid: str, column: str, named: dict, *, allowed, hints, explanation) -> Question:
    """A capstone question asking for one label per figure (unit, precision): one shape, several columns. A wrong
    label no message names points to where the figure is printed in the report's sentence (the capstone's figures
    have no row and no chinese_original to reread)."""
    code, description, where = _REREAD[column]
    return Question(id=qid, lesson="05", reads=(f"capstone_{column}",),
                    judge=typed_items(labels(sealed.Key(f"05/{qid}"), named, allowed=allowed,
                                             reread=lambda key, given: (code, where(key)),
                                             reread_codes={code: description}), "label"),
                    hints=hints, explanation=explanation)


_PEOPLE = ("suspects_as_other_unit", "犯罪嫌疑人 are people, suspects: a count of people is not a count of groups or "
           "cases.")
_CASES = ("cases_as_other_unit", "刑事案件 are criminal cases: one case may involve several suspects or one group.")
q9 = capstone_labels("q9", "unit", {
    "organisations": {"gangs": ("organisation_as_tuanhuo", "The 2023 report counts 涉网黑恶犯罪组织, organisations "
                                "of both kinds, not 2020's 团伙 (gangs): the same English word hides a change of unit."),
                      "mafia-type organisations": _HEI_E, "vicious-force groups": _HEI_E},
    "suspects": dict.fromkeys(("gangs", "gang organisations", "mafia-type organisations", "vicious-force groups",
                               "cases", "internet users"), _PEOPLE),
    "cases": dict.fromkeys(("gangs", "gang organisations", "mafia-type organisations", "vicious-force groups",
                            "suspects"), _CASES),
}, allowed=RELEASE_UNITS,
    hints=["Which Chinese word counts the 795? Compare it with the words in q1."],
    explanation="795 gang organisations of both kinds (涉黑 and 恶势力 together), suspects apprehended, cases solved.",
)


def _sealed_value(key: str, got: float, value: dict) -> float | None:
    """The right value of one capstone figure when the student's own figures show it: theirs scaled by a power of
    ten, one off, cut to fewer figures, or given for another key. None when nothing they wrote leads to it: the key
    is sealed (#19), so a judge can name a slip only from the answer it is given."""
    tries = [got * 10.0 ** k for k in range(-9, 10)] + [got - 1, got + 1]
    tries += [float(f"{got:.{n}g}") for n in range(1, 5)]
    tries += [float(v) for v in value.values() if is_number(v) and not is_missing_number(v)]
    tries += typos.one_keystroke_from(got)  # round 15: 759 for 795 (a typo) was 'not the printed figure'
    return next((t for t in tries if math.isfinite(t) and sealed.is_right("05/q10", key, t)), None)


@judge({
    "wan_as_thousand": "万 is ten thousand, not a thousand.",
    "unit_ignored": "The number before 万 counts 万s.",
    "lower_bound_padded": "余 gives a floor; record the floor, not a guess above it.",
    "printed_text_for_number": "copied the figure as printed ('1.2万'), where the number in base units is asked",
    **MISLABEL_CODES, **_SLIPS, **FORM_OF_ITEMS,
})
def _judge_capstone_values(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if (as_dict := read_as_dict(value, CAPSTONE_FIGURES, _judge_capstone_values)) is not None:
        return as_dict  # '795, 12000, 18000': the form, and what the numbers are
    value = keys_in_any_case(value, CAPSTONE_FIGURES)  # review round 18: 'Organisations' was 'give a dict with the keys'
    if not isinstance(value, dict) or set(value) != set(CAPSTONE_FIGURES):
        return wrong_type(f"You gave {describe(value)}; give a dict with the keys {', '.join(CAPSTONE_FIGURES)}.")
    for key, got in value.items():
        if (form := item_form(key, got, "number")) is not None:
            return form
        if isinstance(got, str) and any(unit in got for unit in ("万", "亿")):
            return wrong_type(Problem(f"For {key!r} you wrote the text {got!r}, as printed: give the number in base "
                                      "units (work out 万 and 亿: 1万 is 10,000).", "printed_text_for_number"))
        if not is_number(got) or is_missing_number(got):
            return wrong_type(f"For {key!r} you gave {describe(got)}; give a number in base units.")
    found = {key: _sealed_value(key, float(value[key]), value) for key in CAPSTONE_FIGURES}
    for key in CAPSTONE_FIGURES:
        got, want = float(value[key]), found[key]
        if sealed.is_right("05/q10", key, got):
            continue
        if want is None:
            if (other := figure_match(got, math.nan, kind=key)) is not None:  # another stored figure of its kind
                return incorrect(f"For {key!r}: {other[1]}", other[0])
            return incorrect(f"For {key!r} you gave {plain(got)}, which is not the printed figure in base units: find "
                             f"{_where(key)}, then work out 万 and 亿 (1万 is 10,000).")
        printed_in_wan = want >= 10_000  # round 16: 79.5 for the 795 organisations (printed 795, no 万) was told
        # '万 is ten thousand': a release prints a figure under one 万 as it is, so only a larger one read 万 wrong
        if printed_in_wan and math.isclose(got, want / 10, rel_tol=1e-9):
            return incorrect(f"For {key!r} you gave {plain(got)}. 万 is ten thousand, not a thousand.", "wan_as_thousand")
        if printed_in_wan and math.isclose(got, want / 10_000, rel_tol=1e-9):
            return incorrect(f"For {key!r} you gave {plain(got)}: that is the number of 万. Multiply by 10,000.",
                             "unit_ignored")
        if want < got <= want * 1.1 and sealed.is_right("05/q12", key, "lower bound"):  # only a figure with 余
            return incorrect(f"For {key!r} you gave {plain(got)}. 余 says 'more than' the printed number, but not by how "
                             "much: record the printed floor and its precision, not a guess above it.",
                             "lower_bound_padded")
        known = {k: w for k, w in found.items() if w is not None}
        if (slip := item_slip(key, got, want, value=value, target=known if len(known) == len(found) else None)) \
                is not None:  # named
            return incorrect(slip[1], slip[0])
        return incorrect(f"For {key!r} you gave {plain(got)}, which is not the printed figure in base units.")
    return correct("All three in base units.")


q10 = Question(
    id="q10",
    reads=("capstone_value",),
    judge=_judge_capstone_values,
    hints=["1.2万余 = more than 1.2 x 10,000.", "Record 12,000 and say elsewhere that it is a lower bound."],
    explanation="795; more than 12,000 (1.2万余); 18,000 (1.8万, rounded to the nearest thousand).",
)


CAMPAIGN_STARTS = ("2022-09-01", "2022-09", "2022-09-05")  # the 2022 notice: month known, day not


@judge({
    "since_without_yilai": "A campaign-to-date reading is possible, but the sentence does not say 以来: it is implied.",
    "publication_as_period_end": "The report's date is not the period's end.",
    "implied_as_explicit": "The year is implied by the report, not stated with the figure.",
    "other_year": "gave a period that is not the year the report describes",
    "single_day_period": "gave one day as both start and end, as if a count of work over a year were a stock on a day",
    "start_after_end": "gave a start later than the end",
    "start_not_period_start": "gave the right end but a start that is not the period's first day",
    "end_not_period_end": "gave the right start but an end that is not the period's last day",
    "since_as_implied": "called a period 'since' a date where the sentence has no 以来",
    "to_date_as_implied": "called a period 'to date' where the sentence has no 截至",
    "basis_misread": "gave a basis (planned, point in time) that the report's words do not show",
    ISO_FORM: "wrote a date that names no single day, or could be two, where ISO text is asked for",
})
def _judge_capstone_period(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if (labelled := series_as_dict(value, ("start", "end", "basis"))) is not None:
        return with_note(_judge_capstone_period(labelled), SERIES_NOTE)
    value = keys_in_any_case(value, ("start", "end", "basis"))
    if not isinstance(value, dict) or set(value) != {"start", "end", "basis"}:
        return wrong_type(f"You gave {describe(value)}; give a dict with the keys 'start', 'end' and 'basis'.")
    for key in ("start", "end"):
        if (bare := date_without_words(value[key])) is not None:  # round 15: 'from 2023-01-01' 'names no single day'
            value = {**value, key: bare}
        iso, sure = read_date_value(value[key])
        if iso is not None and not sure:
            return wrong_type(Problem(f"For {key!r} you wrote {value[key]!r}: day and month could be either way round. "
                                      "Write the date as ISO text, year-month-day, e.g. '2024-06-30'.", ISO_FORM))
        if iso is not None:
            value = {**value, key: iso}
    if not all(isinstance(v, str) for v in value.values()):
        return wrong_type("Give the dates as ISO text (year-month-day, e.g. '2024-06-30') and the basis as one of: "
                          + ", ".join(releases_bases()) + ".")
    start, end, basis = (normalise_text(value[k]) for k in ("start", "end", "basis"))
    basis_read = read_label(value["basis"], releases_bases())
    if basis_read.cut_short:  # 'point' for 'point in time': named, not credited (round 13)
        return cut_short_verdict(basis_read, "basis")
    basis = basis_read.label or basis  # named: 'impiled', 'Implied.' read fairly
    end_right = sealed.is_right("05/q11", "end", end)
    if start in CAMPAIGN_STARTS and (end_right or end == "2024-01-17"):
        # The sentence names no year and reports a campaign begun in September 2022: reading it as the campaign
        # to date is as defensible as calendar 2023 (accuracy review, finding 2), provided it is called implied.
        if basis == "implied":
            return correct("The campaign to date (from September 2022), implied: the sentence names no year, so this "
                           "reading is as defensible as calendar 2023. State the assumption in your brief.")
        if basis == "to date":  # review round 11: the reading is fair; the basis says how the text gives it
            return incorrect(f"You call the basis {value['basis']!r}. Reading the figures as the campaign to date is "
                             "fair (the question allows it), but the basis says how the text gives the period: "
                             "'to date' is for a period the sentence states with 截至目前 ('up to now'), and the "
                             "sentence with 795 has no such words. The period is your reading of it: implied.",
                             "to_date_as_implied")
        return incorrect(f"You call the basis {value['basis']!r}. Reading the figures as the campaign to date is "
                         "possible, but the sentence does not say 以来 or 截至目前: the period is implied.",
                         "since_without_yilai")
    if end in ("2024-01-17",):
        return incorrect(f"You end the period on {value['end']!r}, the day of the report; the report covers 2023.",
                         "publication_as_period_end")
    if not (sealed.is_right("05/q11", "start", start) and end_right):
        if not all(read_date_value(v)[0] for v in (start, end)):
            bad = next(v for v in (start, end) if not read_date_value(v)[0])
            return wrong_type(Problem(f"You wrote {bad!r}, which names no single day: write each date as ISO text, "
                                      "year-month-day, e.g. '2024-06-30'.", ISO_FORM))
        return _period_slip(value, start, end, end_right)
    if basis == "explicit":
        return incorrect("You call the period explicit. The sentence with 795 names no year; the year comes from the "
                         "paragraph before it: it is implied.", "implied_as_explicit")
    if not sealed.is_right("05/q11", "basis", basis):
        if basis == "since":
            return incorrect(f"You call the basis {value['basis']!r}. The dates are right, but a 'since' period needs 以来 "
                             "('since') in the sentence, and the sentence with 795 has none: the year comes from the "
                             "report around it, so it is implied.", "since_as_implied")
        if basis == "to date":
            return incorrect(f"You call the basis {value['basis']!r}. The dates are right, but a 'to date' period needs "
                             "截至 ('as of') in the sentence, and the sentence with 795 has none: the year comes from the "
                             "report around it, so it is implied.", "to_date_as_implied")
        return incorrect(f"You call the basis {value['basis']!r}. The dates are right, and these are counts of work "
                         "done over them, neither a plan nor a stock on one day. How does the report tell you the "
                         "year: in the sentence itself, or only around it?", "basis_misread")
    return correct("Calendar 2023, implied by the report rather than stated in the sentence. The campaign to date "
                   "(from September 2022) is another possible reading: state your assumption in your brief.")


def _period_slip(value: dict, start: str, end: str, end_right: bool) -> Outcome:
    """q11's verdict on dates that are not the period's, saying what the student's dates are (review round 7, M2:
    one day given as start and end was told 'Which year...?' although its year was right)."""
    start_right = sealed.is_right("05/q11", "start", start)
    shown = f"You gave {value['start']!r} to {value['end']!r}"
    if start == end:
        return incorrect(f"{shown}: a single day, as if the 795 were a count on one day (a stock, 'point in time'). "
                         "They were found over a period: give its first and its last day.", "single_day_period")
    if start > end:
        return incorrect(f"{shown}: the start comes after the end. Give the period's first day as 'start'.",
                         "start_after_end")
    if end_right:
        return incorrect(f"{shown}: the end is right, but the start is not the first day of the period the report "
                         "describes. Which day does that year begin?", "start_not_period_start")
    if start_right:
        return incorrect(f"{shown}: the start is right, but the end is not the last day of the period the report "
                         "describes (its own date is not the period's end either).", "end_not_period_end")
    return incorrect(f"{shown}. Which year does the report describe?", "other_year")


def releases_bases():
    return PERIOD_BASES


q11 = Question(
    id="q11",
    reads=("capstone_period",),
    judge=_judge_capstone_period,
    hints=["Read the first passage of S11: which year is the report about?",
           "Does the sentence with 795 itself name a year?"],
    explanation=("The report opens with 2023年 and the online figures follow in the same account of 2023, but their "
                 "own sentence names no year, and it reports a campaign begun in September 2022. Calendar 2023 and "
                 "the campaign to date (September 2022 to January 2024) are both possible readings; either is implied, "
                 "not stated. A careful brief names the assumption it makes."),
)


q12 = capstone_labels("q12", "precision", {
    "suspects": {"rounded": ("lower_bound_as_rounded", "余 means 'more than': 1.2万余 is a lower bound, not "
                             "just a rounded figure."),
                 "exact": ("lower_bound_as_exact", "余 means 'more than': a floor, not an exact count.")},
    "cases": {"exact": ("rounded_as_exact", "1.8万 is printed to the nearest thousand: rounded."),
              "lower bound": ("rounded_as_lower_bound", "1.8万 has no 余: it is rounded, not a floor.")},
    "organisations": {"rounded": ("exact_as_rounded", "795 is printed to the last organisation: exact as printed."),
                      "lower bound": ("exact_as_lower_bound", "795个 has no 余, 多 or 逾 ('more than'): it is exact as "
                                      "printed, not a floor.")},
}, allowed=PRECISIONS,
    hints=["Look for 余 ('more than') and for 万 with few decimals."],
    explanation="795 exact; 1.2万余 a lower bound; 1.8万 rounded to the nearest thousand.",
)

_KIND_WRONG = {
    "outcome": "Organisations broken up, suspects caught and cases solved count what the police did, not how "
               "much crime there was or how many people were harmed.",
    "trend": "Each is a count over one period; the report gives no change over time for them.",
}
_KIND_CODES = {"outcome": "activity_as_crime_level", "trend": "count_as_trend"}


KIND_OPTIONS = ("enforcement activity", "trend", "outcome")


def _judge_capstone_kind(value) -> Outcome:
    # The key is sealed (#19): the right option is the one whose seal matches, found only while judging.
    right = next(o for o in KIND_OPTIONS if sealed.is_right("05/q13", "kind", o))
    form = normalise_text(value).strip(".").replace("-", " ") if isinstance(value, str) else None
    if form in _KIND_FORMS:  # fair short forms, read as the option they name, with a note saying so
        outcome = choice(right, KIND_OPTIONS, wrong=_KIND_WRONG, codes=_KIND_CODES)(_KIND_FORMS[form])
        return with_note(outcome, f"(Read {value.strip()!r} as the option {_KIND_FORMS[form]!r}: write the option as "
                                  "the question words it.)")
    return choice(right, KIND_OPTIONS, wrong=_KIND_WRONG, codes=_KIND_CODES)(value)


# Other words for an option a teacher reads as it (round 5). 'enforcement', the option cut short, is not one: in every
# option question it is a named form slip (``labels.CUT_SHORT``, round 13).
_KIND_FORMS = {"police activity": "enforcement activity",
               "police work": "enforcement activity", "law enforcement activity": "enforcement activity"}
# 'activity' alone is not read as the option: it is only the option's generic tail, and says nothing of whose
# activity (review round 12; 01 q7 reads it the same way).


q13 = Question(
    id="q13",
    reads=("capstone_kind",),
    judge=_yours(Judge(_judge_capstone_kind, {_KIND_CODES[o]: m for o, m in _KIND_WRONG.items()})),
    hints=["Ask: is this something the police did, or something that happened to people?"],
    explanation="All three count police work; like the 2020 release, the report gives no measure of harm.",
)


# q14: what kind of difference each one is, and what could bridge it (round 17, #19's teaching review: q14 asked for
# the dimensions `releases.mismatches` prints for the student's own Q9-Q13 reading, so it scored Q9-Q13 again). The
# differences are given (with the course's reading, mismatches finds these three); the judgement asked is new: could
# a calculation on what the sources print put the two figures on one footing, or only a figure counted another way
# (another source)? The key is sealed with the instructor (instructor/lesson05_key.py), worked out from the sources.
DIFFERENCES = ("unit", "campaign", "period")
BRIDGES = ("calculation", "another source")
_BRIDGED = sealed.Key("05/q14")
_BRIDGE_WRONG = {
    "unit": ("definition_as_arithmetic", "No calculation turns 2023's 涉网黑恶犯罪组织 (organisations of both kinds) "
                                         "into 2020's 团伙 (gangs, loose groups included): they count different "
                                         "things, a changed definition. Only figures counted the same way (another "
                                         "source) could be set side by side."),
    "campaign": ("campaign_as_arithmetic", "Each campaign has its own targets, lists and ways of counting: no "
                                           "calculation on the two totals removes that. Only figures counted under "
                                           "one campaign (another source) could be set side by side."),
    "period": ("period_as_source_only", "The periods differ in length (about 14 months to date in 2020, a year or "
                                        "so in 2023): a rate per month, worked out from the dates the sources print, "
                                        "puts the two on one footing once you say which period you assume (q11). A "
                                        "calculation bridges this difference, though not the other two."),
}
_q14_mapping = mapping(sealed.labels_finder(_BRIDGED, DIFFERENCES, BRIDGES), labels=BRIDGES,
                       label_kind="ways to bridge a difference", misconceptions=_BRIDGE_WRONG)


@judge({**_q14_mapping.misconceptions,
        "definition_as_arithmetic": "took a change of unit (what is counted) for a difference a calculation on the "
                                    "printed figures could remove",
        "campaign_as_arithmetic": "took a change of campaign (its targets and lists) for a difference a calculation "
                                  "could remove",
        "period_as_source_only": "did not see that periods of different length are put on one footing by a rate (a "
                                 "calculation on the printed dates and figures)",
        "mismatch_objects": "gave the Mismatch objects releases.mismatches returns where a way to bridge each "
                            "difference is asked"})
def _judge_bridges(value) -> Outcome:
    """q14: a dict, each difference -> 'calculation' or 'another source'."""
    value = _as_list(value) if not isinstance(value, dict) else value
    if isinstance(value, (list, tuple)) and value and all(hasattr(v, "dimension") for v in value):
        # review round 11: the objects releases.mismatches returns were answered with their printout
        return wrong_type(Problem(f"You gave the {len(value)} Mismatch object{'s' if len(value) > 1 else ''} that "
                                  "releases.mismatches returns; the question asks, for each difference, what could "
                                  "bridge it: a dict such as {'unit': ..., 'campaign': ..., 'period': ...}, each "
                                  f"{' or '.join(map(repr, BRIDGES))}.", "mismatch_objects"))
    return _q14_mapping(value)


q14 = Question(
    id="q14",
    reads=("bridge",),
    judge=_judge_bridges,
    hints=["For each difference ask: if I had only the two printed figures and their dates, could I work out "
           "numbers that stand on one footing? Or would I need a figure counted another way?",
           "A rate per month removes a difference in length of period. No arithmetic turns one unit into another, "
           "or one campaign's lists into another's."],
    explanation=("Unit and campaign need another source: 涉网黑恶犯罪组织 are not 团伙, and each campaign counts its "
                 "own targets, so only figures counted the same way under one campaign could stand side by side. The "
                 "period is bridged by a calculation: a rate per month from the dates the sources print, once the "
                 "period assumed for the 795 is said (q11). Even then the unit and the campaign still differ: "
                 "795 < 1,759 says nothing about a fall."),
)


# ----------------------------------------------------------------------------------------------
# q15: the written brief (recorded for the instructor, never marked by the computer)
# ----------------------------------------------------------------------------------------------
BRIEF_WORDS = (80, 200)
SELF_CHECK = (
    "Does it say what each figure counts, in the source's own unit (涉网黑恶犯罪组织, not 'gangs')?",
    "Does it give the period and say that 2023 is implied, not stated with the figures?",
    "Does it give the precision (1.2万余 is a floor; 1.8万 is rounded)?",
    "Does it say these are counts of police activity, not of crime or harm?",
    "Does it say why the figures cannot be set beside 2020's as a trend (unit, campaign, period), "
    "and what would be needed to compare?",
    "Does it cite the report (who, when) and keep any quotation short?",
)

q15 = Question(
    id="q15",
    reads=("brief",),
    judge=recorded_text(BRIEF_WORDS, what="brief"),
    points=2.0,  # given by the instructor (overrides.csv); until then the grader counts it as to be marked
    rubric=SELF_CHECK,
    hints=["Answer the self-check list that check() shows, in sentences.",
           "Your answers to q9-q14 are the skeleton; the brief adds why each matters."],
)


# ----------------------------------------------------------------------------------------------
# q16: transfer to a sentence no release contains (made up for practice, so nothing in data/ labels it)
# ----------------------------------------------------------------------------------------------
PRACTICE_SENTENCE = "2024年上半年，共打掉涉网恶势力犯罪集团30余个"  # made up for practice: not a real figure
# Its reading is typed with the instructor (instructor/lesson05_key.py, PRACTICE_READING) and sealed here (#19).

q16 = Question(
    id="q16",
    reads=("practice_reading",),
    judge=labels(sealed.Key("05/q16"), {
        "unit": {"gangs": ("jituan_as_tuanhuo", "恶势力犯罪集团 are vicious-force groups, a category of the law, "
                                                "not 团伙, the loose gangs of 2020."),
                 "mafia-type organisations": ("vicious_as_mafia", "恶势力 groups are the lesser category; mafia-type "
                                                                  "organisations are 涉黑组织."),
                 "gang organisations": ("vicious_as_hei_e", "涉黑恶 would count both kinds; this sentence counts "
                                                            "only 恶势力 groups.")},
        "precision": {"rounded": ("lower_bound_as_rounded", "余 means 'more than': 30余 is a floor, not a rounded "
                                                            "figure."),
                      "exact": ("lower_bound_as_exact", "余 means 'more than': not an exact count.")},
        "basis": {"implied": ("explicit_as_implied", "The sentence itself names its period (上半年, the first half "
                                                     "of 2024): it is explicit."),
                  "since": ("explicit_as_since", "There is no 以来 here: a half-year named in the sentence is an "
                                                 "explicit period."),
                  "to date": ("explicit_as_to_date", "There is no 截至 here: the half-year is named.")},
    }, allowed={"unit": RELEASE_UNITS, "precision": PRECISIONS, "basis": PERIOD_BASES},
        reread="Reread the sentence itself: the unit word before 个, the character after 30, and the words "
               "that give the period."),
    hints=["Find the unit word before 个, the character after the number, and the words that give the period.",
           "上半年 is the first half of the year."],
    explanation=("恶势力犯罪集团 is the vicious-force group unit; 余 makes 30 a floor (lower bound); 2024年上半年 names "
                 "the period in the sentence itself (explicit)."),
)


# ----------------------------------------------------------------------------------------------
# In-lesson "your turn" checks (practice in notebooks/05, not graded)
# ----------------------------------------------------------------------------------------------
def _release_values() -> dict[str, float]:
    """Every figure of ``data.releases()`` by its id: the values a count of figures can be mistaken for."""
    table = data.releases()
    return {f"{i!r}": float(v) for i, v in zip(table["id"], table["value"])}


def _units_judge():
    """yt1's judge, its counts taken inside it only (#19: a function counting the figures in a unit, called with
    'vicious-force groups', would hand the answer over)."""
    def count_in(unit: str) -> int:
        return int((data.releases()["unit"] == unit).sum())

    return _yours(number(lambda: count_in("vicious-force groups"), misconceptions=[
        Misconception("mafia_as_vicious", "That is the number of mafia-type organisation figures: filter on the unit "
                      "'vicious-force groups'.", lambda: count_in("mafia-type organisations")),
        Misconception("both_gang_units", "That counts the mafia-type and the vicious-force figures together; the "
                      "question asks only for vicious-force groups.",
                      lambda: count_in("mafia-type organisations") + count_in("vicious-force groups")),
        Misconception("summed_values", "That adds up the figures' values; the question asks how many figures there "
                      "are (len of the filtered table).",
                      lambda: float(data.releases().loc[data.releases()["unit"] == "vicious-force groups",
                                                        "value"].sum())),
        Misconception("rows_not_filtered", "That is the number of every figure in the table (len of `figures` "
                      "itself): the filter on the unit was not applied. Keep the rows whose unit is "
                      "'vicious-force groups', then count them.", lambda: len(data.releases())),
        Misconception("other_unit_counted", "That counts the figures in another unit. Filter on the unit "
                      "'vicious-force groups', the noun 恶势力 counts.",
                      _other_unit_count("vicious-force groups", exclude=("mafia-type organisations",))),
    ], family=Family(lambda: {}, whole=lambda: {"every figure of the table": len(data.releases())},
                     rows=_release_values, columns=lambda: len(data.releases().columns))))


def _other_unit_count(unit: str, exclude=()):
    """A function giving the counts of the table's figures in each other unit (yt1's slip: the wrong unit filtered)."""
    def counts() -> list[int]:
        return [int(n) for u, n in data.releases()["unit"].value_counts().items() if u != unit and u not in exclude]
    return counts


yt1 = Question(
    id="yt1",
    reads=("n_vicious",),
    judge=_units_judge(),
    hints=["`figures[figures['unit'] == 'vicious-force groups']`, then `len(...)`."],
    solution_code="n_vicious = len(figures[figures['unit'] == 'vicious-force groups'])",
    explanation="Four figures: the special struggle's total, the reports on 2021 and 2022, and the July 2022 press conference.",
)

YT2_FIGURES = ("r2020_gangs", "r2022jul_mafia", "f2025_online_orgs")


def _yt2_judge(value) -> Outcome:
    rows = _rows()  # the longest period is found here, while judging, under no name of the module (#19)
    return choice(max(YT2_FIGURES, key=lambda fid: releases.period_days(rows.loc[fid])), YT2_FIGURES, wrong={
        "r2020_gangs": "The 2020 campaign ran from November 2019 to the December 2020 release: about 14 months.",
        "r2022jul_mafia": "Since 2021 to July 2022 is about 19 months; another of the three runs for years.",
    }, codes={"r2020_gangs": "shorter_period", "r2022jul_mafia": "shorter_period"})(value)


yt2 = Question(
    id="yt2",
    reads=("longest",),
    judge=Judge(_yt2_judge, {"shorter_period": "picked a figure whose period is shorter"}),
    hints=["`releases.period_days(by_id.loc['r2020_gangs'])` gives the days of one figure's period."],
    solution_code="longest = max(['r2020_gangs', 'r2022jul_mafia', 'f2025_online_orgs'], "
                  "key=lambda fid: releases.period_days(by_id.loc[fid]))",
    explanation="The 2025 figure counts from the September 2022 campaign's start: years, not months.",
)


yt3 = Question(
    id="yt3",
    reads=("not_in_2023",),
    judge=_yours(_lazy_choices(_dropped_after("xinhua_2023_02_17"), CRIME_TYPES)),
    hints=["Make one set of codes per release from `lists`, then subtract: `set_2020 - set_2023`."],
    solution_code=("named = lambda r: set(lists.loc[lists['release'] == r, 'code'])\n"
                   "not_in_2023 = sorted(named('mps_2020_12_24') - named('xinhua_2023_02_17'))"),
    explanation="Compared by code, not by wording: renamed types are still named.",
)


def _after_laws_judge():
    """yt4's judge, its counts taken inside it only (#19: functions giving the laws' dates and the releases after a
    day would hand the answer over in two calls)."""
    def published_after(day: str) -> int:
        src = data.release_sources()
        published = src.loc[src["kind"] == "release"].dropna(subset=["published"]).drop_duplicates("release")
        return int((published["published"] > day).sum())

    def laws_in_force() -> list:
        src = data.release_sources()
        return sorted(src.loc[src["kind"] == "law", "in_force"].dropna())

    return _yours(number(lambda: published_after(laws_in_force()[-1]), misconceptions=[
        Misconception("after_one_law", "That counts the releases after the first law only. 'After both' means after "
                      "the later one took effect.", lambda: published_after(laws_in_force()[0])),
        Misconception("all_releases", "That counts every release with a date; keep only those published after the "
                      "later law took effect.", lambda: published_after("1900-01-01")),
        Misconception("rows_not_filtered", "That is the number of rows of `events`, the laws among them: keep the "
                      "releases published after the later law took effect, then count them.",
                      lambda: int(data.release_sources().query("kind == 'release'").dropna(subset=["published"])
                                  ["release"].nunique() + data.release_sources().query("kind == 'law'")
                                  ["release"].nunique())),
        Misconception("before_not_after", "That counts the releases published before the later law took effect; "
                      "'after both' keeps those published after it.",
                      lambda: published_after("1900-01-01") - published_after(laws_in_force()[-1])),
        # review round 13: 1 was 'too low' with no name
        Misconception("between_the_two", "That counts the releases published between the two laws (after the "
                      "first took effect, before the second): under one law, not both. 'After both' keeps the "
                      "releases published after the later law took effect.",
                      lambda: published_after(laws_in_force()[0]) - published_after(laws_in_force()[-1])),
    ], family=Family(lambda: {}, whole=lambda: {"every release with a date": published_after("1900-01-01"),
                                                "the rows of events, laws included": _events_rows()})))


def _events_rows() -> int:
    """The rows of the lesson's ``events`` table: each release with a date once, and each law once."""
    src = data.release_sources()
    return int(src.loc[src["kind"] == "release"].dropna(subset=["published"])["release"].nunique()
               + src.loc[src["kind"] == "law", "release"].nunique())


yt4 = Question(
    id="yt4",
    reads=("after_both",),
    judge=_after_laws_judge(),
    hints=["Both laws are in force from the later date: compare each release's date with it."],
    solution_code=("later_law = events.loc[events['what'] == 'law in force', 'date'].max()\n"
                   "after_both = int((events.loc[events['what'] == 'release published', 'date'] > later_law).sum())"),
    explanation="Releases after 1 May 2022 may count under both new laws; earlier ones under neither or one.",
)


def _cases_rate_judge():
    """yt5's judge, the rate worked out inside it only (#19: round 6 found ``cases_per_100k()`` handing it over)."""
    def rate() -> float:
        return _value("r2020_cases") / _value("cnnic_users_2020") * 100_000

    return _yours(number(rate, rel_tol=0.01, misconceptions=[
        Misconception("per_user", "That is per internet user; multiply by 100,000.",
                      lambda: rate() / 100_000, rel_tol=0.01),
        Misconception("users_per_case", "You divided the users by the cases: that is internet users per case.",
                      lambda: 100_000 / rate(), rel_tol=0.01),
        _unit_misread(rate),
        *_rate_per_other_base(rate),
    ], family=_rate_family("r2020_cases")))



yt5 = Question(
    id="yt5",
    reads=("cases_rate",),
    judge=_cases_rate_judge(),
    hints=["rate = cases / users x 100,000."],
    solution_code="cases_rate = by_id.loc['r2020_cases', 'value'] / by_id.loc['cnnic_users_2020', 'value'] * 100_000",
    explanation=("About 3.2 cases solved per 100,000 users: a rate of police activity, not of victimisation; the users "
                 "are a survey estimate at one date, the cases a count over a period."),
)


yt6 = Question(
    id="yt6",
    reads=("makes_series",),
    judge=_yours(choice("b", ("a", "b", "c", "d"), wrong={
        "a": "One unit and one issuer are not enough: read the reasons series_verdict gives about periods.",
        "c": "All three count mafia-type organisations (涉黑组织): the unit is the same.",
        "d": "That is a warning to state the assumption, not a reason to refuse the series: series_verdict lists it "
             "under warnings, not reasons.",
    }, codes={"a": "same_unit_is_enough", "c": "units_differ", "d": "warning_as_block"})),
    hints=["`releases.series_verdict([...])` has `reasons` (why not) and `warnings` (say so): read both."],
    solution_code="makes_series = 'b'",
    explanation="A cumulative 'since' figure contains the yearly ones: the same organisations sit in both.",
)



# yt7 and yt8 (round 18, #19: lesson 05 had six checked your-turns in about 105 minutes, and gaps of 23 and 28 minutes
# between them; the cadence asks for one about every 15). Both transfer a section's rule to material the section does
# not work through: yt7 the issuer rule to Xinhua's own sentence, yt8 the rival tests to another fall. Numbered after
# the first six (students' progress and the tests know those by their ids); IN_LESSON lists them in the lesson's order.
def _unnamed_partners_judge():
    """yt7's judge: how many of the Ministry's partners Xinhua's sentence (S07) leaves behind 等 ('and others'),
    worked out here from the sentence and its stated eight (``x2023_other_bodies``), under no name (#19)."""
    def named() -> list:
        sentence = data.release_sources().set_index("source_id").loc["S07", "excerpt"]
        return sentence.split("公安部会同")[1].split("等八部门")[0].split("、")

    def partners() -> int:
        return int(_value("x2023_other_bodies"))

    return _yours(number(lambda: partners() - len(named()), misconceptions=[
        Misconception("issuer_among_the_eight", "That counts the Ministry among the eight. 会同 ('together with') "
                      "comes before them: Xinhua's eight are the Ministry's partners, the Ministry not among them. "
                      "Take the partners the sentence names from the eight.", lambda: partners() - 1 - len(named())),
        Misconception("named_not_unnamed", "That is how many partners the sentence names; the question asks how many "
                      "it leaves behind 等 ('and others').", lambda: len(named())),
        Misconception("named_with_issuer", "That is how many bodies the sentence names, the Ministry included; the "
                      "question asks how many of its partners it leaves behind 等 ('and others').",
                      lambda: len(named()) + 1),
        Misconception("all_partners", "That is every partner, named or not: take away the ones the sentence names.",
                      partners),
        Misconception("issuer_left_in", "That takes the named partners from all nine bodies, the Ministry among "
                      "them; but the Ministry is named too, as the body acting 'together with' the others (公安部会同).",
                      lambda: partners() + 1 - len(named())),
        Misconception("all_bodies", "That is every body of the notice, the Ministry included (the notice's 九部门); "
                      "the question asks how many partners Xinhua's sentence leaves unnamed.", lambda: partners() + 1),
    ]))


yt7 = Question(
    id="yt7",
    reads=("unnamed",),
    judge=_unnamed_partners_judge(),
    hints=["Split Xinhua's sentence as the notice's was split above: after 公安部会同 and before 等八部门, on 、.",
           "Who are the eight: the Ministry's partners, or the Ministry with seven others? Read the word before them."],
    solution_code=("xinhua = sources.loc['S07', 'excerpt']\n"
                   "partners_named = xinhua.split('公安部会同')[1].split('等八部门')[0].split('、')\n"
                   "unnamed = 8 - len(partners_named)"),
    explanation=("Six: the sentence names two of the Ministry's eight partners (中宣部, 中央网信办) and leaves six behind "
                 "等. The notice's own sentence names all eight, so a reader can check which six."),
)


yt8 = Question(
    id="yt8",
    reads=("passes",),
    judge=_yours(choice("b", ("a", "b", "c", "d"), wrong={
        "a": "Anachronism: the Anti-Organized Crime Law took effect on 1 May 2022 (S19), after the 2021 count it "
             "would explain. A cause must come before the change.",
        "c": "The P2P clean-up (S20) came before, and a source supports it, but it predicts fewer online lending "
             "platforms, not fewer vicious-force groups broken up across China: it does not predict this count.",
        "d": "A count of internet users at one date (S16) is a population, not a cause: it predicts no change in "
             "the groups broken up.",
    }, codes={"a": "anachronism", "c": "predicts_another_count", "d": "population_as_cause"})),
    hints=["Apply the three tests of this section to each: which source says so, does its cause come before the "
           "change, and does it predict a change in *this* count?",
           "Check each date in `sources` (its `published` and `in_force` columns) against the year of the count."],
    solution_code="passes = 'b'",
    explanation=("The special struggle ended with 2020 and the fight became regular work from 2021 (S04): a source, "
                 "a cause before the 2021 count, and it predicts fewer groups broken up a year once a three-year surge "
                 "ends, as section 6 found for mafia-type organisations."),
)

IN_LESSON = [yt1, yt2, yt7, yt3, yt4, yt5, yt8, yt6]  # in the lesson's order (yt7 and yt8 came later: above)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17]
