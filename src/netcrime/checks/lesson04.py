"""Lesson 04 questions: why victims under-report, and what that does to the figures.

Expected values come from data/ through ``netcrime.data`` and from the model in
``netcrime.darkfigure``, never typed here.
"""
from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from .. import darkfigure, data
from ..units import plain as plain_number
from ..paths import data_dir
from .compare import (DUPLICATED_COLUMN, DUPLICATED_COLUMN_DESCRIPTION, Misconception, choice, duplicated_columns,
                      mapping, number)
from .judge import judge
from .outcome import (GENERIC_CODES, MISSING_COLUMN, ONE_VALUE_IN_A_SERIES, Outcome, Problem, correct, incorrect,
                      not_attempted, wrong_type)
from .question import Question
from .reason_words import codes_first, codes_in_mapping
from . import counted, sealed
from .matching import matches  # the course's one rule: a slip's value rounded as the student rounds
from .parts import Part, each_item
from .slips import SLIP_CODES, no_release_figures
from .written import recorded_text
from .values import close, describe, is_number, is_placeholder

# q1: eight new statements, fictional and written for the course, whose categories are stored
# nowhere in data/: the student must read and classify them (the release's own reasons, with
# their categories, are in the lesson). The prompt prints the statements (solutions notebook). The categories a
# careful reader gives them are a judgement typed with the instructor (instructor/lesson04_key.py); this module
# holds only their seals (``checks.sealed``, issue #19), and the judge finds each right code among the codebook's
# only while judging. The statements are not in the codebook's order, so pairing N1-N8 with the codebook's rows in
# turn earns nothing.
NEW_STATEMENT_IDS = ("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")

# yt1 (in the lesson): two fictional statements, written for practice and stored in no data file, so the
# answer is neither a column of data/ nor the coding of the release's reasons that the lesson shows next.
YT1_STATEMENTS = {
    "P1": ("a stallholder to a reporter",
           "\"The buyer's account is gone, and so are our messages; I threw the delivery slip away. I wouldn't "
           "even know which law to point to.\""),
    "P2": ("a police summary",
           "A tea seller threatened over a box labelled with the wrong weight declined to report: the seller "
           "expected the market regulator to fine them for the label."),
}

# q3: a made-up recorded count for practice (not a statistic), part of it found by the police without any report,
# and the survey rows it uses. Transfer: the lesson divided a count that came from reports only; here the student
# must see which cases the borrowed reporting rates apply to (the reported ones) and that the police-found cases are
# incidents nobody reported, already inside the true count.
PRACTICE_RECORDED = 150
PRACTICE_FOUND = 36  # of the recorded cases, found by the police's case-linking without any report
PRACTICE_REPORTED = PRACTICE_RECORDED - PRACTICE_FOUND
ONLINE_CATEGORIES = ("fraud", "computer misuse", "sextortion")


# ----- expected values, computed from data/ -----------------------------------------------
def categories() -> tuple[str, ...]:
    """The codebook's category codes: the only labels q1 and yt1 accept."""
    return tuple(data.underreporting_codebook()["category"])


def expected_counts() -> pd.Series:
    return data.underreporting_reasons()["category"].value_counts()


def online_rates() -> pd.DataFrame:
    rates = data.victim_reporting_rates()
    return rates[rates["crime_category"].isin(ONLINE_CATEGORIES)]


CATEGORY_MISFIT = "category_does_not_fit"


def _coded(key: str, reading: str, *, missed: str | None = None, **distractors: tuple[str, str]) -> dict:
    """A statement's verdicts by the wrong category given (``compare.mapping``): each expected distractor its own
    code and sentence; any other category named with its codebook description and the statement's reading (review
    round 7, M2: 'cost_exceeds_loss' was told a sentence about exposure)."""
    other = (missed or CATEGORY_MISFIT,
             f"{key}: you gave {{given}}, which the codebook describes as: {{described}} {key} says otherwise: "
             f"{reading}")
    return {**{label: (code, f"{key}: {reading} {why}") for label, (code, why) in distractors.items()}, None: other}


def codebook_labels() -> dict[str, str]:
    """The codebook's categories, code -> label ('sunk_cost' -> 'Already paid'): a label is read as its code."""
    book = data.underreporting_codebook()
    return dict(zip(book["category"], book["label"]))


def _described(label: str) -> str:
    """The codebook's description of a category code ('' for a label it does not hold)."""
    book = data.underreporting_codebook().set_index("category")["description"]
    return str(book.get(label, ""))


def _category_rates(category: str) -> list[float]:
    """The reporting rates the table gives for one online category (q3's slip: the range of one category alone)."""
    rates = online_rates()
    return list(rates.loc[rates["crime_category"] == category, "share_reported"])


def rate_range() -> tuple[float, float]:
    """The lowest and highest reporting share of the online categories (worked out once per data folder: q3's
    judges read it on every answer)."""
    return _rate_range_in(str(data_dir()))


@lru_cache(maxsize=8)
def _rate_range_in(folder: str) -> tuple[float, float]:
    shares = online_rates()["share_reported"]
    return float(shares.min()), float(shares.max())


# ----- q1: coding statements the lesson did not show ---------------------------------------
_q1_mapping = codes_in_mapping(mapping(sealed.labels_finder(sealed.Key("04/q1"), NEW_STATEMENT_IDS, categories()), labels=categories(), label_kind="codebook's category codes",
                      described=lambda label: _described(label), misconceptions={
            "N1": _coded("N1", "the money is already gone, and he sees nothing to gain from going on. Which category "
                               "is about having already paid?",
                         cost_exceeds_loss=("sunk_cost_vs_cost", "He compares nothing with the time it would take.")),
            "N2": _coded("N2", "the chats are gone and they did not know what the law lets them ask for: the problem "
                               "is evidence and legal awareness.",
                         self_blame=("evidence_vs_self_blame", "It is not blame.")),
            "N3": _coded("N3", "what changed between her statement and its withdrawal? The collectors' pressure on "
                               "her and her family.", missed="intimidation_missed"),
            "N4": _coded("N4", "the worry is a fine for the shop's own borrowed photos, a penalty for the owner's own "
                               "fault.",
                         fear_of_exposure=("own_fault_vs_exposure", "It is not private information being disclosed.")),
            "N5": _coded("N5", "they see their lateness as the cause of what is happening to them (the charges added "
                               "since are the gang's doing, not theirs). Which category is about the victim believing "
                               "they are at fault?", missed="self_blame_missed"),
            "N6": _coded("N6", "the fear is of what others would see (the recording).",
                         fear_of_own_punishment=("exposure_vs_own_fault", "It is not a penalty for something they "
                                                                          "did wrong.")),
            "N7": _coded("N7", "nothing is paid yet; they weigh three trips to the station against a 200-yuan demand.",
                         sunk_cost=("cost_vs_sunk_cost", "Nothing has been paid, so nothing is sunk.")),
            "N8": _coded("N8", "he did not decide anything about the police; he is simply out of reach.",
                         missed="flight_missed"),
        }), codebook_labels)

q1 = Question(
    id="q1",
    reads=("codes",),
    judge=_q1_mapping,
    parts=each_item(NEW_STATEMENT_IDS, sealed.labels_finder(sealed.Key("04/q1"), NEW_STATEMENT_IDS, categories()),
                    _q1_mapping, 0.25),  # a quarter point each
    points=2,
    hints=[
        "For each statement ask: what would going to the police cost this person, or what stops them? Then find "
        "the codebook description that says the same thing in other words.",
        "Pairs that are easy to mix up: fear_of_exposure (others learn private things) versus "
        "fear_of_own_punishment (a penalty for one's own fault), and sunk_cost (already paid) versus "
        "cost_exceeds_loss (helping costs more than the demand).",
        "Write it as codes = {'N1': ..., 'N2': ..., ...}, one code from the codebook for each statement.",
    ],
    explanation=("Each statement fits one category of the codebook, but none uses the codebook's words: the "
                 "decisive clue is what the person fears or weighs. Coding is a judgement; when two readers "
                 "disagree, the codebook's descriptions are what they discuss."),
)


# ----- q2: which source can hear a reason (objective 2, on statements the lesson did not show) -------
# Five new statements, fictional and written for the course, stored in no data file (the prompt, in the solutions
# notebook, prints them; their answers are here). The lesson compares the
# release's reasons (the police's account of victims they met) with survey reasons (victims asked directly whether
# they told the police, and if not, why not). Here the student applies that to new people: what decides is who
# could hear the reason, not its category: W1 and W5 give reasons the release also lists, yet only a survey could
# hear them; W3 and W4 never went to the police on their own, or stopped cooperating, so only the police heard them.
# Which source could hear each is typed with the instructor (instructor/lesson04_key.py) and sealed here (#19).
SOURCE_IDS = ("W1", "W2", "W3", "W4", "W5")
SOURCE_LABELS = ("police", "survey")

_q2_mapping = mapping(sealed.labels_finder(sealed.Key("04/q2"), SOURCE_IDS, SOURCE_LABELS), labels=SOURCE_LABELS, label_kind="two sources ('police' or 'survey')",
                      aliases={"release": "police", "police account": "police", "victimisation survey": "survey",
                               "victimization survey": "survey"},
                      misconceptions={
    "W1": ("category_not_channel", "W1: the release does list fear of exposure, but this man never met the police, so "
                                   "no police account can hold his reason. Only a survey, which asks people whether "
                                   "or not they went to the police, could hear it."),
    "W2": ("distrust_told_to_police", "W2: she never went to the police, and her reason is about them: a victim who "
                                      "expects this of the police does not go and tell them so. Only a survey could "
                                      "hear it."),
    "W3": ("not_reporting_vs_not_cooperating", "W3: he did go to the police (he gave a statement), so a survey's "
                                               "question 'why did you not tell the police?' does not reach him. His "
                                               "reason for withdrawing is one the police heard: a reason for not "
                                               "cooperating, not for not reporting."),
    "W4": ("found_by_police_as_unreported", "W4: the police found him and asked him to testify, so they heard his "
                                            "reason (like the release's 'already paid'). It is a reason for declining "
                                            "to testify, which a survey's question about not reporting does not ask."),
    "W5": ("category_not_channel", "W5: the release does list this kind of reason (cooperating costs more than the "
                                   "loss), but this shop owner never contacted the police, so no police account can "
                                   "hold it. Only a survey could hear it."),
})

q2 = Question(
    id="q2",
    reads=("heard_by",),
    judge=_q2_mapping,
    parts=each_item(SOURCE_IDS, sealed.labels_finder(sealed.Key("04/q2"), SOURCE_IDS, SOURCE_LABELS), _q2_mapping,
                    0.2),  # a fifth of a point each
    points=1,
    hints=[
        "For each person ask: did the police ever meet them (a report, a statement, being traced)? If not, no police "
        "account can contain their reason.",
        "A survey asks people whether they told the police, and if not, why not. Is this person's reason a reason for "
        "not going to the police, or for stopping once the police were involved?",
        "The category does not decide: the release lists fear of exposure and the cost of cooperating, yet a person "
        "who never met the police can only give those reasons to a survey.",
    ],
    explanation=("The release's list is the police's account of victims the police met: those who reported and then "
                 "withdrew (W3), or whom the police found and asked to testify (W4). A survey asks people directly, "
                 "reported or not, so it alone can hear those who never went to the police (W1, W2, W5), even when "
                 "their reason belongs to a category the release also lists. Each source sees a different set of "
                 "people, which is why the two lists of reasons differ."),
)


# ----- q3: the implied range of true incidents ---------------------------------------------
def _end_gives_back(name: str, end: float, rate: float, which: str, reported: int) -> str:
    """An end of q3's range that no slip explains, checked the way the model reads it (round 14: "600 is too low.
    This number comes from the course's cases" named nothing, and the count is made up, not the course's): at its
    rate, the end's true incidents would give end x rate reports; the city had ``reported``."""
    would = end * rate
    return (f"{name}: you gave {plain_number(end)}. At the {which} reporting rate ({rate:.1%}), {plain_number(end)} "
            f"true incidents would bring {would:,.1f} reports, but {reported} of the city's cases came from reports, "
            f"so {name} is too {'low' if would < reported else 'high'}. Each end is the true count whose reported "
            f"share, at its rate, is the {reported} reported cases.")


def _pair_judge():
    """q3's judge. The true incidents behind the reported cases (recorded-from-reports = true x reporting rate; the
    police-found cases are among the unreported incidents, so already inside that true count) are worked out here,
    inside the judge only (#19: ``expected_true_range()`` handed them over; its cells
    hold no answer: test_no_closure_answer.py walks them)."""
    def expected_true_range() -> tuple[float, float]:
        low_rate, high_rate = rate_range()
        return PRACTICE_REPORTED / high_rate, PRACTICE_REPORTED / low_rate

    low_judge = number(lambda: expected_true_range()[0], rel_tol=1e-3, figures=no_release_figures)
    high_judge = number(lambda: expected_true_range()[1], rel_tol=1e-3, figures=no_release_figures)
    found, reported, recorded = PRACTICE_FOUND, PRACTICE_REPORTED, PRACTICE_RECORDED
    checks = [
        ("swapped",
         "Your two numbers are swapped: the highest reporting rate gives the lowest estimate of true incidents.",
         lambda: tuple(reversed(expected_true_range()))),
        ("found_counted_as_reported",
         f"You divided all {recorded} recorded cases by the reporting rate. The rate is the share of victims who "
         f"report, so it applies to the {reported} cases that came from reports; the {found} the police found "
         "came from no report at all.",
         lambda: (recorded / rate_range()[1], recorded / rate_range()[0])),
        ("found_added_on_top",
         f"You added the {found} police-found cases to the incidents behind the reports. Those {found} are "
         f"incidents nobody reported, so they are already among the {reported} / rate true incidents: adding them "
         "counts them twice.",
         lambda: (reported / rate_range()[1] + found, reported / rate_range()[0] + found)),
        ("recorded_added_on_top",  # round 13 holdout: 150 + 114 / rate
         f"You divided the {reported} reported cases by the reporting rate and then added all {recorded} recorded "
         f"cases. {reported} / rate is already every true incident behind the reports, the {reported} reported ones "
         f"among them, and the {found} the police found are among its unreported ones: adding the {recorded} "
         "counts them twice. The answer is the division alone.",
         lambda: (reported / rate_range()[1] + recorded, reported / rate_range()[0] + recorded)),
        ("multiplied",
         "You multiplied the count by the reporting rate. Reported = true x rate, so to go back "
         "from reported to true you divide by the rate; the answer must be larger than the count.",
         lambda: tuple(n * r for n in (reported, recorded) for r in rate_range())),
        ("found_divided",
         f"You divided the {found} police-found cases by the reporting rate. The rate is about victims who report: "
         f"it applies to the {reported} cases that came from reports, not to cases the police found themselves.",
         lambda: tuple(found / r for r in rate_range())),
        ("unreported_only",
         f"That is the incidents nobody reported (true minus the {reported} reported): the question asks for all "
         "true incidents, the reported ones among them.",
         lambda: tuple(reported / r - reported for r in rate_range())),
        ("percent_as_fraction",
         "You divided by the rate written as a percentage (e.g. 16 instead of 0.16). Rates in the data are fractions.",
         lambda: tuple(n / (r * 100) for n in (reported, recorded) for r in rate_range())),
        ("unreported_share_as_rate",
         "You divided by 1 - rate, the share of victims who do NOT report. Reported = true x the share who DO "
         "report, so divide by share_reported itself; the answer is far larger than the count.",
         lambda: tuple(n / (1 - r) for n in (reported, recorded) for r in rate_range())),
        ("mean_rate",
         "You divided by one rate, the mean of the two. The question asks for a range: divide by the highest rate "
         "for the low end and by the lowest for the high end.",
         lambda: tuple(n / (sum(rate_range()) / 2) for n in (reported, recorded))),
        ("found_subtracted_after",
         f"You divided all {recorded} recorded cases by the reporting rate and then took away the {found} the police "
         f"found. The rate applies only to the {reported} cases that came from reports: divide those, and leave the "
         f"{found} out before dividing, not after.",
         lambda: tuple(recorded / r - found for r in reversed(rate_range()))),
        ("mean_of_rates",
         "You divided by one rate, the mean of the online rates. The question asks for a range: divide by the "
         "highest rate for the low end and by the lowest for the high end.",
         lambda: tuple(n / float(online_rates()["share_reported"].mean()) for n in (reported, recorded))),
        ("one_category_only",
         "Your range uses the reporting rates of one online category only; the question takes the lowest and the "
         f"highest rate among all the online categories ({', '.join(ONLINE_CATEGORIES)}).",
         lambda: tuple(n / float(r) for category in ONLINE_CATEGORIES for n in (reported, recorded)
                       for r in _category_rates(category) if not any(close(float(r), e) for e in rate_range()))),
        ("unfiltered_rates",
         "Your range uses the reporting rates of every crime in the table; keep only the online categories "
         f"({', '.join(ONLINE_CATEGORIES)}) with .isin([...]) before taking .min() and .max().",
         lambda: tuple(reported / r for r in (data.victim_reporting_rates()["share_reported"].max(),
                                              data.victim_reporting_rates()["share_reported"].min()))),
    ]

    @judge({**low_judge.misconceptions, **{code: message for code, message, _ in checks},  # inner slips too
            "end_gives_other_reports": "gave an end that no slip explains: the verdict gives back the reports its "
                                       "rate would imply, beside the city's 114, and says which way it is off",
            "two_slips_at_once": "made two of the range's slips at once (which count was divided, how, what was added "
                                 "after, which rates): the verdict says each"})
    def pair(low, high) -> Outcome:
        if is_placeholder(low) or is_placeholder(high):
            return not_attempted()
        # both ends the right ones, rounded (to thousands: 1,000 and 2,000): the rounding is the mistake, not a slip
        # whose numbers happen to be near (round 11: [1000, 2000] was named one_category_only)
        rounded = is_number(low) and is_number(high) and all(
            o.passed or o.misconception == "rounded_too_far" for o in (low_judge(low), high_judge(high)))
        if is_number(low) and is_number(high) and not rounded:
            given = (float(low), float(high))
            said = f"You gave true_low = {plain_number(low)} and true_high = {plain_number(high)}. "
            right = expected_true_range()
            for code, message, pair in checks:
                wrong = pair()
                if code == "swapped":
                    recognised = all(matches(g, w) for g, w in zip(given, wrong))
                elif code in ("found_counted_as_reported", "found_added_on_top", "unfiltered_rates",
                              "found_subtracted_after"):
                    # the slip at one end or both, the other end right (round 13: 150 / 0.16 with the right high end)
                    ends = [matches(g, w) for g, w in zip(given, wrong)]
                    recognised = any(ends) and all(
                        slipped or matches(g, r) for slipped, g, r in zip(ends, given, right))
                else:  # either number made the mistake
                    recognised = any(matches(g, w) for g in given for w in wrong)
                if recognised:
                    return incorrect(said + message, code)
            two = _two_slips(given, reported=reported, found=found, recorded=recorded)
            if two is not None and not all(close(g, e, rel_tol=1e-3) for g, e in zip(given, expected_true_range())):
                return incorrect(said + two, "two_slips_at_once")
        for name, end, end_judge, rate, which in (("true_low", low, low_judge, rate_range()[1], "highest"),
                                                  ("true_high", high, high_judge, rate_range()[0], "lowest")):
            verdict = end_judge(end)
            if verdict.passed:
                continue
            if (verdict.misconception is None or verdict.misconception in GENERIC_CODES) and is_number(end) \
                    and not isinstance(end, bool) and 0 < float(end) < 1e9:
                return incorrect(_end_gives_back(name, float(end), rate, which, reported), "end_gives_other_reports")
            return type(verdict)(verdict.status, f"{name}: {verdict.message}", verdict.misconception)
        return correct("Both ends of the range are right. They show how wide the borrowed rates leave the answer; "
                       "they are not a bound, and the true count could lie outside them.")

    return pair


def _two_slips(given: tuple[float, float], *, reported: int, found: int, recorded: int) -> str | None:
    """What a pair of numbers is, when two of q3's slips were made at once (round 9, #19): the range is generated
    from every count a student may divide (the reported, all recorded, the police-found), every way of using a rate
    (divide, multiply, its complement, as a percentage), every step after (none, the found added, taken away, the
    reported taken away) and every set of rates (the online ones, every crime's); a pair is named only when ONE such
    computation gives both numbers, and only if it differs from the right one in two steps (one step is a listed
    slip). None otherwise."""
    low_rate, high_rate = rate_range()
    table = data.victim_reporting_rates()["share_reported"]
    counts = {"the 114 cases that came from reports": reported, f"all {recorded} recorded cases": recorded,
              f"the {found} cases the police found": found}
    uses = {"divided by": lambda n, r: n / r, "multiplied by": lambda n, r: n * r,
            "divided by 1 minus": lambda n, r: n / (1 - r), "divided by 100 times": lambda n, r: n / (r * 100)}
    after = {"": lambda v: v, f", with the {found} police-found cases added on top": lambda v: v + found,
             f", less the {found} police-found cases": lambda v: v - found,
             f", less the {reported} reported cases": lambda v: v - reported}
    rates = {"the highest and the lowest online rate": (high_rate, low_rate),
             "the highest and the lowest rate of every crime in the table": (float(table.max()), float(table.min()))}
    found_ones = set()
    for (count_words, n), (use, how), (then, step), (rate_words, (high, low)) in (
            (c, u, a, r) for c in counts.items() for u in uses.items() for a in after.items() for r in rates.items()):
        steps = (n != reported) + (use != "divided by") + (then != "") + (high != high_rate)
        if steps != 2:
            continue
        pair = (step(how(n, high)), step(how(n, low)))
        if all(close(g, w, rel_tol=1e-3) for g, w in zip(given, pair)):
            found_ones.add(f"{count_words} {use} {rate_words}{then}")
    if len(found_ones) != 1:
        return None
    return (f"Your two numbers are {found_ones.pop()}: two steps differ from the question's. The rates are shares of "
            f"victims who report, so they apply to the {reported} cases that came from reports: divide those by the "
            f"highest and by the lowest online rate. The {found} the police found are incidents nobody reported, "
            "already among them.")


q3 = Question(
    id="q3",
    reads=("true_low", "true_high"),
    judge=_pair_judge(),
    points=2,
    hints=[
        "Filter victim_reporting_rates() with .isin([...]) on crime_category, then take .min() and .max() "
        "of share_reported.",
        "A reporting rate is the share of victims who report: which recorded cases came from a report? The police "
        "found theirs among the incidents nobody reported: are those already in reported / rate?",
        "A high reporting rate means few incidents go unreported, so it gives the LOW end of the range.",
    ],
    explanation=("Only the 114 reported cases pass through victims' decision to report, so they are what the rates "
                 "apply to: 114 / 0.16 to 114 / 0.067. The 36 the police found are incidents nobody reported, "
                 "already inside that true count. "
                 "It is not a bound: the rates come from other countries, other crimes and other victims (Wolak and "
                 "Finkelhor's respondents were mostly young women threatened for images or sex; the English rates are "
                 "for fraud and computer misuse). The mismatch is the point: no measured rate fits Chinese 'naked "
                 "chat' extortion, and police detection would make the range smaller."),
)


# ----- q4 and q5: producing a pattern with the simulator -----------------------------------
MISSING_VALUES = "missing_values"
FRAME_PROBLEMS = {  # codes _frame_problem can report, for both simulator questions
    DUPLICATED_COLUMN: DUPLICATED_COLUMN_DESCRIPTION,
    MISSING_VALUES: "gave a table with empty cells (NaN) in a column the model fills: a row dropped or a value "
                    "overwritten",
    "too_short": "simulated fewer than 6 months",
    "recorded_above_true": "recorded more cases than there were incidents",
    "zero_start": "started the truth at zero",
    "not_simulated": "gave a table whose rows simulate(...) cannot produce (typed by hand, or a column overwritten)",
}


def _frame_problem(value, name: str) -> Outcome | None:
    if is_placeholder(value):
        return not_attempted()
    if not isinstance(value, pd.DataFrame):
        return wrong_type(f"You gave {describe(value)}; store the DataFrame that simulate(...) returns in `{name}`.")
    if (doubled := duplicated_columns(value)) is not None:  # named19: the shared verdict on a repeated column
        return doubled
    missing = [c for c in ("month", "true", "recorded") if c not in value.columns]
    if missing:
        return wrong_type(Problem(f"Your DataFrame has no column {missing[0]!r}. Store what simulate(...) returns, "
                                  "unchanged.", MISSING_COLUMN))
    if len(value) < 6:
        return incorrect(f"Your simulation has {len(value)} months; simulate at least 6 so a trend can show.",
                         "too_short")
    try:
        true = value["true"].astype(float)
        recorded = value["recorded"].astype(float)
    except (TypeError, ValueError):
        return wrong_type("The columns 'true' and 'recorded' should hold numbers.")
    if true.isna().any() or recorded.isna().any():
        return wrong_type(Problem("The columns 'true' and 'recorded' have missing values. Store what simulate(...) "
                                  "returns.", MISSING_VALUES))
    if (recorded > true + 1e-9).any():
        return incorrect("Recorded cases exceed true incidents in some month, which the model cannot produce: "
                         "rates are fractions between 0 and 1.", "recorded_above_true")
    if float(true.iloc[0]) <= 0:
        return incorrect("True incidents start at zero; start from a positive number such as 1000.", "zero_start")
    return _rows_not_simulated(value, name)


MODEL_COLUMNS = ("true", "reporting_rate", "reported", "detection_rate", "found_by_police", "recorded")
MONTH_ORDER_NOTE = "(Read in month order: your table's rows were in another order, which changes nothing in the model.)"


def in_month_order(value):
    """(the simulation read in month order, whether its rows had to be put back in order). Review round 15, C5: a
    right run sorted by month descending was told its truth rises, the first and last rows read as months 1 and 18.
    Anything but a table with a numeric month column is given back as it is."""
    if not isinstance(value, pd.DataFrame) or "month" not in value.columns:
        return value, False
    try:
        months = pd.to_numeric(value["month"])
    except (TypeError, ValueError):
        return value, False
    if months.isna().any() or months.is_monotonic_increasing:
        return value, False
    return value.iloc[months.argsort(kind="stable")].reset_index(drop=True), True


def _noted(outcome: Outcome, reordered: bool) -> Outcome:
    if not reordered or not outcome.passed:
        return outcome
    return type(outcome)(outcome.status, f"{outcome.message} {MONTH_ORDER_NOTE}".strip(), outcome.misconception)


def _near(a: float, b: float, slack: float = 0.0) -> bool:
    """Equal as the simulator's numbers are, allowing a table rounded for display (counts to whole cases, rates to two
    decimals: ``slack``, the most such a rate's rounding moves the count)."""
    return abs(a - b) <= max(0.6, 0.01 * max(abs(a), abs(b))) + slack


def _rows_not_simulated(value: pd.DataFrame, name: str) -> Outcome | None:
    """A table whose rows do not hang together as ``simulate`` makes them (review round 13, A2: a DataFrame typed by
    hand, or a run whose `recorded` was overwritten, passed q4): in every month reported = true x reporting_rate,
    found_by_police = (true - reported x recording_rate) x detection_rate and recorded = reported x recording_rate +
    found_by_police, with one recording_rate for every month and the truth changing by one factor a month."""
    if any(column not in value.columns for column in MODEL_COLUMNS):
        return None
    try:
        rows = value[list(MODEL_COLUMNS)].astype(float).reset_index(drop=True)
    except (TypeError, ValueError):
        return None
    if rows.isna().any().any():
        return None
    first = rows.iloc[0]
    recording = (first["recorded"] - first["found_by_police"]) / first["reported"] if first["reported"] else 1.0
    factor = rows["true"].iloc[1] / rows["true"].iloc[0] if rows["true"].iloc[0] else 1.0
    # rates rounded to one decimal or none (a table rounded for display) say too little to check the counts against
    coarse = all(abs(float(r) * 10 - round(float(r) * 10)) < 1e-9
                 for column in ("reporting_rate", "detection_rate") for r in rows[column])
    for month, row in rows.iterrows():
        kept = row["reported"] * recording
        rounding = math.inf if coarse else 0.005 * float(row["true"])
        steps = [("recorded", kept + row["found_by_police"], "the reports recorded plus the cases the police found", 0.0),
                 ("true", rows["true"].iloc[0] * factor ** month, "the first month's truth changed by one factor a month",
                  0.0),
                 ("reported", row["true"] * row["reporting_rate"], "the true incidents times the share reporting",
                  rounding),
                 ("found_by_police", (row["true"] - kept) * row["detection_rate"],
                  "the incidents not reported and recorded times the detection rate", rounding)]
        for column, expected, what, slack in steps:
            if not _near(float(row[column]), float(expected), slack):
                return incorrect(f"Your table's month {month + 1} does not hang together as simulate(...) makes it: "
                                 f"{column} is {plain_number(float(row[column]))}, but {what} gives "
                                 f"{plain_number(float(expected))}. A table typed or edited by hand shows a pattern the "
                                 f"model did not produce: store what simulate(...) returns in `{name}`, unchanged, and "
                                 "change its parameters instead.", "not_simulated")
    return None


def _change(column: pd.Series) -> float:
    first = float(column.iloc[0])
    return (float(column.iloc[-1]) - first) / first if first else 0.0


# q4: transfer. The lesson showed a crackdown that finds more with a flat truth (yt3) and a real fall hidden by
# rising reporting (the simulator); here a real fall is hidden by the police finding more, with reporting steady,
# over 18 months (the number of months is checked).
HIDDEN_MONTHS = 18
HIDDEN_TRUE_FALL = -0.10  # the truth falls by at least this much, month 18 against month 1
HIDDEN_RECORDED_RISE = 0.10  # while recorded cases rise by at least this much

HIDDEN_FALL_PROBLEMS = {
    "months": "simulated another number of months than the question's 18",
    "reporting_moved": "moved the share reporting, which the question holds steady",
    "truth_not_falling": "kept the truth flat or rising, where it must fall",
    "fall_too_small": "let the truth fall by less than 10%",
    "no_detection": "left the police finding no cases, so nothing can raise the records",
    "detection_steady": "kept the police's detection rate steady, so the records follow the truth down",
    "rise_too_small": "made detection grow too slowly for the records to rise by 10%",
}


@judge({**FRAME_PROBLEMS, **HIDDEN_FALL_PROBLEMS})
def _hidden_fall_judge(value) -> Outcome:
    value, reordered = in_month_order(value)
    return _noted(_hidden_fall(value), reordered)


def _hidden_fall(value) -> Outcome:
    problem = _frame_problem(value, "hidden_fall")
    if problem is not None:
        return problem
    missing = [c for c in ("reporting_rate", "detection_rate") if c not in value.columns]
    if missing:
        return wrong_type(Problem(f"Your DataFrame has no column {missing[0]!r}. Store what simulate(...) returns, "
                                  "unchanged.", MISSING_COLUMN))
    if len(value) != HIDDEN_MONTHS:
        return incorrect(f"Your simulation has {len(value)} months; the question asks for {HIDDEN_MONTHS} "
                         f"(months={HIDDEN_MONTHS}).", "months")
    try:
        reporting = value["reporting_rate"].astype(float)
        detection = value["detection_rate"].astype(float)
    except (TypeError, ValueError):
        return wrong_type("The columns 'reporting_rate' and 'detection_rate' should hold numbers.")
    if reporting.isna().any() or detection.isna().any():
        return wrong_type(Problem("The columns 'reporting_rate' and 'detection_rate' have missing values. Store "
                                  "what simulate(...) returns.", MISSING_VALUES))
    true_change, recorded_change = _change(value["true"]), _change(value["recorded"])
    if reporting.max() - reporting.min() > 1e-9:
        return incorrect(f"Your share reporting moves (from {reporting.iloc[0]:.0%} to {reporting.iloc[-1]:.0%}); the "
                         "question holds it steady (report_trend=0), so that the rise must come from the police.",
                         "reporting_moved")
    if true_change >= 0:
        return incorrect(f"Your true incidents {'rise' if true_change > 0.005 else 'stay flat'} "
                         f"({true_change:+.0%}); the question asks for a real fall of at least 10%: a negative "
                         "true_trend.", "truth_not_falling")
    if true_change > HIDDEN_TRUE_FALL:
        return incorrect(f"Your truth falls by only {abs(true_change):.0%}; the question asks for at least 10% over "
                         f"{HIDDEN_MONTHS} months. Make true_trend a little more negative.", "fall_too_small")
    if recorded_change < HIDDEN_RECORDED_RISE:
        if (detection.abs() <= 1e-9).all():
            return incorrect(f"Recorded cases {'fall' if recorded_change < 0 else 'rise only'} "
                             f"({recorded_change:+.0%}): with reporting steady and the police finding nothing, the "
                             "records follow the truth. Let the police find cases: detection_rate and a positive "
                             "detection_trend.", "no_detection")
        if detection.max() - detection.min() <= 1e-9:
            return incorrect(f"Recorded cases change by {recorded_change:+.0%}: a steady detection rate finds a "
                             "steady share of a falling truth, so the records fall with it. Make detection grow: a "
                             "positive detection_trend.", "detection_steady")
        return incorrect(f"Recorded cases change by only {recorded_change:+.0%}; the question asks for a rise of at "
                         "least 10%. Make detection grow faster (a larger detection_trend).", "rise_too_small")
    return correct(f"True incidents fall by {abs(true_change):.0%} while recorded cases rise by {recorded_change:.0%}, "
                   "with reporting steady: the police finding more hides a real fall. Read as a crime figure, the "
                   "records would say the opposite of what happened.")



# q5: a made-up city and a made-up survey (not statistics): reproduce both with the simulator, then say what the
# truth did. The lesson showed a flat truth with falling reporting and a falling truth hidden by rising reporting;
# here the records fall by less than reporting does, so the truth must have risen: a recorded fall hiding a rise.
CITY_MONTHS = 12
CITY_REPORT_FIRST, CITY_REPORT_LAST = 0.40, 0.30  # share of victims reporting in month 1 and month 12
CITY_RECORDED_CHANGE = -0.20  # recorded cases, month 12 against month 1
CITY_TOLERANCE = 0.01  # on the recorded change (19% to 21% pass)
RATE_TOLERANCE = 0.005  # on the first and last reporting rates


CITY_PROBLEMS = {
    "twelve_months": "simulated another number of months than the city's twelve",
    "reporting_start": "started the share reporting elsewhere than the survey's 40%",
    "fencepost": "spread the fall in reporting over 12 steps (or 10 points a step) instead of 11",
    "reporting_end": "ended the share reporting elsewhere than the survey's 30%",
    "detection_added": "let the police find cases the question says they do not find",
    "truth_flat": "kept the truth flat, so the records fall by as much as reporting (25%)",
    "truth_falls": "made the truth fall, so the records fall by more than reporting",
    "records_fall_too_little": "made the truth rise too fast, so the records fall by less than the city's 20%",
    "truth_rises_too_slowly": "made the truth rise too slowly, so the records fall by more than the city's 20%",
}


def _city_problem(city) -> Outcome | None:
    problem = _frame_problem(city, "city")
    if problem is not None:
        return problem
    missing = [c for c in ("reporting_rate", "detection_rate") if c not in city.columns]
    if missing:
        return wrong_type(f"Your DataFrame has no column {missing[0]!r}. Store what simulate(...) returns, unchanged.")
    if len(city) != CITY_MONTHS:
        return incorrect(f"Your simulation has {len(city)} months; the city's figures run from month 1 to month 12.",
                         "twelve_months")
    try:
        first, last = float(city["reporting_rate"].iloc[0]), float(city["reporting_rate"].iloc[-1])
        detection = city["detection_rate"].astype(float)
    except (TypeError, ValueError):
        return wrong_type("The columns 'reporting_rate' and 'detection_rate' should hold numbers.")
    if not (math.isfinite(first) and math.isfinite(last)) or detection.isna().any():
        return wrong_type(Problem("The columns 'reporting_rate' and 'detection_rate' have missing values. Store "
                                  "what simulate(...) returns.", MISSING_VALUES))
    if abs(first - CITY_REPORT_FIRST) > RATE_TOLERANCE:
        return incorrect(f"Your share reporting starts at {first:.1%}; the survey says 40% in month 1 "
                         "(report_start=0.4).", "reporting_start")
    if abs(last - CITY_REPORT_LAST) > RATE_TOLERANCE:
        fell = CITY_REPORT_FIRST - CITY_REPORT_LAST
        slips = (CITY_REPORT_FIRST - fell / CITY_MONTHS * (CITY_MONTHS - 1), CITY_REPORT_FIRST - 0.01 * (CITY_MONTHS - 1))
        if any(abs(last - slip) <= RATE_TOLERANCE / 2 for slip in slips):
            return incorrect(f"Your share reporting ends at {last:.1%}, not 30%. From month 1 to month 12 there are "
                             f"11 steps, not 12: report_trend = -0.10 / 11.", "fencepost")
        return incorrect(f"Your share reporting ends at {last:.1%}; the survey says 30% in month 12. Which "
                         "report_trend takes 0.40 to 0.30 in 11 steps?", "reporting_end")
    if (detection.abs() > 1e-9).any():
        return incorrect("Your police find cases themselves (a detection rate above 0); the question says they find "
                         "none. Leave detection_rate and detection_trend at 0.", "detection_added")
    true_change, recorded_change = _change(city["true"]), _change(city["recorded"])
    if abs(recorded_change - CITY_RECORDED_CHANGE) <= CITY_TOLERANCE:
        return None
    if abs(true_change) <= 0.005:
        return incorrect(f"With the truth flat your recorded cases fall by {abs(recorded_change):.0%}, as much as "
                         "the share reporting does; the city's fell by only 20%. Change true_trend until they do.",
                         "truth_flat")
    if true_change < 0:
        return incorrect(f"Your truth falls by {abs(true_change):.0%}, so recorded cases fall by "
                         f"{abs(recorded_change):.0%}, more than the city's 20%. The records fell by LESS than "
                         "reporting did (25%): which way must the truth go?", "truth_falls")
    if recorded_change > CITY_RECORDED_CHANGE:
        return incorrect(f"Your recorded cases fall by only {abs(recorded_change):.0%} (or rise); the city's fell by "
                         "20%. Make true_trend a little smaller.", "records_fall_too_little")
    return incorrect(f"Your truth rises, but too slowly: recorded cases fall by {abs(recorded_change):.0%}; the "
                     "city's fell by 20%. Make true_trend a little larger.", "truth_rises_too_slowly")


TRUTH_OPTIONS = ("rose", "fell", "flat")
_truth_choice = choice("rose", TRUTH_OPTIONS, wrong={
    "fell": "A fall in recorded cases is not a fall in crime. The records fell by 20% while the share reporting fell "
            "by a quarter (40% to 30%): with fewer victims reporting, the records fell by less than reporting did, "
            "so more incidents lie behind them.",
    "flat": "With a flat truth the records would fall exactly as reporting does, by 25%. They fell by only 20%.",
}, codes={"fell": "records_as_truth", "flat": "flat_truth"})


# Words a fair teacher reads as one of the three options ('went up' is 'rose'); anything else is left to the choice.
_TRUTH_WORDS = {
    "rose": ("rise", "rises", "risen", "rising", "increase", "increased", "increases", "increasing", "up", "went up",
             "grew", "grow", "grown", "growing", "higher", "more"),
    "fell": ("fall", "falls", "fallen", "falling", "decrease", "decreased", "decreasing", "down", "went down",
             "dropped", "declined", "lower", "fewer", "less"),
    "flat": ("stayed flat", "stable", "steady", "same", "the same", "stayed the same", "unchanged", "constant",
             "no change", "level"),
}


def _truth_word(value):
    """'went up' -> 'rose' (and the like); any other value unchanged, for the choice to judge."""
    if isinstance(value, str):
        plain = " ".join(value.strip().lower().strip(".!'\"").split())
        for option, words in _TRUTH_WORDS.items():
            if plain in words:
                return option
    return value


@judge({**CITY_PROBLEMS, **FRAME_PROBLEMS, **_truth_choice.misconceptions})
def _city_judge(city, truth_did) -> Outcome:
    if is_placeholder(city) and is_placeholder(truth_did):
        return not_attempted()
    city, reordered = in_month_order(city)
    return _noted(_city_verdict(city, truth_did), reordered)


def _city_verdict(city, truth_did) -> Outcome:
    problem = _city_problem(city)
    if problem is not None:
        return type(problem)(problem.status, f"city: {problem.message}", problem.misconception)
    verdict = _truth_choice(_truth_word(truth_did))
    if not verdict.passed:
        return type(verdict)(verdict.status, f"truth_did: {verdict.message}", verdict.misconception)
    return correct(f"Your simulation matches the city: the share reporting falls from 40% to 30% and recorded cases "
                   f"by 20%, while true incidents rise by {_change(city['true']):.0%}. A falling record can hide "
                   "rising crime: without the survey, the records alone would have told the opposite story.")


@judge({**CITY_PROBLEMS, **FRAME_PROBLEMS})
def _city_part(city, truth_did=None) -> Outcome:
    problem = _city_problem(in_month_order(city)[0])
    return problem if problem is not None else correct()


@judge(_truth_choice.misconceptions)
def _truth_part(city, truth_did) -> Outcome:
    return _truth_choice(_truth_word(truth_did))


q4 = Question(
    id="q4",
    reads=("hidden_fall",),
    judge=_hidden_fall_judge,
    hints=[
        "months=18; a negative true_trend makes the truth fall; report_trend=0 keeps reporting steady.",
        "recorded = reported and recorded + found by the police. With reporting steady, only one part can grow.",
        "Start detection low (detection_rate=0.02) and let it grow (detection_trend=0.02), then check "
        "darkfigure.summary(...).",
    ],
    explanation=("With reporting steady, a growing detection rate (monitoring platforms, case linking) adds more and "
                 "more police-found cases, enough to outweigh a real fall: recorded cases rise while crime falls. A "
                 "campaign's rising counts can hide its own success."),
)

q5 = Question(
    id="q5",
    reads=("city", "truth_did"),
    judge=_city_judge,
    parts=[Part("the simulation matches the city's figures", 0.5, _city_part),
           Part("what the true number of incidents did", 0.5, _truth_part)],
    points=1,
    hints=[
        "Reporting: report_start=0.4 in month 1, and 0.30 in month 12. How many monthly steps lie between month 1 "
        "and month 12?",
        "The police find none (leave detection at 0); the recording rate does not matter, as it cancels out. Now "
        "try true_trend values, e.g. -0.01, 0 and 0.01, and watch darkfigure.summary(...) until records fall by 20%.",
        "recorded = true x reporting rate x recording rate: if the records fall by less than the reporting rate, "
        "what must the truth have done?",
    ],
    explanation=("Reporting falls by a quarter (0.40 to 0.30) but the records by only a fifth, so the truth must rise: "
                 "0.80 / 0.75 is about 1.07, about 7% more incidents over the year (true_trend about 0.006 a month). "
                 "The same recorded fall could come with a flat or a falling truth if reporting fell differently: "
                 "only a measure of reporting, such as a survey, tells which."),
)


# ----- q6: which data would separate the explanations (transfer: a crime type and sources the lesson's table does
# not list; the test is the same: does the source pass through the victim's decision to report?) ----------------
Q6_OPTIONS = ("a", "b", "c", "d")
q6 = Question(
    id="q6",
    reads=("best_source",),
    judge=choice("b", Q6_OPTIONS,
                 wrong={"a": "More years of the same records still mix the number of shops targeted with how many of "
                             "them went to the police: every recorded count depends on both.",
                        "c": "A judgement comes after a report, an investigation and a prosecution: a shop that never "
                             "went to the police is in none of them, so they fall with reporting too.",
                        "d": "A complaint to the regulator is again the shop's own decision to come forward: the shops "
                             "that stay away from the police for fear of a fine stay away from the regulator too."},
                 codes={"a": "more_of_same", "c": "after_reporting", "d": "another_reporting_channel"}),
    hints=["For each source ask: does a case get into it only if the targeted shop decides to come forward?"],
    explanation=("The platforms flag the pattern (bulk orders, then a complaint) in their own order data, whether or "
                 "not the shop goes to anyone, so their count moves with the number of shops targeted, not with "
                 "reporting. It is partial (moderation effort changes it), but it is the only one of the four that "
                 "does not pass through the victim's decision."),
)


# ----- q7: a written argument (recorded for the instructor: never marked on key words; its checkable
# part, which evidence would separate the explanations, is q6) -------------------------------
q7 = Question(
    id="q7",
    reads=("argument",),
    judge=recorded_text((30, 150), what="argument"),
    rubric=(
        "Does it say how a case comes to be recorded: a victim reports it, or the police find it?",
        "Does it explain why recorded cases could fall while the true number of incidents stays the same "
        "(less reporting, or less detection: the dark figure)?",
        "Does it name evidence that counts victims independently of the police (a repeated victimisation "
        "survey; to a lesser extent platform reports) and say how it would separate less crime from less reporting?",
    ),
    hints=[
        "How does a case come to be recorded? Name both routes: a victim's report, and the police finding it.",
        "Name a source that counts victims whether or not they reported.",
    ],
    explanation=("Recorded counts mix the true number of incidents with the share reported and the share the police "
                 "find. Only evidence that counts victims independently of the police (a survey; to a lesser extent "
                 "platform reports) separates them."),
    collect=True,
)


# ----- q8: what each kind of source can see (transfer: a source the lesson did not discuss, a helpline; the
# lesson's own example, distrust of the police, is the distractor a copied answer picks) ---------------------------
q8 = Question(
    id="q8",
    reads=("cannot_show",),
    judge=choice("b", ("a", "b", "c", "d"), wrong={
        "a": "A caller can say this to the helpline: thinking a loss too small for the police is a reason people "
             "give when they do talk to someone.",
        "c": "The release's list cannot show distrust because it is the police's account. A helpline is not the "
             "police: a caller can tell it that the police would do nothing. Ask who would have to tell whom.",
        "d": "A caller can say this to the helpline: having paid already is a reason people give when they do call.",
    }, codes={"a": "reason_a_caller_gives", "c": "source_is_not_police", "d": "reason_a_caller_gives"}),
    hints=["Whose reasons does the helpline's list hold? What would a person have to do for their reason to be in it?"],
    explanation=("A list of reasons holds only what people told its keeper. The helpline hears its callers; a victim "
                 "who tells no one is in no list kept by anyone they did not contact, which is why only a survey that "
                 "asks a random sample directly can reach them."),
)


# ----- q9: the dark figure of a county the lesson did not show (objective o3 with the model, round 14: o3 was
# assessed only by a letter and a written text). Made-up numbers, not statistics. The student must put both routes
# into the records (reports recorded, and cases the police find among the rest) to go back from a recorded count to
# the incidents that never entered the records. Every number is worked out from ``darkfigure.simulate`` inside the
# judge (no answer in a module name: test_no_closure_answer.py).
COUNTY_RECORDED = 560
COUNTY_REPORTING = 0.25  # share of victims who report
COUNTY_RECORDING = 0.8  # share of reports the police record
COUNTY_DETECTION = 0.1  # share of the incidents not reported-and-recorded that the police find


@lru_cache(maxsize=8)
def _county_share_recorded(reporting: float = COUNTY_REPORTING, recording: float = COUNTY_RECORDING,
                           detection: float = COUNTY_DETECTION) -> float:
    """The share of a month's incidents the county records, read off one simulated month of 1,000 incidents (the
    simulator's counts are expected values, so the share is kept: q9's answer, its parts and most of its slips ask
    for it in every judgement)."""
    month = darkfigure.simulate(months=1, true_start=1000, report_start=reporting, recording_rate=recording,
                                detection_rate=detection)
    return float(month["recorded"].iloc[0]) / 1000


def _county_dark(share: float) -> float:
    """The dark figure the county's 560 recorded cases imply when ``share`` of incidents is recorded."""
    return COUNTY_RECORDED / share - COUNTY_RECORDED


def _county_slips() -> list:
    n = COUNTY_RECORDED
    right_share = _county_share_recorded()
    reported_share = COUNTY_REPORTING * COUNTY_RECORDING
    return [
        Misconception("true_not_dark", "You gave {answer}: that is every incident, the 560 recorded ones among them. "
                      "The dark figure is the part that never entered the records: take the recorded cases away.",
                      lambda: n / _county_share_recorded(), rel_tol=0.005),
        Misconception("recorded_as_dark", "You gave {answer}: that is the recorded count itself, the part of the "
                      "incidents that is NOT dark.", n),
        Misconception("recorded_taken_as_true", "You gave {answer}: you took the 560 recorded cases as the true count "
                      "(true_start=560), so the simulator recorded a share of them. The 560 are what the records "
                      "show: the true count is the unknown, larger number whose recorded share is 560.",
                      lambda: [n - n * _county_share_recorded(), n * _county_share_recorded()], rel_tol=0.005),
        Misconception("reporting_rate_only", "You gave {answer}: that divides the recorded cases by the reporting rate "
                      "alone, as if every report were recorded and the police found nothing. Here 80% of reports are "
                      "recorded and the police find 10% of the rest: both change how many incidents lie behind 560.",
                      lambda: n / COUNTY_REPORTING - n, rel_tol=0.005),
        Misconception("police_finds_left_out", "You gave {answer}: that leaves out the cases the police find. Of the "
                      "incidents that never reach them as a recorded report, the police find 10% (detection_rate=0.1), "
                      "and those are among the 560 recorded cases.",
                      lambda: [_county_dark(reported_share), n / reported_share], rel_tol=0.005),
        Misconception("recording_left_out", "You gave {answer}: that treats every report as recorded. The police "
                      "record 80% of the reports they receive (recording_rate=0.8); a report they do not record stays "
                      "in the dark figure.", lambda: _county_dark(_county_share_recorded(recording=1.0)),
                      rel_tol=0.005),
        Misconception("detection_of_all_incidents", "You gave {answer}: the police's 10% was taken from every "
                      "incident (or from every unreported one). In the model it is a share of the incidents that do NOT reach the police as a "
                      "recorded report (what detection_rate means in help(darkfigure.simulate)).",
                      lambda: [_county_dark(reported_share + COUNTY_DETECTION),
                               _county_dark(reported_share + COUNTY_DETECTION * (1 - COUNTY_REPORTING))],
                      rel_tol=0.005),
        Misconception("dark_share_not_count", "You gave {answer}: that is the share of incidents that stay dark (1 "
                      "minus the share recorded), not how many incidents. The question asks for a number of incidents "
                      "last month.", lambda: [1 - right_share, 100 * (1 - right_share)], rel_tol=0.005),
        Misconception("recorded_share_not_count", "You gave {answer}: that is the share of incidents the county "
                      "records, not the number that never entered the records.",
                      lambda: [right_share, 100 * right_share], rel_tol=0.005),
        Misconception("found_cases_left_dark", "You gave {answer}: that is every incident minus the reports the "
                      "police recorded only. The cases the police found themselves are recorded too, so they are not "
                      "dark: take away every recorded case, found ones included.",
                      lambda: n / right_share - n / right_share * reported_share, rel_tol=0.005),
        Misconception("unreported_not_dark", "You gave {answer}: that is the incidents nobody reported. Some of them "
                      "the police found (so they are recorded), and some reports were not recorded (so they are "
                      "dark): the dark figure is every incident minus the recorded ones.",
                      lambda: (1 - COUNTY_REPORTING) * n / _county_share_recorded(), rel_tol=0.005),
    ]


@judge({**SLIP_CODES, **counted.DECLARED,
        "true_not_dark": "gave every incident (the true count) instead of those never recorded",
        "recorded_as_dark": "gave the recorded count as the dark figure",
        "recorded_taken_as_true": "took the recorded count as the true count (true_start = the recorded cases)",
        "reporting_rate_only": "divided by the reporting rate alone, leaving out recording and the police's finds",
        "police_finds_left_out": "left out the cases the police find themselves",
        "recording_left_out": "treated every report as recorded",
        "detection_of_all_incidents": "applied the police's detection rate to every incident, or to every unreported "
                                      "one, instead of to those not reported-and-recorded",
        "dark_share_not_count": "gave the share that stays dark, not a number of incidents",
        "recorded_share_not_count": "gave the share recorded, not a number of incidents",
        "unreported_not_dark": "gave the incidents nobody reported as the dark figure",
        "found_cases_left_dark": "took away only the recorded reports, leaving the cases the police found in the dark "
                                 "figure",
        "negative_count": "gave a negative number of incidents",
        "dark_figure_gives_another_count": "gave a dark figure whose true count the county's rates would record as "
                                           "another number than 560: the verdict says which, and which way"})
def _dark_figure_judge(value) -> Outcome:
    verdict = number(lambda: _county_dark(_county_share_recorded()), rel_tol=0.005, misconceptions=_county_slips(),
                     figures=no_release_figures)(value)
    if verdict.passed:
        share = _county_share_recorded()
        return correct(f"Of every 100 incidents the county records about {100 * share:.0f} (reports recorded plus "
                       f"the cases the police find), so {COUNTY_RECORDED} recorded cases stand for about "
                       f"{COUNTY_RECORDED / share:,.0f} incidents, and about {_county_dark(share):,.0f} of them never "
                       "entered the records. The rates come from a made-up survey: with other rates the same 560 "
                       "hide another dark figure.")
    if (verdict.misconception is None or verdict.misconception in GENERIC_CODES) and is_number(value) \
            and not isinstance(value, bool) and math.isfinite(float(value)) and float(value) < 0:
        return incorrect(f"You gave {plain_number(value)}: a number of incidents cannot be below zero. The dark figure "
                         "is every incident minus the recorded ones, and every incident is at least the 560 recorded.",
                         "negative_count")
    if (verdict.misconception is None or verdict.misconception in GENERIC_CODES) and is_number(value) \
            and not isinstance(value, bool) and 0 <= float(value) < 1e9:  # a huge number: the generic verdict
        share = _county_share_recorded()
        true = float(value) + COUNTY_RECORDED
        would = true * share
        return incorrect(f"You gave {plain_number(value)}: then every incident would be {plain_number(value)} + "
                         f"{COUNTY_RECORDED} = {true:,.0f}, and with the county's rates the model records "
                         f"{100 * share:.0f} in 100 of them, {would:,.0f} cases, not {COUNTY_RECORDED}: your dark "
                         f"figure is too {'high' if would > COUNTY_RECORDED else 'low'}. Run darkfigure.simulate with "
                         "the county's rates to find the share recorded.", "dark_figure_gives_another_count")
    return verdict


q9 = Question(
    id="q9",
    reads=("dark_figure",),
    judge=_dark_figure_judge,
    hints=[
        "darkfigure.simulate(months=1, true_start=1000, report_start=..., recording_rate=..., detection_rate=...) "
        "shows how many of 1,000 incidents the county would record.",
        "The model's counts grow in proportion to true_start: if 1,000 incidents give r recorded cases, how many "
        "incidents give 560?",
        "The dark figure is every incident minus the recorded ones.",
    ],
    explanation=("A case reaches the records by a recorded report or by the police finding it. With 25% reporting, 80% "
                 "of reports recorded and 10% of the rest found, 28 incidents in 100 are recorded, so 560 recorded "
                 "cases stand for 2,000 incidents, 1,440 of them dark. The dark figure is never observed: it is what a "
                 "model and its assumed rates imply."),
)


# ----- q10: count reasons by category and crime type (objective o1's counting, round 14: a "Try it" only) ----------
# A made-up helpline's coded calls (not statistics, written for the course), one row per caller: the student counts
# them by crime type and category, as the lesson counted the release's reasons, and finds the category most
# sextortion callers gave. Built so that each shortcut gives another answer: over every caller the top category is
# self_blame (5), and fear_of_exposure counts 4 over every crime type.
HELPLINE_CALLS = (
    ("sextortion", "fear_of_exposure"), ("trap_loan", "self_blame"), ("sextortion", "self_blame"),
    ("malicious_claim", "fear_of_own_punishment"), ("trap_loan", "intimidation"), ("sextortion", "fear_of_exposure"),
    ("trap_loan", "self_blame"), ("sextortion", "sunk_cost"), ("malicious_claim", "cost_exceeds_loss"),
    ("trap_loan", "fear_of_exposure"), ("sextortion", "self_blame"), ("trap_loan", "self_blame"),
    ("malicious_claim", "fear_of_own_punishment"), ("sextortion", "fear_of_exposure"),
)
HELPLINE_CRIME = "sextortion"


def helpline_calls() -> pd.DataFrame:
    """q10's table: a made-up helpline's callers (one row each), with the crime type and the category of the reason
    each gave for not going to the police."""
    return pd.DataFrame(HELPLINE_CALLS, columns=["crime_type", "category"],
                        index=pd.RangeIndex(1, len(HELPLINE_CALLS) + 1, name="caller"))


def _helpline_counts() -> tuple[pd.Series, pd.Series]:
    """(categories among the asked crime's callers, categories among every caller), most first."""
    calls = helpline_calls()
    return calls.loc[calls["crime_type"] == HELPLINE_CRIME, "category"].value_counts(), calls["category"].value_counts()


def _top_category_judge():
    among, every = _helpline_counts()
    top, overall = among.index[0], every.index[0]
    others = (f"Count the {HELPLINE_CRIME} callers' categories (filter the crime type, then .value_counts()): another "
              "category is given by more of them.", "not_the_top_category")
    return codes_first(choice(top, categories(), wrong={
        overall: f"{overall} is the category most callers gave over every crime type ({every[overall]}); among the "
                 f"{HELPLINE_CRIME} callers alone it is given by {among.get(overall, 0)}. Keep only the "
                 f"{HELPLINE_CRIME} rows before counting."},
        codes={overall: "every_crime_type_counted"}, otherwise=others), codebook_labels)


def _top_count_judge():
    among, every = _helpline_counts()
    top = among.index[0]
    callers = int(among.sum())
    return number(int(among.iloc[0]), figures=no_release_figures, misconceptions=[
        Misconception("every_crime_type_counted", "You gave {answer}: that is how many callers gave the most common "
                      f"category over every crime type; count only the {HELPLINE_CRIME} callers.", int(every.iloc[0])),
        Misconception("category_over_all_types", f"You gave {{answer}}: that is how many callers of every crime type "
                      f"gave {top}; count only the {HELPLINE_CRIME} callers who gave it.", int(every[top])),
        Misconception("callers_not_category", f"You gave {{answer}}: that is every {HELPLINE_CRIME} caller; the "
                      "question asks how many of them gave the top category.", callers),
        Misconception("all_rows", "You gave {answer}: that is every caller in the table, not a count by category.",
                      len(HELPLINE_CALLS)),
        Misconception("share_not_count", f"You gave {{answer}}: that is a share of the {HELPLINE_CRIME} callers; the "
                      "question asks how many callers.", [among.iloc[0] / callers, 100 * among.iloc[0] / callers],
                      rel_tol=0.01),
        Misconception("second_category", f"You gave {{answer}}: that is the second most common category among the "
                      f"{HELPLINE_CRIME} callers.", int(among.iloc[1])),
    ])


_top_category = _top_category_judge()
_top_count = _top_count_judge()


_PAIR_CODES = {"other_crime_counted": f"counted another crime type's callers (kept its rows), not the "
                                     f"{HELPLINE_CRIME} callers'",
               "labels_not_label": "gave the counts' labels (an Index, what .index or .index[:1] gives) where the top "
                                   "label itself is asked"}


def _index_given(value) -> Outcome | None:
    """Round 15 (C4): the labels of the counts given as an Index (``value_counts().index[:1]``, ``.index``), where the
    top label is asked: one label is the value left in its container (the engine's one_value_in_a_series, with the
    fix for an Index); several are the counts' order, not an answer. None for anything else."""
    if isinstance(value, pd.Index) and not isinstance(value, pd.MultiIndex):
        what, gives = "a pandas Index", ".index[:1]"
    elif isinstance(value, pd.api.extensions.ExtensionArray) or (type(value).__name__ == "ndarray"
                                                                  and getattr(value, "ndim", 0) == 1):
        what, gives = "an array", ".index.values[:1]"  # the labels as .values or .to_numpy() give them
        if not all(isinstance(label, str) for label in list(value)[:20]):
            return None
    else:
        return None
    labels = [str(label) for label in list(value)[:4]]
    if len(value) == 1:
        return wrong_type(Problem(f"You gave {what} holding one label ({labels[0]!r}), what {gives} gives; "
                                  "this question wants the label itself, as text: take it out with .index[0] (or use "
                                  ".idxmax() on the counts).", ONE_VALUE_IN_A_SERIES))
    if not labels:
        return None
    shown = ", ".join(repr(label) for label in labels) + (", ..." if len(value) > 4 else "")
    return incorrect(f"You gave {what} of {len(value)} labels ({shown}), the counts' labels in order; this "
                     "question wants the one label at the top, as text: .index[0] (or .idxmax() on the counts).",
                     "labels_not_label")


def _category_by_its_count(category, count) -> Outcome | None:
    """A wrong category read with the count given beside it: which callers' count it is says which rows were kept
    (review round 14, FINAL: (self_blame, 2) is the sextortion callers' second category, their rows kept right, and
    (self_blame, 3) the trap-loan callers' own count; both were told to 'keep only the sextortion rows'). None when
    the count is no count of that category's callers, or counts it over every caller (the category's own message)."""
    calls = helpline_calls()
    if not isinstance(category, str) or category not in set(calls["category"]) or not is_number(count) \
            or isinstance(count, bool):
        return None
    among, _ = _helpline_counts()
    top = among.index[0]
    if category == top:
        return None
    given = calls[calls["category"] == category]["crime_type"].value_counts()
    if close(count, among.get(category, 0), rel_tol=0, abs_tol=1e-9) and category in among.index:
        return incorrect(f"{category} is given by {among[category]} of the {HELPLINE_CRIME} callers, so you kept the "
                         f"right rows; but {top} is given by more of them ({among[top]}). Take the largest count "
                         "(.idxmax(), or the first row of .value_counts()).", "not_the_top_category")
    for crime, n in given.items():  # that crime's own top category and its count: its rows kept, not the asked ones
        theirs = calls.loc[calls["crime_type"] == crime, "category"].value_counts()
        if crime != HELPLINE_CRIME and theirs.index[0] == category and theirs.iloc[1] < n \
                and close(count, n, rel_tol=0, abs_tol=1e-9):
            return incorrect(f"{category} with {n}: that is how many {crime} callers gave it, so the rows you counted "
                             f"were the {crime} callers'. Keep the rows whose crime_type is '{HELPLINE_CRIME}'.",
                             "other_crime_counted")
    return None


@judge({**_top_category.misconceptions, **_top_count.misconceptions, **_PAIR_CODES})
def _helpline_judge(top_category, top_count) -> Outcome:
    if is_placeholder(top_category) and is_placeholder(top_count):
        return not_attempted()
    first = _top_category_of(top_category, top_count)
    if not first.passed:
        return type(first)(first.status, f"top_category: {first.message}", first.misconception)
    second = _top_count(top_count)
    if not second.passed:
        return type(second)(second.status, f"top_count: {second.message}", second.misconception)
    among, every = _helpline_counts()
    top, overall = among.index[0], every.index[0]
    said = (f"{top}: {int(among.iloc[0])} of the {int(among.sum())} {HELPLINE_CRIME} callers gave it. Over every "
            f"caller {overall} comes first; split by crime type, each crime has its own reasons, as the release's "
            "did.")
    notes = " ".join(m for m in (first.message, "" if second.message.endswith(" is right.") else second.message) if m)
    return correct(f"{said} {notes}".strip())


def _top_category_of(value, count=None) -> Outcome:
    """q10's category, also read from a (crime type, category) pair, what .idxmax() gives on counts grouped by both:
    the sextortion pair is read as its category (noted); another crime type's pair is that crime's, not the asked one."""
    if (as_index := _index_given(value)) is not None:
        return as_index
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value) \
            and value[0] in set(helpline_calls()["crime_type"]):
        crime, category = value
        if crime != HELPLINE_CRIME:
            return incorrect(f"You gave the pair {value!r}: a category of the {crime} callers (.idxmax() over every "
                             f"crime type's pairs picks one of any crime). The question asks about the {HELPLINE_CRIME} "
                             f"callers: keep their rows, or read the {HELPLINE_CRIME} rows of the grouped counts.",
                             "other_crime_counted")
        verdict = _top_category(category)
        note = f"(Read the pair {value!r} as its category, {category!r}: store the category alone.)"
        if not verdict.passed:
            return _category_by_its_count(category, count) or verdict
        return type(verdict)(verdict.status, f"{verdict.message} {note}".strip(), verdict.misconception)
    verdict = _top_category(value)
    return verdict if verdict.passed else _category_by_its_count(value, count) or verdict


@judge({**_top_category.misconceptions, **_PAIR_CODES})
def _helpline_category_part(top_category, top_count=None) -> Outcome:
    return _top_category_of(top_category, top_count)


@judge(_top_count.misconceptions)
def _helpline_count_part(top_category, top_count) -> Outcome:
    return _top_count(top_count)


q10 = Question(
    id="q10",
    reads=("top_category", "top_count"),
    judge=_helpline_judge,
    parts=[Part("the category most sextortion callers gave", 0.5, _helpline_category_part),
           Part("how many of them gave it", 0.5, _helpline_count_part)],
    points=1,
    hints=["Keep the rows whose crime_type is 'sextortion', then count their categories with .value_counts().",
           "Or count every pair at once: helpline.groupby(['crime_type', 'category']).size(), and read the "
           "sextortion rows."],
    explanation=("Counted over every caller, self-blame comes first; among the sextortion callers alone, fear of "
                 "exposure does. A count by category means little until it is split by crime type, as the lesson's "
                 "chart split the release's reasons."),
)


# ----- in-lesson "your turn" checks (practice, not graded) ---------------------------------
yt1 = Question(
    id="yt1",
    reads=("my_codes",),
    judge=codes_in_mapping(mapping(sealed.labels_finder(sealed.Key("04/yt1"), tuple(YT1_STATEMENTS), categories()), labels=categories(), label_kind="codebook's category codes",
                  described=lambda label: _described(label), misconceptions={
        "P1": _coded("P1", "the messages and the slip are gone and the law is unclear to them: the problem is "
                           "evidence and legal awareness.",
                     self_blame=("evidence_vs_self_blame", "It is not blame.")),
        "P2": _coded("P2", "the seller fears a fine for their own mislabelled box, a penalty for their own fault.",
                     fear_of_exposure=("own_fault_vs_exposure", "It is not private information being disclosed.")),
    }), codebook_labels),
    hints=["Read each statement, then the codebook's descriptions: what stops this person going to the police?"],
    solution_code="my_codes = {'P1': 'weak_evidence', 'P2': 'fear_of_own_punishment'}",
    explanation=("P1 has lost the evidence and does not know the law (weak_evidence, like R09 in the release); P2 "
                 "fears a penalty for their own fault (fear_of_own_punishment, like R10)."),
)

yt2 = Question(
    id="yt2",
    reads=("closest",),
    judge=codes_first(choice("intimidation", categories(), wrong={
        "fear_of_exposure": "Exposure is about private information being disclosed. Reprisal is harm the offenders "
                            "do because the victim went to the police.",
        "fear_of_own_punishment": "That is a penalty from the authorities for the victim's own fault; reprisal "
                                  "comes from the offenders.",
    }, codes={"fear_of_exposure": "exposure_as_reprisal", "fear_of_own_punishment": "punishment_as_reprisal"},
        # any other category: one message, so no map lists every category with the answer among them (#19)
        otherwise=("Reprisal is harm from the offenders, done because the victim went to the police. Which category "
                   "is about the offenders' threats?", "not_about_offenders")), codebook_labels),
    hints=["Who would harm the victim in a reprisal, and which category is about fear of the offenders?"],
    solution_code="closest = 'intimidation'",
    explanation="Intimidation (being frightened by the offenders' threats) is the release's counterpart of fear of reprisal.",
)

yt3 = Question(
    id="yt3",
    reads=("why_rise",),
    judge=choice("c", ("a", "b", "c", "d"), wrong={
        "a": "The truth is flat in this scenario: look at the `true` column.",
        "b": "The share reporting is flat here: only one of the model's rates changes.",
        "d": "The recording rate is fixed in this scenario; what grows is another rate.",
    }, codes={"a": "more_crime", "b": "more_reporting", "d": "recording_not_detection"}),
    hints=["Compare the columns `reported` and `found_by_police` in months 0, 5 and 11."],
    solution_code="why_rise = 'c'",
    explanation="Only the detection rate grows: monitoring platforms and case linking find cases nobody reported.",
)


# yt4's set-up differs from the simulator's "real fall hidden by rising reporting" scenario (the widget's menu shows
# its report_trend), so the answer must be found, not read off a slider.
YT4_SETUP = dict(months=12, true_start=1000, true_trend=-0.02, report_start=0.30, recording_rate=0.9)


def _level_changes(report_trend: float) -> tuple[float, float]:
    """Changes in true and recorded cases over yt4's 12 months when the truth falls 2% a month."""
    trial = darkfigure.simulate(**YT4_SETUP, report_trend=float(report_trend))
    return _change(trial["true"]), _change(trial["recorded"])


@judge({"wrong_sign": "made reporting fall, so the records fall faster than the truth",
        "steady_reporting": "kept reporting steady, so the records fall with the truth",
        "too_slow": "raised reporting too slowly to hide the fall",
        "overshoot": "raised reporting so fast that recorded cases rise",
        "points_as_number": "gave percentage points as a number (1 for 0.01)",
        "trend_out_of_range": "gave a report_trend the simulator refuses (the share would leave 0 to 1)"})
def _level_trend_judge(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if not is_number(value):
        return wrong_type(f"You gave {describe(value)}; give the report_trend as a number, e.g. 0.02.")
    try:
        true_change, change = _level_changes(value)
    except ValueError as problem:
        return wrong_type(Problem(f"simulate() refused that report_trend: {problem} A report_trend is a change in the "
                                  "share per month, a small fraction such as 0.005.", "trend_out_of_range"))
    trend = float(value)
    if trend >= 0.5 and abs(_level_changes(trend / 100)[1]) <= 0.05:
        return incorrect(f"{trend:g} looks like percentage points: one percentage point a month is 0.01 as a "
                         f"report_trend. Try {trend / 100:g}.", "points_as_number")
    if abs(change) <= 0.05:
        return correct(f"With report_trend={trend:g} recorded cases change by {change:+.0%} over the year while the "
                       f"truth falls by {abs(true_change):.0%}: a real fall hidden by rising reporting.")
    if trend < 0:
        return incorrect(f"With report_trend={trend:g} the share reporting falls, so recorded cases fall by "
                         f"{abs(change):.0%}, faster than the truth. Reporting must rise.", "wrong_sign")
    if trend == 0:
        return incorrect(f"With steady reporting recorded cases fall with the truth ({change:+.0%}). Make reporting "
                         "rise.", "steady_reporting")
    if change < 0:
        return incorrect(f"Recorded cases still fall by {abs(change):.0%}: raise reporting a little faster.",
                         "too_slow")
    return incorrect(f"Recorded cases now rise by {change:.0%}: reporting rises too fast. Try a smaller "
                     "report_trend.", "overshoot")


yt4 = Question(
    id="yt4",
    reads=("level_trend",),
    judge=_level_trend_judge,
    hints=["Try a few values with darkfigure.simulate(...) and darkfigure.summary(...): start at 0 and go up "
           "in small steps such as 0.005."],
    solution_code="level_trend = 0.007",
    explanation=("About 0.7 of a percentage point more reporting each month cancels a 2% monthly fall in the truth. "
                 "A campaign that encourages reporting can look like a failure in the recorded figures."),
)


# yt5: the other way round from the lesson's cells (which divide a count by a borrowed rate): a made-up estimate of
# the true incidents is given, and the student finds the reporting rate it assumes, then sets it beside the borrowed
# rates. Made-up numbers, not statistics.
YT5_RECORDED = 200
YT5_ESTIMATE = 1600


def _assumed_rate_slips() -> list:
    rate = YT5_RECORDED / YT5_ESTIMATE
    total = YT5_ESTIMATE + YT5_RECORDED
    low_rate, high_rate = rate_range()
    return [Misconception("inverted", f"You gave {{answer}}: that is {YT5_ESTIMATE:,} / {YT5_RECORDED}, incidents per recorded case; the "
                          "rate is recorded / true, a share below 1.", YT5_ESTIMATE / YT5_RECORDED),
            Misconception("percent_rate", "You gave {answer}: that is the rate as a percentage; give it as a share between 0 and 1.",
                          rate * 100),
            Misconception("unreported_share", "You gave {answer}: that is the share NOT reported (1 minus the rate); the question asks "
                          "for the share that is reported.", 1 - rate, rel_tol=0.006),  # 0.88
            Misconception("recorded_added", f"You gave {{answer}}: you added the {YT5_RECORDED} recorded cases to the {YT5_ESTIMATE:,}: the "
                          "estimate is of all incidents, the recorded ones among them.",
                          YT5_RECORDED / (YT5_ESTIMATE + YT5_RECORDED), rel_tol=0.012),  # read as rounded: 0.111, 0.11
            Misconception("borrowed_rate", "You gave {answer}: that is one of the borrowed online rates; the question asks which rate the "
                          "town's own estimate assumes.", [low_rate, high_rate]),
            # round 11: two slips at once, each said (1,600 / 1,800 was "too high, check the figures")
            *[Misconception("two_slips_at_once", f"You gave {{answer}}: that is {what}: two slips at once. The {YT5_ESTIMATE:,} is the "
                            f"estimate of ALL incidents, the {YT5_RECORDED} recorded ones among them, so nothing is "
                            f"added to it; {fix}", value, rel_tol=0.004)  # read as rounded: 0.889, 11.1
              for what, fix, value in (
                  (f"{YT5_ESTIMATE:,} / {total:,}, the share NOT reported after adding the {YT5_RECORDED} recorded cases "
                   f"to the estimate ({total:,})", "and the rate is the share that IS reported.", 1 - YT5_RECORDED / total),
                  (f"{total:,} / {YT5_RECORDED}, the estimate with the recorded cases added ({total:,}), per recorded case",
                   "and the rate is recorded / true, a share below 1.", total / YT5_RECORDED),
                  (f"{YT5_RECORDED} / {total:,} as a percentage, after adding the recorded cases to the estimate",
                   "and the rate is asked as a share between 0 and 1.", 100 * YT5_RECORDED / total),
                  (f"{total:,} / {YT5_ESTIMATE:,}, the estimate with the recorded cases added over the estimate",
                   "and the rate is recorded / true, a share below 1.", total / YT5_ESTIMATE))],
            Misconception("unreported_percent", "You gave {answer}: that is the share NOT reported, as a percentage (100 minus the rate "
                          "in percent); the question asks for the share that IS reported, between 0 and 1.",
                          100 * (1 - rate))]


@judge({**SLIP_CODES, "inverted": "gave incidents per recorded case (true / recorded) instead of the rate",
        "percent_rate": "gave the rate as a percentage",
        "unreported_share": "gave the share not reported",
        "recorded_added": "added the recorded cases to an estimate that already contains them",
        "borrowed_rate": "gave a borrowed rate instead of the one the estimate assumes",
        "unreported_count": "gave the number of incidents nobody reported where a rate is asked",
        "two_slips_at_once": "added the recorded cases to the estimate AND gave the share not reported, the ratio "
                             "upside down or a percentage: the verdict says both",
        "unreported_percent": "gave the share not reported, as a percentage",
        "rate_not_a_share": "gave a number above 1 that no slip explains, where a share between 0 and 1 is asked",
        "rate_gives_another_estimate": "gave a share that does not give back the estimate (recorded / rate is another "
                                       "count): the verdict says which count and which way the rate is off",
        **counted.DECLARED})
def _assumed_rate_judge(value) -> Outcome:
    verdict = number(YT5_RECORDED / YT5_ESTIMATE, rel_tol=0.01, misconceptions=_assumed_rate_slips(),
                     figures=no_release_figures)(value)
    if verdict.passed:
        low_rate, high_rate = rate_range()
        return correct(f"{YT5_RECORDED} / {YT5_ESTIMATE:,} = {YT5_RECORDED / YT5_ESTIMATE:.3f}: the estimate assumes "
                       f"that one victim in eight reports, inside the borrowed online rates ({low_rate:.1%} to "
                       f"{high_rate:.1%}). Being inside them does not make it right: they were measured elsewhere.")
    if verdict.misconception is None or verdict.misconception in GENERIC_CODES:  # another pair of the three counts
        C = counted.Count
        recorded, estimate = C("recorded cases", YT5_RECORDED), C("incidents the report estimates", YT5_ESTIMATE)
        unreported = C("incidents nobody reported (the estimate minus the recorded cases)", YT5_ESTIMATE - YT5_RECORDED)
        named = counted.verdict(value, [counted.count("unreported_count", unreported),
                                        *counted.ratios(counted.OTHER_RATIO, (recorded, estimate, unreported),
                                                        (recorded, estimate))],
                                asked="the recorded cases divided by the incidents the estimate says lie behind them",
                                target=YT5_RECORDED / YT5_ESTIMATE)
        return named or _estimate_it_implies(value) or verdict
    return verdict


def _estimate_it_implies(value) -> Outcome | None:
    """A share no slip explains, checked the way the lesson's cells use a rate (round 13 holdout: 0.2 was told "too
    high" and nothing more): the true count the student's rate gives back for the recorded cases, set beside the
    estimate, so the verdict says which way the rate is off and by how much, with the student's own figure."""
    if not is_number(value) or isinstance(value, bool) or not 0 < float(value) < 1e9:
        return None
    rate = float(value)
    if rate > 1:
        return incorrect(f"You gave {plain_number(rate)}: a reporting rate is a share between 0 and 1, the recorded "
                         f"cases over the incidents behind them, and {plain_number(rate)} is larger than 1 (more "
                         "reports than incidents). Divide the recorded cases by the estimate.", "rate_not_a_share")
    implied = YT5_RECORDED / rate
    direction = "high" if implied < YT5_ESTIMATE else "low"
    return incorrect(f"You gave {plain_number(rate)}: at that rate the {YT5_RECORDED} recorded cases would stand for "
                     f"{YT5_RECORDED} / {plain_number(rate)} = {implied:,.0f} incidents, but the report says about "
                     f"{YT5_ESTIMATE:,}, so your rate is too {direction}. The rate the estimate assumes is the one that "
                     f"gives back its {YT5_ESTIMATE:,}: recorded = true x rate.", "rate_gives_another_estimate")


yt5 = Question(
    id="yt5",
    reads=("assumed_rate",),
    judge=_assumed_rate_judge,
    hints=["recorded = true x reporting rate (every report recorded): which of the three do you know, and which is "
           "left to find?"],
    solution_code="assumed_rate = 200 / 1600",
    explanation=("Reported = true x rate, so rate = reported / true = 200 / 1,600 = 0.125. An estimate of the true count "
                 "is always an assumed reporting rate in disguise: ask which rate, and where it was measured."),
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5]

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10]
