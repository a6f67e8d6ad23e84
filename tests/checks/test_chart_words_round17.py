"""A chart's words read the other way round (round 17, issue #19: ``supported_words``).

Every chart question with words declares what its figures support; a content word outside it (and outside the small
general lists) is read as a possible claim: `words_not_supported`, INCORRECT, never RECORDED. Measured on
chart_words_round17.py (written before the rule's lists were tuned on it; half of each list held out) and on every
fair corpus the course already tests.

Measured when the corpus was first run (before any tuning on it) and now:

| | tuned half, first run | held-out half, first run | tuned half, now | held-out half, now |
|---|---|---|---|---|
| fair titles rejected | 24 of 210 | 26 of 210 | 3 of 210 | 6 of 210 |
| overclaims accepted | 1 of 160 | 1 of 160 | 1 of 160 | 0 of 160 |

The tuned half's three fair rejections left are the claim vocabulary's, not this rule's (each named by its own claim
code). The bars below are the rates now: a change that makes them worse fails.

Round 18 (fix18b, test_chart_words_round18.py's classes): tuned half 1 of 210 fair rejected, held-out half 4 of 210;
overclaims accepted unchanged (1 and 0 of 160). The two vocabulary false alarms of the tuned half ("the 2023 annual
total", "the diagonal is what it got right") are fixed as classes; the bars follow.
"""
from __future__ import annotations

import contextlib
import csv
import io
import warnings
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from chart_words_round17 import FAIR, FAIR_DESCRIPTIONS, FAIR_REGISTERS, OVER, halves
from every_case import assert_every
from sampled_cases import sample
from netcrime.checks import lesson02 as L2, lesson03 as L3
from netcrime.checks.outcome import INCORRECT, RECORDED
from netcrime.checks.supported_words import (GENERAL, TOPIC, WORDS_NOT_SUPPORTED, reading, stem, supported_rule,
                                             unsupported_in)
from netcrime.checks.vegalite import ChartSpec

QUESTIONS = {**{q: getattr(L2, q) for q in ("q1", "q2", "q3", "q4", "q5", "q6", "q9", "yt1", "yt5")}, "03q5": L3.q5}
# measured (see the table above): the bars each half must not exceed
FAIR_REJECTED = {"tuned": 1, "held": 4}  # round 18 (fix18b): 3 -> 1 and 6 -> 4, see test_chart_words_round18.py
OVER_ACCEPTED = {"tuned": 1, "held": 0}


@pytest.fixture(scope="module")
def worked_specs():
    from named_sets import right_values

    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        found02, found03 = right_values("02"), right_values("03")
    specs = {q: found02[q][0].to_dict(validate=False) for q in QUESTIONS if q != "03q5"}
    specs["03q5"] = found03["q5"][0].to_dict(validate=False)
    return specs


def _judged(specs, question: str, title: str | None = None, description: str | None = None):
    """The question's own verdict on its worked chart with the title and/or description replaced."""
    spec = dict(specs[question])
    if title is not None:
        spec["title"] = title
    if description is not None:
        spec["description"] = description
    return QUESTIONS[question].judge_values([ChartSpec(spec)])


def test_the_corpus_has_forty_fair_and_thirty_overclaims_per_question():
    assert set(FAIR) == set(OVER) == set(QUESTIONS)
    for question in QUESTIONS:
        assert len(FAIR[question]) >= 40 and len(OVER[question]) >= 30, question
        assert len(set(FAIR[question])) == len(FAIR[question]) and len(set(OVER[question])) == len(OVER[question])


def half_rates(specs, fair: dict, over: dict, half: str) -> tuple[list, list]:
    """One half of a corpus through the questions' own verdicts (the worked chart, its title replaced): the fair
    titles not RECORDED (with their codes) and the overclaims RECORDED."""
    pick = 0 if half == "tuned" else 1
    rejected = [(q, t, o.misconception) for q in QUESTIONS for t in halves(fair[q])[pick]
                if (o := _judged(specs, q, t)).status != RECORDED]
    accepted = [(q, t) for q in QUESTIONS for t in halves(over[q])[pick] if _judged(specs, q, t).status == RECORDED]
    return rejected, accepted


@pytest.mark.parametrize("half", ["tuned", "held"])
def test_fair_titles_stay_recorded_and_overclaims_are_not(worked_specs, half):
    """Each half's measured rates, through the questions' own verdicts (the worked chart, its title replaced)."""
    rejected, accepted = half_rates(worked_specs, FAIR, OVER, half)
    assert len(rejected) <= FAIR_REJECTED[half], rejected
    assert len(accepted) <= OVER_ACCEPTED[half], accepted


def test_fair_descriptions_stay_recorded(worked_specs):
    """Longer descriptions in chart-reading words (tuned on). Measured: 5 of 68 rejected in round 17; 1 since round 18
    (fix18b: 'everyone detained' names the counted people, 'would read like a league table' a misreading the chart
    would invite, 'built', 'inference', 'made' plain words). Left: 'its concentrated strikes' in q3, the operation's
    name without its whole."""
    rejected = [(q, d, o.misconception) for q, items in FAIR_DESCRIPTIONS.items() for d in items
                if (o := QUESTIONS[q].judge_values([ChartSpec({**worked_specs[q], "description": d})])).status
                != RECORDED]
    assert sum(map(len, FAIR_DESCRIPTIONS.values())) >= 60 and len(rejected) <= 1, rejected


def test_fair_titles_in_other_registers_are_supported():
    """Newsroom, statistical and casual titles, and Chinese ones (tuned on): every one is read as supported on its
    question, as a title and as a description."""
    rules = {q: (L3._matrix_supported() if q == "03q5" else supported_rule(L2.figures_supported()[q])) for q in QUESTIONS}
    rejected = [(q, where, t) for q, items in FAIR_REGISTERS.items() for t in items for where in ("title", "description")
                if rules[q].message_for({"mark": "bar", where: t})]
    assert sum(map(len, FAIR_REGISTERS.values())) >= 150 and not rejected, rejected


def test_an_unsupported_word_is_named_with_what_the_figures_count(worked_specs):
    outcome = _judged(worked_specs, "q1", "32,000 crimes, 1,759 gangs")  # review round 16's holdout, as a class
    assert outcome.status == INCORRECT and outcome.misconception == WORDS_NOT_SUPPORTED
    assert "'crimes'" in outcome.message and "a count of police work" in outcome.message
    assert "argue it to your instructor" in outcome.message
    passed = [ok for _name, _points, ok in outcome.parts]
    assert passed == [True, False, True], outcome.parts  # the words part gets no points; form and baseline keep theirs


@pytest.mark.parametrize("question, title, read", [
    ("q2", "Only 600 suspects got away", "away"), ("q3", "China's gang capitals", "capitals"),
    ("q3", "Where online gangs are concentrated", "concentrated"),
    ("yt1", "Every website platform in China was rectified", "Every"), ("yt1", "Online harms cut at the source", "harms cut"),
])
def test_review16s_holdout_overclaims_are_read_as_a_class(question, title, read):
    found = reading({"mark": "bar", "title": title}, L2.figures_supported()[question])
    assert [words for _where, _text, words in found] == [read]


def test_a_recorded_chart_says_its_words_were_all_matched(worked_specs):
    outcome = _judged(worked_specs, "q1", "Gangs broken up, suspects apprehended, cases solved, yuan seized")
    assert outcome.status == RECORDED
    assert "Form: correct" in outcome.message and "checks each word against what the figures count" in outcome.message
    assert "Claims found: none" in outcome.message and "not a mark for your words" in outcome.message  # round 18


def test_a_recognised_claim_keeps_its_own_code(worked_specs):
    outcome = _judged(worked_specs, "q1", "Online crime fell")  # the vocabulary names it; it says more
    assert outcome.misconception == "activity_as_crime_fall" and WORDS_NOT_SUPPORTED not in outcome.message[:40]


@pytest.mark.parametrize("title", ["Not a fall in online villainy: police tallies", "Did the underworld shrink? These "
                                   "counts cannot say", "A campaign to tame online mobs: what the police did"])
def test_words_denied_asked_or_named_as_a_purpose_claim_nothing(title):
    assert not reading({"mark": "bar", "title": title}, L2.figures_supported()["q1"])


def test_every_existing_fair_corpus_is_read_as_supported():
    """The fair rows of round 8's set, the word sets, lesson 02's fair words and the required statements' fair ways:
    every one stays supported on its own question (656 rows)."""
    import required_statements as stated

    here = Path(__file__).parent
    rows = [(r["question"], {"mark": "bar", r["where"] if r["where"] in ("title", "description") else "title": r["text"]})
            for r in csv.DictReader((here / "chart_words_round8.csv").open(encoding="utf-8")) if r["expected"] == "fair"]
    rows += [(r["question"], {"mark": "bar", "title": r["title"], "description": r["description"]})
             for r in csv.DictReader((here / "claim_wordsets.csv").open(encoding="utf-8")) if r["expected"] == "fair"]
    rows += [(q, {"mark": "bar", "title": "Chart", "description": t}) for group in (stated.STATED, stated.SECOND)
             for q, texts in group.items() for t in texts]
    supported = L2.figures_supported()

    def wrong(case):
        question, spec = case
        found = reading(spec, supported[question])
        return f"read as unsupported: {found}" if found else None

    assert len(rows) >= 600
    assert_every(sample(rows, 3), wrong, "fair chart words")


def test_the_claim_corpus_honest_phrases_are_supported_on_some_question():
    """claim_phrases.csv's 303 honest phrases speak of every question's figures; each should be recorded on the
    question whose figures it names. Measured: 15 are read as unsupported on every question (hedged rises of crime,
    "Crime, broken down by unit", "Free online safety courses"); 11 after round 17's FINAL (synonyms of the counted
    nouns, words of the chart's form); the count must not grow."""
    rows = [r["phrase"] for r in csv.DictReader((Path(__file__).parent / "claim_phrases.csv").open(encoding="utf-8"))
            if r["expected"] == "recorded"]
    supported = L2.figures_supported()
    nowhere = [p for p in rows if all(reading({"mark": "bar", "title": p}, s) for s in supported.values())]
    assert len(rows) >= 300 and len(nowhere) <= 11, nowhere


# ----- the class, generated --------------------------------------------------------------------------------------
SUPPORTED_Q1 = ["gangs broken up", "suspects apprehended", "suspects detained", "cases solved", "yuan seized",
                "criminal suspects", "assets seized", "gangs eliminated"]
FRAMES = ["{0}", "{0}, as reported by the MPS", "The campaign's totals: {0}", "{0} (Nov 2019 to 24 Dec 2020)",
          "Police figures: {0} and {1}", "{0}; {1}", "What the ministry reported: {0}", "Tallies of {0}"]
# nouns no lesson 02 question's figures count, each a possible claim
UNSUPPORTED_NOUNS = ["villains", "mobsters", "predators", "outlaws", "thugs", "crooks", "wrongdoers", "culprits",
                     "hoodlums", "racketeers", "lawlessness", "menace", "scourge", "peril", "underworld", "havoc",
                     "chaos", "safety", "tranquillity", "calm"]


@given(st.sampled_from(FRAMES), st.sampled_from(SUPPORTED_Q1), st.sampled_from(SUPPORTED_Q1))
def test_any_honest_title_built_from_the_supported_words_is_supported(frame, first, second):
    title = frame.format(first, second)
    assert not reading({"mark": "bar", "title": title}, L2.figures_supported()["q1"]), title


@given(st.sampled_from(FRAMES), st.sampled_from(SUPPORTED_Q1), st.sampled_from(UNSUPPORTED_NOUNS),
       st.sampled_from(list(L2.figures_supported())))
def test_a_title_with_an_unsupported_noun_is_not_supported(frame, first, noun, question):
    title = frame.format(first, f"{noun} routed") if "{1}" in frame else f"{frame.format(first)}: {noun} routed"
    found = reading({"mark": "bar", "title": title}, L2.figures_supported()[question])
    assert found and any(noun in words for _where, _text, words in found), (title, found)


def test_the_general_lists_hold_no_word_of_a_claim():
    """The general lists are what every question may say: no topic word (crime, fraud, victims' harm) and no word the
    claim vocabulary is built on (safer, victims, solved as 'over') is among them."""
    for word in ("crime", "crimes", "fraud", "victims", "safer", "safe", "harm", "eradicated", "wiped", "vanished",
                 "everywhere", "every", "deterred", "caused", "protected", "rescued", "beaten", "won"):
        assert stem(word) not in GENERAL, word
    assert not (TOPIC & GENERAL)


def test_a_rule_reads_any_chart_text_and_declares_its_code():
    rule = supported_rule(L2.figures_supported()["q2"])
    assert rule.code == WORDS_NOT_SUPPORTED and "possible claim" in rule.description
    spec = {"mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative", "title": "Crooks jailed"}}}
    assert "Crooks jailed" in rule.message_for(spec) and "the x title" in rule.message_for(spec)
    assert unsupported_in("Suspects apprehended", L2.figures_supported()["q2"]) == ()
