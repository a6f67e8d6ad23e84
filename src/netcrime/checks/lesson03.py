"""Lesson 03 questions: classifying the crime types.

Expected answers are computed from data/ (the case set and the glossary) and
from ``netcrime.classify``, never typed here. Two things are not in data/:

- Question 2's held-out cases. They were written by a second author who saw
  neither the decision guide nor the case set, and they are kept with the
  instructor (``netcrime/instructor/lesson03_held_out.py``, left out of every
  student build). Where
  that package is installed (the instructor's copy, the grader's process) q2
  measures the student's classifier on them; in a student build it measures on
  the case set's test split and says so.
  Measured in round 18 (tests/checks/test_lesson03_held_out_wording.py): a
  TF-IDF centroid trained on the case set labels 40 of the 42 (k-NN 38), and
  still 40 (38) with every phrase of the decision guide and every stock
  sentence taken out of them, 39 (37) with the guide's 97 content words taken
  out of both sides; 1 of 42 repeats a phrase of the guide, 1 a stock
  sentence. So the cases do not give the clue away in the guide's words: a
  word model scores on the words of each type's world that two authors share
  (a loan's bank and due date, a shop's buyer and complaint, paid posters'
  studio). It passes them without reading the clue; the flipped cases
  (``flipped_cases``) are what stop it passing q2.
- Question 8's new case, written for that question in a form the case set does
  not use (a chat log); only its expected label is here, the text is in the
  exercise.
- Question 1's six new cases (fictional, written for that question) and their
  key: they are not in the case set, so no table a student loads holds their
  labels (tests/checks/test_no_lookup.py).

The typed keys of q1, q8, q9 and yt1 are judgements no data/ holds; they live with the instructor
(``netcrime/instructor/lesson03_key.py``) and this module holds only their seals (``checks.sealed``, issue #19):
a judge asks a seal whether the student's label is right, and to name a wrong one it tries the options it offers
inside its own body.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import pandas as pd

from .. import classify, data
from ..paths import data_dir
from ..schemas import CRIME_TYPES
from .vegalite import chart, names_typed_ordinal, spec_of, text_shows, views
from .compare import (DUPLICATED_COLUMN, DUPLICATED_COLUMN_DESCRIPTION, Misconception, Rule, choice,
                      duplicated_columns, keys_in_any_case, keys_problem, mapping, number)
from .judge import Judge, as_judge, judge
from .outcome import GENERIC_CODES, Outcome, Problem, correct, incorrect, not_attempted, recorded, wrong_type
from .question import Question
from . import counted, flipped_cases, reworded, sealed
from .claims import Claim
from .case_set_claims import TEST_CASES_AS_CRIME, crime_read_in
from .matching import matches
from .chart_words import WORDS, no_claim_found, words_of, words_read
from .supported_words import DESCRIPTION as UNSUPPORTED_DESCRIPTION, WORDS_NOT_SUPPORTED, supported_rule, supports
from .parts import Part, each_item, judge_each
from .slips import COUNT_WITH_FRACTION, SLIP_CODES, no_release_figures
from .written import RECORDED_MESSAGE, recorded_text
from ..units import plain as plain_number
from .values import describe, is_number, is_placeholder, with_article



# Words for a type that are not one of the seven: each names which types it spans, so the student can choose.
VAGUE_TYPES = {
    "extortion": ("sextortion", "publicity_extortion", "malicious_claim"), "blackmail": ("sextortion", "publicity_extortion"),
    "harassment": ("debt_harassment", "paid_trolls"), "fraud": ("trap_loan", "malicious_claim", "pyramid_selling"),
    "scam": ("trap_loan", "malicious_claim", "pyramid_selling"), "loan": ("trap_loan", "debt_harassment"),
    "usury": ("debt_harassment", "trap_loan"), "cyberbullying": ("paid_trolls", "debt_harassment"),
    "trolling": ("paid_trolls",), "defamation": ("paid_trolls", "publicity_extortion"),
}
TYPE_WORD_CODES = {
    "vague_type": "a word for several of the seven types (extortion, harassment, fraud) where one code is asked",
    "two_types": "two types given where the main one is asked",
}


def type_word_problem(value) -> Outcome | None:
    """A verdict for a type answer that is a vague word or two types at once, or None."""
    if isinstance(value, (list, tuple, set)) and len(value) >= 2 and all(isinstance(v, str) for v in value):
        codes = [classify.type_code(v) or v for v in value]
        return wrong_type(Problem(f"You gave {len(codes)} types ({', '.join(map(str, codes))}); give the main one only: "
                                  "ask which is the aim and which the means.", "two_types"))
    if not isinstance(value, str):
        return None
    words = [w for w in re.split(r"\s*(?:,|/|;|\+|\band\b|\bor\b)\s*", value.strip()) if w]
    if len(words) >= 2 and all(classify.type_code(w) for w in words):
        return wrong_type(Problem(f"You gave two types ({value.strip()!r}); give the main one only: ask which is the "
                                  "aim and which the means.", "two_types"))
    key = re.sub(r"[^a-z]", "", value.casefold())
    for word, spans in VAGUE_TYPES.items():
        if key in (word, word + "s", "online" + word, "cyber" + word):
            return wrong_type(Problem(f"{value.strip()!r} is not one of the seven types: it covers {', '.join(spans)}. "
                                      "Which one fits? Ask the decision guide's questions in order.", "vague_type"))
    return None


def _fair_dict(keys, values: dict | None = None):
    """A reader for dict answers a fair teacher accepts: keys in any case ('n1' for 'N1') and, where ``values`` says,
    other words for the same answer ('kept' for 'keep', True for keep). Anything else is left as it is."""
    def read(value):
        if hasattr(value, "to_dict") and not isinstance(value, dict):
            return value
        value = keys_in_any_case(value, keys)
        if isinstance(value, dict) and values:
            value = {k: values.get(v.strip().casefold() if isinstance(v, str) else v, v)
                     if isinstance(v, (str, bool)) else v for k, v in value.items()}
        return value
    return read


def _fairly(judge, read):
    """``judge`` after ``read`` (``_fair_dict``), its misconceptions kept."""
    inner = as_judge(judge)
    return Judge(lambda value: inner(read(value)), inner.misconceptions)


def _fair_parts(parts, read):
    return [replace(part, judge=_fairly(part.judge, read)) for part in parts]


def _type_judge(expected, *, wrong: dict, what: str):
    """A judge for one type label: fair spellings accepted, each plausible wrong type named.

    ``expected`` is a code, a callable giving it, or a ``sealed.Key`` whose one item 'answer' is the code (the
    judge then asks the seal about the student's code and never holds the right one); ``wrong`` maps a wrong code
    to (misconception code, message).
    """
    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if (vague := type_word_problem(value)) is not None:
            return vague
        if not isinstance(value, str):
            return wrong_type(f"You gave {describe(value)}; write the type code as text, e.g. 'trap_loan'.")
        code = classify.type_code(value)
        if code is None:
            return wrong_type(f"{value!r} is not one of the seven types. Use a code: {', '.join(CRIME_TYPES)}.")
        note = "" if value.strip() == code else f" (read {value.strip()!r} as {code})"
        if (expected.is_right("answer", code) if isinstance(expected, sealed.Key)
                else code == (expected() if callable(expected) else expected)):
            return correct(f"{code} is right{note}.")
        if code in wrong:
            tag, message = wrong[code]
            return incorrect(f"{code}{note}: {message}", tag)
        return incorrect(f"{code}{note} is not the main type of {what}. Ask the decision guide's questions in "
                         "order, and for combined features ask which is the aim and which the means.")

    return Judge(judge, {**{tag: message for tag, message in wrong.values()}, **TYPE_WORD_CODES})


# --------------------------------------------------------------------------
# q1: label six new vignettes, written for this question (fictional) and printed in the exercise only. They are
# not in the case set a student loads, so no column holds their labels: the key is here, on the judging side.
# Each decisive clue is left to be inferred (a contract against a bank record, a call that never came), not said.
Q1_IDS = ("N1", "N2", "N3", "N4", "N5", "N6")
Q1_CASES = {  # fictional, written for this question: (who tells it, the text)
    "N1": ("a message to a helpline",
           "I asked the app for 8,000 for my son's school fees. The contract they sent to my phone said 12,000, and "
           "the agent told me that was just how the paperwork works. 7,200 reached my card. On the day my first "
           "payment was due their app would not open and nobody answered the phone; the next morning I 'owed' "
           "31,000, and now they are calling my sister."),
    "N2": ("a police summary",
           "Complainant, 34, delivery rider. In March he borrowed 20,000 yuan through a lending app. The repayment "
           "schedule he showed officers counts from the 20,000 yuan paid to him and adds about 3% a week, far above "
           "the legal cap. After two missed payments, edited photos of him were posted in his company's group chat "
           "and his mother's phone took over forty calls in one day."),
    "N3": ("a news brief",
           "A local news account published an article saying a dairy co-operative's milk had made children ill, "
           "quoting one unnamed parent. The next day its editor phoned the co-operative to suggest a 'publicity "
           "partnership' at 50,000 yuan a year, after which the article 'could be revised'. County inspectors found "
           "nothing wrong with the milk."),
    "N4": ("a restaurant owner's post",
           "For two weeks our hotpot place has had one-star reviews every night between nine and eleven, from "
           "accounts that had never reviewed anything else, several with the same misspelling of our name. Other "
           "owners warned us to expect a call asking for money to make it stop. We are still waiting for that call. "
           "On Monday the restaurant opposite put up a banner: 'the only clean hotpot on this street'."),
    "N5": ("a former member, to a reporter",
           "My cousin said the job was selling health tea. In the training flat nobody ever opened a box of tea. A "
           "board on the wall ranked us by how many friends we had invited to 'the opportunity', and the 69,800 I "
           "paid to start would only come back once three people were working under me. When I said I wanted to go "
           "home, two of the leaders sat by the door all night."),
    "N6": ("a seller's message to the platform",
           "One buyer ordered 240 jars of our honey at once. A week later the parcel came back unopened, with a "
           "letter: our listing calls it 'the best honey in China', which breaks the advertising law, and unless we "
           "pay 500 yuan a jar they will report us to market supervision and leave a review on every listing we have."),
}


def q1_cases() -> dict[str, str]:
    """{id: text} of q1's six fictional cases, as the exercise prints them (who tells each comes first)."""
    return {case_id: f"({who}) {text}" for case_id, (who, text) in Q1_CASES.items()}


# The key is sealed (#19): instructor/lesson03_key.py types it; the judges find each right label among the seven
# codes only while judging (``sealed.Key.found_among``), so no name here returns it.
_Q1_SEALED = sealed.Key("03/q1")


_q1_mapping = mapping(sealed.labels_finder(_Q1_SEALED, Q1_IDS, CRIME_TYPES), labels=CRIME_TYPES, label_kind="type codes", misconceptions={
    "N1": ("fabricated_debt_missed",
           "N1: the contract says 12,000 but 7,200 reached the card, and the 'late' day was made by the lender: "
           "the debt itself was inflated from the start, so the calls that follow are its means, not its type."),
    "N2": ("usury_as_trap_loan",
           "N2: a rate far above the legal cap is usury, not a fabricated debt: his schedule starts from the sum "
           "he was actually sent. The offence is in how it is collected."),
    "N3": ("publicity_extortion_missed",
           "N3: nobody bought anything or complained to a regulator; a damaging piece is offered to be 'revised' "
           "for a paid 'partnership', so the lever is reputation."),
    "N4": ("posting_as_extortion",
           "N4: the owners waited for a demand that never came, and a rival's banner went up: reviews from "
           "accounts kept for the job, in step, are the harm itself, not a lever for money."),
    "N5": ("recruitment_missed",
           "N5: the tea is a cover; the fee came back only through recruits, and the two at the door are "
           "the coercion: pyramid selling."),
    "N6": ("bulk_claim_missed",
           "N6: 240 jars bought at once, returned unopened, and a complaint about a word in the listing: "
           "a compensation claim set up on purpose, not a consumer's grievance."),
})


@judge({**_q1_mapping.misconceptions, **TYPE_WORD_CODES})
def _q1_judge(value) -> Outcome:
    """The mapping judge, after reading fair spellings ('Trap-Loan', 'trap lone') as the codes they mean."""
    if isinstance(value, dict):
        for key, label in value.items():
            if (vague := type_word_problem(label)) is not None:
                return wrong_type(Problem(f"For {key!r}: {vague.message}", vague.misconception))
        value = {k: classify.type_code(v) or v for k, v in value.items()}
    return _q1_mapping(value)


q1 = Question(
    id="q1",
    reads=("labels",),
    judge=_fairly(_q1_judge, _fair_dict(Q1_IDS)),  # 'n1' read as 'N1'
    parts=_fair_parts(each_item(Q1_IDS, sealed.labels_finder(_Q1_SEALED, Q1_IDS, CRIME_TYPES), _q1_judge, 0.25),
                      _fair_dict(Q1_IDS)),  # a quarter point each
    hints=[
        "Read each text with the decision guide: ask its questions in order and stop at the first 'yes'.",
        "Two of them are boundary cases: does anyone ask the target for money? Was the debt itself inflated, "
        "or only expensive?",
        "Codes are: " + ", ".join(CRIME_TYPES) + ".",
    ],
    explanation=("Each label follows the decisive clue, inferred from what happened. N2 and N4 are the classic "
                 "traps: high interest is not a fabricated debt, and paid posting with no demand is not extortion."),
)

# --------------------------------------------------------------------------
# q2: a classifier, measured on cases the student has not read
PASS_ACCURACY = 0.7  # above what the lesson's own rules reach on the held-out cases (tests/checks/test_lesson03.py)
TEST_SPLIT_NAME = "cases of the course's test split"
# In a student's copy: a passing score with labels that change on at least this share of the reworded copies is a
# lookup (the lesson's rules and the worked solution change on none; a dict of the case set changes on all).
LOOKUP_SHARE = 0.25


def q2_cases() -> tuple[pd.DataFrame, str]:
    """The cases q2 measures on, as (table with id, text, accepted), and their name in messages.

    The instructor's held-out cases when this install has them; otherwise (a
    student build) the case set's test split, whose combined cases accept
    either type.
    """
    table, name = _q2_table()
    return table.copy(), name


def _q2_table(without_sextortion: bool = False) -> tuple[pd.DataFrame, str]:
    """``q2_cases`` (or ``q2alt_cases``) as built once: never changed here, and handed out only as a copy."""
    try:
        from ..instructor.lesson03_held_out import heldout_cases
    except ImportError:  # a student build: netcrime/instructor/ is left out
        return (_test_split_in(str(data_dir()), without_sextortion),
                f"{TEST_SPLIT_NAME} (your instructor grades this question on cases by another author)")
    return _held_out_in(heldout_cases, without_sextortion), "held-out cases by another author"


def _without_sextortion(cases: pd.DataFrame) -> pd.DataFrame:
    keep = ["sextortion" not in accepted for accepted in cases["accepted"]]
    return cases[keep].reset_index(drop=True)


# The tables built once (q2's and q2alt's judges measure a classifier on them at every answer, and their checks ask
# for them again to probe the function: issue #15), a fresh copy handed out.
@lru_cache(maxsize=8)
def _test_split_in(folder: str, without_sextortion: bool = False) -> pd.DataFrame:
    if without_sextortion:
        return _without_sextortion(_test_split_in(folder))
    cases = data.case_vignettes()
    test = cases[cases["split"] == "test"]
    accepted = [tuple(t for t in (p, s) if isinstance(t, str) and t)
                for p, s in zip(test["primary_type"], test["secondary_type"])]
    return pd.DataFrame({"id": test["id"].to_numpy(), "text": test["text"].to_numpy(), "accepted": accepted,
                         "form": test["form"].to_numpy()})


@lru_cache(maxsize=4)
def _held_out_in(heldout_cases, without_sextortion: bool = False) -> pd.DataFrame:
    if without_sextortion:
        return _without_sextortion(_held_out_in(heldout_cases))
    return heldout_cases()[["id", "text", "accepted", "form"]]


def held_out() -> pd.DataFrame:
    """The instructor's held-out cases (id, text, primary_type, ...); empty in a student build."""
    try:
        from ..instructor.lesson03_held_out import heldout_cases
    except ImportError:
        return pd.DataFrame(columns=["id", "text", "primary_type"])
    return heldout_cases()


def q2_texts() -> list[str]:
    """What q2's check calls the student's function on: the cases, and in a student's copy (measured on the test
    split, whose labels the student holds) each case's reworded copy too (``reworded``: a lookup is caught)."""
    cases, name = q2_cases()
    return _probe_for(cases, name)


def _probe_for(cases: pd.DataFrame, name: str) -> list[str]:
    """The cases, then (in a student's copy) each one's reworded copy, then the edited cases of ``flipped_cases`` (in
    both builds: a lookup of the case set passes the held-out cases by another author when its nearest stored texts
    happen to carry the right labels, round 14's TF-IDF nearest neighbour at 74%)."""
    texts = cases["text"].tolist()
    flips = [f.text for f in _flips_for(cases)]
    return (reworded.probe_texts(texts) if name.startswith(TEST_SPLIT_NAME) else texts) + flips


def _flips_for(cases: pd.DataFrame) -> list:
    """The edited cases (``flipped_cases``) a student's copy probes with: those whose old and new types are both
    among the types of ``cases`` (q2alt leaves sextortion out)."""
    present = {t for accepted in cases["accepted"] for t in accepted}
    old_type = _old_types()
    return flipped_cases.chosen(tuple(t for t in CRIME_TYPES if t not in present), old_type)


def _splits() -> dict[str, str]:
    """id -> the split (train, test) of each stored case: the flips are judged by the split their case came from."""
    cases = data.case_vignettes()
    return dict(zip(cases["id"], cases["split"]))


def _old_types() -> dict[str, str]:
    """id -> the stored case's main type (what a nearest-text lookup answers for an edit of that case)."""
    cases = data.case_vignettes()
    return dict(zip(cases["id"], cases["primary_type"]))


_Q2_MISCONCEPTIONS = {
    "one_label": "a classifier that gives every text the same label",
    "lesson_rules": "the lesson's starting rules pasted unchanged (the pass mark lies above them)",
    "below_threshold": "rules that fit the cases they were written on but not new ones",
    "not_a_type": "returns something other than a type code",
    "raises": "the function raises an error",
    "looks_texts_up": "looks texts up in the student's copy of the case set: its labels change when a case is told "
                      "again in other words (another name, amounts scaled, a line of framing)",
    "nearest_text_lookup": "answers with the label of the stored case nearest in wording: on cases edited so that "
                           "their type changes, it keeps the old case's type",
    "type_left_out": "answers a type the question leaves out (q2alt's classifier for the six other types returns "
                     "sextortion), and falls short of the pass mark where it counts",
    "at_the_pass_mark": "reaches the pass mark on the readable test split by less than one case (a student's copy): "
                        "an estimate that close says nothing of the instructor's cases",
}


@judge(_Q2_MISCONCEPTIONS)
def _q2_judge(results) -> Outcome:
    return _judge_classifier(results, *q2_cases())


def q2alt_cases() -> tuple[pd.DataFrame, str]:
    """q2's cases without any that involve sextortion (the opt-out alternative q2alt)."""
    table, name = _q2_table(without_sextortion=True)
    return table.copy(), name


def held_out_without_sextortion() -> list[str]:
    cases, name = q2alt_cases()
    return _probe_for(cases, name)


@judge(_Q2_MISCONCEPTIONS)
def _q2alt_judge(results) -> Outcome:
    return _judge_classifier(results, *q2alt_cases())


def _error_without_case(error: str, texts) -> str:
    """An exception as the student may read it: its type always, its message only when it quotes no case (#19, M7:
    a KeyError on the text itself would print a held-out case)."""
    kind, _, message = error.partition(": ")
    folded = " ".join(message.casefold().split())
    words = folded.split()
    quoted = any(len(folded) >= 12 and folded.strip("'\"") in " ".join(str(t).casefold().split()) for t in texts) or any(
        " ".join(words[i:i + 4]) in " ".join(str(t).casefold().split()) for t in texts for i in range(len(words) - 3))
    if quoted or not message:
        return f"{kind} (its message is not shown: it quotes the case)" if quoted else kind
    return f"{kind}: {message}"


def _kind_of_case(cases: pd.DataFrame, text: str) -> str:
    """Which kind of input made the function fail, in words that do not give the case away: its form and length."""
    row = cases.loc[cases["text"] == text]
    form = str(row["form"].iloc[0]) if "form" in cases and len(row) and isinstance(row["form"].iloc[0], str) else "a case"
    return f"{form if form == 'a case' else with_article(form)} of {len(text.split())} words"


def _judge_classifier(results, cases, name) -> Outcome:
    if is_placeholder(results):
        return not_attempted("Replace the ... in your function with rules, run the cell, then check again.")
    accepted = dict(zip(cases["text"], cases["accepted"]))
    copies = flips = None
    if isinstance(results, dict):
        flips = _flips_for(cases)
        flip_texts = {f.text for f in flips}
        flip_outputs = {t: out for t, out in results.items() if t in flip_texts}
        results = {t: out for t, out in results.items() if t not in flip_texts}
    if isinstance(results, dict) and name.startswith(TEST_SPLIT_NAME):
        split = reworded.split_results(results, list(accepted))
        if split is not None:
            results, copies = split
    if not isinstance(results, dict) or set(results) != set(accepted):
        return wrong_type(f"`classify_text` should be a function that takes one text and returns a type code; "
                          f"you gave {describe(results)}.")
    errors = [out for out in results.values() if isinstance(out, str) and out.startswith("error: ")]
    if errors:
        first = errors[0][len("error: "):]
        broken = re.match(r"(?:re\.)?(?:error|PatternError): (.*)$", first)
        if broken:  # a pattern the function searches with is not a regular expression: say so, and how to mend it
            return incorrect(f"Your function raised an error on {len(errors)} of {len(accepted)} {name}: a pattern "
                             f"it searches with is not a valid regular expression: {broken.group(1)}"
                             f"{classify.regex_advice(broken.group(1))} Try the function on one text from the case "
                             "set after mending it.", "raises")
        failing = next(t for t, out in results.items() if isinstance(out, str) and out.startswith("error: "))
        return incorrect(f"Your function raised an error on {len(errors)} of {len(accepted)} {name}, for example "
                         f"{_error_without_case(first, accepted)} on {_kind_of_case(cases, failing)}. Try it on one "
                         "text from the case set of that kind.", "raises")
    labels = {text: classify.type_code(out, typos=False) for text, out in results.items()}
    not_types = [results[t] for t, code in labels.items() if code is None]
    if len(not_types) == len(labels):
        return incorrect(f"None of your answers is a type code (the first was {not_types[0]!r}). Return one of: "
                         f"{', '.join(CRIME_TYPES)}. If your rules quote the wording of particular cases, they "
                         "find nothing in new ones: describe each type's decisive feature instead.", "not_a_type")
    texts = list(accepted)
    predicted = [labels[t] or classify.NO_MATCH for t in texts]
    # a case with two types (or two defensible readings) counts as right for either
    right_flags = [p in accepted[t] for t, p in zip(texts, predicted)]
    right, share = sum(right_flags), sum(right_flags) / len(texts)
    actual = [p if ok else accepted[t][0] for t, p, ok in zip(texts, predicted, right_flags)]
    mixups = classify.confusions(actual, predicted)
    detail = f" Your function labels {'; '.join(mixups)}." if mixups else ""
    if not_types:
        detail += (f" {len(not_types)} text(s) got no type at all ({not_types[0]!r}): give every text a type, "
                   "e.g. with a final 'default' rule.")
    score = f"Right on {right} of {len(texts)} {name}: {share:.0%}; the pass mark is {PASS_ACCURACY:.0%}."
    # review round 16 (C16): a type the cases leave out (q2alt has no sextortion case) is wrong on every text it is
    # given to; said in every verdict, and named where the classifier falls short
    present = {t for kinds in cases["accepted"] for t in kinds}
    left_out = sorted({p for p in predicted if p in CRIME_TYPES and p not in present})
    if left_out:
        detail += (f" It answers {', '.join(left_out)} on {sum(p in left_out for p in predicted)} texts, a type this "
                   f"question leaves out (its cases are of the {len(present)} other types): each of those is wrong.")
    if len(set(predicted)) == 1:
        return incorrect(f"Your function gives every text the same label ({predicted[0]}), so it is right only "
                         f"for that type. {score} If that label is a default behind a lookup of the case set, the "
                         f"lookup found none of these {name}: they are new cases, so a lookup cannot label them "
                         "(review round 18). Write one rule per type, from each type's decisive feature.", "one_label")
    def code_of(out):
        return classify.type_code(out, typos=False) if isinstance(out, str) and not out.startswith("error: ") else None

    if share >= PASS_ACCURACY and copies is not None:
        changed = reworded.changed_labels(results, copies, code_of)
        on_copies = sum(code_of(copies[t]) in accepted[t] for t in texts) / len(texts)
        # a lookup in front of good rules reads the copies as the rules do: only a score the copies lose is a lookup's
        if len(changed) >= LOOKUP_SHARE * len(texts) and on_copies < PASS_ACCURACY:
            return incorrect(f"{score} But your classifier's labels change when the wording changes but the case does "
                             f"not: on {len(changed)} of {len(texts)} cases, told again with another person's name, "
                             "the amounts scaled together and a line of framing, it gives another label (or none), "
                             f"and it is right on {on_copies:.0%} of them: it is looking texts up, not reading them. A "
                             "lookup scores well only on texts it has seen; your instructor grades on cases by another "
                             "author. Write rules from each type's decisive features.", "looks_texts_up")
    if share >= PASS_ACCURACY and flips:
        followed = flipped_cases.follows_in_one_split(flip_outputs, flips, _old_types(), _splits(), code_of)
        if followed is not None:
            kept, group, split = followed
            return incorrect(f"{score} But {len(flips)} more texts were each a case of the case set with its decisive "
                             "fact edited so that its type changes (for example, part of the loan never arrived, so "
                             f"the debt was invented), and on {len(kept)} of the {len(group)} edited from the {split} "
                             "split your classifier kept the old case's type. It follows the wording of the stored "
                             "cases, not the fact that decides: that is what a lookup of the nearest stored text "
                             "does (or a model trained on the cases' words). Rules "
                             "that read the decisive fact change their label on most of them. Write rules from each "
                             "type's decisive features.", "nearest_text_lookup")
    if share >= PASS_ACCURACY and name.startswith(TEST_SPLIT_NAME) and (right - 1) / len(texts) < PASS_ACCURACY:
        # review round 16 (C16): in a student's copy the score is measured on the readable split, an estimate of the
        # instructor's: a pass by less than one case is not told Correct
        return incorrect(f"{score}{detail} That is the pass mark with no case to spare, on cases you can read; your "
                         "instructor grades on cases by another author, where a score this close can fall either "
                         "way. Make the rules that misfire read each type's decisive feature, and clear the mark.",
                         "type_left_out" if left_out else "at_the_pass_mark")
    if share >= PASS_ACCURACY:
        return correct(f"{score}{detail}")
    if left_out:
        return incorrect(f"{score}{detail} Give each text one of the types the question asks for.", "type_left_out")
    lesson = classify.apply_rules(pd.Series(texts), classify.LESSON_RULES).tolist()
    defaults = {p for p, l in zip(predicted, lesson) if l == classify.NO_MATCH}
    if len(defaults) <= 1 and all(p == l for p, l in zip(predicted, lesson) if l != classify.NO_MATCH):
        return incorrect(f"{score}{detail} Your function gives the same labels as the lesson's rules as they "
                         "stand; the pass mark is set above them. Improve the rules that misfire: read the train "
                         "cases they get wrong and ask which feature decides those cases.", "lesson_rules")
    return incorrect(f"{score}{detail} Rules that quote words from particular cases rarely work on new ones: "
                     "look for the features that define each type.", "below_threshold")


q2 = Question(
    id="q2",
    reads=("classify_text",),
    judge=_q2_judge,
    probe=q2_texts,
    inputs_private=True,  # held-out cases, reworded and edited copies: never quoted (review round 15)
    points=2.0,
    hints=[
        "Start from the lesson's rules: a list of (type, pattern) pairs, tried in order; the first match wins. "
        "Then read the train cases they get wrong.",
        "Each pattern should describe the type's decisive feature in the many ways people write it (a payment "
        "for a place and income from newcomers; undressing on a call; a contract sum against the money that "
        "arrived; collectors; bulk orders and a regulator; a price for taking a post down; many paid accounts), "
        "not words of one case.",
        "End with a default so that every text gets a type, e.g. `return 'paid_trolls'`.",
    ],
    explanation=("Ordered keyword rules that name each type's decisive feature in several wordings beat the "
                 "lesson's first rules on cases by another author; rules that memorise the wording of the "
                 "training cases do not."),
)

q2alt = Question(id="q2alt", reads=("classify_text_alt",), judge=_q2alt_judge, probe=held_out_without_sextortion,
                 inputs_private=True,
                 points=q2.points, hints=(q2.hints[0], "Each pattern should describe the type's decisive feature "
                                          "in the many ways people write it (a payment for a place and income "
                                          "from newcomers; a contract sum against the money that arrived; "
                                          "collectors; bulk orders and a regulator; a price for taking a post "
                                          "down; many paid accounts), not words of one case.", q2.hints[2]),
                 explanation="The same skill as question 2 on six types: rules that name each type's decisive "
                             "feature in several wordings beat the lesson's starting rules.")
q2alt.alternative_to = "q2"  # the better of q2 and q2alt counts (netcrime.checks.alternatives)

# --------------------------------------------------------------------------
# q3: accuracy of the baseline predictions


def _baseline() -> pd.DataFrame:
    return classify.baseline_results()


# The right share itself rounded the wrong way at the student's own decimals, as the engine names it (fix14a's
# branch, round 14), is a nearer story than any miscount ``counted`` finds for the same digits (review round 14, B4:
# 0.34 for 0.333 was "divided by 35, a miscount of the 36 cases"). "Rounded too far" is left to counted's own reading.
ROUNDING_SLIPS = frozenset({"rounded_the_wrong_way"})


def _accuracy_judge():
    """q3's judge, the accuracy worked out inside it only (#19: round 6 found ``_accuracy()`` handing it over; its
    cells hold no answer: test_no_closure_answer.py walks them). The baseline's results themselves are the
    lesson's table (``classify.baseline_results``): computing their share is the exercise.

    A wrong number is read by ``counted`` (round 9): the counts of the results table (right, wrong, matched by some
    rule, matched by none, all cases; the other split and the whole set as denominators) and every computation a
    student makes from them, each said in words; only a unique match is named."""
    def right_labels() -> pd.Series:
        results = _baseline()
        return results["actual"] == results["predicted"]

    def accuracy() -> float:
        return float(right_labels().mean())

    def candidates() -> list[counted.Candidate]:
        results = _baseline()
        hits = right_labels()
        matched = results["predicted"] != classify.NO_MATCH
        right = counted.Count("cases labelled correctly", int(hits.sum()), shown=False)
        wrong = counted.Count("cases labelled wrongly", int((~hits).sum()))
        every = counted.Count("cases in `results`", len(results))
        some = counted.Count("cases some rule matched", int(matched.sum()))
        none = counted.Count(f"cases labelled {classify.NO_MATCH!r}", int((~matched).sum()))
        cases = data.case_vignettes()
        sizes = [counted.Count(f"{split} cases", int(n)) for split, n in cases["split"].value_counts().items()
                 if int(n) != every.value] + [counted.Count("cases in the whole case set", len(cases))]
        # round 11: the correct labels per type (12 / 7), a denominator from the decision guide, not from the cases
        kinds = {len(classify.CRIME_TYPES), int(results["actual"].nunique()), int(results["predicted"].nunique())}
        sizes += [counted.Count("crime types a case can be labelled with (types, not cases)", n)
                  for n in sorted(kinds) if n not in {every.value, *(size.value for size in sizes)}]
        share = right.value / every.value
        out = [counted.count("count_of_cases", every),
               *[counted.count("count_not_share", c) for c in (right, wrong, some, none)]]
        out += [counted.Candidate("percent_not_share", "the share labelled correctly as a percentage", share * 100),
                *counted.ratio("error_rate", wrong, every, why=": the share labelled wrongly, the error rate"),
                *counted.ratio("unmatched_left_out", right, some, why=f": the cases labelled {classify.NO_MATCH!r} "
                               "are labels too, and wrong ones"),
                *[c for size in sizes for c in counted.ratio("wrong_denominator", right, size)],
                *counted.ratios(counted.OTHER_RATIO, (right, wrong, every, some, none), (right, every))]
        out += [counted.Candidate("wrong_denominator", f"the number of cases labelled correctly divided by {n}, a "
                                  f"miscount of the {every.value} cases", right.value / n, tier=1)
                for n in _other_sizes(every.value) if n not in {s.value for s in sizes}]
        # round 12: the right labels miscounted by one or two (a condition off, a row counted twice): 13/36 for 12/36
        out += [counted.Candidate("right_miscounted", f"{right.value + d} cases labelled correctly divided by all "
                                  f"{every.value}: {abs(d)} {'more' if d > 0 else 'fewer'} right label"
                                  f"{'s' if abs(d) > 1 else ''} than `results` holds ({right.value})",
                                  (right.value + d) / every.value, tier=1)
                for d in (-2, -1, 1, 2) if 0 <= right.value + d <= every.value]
        # round 13: one type's rate for the whole's (a row of the table: the share of one actual type labelled right,
        # or of one predicted label that is right), and the chance level, one in seven (the lesson quotes it)
        # a type's precision that a nearer step also gives (2/3: the error rate 24/36) is left to the nearer step
        nearer = [c.value for c in out if c.tier == 0]
        out += [c for c in _one_type_rates(results, hits)
                if c.key[0] == "actual" or not any(matches(c.value, v) for v in nearer)]
        # review round 13, G1: the lesson's own rules' score, printed in the lesson (53% on test, 66% on train)
        cases = data.case_vignettes()
        for split in ("test", "train"):
            rows = cases[cases["split"] == split]
            score = float((classify.apply_rules(rows["text"], classify.LESSON_RULES) == rows["primary_type"]).mean())
            out.append(counted.Candidate("rules_score_not_baseline", f"the share of the {split} split the lesson's "
                                         "starting rules label correctly (printed in the lesson), not the share of "
                                         "the baseline's predictions in `results` that are right", score, tier=1,
                                         key=("lesson rules", split)))
        out.append(counted.Candidate("chance_level", f"1 divided by the {len(classify.CRIME_TYPES)} crime types: the "
                                     "share a blind guess would get right (the chance level), not the share this "
                                     "baseline got right", 1 / len(classify.CRIME_TYPES), tier=1))
        return out

    plain = number(accuracy, rel_tol=1e-3, figures=no_release_figures)

    @judge({**plain.misconceptions, **counted.DECLARED,
            "count_not_share": "gave a count of the results table where accuracy, a share, is asked",
            "share_of_no_whole_count": "gave a share that no whole count of the cases gives: the verdict says the "
                                       "count it would need and the nearest shares",
            "count_of_cases": "gave the number of cases (len of the results) where accuracy, a share, is asked",
            "error_rate": "gave the share labelled wrongly (the error rate) for the share labelled correctly",
            "unmatched_left_out": f"left the cases labelled {classify.NO_MATCH!r} out of the denominator",
            "wrong_denominator": "divided the correct labels by another count than the cases in `results`",
            "right_miscounted": "miscounted the correct labels by one or two (a condition off, a row counted twice)",
            "one_type_rate": "gave one type's rate (its recall or precision, a row of the table) where the accuracy over "
                             "every case is asked",
            "chance_level": "gave the chance level (one in seven, a guess among the types) for the baseline's accuracy",
            "column_with_itself": "gave 1, every label right: a column compared with itself (or every row counted twice)",
            "rules_score_not_baseline": "gave the lesson's starting rules' score (printed in the lesson) for the "
                                        "baseline's accuracy in `results`"})
    def accuracy_judge(value) -> Outcome:
        given = plain(value)
        if given.passed or given.misconception in ROUNDING_SLIPS:
            return given
        named = counted.verdict(value, candidates(), asked="the number of cases labelled correctly divided by the "
                                "number of cases in `results` (or .mean() of the True/False column)", target=accuracy())
        return named or _whole_count_for_share(value) or _every_label_right(value) or \
            _share_of_no_whole_count(value, len(_baseline()), "accuracy", "cases in `results`", "labels right") or given

    return accuracy_judge


def _one_type_rates(results: pd.DataFrame, hits: pd.Series) -> list[counted.Candidate]:
    """q3's candidates for one type's rate: for each actual type, the share of its cases labelled right (its recall);
    for each predicted type, the share of its labels that are right (its precision). A student who groups before
    taking the mean, or filters one type, computes one of these (round 13)."""
    out = []
    for column, says in (("actual", "the share of the {n} {kind} cases labelled correctly (the recall of {kind})"),
                         ("predicted", "the share of the {n} cases labelled {kind} that are right (the precision of {kind})")):
        for kind, n, rate in _rates_by(results[column], hits):
            if kind == classify.NO_MATCH or rate in (0.0, 1.0):
                continue  # 0 and 1 are every rounding's and integer division's numbers too: no story of a type
            out.append(counted.Candidate("one_type_rate", says.format(n=n, kind=kind) + ": one type's rate, "
                                         "where accuracy counts every case", rate, tier=1, key=(column, kind)))
    return out


def _rates_by(labels: pd.Series, hits: pd.Series) -> list[tuple]:
    """(label, its cases, the share of them that are hits) per label, in ``classify.label_order``, for the labels and
    hits of one table, row for row: what ``hits.groupby(labels)`` gives with ``len`` and ``.mean()`` (a missing label
    left out). Counted in plain Python, one path for labels of any kind (round 17: the pandas twin is gone; q3's judge
    asks it on every wrong answer, #15)."""
    by: dict = {}
    for label, hit in zip(labels.tolist(), hits.tolist()):
        if not classify.label_missing(label):
            by.setdefault(label, []).append(bool(hit))
    return [(label, len(group), sum(group) / len(group))
            for label, group in sorted(by.items(), key=lambda item: classify.label_order(item[0]))]


def _whole_count_for_share(value) -> Outcome | None:
    """A whole number above 1 where accuracy (a share, 0 to 1) is asked: a count of cases, even one this results
    table does not hold (round 12's review: 5 and 10 were told only 'too high ... check the units')."""
    if not is_number(value) or isinstance(value, bool) or not 1 < float(value) < 1e9 or float(value) != int(value):
        return None
    return incorrect(f"You gave {plain_number(value)}, a whole number: accuracy is a share, between 0 and 1, so "
                     f"{plain_number(value)} looks like a count of cases. Divide the number of cases labelled correctly "
                     "by the number of cases in `results` (or take .mean() of the True/False column).",
                     "count_not_share")


def _share_of_no_whole_count(value, size: int, what: str, over: str, counted_as: str) -> Outcome | None:
    """A share between 0 and 1 that no whole count over ``size`` gives, read as the count it would need (round 14:
    0.6 for q3's accuracy over 36 cases was "too high ... print what your code counts" and nothing more): 0.6 x 36 =
    21.6 labels right, not a whole number. The nearest shares are not said: one of them may be the answer."""
    if not is_number(value) or isinstance(value, bool) or not 0 < float(value) < 1 or size <= 0:
        return None
    share = float(value)
    if any(matches(share, k / size) for k in range(size + 1)):
        return None  # a share of whole counts: a miscount, which other verdicts name, not this one
    return incorrect(f"You gave {plain_number(share)}: {what} is the number of {counted_as} over the {size} {over}, and "
                     f"{plain_number(share)} x {size} = {plain_number(share * size)}, not a whole number of {counted_as}: "
                     "no count gives your share. Count again, then divide.", "share_of_no_whole_count")


def _every_label_right(value) -> Outcome | None:
    """1 where the baseline gets a third right: a comparison that is always true (a column with itself, or the
    rows counted over the rows), round 13."""
    if not is_number(value) or isinstance(value, bool) or float(value) != 1.0:
        return None
    return incorrect("You gave 1: that says every one of the baseline's labels is right, and the table shows many "
                     "that are not. A comparison that is always true gives 1: a column compared with itself "
                     "(`results['actual'] == results['actual']`), or the number of rows divided by itself. Compare "
                     "`results['actual']` with `results['predicted']`.", "column_with_itself")


def _other_sizes(size: int) -> list[int]:
    """Counts a student may divide by instead of ``size`` cases: a miscount by up to ten, the other split's size,
    every case of the set."""
    cases = data.case_vignettes()
    return sorted({*range(max(1, size - 10), size + 11), len(cases), *cases["split"].value_counts().tolist()} - {size})


q3 = Question(
    id="q3",
    reads=("accuracy",),
    judge=_accuracy_judge(),
    hints=[
        "`results['actual'] == results['predicted']` is a column of True/False, one per case.",
        "The mean of True/False values is the share of True.",
    ],
    explanation="Accuracy is the share of cases whose predicted type equals the actual one.",
)

# --------------------------------------------------------------------------
# q4: the confusion table


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


def _table_shape_problem(value: pd.DataFrame, target: pd.DataFrame, labels: bool = True) -> Outcome | None:
    """A row or column of the confusion table missing, repeated or extra, a cell left empty, or counts scaled:
    each named, with the types it concerns (before squaring, which would hide them as zeros). ``labels=False``
    checks only repeats and gaps (a transposed table has every label, on the other axis)."""
    if (doubled := duplicated_columns(value)) is not None:
        return doubled
    rows, columns = [str(r) for r in value.index], [str(c) for c in value.columns]
    repeated = sorted({r for r in rows if rows.count(r) > 1})
    if repeated:
        return incorrect(f"Your table has the row {repeated[0]!r} more than once (a concat that repeated it?). Each "
                         "actual type is one row: make the table again with pd.crosstab.", "repeated_row")
    if not labels:
        return None
    for kind, mine, theirs, code in (("row", rows, target.index, "missing_row"),
                                     ("column", columns, target.columns, "missing_column_type")):
        missing = [str(t) for t in theirs if str(t) not in mine]
        if missing:
            return incorrect(f"Your table has no {kind} for {missing[0]!r}, which appears as "
                             f"{'an actual' if kind == 'row' else 'a predicted'} type in `results`. Make it with "
                             "pd.crosstab(results['actual'], results['predicted']) over all cases, not a part of "
                             "them.", code)
    extra = [r for r in rows if r not in map(str, target.index) and r not in map(str, target.columns)]
    if extra:
        return incorrect(f"Your table has a row {extra[0]!r}, which is no actual type in `results`.", "extra_row")
    numbers = value.apply(pd.to_numeric, errors="coerce")
    if numbers.isna().to_numpy().any():
        return incorrect("Your table has empty cells (NaN). pd.crosstab writes 0 where a pair never occurs; a "
                         "shift, a merge or a reindex without fill_value=0 leaves gaps.", "empty_cells")
    mine = _square(numbers).astype(float).loc[_square(target).index, _square(target).columns]
    right = _square(target).astype(float)
    if _looks_normalised(mine):
        return None  # shares, not counts: named by the judge
    for column in right.columns:
        ratio = (mine[column] / right[column]).replace([float("inf")], float("nan")).dropna()
        if len(ratio) and (mine[column] != right[column]).any() and ratio.nunique() == 1 and ratio.iloc[0] not in (0, 1):
            return incorrect(f"The counts in column {column!r} are {ratio.iloc[0]:g} times the number of cases; "
                             "a confusion table holds plain counts of cases.", "counts_scaled")
    return None


@judge({
    "transposed": "actual and predicted swapped",
    "normalised": "shares instead of counts",
    "margins": "totals included",
    DUPLICATED_COLUMN: DUPLICATED_COLUMN_DESCRIPTION,
    "repeated_row": "a row (an actual type) repeated",
    "missing_row": "an actual type left out of the rows",
    "missing_column_type": "a predicted type left out of the columns",
    "extra_row": "a row that is no actual type",
    "empty_cells": "empty cells (NaN) where a pair never occurs",
    "counts_scaled": "counts multiplied by a factor",
    "long_form": "counts in long form (one row per pair), not pivoted into a table",
    "diagonal_only": "counted only the correctly labelled cases (the diagonal), leaving the mistakes out",
    "mistakes_only": "counted only the mistakes (off the diagonal), leaving the correctly labelled cases out",
    "index_reset": "moved the actual types out of the rows into a column (reset_index), leaving row numbers",
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
    if {"actual", "predicted"} <= set(map(str, value.columns)):
        return incorrect("Your table has one row per (actual, predicted) pair, in long form. Pivot it: one row per "
                         "actual type and one column per predicted type, e.g. pd.crosstab(results['actual'], "
                         "results['predicted']) or .pivot(index='actual', columns='predicted', values=...).",
                         "long_form")
    results = _baseline()  # the table is made here, inside the judge, under no name of the module (#19)
    target = pd.crosstab(results["actual"], results["predicted"])
    kept = [str(c) for c in value.columns if str(c) in ("actual", "index")]
    if kept and not set(map(str, value.index)) & set(map(str, target.index)):
        # review round 18 (W9): crosstab(...).reset_index() keeps every row, but its labels are now a column and the
        # rows are numbered: the table is right but for its index
        return incorrect(f"Your table has the actual types in a column {kept[0]!r} and row numbers "
                         f"({', '.join(map(str, list(value.index)[:3]))}, ...) as its rows: .reset_index() moved the "
                         "types out of the index. Leave it out (or put them back with .set_index('actual')): the rows "
                         "of a confusion table are the actual types.", "index_reset")
    swapped = (set(map(str, value.index)) == set(map(str, target.columns))
               and set(map(str, value.columns)) == set(map(str, target.index)))
    shape = _table_shape_problem(value, target, labels=not swapped)  # a transposed table is named below
    if shape is not None:
        return shape
    try:
        mine = _square(value).astype(float)
    except (TypeError, ValueError):
        return wrong_type("Your table holds values that are not counts.")
    target = _square(target).astype(float)
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
    if (part := _one_side_of_the_diagonal(mine.to_numpy(), target.to_numpy())) is not None:
        return part
    return incorrect("Some counts are not right yet. Use the columns 'actual' and 'predicted' of `results`.")


def _one_side_of_the_diagonal(mine, right) -> Outcome | None:
    """Review round 15 (C4): the right counts on one side of the diagonal and zeros on the other, what a table of the
    correctly labelled cases only (or of the mistakes only) gives: named, with which cells are missing."""
    import numpy as np

    diagonal = np.eye(len(right), dtype=bool)
    same_on, zero_off = (mine[diagonal] == right[diagonal]).all(), (mine[~diagonal] == 0).all()
    same_off, zero_on = (mine[~diagonal] == right[~diagonal]).all(), (mine[diagonal] == 0).all()
    if same_on and zero_off and right[~diagonal].any():
        return incorrect(f"Your table keeps the correct labels (the diagonal, {int(mine[diagonal].sum())} cases) and "
                         "puts 0 in every other cell, but the baseline's mistakes are cells too "
                         f"({int(right[~diagonal].sum())} cases off the diagonal). Count every case of `results`, right "
                         "or wrong: pd.crosstab(results['actual'], results['predicted']).", "diagonal_only")
    if same_off and zero_on and right[diagonal].any():
        return incorrect(f"Your table keeps the mistakes (off the diagonal) and puts 0 on the diagonal, but the "
                         f"correctly labelled cases ({int(right[diagonal].sum())}) belong in it too. Count every case "
                         "of `results`: pd.crosstab(results['actual'], results['predicted']).", "mistakes_only")
    return None


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

_q5_structure = chart(mark="rect", encodings={
    "x": {"field": "predicted", "type": "nominal"},
    "y": {"field": "actual", "type": "nominal"},
    "color": {"field": "cases", "type": "quantitative"},
}, rules=[no_text_layer, text_shows("cases", "the counts (`cases`)")])

# The prompt asks for counts that stay readable: white on the dark cells, dark on the light ones. What is read is the
# text layer's colour (colour or fill), in any of the forms Vega-Lite allows: a condition on the count (a test or a
# field predicate, alt.condition or alt.when), or a colour field calculated from the count and drawn as is.
TEXT_COLOUR_CODES = {
    "text_colour_missing": "counts written in one default colour on every cell (unreadable on the dark ones)",
    "text_colour_fixed": "counts written in one fixed colour on every cell (white is lost on light cells, black on "
                         "dark ones)",
    "text_colour_not_by_count": "a text-colour condition that does not depend on the count (the cell's darkness)",
    "text_colour_splits_nothing": "a threshold on the count that no cell (or every cell) passes, so one colour is used "
                                  "everywhere",
    "text_colour_reversed": "the light text colour given to the small counts (light cells) and the dark one to the "
                            "large counts",
}
_LIGHTNESS = {"white": 1.0, "black": 0.0, "#fff": 1.0, "#ffffff": 1.0, "#000": 0.0, "#000000": 0.0,
              # a few more CSS names (their mean of red, green and blue), so two names of one shade are seen as one
              "snow": 0.99, "ivory": 0.98, "whitesmoke": 0.96, "gainsboro": 0.86, "lightgray": 0.83, "lightgrey": 0.83,
              "silver": 0.75, "darkgray": 0.66, "darkgrey": 0.66, "gray": 0.5, "grey": 0.5, "dimgray": 0.41,
              "dimgrey": 0.41, "navy": 0.17, "darkblue": 0.18, "midnightblue": 0.22, "darkslategray": 0.25,
              "darkslategrey": 0.25}
# Two text colours closer than this in lightness are one colour for a reader: a condition between them writes every
# count alike (round 14 FINAL, #19: 'white' and '#ffffff' was credited as readable).
_LEAST_CONTRAST = 0.4
_COMPARISON = re.compile(r"datum(?:\.(\w+)|\[['\"]([^'\"]+)['\"]\])\s*(>=|<=|>|<|===|==|!==|!=)\s*(-?[\d.]+)")


def _lightness(colour) -> float | None:
    """0 (black) to 1 (white) for a colour written as a name or hex code, else None (not judged)."""
    if not isinstance(colour, str):
        return None
    text = colour.strip().lower()
    if text in _LIGHTNESS:
        return _LIGHTNESS[text]
    hexa = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", text)
    if hexa:
        digits = hexa.group(1) if len(hexa.group(1)) == 6 else "".join(c * 2 for c in hexa.group(1))
        return sum(int(digits[i:i + 2], 16) for i in (0, 2, 4)) / (3 * 255)
    return None


def _count_test(condition: dict, count: str):
    """(op, threshold) of a simple test on the count, True for any other test on it, None if it ignores the count."""
    test = condition.get("test")
    if isinstance(test, dict):  # a field predicate, e.g. {"field": "cases", "gt": 5}
        if test.get("field") != count:
            return None
        for key, op in (("gt", ">"), ("gte", ">="), ("lt", "<"), ("lte", "<="), ("equal", "==")):
            if isinstance(test.get(key), (int, float)):
                return op, float(test[key])
        return True
    if isinstance(test, str):
        for field, bracketed, op, number in _COMPARISON.findall(test):
            if (field or bracketed) == count:
                try:
                    return op, float(number)
                except ValueError:
                    return True
        return True if re.search(rf"\b{re.escape(count)}\b", test) else None
    return None


def _holds(op: str, left: float, right: float) -> bool:
    return {">": left > right, ">=": left >= right, "<": left < right, "<=": left <= right,
            "==": left == right, "===": left == right, "!=": left != right, "!==": left != right}[op]


def _text_colour_problem(spec: dict):
    """(code, message) when the counts' colour does not follow the cells' darkness, else None."""
    found = views(spec)
    rects = [v for v in found if v.mark == "rect"]
    texts = [v for v in found if v.mark == "text"]
    if not rects or not texts:
        return None  # no text layer at all is no_text_layer's verdict
    colour = rects[0].encoding.get("color") or {}
    count = colour.get("field") if isinstance(colour, dict) else None
    if not isinstance(count, str):
        return None
    verdicts = []
    for view in texts:
        verdict = _text_view_colour(view, count, _large_counts_light(colour))
        if verdict is None:
            return None  # one readable text layer is enough
        verdicts.append(verdict)
    return verdicts[0]


def _large_counts_light(colour: dict) -> bool:
    """Whether the cells' scale draws the large counts light (review round 18, W9): ``reverse=True``, or a range that
    runs from dark to light. A plain sequential scale (and 'greys') draws them dark."""
    scale = colour.get("scale") if isinstance(colour.get("scale"), dict) else {}
    light = bool(scale.get("reverse"))
    ends = scale.get("range")
    if isinstance(ends, list) and len(ends) >= 2 and all(isinstance(e, str) for e in (ends[0], ends[-1])):
        first, last = _lightness(ends[0]), _lightness(ends[-1])
        if first is not None and last is not None and first != last:
            light ^= first < last  # dark for the smallest, light for the largest
    return light


def _text_view_colour(view, count: str, large_light: bool = False):
    enc = view.encoding
    mark = view.spec.get("mark") if isinstance(view.spec.get("mark"), dict) else {}
    how = (f"color=alt.condition(alt.datum.{count} > threshold, alt.value('white'), alt.value('black')), with a "
           "threshold about half the largest count")
    for channel in ("color", "fill"):
        given = enc.get(channel)
        if not isinstance(given, dict):
            continue
        conditions = given.get("condition")
        conditions = conditions if isinstance(conditions, list) else [conditions] if isinstance(conditions, dict) else []
        if conditions:
            tied = [(c, _count_test(c, count)) for c in conditions]
            tied = [(c, t) for c, t in tied if t is not None]
            if not tied:
                return ("text_colour_not_by_count", f"Your counts' colour changes on a condition that does not read "
                        f"the count ({conditions[0].get('test') or conditions[0].get('param')!r}); the cell's darkness "
                        f"comes from `{count}`. Use {how}.")
            cond, test = tied[0]
            if cond.get("value") is not None and cond.get("value") == given.get("value"):
                return ("text_colour_fixed", f"Both colours of your condition are {cond.get('value')!r}, so every "
                        f"count is written the same way. Use {how}.")
            shades = (_lightness(cond.get("value")), _lightness(given.get("value")))
            if None not in shades and abs(shades[0] - shades[1]) < _LEAST_CONTRAST:
                return ("text_colour_fixed", f"The two colours of your condition, {cond.get('value')!r} and "
                        f"{given.get('value')!r}, are {'the same shade' if shades[0] == shades[1] else 'nearly one shade'}"
                        f", so every count is written alike: one of them is lost on the dark cells or the light ones. "
                        f"Use {how}.")
            return _threshold_problem(view, count, cond, given, test, how, large_light)
        field = given.get("field")
        if isinstance(field, str):
            if field == count and given.get("scale") is not None:
                return None  # the count drawn through a scale of its own (e.g. a reversed range): accepted
            calculated = [t.get("calculate", "") for t in view.spec.get("transform") or [] if isinstance(t, dict)
                          and t.get("as") == field]
            if calculated and re.search(rf"\b{re.escape(count)}\b", calculated[0]) and given.get("scale", 1) is None:
                return None  # a colour computed from the count, drawn as is (scale=None)
            if field == count:
                return ("text_colour_not_by_count", f"Your counts take their colour from `{count}` on the same scale "
                        "as the cells, so each number is drawn in its own cell's colour and disappears. Use "
                        f"{how}.")
            return ("text_colour_not_by_count", f"Your counts' colour comes from `{field}`, not from the count that "
                    f"makes a cell dark. Use {how}.")
        if given.get("value") is not None:
            return ("text_colour_fixed", f"Your counts are all {given['value']!r}: readable on one kind of cell and "
                    f"lost on the other. Use {how}.")
    fixed = mark.get("color") or mark.get("fill")
    if fixed:
        return ("text_colour_fixed", f"Your counts are all {fixed!r} (mark_text(color=...)): readable on one kind of "
                f"cell and lost on the other. The prompt asks for white on the dark cells only: use {how}.")
    return ("text_colour_missing", "Your counts are written in the default colour (black) on every cell, so they are "
            f"hard to read on the darkest cells. The prompt asks for white on the dark cells: use {how}.")


def _threshold_problem(view, count: str, cond: dict, given: dict, test, how: str, large_light: bool = False):
    """With the chart's own rows: does the threshold split the cells, and do the large counts get the light colour?"""
    if not isinstance(test, tuple) or not view.rows:
        return None
    op, threshold = test
    values = [float(r[count]) for r in view.rows if isinstance(r, dict) and isinstance(r.get(count), (int, float))]
    if not values:
        return None
    passing = [v for v in values if _holds(op, v, threshold)]
    if not passing or len(passing) == len(values):
        return ("text_colour_splits_nothing", f"Your condition `{count} {op} {threshold:g}` is "
                f"{'true' if passing else 'false'} for every cell (the counts run from {min(values):g} to "
                f"{max(values):g}), so one colour is used everywhere. Put the threshold inside that range, about half "
                "the largest count.")
    when_true, otherwise = _lightness(cond.get("value")), _lightness(given.get("value"))
    if when_true is None or otherwise is None or when_true == otherwise:
        return None
    large_pass = sum(passing) / len(passing) > sum(values) / len(values)  # does the test pick the large counts?
    light_on_large = (when_true > otherwise) == large_pass
    if large_light and light_on_large:
        return ("text_colour_reversed", "Your cells' scale is reversed (reverse=True or a dark-to-light range), so the "
                "large counts are the light cells; your condition still writes them in the light colour, so the "
                "numbers vanish everywhere. Swap the two colours, or drop the reversal.")
    if not large_light and not light_on_large:
        return ("text_colour_reversed", f"Your condition gives the light colour to the small counts (the light cells) "
                "and the dark colour to the large ones, so the numbers vanish everywhere. Swap the two colours.")
    return None


def _cells_problem(spec: dict):
    """(code, message) when the coloured cells are not the baseline's pairs and counts (cells left out, by a filter
    or a table cut short, or counts from another table); None when they are, or when the rows cannot be followed."""
    rect = next((v for v in views(spec) if v.mark == "rect"), None)
    if rect is None or not rect.rows:
        return None
    fields = [(rect.encoding.get(ch) or {}).get("field") for ch in ("y", "x", "color")]
    if not all(isinstance(f, str) for f in fields):
        return None
    actual, predicted, count = fields
    results = _baseline()
    expected = classify.confusion_cells(results["actual"], results["predicted"]).set_index(
        ["actual", "predicted"])["cases"].to_dict()
    try:
        drawn = {(str(r[actual]), str(r[predicted])): float(r[count]) for r in rect.rows}
    except (KeyError, TypeError, ValueError):
        return None
    missing = [pair for pair in expected if pair not in drawn]
    if missing:
        shown = "; ".join(f"actual {a} / predicted {p} ({expected[(a, p)]})" for a, p in missing[:3])
        return ("missing_cells", f"The chart leaves out {len(missing)} of the {len(expected)} cells of `cells`: {shown}. "
                "Chart `cells` as the question gives it (check the table you chart, and any filter).")
    changed = [pair for pair, n in expected.items() if abs(drawn[pair] - n) > 1e-9]
    if changed:
        a, p = changed[0]
        return ("cells_changed", f"The chart's counts are not the baseline's: actual {a} / predicted {p} is drawn as "
                f"{drawn[(a, p)]:g}, but `cells` says {expected[(a, p)]}. Chart `cells` as the question gives it.")
    return None


# Round 12 (#19): the matrix counts a keyword baseline's labels on fictional test cases. Words that speak of crime, and
# of how much or where, with no word of the classification ("Online crime in China by type", "Most online crime is
# trap loans") read the cells as counts of crime ("Crime types" alone does not). Any word of what the chart is (predicted, actual, confused, labels, rules, baseline, matrix,
# test cases, fictional ...) or a denial makes the title fair.
_CRIME_WORDS = re.compile(r"\b(?:crimes?|criminal|fraud|scams?|extortion|trap[- ]loans?|sextortion|harassment|"
                          r"pyramid|trolls?)\b|犯罪|诈骗|敲诈|套路贷", re.IGNORECASE)
_MATRIX_WORDS = re.compile(r"predict|actual|confus|mix(?:ed|es)? up|classif|label|rules?\b|baseline|keyword|matrix|"
                           r"accura|vignette|\btest|model|guess|correct|wrong|mistak|error|\bhits?\b|miss|split|"
                           r"fiction|made[- ]up|recall|precision|\bnot\b|\bno\b|预测|实际|混淆|分类|标签|规则|虚构",
                           re.IGNORECASE)


# ... and says how much or where: "in China", "most", "distribution", "how common", a year, 分布, 最多, 全国
_PREVALENCE_WORDS = re.compile(r"\bin china\b|\bchina's\b|\bnationwide\b|\bmost\b|\bmajority\b|\bcommon(?:est)?\b|"
                               r"\bdistribution\b|\bprevalen|\bhow many\b|\bshare of\b|\bnumbers? of\b|\bcounts? of\b|"
                               r"\b(?:19|20)\d\d\b|\bby type\b|\bbreakdown\b|分布|最多|多数|全国|数量|占比|构成",
                               re.IGNORECASE)


_MOST_WORDS = re.compile(r"\b(?:most|majority|commonest|most common|predominantly|mainly|mostly)\b|\bin china\b|"
                         r"\bnationwide\b|最多|多数|为主|大部分|全国", re.IGNORECASE)


# Claims a confusion matrix of a crude baseline cannot carry (review round 13): that the classifier is accurate (it gets
# a third of the test cases right), or that the cells count victims. Read with lesson 02's claim reader, so a denial
# ("The baseline does not classify accurately") or a question ("Does the baseline get the types right?") claims nothing.
_CLASSIFIER = r"(?:classifier|baseline|rules?|model|keywords?|keyword rules|our (?:system|approach)|it|they)"
BASELINE_ACCURATE = Claim(
    code="baseline_as_accurate",
    description="said the confusion matrix shows a classifier that works (accurate, right, reliable), where the "
                "keyword baseline gets about a third of the test cases right",
    claim="the classifier gets the types right",
    patterns=(rf"\b{_CLASSIFIER}\s+(?:\w+\s+){{0,2}}?(?:gets?|got|has|have)\s+(?:\w+\s+){{0,3}}?(?:right|correct)\b",
              # the classifier's own verb, active ("classifies crime accurately"), not "cases labelled correctly"
              # (not a share that says how few: "labels only a third of the test cases correctly", "labels 33% right",
              # round 16)
              r"\b(?:classif(?:ies|y)|labels|sorts|identif(?:ies|y)|recogni[sz]es|predicts|tells apart)\b"
              r"(?![^.;!?]{0,40}?(?:\b(?:only|just|barely|merely|a third|one third|thirds?|quarters?|few|some|under|less than|"
              r"fewer|a minority|one in|two in)\b|(?<![\d.])[1-4]?\d(?:\.\d+)?\s*(?:%|per ?cent)))[^.;!?]{0,40}?\b"
              r"(?:accurately|correctly|well|reliably|perfectly|precisely|successfully)\b",
              r"\b(?:accurate|reliable|precise|excellent|strong|effective|successful|working|high[- ]accuracy|"
              r"trustworthy|good)\s+(?:[\w-]+\s+)?(?:classifier|baseline|rules|model|classification|labelling|labeling)\b",
              # "The baseline works", "Keyword rules: accurate for most types" (round 13)
              rf"\b{_CLASSIFIER}\s+(?:works|worked|succeeds|succeeded|delivers|does the job)\b(?![^.;!?]{{0,40}}\b(?:only|"
              r"third|quarter|few|some|under|less|fewer|badly|poorly|rarely|seldom)\b)",
              rf"\b{_CLASSIFIER}\s*[:\u2014\u2013-]\s*(?:highly |very |mostly |largely |generally )?(?:accurate|"
              r"reliable|effective|right|correct|works?)\b",
              rf"\b{_CLASSIFIER}\s+(?:is|are|was|were|works?|worked|performs?|performed)\s+(?:\w+\s+)?(?:accurate|"
              r"reliable|good|well|effective|excellent|strongly|perfectly)\b",
              # fit for use, however said (review round 14, B7): "a baseline good enough for police statistics",
              # "rules fit for official counts", "ready to use", "can be trusted", "dependable"
              rf"\b{_CLASSIFIER}\s+(?:[\w-]+\s+){{0,3}}?(?:good enough|fit for|ready (?:for|to)|can be (?:trusted|"
              r"relied on|used)|dependable|trustworthy|usable|up to the job)\b",
              r"\b(?:good enough|fit|ready|suitable|dependable|usable)\s+(?:for|to)\s+(?:use\b|[\w-]+\s+)?(?:[\w-]+\s+)?"
              r"(?:statistics|counts?|figures|police|official|real[- ]world|production|publication|deployment|use)\b",
              r"分类(?:准确|正确|效果(?:很|非常)?好)|准确(?:地)?(?:分类|识别)|识别准确|表现(?:良好|出色)|(?:足以|可以)用于"),
    why="the baseline labels about a third of the test cases right; the matrix shows where it goes wrong, not that "
        "it works.",
    # the words after a noun they describe (round 18, #19): "Diagonal cells: labels the baseline got right", "what it
    # got right", "the cases the rules classify correctly" say which cells are right, not that the classifier works
    not_after=r"\b(?:labels?|cases?|ones|types?|what|those|which|predictions?|cells?|vignettes?|counts?|where)",
)
# ... and said flawless, which a negator often says (review round 15, C2): "the baseline is perfect on the test split",
# "none of the test cases is misclassified", "no mistakes", "every case right". The negator is the claim's own word
# (``negation_is_claim``); "not perfect" and "no classifier is perfect" deny it. Same misconception as BASELINE_ACCURATE.
BASELINE_FLAWLESS = Claim(
    code=BASELINE_ACCURATE.code,
    description=BASELINE_ACCURATE.description,
    claim="the classifier labels every test case right",
    patterns=(rf"\b{_CLASSIFIER}\s+(?:is|was|are|were|looks|seems|proves?|proved)\s+(?:(?!not\b|never\b|hardly\b|far\b|"
              r"less\b|nowhere\b)\w+\s+)?(?:perfect|flawless|"
              r"faultless|infallible|error-free|100% (?:accurate|right|correct))\b",
              # (not a hypothetical one: "A perfect classifier would fill only the diagonal")
              r"\b(?:perfect|flawless|faultless|error-free|100% accurate)\s+(?:[\w-]+\s+)?(?:classifier|"
              r"baseline|rules|model|classification|labelling|labeling|accuracy|score|record)\b"
              r"(?![^.;!?]{0,30}\b(?:would|could|should|might)\b)",
              # a full score: "100% accuracy", "Keyword baseline: 100% accurate", "accuracy of 100%"
              # (not a distance from it: "far from 100% accurate", "below 100% accuracy", "short of 100%")
              r"(?<!from )(?<!below )(?<!of )(?<!than )(?<!under )(?<!near )(?<!not )(?<!to )"
              r"\b100\s*(?:%|per ?cent)\s+(?:accura\w*|right|correct|precision|recall)\b|"
              r"\b(?:accuracy|precision|recall)\s*(?:of|is|was|:|=)\s*100\s*(?:%|per ?cent)",
              rf"\b{_CLASSIFIER}\s+(?:(?:is|are|was|were)\s+never\s+(?:wrong|mistaken)|never\s+(?:misses|missed|errs|erred|"
              r"fails|failed|mislabels|misclassifies|gets (?:it|one|a case) wrong))\b",
              r"\b(?:every|each|all)\s+(?:(?:the|of the|its)\s+)?(?:predictions?|labels?|guess(?:es)?)\s+(?:is|are|was|were)\s+"
              r"(?:\w+\s+)?(?:right|correct|accurate)\b",
              r"\b(?:no|zero|not (?:a single|one))\s+(?:[\w-]+\s+)?(?:mistakes?|errors?|misclassifications?|"
              r"mislabell?ings?|wrong labels?|false labels?)\b(?!\s+(?:is|are|was|were)\s+(?:shown|counted|given))",
              r"\b(?:none|not one|no case|no test case)\s+(?:of\s+(?:the|these|its)\s+(?:[\w-]+\s+)?cases?\s+)?"
              r"(?:is|was|are|were|gets?|got)\s+(?:\w+\s+)?(?:misclassified|mislabell?ed|wrong|misread|missed)\b",
              r"\b(?:every|each|all)\s+(?:(?:the|of the)\s+)?(?:test\s+)?cases?\s+(?:is|are|was|were)?\s*(?:labell?ed\s+|"
              r"classified\s+)?(?:right|correct(?:ly)?|accurately)\b",
              r"全部(?:正确|分类正确|判断正确)|零错误|没有(?:任何)?(?:错误|误判)|百分之百(?:正确|准确)|完美",
              # said to find every type or miss none (round 17 FINAL, #19): "Our keyword rules catch every type of
              # online crime", "catches them all", "spots each kind of scam", "misses nothing". Finding, not labelling:
              # "labels every test case" and "a cell for every type" are what the matrix is, and claim nothing.
              r"\b(?:catch(?:es|ing)?|caught|spots?|spotted|detects?|detected|finds?|found|flags?|flagged|recogni[sz]es?|"
              r"recogni[sz]ed|identif(?:ies|y|ied)|picks? up|picked up|nails?|nailed)\s+(?:(?:every|each|all|any)\s+"
              r"(?:single\s+)?(?:(?:the|of the|its)\s+)?(?:[\w-]+\s+){0,2}?(?:types?|kinds?|sorts?|categor(?:y|ies)|cases?|"
              r"crimes?|scams?|ones?|vignettes?|labels?)\b(?:\s+right\b)?|(?:them|it|'?em)\s+all\b|all\s*(?:[.!:;,\u2014\u2013-]|$)|"
              r"everything\b)",
              # never wrong, however said (round 18, #19): "The baseline never gets a type wrong", "A classifier that
              # cannot be fooled", "rules that never make a mistake" (not "can be fooled", "is sometimes wrong")
              rf"\b{_CLASSIFIER}\s+(?:(?:that|which|who)\s+)?(?:\w+\s+){{0,2}}?(?:never|cannot|can't|can never|won't|will never)\s+"
              r"(?:be\s+)?(?:fooled|tricked|beaten|wrong|mistaken|confused|(?:gets?|got|make|makes|made)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:wrong|mistakes?|errors?))\b",
              r"\b(?:never|not once)\s+(?:misses|missed|fails|failed|errs|erred|mislabels|mislabelled|misclassifies|misclassified)\b|"
              r"\b(?:misses|missed|missing)\s+(?:nothing|none|no (?:type|kind|case|crime)s?)\b|\bnothing\s+(?:is\s+|gets\s+)?missed\b"),
    why="the baseline labels about a third of the test cases right: the cells off the diagonal are its mistakes.",
    negation_is_claim=True,
)
MATRIX_VICTIMS = Claim(
    code="matrix_as_victims",
    description="said the confusion matrix counts victims, where its cells count fictional test cases",
    claim="the cells count victims",
    patterns=(r"\bvictims?\b", r"受害(?:人|者)"),
    why="each cell counts fictional test cases (vignettes written for the course) by actual and predicted type; no "
        "person and no victim is counted.",
)

# The baseline's labels (and its errors) said to be the police's (round 14 FINAL, #19): "Police misclassify two thirds of
# online crimes", "How officers label online crime", "警方分类错误". The labels are a keyword rule's, written for the
# course, on fictional test cases: no police classification is shown. A denial ("not police records") claims nothing.
_POLICE = (r"(?:(?:the\s+)?police(?:'s)?|officers|investigators|detectives|law enforcement|the authorities|authorities|"
           r"the ministry(?:'s)?|the mps|public security(?: bureaus?| organs?)?)")
_POLICE_ACTS = (r"(?:mis)?(?:classif\w*|label\w*|categori[sz]\w*|record\w*|sort\w*|code[sd]?|coding|log\w*|file[sd]?|"
                r"filing|confus\w*|mix(?:es|ed)? up|get\s+(?:\w+\s+)?wrong|got\s+(?:\w+\s+)?wrong|errors?|mistakes?)")
MATRIX_AS_POLICE = Claim(
    code="matrix_as_police_work",
    description="said the confusion matrix shows how the police classify crime (or their errors), where it shows a "
                "keyword baseline's labels on fictional test cases",
    claim="the labels (and their errors) are the police's",
    patterns=(rf"\b{_POLICE}\s+(?:[\w-]+\s+){{0,2}}?{_POLICE_ACTS}",
              rf"\b(?:by|from)\s+{_POLICE}\s*$|\b(?:by|from)\s+{_POLICE}\b(?![^.;!?]{{0,20}}\b(?:release|figures?|"
              r"statistics|totals?)\b)",
              r"(?:警方|公安|警察)[^。；！？]{0,6}?(?:分类|归类|误判|错误|标注|记录)"),
    why="the labels are a keyword rule's, written for this course, applied to fictional test cases; the matrix "
        "shows where that rule goes wrong, not how any police force classifies or records crime.",
)


def _matrix_claim(main) -> tuple[str, str] | None:
    for claim in (BASELINE_ACCURATE, BASELINE_FLAWLESS, MATRIX_VICTIMS, MATRIX_AS_POLICE):
        for where, text in main:
            words = claim.find(text)
            if words:
                return claim.code, (f"The words '{words}' in {where} were read as the claim that {claim.claim}: "
                                    f"{claim.why}")
    return None


def _matrix_words_problem(spec) -> tuple[str, str] | None:
    """(code, message) when the title, subtitle and description read the matrix as counts of crime, as counts of
    victims, as a classifier that works, or as the police's own classification."""
    from .claims import chart_texts

    texts = chart_texts(spec)
    main = [(where, text) for where, text in texts if where in ("the title", "the subtitle", "the description")]
    if (claimed := _matrix_claim(main)) is not None:
        return claimed
    # round 16 (#19): the test cases read as crime as it happens ("Confusion matrix of the crimes reported in China",
    # "How often each type of online crime happens, as predicted by the baseline"), whatever else the words say of
    # the classification; in any of the chart's words (a legend titled "Number of crimes" says it too)
    if (read := crime_read_in(texts)) is not None:
        where, words, _text = read
        return (TEST_CASES_AS_CRIME.code, f"The words '{words}' in {where} were read as the claim that "
                f"{TEST_CASES_AS_CRIME.claim}: {TEST_CASES_AS_CRIME.why}")
    # round 13: a text that says most of crime is one type ("Most online crime is trap loans") claims it whatever the
    # other texts say of the classification; a question asks ("Is most online crime trap loans?")
    strong = next(((w, t) for w, t in main if _CRIME_WORDS.search(t) and _MOST_WORDS.search(t)
                   and not _MATRIX_WORDS.search(t) and not re.search(r"[?\uff1f]|吗", t)), None)
    if not main or (strong is None and any(_MATRIX_WORDS.search(text) for _where, text in main)):
        return None
    where, text = strong or next(((w, t) for w, t in main if _CRIME_WORDS.search(t) and _PREVALENCE_WORDS.search(t)),
                                 (None, None))
    if where is None:
        return None
    return (TEST_CASES_AS_CRIME.code,
            f"{where[0].upper() + where[1:]} '{text[:90]}' reads the cells as counts of crime, but they count how a "
            "keyword baseline labelled fictional test cases: say so (actual against predicted type, on the test "
            "split), so no reader takes it for how common each crime is.")


# What the matrix's figures support (round 17, #19: ``supported_words``): the lesson's words for a classifier's labels
# on its fictional test cases, and the names of the types (the data's labels). Any other word of a chart's words,
# where no claim is named, is read as a possible claim.
MATRIX_TERMS = ("confusion matrix, classifier, classification, classified, misclassified, keyword rules, keywords, "
                "one keyword per type, baseline, predicted, prediction, actual, true, labelled, labels, mislabelled, "
                "correct, correctly, wrong, wrongly, right, mistakes, errors, hits, misses, diagonal, off-diagonal, "
                "test split, test set, held-out, fictional, made-up, invented, vignettes, accuracy, recall, precision, "
                "confused, confusions, mixed up, mixes up, against, type, types, crime types, perfect, ideal, fill, fills, "
                "lie, lies, falls, land, lands, how often, occurs, occur, committed, common, called, calls, 犯罪类型, 各类犯罪, "
                "测试, 预测, 实际, 混淆矩阵, 分类, "
                "标签, 规则, 关键词, 基线, 虚构, 测试集, 案例, 类型")


@lru_cache(maxsize=1)
def _matrix_supported() -> Rule:
    glossary = data.glossary()
    kinds = glossary[glossary["category"] == "crime type"]
    names = [*kinds["term_en"], *kinds["clearer_en"], *kinds["code"], *kinds["chinese"]]
    return supported_rule(supports(
        counted=("how a keyword baseline labelled the course's fictional test cases (actual type against predicted "
                 "type, on the test split): a classifier's labels, not crimes, victims or police work"),
        terms="test cases, actual and predicted type, the keyword baseline's labels",
        texts=[*names, MATRIX_TERMS], heads=["cases", "types", "labels", "predictions", "vignettes", *names]))


def _unsupported_words(spec) -> tuple[str, str] | None:
    """(code, message) when the chart's words hold words the matrix's figures do not support (``supported_words``)."""
    message = _matrix_supported().message_for(spec)
    return (WORDS_NOT_SUPPORTED, message) if message else None


@judge({**_q5_structure.misconceptions, **TEXT_COLOUR_CODES, WORDS_NOT_SUPPORTED: UNSUPPORTED_DESCRIPTION,
        "missing_cells": "a chart that leaves out some (actual, predicted) cells (a filter or a cut table)",
        "cells_changed": "a chart whose counts are not those of `cells`",
        TEST_CASES_AS_CRIME.code: TEST_CASES_AS_CRIME.description,
        BASELINE_ACCURATE.code: BASELINE_ACCURATE.description, MATRIX_VICTIMS.code: MATRIX_VICTIMS.description,
        MATRIX_AS_POLICE.code: MATRIX_AS_POLICE.description})
def _q5_judge(value) -> Outcome:
    """The chart's structure first (mark, encodings, text layer, title); then that it draws every cell of `cells`,
    then whether its counts stay readable, then its words. Words that make no claim the reader knows are RECORDED
    for the instructor, never Correct (review round 15, C2, as lesson 02's charts: ``chart_words``): the form part
    earns its points at once, the words part waits for the instructor's mark against the rubric."""
    verdict = _q5_structure(value)
    if not verdict.passed:
        return verdict
    spec = spec_of(value)
    problem = (_cells_problem(spec) or _text_colour_problem(spec) or _matrix_words_problem(spec)
               or _unsupported_words(spec))
    if problem:
        return incorrect(problem[1], problem[0])
    shown = "; ".join(f"{where} '{' '.join(str(text).split())[:90]}'" for where, text in words_of(spec))
    message = (f"{RECORDED_MESSAGE}. Form: correct (the cells are coloured by the count and the counts stay readable: "
               f"light text on the dark cells, dark text on the light ones). {names_typed_ordinal(spec)} Words: recorded "
               f"for your instructor, who marks them. {no_claim_found(True, 'the matrix counts')} Words read: {shown}.")
    return replace(recorded(" ".join(message.split())), parts=judge_each(Q5_PARTS, (value,)))


@judge(dict(_q5_judge.misconceptions))
def _q5_form_part(value) -> Outcome:
    """q5's form: the matrix's structure, every cell of `cells`, readable counts (its words apart)."""
    verdict = _q5_structure(value)
    if not verdict.passed:
        return verdict
    spec = spec_of(value)
    problem = _cells_problem(spec) or _text_colour_problem(spec)
    return incorrect(problem[1], problem[0]) if problem else correct()


@judge(dict(_q5_judge.misconceptions))
def _q5_words_part(value) -> Outcome:
    """q5's words: a claim the reader knows is named; any other words wait for the instructor."""
    try:
        spec = spec_of(value)
    except Exception:  # Altair's validation: the form part says why
        return _q5_structure(value)
    if spec is None:
        return _q5_structure(value)
    problem = _matrix_words_problem(spec) or _unsupported_words(spec)
    return incorrect(problem[1], problem[0]) if problem else recorded("Recorded for your instructor.")


Q5_PARTS = [Part("the matrix's form: every cell, coloured by the count, the counts readable", 0.75, _q5_form_part),
            Part(WORDS, 0.25, _q5_words_part)]
Q5_RUBRIC = (
    "The title or description says what the cells count: the keyword baseline's labels against each test case's "
    "actual type, on the course's fictional test split.",
    "It claims no accuracy the matrix does not show (the baseline labels about a third right; the cells off the "
    "diagonal are its mistakes), and no count of crime, of victims or of police work.",
    "It names what a reader should look at (the diagonal against the rest, the types most confused).",
)


q5 = Question(
    id="q5",
    reads=("matrix",),
    judge=_q5_judge,
    parts=Q5_PARTS,
    rubric=Q5_RUBRIC,
    answer_text=words_read,
    hints=[
        "Make a base chart with the shared encodings: alt.Chart(cells).encode(x='predicted:N', y='actual:N').",
        "Then base.mark_rect().encode(color='cases:Q') + base.mark_text().encode(text='cases:Q').",
        "For readable counts, give the text layer color=alt.condition(alt.datum.cases > threshold, "
        "alt.value('white'), alt.value('black')), with a threshold about half the largest count. Then add "
        ".properties(title=..., description=...) to the layered chart.",
    ],
    explanation=("Counts are quantities, so colour is quantitative; types are categories, so x and y are "
                 "nominal. The text layer shows the numbers for readers who cannot compare colours."),
)

# --------------------------------------------------------------------------
# q6: the decisive clue (multiple choice) of a new case, fictional and written for this question. It is not in the
# case set, so no `decisive_clue` column holds its answer. Round 5 found that the earlier q6 (a second receipt for
# money never lent) retold training case V008, whose clue column answers it by analogy. This case keeps V008's
# surface (a second paper, a stated 2% rate, a lawsuit) but makes the second paper honest: a guarantee for the same
# sum that arrived. What decides it is the lender blocking the repayment on its due day and charging a 'breach fee'
# for the default it made: the case must be read, and the nearest-looking clue in the case set points the wrong way.
Q6_CASE = ("a son's message to a legal aid clinic, fictional",
           "My mother runs a noodle stall. In May she borrowed 15,000 yuan from a 'small finance company' at 2% a "
           "month to buy a new cart; 15,000 reached her bank card that day, the sum on the contract. My uncle signed "
           "a second sheet as her guarantor, for the same 15,000. She paid on the 10th of every month through the "
           "company's app. On 10 September the app showed 'repayment channel under maintenance' all day and the "
           "customer line rang out. The next morning an agent called her 'in default' and added a 10,000-yuan "
           "'breach fee' from the small print, and now the company is suing her and my uncle for 25,000 yuan plus "
           "interest.")


def q6_case() -> str:
    """q6's case as the exercise prints it (who tells it first)."""
    who, text = Q6_CASE
    return f"({who}) {text}"


Q6_OPTIONS = ("a", "b", "c", "d")
q6 = Question(
    id="q6",
    reads=("clue",),
    judge=choice("c", Q6_OPTIONS, wrong={
        "a": "2% a month is high, but it is written in the contract and charged on the 15,000 she received; on its own "
             "a high rate is not a fabricated debt (the boundary rule).",
        "b": "The guarantee is for the same 15,000 that reached her card: it adds no debt, unlike an IOU for money "
             "never lent. Read what each paper says and compare its sum with the money that arrived.",
        "d": "Suing on a real debt is lawful; what matters is what the claim rests on: a default she did not make, and "
             "the fee charged for it.",
    }, codes={"a": "usury_as_fabrication", "b": "guarantee_as_fabrication", "d": "lawsuit_as_clue"}),
    hints=[
        "A trap loan's debt is fabricated or pushed up by the lender. Compare each paper's sum with what reached her "
        "card; then ask who made her miss a payment.",
    ],
    explanation=("Everything on paper is honest: 15,000 arrived, the contract and the guarantee say 15,000, and the "
                 "rate is stated. The trap is the default: the lender shut its only repayment channel on the due day "
                 "and then charged 10,000 yuan for the 'breach' it had made. An engineered default is one of the "
                 "ways a trap loan inflates a debt (the decision guide's question 3)."),
)

# --------------------------------------------------------------------------
# q7: explain a hard case (a written answer, recorded for the instructor: never marked on key words;
# its checkable part, the decisive clue, is q6)
q7 = Question(
    id="q7",
    reads=("explanation",),
    judge=recorded_text((30, 150), what="explanation"),
    rubric=(
        "Does it name both types in V015 and which part of the story each comes from (the fabricated, "
        "rolled-over debt; the doctored images and call floods used to collect it)?",
        "Does it say that a count giving each case one label adds the case to one type and hides the other?",
        "Does it say that the agency's category rule (primary type only, both, or by how the debt was "
        "collected) moves cases between published totals without any change in crime?",
    ),
    hints=[
        "Name the two types and which part of the story each comes from.",
        "If each case is counted once, which type's count goes up, and which type's harm disappears?",
        "Who decides which label a case gets, and would another rule move it to the other type's count?",
    ],
    explanation=("Strong answers name both types, say that a single-label count hides one of them, and see "
                 "that the category rule (primary only, both, or the collection method) moves cases between "
                 "published totals without any change in crime."),
)


# --------------------------------------------------------------------------
# q8: transfer: a new case, in a form the case set does not use (a chat log)
q8 = Question(
    id="q8",
    reads=("new_case_type",),
    judge=_type_judge(sealed.Key("03/q8"), what="Ms Rao's case", wrong={  # sealed (#19): instructor/lesson03_key
        "publicity_extortion": ("removal_fee_as_extortion",
                                "a price for taking a post down looks like extortion by publicity, but the price "
                                "is exactly the 4,800 yuan she still owes on a loan that paid for a real operation. "
                                "The post is a collection tool: aim, not means, decides."),
        "trap_loan": ("online_lender_as_trap",
                      "nothing shows an inflated debt: 8,000 yuan paid for the operation and 4,800 is what is left "
                      "after her repayments. An online lender and pressure do not make a trap loan."),
        "paid_trolls": ("post_as_paid_posting",
                        "one post by the lender is not organised paid posting by many accounts."),
        "sextortion": ("photo_as_sextortion",
                       "the post shows her photo and her workplace, but there is no intimate recording and no call "
                       "she was lured into: the lever is the debt, and the photo is only its means."),
        "malicious_claim": ("lender_claim_as_malicious_claim",
                            "a malicious claim is a buyer's contrived complaint against a seller; here the lender "
                            "claims a real debt (8,000 lent, 4,800 left), which is lawful in itself. What is unlawful "
                            "is how it is collected."),
        "pyramid_selling": ("debt_as_recruitment",
                            "nobody is recruited or asked to pay for a place in a scheme: she owes the rest of a "
                            "loan that paid for a real operation."),
    }),
    hints=[
        "Add up the money: what did the loan pay for, what has she repaid, and what does the lender ask for?",
        "Two types' features appear. Which is the lender's aim and which its means?",
    ],
    explanation=("The 8,000 yuan reached the hospital and she has repaid part of it, so the debt is real; the "
                 "post about her is taken down for exactly the sum still owed, so it is a means of collection. The "
                 "main type is soft-violence debt collection, with a feature of publicity extortion as the means."),
)

# --------------------------------------------------------------------------
# q9: overfitting, in someone else's numbers (transfer: the lesson showed place-name patches; here five other
# changes, with made-up scores, are kept or dropped by what they do on cases kept apart). Every item has a named
# verdict; E is the lesson's 'tune on the test split' mistake in a new guise.
Q9_CHANGES = ("A", "B", "C", "D", "E")
_Q9_SEALED = sealed.Key("03/q9")  # sealed (#19): instructor/lesson03_key.py types the decisions
_q9_mapping = mapping(sealed.labels_finder(_Q9_SEALED, Q9_CHANGES, ("keep", "drop")), labels=("keep", "drop"), label_kind="two decisions ('keep' or 'drop')",
                      misconceptions={
    "A": ("train_score_as_evidence", "A: app names are words of particular training cases. Train rises by 16 points "
                                     "and test falls by 6: the patches memorised, and new cases pay for it."),
    "B": ("good_change_dropped", "B: money deducted before it arrived is the decisive feature of a trap loan, and "
                                 "the change gains 5 points on cases kept apart: that is what a rule should do."),
    "C": ("train_drop_feared", "C: it loses 2 points on train (cases where 'contract' happened to match) but gains 3 "
                               "on cases kept apart: a rule that fits its training cases less closely can carry over "
                               "better. Judge on the cases kept apart, not on train."),
    "D": ("memorising_without_harm_kept", "D: people's names are wording of particular training cases: train rises by "
                                          "9 points and test by nothing. The names can fire on new cases only by "
                                          "chance; a change that buys nothing on cases kept apart is memorising."),
    "E": ("tune_on_test", "E: rules written from the test split's own mistakes make its score flatter them: 64% no "
                          "longer measures unseen cases, and you have no honest measure left."),
})

# Fair forms: keys in any case; 'kept'/'dropped' and True/False (keep it?) for the two decisions.
_Q9_READ = _fair_dict(Q9_CHANGES, {"kept": "keep", "dropped": "drop", "keeps": "keep", "drops": "drop",
                                            True: "keep", False: "drop", "yes": "keep", "no": "drop"})

q9 = Question(
    id="q9",
    reads=("keep",),
    judge=_fairly(_q9_mapping, _Q9_READ),
    parts=_fair_parts(each_item(Q9_CHANGES, sealed.labels_finder(_Q9_SEALED, Q9_CHANGES, ("keep", "drop")), _q9_mapping,
                                0.2), _Q9_READ),  # a fifth each
    points=1,
    hints=["For each change ask: what did it learn, a feature of a type or words of particular cases? Then read "
           "the test column, the cases kept apart while writing the rules; was the test split itself used to "
           "write the change?",
           "Train up and test down is the signature of memorising; so is train up with nothing gained on test."],
    explanation=("Keep the changes that encode a feature and help on cases kept apart (B, and C, even though C costs "
                 "a little on train). Drop the ones that memorise wording of training cases (A: test falls; D: test "
                 "gains nothing), and E, which wrote rules from the test split's own mistakes, so that its score "
                 "measures nothing unseen any more."),
)

# --------------------------------------------------------------------------
# q10: the seven types by their Chinese names, and the feature that decides each, in words the lesson's decision
# guide does not use (objective o1, review round 14: only q6's one letter assessed it). Which feature decides which
# name is typed with the instructor (instructor/lesson03_key.py) and sealed here (#19); the features are listed in no
# type's order.
Q10_NAMES = {"C1": '网络"软暴力"催收', "C2": "恶意索赔", "C3": "网络水军滋事", "C4": '网络"套路贷"', "C5": "负面舆情敲诈",
             "C6": "网络暴力传销", "C7": '"裸聊"敲诈'}
Q10_FEATURES = {
    "a": "People paid to join, and what they earn comes from those they bring in after them; leaving is made hard.",
    "b": "A recording of something private, made without the person knowing, is the threat.",
    "c": "What the lender says is owed is more than the borrower ever received.",
    "d": "The debt is genuine and its terms were shown; the way it is chased is the crime.",
    "e": "Buyers use a small flaw in goods they ordered in bulk to demand money.",
    "f": "Damaging posts are put up or held back, and money is asked for taking them down.",
    "g": "Hired accounts post in bulk, and no one asks the target for money.",
}
_Q10_SEALED = sealed.Key("03/q10")


def _q10_other(name: str, english: str) -> dict:
    """An item's verdict for any wrong letter: the name in clearer English, and the feature given, in its words."""
    return {None: ("feature_of_another_type", f"{name} is {english}; the feature you gave, {{given}} ('{{described}}'), "
                                              "decides another type. What makes a case this one?")}


_q10_mapping = mapping(sealed.labels_finder(_Q10_SEALED, tuple(Q10_NAMES), tuple(Q10_FEATURES)),
                       labels=tuple(Q10_FEATURES), label_kind="feature letters (a to g)",
                       described=lambda letter: Q10_FEATURES.get(letter, ""), misconceptions={
    "C1": {"c": ("invented_debt_for_harassment", "C1 (soft-violence debt collection): the feature you gave, a debt "
                 "larger than the money received, makes a trap loan. Here the debt is real; what decides it?"),
           **_q10_other("C1", "soft-violence debt collection")},
    "C4": {"d": ("real_debt_for_trap_loan", "C4 (trap loans): the feature you gave, a genuine debt chased by "
                 "harassment, is debt collection. A trap loan is decided by the debt itself: what is it larger than?"),
           **_q10_other("C4", "trap loans")},
    "C3": {"f": ("demand_for_paid_posting", "C3 (paid-troll trouble-making): the feature you gave asks the target for "
                 "money to take posts down, which is extortion by publicity. Paid trolls post for someone else, and "
                 "what does the target get asked for?"), **_q10_other("C3", "paid-troll trouble-making")},
    "C5": {"g": ("paid_posting_for_demand", "C5 (extortion by negative publicity): the feature you gave has no demand "
                 "on the target, which is paid posting. What does the extortion ask for?"),
           **_q10_other("C5", "extortion by negative publicity")},
    "C7": {"f": ("publicity_for_private_recording", "C7 (sextortion): posts about a firm or an official held back for "
                 "money are extortion by publicity. What is the threat in sextortion made of?"),
           **_q10_other("C7", "sextortion")},
    "C2": _q10_other("C2", "malicious compensation claims"),
    "C6": _q10_other("C6", "violent online pyramid selling"),
})

# Fair forms: keys in any case, or the Chinese names themselves for their ids; a letter as '(c)' or 'C' (mapping's
# labels forgive case and punctuation), or a feature's own words copied for its letter.
_Q10_BY_NAME = {name: key for key, name in Q10_NAMES.items()}
_Q10_LETTERS = _fair_dict(tuple(Q10_NAMES), {" ".join(text.casefold().split()): letter
                                             for letter, text in Q10_FEATURES.items()})


def _q10_read(value):
    """q10's answer with a Chinese name read as its id ({'网络"套路贷"': 'c'} for {'C4': 'c'}), then ``_Q10_LETTERS``."""
    if isinstance(value, dict):
        value = {_Q10_BY_NAME.get(k.strip(), k) if isinstance(k, str) else k:
                 " ".join(v.split()) if isinstance(v, str) and len(v) > 3 else v for k, v in value.items()}
    return _Q10_LETTERS(value)


_Q10_READ = _q10_read

q10 = Question(
    id="q10",
    reads=("deciders",),
    judge=_fairly(_q10_mapping, _Q10_READ),
    parts=_fair_parts(each_item(tuple(Q10_NAMES), sealed.labels_finder(_Q10_SEALED, tuple(Q10_NAMES),
                                                                         tuple(Q10_FEATURES)), _q10_mapping, 1 / 7),
                      _Q10_READ),
    points=1,
    hints=["Start from the Chinese names: data.glossary() gives each one's code and a clearer English name.",
           "Then, for each type, ask what a case must have to be that type and nothing else. Two pairs are easy to "
           "mix up: a debt larger than the money received against a real debt chased hard, and posts with a demand "
           "to take them down against paid posts with no demand."],
    explanation=("Each type has one decisive feature: paying to join and earning from recruits (pyramid selling), a "
                 "private recording as the threat (sextortion), a debt larger than the money received (trap loans), "
                 "a genuine debt chased by harassment (soft-violence collection), bulk orders and a trivial flaw "
                 "(malicious claims), posts with a price for their removal (publicity extortion), and paid posting "
                 "with no demand (paid trolls)."),
)

# --------------------------------------------------------------------------
# In-lesson checks ("your turn", notebooks/03): judged like exercise questions,
# not part of the exercise notebook or its grade.


class RulesProblem(ValueError):
    """The student's `rules` cannot be applied: the sentence says why and how to mend them (its ``code``)."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


RULES_CODES = {
    "invalid_pattern": "a rule's pattern is not a valid regular expression (re.error's message and position named)",
    "no_trap_loan_rule": "the rules have no trap_loan rule to measure",
    "rules_not_pairs": "rules are not a list of (type, pattern) pairs",
}


def _train_and_rules(rules, *, needs: str | None = "trap_loan"):
    """The training cases and a rule list as the lesson builds them (rules validated, each broken pattern named)."""
    cases = data.case_vignettes()
    train = cases[cases["split"] == "train"]
    try:
        pairs = list(rules.items()) if isinstance(rules, dict) else list(rules)
    except TypeError:
        pairs = []
    if not pairs or not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in pairs):
        raise RulesProblem("`rules` should be a list of (type, pattern) pairs, as in the lesson: run the cell that "
                           "defines it (or mend it) and check again.", "rules_not_pairs")
    for code, pattern in pairs:
        problem = classify.regex_problem(pattern, f"{code} pattern")
        if problem:
            raise RulesProblem(f"{problem} Mend it in the cell that defines `rules`, run that cell, then check "
                               "again.", "invalid_pattern")
    if needs and needs not in dict(pairs):
        raise RulesProblem(f"Your `rules` have no {needs} rule, so there is nothing to measure: put back the pair "
                           f"('{needs}', pattern) in the cell that defines `rules`.", "no_trap_loan_rule")
    return train, pairs


def _rules_outcome(problem: Exception) -> Outcome:
    """The verdict for rules that cannot be applied: their own sentence, never 'could not judge'."""
    if isinstance(problem, RulesProblem):
        return wrong_type(Problem(str(problem), problem.code))
    return wrong_type(f"Run the cell that defines `rules` first ({problem}).")


@judge({**SLIP_CODES, **RULES_CODES, "all_fires": "counted every case the rule fires on",  # number() names slips
        "right_fires": "counted the cases the rule gets right",
        "missed_trap_loans": "counted the trap loans the rule misses (false negatives) for the false positives",
        "share_not_count": "gave a share of the cases where their number is asked",
        "test_split_counted": "counted on the test split where the training cases are asked",
        "case_sensitive": "searched case-sensitively (no case=False), missing capitalised words",
        "other_rule_counted": "counted the wrong fires of another type's pattern",
        "rules_in_order": "counted the cases the rules label trap_loan when tried in order, not where the pattern fires",
        "other_types_counted": "counted every case of another type, whether the pattern fires or not",
        "or_not_and": "joined the two conditions with | (either) where & (both) is asked",
        "fires_negated": "counted the cases the pattern does NOT fire on (~ or == False on the firing)",
        "right_labels_counted": "gave the number of cases the rules label correctly (the accuracy's count)",
        "mistakes_both_ways": "counted both kinds of mistake, the trap loans missed with the other types caught (a "
                              "comparison with != or ^ of the firing, or the trap_loan label, and the type)",
        **counted.DECLARED})
def _yt2_judge(value, rules) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    # The counts are taken here, inside the judge, under no name of the module (#19: a function of the student's
    # `rules` giving the count would hand yt2's answer over).
    try:
        train, pairs = _train_and_rules(rules)
        fires = classify.fires(train["text"], dict(pairs)["trap_loan"])
        expected, every = int((fires & (train["primary_type"] != "trap_loan")).sum()), int(fires.sum())
    except (ValueError, KeyError, TypeError) as exc:
        return _rules_outcome(exc)
    def fired(cases: pd.DataFrame, kind: str = "trap_loan", ignore_case: bool = True) -> pd.Series:
        try:
            return classify.fires(cases["text"], dict(pairs)[kind], case=not ignore_case)
        except Exception:  # a student's pattern that fails names nothing here
            return pd.Series(False, index=cases.index)

    def candidates() -> list[counted.Candidate]:
        """What a wrong count is, read from the training cases' counts (round 9, ``counted``): the counts one step
        from the asked one first (every fire, the right fires, the misses, the first-match labels, a case-sensitive
        search, a share), then those of another split or another type's pattern."""
        C = counted.Count
        other = train["primary_type"] != "trap_loan"
        labels = classify.apply_rules(train["text"], pairs)  # each reading below is made once per judgement
        in_order = labels == "trap_loan"
        own_wrong_fires = {kind: int((fired(train, kind) & (train["primary_type"] != kind)).sum())
                           for kind in dict(pairs)}  # each type's pattern on the training cases of other types
        asked = C("training cases of other types the trap-loan pattern fires on", expected, shown=False)
        size = C("training cases", len(train))
        out = [counted.count("all_fires", C("training cases the trap-loan pattern fires on, the trap loans too", every)),
               counted.count("right_fires", C("trap loans the pattern finds", every - expected)),
               counted.count("missed_trap_loans", C("trap loans the pattern misses (false negatives)",
                                                    int((~fires & ~other).sum()))),
               counted.count("rules_in_order", C("training cases of other types the rules LABEL trap_loan, tried in "
                                                 "order (a case an earlier rule takes is not counted; the question "
                                                 "asks where the pattern fires)", int((in_order & other).sum()))),
               counted.count("case_sensitive", C("wrong fires of a case-sensitive search (without case=False)",
                                                 int((fired(train, ignore_case=False) & other).sum()))),
               counted.count("other_types_counted", C("training cases of other types, whether the pattern fires or not",
                                                      int(other.sum()))),
               # round 12: the two conditions joined the wrong way, or the firing negated
               counted.count("or_not_and", C("training cases on which the pattern fires OR whose type is another (| "
                                             "joins them where & is asked)", int((fires | other).sum()))),
               counted.count("fires_negated", C("training cases of other types on which the pattern does NOT fire",
                                                int((~fires & other).sum()))),
               counted.count("fires_negated", C("training cases the pattern does not fire on", int((~fires).sum()))),
               counted.count("right_labels_counted", C("training cases the rules label correctly, tried in order (the "
                                                       "accuracy's count, 'Right on train')",
                                                       int((labels == train["primary_type"]).sum()))),
               # round 14: every disagreement of the firing (or of the trap_loan label) with the type, both ways
               counted.count("mistakes_both_ways", C("training cases on which the trap-loan pattern and the type "
                                                     "disagree either way (its wrong fires AND the trap loans it misses, "
                                                     "as `fires != is_trap_loan` counts them)",
                                                     int((fires == other).sum()))),
               counted.count("mistakes_both_ways", C("training cases on which the rules' trap_loan LABEL and the type "
                                                     "disagree either way (other types labelled trap_loan AND trap loans "
                                                     "labelled otherwise): the labels read where the pattern alone is "
                                                     "asked, and the misses counted too", int((in_order == other).sum())),
                             tier=1),
               counted.count("share_not_count", size),
               *counted.ratio("share_not_count", asked, size, why=": a share, where a count is asked"),
               *counted.ratio("share_not_count", asked, C("cases the pattern fires on", every),
                              why=": a share, where a count is asked")]
        test, cases = _split("test"), data.case_vignettes()
        test_fires = fired(test)
        out += [counted.count("test_split_counted", C("test cases of other types the pattern fires on",
                                                      int((test_fires & (test["primary_type"] != "trap_loan")).sum())),
                              tier=1),
                counted.count("test_split_counted", C("cases of other types it fires on in the whole case set, test "
                                                      "split included", int((fired(cases) & (cases["primary_type"]
                                                                                             != "trap_loan")).sum())),
                              tier=1)]
        test_other = test["primary_type"] != "trap_loan"
        out += [counted.count("other_types_counted", C("TEST cases of other types, whether the pattern fires or not (the "
                                                       "test split, and the firing left out)", int(test_other.sum())),
                              tier=1),
                counted.count("fires_negated", C("TEST cases the pattern does not fire on (the test split, and the "
                                                 "firing negated)", int((~test_fires).sum())), tier=1)]
        every_rule = sum(own_wrong_fires[kind] for kind, _ in pairs)
        out.append(counted.count("other_rule_counted", C("wrong fires of EVERY type's pattern added up (each on the "
                                                         "training cases of other types)", every_rule), tier=1))
        out += [counted.count("other_rule_counted", C(f"training cases of other types the {kind} pattern fires on",
                                                      own_wrong_fires[kind]),
                              tier=1) for kind, _ in pairs if kind != "trap_loan"]
        return out

    given = number(expected, figures=no_release_figures)(value)
    if given.passed:
        return given
    # (round 12: no release figure is read into this count, ``no_release_figures``: 58 was '7 + Guangdong's 51 gangs')
    named = counted.verdict(value, candidates(), asked="the number of training cases whose primary_type is not "
                            "trap_loan on which the trap-loan pattern fires")
    return named or given


def _split(name: str) -> pd.DataFrame:
    cases = data.case_vignettes()
    return cases[cases["split"] == name]




def _trap_loans_in_train() -> int:
    cases = data.case_vignettes()
    return int(((cases["split"] == "train") & (cases["primary_type"] == "trap_loan")).sum())


def _train_size() -> int:
    return int((data.case_vignettes()["split"] == "train").sum())



# yt1: a court record written for this your-turn (fictional). It is not in the case set, so no `primary_type`
# column holds its label: the student has to work out who gained what, and from whom.
YT1_CASE = ("a court record, fictional",
            "Judgment of first instance, excerpt. Between March and June the defendant, who runs three food-review "
            "accounts on a video platform, filmed in eleven restaurants in the city. Before anything was posted, "
            "seven owners each received a rough cut showing their kitchen at its worst, together with a price list "
            "for 'promotion packages' from 3,000 to 12,000 yuan. Four owners paid; their clips never appeared. The "
            "clips of the three who refused were posted within a week, and one restaurant closed. The court found "
            "that the dirt in two of the posted clips had been staged.")


def yt1_case() -> str:
    """yt1's case as the lesson prints it (who tells it first)."""
    who, text = YT1_CASE
    return f"({who}) {text}"


yt1 = Question(
    id="yt1",
    reads=("court_type",),
    judge=_type_judge(sealed.Key("03/yt1"), what="the court record", wrong={  # sealed (#19)
        "paid_trolls": ("posting_as_paid_trolls",
                        "paid posting is done for a client by many accounts, and the harm is the posts. Here one "
                        "reviewer is paid by the targets themselves, to keep a damaging clip off line."),
        "malicious_claim": ("demand_as_claim",
                            "nobody bought anything or complained to a regulator; the lever is a damaging clip, "
                            "and the 'promotion package' is the price of not posting it."),
        "trap_loan": ("payment_as_loan", "no money is lent; the owners pay to keep a clip off line."),
        "debt_harassment": ("payment_as_debt", "there is no debt to collect: the owners owed the reviewer nothing."),
        "sextortion": ("exposure_as_sextortion", "the clips show kitchens, not an intimate call someone was lured "
                                                 "into; what the owners fear is a damaging clip about their business."),
        "pyramid_selling": ("package_as_recruitment", "nobody is recruited or asked to bring in others; a 'package' "
                                                      "bought to keep a clip off line is the price of silence."),
    }),
    hints=["Who paid whom, and what did paying buy? What happened to the owners who refused?"],
    solution_code="court_type = 'publicity_extortion'",
    explanation=("The 'promotion packages' are the price of keeping a damaging clip off line: those who paid saw "
                 "nothing posted, those who refused were exposed. Reputation is the lever: extortion by negative "
                 "publicity, even though the word 'delete' never appears."),
)

yt2 = Question(
    id="yt2",
    reads=("wrong_fires", "rules"),
    judge=_yt2_judge,
    hints=["`train['text'].str.contains(pattern, case=False)` is True where the pattern fires; combine it with "
           "`train['primary_type'] != 'trap_loan'` using `&`, then `.sum()`."],
    solution_code=("pattern = dict(rules)['trap_loan']\n"
                   "fires = train['text'].str.contains(pattern, case=False)\n"
                   "wrong_fires = (fires & (train['primary_type'] != 'trap_loan')).sum()"),
    explanation="A rule that fires on other types costs precision; the decision guide's order decides who wins.",
)


@judge({**SLIP_CODES, **RULES_CODES, "percent_not_share": "a percentage for a share",  # number() names slips
        "precision_not_recall": "precision given for recall",
        "other_type_row": "read the recall or precision of another type's row of the table",
        "count_not_share": "gave the number of cases found where recall (a share) is asked",
        "missed_share": "gave the share of the type's cases missed (1 minus the recall)",
        "all_cases_denominator": "divided the cases found by every test case, not by the type's cases",
        "accuracy_not_recall": "gave the rules' accuracy over all types for one type's recall",
        "train_not_test": "measured on the training cases where the test split is asked",
        "share_of_no_whole_count": "gave a share that no whole count of the type's cases gives: the verdict says the "
                                   "count it would need and the nearest shares",
        **counted.DECLARED})
def _yt3_judge(value, rules) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    # Recall and precision of publicity_extortion on the test split with these rules, worked out here, inside the
    # judge (#19: a function of the student's `rules` giving them would hand yt3's answer over).
    try:
        cases = data.case_vignettes()
        test = cases[cases["split"] == "test"]
        _, pairs = _train_and_rules(rules, needs=None)
        table = classify.precision_recall(test["primary_type"], classify.apply_rules(test["text"], pairs))
        row = table.set_index("type").loc["publicity_extortion"]
        recall, precision = float(row["recall"]), float(row["precision"])
    except (ValueError, KeyError, TypeError) as exc:
        return _rules_outcome(exc)
    return _recall_verdict(value, recall, precision, table, pairs)


def _recall_verdict(value, recall: float, precision: float, table: pd.DataFrame, pairs) -> Outcome:
    """yt3's verdict on a number (round 9, ``counted``): what a wrong one is, read from the counts of the
    publicity_extortion row on the test split (found, labelled, actual; the share missed, the share of all test
    cases, the precision, a percentage) and the rules' accuracy, then the same row on train, then another type's row.
    Only a unique match is named."""
    given = number(recall, rel_tol=0.01, figures=no_release_figures)(value)
    if given.passed or given.misconception in ROUNDING_SLIPS:
        return given
    C = counted.Count
    cases = data.case_vignettes()
    test, train = _split("test"), _split("train")
    row = table.set_index("type").loc["publicity_extortion"]
    found, labelled, actual = C("publicity_extortion cases the rules found", int(row["correct"]), shown=False), \
        C("cases the rules labelled publicity_extortion", int(row["predicted"])), \
        C("test cases that really are publicity_extortion", int(row["cases"]))
    missed = C("publicity_extortion cases the rules missed", actual.value - found.value)
    out = [counted.Candidate("percent_not_share", "the recall as a percentage", recall * 100),
           *counted.ratio("precision_not_recall", found, labelled, why=": the precision (of the cases labelled "
                          "publicity_extortion, the share that are)"),
           counted.count("count_not_share", found), counted.count("count_not_share", actual),
           counted.count("count_not_share", labelled),
           *counted.ratio("missed_share", missed, actual, why=": the share missed, 1 minus the recall"),
           *counted.ratio("all_cases_denominator", found, C("test cases of every type", len(test)))]
    if len(test):
        right = (classify.apply_rules(test["text"], pairs) == test["primary_type"])
        out.append(counted.Candidate("accuracy_not_recall", f"the rules' accuracy on every test case "
                                     f"({int(right.sum())} of {len(test)}), all types together", float(right.mean())))
    on_train = classify.precision_recall(train["primary_type"], classify.apply_rules(train["text"], pairs))
    row = on_train.set_index("type").loc["publicity_extortion"] if "publicity_extortion" in set(on_train["type"]) \
        else None
    if row is not None:
        out.append(counted.Candidate("train_not_test", f"the recall of publicity_extortion on the training cases "
                                     f"({int(row['correct'])} of {int(row['cases'])}); the question asks about the "
                                     "test split", float(row["recall"]), tier=0))
        if row["precision"] == row["precision"]:
            out.append(counted.Candidate("train_not_test", "the precision of publicity_extortion on the training "
                                         "cases", float(row["precision"]), tier=1))
    for kind, other in table.set_index("type").iterrows():
        if kind == "publicity_extortion":
            continue
        for measure in ("recall", "precision"):
            if other[measure] == other[measure]:
                out.append(counted.Candidate("other_type_row", f"the {measure} of {kind}, another type's row of the "
                                             "table", float(other[measure]), tier=1, key=(kind, measure)))
    named = counted.verdict(value, out, asked="the recall of publicity_extortion on the test split: of the test cases "
                            "that really are publicity_extortion, the share the rules labelled so", target=recall)
    if named is None and is_number(value) and not isinstance(value, bool) and 1 < float(value) < 1e9 \
            and float(value).is_integer():  # round 14: 7 and 4 were "too high ... print what your code counts"
        return incorrect(f"You gave {plain_number(value)}, a whole number: recall is a share, between 0 and 1, so "
                         f"{plain_number(value)} looks like a count of cases. Of the {actual.value} test cases that "
                         "really are publicity_extortion, take the share the rules labelled so.", "count_not_share")
    return named or _share_of_no_whole_count(value, actual.value, "recall", "test cases that really are "
                                             "publicity_extortion", "cases found") or given


yt3 = Question(
    id="yt3",
    reads=("pe_recall", "rules"),
    judge=_yt3_judge,
    hints=["Take the test cases whose primary_type is publicity_extortion and the mean of their `correct` "
           "column."],
    solution_code=("pe_recall = test.loc[test['primary_type'] == 'publicity_extortion', 'correct'].mean()"),
    explanation="Recall is grouped by the actual type; precision by the predicted type.",
)

yt4 = Question(
    id="yt4",
    reads=("patches_learned",),
    judge=choice("b", ("a", "b", "c", "d"), wrong={
        "a": "A city is not a feature of any type: the same cities appear in cases of other types.",
        "c": "The patches were built from train only; they never saw the test labels. That is why test can "
             "show the harm.",
        "d": "The same patches fire on new cases from those cities whatever their type: the drop has a cause.",
    }, codes={"a": "memorised_as_feature", "c": "patches_saw_test", "d": "overfit_as_chance"}),
    hints=["Look at the `place` column: is a city something a type has?"],
    solution_code="patches_learned = 'b'",
    explanation="The patches memorised words of particular training cases: overfitting.",
)


# yt5 (round 13, teaching review: section 6 had no check): a filing rule the lesson did not work through. The lesson
# files harassment first; here harassment AND posting are filed first, and the student works out how far trap_loan's
# count falls, which no cell prints (a fall, not the new total: any count of ten or more of this case set is printed
# somewhere above, tests/checks/test_no_lookup.py). Every number is worked out from the case set inside the judge.
_FILED_FIRST = ("debt_harassment", "paid_trolls")


def _yt5_judge():
    kind = "trap_loan"

    def count(*seconds: str) -> int:
        cases = data.case_vignettes()
        filed = cases["primary_type"].where(~cases["secondary_type"].isin(seconds), cases["secondary_type"])
        return int((filed == kind).sum())

    def fall(*seconds: str) -> int:
        return count() - count(*seconds)

    def as_second_type() -> int:
        return int((data.case_vignettes()["secondary_type"] == kind).sum())

    plain = number(lambda: fall(*_FILED_FIRST), figures=no_release_figures, misconceptions=[
        Misconception("harassment_only", "You gave {answer}: that is the fall when only the cases whose second type is "
                      "debt_harassment move (the lesson's rule). This agency also files paid posting first.",
                      lambda: fall("debt_harassment")),
        Misconception("posting_only", "You gave {answer}: that is the fall when only the cases whose second type is "
                      "paid_trolls move. This agency also files harassment first.", lambda: fall("paid_trolls")),
        Misconception("total_not_fall", "You gave {answer}: that is trap_loan's new total under the agency's rule; the "
                      "question asks how many cases fewer than under the main-type rule.",
                      lambda: count(*_FILED_FIRST)),
        Misconception("second_type_cases", "You gave {answer}: that is the number of cases with trap_loan as their "
                      "second type (the any-label count minus the main-type count). The rule moves cases out of "
                      "trap_loan: those whose main type is trap_loan and second type is filed first.", as_second_type),
        Misconception("rise_not_fall", "You gave {answer}: the count falls, so give the number of cases fewer, as a "
                      "positive number.", lambda: -fall(*_FILED_FIRST)),
    ])

    def other_counts() -> list[counted.Candidate]:
        """Round 14, probed as a stranger: the other counts a student computes on the way (the total before, the
        lesson's total, the any-label count, every case moved, nothing moved) and the fall as a share, each said."""
        cases = data.case_vignettes()
        seconds = cases["secondary_type"]
        moves = seconds.isin(_FILED_FIRST)
        filed = cases["primary_type"].where(~moves, seconds)
        C = counted.Count
        main, new = count(), count(*_FILED_FIRST)
        any_label = main + as_second_type()
        change = filed.value_counts().sub(cases["primary_type"].value_counts(), fill_value=0)
        return [
            counted.Candidate("nothing_moved", "what a rule that moves no trap-loan case gives: a condition no case "
                              "meets (a second type cannot be debt_harassment AND paid_trolls at once, so & is never "
                              "True; either one is | or .isin([...])), or a case replaced by its own main type", 0.0,
                              whole=True),
            counted.count("total_before", C(f"{kind} cases under the main-type rule, before any case moves", main)),
            counted.count("lesson_rule_total", C(f"{kind} cases under the lesson's harassment-first rule (printed "
                                                 "above), not under this agency's stricter rule", count("debt_harassment"))),
            counted.count("total_not_fall", C(f"{kind} cases when only paid posting is filed first",
                                              count("paid_trolls")), tier=1),
            counted.count("any_label_count", C(f"cases with {kind} as their main or second type (the any-label "
                                               "count), not a fall", any_label)),
            counted.Candidate("fall_from_any_label", f"{kind}'s any-label count ({any_label}) minus its total under "
                              f"the agency's rule: the fall is measured from the main-type count", float(any_label - new),
                              whole=True),
            counted.count("every_case_moved", C("cases of every type whose label the rule changes, not only "
                                                f"{kind}'s", int((filed != cases["primary_type"]).sum()))),
            *counted.ratio("fall_as_share", C(f"{kind} cases fewer", main - new, shown=False),
                           C(f"{kind} cases under the main-type rule", main),
                           why=" (the fall as a share of the count before, not a number of cases)"),
            *[counted.Candidate("other_type_change", f"how far {other}'s count changes under the rule, not {kind}'s",
                                float(abs(delta)), tier=1, whole=True, key=(other,))
              for other, delta in change.items() if other != kind and delta],
        ]

    @judge({**plain.misconceptions, **counted.DECLARED,
            "nothing_moved": "moved no case (a condition no case meets, e.g. & for either second type)",
            "total_before": "gave trap_loan's count before any case moves, not the fall",
            "lesson_rule_total": "gave trap_loan's total under the lesson's rule instead of the fall under the new one",
            "any_label_count": "gave trap_loan's any-label count, not a fall",
            "fall_from_any_label": "measured the fall from the any-label count, not the main-type count",
            "every_case_moved": "counted every case the rule moves, of every type, not trap_loan's fall",
            "fall_as_share": "gave the fall as a share or percentage of the count before, not a number of cases",
            "other_type_change": "gave another type's change under the rule",
            "fall_leaves_another_total": "gave a fall no count explains: the verdict says the total it would leave "
                                         "and which way it is off"})
    def loans_fall_judge(value) -> Outcome:
        given = plain(value)
        if given.passed or (given.misconception and given.misconception not in
                            (*GENERIC_CODES, COUNT_WITH_FRACTION)):
            return given
        named = counted.verdict(value, other_counts(), asked=f"how many cases fewer {kind} counts under the agency's "
                                "rule than under the main-type rule")
        return named or _total_it_leaves(value) or given

    def _total_it_leaves(value) -> Outcome | None:
        """A whole fall no count explains, read back as the total it leaves (round 14: 7 and 8 were told "too
        high" and nothing more): the main-type count, printed in the lesson, minus the student's fall."""
        if isinstance(value, bool) or not is_number(value) or not 0 < float(value) < 1e9 \
                or not float(value).is_integer():
            return None
        main, fell = count(), int(value)
        if fell >= main:
            return incorrect(f"You gave {fell}: {kind} counts only {main} cases under the main-type rule, so it cannot "
                             f"fall by {fell}; the rule moves only the {kind} cases whose second type is debt_harassment "
                             "or paid_trolls.", "fall_leaves_another_total")
        return incorrect(f"You gave {fell}: that would leave {kind} with {main} - {fell} = {main - fell} cases under the "
                         f"agency's rule, against {main} under the main-type rule. Count the {kind} cases whose second "
                         f"type is debt_harassment or paid_trolls: those are the ones that move, and your fall is "
                         f"too {'high' if fell > fall(*_FILED_FIRST) else 'low'}.", "fall_leaves_another_total")

    return Judge(loans_fall_judge.function, loans_fall_judge.misconceptions, passes=plain.passes)


yt5 = Question(
    id="yt5",
    reads=("loans_fall",),
    judge=_yt5_judge(),
    hints=["Start from the lesson's `harassment_first` line. `cases['secondary_type'].isin([...])` is True for "
           "either second type; where it is True, take the second type itself.",
           "Count trap_loan under the new labels and under `primary_type`, and subtract."],
    solution_code=("moves = cases['secondary_type'].isin(['debt_harassment', 'paid_trolls'])\n"
                   "both_first = cases['primary_type'].where(~moves, cases['secondary_type'])\n"
                   "loans_fall = int((cases['primary_type'] == 'trap_loan').sum() - (both_first == 'trap_loan').sum())"),
    explanation=("Each filing rule takes trap loans collected by harassment, or run with paid posting, out of the "
                 "trap-loan total: no case changed, yet the published count falls with every rule an agency adds. "
                 "The filing rule is part of what a count by type measures."),
)

# yt6 (review round 15, teaching review: objective o1's "clearer English" names were assessed by no question): three
# crime types as another outlet's machine translation names them (made up for this check, in no table), each to be
# given the clearer English name that says what is done. Read by meaning: a glossary name of the type (or a slip of
# it), or words that say what the offenders do (paid posters, blackmail with an intimate recording, bad-faith
# compensation claims); a literal rendering ("navy", "bare chat", "evil") or another type's name is named.
YT6_PHRASES = ("internet navy provoking trouble", "bare chat blackmail", "evil compensation seeking")
_YT6_MEANING = {  # what each type's clearer name must say, in the student's own words
    "paid_trolls": r"\b(?:paid|hired|organi[sz]ed|professional|for[- ]hire|bought)\W+(?:\w+\W+){0,2}?(?:trolls?|trolling|posters?|"
                   r"posting|commenters?|accounts?|mobs?|writers?|bloggers?|reviewers?)\b|\btroll (?:farms?|armies|army)\b|"
                   r"\bastroturf\w*|\bsock ?puppets?\b|\bpaid[- ]troll|\btrolls?\s+(?:for hire|on (?:the|a) payroll|paid by)\b",
    "sextortion": r"\bsextortion\b|\b(?:blackmail\w*|extort\w*|threat\w*)\W+(?:\w+\W+){0,5}?(?:intimate|nude|nudes|naked|"
                  r"sexual|explicit|private|sex|porn\w*|compromising)\b|\b(?:intimate|nude|nudes|sexual|explicit|sex|webcam|"
                  r"porn\w*|compromising)\W+(?:\w+\W+){0,3}?(?:blackmail|extortion|threats?)\b"
                  # the recording of a video chat as the lever (review round 17, C): "blackmail with recorded video
                  # chats", "extortion using secretly filmed video calls", "video-call blackmail"
                  r"|\b(?:blackmail\w*|extort\w*|threat\w*)\W+(?:\w+\W+){0,5}?(?:record\w*|film\w*|captured|taped)\W+"
                  r"(?:\w+\W+){0,2}?(?:video|chats?|calls?|webcam|footage|clips?)\b"
                  r"|\b(?:recorded|filmed|taped|captured)\W+(?:\w+\W+){0,2}?(?:video|chats?|calls?|webcam)\W+(?:\w+\W+){0,4}?"
                  r"(?:blackmail\w*|extort\w*|threat\w*)"
                  r"|\b(?:video[- ]?(?:chat|call)|webcam)\W+(?:\w+\W+){0,2}?(?:blackmail|extortion|threats?)\b",
    "malicious_claim": r"\b(?:malicious|bad[- ]faith|fake|false|fraudulent|extortionate|bogus|sham|abusive|trumped[- ]up|"
                       r"spurious)\W+(?:\w+\W+){0,2}?(?:claims?|complaints?|refund demands?|compensation)\b|\b(?:compensation|"
                       r"refund|complaints?)\W+(?:\w+\W+){0,2}?(?:extortion|blackmail|racket\w*|scams?)\b|"
                       r"\bprofessional (?:complainers|claimants|counterfeit hunters)\b",
}
# the machine translation's words, which the clearer names replace ("naval" for 水军, "routine" for 套路, ...)
_YT6_LITERAL = re.compile(r"\b(?:navy|naval|water army|bare[- ]chat|naked[- ]chat|evil|malevolent|routine loans?|"
                          r"provok\w* trouble|seeking)\b", re.IGNORECASE)


def _yt6_answers() -> dict[str, str]:
    """Each phrase's type, worked out from the glossary's own names through the classifier's reader (no code typed
    here): what the phrase's decisive words name."""
    said = {YT6_PHRASES[0]: "paid-troll ('water army') trouble-making", YT6_PHRASES[1]: "naked chat extortion",
            YT6_PHRASES[2]: "malicious compensation claims"}
    return {phrase: classify.type_code(name) for phrase, name in said.items()}


def _clearer_name(phrase: str, name, right: str) -> Outcome | None:
    """None when ``name`` says in clearer English what ``right``'s type is; else the verdict on it."""
    if not isinstance(name, str) or not name.strip():
        return wrong_type(f"For {phrase!r} you gave {describe(name)}; write a name in English words, as text.")
    literal = _YT6_LITERAL.search(name)
    meaning = re.search(_YT6_MEANING[right], name, re.IGNORECASE)
    if literal and not meaning:
        return incorrect(f"For {phrase!r} you wrote {name!r}: '{literal.group(0)}' is the machine translation's word, "
                         "which hides what is done. The clearer name says what the offenders do, as the glossary's "
                         "clearer_en names do.", "literal_translation")
    if meaning:
        return None
    code = classify.type_code(name)
    if code == right:
        return None
    if code is not None:
        return incorrect(f"For {phrase!r} you wrote {name!r}, the name of another type ({code}). Read the phrase's "
                         "words again: which decisive feature do they point to?", "another_type_named")
    return incorrect(f"For {phrase!r} the check cannot read {name!r} as any type's name: say what the offenders do "
                     "(who is paid, what is threatened, what is claimed), or use the glossary's clearer_en name.",
                     "name_not_read")


@judge({"literal_translation": "kept the machine translation's word (navy, bare chat, evil) where a clearer English "
                               "name is asked",
        "another_type_named": "gave the clearer name of another type",
        "name_not_read": "gave words that name no type (neither a glossary name nor what the offenders do)",
        "missing_key": "left a phrase out of the dict",
        "extra_key": "added a key that is not one of the three phrases"})
def _yt6_judge(value) -> Outcome:
    if is_placeholder(value):
        return not_attempted()
    if not isinstance(value, dict):
        return wrong_type(f"You gave {describe(value)}; store a dict: each of the three phrases -> your clearer "
                          "English name.")
    given = keys_in_any_case(value, YT6_PHRASES)
    if (problem := keys_problem(given, dict.fromkeys(YT6_PHRASES))) is not None:
        return incorrect(problem, problem.code)
    answers = _yt6_answers()
    for phrase in YT6_PHRASES:
        if (problem := _clearer_name(phrase, given[phrase], answers[phrase])) is not None:
            return problem
    return correct("Each phrase is named by what is done: paid posters stirring trouble, blackmail with an intimate "
                   "recording, and bad-faith compensation claims. A literal rendering ('navy', 'bare chat', 'evil') "
                   "hides the decisive feature a reader needs.")


yt6 = Question(
    id="yt6",
    reads=("clearer_names",),
    judge=_yt6_judge,
    hints=["Each phrase renders one of the seven Chinese names word by word: find which (the glossary's term_en and "
           "chinese columns), then say what the offenders do.",
           "'navy' renders 水军, the paid posters; 'bare chat' renders 裸聊; 'evil compensation' renders 恶意索赔."],
    solution_code=("clearer_names = {'internet navy provoking trouble': 'paid trolls stirring up trouble',\n"
                   "                 'bare chat blackmail': 'sextortion',\n"
                   "                 'evil compensation seeking': 'malicious compensation claims'}"),
    explanation=("A clearer name says what decides the type: who is paid to post, what recording is used to threaten, "
                 "what is claimed in bad faith. The word-for-word rendering names none of it."),
)

IN_LESSON = [yt1, yt2, yt3, yt4, yt5, yt6]  # prompts and solutions typed here: the solutions notebook does not hold them


QUESTIONS = [q1, q2, q2alt, q3, q4, q5, q6, q7, q8, q9, q10]
