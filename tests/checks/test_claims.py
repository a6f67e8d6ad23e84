"""checks/claims.py: what a chart's words claim. Hypothesis varies the claims, the denials around
them and the text around both; a denied or asked claim is never read as one, an asserted one always is."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from netcrime.checks import lesson02 as L
from netcrime.checks.claims import chart_texts, claim_rule, required_statement

CLAIMS = {  # phrasings each claim's vocabulary must read
    L.CRIME_FELL: ["online gang crime fell", "crime is down", "a fall in online crime", "less crime",
                   "fewer crimes", "trap-loan crime dropped", "the campaign cut gang crime"],
    L.VICTIMS: ["victims", "17,000 victims", "people defrauded"],
    L.NATIONWIDE: ["every province", "nationwide", "across China", "all provinces"],
    L.RANKED: ["Jiangsu leads the provinces", "the best province", "provinces ranked", "a league table"],
}
DENIALS = ["not", "no evidence of", "this says nothing about whether", "not a measure of", "we cannot tell whether",
           "it does not show"]
CONTEXT = st.sampled_from(["Cases solved", "Gangs broken up (police activity)", "Suspected lenders, index",
                           "Four examples the ministry chose", ""])
PAIRS = [(claim, phrase) for claim, phrases in CLAIMS.items() for phrase in phrases]


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from(PAIRS), before=CONTEXT, after=CONTEXT)
def test_an_asserted_claim_is_read(pair, before, after):
    claim, phrase = pair
    text = f"{before}. {phrase.capitalize()}. {after}".strip(". ")
    assert claim.find(text), text


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from(PAIRS), denial=st.sampled_from(DENIALS), before=CONTEXT, after=CONTEXT)
def test_a_denied_or_asked_claim_is_not_read(pair, denial, before, after):
    claim, phrase = pair
    denied = f"{before}: {denial} {phrase}. {after}"
    assert claim.find(denied) is None, denied
    asked = f"{before}. Did {phrase}? {after}" if claim is L.CRIME_FELL else f"{before}. {phrase.capitalize()}? {after}"
    assert claim.find(asked) is None, asked


def test_the_verdict_quotes_the_words_and_where_they_are():
    spec = {"mark": "bar", "title": {"text": "Gangs broken up", "subtitle": "Online crime fell"},
            "encoding": {"x": {"field": "v", "type": "quantitative", "title": "Victims"}}}
    places = [where for where, _text in chart_texts(spec)]
    assert places == ["the title", "the subtitle", "the x title"]
    message = claim_rule(L.CRIME_FELL, "gangs").spot(spec)
    assert "'Online crime fell' in the subtitle" in message
    assert "'Victims' in the x title" in claim_rule(L.VICTIMS, "gangs").spot(spec)


def test_data_values_are_not_the_charts_words():
    spec = {"mark": "bar", "title": "Gangs broken up", "data": {"values": [{"label": "victims", "v": 1}]},
            "datasets": {"d": [{"title": "crime fell"}]}}
    assert claim_rule(L.VICTIMS, "gangs").spot(spec) is None
    assert claim_rule(L.CRIME_FELL, "gangs").spot(spec) is None


def test_a_required_statement_waits_for_a_title():
    rule = required_statement("x_not_stated", "did not state x", (r"\bindex\b",), "Say it is an index.")
    assert rule.spot({"mark": "bar"}) is None  # no words at all: the engine's "no title" speaks
    assert rule.spot({"mark": "bar", "title": "Lenders"}).startswith("Say it is an index.")
    assert rule.spot({"mark": "bar", "title": "Lenders",
                      "encoding": {"y": {"field": "i", "type": "quantitative", "title": "Index, peak = 100"}}}) is None
