"""Lesson 04 questions: why victims under-report, and what that does to the figures.

Expected values come from data/ through ``netcrime.data`` and from the model in
``netcrime.darkfigure``, never typed here.
"""
from __future__ import annotations

import math

import pandas as pd

from .. import darkfigure, data
from .compare import (DUPLICATED_COLUMN, DUPLICATED_COLUMN_DESCRIPTION, Misconception, choice, duplicated_columns,
                      mapping, number)
from .judge import judge
from .outcome import MISSING_COLUMN, Outcome, Problem, correct, incorrect, not_attempted, wrong_type
from .question import Question
from .parts import Part, each_item
from .slips import SLIP_CODES
from .written import recorded_text
from .values import close, describe, is_number, is_placeholder

# q1: eight new statements, fictional and written for the course, whose categories are stored
# nowhere in data/: the student must read and classify them (the release's own reasons, with
# their categories, are in the lesson). The prompt prints the statements (solutions notebook);
# the categories a careful reader gives them are here, with the clue that decides each. The statements
# are not in the codebook's order, so pairing N1-N8 with the codebook's rows in turn earns nothing.
NEW_STATEMENT_CODES = {
    "N1": "sunk_cost",
    "N2": "weak_evidence",
    "N3": "intimidation",
    "N4": "fear_of_own_punishment",
    "N5": "self_blame",
    "N6": "fear_of_exposure",
    "N7": "cost_exceeds_loss",
    "N8": "flight",
}

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
YT1_CODES = {"P1": "weak_evidence", "P2": "fear_of_own_punishment"}

# q3: a made-up recorded count for practice (not a statistic), and the survey rows it uses.
PRACTICE_RECORDED = 120
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


def rate_range() -> tuple[float, float]:
    shares = online_rates()["share_reported"]
    return float(shares.min()), float(shares.max())


def expected_true_range() -> tuple[float, float]:
    low_rate, high_rate = rate_range()
    return PRACTICE_RECORDED / high_rate, PRACTICE_RECORDED / low_rate


# ----- q1: coding statements the lesson did not show ---------------------------------------
_q1_mapping = mapping(dict(NEW_STATEMENT_CODES), labels=categories(), label_kind="codebook's category codes",
                      misconceptions={
            "N1": ("sunk_cost_vs_cost", "N1: the money is already gone; he compares nothing with the time it "
                                        "would take. Which category is about having already paid?"),
            "N2": ("evidence_vs_self_blame", "N2: the chats are gone and they did not know what the law lets them "
                                             "ask for: the problem is evidence and legal awareness, not blame."),
            "N3": ("intimidation_missed", "N3: what changed between her statement and its withdrawal? The "
                                          "collectors' pressure on her and her family."),
            "N4": ("own_fault_vs_exposure", "N4: the worry is a fine for the shop's own borrowed photos, a penalty "
                                            "for the owner's own fault, not private information being disclosed."),
            "N5": ("self_blame_missed", "N5: they see their lateness as the cause of what is happening to "
                                        "them (the charges added since are the gang's doing, not theirs). Which "
                                        "category is about the victim believing they are at fault?"),
            "N6": ("exposure_vs_own_fault", "N6: the fear is of what others would see (the recording), not of a "
                                            "penalty for something they did wrong."),
            "N7": ("cost_vs_sunk_cost", "N7: nothing is paid yet; they weigh three trips to the station against "
                                        "a 200-yuan demand."),
            "N8": ("flight_missed", "N8: he did not decide anything about the police; he is simply out of reach."),
        })

q1 = Question(
    id="q1",
    reads=("codes",),
    judge=_q1_mapping,
    parts=each_item(tuple(NEW_STATEMENT_CODES), NEW_STATEMENT_CODES, _q1_mapping, 0.25),  # a quarter point each
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
SOURCE_CODES = {"W1": "survey", "W2": "survey", "W3": "police", "W4": "police", "W5": "survey"}
SOURCE_LABELS = ("police", "survey")

_q2_mapping = mapping(dict(SOURCE_CODES), labels=SOURCE_LABELS, label_kind="two sources ('police' or 'survey')",
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
    parts=each_item(tuple(SOURCE_CODES), SOURCE_CODES, _q2_mapping, 0.2),  # a fifth of a point each
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
def _pair_judge():
    low_judge = number(lambda: expected_true_range()[0], rel_tol=1e-3)
    high_judge = number(lambda: expected_true_range()[1], rel_tol=1e-3)
    checks = [
        ("multiplied",
         "You multiplied the recorded count by the reporting rate. Recorded = true x rate, so to go back "
         "from recorded to true you divide by the rate; the answer must be larger than the recorded count.",
         lambda: (PRACTICE_RECORDED * rate_range()[0], PRACTICE_RECORDED * rate_range()[1])),
        ("percent_as_fraction",
         "You divided by the rate written as a percentage (e.g. 16 instead of 0.16). Rates in the data are fractions.",
         lambda: (PRACTICE_RECORDED / (rate_range()[1] * 100), PRACTICE_RECORDED / (rate_range()[0] * 100))),
        ("swapped",
         "Your two numbers are swapped: the highest reporting rate gives the lowest estimate of true incidents.",
         lambda: tuple(reversed(expected_true_range()))),
    ]

    @judge({**low_judge.misconceptions, **{code: message for code, message, _ in checks}})  # inner slips too
    def pair(low, high) -> Outcome:
        if is_placeholder(low) or is_placeholder(high):
            return not_attempted()
        if is_number(low) and is_number(high):
            given = (float(low), float(high))
            for code, message, pair in checks:
                wrong = pair()
                if code == "swapped":
                    recognised = all(close(g, w, rel_tol=1e-3) for g, w in zip(given, wrong))
                else:  # either number made the mistake
                    recognised = any(close(g, w, rel_tol=1e-3) for g in given for w in wrong)
                if recognised:
                    return incorrect(message, code)
        first = low_judge(low)
        if not first.passed:
            return type(first)(first.status, f"true_low: {first.message}", first.misconception)
        second = high_judge(high)
        if not second.passed:
            return type(second)(second.status, f"true_high: {second.message}", second.misconception)
        return correct("Both ends of the range are right. They show how wide the borrowed rates leave the answer; "
                       "they are not a bound, and the true count could lie outside them.")

    return pair


q3 = Question(
    id="q3",
    reads=("true_low", "true_high"),
    judge=_pair_judge(),
    points=2,
    hints=[
        "Filter victim_reporting_rates() with .isin([...]) on crime_category, then take .min() and .max() "
        "of share_reported.",
        "recorded = true x reporting rate, so true = recorded / reporting rate.",
        "A high reporting rate means few incidents go unreported, so it gives the LOW end of the range.",
    ],
    explanation=("Dividing the recorded count by the highest and by the lowest reporting rate gives the range. "
                 "It is not a bound: the rates come from other countries, other crimes and other victims (Wolak and "
                 "Finkelhor's respondents were mostly young women threatened for images or sex; the English rates are "
                 "for fraud and computer misuse). The mismatch is the point: no measured rate fits Chinese 'naked "
                 "chat' extortion, and police detection would make the range smaller."),
)


# ----- q4 and q5: producing a pattern with the simulator -----------------------------------
FRAME_PROBLEMS = {  # codes _frame_problem can report, for both simulator questions
    DUPLICATED_COLUMN: DUPLICATED_COLUMN_DESCRIPTION,
    "too_short": "simulated fewer than 6 months",
    "recorded_above_true": "recorded more cases than there were incidents",
    "zero_start": "started the truth at zero",
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
        return wrong_type("The columns 'true' and 'recorded' have missing values. Store what simulate(...) returns.")
    if (recorded > true + 1e-9).any():
        return incorrect("Recorded cases exceed true incidents in some month, which the model cannot produce: "
                         "rates are fractions between 0 and 1.", "recorded_above_true")
    if float(true.iloc[0]) <= 0:
        return incorrect("True incidents start at zero; start from a positive number such as 1000.", "zero_start")
    return None


def _change(column: pd.Series) -> float:
    first = float(column.iloc[0])
    return (float(column.iloc[-1]) - first) / first if first else 0.0


@judge({
    "real_decline": "made the truth fall as well",
    "wrong_sign": "made reporting rise instead of fall",
    "recorded_flat": "left the reporting rate steady",
    **FRAME_PROBLEMS,
        })
def _flat_truth_judge(value) -> Outcome:
    problem = _frame_problem(value, "flat_truth")
    if problem is not None:
        return problem
    true_change, recorded_change = _change(value["true"]), _change(value["recorded"])
    if true_change < -0.01:
        return incorrect("True incidents fall too, so this is a real decline, not one produced by reporting. "
                         "Keep the truth flat: true_trend=0.", "real_decline")
    if abs(true_change) > 0.01:
        return incorrect("True incidents change; the question asks for a flat truth (true_trend=0).", "truth_not_flat")
    if recorded_change > 0.01:
        return incorrect("Recorded cases rise. A falling share of victims reporting needs a negative report_trend.",
                         "wrong_sign")
    if recorded_change > -0.10:
        return incorrect("Recorded cases do not fall (by at least 10%). With a flat truth, records fall only when "
                         "the share reported (or recorded) falls: make report_trend negative.", "recorded_flat")
    return correct(f"True incidents stay flat while recorded cases fall by {abs(recorded_change):.0%}: "
                   "a 'continued decline' produced by reporting alone.")



# q5: a made-up city and a made-up survey (not statistics): reproduce both with the simulator, then say what the
# truth did. The lesson showed a flat truth with falling reporting and a falling truth hidden by rising reporting;
# here the records fall by less than reporting does, so the truth must have risen: a recorded fall hiding a rise.
CITY_MONTHS = 12
CITY_REPORT_FIRST, CITY_REPORT_LAST = 0.40, 0.30  # share of victims reporting in month 1 and month 12
CITY_RECORDED_CHANGE = -0.20  # recorded cases, month 12 against month 1
CITY_TOLERANCE = 0.01  # on the recorded change (19% to 21% pass)
RATE_TOLERANCE = 0.005  # on the first and last reporting rates


def city_true_change() -> float:
    """What the truth does over the year if the city's figures hold: recorded = true x rate, so the
    truth's ratio is the records' ratio divided by the reporting rate's ratio."""
    return (1 + CITY_RECORDED_CHANGE) / (CITY_REPORT_LAST / CITY_REPORT_FIRST) - 1


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
        return wrong_type("The columns 'reporting_rate' and 'detection_rate' have missing values. Store what "
                          "simulate(...) returns.")
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


@judge({**CITY_PROBLEMS, **FRAME_PROBLEMS, **_truth_choice.misconceptions})
def _city_judge(city, truth_did) -> Outcome:
    if is_placeholder(city) and is_placeholder(truth_did):
        return not_attempted()
    problem = _city_problem(city)
    if problem is not None:
        return type(problem)(problem.status, f"city: {problem.message}", problem.misconception)
    verdict = _truth_choice(truth_did)
    if not verdict.passed:
        return type(verdict)(verdict.status, f"truth_did: {verdict.message}", verdict.misconception)
    return correct(f"Your simulation matches the city: the share reporting falls from 40% to 30% and recorded cases "
                   f"by 20%, while true incidents rise by {_change(city['true']):.0%}. A falling record can hide "
                   "rising crime: without the survey, the records alone would have told the opposite story.")


@judge({**CITY_PROBLEMS, **FRAME_PROBLEMS})
def _city_part(city, truth_did=None) -> Outcome:
    problem = _city_problem(city)
    return problem if problem is not None else correct()


@judge(_truth_choice.misconceptions)
def _truth_part(city, truth_did) -> Outcome:
    return _truth_choice(truth_did)


q4 = Question(
    id="q4",
    reads=("flat_truth",),
    judge=_flat_truth_judge,
    hints=[
        "Which parameter controls the truth? Set true_trend=0.",
        "Recorded = true x reporting rate x recording rate. With the truth flat, something else must fall.",
        "Try report_start=0.4 and a negative report_trend such as -0.02.",
    ],
    explanation=("With true_trend=0 the truth is flat; a falling reporting rate alone makes recorded cases fall "
                 "month after month. A 'continued decline' in recorded cases is what this looks like."),
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


# ----- q6: which data would separate the explanations --------------------------------------
Q6_OPTIONS = ("a", "b", "c", "d")
q6 = Question(
    id="q6",
    reads=("best_source",),
    judge=choice("b", Q6_OPTIONS,
                 wrong={"a": "More of the same records still mixes crime, reporting and police detection: every "
                             "recorded count depends on all three.",
                        "c": "Apprehensions measure police activity, not how many people were victimised.",
                        "d": "Reminders measure what the police did, not how many people were victimised."},
                 codes={"a": "more_of_same", "c": "activity_as_crime_level", "d": "activity_as_crime_level"}),
    hints=["Which source counts victims whether or not they went to the police?"],
    explanation=("A victimisation survey asks people directly, so it counts the incidents nobody reported, and its "
                 "question 'did you tell the police?' measures the reporting rate itself."),
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


# ----- q8: what each kind of source can see ------------------------------------------------
q8 = Question(
    id="q8",
    reads=("cannot_show",),
    judge=choice("b", ("a", "b", "c", "d"), wrong={
        "a": "Nothing in the release limits its reasons to serious cases; and a victim who thinks a case too "
             "small usually never meets the police at all, which is the point of the right answer.",
        "c": "Nothing in the lesson says so, and it would be a claim about millions of people with no evidence. "
             "The reason is where the list comes from, not what victims in China think.",
        "d": "Reasons do differ between countries, but that does not explain why this one cannot appear: ask who "
             "would have to tell whom.",
    }, codes={"a": "severity_filter", "c": "unsupported_claim", "d": "country_not_source"}),
    hints=["Whose account of victims' reasons is the release? Who would a victim have to tell about this reason?"],
    explanation=("The release is the police's account of victims the police met. A victim who does not trust the police "
                 "to help rarely tells them so, and one who never went to them is not in their account at all; a "
                 "survey asks people directly, reported or not, so it can hear this reason."),
)


# ----- in-lesson "your turn" checks (practice, not graded) ---------------------------------
yt1 = Question(
    id="yt1",
    prompt=("Code two new statements (fictional, written for practice) with the codebook: P1 and P2 in the table "
            "above the check. Store a dict `{statement id: category code}` in `my_codes`."),
    reads=("my_codes",),
    judge=mapping(dict(YT1_CODES), labels=categories(), label_kind="codebook's category codes",
                  misconceptions={
        "P1": ("evidence_vs_self_blame", "P1: the messages and the slip are gone and the law is unclear to them: "
                                         "the problem is evidence and legal awareness, not blame."),
        "P2": ("own_fault_vs_exposure", "P2: the seller fears a fine for their own mislabelled box, a penalty for "
                                        "their own fault, not private information being disclosed."),
    }),
    hints=["Read each statement, then the codebook's descriptions: what stops this person going to the police?"],
    solution_code="my_codes = {'P1': 'weak_evidence', 'P2': 'fear_of_own_punishment'}",
    explanation=("P1 has lost the evidence and does not know the law (weak_evidence, like R09 in the release); P2 "
                 "fears a penalty for their own fault (fear_of_own_punishment, like R10)."),
)

yt2 = Question(
    id="yt2",
    prompt=("Which of the release's categories is closest to the survey reason \"fear of reprisal or getting "
            "offender in trouble\"? Store its category code in `closest`."),
    reads=("closest",),
    judge=choice("intimidation", categories(), wrong={
        **dict.fromkeys(categories(), "Reprisal is harm from the offenders, done because the victim went to the "
                                      "police. Which category is about the offenders' threats?"),
        "fear_of_exposure": "Exposure is about private information being disclosed. Reprisal is harm the offenders "
                            "do because the victim went to the police.",
        "fear_of_own_punishment": "That is a penalty from the authorities for the victim's own fault; reprisal "
                                  "comes from the offenders.",
    }, codes={**dict.fromkeys(categories(), "reason_not_about_offenders"),  # named: a reason with no offender's harm
              "fear_of_exposure": "exposure_as_reprisal", "fear_of_own_punishment": "punishment_as_reprisal"}),
    hints=["Who would harm the victim in a reprisal, and which category is about fear of the offenders?"],
    solution_code="closest = 'intimidation'",
    explanation="Intimidation (being frightened by the offenders' threats) is the release's counterpart of fear of reprisal.",
)

yt3 = Question(
    id="yt3",
    prompt=("In the crackdown scenario the truth and the share reporting stay flat, yet recorded cases rise. "
            "What makes them rise? (a) more crime; (b) more victims reporting; (c) the police finding more cases "
            "themselves; (d) the police recording a larger share of reports. Store the letter in `why_rise`."),
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
        "points_as_number": "gave percentage points as a number (1 for 0.01)"})
def _level_trend_judge(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if not is_number(value):
        return wrong_type(f"You gave {describe(value)}; give the report_trend as a number, e.g. 0.02.")
    try:
        true_change, change = _level_changes(value)
    except ValueError as problem:
        return wrong_type(f"simulate() refused that report_trend: {problem}")
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
    prompt=("With `true_trend=-0.02`, `report_start=0.3` and `recording_rate=0.9` over 12 months, find a "
            "`report_trend` that keeps recorded cases level (within 5% of where they start). Store it in "
            "`level_trend`."),
    reads=("level_trend",),
    judge=_level_trend_judge,
    hints=["Try a few values with darkfigure.simulate(...) and darkfigure.summary(...): start at 0 and go up "
           "in small steps such as 0.005."],
    solution_code="level_trend = 0.007",
    explanation=("About 0.7 of a percentage point more reporting each month cancels a 2% monthly fall in the truth. "
                 "A campaign that encourages reporting can look like a failure in the recorded figures."),
)


def _most_for(recorded: float) -> list:
    low_rate, high_rate = rate_range()
    return [Misconception("swapped", "That uses the highest reporting rate, which gives the FEWEST true incidents. "
                          "The largest estimate divides by the lowest rate.", recorded / high_rate),
            Misconception("multiplied", "You multiplied by the rate. Recorded = true x rate, so divide to go back.",
                          recorded * low_rate),
            Misconception("percent_rate", f"You divided by the rate as a percentage ({low_rate * 100:g} for "
                          f"{low_rate:.1%}): divide by the share, {low_rate:g}.", recorded / (low_rate * 100)),
            Misconception("rate_times_100", f"You multiplied by 100 as well: {recorded} / {low_rate:g} is already a "
                          "number of incidents, not a share.", recorded / low_rate * 100),
            Misconception("used_recording_rate", "You also divided by a recording rate (the simulator's 0.8?); this "
                          "question assumes every report is recorded.", recorded / low_rate / 0.8)]


@judge({**SLIP_CODES, "swapped": "used the highest rate for the largest estimate",  # number() names slips too
        "multiplied": "multiplied by the reporting rate instead of dividing",
        "percent_rate": "divided by the reporting rate written as a percentage (6.7 for 6.7%)",
        "rate_times_100": "multiplied the estimate by 100 as if it were a share",
        "used_recording_rate": "divided by a recording rate the question assumes away"})
def _most_judge(value) -> Outcome:
    low_rate, _ = rate_range()
    return number(YT5_RECORDED / low_rate, rel_tol=0.01, misconceptions=_most_for(YT5_RECORDED))(value)


YT5_RECORDED = 200  # a made-up recorded count for practice, not a statistic

yt5 = Question(
    id="yt5",
    prompt=("A town records 200 cases (a made-up number). With the online reporting rates of the lesson (the "
            "rows for fraud, computer misuse and sextortion), what is the LARGEST number of true incidents they "
            "would imply, assuming every report is recorded? Store it in `most_200`."),
    reads=("most_200",),
    judge=_most_judge,
    hints=["Which reporting rate leaves the most incidents unreported?"],
    solution_code="most_200 = 200 / low_rate",
    explanation="Dividing by the lowest reporting rate gives the largest estimate; it is still not a bound.",
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5]

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8]
