"""Lesson 04 questions: why victims under-report, and what that does to the figures.

Expected values come from data/ through ``netcrime.data`` and from the model in
``netcrime.darkfigure``, never typed here.
"""
from __future__ import annotations

import pandas as pd

from .. import data
from .compare import Rule, choice, keywords, mapping, number, series
from .judge import judge
from .outcome import Outcome, correct, incorrect, not_attempted, wrong_type
from .question import Question
from .values import close, describe, is_number, is_placeholder

# q1 asks students to code these reasons (one per category in the codebook).
CODED_REASONS = ("R01", "R02", "R03", "R04", "R06", "R08", "R09", "R10")

# q3: a made-up recorded count for practice (not a statistic), and the survey rows it uses.
PRACTICE_RECORDED = 120
ONLINE_CATEGORIES = ("fraud", "computer misuse", "sextortion")


# ----- expected values, computed from data/ -----------------------------------------------
def expected_codes() -> dict[str, str]:
    reasons = data.underreporting_reasons().set_index("id")
    return {rid: reasons.loc[rid, "category"] for rid in CODED_REASONS}


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


# ----- q1: coding reasons ------------------------------------------------------------------
q1 = Question(
    id="q1",
    reads=("codes",),
    judge=mapping(expected_codes, misconceptions={
        "R10": ("R10 is about the merchants' fear of being punished for their own minor faults, "
                "not fear that private information will be exposed."),
        "R06": ("R06 is about having already paid (a cost that cannot be recovered), "
                "not about comparing the effort of cooperating with the amount demanded."),
        "R08": ("R08 weighs the time needed to help the police against the amount demanded: "
                "read the codebook's description of cost_exceeds_loss."),
        "R01": ("In R01 the victim believes the debt is their own fault: the codebook calls this self_blame, "
                "not weak legal awareness."),
        "R09": "R09 is about lost chat records and weak legal awareness: weak_evidence.",
        "R02": "R02: the victim is frightened by harassment, which is intimidation.",
        "R03": "R03: the victim changes contact details and leaves, which is flight.",
        "R04": "R04: the gang holds private information the victim fears will be exposed.",
    }),
    points=2,
    hints=[
        "Read the codebook's description of each category, then each reason's text. Each of the eight "
        "reasons fits a different category.",
        "Pairs that are easy to mix up: fear_of_exposure (others learn private things) versus "
        "fear_of_own_punishment (the victim's own faults), and sunk_cost (already paid) versus "
        "cost_exceeds_loss (helping costs more than the demand).",
        "Write it as codes = {'R01': 'self_blame', 'R02': ..., ...}.",
    ],
    explanation=("Each reason fits one category of the codebook. Coding is a judgement: when two readers disagree, "
                 "the codebook's descriptions are what they discuss."),
)


# ----- q2: counting by category ------------------------------------------------------------
def _same_as(value: pd.Series, target: pd.Series) -> bool:
    if set(map(str, value.index)) != set(map(str, target.index)):
        return False
    mine = value.copy()
    mine.index = mine.index.map(str)
    theirs = target.copy()
    theirs.index = theirs.index.map(str)
    return all(close(mine[k], theirs[k]) for k in theirs.index)


def _distinct_reason_counts() -> pd.Series:
    return data.underreporting_reasons().drop_duplicates("reason")["category"].value_counts()


def _share_counts() -> pd.Series:
    return data.underreporting_reasons()["category"].value_counts(normalize=True)


q2 = Question(
    id="q2",
    reads=("by_category",),
    judge=series(expected_counts, misconceptions=[
        Rule("shares_not_counts",
             "These are shares that add up to 1; the question asks for counts. Leave out normalize=True.",
             lambda v: _same_as(v, _share_counts())),
        Rule("deduplicated",
             "You counted each distinct reason text once. In the data a reason given for two crime types is "
             "two rows (one per type); count rows.",
             lambda v: _same_as(v, _distinct_reason_counts())),
    ]),
    hints=[
        "Load the table with data.underreporting_reasons(), then look at its 'category' column.",
        "A column's .value_counts() counts how often each value appears.",
    ],
    explanation=("value_counts() on the category column. Fear of exposure and 'already paid' count twice because the "
                 "release gives them for two crime types (sextortion and extortion by negative publicity)."),
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
    "too_short": "simulated fewer than 6 months",
    "recorded_above_true": "recorded more cases than there were incidents",
    "zero_start": "started the truth at zero",
}


def _frame_problem(value, name: str) -> Outcome | None:
    if is_placeholder(value):
        return not_attempted()
    if not isinstance(value, pd.DataFrame):
        return wrong_type(f"You gave {describe(value)}; store the DataFrame that simulate(...) returns in `{name}`.")
    missing = [c for c in ("month", "true", "recorded") if c not in value.columns]
    if missing:
        return wrong_type(f"Your DataFrame has no column {missing[0]!r}. Store what simulate(...) returns, unchanged.")
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



@judge({
    "no_real_fall": "kept the truth flat",
    "fall_visible": "reporting did not rise enough to hide the fall",
    **FRAME_PROBLEMS,
})
def _hidden_fall_judge(value) -> Outcome:
    problem = _frame_problem(value, "hidden_fall")
    if problem is not None:
        return problem
    true_change, recorded_change = _change(value["true"]), _change(value["recorded"])
    if true_change > -0.10:
        return incorrect("True incidents do not fall (by at least 10%). Make true_trend negative.", "no_real_fall")
    if recorded_change < -0.05:
        return incorrect(f"Recorded cases fall by {abs(recorded_change):.0%}, so the real decline is visible, not hidden. "
                         "Make the share reported rise faster (a larger report_trend).", "fall_visible")
    return correct(f"True incidents fall by {abs(true_change):.0%} while recorded cases "
                   + ("stay about the same" if abs(recorded_change) < 0.05 else f"rise by {recorded_change:.0%}")
                   + ": rising reporting hides a real decline.")


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
    reads=("hidden_fall",),
    judge=_hidden_fall_judge,
    hints=[
        "Make true_trend negative, for example -0.03 (3% fewer each month).",
        "Now make the share reported rise: a positive report_trend. How fast must it rise to cancel the fall?",
    ],
    explanation=("A campaign that encourages victims to come forward raises the reporting rate. If it also reduces "
                 "crime, the two effects can cancel out in the recorded figures."),
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


# ----- q7: a short written argument (collected for the instructor) -------------------------
q7 = Question(
    id="q7",
    reads=("argument",),
    judge=keywords({
        "reporting": ["report"],
        "recorded versus true incidents": ["record", "dark figure", "true", "actual", "unreported", "hidden"],
        "independent evidence (e.g. a survey)": ["survey", "victimisation", "victimization", "platform", "court",
                                                 "interview", "sample"],
    }, min_words=30),
    hints=[
        "How does a case come to be recorded? Name both routes: a victim's report, and the police finding it.",
        "Name a source that counts victims whether or not they reported.",
    ],
    explanation=("Recorded counts mix the true number of incidents with the share reported and the share the police "
                 "find. Only evidence that counts victims independently of the police (a survey; to a lesser extent "
                 "platform reports) separates them."),
    collect=True,
)

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7]
