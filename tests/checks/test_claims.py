"""checks/claims.py: what a chart's words claim. Hypothesis varies the claims, the denials around
them and the text around both; a denied or asked claim is never read as one, an asserted one always is."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from netcrime.checks import lesson02 as L
from netcrime.checks.claims import chart_texts, claim_rule, required_statement
from netcrime.checks.outcome import RECORDED

from example_counts import examples

CLAIMS = {  # phrasings each claim's vocabulary must read
    L.CRIME_FELL: ["online gang crime fell", "crime is down", "a fall in online crime", "less crime",
                   "fewer crimes", "trap-loan crime dropped", "the campaign cut gang crime",
                   # the problem called solved (review round 3, E4)
                   "the crackdown worked", "the campaign succeeded", "online gangs were wiped out",
                   "gang crime is now under control", "the operation eliminated online crime",
                   "online fraud fell", "fewer scams", "a crime-free internet", "no more online crime"],
    L.VICTIMS: ["victims", "17,000 victims", "people defrauded", "17,000 people were scammed",
                "people who were cheated", "victims of online gangs"],
    L.NATIONWIDE: ["every province", "nationwide", "across China", "all provinces"],
    L.RANKED: ["Jiangsu leads the provinces", "the best province", "provinces ranked", "a league table"],
}
DENIALS = ["not", "no evidence of", "this says nothing about whether", "not a measure of", "we cannot tell whether",
           "it does not show"]
CONTEXT = st.sampled_from(["Cases solved", "Gangs broken up (police activity)", "Suspected lenders, index",
                           "Four examples the ministry chose", ""])
PAIRS = [(claim, phrase) for claim, phrases in CLAIMS.items() for phrase in phrases]
# Shapes that assert the phrase although a negator or a question mark is near: the negator governs
# something else ("without doubt", "not by chance", "not only ..."), or the question is another sentence.
ASSERTING_SHAPES = ["{Phrase}", "Without doubt, {phrase}", "No doubt {phrase}", "{Phrase}, not by chance",
                    "{Phrase}, and not by accident", "Not only were suspects caught, {phrase} too",
                    "Not just arrests: {phrase}", "Not only arrests but {phrase}", "Why? {Phrase}",
                    "Did the police act? Yes: {phrase}"]


@settings(max_examples=examples(60), deadline=None)
@given(pair=st.sampled_from(PAIRS), shape=st.sampled_from(ASSERTING_SHAPES), before=CONTEXT, after=CONTEXT)
def test_an_asserted_claim_is_read(pair, shape, before, after):
    claim, phrase = pair
    asserted = shape.format(phrase=phrase, Phrase=phrase[0].upper() + phrase[1:])
    text = f"{before}. {asserted}. {after}".strip(". ")
    assert claim.find(text), text


# Review round 3, E4: each was read as no claim. Text -> the words the verdict must quote.
REVIEWED_CRIME_FELL = {
    "Without doubt, online crime fell": "online crime fell", "Online crime fell, not by chance": "Online crime fell",
    "Not only were suspects caught, crime fell too": "crime fell", "Crime? It fell.": "Crime? It fell",
    "The crackdown worked": "The crackdown worked", "The campaign succeeded against online gangs": "The campaign succeeded",
    "Online gangs were wiped out": "Online gangs were wiped out",
    "Gang crime is now under control": "Gang crime is now under control",
    "The November operation wiped out most online gang crime": "wiped out most online gang crime",
    "Fewer online gangs threaten the public": "Fewer online gangs threaten",
}
REVIEWED = [(L.CRIME_FELL, text, words) for text, words in REVIEWED_CRIME_FELL.items()]
REVIEWED.append((L.VICTIMS, "17,000 people were scammed", "17,000 people were scammed"))


@pytest.mark.parametrize("claim,text,words", REVIEWED)
def test_the_reviewers_overclaims_are_read(claim, text, words):
    assert claim.find(text) == words


GOVERNED_DENIALS = [  # a negator that governs the claim's own words denies it, before or after
    "Not a fall in crime", "This says nothing about whether crime fell", "It does not show crime fell",
    "These counts cannot tell us that crime fell", "Crime fell: not shown", "A fall in crime is not shown",
    "Fewer lenders, which does not mean less crime", "Did crime fall, or did it rise?",
    "No evidence that online gangs were wiped out", "Not proof that the crackdown worked",
    "Whether gang crime is under control is unknown", "No count of people who were scammed",
]


@pytest.mark.parametrize("text", GOVERNED_DENIALS)
def test_a_governing_denial_is_not_a_claim(text):
    assert L.CRIME_FELL.find(text) is None and L.VICTIMS.find(text) is None, text


def test_the_releases_own_words_for_what_police_did_are_not_claims():
    for fair in ("The campaign eliminated 1,759 online crime gangs", "Crimes solved in two releases",
                 "A campaign to wipe out online gangs: suspects apprehended", "Gangs eliminated, by province",
                 "Fewer suspected scam lenders: index, 2019 peak = 100", "No more than 30 gangs in one example"):
        assert L.CRIME_FELL.find(fair) is None, fair


@settings(max_examples=examples(60), deadline=None)
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


def test_a_required_statement_is_named_when_denied_missing_or_only_on_an_axis():
    """#19 round 12 (a note since round 6): the statement is asked for, so words that do not make it are named, with the
    words read; an axis title that makes it alone is named as the wrong place; one they deny is named as denied."""
    rule = required_statement("x_not_stated", "did not state x", (r"\bindex\b",), "Say it is an index.",
                              says="that this is an index")
    assert rule.spot({"mark": "bar"}) is None  # no words at all: the engine's "no title" speaks
    missing = {"mark": "bar", "title": "Lenders"}
    assert rule.spot(missing) == ("Say it is an index. Your words do not say it: I read the title 'Lenders', and none "
                                  "of them says that this is an index. Add it, in your own words, to the title or the "
                                  "description.")
    on_axis = {"mark": "bar", "title": "Lenders",
               "encoding": {"y": {"field": "i", "type": "quantitative", "title": "Index, peak = 100"}}}
    assert "Only the y title 'Index, peak = 100' says it" in rule.spot(on_axis)
    assert rule.spot({**on_axis, "description": "An index of lenders."}) is None
    denied = {"mark": "bar", "title": "Lenders: a real count, not an index"}
    assert rule.spot(denied).startswith("Say it is an index. Your words deny or ask it")


# ----- words written on the chart with text marks are read too (review round 4, E-L2-1b) -------------

def _with_text_layer(text_encoding=None, mark_text=None, rows=None, calculate=None):
    layer = {"mark": {"type": "text", **({"text": mark_text} if mark_text else {})},
             "encoding": {"text": text_encoding} if text_encoding else {}}
    if rows is not None:
        layer["data"] = {"values": rows}
    if calculate:
        layer["transform"] = [{"calculate": calculate, "as": "note"}]
    return {"title": "Suspects apprehended and detained", "description": "Nested bars.",
            "layer": [{"mark": "bar", "encoding": {"x": {"field": "value", "type": "quantitative"}}}, layer]}


@pytest.mark.parametrize("spec", [
    _with_text_layer(mark_text="Online crime fell 86%"),
    _with_text_layer(text_encoding={"value": "Online crime fell 86%"}),
    _with_text_layer(text_encoding={"datum": "Online crime fell 86%"}),
    _with_text_layer(text_encoding={"field": "note", "type": "nominal"}, rows=[{"note": "Online crime fell 86%"}]),
    _with_text_layer(text_encoding={"field": "note", "type": "nominal"}, calculate="'Online crime fell 86%'"),
])
def test_a_text_mark_is_read_as_the_charts_words(spec):
    message = claim_rule(L.CRIME_FELL, "suspects").spot(spec)
    assert message and "'Online crime fell' in a text mark" in message


def test_a_text_mark_of_honest_labels_passes():
    spec = _with_text_layer(text_encoding={"field": "note", "type": "nominal"},
                            rows=[{"note": "17,000 apprehended"}, {"note": "16,400 detained"}])
    assert all(claim_rule(c, "suspects").spot(spec) is None for c in (L.CRIME_FELL, L.VICTIMS, L.CONVICTED))


# ----- a required statement denied or asked is not made (E-L2-6) -----------------------------------

@pytest.mark.parametrize("rule,text", [
    (L.periods_stated, "The two periods do not differ, so the pair is comparable."),
    (L.periods_stated, "Do the periods differ?"),
    (L.periods_stated, "The periods hardly differ, so read them as a trend."),  # review round 5, E3
    (L.index_stated, "A real count, not an index."),
    (L.index_stated, "This is not an index; the peak level is known."),
    (L.index_stated, "Bars of the count of institutions, not an index."),
    (L.selection_stated, "These are not examples: it is the full list."),
])
def test_a_denied_required_statement_is_not_made(rule, text):
    message = rule.spot({"mark": "bar", "title": "Bars", "description": text})
    assert message and "deny or ask it" in message


@pytest.mark.parametrize("rule,text", [
    (L.periods_stated, "The periods differ: about 14 months against one year."),
    (L.periods_stated, "Not comparable: two campaigns, two periods."),
    (L.periods_stated, "The two figures are not a trend."),
    (L.index_stated, "An index (2019 peak = 100), not a count."),
    (L.index_stated, "The release gives no count for the peak."),
    (L.selection_stated, "Four examples the ministry chose, not a ranking."),
])
def test_a_stated_requirement_is_made(rule, text):
    assert rule.spot({"mark": "bar", "title": "Bars", "description": text}) is None


# ----- your turn 5: the student's own rewrite ------------------------------------------------------

def test_the_draft_words_are_the_notebooks_draft():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    cells = json.loads(next((root / "notebooks").glob("02_*.ipynb")).read_text(encoding="utf-8"))["cells"]
    draft = next("".join(c["source"]) for c in cells if "".join(c["source"]).startswith("draft = "))
    assert f'description="{L.DRAFT_DESCRIPTION}"' in draft
    assert f'title=f"{L.DRAFT_TITLE}"' in draft


@pytest.mark.parametrize("title,description,code", [
    ("Suspected trap-loan institutions: index, 2019 peak = 100", L.DRAFT_DESCRIPTION, "figure_named_as_crime"),
    ("Trap-loan lending down 86% (index, peak = 100)", "Index bars from zero.", "activity_as_crime_fall"),
    ("Trap-loan problem cut by 86% (index)", "Index bars from zero.", "activity_as_crime_fall"),
    ("Suspected trap-loan institutions (index, 2019 peak = 100)", "Bars of trap-loan crime, index.",
     "figure_named_as_crime"),
])
def test_yt5_wants_the_students_own_honest_words(title, description, code):
    outcome = L.yt5.judge_values([_yt5_spec(title, description)])
    assert not outcome.passed and outcome.misconception == code, outcome.message


def _yt5_spec(title, description):
    """A chart's spec, as the grader decodes a chart."""
    from netcrime.checks.vegalite import ChartSpec

    return ChartSpec({"data": {"values": [{"when": "2019 peak", "index": 100}, {"when": "late 2020", "index": 14}]},
                      "mark": {"type": "bar", "size": 60},
                      "encoding": {"x": {"field": "when", "type": "nominal", "sort": None, "title": None},
                                   "y": {"field": "index", "type": "quantitative", "title": "Index, 2019 peak = 100"}},
                      "title": title, "description": description})


def test_the_drafts_own_words_are_named_as_kept():
    spec = _yt5_spec("Suspected institutions (index)", L.DRAFT_DESCRIPTION.upper())
    assert "the colleague's draft description, word for word" in L.kept_draft_words.spot(spec)
    assert L.kept_draft_words.spot(_yt5_spec("Suspected institutions (index)", "Index bars from zero.")) is None


def test_yt5_records_an_honest_rewrite():
    outcome = L.yt5.judge_values([_yt5_spec("Suspected online trap-loan institutions: down 86% from the 2019 peak "
                                            "(index)", "Index bars from zero; the release gives no count for the peak.")])
    assert outcome.status == RECORDED and not outcome.passed, outcome.message
    assert "read yours against the list below" in outcome.message and "not marked here" in outcome.message  # a your-turn


# ----- review round 5: attributions, doubted denials, one-word answers; axis label expressions -------------

@pytest.mark.parametrize("text", [
    "The ministry says online crime fell; these counts cannot show it",
    "Claims that online crime fell need other data",
    "According to the release, online crime fell: not something these counts can check",
    "Nobody can say online crime fell",
    "No one can say whether online crime fell",
])
def test_anothers_claim_held_at_a_distance_is_not_the_students(text):
    assert L.CRIME_FELL.find(text) is None, text


@pytest.mark.parametrize("text,words", [
    ("Who says online crime did not fall?", "online crime did not fall"),
    ("Nobody can say online crime did not fall", "online crime did not fall"),
    ("Online crime? Down.", "Online crime? Down"),
    ("The ministry says online crime fell", "online crime fell"),  # reported, and not held at a distance
])
def test_a_doubted_denial_or_a_one_word_answer_asserts(text, words):
    assert L.CRIME_FELL.find(text) == words


def test_an_axis_label_expression_is_read():
    spec = {"mark": "bar", "title": "Suspected lenders (index)",
            "encoding": {"y": {"field": "index", "type": "quantitative",
                               "axis": {"labelExpr": "datum.label + ' (online crime down)'"}}}}
    assert ("the y axis labels", "(online crime down)") in chart_texts(spec)
    assert "in the y axis labels" in claim_rule(L.CRIME_FELL, "lenders").spot(spec)
    plain = {"mark": "bar", "encoding": {"y": {"field": "v", "axis": {"labelExpr": "datum.value / 1000 + 'k'"}}}}
    assert chart_texts(plain) == []  # a unit suffix is not words


def test_round6_fair_words_are_not_read_as_claims():
    """Review round 6 (E2): attributions limited by 'only', a negated subject ('None of these people has been
    convicted'), a negator reaching the second item of a list ('not a count of crime or victims') and 'cannot be
    read' after the claim's noun phrase were rejected as claims; they are fair words."""
    from netcrime.checks import lesson02 as L

    assert L.RELEASES_TREND.find("Two releases of different periods: a fall in crime cannot be read from police "
                                 "counts") is None
    assert L.CONVICTED.find("None of these people has been convicted") is None
    assert L.VICTIMS.find("Index (2019 = 100): not a count of crime or victims") is None
    assert L.CRIME_FELL.find("The ministry claims success; these bars show only its activity counts") is None
    # ... while the same words asserted are still read
    assert L.CONVICTED.find("All of these people have been convicted")
    assert L.VICTIMS.find("A count of crime victims")
    assert L.CRIME_FELL.find("The ministry says online crime fell, and it did")


# ----- round 8: the registers round 7 missed, one rule each, with the fair words beside it ----------------------

ROUND8_RULES = [  # (claim, overclaim and the words its verdict quotes, fair words near it)
    (L.CRIME_FELL, "#CrimeIsFalling online", "CrimeIsFalling", "#NotACrimeCount: the campaign's totals"),
    (L.CRIME_FELL, "2020年网络犯罪大幅下降", "年网络犯罪大幅下降", "打掉犯罪团伙1759个，抓获犯罪嫌疑人1.7万名"),
    (L.CRIME_FELL, "网络黑恶势力被彻底铲除", "网络黑恶势力被彻底铲除", "专项斗争的时间线"),
    (L.COUNTED_AS_CRIME, "Online gang crime (cases)", "Online gang crime (cases)", "公安机关工作量，不是犯罪数量"),
    (L.CRIME_FELL, "The end of online gangs", "The end of online gangs", "Not the end of online gangs: police work only"),
    (L.CRIME_FELL, "Peace returns to China's internet", "Peace returns", "Peace online? These counts cannot say"),
    (L.CRIME_FELL, "What's left of online crime", "What's left of online crime", "What the police report doing"),
    (L.CRIME_FELL, "Internet crime collapses under pressure", "Internet crime collapses",
     "Gangs were broken up in four examples"),
    (L.CRIME_FELL, "The campaign's deterrent effect on cybercrime", "deterrent",
     "Whether the campaign deterred anyone is unknown"),
    (L.RANKED, "Is Guangxi falling behind?", "Guangxi falling behind", "Jiangsu leads the provinces? The release does not say"),
    (L.RANKED, "Guangxi needs to do more", "Guangxi needs to do more", "Four examples, not a league table"),
    (L.RANKED, "Jiangsu 🥇 Guangxi 🥉", "🥇", "Gangs broken up in four examples"),
    (L.NATIONWIDE, "Regional breakdown of the campaign", "Regional breakdown", "Four examples the ministry chose"),
    (L.UNMENTIONED_AS_ZERO, "The four provinces that broke up gangs", "The four provinces that broke",
     "The four provinces the ministry chose as examples"),
    (L.RELEASES_TREND, "Fewer cases, year after year", "year after year", "Two releases, two periods: not a trend"),
    (L.RELEASES_TREND, "Cases solved (2020 = 100)", "2020 = 100", "Cases solved in 2020 (about 14 months) and 2023"),
    (L.INDEX_AS_COUNT, "Number of lenders", "Number of lenders",
     "The number of suspected lenders was 86% below its 2019 peak"),
    (L.VICTIMS, "Intercepted messages protected millions of users", "protected millions of users",
     "Counts of prevention work, not of people protected"),
    (L.CONVICTED, "Prisoners: 16,400", "Prisoners", "Detained is not jailed: 16,400 suspects held"),
]


@pytest.mark.parametrize("claim,wrong,words,fair", ROUND8_RULES)
def test_round8_rules_name_the_overclaim_and_pass_the_fair_words(claim, wrong, words, fair):
    assert claim.find(wrong) == words
    assert claim.find(fair) is None, fair


def test_a_milestone_named_as_the_release_names_it_is_a_label_not_a_claim():
    """q4's timeline may quote its rows' names, as the lesson's own chart does ("recorded sextortion starts to fall" is
    the release's milestone, data/milestones.csv); the same words as the chart's own finding are still a claim."""
    from claim_wordsets import named_in

    listed = ("Milestones: legal opinions in force, campaign launched, plan refined, recorded sextortion starts to fall, "
              "July verification, November round-up, press conference.")
    assert not named_in("q4", {"mark": "point", "description": listed})
    assert named_in("q4", {"mark": "point", "title": "Online crime fell at every milestone"})
    assert named_in("q1", {"mark": "bar", "title": "Recorded sextortion starts to fall"})  # not q1's data
