"""Lesson 03 questions: classifying the crime types.

Expected answers are computed from data/ (the case set and the glossary) and
from ``netcrime.classify``, never typed here. The one exception is the
held-out set (``netcrime/instructor/lesson03_held_out.py``, instructor only):
fourteen extra fictional vignettes, written for the course in the style of
data/case_vignettes.csv, that appear in no notebook. Question 2
runs the student's classifier on them, so its score is an honest measure on
text the student has never seen (the case set's test split is visible in the
CSV and is used in the lesson itself). Question 2alt is the same task without
sextortion, for students who opt out of that material; the better of the two counts.
Both measure rules on cases written by the same authors from the same templates
as the training cases: real case texts would score lower.
"""
from __future__ import annotations

import pandas as pd

from .. import classify, data
from ..schemas import CRIME_TYPES
from .vegalite import chart, views
from .compare import Misconception, Rule, choice, keywords, mapping, number
from .judge import judge
from .outcome import CANNOT_JUDGE, Outcome, correct, incorrect, not_attempted, wrong_type
from .question import Question
from .values import describe, is_placeholder, normalise_text

# --------------------------------------------------------------------------
# Held-out vignettes: in netcrime/instructor/ (not in the student build). The
# grader has them; a student's own q2.check() says it is measured at grading.
def _held_out_cases() -> tuple:
    try:
        from ..instructor.lesson03_held_out import HELD_OUT
    except ImportError:
        return ()
    return HELD_OUT


def held_out() -> pd.DataFrame:
    """The held-out vignettes as a table: id, text, primary_type."""
    return pd.DataFrame(_held_out_cases(), columns=["id", "text", "primary_type"])


def held_out_texts() -> list[str]:
    return [text for _, text, _ in _held_out_cases()]


# --------------------------------------------------------------------------
# q1: label given vignettes
Q1_IDS = ("V013", "V099", "V061", "V073", "V084", "V046")


def _q1_expected() -> dict:
    cases = data.case_vignettes().set_index("id")
    return {case_id: cases.loc[case_id, "primary_type"] for case_id in Q1_IDS}


_q1_judge = mapping(_q1_expected, labels=CRIME_TYPES, label_kind="type codes", misconceptions={
    "V099": "V099: a usurious rate is not a fabricated debt. He received all the money and the contract shows "
            "exactly that, so the boundary rule applies: the offence is in the collecting.",
    "V061": "V061: the account's name says 'consumer', but nobody bought anything or threatened a complaint; "
            "a damaging post was offered for deletion at a price.",
    "V073": "V073: nobody asked the restaurant for money, so this is not extortion: the paid, coordinated "
            "posting itself is the harm.",
    "V084": "V084: the products are a cover; members were paid for signing up new members and intimidated "
            "when they wanted out.",
})


q1 = Question(
    id="q1",
    reads=("labels",),
    judge=_q1_judge,
    hints=[
        "Read each text with the decision guide: ask its questions in order and stop at the first 'yes'.",
        "Two of them are boundary cases: does anyone ask the target for money? Was the debt itself inflated, "
        "or only expensive?",
        "Codes are: " + ", ".join(CRIME_TYPES) + ".",
    ],
    explanation=("Each label follows the decisive clue in the case set. V099 and V073 are the classic traps: "
                 "high interest is not a fabricated debt, and paid posting with no demand is not extortion."),
)

# --------------------------------------------------------------------------
# q2: a classifier, measured on the held-out vignettes
PASS_ACCURACY = 0.5  # 7 of 14; chance is 1 in 7 (about 14%); see the instructor guide


_Q2_MISCONCEPTIONS = {
    "one_label": "a classifier that gives every text the same label",
    "below_threshold": "rules that fit the cases they were written on but not new ones",
    "not_a_type": "returns something other than a type code",
    "raises": "the function raises an error",
}


def held_out_without_sextortion() -> list[str]:
    """The held-out texts for the opt-out alternative q2alt: every type but sextortion."""
    return [text for _, text, label in _held_out_cases() if label != "sextortion"]


@judge(_Q2_MISCONCEPTIONS)
def _q2_judge(results) -> Outcome:
    return _judge_classifier(results, _held_out_cases())


@judge(_Q2_MISCONCEPTIONS)
def _q2alt_judge(results) -> Outcome:
    return _judge_classifier(results, tuple(case for case in _held_out_cases() if case[2] != "sextortion"))


def _judge_classifier(results, cases) -> Outcome:
    if is_placeholder(results):
        return not_attempted("Replace the ... in your function with rules, run the cell, then check again.")
    truth = {text: label for _, text, label in cases}
    if not truth:
        return Outcome(CANNOT_JUDGE, "This classifier is measured on held-out vignettes that only your "
                       "instructor's grader has; it is scored when your notebook is graded.")
    if not isinstance(results, dict) or set(results) != set(truth):
        return wrong_type(f"`classify_text` should be a function that takes one text and returns a type code; "
                          f"you gave {describe(results)}.")
    errors = [out for out in results.values() if isinstance(out, str) and out.startswith("error: ")]
    if errors:
        return incorrect(f"Your function raised an error on {len(errors)} of {len(truth)} held-out texts, "
                         f"for example {errors[0][len('error: '):]}. Try it on one text from the case set.",
                         "raises")
    labels = {text: (normalise_text(out) if isinstance(out, str) else out) for text, out in results.items()}
    not_types = [out for out in labels.values() if out not in CRIME_TYPES]
    if len(not_types) == len(labels):
        return incorrect(f"None of your answers is a type code (the first was {not_types[0]!r}). Return one of: "
                         f"{', '.join(CRIME_TYPES)}. If your rules quote the wording of particular cases, they "
                         "find nothing in new ones: describe each type's decisive feature instead.", "not_a_type")
    actual = [truth[t] for t in truth]
    predicted = [labels[t] if labels[t] in CRIME_TYPES else classify.NO_MATCH for t in truth]
    right = sum(a == p for a, p in zip(actual, predicted))
    share = right / len(actual)
    mixups = classify.confusions(actual, predicted)
    detail = f" Your function labels {'; '.join(mixups)}." if mixups else ""
    if not_types:
        detail += (f" {len(not_types)} text(s) got no type at all ({not_types[0]!r}): give every text a type, "
                   "e.g. with a final 'default' rule.")
    if len(set(predicted)) == 1:
        return incorrect(f"Your function gives every text the same label ({predicted[0]}), so it is right only "
                         f"for that type: {right} of {len(actual)}. Write one rule per type.", "one_label")
    if share >= PASS_ACCURACY:
        return correct(f"{right} of {len(actual)} held-out vignettes right ({share:.0%}); the pass mark is "
                       f"{PASS_ACCURACY:.0%}.{detail}")
    return incorrect(f"{right} of {len(actual)} held-out vignettes right ({share:.0%}); the pass mark is "
                     f"{PASS_ACCURACY:.0%}.{detail} Rules that quote words from particular cases rarely work on "
                     "new ones: look for the features that define each type.", "below_threshold")


q2 = Question(
    id="q2",
    reads=("classify_text",),
    judge=_q2_judge,
    probe=held_out_texts,
    points=2.0,
    hints=[
        "Start from the lesson's rules: a list of (type, pattern) pairs, tried in order; the first match wins.",
        "Each pattern should describe the type's decisive feature (recruiting, a recorded intimate call, the "
        "contract amount versus the cash received, collectors...), not words of one case.",
        "End with a default so that every text gets a type, e.g. `return 'paid_trolls'`.",
    ],
    explanation=("Ordered keyword rules that name each type's decisive feature reach the pass mark; rules that "
                 "memorise the wording of the training cases do not."),
)

q2alt = Question(id="q2alt", reads=("classify_text_alt",), judge=_q2alt_judge, probe=held_out_without_sextortion,
                 points=q2.points, hints=(q2.hints[0], "Each pattern should describe the type's decisive feature "
                                          "(recruiting, the contract amount versus the cash received, collectors, "
                                          "bulk orders and complaints...), not words of one case.", q2.hints[2]),
                 explanation="The same skill as question 2 on six types: rules that name each type's decisive "
                             "feature reach the pass mark.")
q2alt.alternative_to = "q2"  # the better of q2 and q2alt counts (netcrime.checks.alternatives)

# --------------------------------------------------------------------------
# q3: accuracy of the baseline predictions


def _baseline() -> pd.DataFrame:
    return classify.baseline_results()


def _accuracy() -> float:
    results = _baseline()
    return float((results["actual"] == results["predicted"]).mean())


q3 = Question(
    id="q3",
    reads=("accuracy",),
    judge=number(_accuracy, rel_tol=1e-3, misconceptions=[
        Misconception("count_not_share", "That is the number of correct labels; accuracy is their share of all "
                      "cases. Divide by the number of cases (or take .mean() of the True/False column).",
                      lambda: _accuracy() * len(_baseline())),
        Misconception("percent_not_share", "That is a percentage; give the share between 0 and 1.",
                      lambda: _accuracy() * 100),
        Misconception("error_rate", "That is the share labelled wrongly (the error rate); accuracy is the share "
                      "labelled correctly.", lambda: 1 - _accuracy()),
    ]),
    hints=[
        "`results['actual'] == results['predicted']` is a column of True/False, one per case.",
        "The mean of True/False values is the share of True.",
    ],
    explanation="Accuracy is the share of cases whose predicted type equals the actual one.",
)

# --------------------------------------------------------------------------
# q4: the confusion table


def _confusion() -> pd.DataFrame:
    results = _baseline()
    return pd.crosstab(results["actual"], results["predicted"])


def _square(table: pd.DataFrame) -> pd.DataFrame:
    """Rows and columns over the same labels, missing cells as 0, plain labels."""
    table = table.copy()
    table.index = table.index.map(str)
    table.columns = table.columns.map(str)
    labels = sorted(set(table.index) | set(table.columns))
    return table.reindex(index=labels, columns=labels, fill_value=0).fillna(0)


def _looks_normalised(table: pd.DataFrame) -> bool:
    """Shares instead of counts: the whole table, its rows or its columns sum to 1."""
    if abs(table.to_numpy().sum() - 1) < 1e-6:
        return True
    for sums in (table.sum(axis=1), table.sum(axis=0)):
        used = sums[sums > 0]
        if len(used) and (abs(used - 1) < 1e-6).all():
            return True
    return False


@judge({
    "transposed": "actual and predicted swapped",
    "normalised": "shares instead of counts",
    "margins": "totals included",
})
def _q4_judge(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if isinstance(value, pd.Series):
        return wrong_type("You gave a Series; the confusion table is a DataFrame with one row per actual type "
                          "and one column per predicted type. pd.crosstab(rows, columns) makes one.")
    if not isinstance(value, pd.DataFrame):
        return wrong_type(f"You gave {describe(value)}; this question wants a DataFrame made with pd.crosstab.")
    if "All" in map(str, value.index) or "All" in map(str, value.columns):
        return incorrect("Your table has 'All' totals (margins=True). Leave them out: the table should hold "
                         "only the counts per pair of types.", "margins")
    try:
        mine = _square(value).astype(float)
    except (TypeError, ValueError):
        return wrong_type("Your table holds values that are not counts.")
    target = _square(_confusion()).astype(float)
    if set(mine.index) != set(target.index):
        return incorrect(f"Your table's labels are {sorted(mine.index)}; they should be the type codes that "
                         "appear in `results` (actual types as rows, predicted types as columns).")
    mine = mine.loc[target.index, target.columns]
    if (mine.to_numpy() == target.to_numpy()).all():
        return correct("Rows are actual types, columns predicted types; the diagonal holds the correct labels.")
    if (mine.to_numpy() == target.T.to_numpy()).all():
        return incorrect("Your table is transposed: put the actual types in the rows and the predicted types in "
                         "the columns (pd.crosstab(actual, predicted)).", "transposed")
    if _looks_normalised(mine):
        return incorrect("Your table holds shares, not counts: leave out normalize=.", "normalised")
    return incorrect("Some counts are not right yet. Use the columns 'actual' and 'predicted' of `results`.")


q4 = Question(
    id="q4",
    reads=("confusion",),
    judge=_q4_judge,
    hints=[
        "pd.crosstab(rows, columns) counts each pair of values.",
        "Rows are the actual types: pd.crosstab(results['actual'], results['predicted']).",
    ],
    explanation="The diagonal counts the correct labels; every other cell is one kind of confusion.",
)

# --------------------------------------------------------------------------
# q5: the confusion-matrix chart


def _spot_missing_text_layer(spec: dict):
    marks = {view.mark for view in views(spec)}
    if "rect" in marks and "text" not in marks:
        return ("The chart has coloured cells but no numbers on them. Layer a text mark with "
                "text='cases:Q' on top (rect + text), so readers need not judge counts by colour alone.")
    return None


no_text_layer = Rule("no_text_layer", "coloured cells with no counts written on them", _spot_missing_text_layer)


q5 = Question(
    id="q5",
    reads=("matrix",),
    judge=chart(mark="rect", encodings={
        "x": {"field": "predicted", "type": "nominal"},
        "y": {"field": "actual", "type": "nominal"},
        "color": {"field": "cases", "type": "quantitative"},
    }, rules=[no_text_layer]),
    hints=[
        "Make a base chart with the shared encodings: alt.Chart(cells).encode(x='predicted:N', y='actual:N').",
        "Then base.mark_rect().encode(color='cases:Q') + base.mark_text().encode(text='cases:Q').",
        "Add .properties(title=..., description=...) to the layered chart.",
    ],
    explanation=("Counts are quantities, so colour is quantitative; types are categories, so x and y are "
                 "nominal. The text layer shows the numbers for readers who cannot compare colours."),
)

# --------------------------------------------------------------------------
# q6: the decisive clue (multiple choice)
Q6_OPTIONS = ("a", "b", "c", "d")
q6 = Question(
    id="q6",
    reads=("clue",),
    judge=choice("b", Q6_OPTIONS, wrong={
        "a": "A high but openly stated rate is not a fabricated debt; on its own it would not make a trap loan "
             "(the boundary rule).",
        "c": "Falling behind is what the lender waited for, not the offence; the offence lies in what the "
             "lender did.",
        "d": "Suing on a real debt is lawful; what matters is what the claim is based on.",
    }, codes={"a": "usury_as_fabrication", "c": "victim_conduct", "d": "lawsuit_as_clue"}),
    hints=[
        "A trap loan's debt is fabricated when the loan is made. Which detail creates a debt for money she "
        "never received?",
    ],
    explanation=("She received the full 10,000 yuan on the first contract, so the cash alone looks honest; the "
                 "second IOU creates a debt for money never lent, which is the trap."),
)

# --------------------------------------------------------------------------
# q7: explain a hard case (short answer, collected for the instructor)
q7 = Question(
    id="q7",
    reads=("explanation",),
    judge=keywords({
        "both types": ["both", "two types", "second", "secondary", "combined", "also", "as well"],
        "the count": ["count", "number", "statistic", "total", "figure", "tally"],
        "the choice of category": ["categor", "classif", "label", "choose", "choice", "decide", "rule",
                                   "definition"],
    }, min_words=30),
    collect=True,
    hints=[
        "Name the two types and which part of the story each comes from.",
        "If each case is counted once, which type's count goes up, and which type's harm disappears?",
        "Who decides which label a case gets, and would another rule move it to the other type's count?",
    ],
    explanation=("Strong answers name both types, say that a single-label count hides one of them, and see "
                 "that the category rule (primary only, both, or the collection method) moves cases between "
                 "published totals without any change in crime."),
)


QUESTIONS = [q1, q2, q2alt, q3, q4, q5, q6, q7]
