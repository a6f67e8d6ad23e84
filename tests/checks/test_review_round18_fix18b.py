"""Review round 18's Phase 2 findings for lessons 02/03 chart words (fix18b), as classes: the reviewer's phrase and
phrasings of our own per class, each beside fair neighbours that must stay recorded.

- W1 the counted thing said to be all there was ("Gangs broken up: all of them", "every last one") -> none left;
- W2 the campaign credited with the index's fall ("The campaign's result: ...", "the campaign did this", "after the
  crackdown: 86% fewer", "a fall the campaign produced") -> activity_as_crime_fall, on the decline chart only;
- W3 a question no count of work can answer, left open ("How many gangs are left?"); "trap lending" as the crime
  ("is trap lending over?"); sarcasm that doubts a denial ("And they say crackdowns don't work");
- W4 an example region said to have few, no or many gangs (the count read as the gangs there); the examples called a
  fair picture of the country;
- W5 the chart's form in Chinese ("按单位分面"); 02 q3's honest negation (test_chart_words_round18.py);
- W7 plain "arrested", "arrests", "arrestees" for the apprehended count on 02 q1, q2, q6 -> apprehended_as_arrested
  (the translation's word for 抓获 that lesson 01 teaches is wrong; not a conviction claim, which "formally
  arrested" still is); "not arrested", "formal arrest is a later step" stay fair;
- W6 crime as a whole said solved, as a headline ("Crime solved: the campaign's totals"); "thanks to the police",
  "justice served", "a job well done" named by their claims;
- the teaching review's recorded message: finding no claim is said not to be a mark.
"""
from __future__ import annotations

import pytest

from test_chart_words_round17 import _judged, worked_specs  # noqa: F401 (a fixture)
from netcrime.checks.outcome import INCORRECT, RECORDED


@pytest.mark.parametrize("question, title, code", [
    ("q1", "Gangs broken up: all of them", "activity_as_none_left"),
    ("q1", "Gangs broken up: every last one", "activity_as_none_left"),
    ("q1", "Online gangs dismantled, each and every one", "activity_as_none_left"),
    ("q3", "Gangs broken up in four operations: every single one", "activity_as_none_left"),
    ("q5", "The campaign's result: suspected trap-loan institutions at 14% of the 2019 peak (index)",
     "activity_as_crime_fall"),
    ("q5", "Index of suspected trap-loan institutions (2019 peak = 100): the campaign did this", "activity_as_crime_fall"),
    ("q5", "Suspected trap-loan institutions after the crackdown: 86% fewer (index, 2019 peak = 100)",
     "activity_as_crime_fall"),
    ("yt5", "Down 86% on the index following the police campaign", "activity_as_crime_fall"),
    ("q5", "Suspected institutions down 86% (index): a fall the campaign produced", "activity_as_crime_fall"),
    ("yt5", "The crackdown's handiwork: an index of suspected lenders at 14", "activity_as_crime_fall"),
    ("q5", "涉嫌套路贷机构指数下降86%，归功于专项行动", "activity_as_crime_fall"),
    ("q1", "How many gangs are left? The campaign's totals", "activity_as_none_left"),
    ("q5", "How many trap lenders remain? Index, 2019 peak = 100", "activity_as_none_left"),
    ("q5", "Index of suspected trap-loan institutions (2019 peak = 100): is trap lending over?", "activity_as_crime_fall"),
    ("q1", "And they say crackdowns don't work", "activity_as_crime_fall"),
    ("q1", "So much for those who say the campaign did not work", "activity_as_crime_fall"),
    ("q3", "Four examples the ministry chose: Guangxi had almost no gangs", "activity_as_none_left"),
    ("q3", "Zhejiang has hardly any online gangs", "activity_as_none_left"),
    ("q3", "Jiangsu is full of online gangs", "figure_named_as_crime"),
    ("q3", "Four examples: Guangdong has many gangs", "figure_named_as_crime"),
    ("q3", "Four examples the ministry chose: a fair picture of China", "examples_as_nationwide"),
    ("q3", "A good guide to the provinces: four examples", "examples_as_nationwide"),
    ("q1", "Crime solved: the campaign's totals", "activity_as_crime_fall"),
    ("q1", "Online crime solved? Five totals", "activity_as_crime_fall"),
    # W6: causal and verdict words named by their claim, not only 'words_not_supported'
    ("q5", "Suspected institutions (2019 peak = 100): thanks to the police", "activity_as_crime_fall"),
    ("q1", "The campaign's totals: justice served", "suspects_as_convicted"),
    ("q1", "The campaign's totals: a job well done", "activity_as_crime_fall"),
    ("q2", "Of 17,000 suspects formally arrested, 16,400 were detained", "suspects_as_convicted"),
    # W7: the apprehended count called arrests, on the charts of apprehended suspects
    ("q1", "The campaign's totals: 17,000 suspects arrested", "apprehended_as_arrested"),
    ("q2", "Of 17,000 suspects arrested, 16,400 were detained", "apprehended_as_arrested"),
    ("q1", "The campaign's totals: a count of arrests, not of criminals", "apprehended_as_arrested"),
    ("q2", "Detainees and arrestees: two stages of police work", "apprehended_as_arrested"),
    ("q6", "The November operation's share of arrests", "apprehended_as_arrested"),
    # W6 (yt1): every item of prevention work said done
    ("yt1", "Prevention work: every harmful post intercepted", "activity_as_none_left"),
    ("yt1", "Every platform in China rectified", "activity_as_none_left"),
    ("yt1", "All the dodgy apps were taken down", "activity_as_none_left"),
])
def test_review18_overclaims_are_named_by_their_class(worked_specs, question, title, code):
    outcome = _judged(worked_specs, question, title)
    assert outcome.status == INCORRECT and outcome.misconception == code, (outcome.misconception, outcome.message)


@pytest.mark.parametrize("question, title", [
    ("q1", "Gangs broken up: all 1,759 of them"),
    ("q1", "The campaign's results: five totals of police work"),
    ("q5", "Index of suspected institutions: the 2019 peak and the level after the campaign's first year"),
    ("q5", "Suspected institutions fell 86% on the index; whether the campaign caused it is not shown"),
    ("q1", "How many gangs are left? These counts of work cannot say"),
    ("q5", "Is trap lending over? The index cannot answer that"),
    ("q3", "Guangxi had 100 gangs broken up in one operation"),
    ("q3", "Four examples the ministry chose: not a fair picture of China"),
    ("q3", "Guangxi had no figure for other operations in the release"),
    ("q1", "公安部通报的专项斗争数据，按单位分面"),
    ("q1", "五项总数：柱状图，横轴从零开始"),
    ("q1", "32,000 crime cases solved, and other totals"),
    # W5: a question answered by saying what the figure counts
    ("q5", "Did trap loans fall 86%? The release counts suspected institutions, as an index (peak = 100)"),
    ("q1", "Justice done? Not shown: these are suspects"),
    ("q2", "Apprehended, not arrested: two police counts"),
    ("q2", "Suspects apprehended (not formally arrested) and detained"),
    ("q2", "Formal arrest is a later step: suspects apprehended and detained"),
    # W5: plain words and the release's own English for what was done
    ("q1", "The campaign's totals: 1,759 gangs destroyed"),
    ("q2", "16,400 of 17,000 suspects remanded in custody"),
    ("q4", "Milestones: the legal basis came first, then the operations"),
    ("yt1", "Each platform rectified counts once: three prevention tallies"),
])
def test_review18_fair_neighbours_stay_recorded(worked_specs, question, title):
    outcome = _judged(worked_specs, question, title)
    assert outcome.status == RECORDED, (outcome.misconception, outcome.message)


def test_a_recorded_chart_says_finding_no_claim_is_no_mark(worked_specs):
    """Teaching review 18: "every word was matched" read as "your words are right"; the message now says the computer
    looked for known claims and that finding none is not a mark."""
    outcome = _judged(worked_specs, "q1", "The campaign's totals, one panel per unit")
    assert outcome.status == RECORDED and "every word was matched" not in outcome.message
    assert "Claims found: none (the computer looks for a list of known claims" in outcome.message
    assert "not a mark for your words" in outcome.message


def test_03_q2_a_lookup_of_the_case_set_with_a_default_is_told_its_lookup_finds_none():
    """Review round 18, A3: a dict of the case set with a default answers the default on every new case; the verdict
    says the lookup found none of them (it used to say only that every text got one label)."""
    from netcrime import data
    from netcrime.checks import lesson03 as L3

    memory = dict(zip(data.case_vignettes()["text"], data.case_vignettes()["primary_type"]))
    outcome = L3.q2.judge_values((lambda text: memory.get(text, "trap_loan"),))
    assert outcome.misconception == "one_label", outcome.message
    assert "lookup found none of these" in outcome.message and "new cases" in outcome.message


def test_03_q4_a_table_whose_index_was_reset_is_named():
    """Review round 18, W9: crosstab(...).reset_index() was told a row is missing; the rows are all there, in a column."""
    import pandas as pd
    from netcrime.checks import lesson03 as L3

    results = L3._baseline()
    table = pd.crosstab(results["actual"], results["predicted"])
    outcome = L3.q4.judge_values((table.reset_index(),))
    assert outcome.misconception == "index_reset" and ".reset_index()" in outcome.message, outcome.message
    assert L3.q4.judge_values((table.reset_index().set_index("actual"),)).status == "correct"


@pytest.mark.parametrize("scale, fair", [
    ({"reverse": True}, False), ({"range": ["black", "white"]}, False), ({"scheme": "greys"}, True),
    ({"reverse": True, "range": ["black", "white"]}, True),
])
def test_03_q5_the_counts_colour_follows_the_cells_scale_when_it_is_reversed(worked_specs, scale, fair):
    """Review round 18, W9: with the cells' scale reversed, the large counts are the light cells, so white text on
    them vanishes; the check read the condition, not which cells are dark."""
    import copy

    from netcrime.checks import lesson03 as L3
    from netcrime.checks.vegalite import ChartSpec

    spec = copy.deepcopy(worked_specs["03q5"])
    spec["layer"][0]["encoding"]["color"]["scale"] = scale
    outcome = L3.q5.judge_values([ChartSpec(spec)])
    if fair:
        assert outcome.status == RECORDED, outcome.message
    else:
        assert outcome.misconception == "text_colour_reversed" and "reversed" in outcome.message, outcome.message


@pytest.mark.parametrize("question, title, fair", [
    ("q2", "Detention rate: 69%", False), ("q2", "Detention rate: 96%", True), ("q2", "Detention rate: 96.5%", True),
    ("q2", "About 3.5% of apprehended suspects were not detained", True),
    ("q5", "Suspected trap-loan institutions down 68% from the 2019 peak (index)", False),
    ("q5", "Suspected trap-loan institutions down 86% from the 2018 peak (index)", False),
    ("q5", "Suspected trap-loan institutions down 86% from the 2019 peak, as of Dec 2021 (index)", False),
    ("yt5", "Index of suspected lenders: 14% of the 2019 peak", True),
    ("q5", "Down 86%, not 68%: the index of suspected lenders", True),
    ("q6", "The November operation: 7.6% of the campaign's gangs", True),
    ("q6", "The November operation: 17.6% of the campaign's gangs", False),
    ("q9", "Cases solved: the 2020 release and the 2023 report", True),
    ("q1", "The campaign's totals, 2019-20", True),
])
def test_percentages_and_years_in_words_are_read_against_the_figures(worked_specs, question, title, fair):
    """Review round 18, W10: a count in the words was checked, a percentage or a year was not (chart_numbers)."""
    outcome = _judged(worked_specs, question, title)
    if fair:
        assert outcome.status == RECORDED, (outcome.misconception, outcome.message)
    else:
        assert outcome.misconception == "number_not_in_figures", (outcome.misconception, outcome.message)
