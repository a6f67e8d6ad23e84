"""What a chart's words claim, read by class (issue #19): a corpus of phrasings and composed phrases.

claim_phrases.csv holds phrases a probe would try, each with the claim it must be read as
(``expected`` a claim code: named and rejected), and honest phrases that must not be rejected
(``recorded``: a chart's words are recorded for the instructor, #19 round 6): denials, limitations,
attributions held at a distance, a crime word that only says which activity ("arrests for online fraud fell"). Hypothesis then
composes phrases from the parts of each class (subjects, every form of the verbs, asserting and
denying frames), so the reader is tested on the class, not on the listed examples.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from netcrime.checks import lesson02 as L
from netcrime.checks.claims import claim_rule

from every_case import assert_every
from example_counts import examples
from sampled_cases import sample

# Read on every chart question (honest rows must pass them all) ...
CLAIMS = (L.CRIME_FELL, L.NONE_LEFT, L.VICTIMS, L.CONVICTED, L.NATIONWIDE, L.RANKED, L.COUNTED_AS_CRIME, L.UNMENTIONED_AS_ZERO,
          L.EVERY_PROVINCE)
# ... and only where their figure is drawn: q9's two releases, q5's index (honest rows for them below).
ONE_QUESTION = (L.RELEASES_TREND, L.INDEX_AS_COUNT)
BY_CODE = {claim.code: claim for claim in CLAIMS + ONE_QUESTION}
ROWS = list(csv.DictReader((Path(__file__).parent / "claim_phrases.csv").open(encoding="utf-8")))
WRONG = [(row["phrase"], row["expected"]) for row in ROWS if row["expected"] != "recorded"]
HONEST = [row["phrase"] for row in ROWS if row["expected"] == "recorded"]


def test_the_corpus_is_large_and_every_code_is_a_declared_claim():
    assert len(WRONG) >= 240 and len(HONEST) >= 160
    assert {code for _phrase, code in WRONG} == set(BY_CODE)


# One test per list, each phrase a case reported on its own (tests/every_case.py says why).
def test_every_wrong_phrasing_is_read_as_its_claim():
    def wrong(case: tuple[str, str]) -> str | None:
        phrase, code = case
        words = BY_CODE[code].find(phrase)
        if not words:
            return f"passed as honest; it claims: {BY_CODE[code].claim}"
        if words.lower() not in phrase.lower():  # the verdict quotes words the student wrote
            return f"the verdict quotes {words!r}, which the phrase does not hold"
        return None

    assert_every(sample(WRONG, 3, by=lambda case: case[1]), wrong, "wrong phrasings")  # `make check`: of each claim


def test_every_honest_phrase_passes():
    def wrong(phrase: str) -> str | None:
        read = {claim.code: claim.find(phrase) for claim in CLAIMS}
        return f"was read as {read}" if any(read.values()) else None

    assert_every(sample(HONEST, 3), wrong, "honest phrases")  # `make check`: every 3rd


def test_honest_words_on_a_right_chart_are_recorded_for_the_instructor():
    """Through the question itself: q1's worked chart titled with honest phrases (in `make check` every tenth and the
    last five, tests/sampled_cases.py: a verdict reads the chart's rows, which is slow; every phrase's words are
    read above) is RECORDED (its words quoted for the instructor), never named as a claim and never Correct."""
    from netcrime.checks import worked
    from netcrime.checks.outcome import RECORDED
    from netcrime.checks.chart_numbers import NUMBER_NOT_IN_FIGURES
    from netcrime.checks.supported_words import WORDS_NOT_SUPPORTED
    from netcrime.checks.vegalite import ChartSpec

    spec = worked.answers("02")["q1"][0].to_dict(validate=False)
    for phrase in sample(HONEST[:-5], 10) + HONEST[-5:]:
        outcome = L.q1.judge_values([ChartSpec({**spec, "title": phrase})])  # as the grader decodes a chart
        # round 17: a phrase about what q1's figures do not count (platforms, lenders) is read as a possible claim on
        # q1 (`words_not_supported`, test_chart_words_round17 measures on which question each phrase is recorded)
        # round 17 FINAL: a title that asks whether crime fell or the fight was won, and leaves it open ("Is there a cure
        # for online fraud?"), suggests the claim (claims._left_open); the phrase is honest as a question in a text
        # that goes on to discuss it (read above with ``find``), not as a chart's whole title
        left_open = outcome.misconception == L.CRIME_FELL.code and ("?" in phrase or "\uff1f" in phrase)
        # round 18: a percentage or year from another question's figures ("down 86% from the 2019 peak" on q1's
        # totals) is read against q1's own figures (`number_not_in_figures`), as its words are (`words_not_supported`)
        # and "arrests" said on q1's chart, whose figure is the apprehended count (抓获), is the translation's word
        # lesson 01 teaches is wrong there (`apprehended_as_arrested`), though "Arrests for online fraud fell" is honest
        # English about arrests elsewhere (the claims above are read without a question, and pass it)
        arrested = outcome.misconception == L.ARRESTED.code and "arrest" in phrase.lower()
        assert outcome.status == RECORDED or outcome.misconception in (WORDS_NOT_SUPPORTED, NUMBER_NOT_IN_FIGURES) \
            or arrested or left_open, (phrase, outcome.message)
        if arrested:  # a claim's verdict quotes the words it read, not the whole title
            assert "'arrest" in outcome.message.lower(), outcome.message
            continue
        assert left_open or phrase[:30] in outcome.message or " ".join(phrase.split())[:30] in outcome.message, \
            outcome.message


def test_the_verdict_names_the_words_read_as_the_claim():
    spec = {"mark": "bar", "title": "17,000 users lost money", "description": "Nothing stopped the fall in crime."}
    victims = claim_rule(L.VICTIMS, "suspects").spot(spec)
    assert victims.startswith("The words '17,000 users lost money' in the title were read as the claim that the figure counts victims")
    fell = claim_rule(L.CRIME_FELL, "suspects").spot(spec)
    assert fell.startswith("The words 'fall in crime' in the description were read as the claim that crime fell")


# ----- composed phrases: the class, not the examples ----------------------------------------

CRIME = ["crime", "online crime", "online fraud", "gang crime", "scams", "reported fraud", "cybercrime",
         "sextortion", "trap-loan crime", "telecom fraud", "crime rates", "cases of fraud"]
FELL = ["fell", "has fallen", "is falling", "dropped", "declined", "has been declining", "shrank", "plunged",
        "went down", "is down 86%", "decreased", "is lower", "is on the decline", "hit a record low", "halved",
        "has dwindled", "is in retreat", "tumbled", "plummeted", "was cut", "is under control", "was defeated",
        "was wiped out", "has been curbed", "sank", "did not rise", "is no longer rising"]
BEFORE = ["less {c}", "fewer {c}", "a fall in {c}", "a sharp drop in {c}", "the decline of {c}", "86% less {c}",
          "the crackdown cut {c}", "police curbed {c}", "the campaign reduced {c}", "the operation defeated {c}",
          "police wiped out {c}", "an end to {c}", "the campaign stamped out {c}", "lower {c}", "falling {c}"]
WON = ["Police won the fight", "The police won", "The campaign worked", "The crackdown is working",
       "A victory for the police", "The operation was a success", "A successful crackdown", "It worked",
       "China is winning the war on fraud", "The battle against scams is won", "Mission accomplished",
       "The campaign paid off", "The problem is solved", "The internet is safer", "Online gangs were wiped out"]
ASSERTING = ["{x}", "{X}.", "{X}, the figures show", "Without doubt, {x}", "{X}? Yes.", "Nothing stopped it: {x}",
             "Not only were suspects caught: {x}", "Cases solved and, clearly, {x}", "{X} (see the bars)",
             "Did {x}? Absolutely.", "There is no denying it: {x}"]
DENYING = ["Not proof that {x}", "Whether {x} is unknown", "These counts cannot tell us whether {x}",
           "{X}? These counts cannot say.", "No evidence that {x}", "Do not read this as a sign that {x}",
           "This is not a measure of whether {x}", "If {x}, these counts would not show it",
           "Nothing here shows that {x}", "Did {x}? The release does not say"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _crime_fell() -> st.SearchStrategy[str]:
    subject_verb = st.builds(lambda c, v: f"{c} {v}", st.sampled_from(CRIME), st.sampled_from(FELL))
    verb_object = st.builds(lambda frame, c: frame.format(c=c), st.sampled_from(BEFORE), st.sampled_from(CRIME))
    won = st.sampled_from(WON).map(lambda s: s[0].lower() + s[1:])
    return st.one_of(subject_verb, verb_object, won)


@settings(max_examples=examples(200), deadline=None)
@given(claim=_crime_fell(), frame=st.sampled_from(ASSERTING))
def test_a_composed_fall_in_crime_is_read(claim, frame):
    text = frame.format(x=claim, X=_cap(claim))
    assert L.CRIME_FELL.find(text), text


@settings(max_examples=examples(200), deadline=None)
@given(claim=_crime_fell(), frame=st.sampled_from(DENYING))
def test_a_composed_fall_in_crime_denied_or_asked_passes(claim, frame):
    text = frame.format(x=claim, X=_cap(claim))
    assert L.CRIME_FELL.find(text) is None, text


ACTIVITY = ["arrests for {c}", "{c} arrests", "suspects in {c} cases", "the share of {c} cases solved",
            "{c} gangs broken up", "suspected {c} lenders", "{c} cases solved", "gangs involved in {c}"]


@settings(max_examples=examples(150), deadline=None)
@given(subject=st.sampled_from(ACTIVITY), crime=st.sampled_from(["online fraud", "crime", "scam", "gang crime"]),
       verb=st.sampled_from(["fell", "dropped", "declined", "went down", "are lower", "shrank", "halved"]))
def test_a_fall_of_police_activity_named_by_its_crime_is_not_a_fall_in_crime(subject, crime, verb):
    text = _cap(subject.format(c=crime)) + f" {verb} in 2023"
    assert L.CRIME_FELL.find(text) is None, text


NUMBERS = ["17,000", "1,759", "16,400", "32,000", "about 17,000", "over 1,700", "1.7万"]
PUBLIC = ["users", "citizens", "families", "households", "internet users", "borrowers", "residents", "netizens",
          "consumers", "students", "investors"]
HARMED = ["were cheated", "lost money", "were scammed", "were defrauded", "were protected", "were harmed",
          "fell victim", "were targeted", "were saved", "were extorted"]
PERSONS = ["people", "users", "citizens", "families", "individuals"]


@settings(max_examples=examples(150), deadline=None)
@given(number=st.sampled_from(NUMBERS), public=st.sampled_from(PUBLIC),
       frame=st.sampled_from(["{n} {p}", "{n} {p} affected", "Suspects: {n} {p}", "{n} {p} in the campaign"]))
def test_a_figure_put_on_the_public_is_read_as_victims(number, public, frame):
    text = frame.format(n=number, p=public)
    assert L.VICTIMS.find(text), text


@settings(max_examples=examples(150), deadline=None)
@given(number=st.sampled_from(NUMBERS + [""]), person=st.sampled_from(PERSONS), harmed=st.sampled_from(HARMED))
def test_people_harmed_are_victims_however_phrased(number, person, harmed):
    text = f"{number} {person} {harmed}".strip()
    assert L.VICTIMS.find(text), text
    assert L.VICTIMS.find(f"The release gives no count of {person} who {harmed.split(' ', 1)[-1]}") is None


@settings(max_examples=examples(100), deadline=None)
@given(number=st.sampled_from(NUMBERS), role=st.sampled_from(["suspects", "people", "suspects apprehended",
                                                             "people detained", "people apprehended"]))
def test_suspects_counted_as_people_pass(number, role):
    assert L.VICTIMS.find(f"{number} {role}") is None


GUILTY = ["criminals", "offenders", "fraudsters", "scammers", "perpetrators", "culprits", "crooks", "gangsters",
          "convicted criminals", "lawbreakers"]


@settings(max_examples=examples(100), deadline=None)
@given(number=st.sampled_from(NUMBERS), guilty=st.sampled_from(GUILTY),
       verb=st.sampled_from(["apprehended", "caught", "detained", "held", ""]))
def test_suspects_called_guilty_are_read_and_suspected_ones_pass(number, guilty, verb):
    assert L.CONVICTED.find(f"{number} {guilty} {verb}".strip())
    for hedge in ("suspected", "alleged", "accused"):
        if guilty != "convicted criminals":
            assert L.CONVICTED.find(f"{number} {hedge} {guilty} {verb}".strip()) is None


SCOPE = ["in every province", "nationwide", "across China", "throughout the country", "in all provinces",
         "China-wide", "in all 31 provinces", "all over China", "across the whole country"]
RANKS = ["Jiangsu leads the provinces", "Jiangsu tops the table", "the best provinces", "Jiangsu beats Guangxi",
         "Guangxi lags behind", "Jiangsu ranks first", "the most effective province", "Jiangsu: the highest count",
         "Jiangsu outperforms Zhejiang", "Jiangsu broke up more gangs than Guangxi"]


@settings(max_examples=examples(100), deadline=None)
@given(scope=st.sampled_from(SCOPE), rank=st.sampled_from(RANKS), frame=st.sampled_from(["{x}", "Gangs broken up {x}"]))
def test_examples_read_as_the_country_or_a_ranking(scope, rank, frame):
    assert L.NATIONWIDE.find(frame.format(x=scope))
    assert L.NATIONWIDE.find(f"Not {scope}: four examples") is None
    assert L.RANKED.find(rank)
    assert L.RANKED.find(f"Not a ranking: do not read it as '{rank}'") is None


# ----- q9's two releases and q5's index: honest words for those figures pass --------------------------

Q9_HONEST = ["Cases solved as two releases report them: different periods",
             "The periods differ: about 14 months to date against one year", "Not a trend: two campaigns",
             "The 2023 figure covers one year, the 2020 figure about 14 months", "Two releases, not comparable",
             "Bars, not a line: these figures do not form a trend", "Not the same campaign or period",
             "Criminal cases solved (police activity) in two releases", "Do not read a fall between the bars",
             "Whether cases solved fell is unknown: the periods differ"]
Q5_HONEST = ["Suspected online trap-loan institutions: down 86% from the 2019 peak (index)",
             "Index, 2019 peak = 100: 14 in late 2020", "14% of the peak remain (index)",
             "Suspected lenders at 14 on an index where the peak is 100", "A fall of 86 index points",
             "Lenders down 86%; the release gives no count",
             "Suspected trap-loan institutions, 2019 peak = 100 and 14 left"]  # review round 5, E3b


@pytest.mark.parametrize("phrase", Q9_HONEST)
def test_honest_words_for_two_releases_are_not_a_trend(phrase):
    assert L.RELEASES_TREND.find(phrase) is None, phrase
    assert not any(claim.find(phrase) for claim in CLAIMS), phrase


@pytest.mark.parametrize("phrase", Q5_HONEST)
def test_honest_words_for_an_index_are_not_a_count(phrase):
    assert L.INDEX_AS_COUNT.find(phrase) is None, phrase
    assert not any(claim.find(phrase) for claim in CLAIMS), phrase


# ----- rhetorical forms: asserted, however near a negator -----------------------------------------

RHETORICAL = ["{X}, didn't it?", "{X}, right?", "{X} - who knew?", "{X} - isn't that great", "{X}: not a guess",
              "{X}, not least thanks to the police", "{X} in 2020, not in 2019", "Like it or not, {x}",
              "If anything, {x}", "It cannot be denied that {x}", "It is hard to dispute that {x}",
              "{X}, no doubt about it", "{X}, didn't it"]
COUNTERFACTUAL = ["Without the campaign, {c} would not have {v}", "If not for the crackdown, {c} would never have {v}",
                  "But for the police, {c} wouldn't have {v}", "Had it not been for the operation, {c} would have kept rising"]
EMPHATIC = ["Never has {c} {v} so far", "Never before has {c} {v} so fast", "{C} has never {v} so sharply",
            "{C} didn't just fall, it collapsed", "{C} did not merely decline; it plunged"]


@settings(max_examples=examples(150), deadline=None)
@given(claim=_crime_fell(), frame=st.sampled_from(RHETORICAL))
def test_a_rhetorical_form_asserts_the_claim(claim, frame):
    text = frame.format(x=claim, X=_cap(claim))
    assert L.CRIME_FELL.find(text), text


@settings(max_examples=examples(120), deadline=None)
@given(crime=st.sampled_from(CRIME), verb=st.sampled_from(["fallen", "dropped", "declined", "shrunk", "gone down"]),
       frame=st.sampled_from(COUNTERFACTUAL + EMPHATIC))
def test_counterfactuals_and_emphasis_credit_a_fall(crime, verb, frame):
    text = frame.format(c=crime, C=_cap(crime), v=verb)
    assert L.CRIME_FELL.find(text), text


@settings(max_examples=examples(120), deadline=None)
@given(crime=st.sampled_from(CRIME), frame=st.sampled_from(
    ["This does not show that {c} fell", "Without a count of crimes, nobody can say whether {c} fell",
     "Do not read these bars as a fall in {c}", "{C} can rise or fall with reporting; these bars count police work",
     "Avoid reading the drop as less {c}", "It would be wrong to say {c} fell"]))
def test_an_honest_denial_near_those_forms_stays_honest(crime, frame):
    text = frame.format(c=crime, C=_cap(crime))
    assert L.CRIME_FELL.find(text) is None, text
