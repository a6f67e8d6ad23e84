"""Round 16 (issue #19), lessons 02, 03 and 04: each class of wrong answer still accepted, with the rule that was
missing, tried on more than one phrasing, and the fair answers beside it that must stay accepted."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson03 as L3
from netcrime.checks import worked
from netcrime.checks.case_set_claims import TEST_CASES_AS_CRIME, crime_read_in
from netcrime.checks.outcome import RECORDED
from netcrime.checks.vegalite import ChartSpec


def _matrix(title: str, description: str, legend: str = "Cases"):
    """03 q5's worked matrix with the words given, judged as the grader decodes it."""
    spec = worked.answers("03")["q5"][0].to_dict(validate=False)
    spec = {**spec, "title": title, "description": description}
    for layer in spec.get("layer", []):
        colour = layer.get("encoding", {}).get("color", {})
        if "field" in colour:
            colour["title"] = legend
    return L3.q5.judge_values([ChartSpec(spec)])


# ----- 03 q5: the test cases read as crime as it happens (round 15 FINAL, HOLDOUT) -------------------------------
CRIME_AS_IT_HAPPENS = [
    "Confusion matrix of the crimes reported in China, by type",
    "How often each type of online crime happens, as predicted by the baseline",
    "How often crimes of each type are committed",  # the passive voice
    "How frequently each type of fraud is reported",
    "How common each crime type is, by the baseline",
    "The number of crimes of each type, actual against predicted",
    "Crime rates by type: baseline predictions",
    "Trap loans are the most common crime",
    "Reported crimes by type: actual against predicted",
    "Crimes committed in China, classified by keyword rules",
    "Confusion matrix: a breakdown of online crime in China",
    "Frequency of online crime by type (keyword baseline)",
    "How much online crime there is of each type, predicted by the baseline",
    "The prevalence of scams, as labelled by the baseline",
    "Online crime statistics: predicted against actual",
    "Crimes that were reported to police in China, by predicted type",
    "各类网络犯罪的发生频率（基线预测）", "中国报告的网络犯罪的混淆矩阵", "全国网络犯罪数量：预测与实际",
    "Without doubt, this shows how often each crime happens", "This shows how often each crime happens, doesn't it?",
    "Trap loans: the most common crime in the test split and in China",  # the test set, and beyond it
    "Test split: how often each crime is committed nationwide",
    # the score carried over to crime itself
    "The baseline labels a third of online crimes in China correctly", "Keyword rules get a third of China's online "
    "crimes right", "The baseline misclassifies two thirds of real online crimes",
    "Half of reported scams are mislabelled by the baseline",
]
DENIED_OR_FRAMED = [
    "These are not how often crimes happen: fictional test cases by actual and predicted type",
    "Not a count of crimes reported in China: the baseline's labels on test cases",
    "The matrix says nothing about how often crime happens",
    "The cells do not show how common each crime is",
    "Test cases, not crime rates",
    "How common is each crime? This matrix cannot say.",
    "Is this how often each crime happens? No: fictional test cases.",
    "这不是各类犯罪的发生频率：测试案例的实际与预测类型",
    # the crimes inside the cases, or a frequency within the test set: the cases' own words
    "Fictional test cases of crimes reported to police, actual against predicted type",
    "Vignettes about crimes committed online: baseline labels against true types",
    "How often each type occurs in the test cases, and what the baseline called it",
    "测试集中各类犯罪的数量", "The most common crime in the test cases",
    "The test set cannot show how often each crime happens", "No crime rates here: test cases written for the course",
    "Whether trap loans are the most common crime, the test set cannot say",
    "The number of cases per type was chosen by the course; it is no guide to how often crimes are reported",
    "测试案例是为课程编写的，不代表中国网络犯罪的发生频率", "Crime frequencies? No: fictional test cases",
    "A third of the test cases labelled right", "Two thirds of the fictional test cases are mislabelled",
    "How well would it label real crimes? This test set cannot say.", "The baseline is not tested on real crimes",
    "Half of the trap-loan cases are labelled debt harassment",
    # the classes, the classification and its mistakes: no crime counted
    "How often the baseline confuses each crime type", "How often each crime type is predicted correctly",
    "Counts of test cases by crime type", "Number of crime types: 7", "How often each mix-up happens",
    "Classifying online crime in China: a keyword baseline's confusion matrix", "Crime types: actual against predicted",
    "Most common mistake: trap loans called debt harassment", "Predicted crime type (columns) against actual (rows)",
    "The baseline labels a third of the test cases right; the most commonly confused types are trap loans and "
    "debt harassment",
]


@pytest.mark.parametrize("phrase", CRIME_AS_IT_HAPPENS)
def test_03_q5_the_test_cases_read_as_crime_as_it_happens_is_named(phrase):
    read = crime_read_in([("the description", phrase)])
    assert read is not None and read[1] in phrase
    outcome = _matrix("A keyword baseline on the test split", phrase)
    assert outcome.misconception == TEST_CASES_AS_CRIME.code, outcome.message
    assert f"'{read[1]}'" in outcome.message and "not sampled from crime" in outcome.message


@pytest.mark.parametrize("phrase", DENIED_OR_FRAMED)
def test_03_q5_a_denial_or_the_cases_own_crimes_stay_recorded(phrase):
    assert crime_read_in([("the description", phrase)]) is None
    assert _matrix("A keyword baseline on the test split", phrase).status == RECORDED


def test_03_q5_a_legend_that_counts_crimes_is_named_too():
    outcome = _matrix("A keyword baseline on the test split", "Actual against predicted type, test split.",
                      legend="Number of crimes")
    assert outcome.misconception == TEST_CASES_AS_CRIME.code and "color title" in outcome.message
    assert _matrix("A keyword baseline on the test split", "Actual against predicted type, test split.",
                   legend="Test cases").status == RECORDED


def test_03_q5_the_words_part_names_it_and_the_form_part_keeps_its_points():
    outcome = _matrix("Confusion matrix of the crimes reported in China", "Actual against predicted type.")
    (_form, _, form_passed), (_words, _, words_passed) = outcome.parts
    assert outcome.misconception == TEST_CASES_AS_CRIME.code and form_passed and not words_passed


# ----- 02 yt2: a share of the campaign worked in another unit (round 15's generic verdict) -----------------------
@pytest.mark.parametrize("given, quoted", [
    (39 / 32_000, "39 / 32,000"), (0.00122, "39 / 32,000"), (0.0012, "39 / 32,000"),  # cases over cases, rounded
    (133 / 1_759, "133 / 1,759"), (0.0756, "133 / 1,759"),  # another operation's gangs over the campaign's
])
def test_02_yt2_a_share_in_another_unit_is_named_with_the_pair(given, quoted):
    from netcrime.checks import lesson02 as L2

    outcome = L2.yt2.judge_values([given])
    assert outcome.misconception == "share_in_another_unit" and quoted in outcome.message, outcome.message
    assert "a share of suspects" in outcome.message and "share_in_another_unit" in L2.yt2.misconceptions


def test_02_yt2_the_rule_reads_pairs_from_the_release_not_a_list():
    from netcrime.checks.other_unit_rows import share_in_another_unit

    # asked in cases, a share of suspects is the other unit: the rule follows the question's own unit
    code, message = share_in_another_unit(138 / 17_000, "july_sextortion_cases", "cases_solved")
    assert code == "share_in_another_unit" and "138 / 17,000" in message and "a share of cases" in message
    assert share_in_another_unit(39 / 32_000, "july_sextortion_cases", "cases_solved") is None  # the asked pair
    assert share_in_another_unit(0.5, "july_suspects_apprehended", "suspects_apprehended") is None


@pytest.mark.parametrize("given, code", [(138 / 17_000, None), (0.0081, None), (0.008, None),
                                         (138 / 32_000, "other_figure"), (712 / 17_000, "november_not_july")])
def test_02_yt2_right_shares_and_other_named_slips_keep_their_verdicts(given, code):
    from netcrime.checks import lesson02 as L2

    outcome = L2.yt2.judge_values([given])
    assert outcome.passed is (code is None) and outcome.misconception == code


# ----- lesson 02: police counts read as how often or how widely crime happens (the same class as 03 q5's) --------
def _chart02(qid: str, title: str):
    """Lesson 02's worked chart for ``qid`` with the title given (its own description kept)."""
    from netcrime.checks import lesson02 as L2

    spec = worked.answers("02")[qid][0].to_dict(validate=False)
    return getattr(L2, qid).judge_values([ChartSpec({**spec, "title": title})])


FREQUENCY_OF_CRIME = ["How often online gangs strike in China", "Frequency of online crime in China",
                      "Online crime is rampant in China", "Online crime is concentrated in four provinces",
                      "Online crime in China, 2019-2020", "Online crime: the full picture",
                      "Every online gang in China, counted", "The rate of online fraud in China",
                      "Most online crime happens in Jiangsu", "Jiangsu has the most online crime"]
FREQUENCY_DENIED = ["How common online crime is, these counts cannot say", "How often online crime happens is not shown",
                    "These bars do not say how widespread online fraud is", "Not the frequency of online crime: police activity",
                    "Whether online crime is rampant in China, these counts cannot tell",
                    "A campaign against online crime in China, 2019-2020",
                    "The crackdown on online crime in China: what the police report"]


@pytest.mark.parametrize("title", FREQUENCY_OF_CRIME)
@pytest.mark.parametrize("qid", ["q1", "q2", "q5", "q6", "q9"])
def test_02_police_counts_read_as_how_often_crime_happens_are_named(qid, title):
    from netcrime.checks import lesson02 as L2

    assert L2.COUNTED_AS_CRIME.find(title)
    outcome = _chart02(qid, title)
    assert outcome.misconception == "figure_named_as_crime", outcome.message


@pytest.mark.parametrize("title", FREQUENCY_DENIED)
def test_02_a_frequency_denied_or_a_campaign_against_crime_is_recorded(title):
    from netcrime.checks import lesson02 as L2

    assert not L2.COUNTED_AS_CRIME.find(title)
    assert _chart02("q1", title).status == RECORDED


@pytest.mark.parametrize("qid, title, named", [
    ("q6", "The November operation: a few per cent of online crime", True),
    ("q6", "November: 4% of all online crime in China", True),
    ("q3", "Online gang crime hotspots", True), ("q3", "Jiangsu, the hub of online gang crime", True),
    ("q3", "Guangdong: the epicentre of sextortion", True),
    ("q6", "November's share of each campaign total: a few per cent of police work, not of crime", False),
    ("q6", "The share of each campaign total; the release gives no share of online crime", False),
    ("q3", "Four examples the ministry chose; not hotspots of crime", False),
    ("q3", "Zhejiang's research-and-judgement centre for information-network gang crime judged 470 clues", False),
])
def test_02_a_share_of_crime_or_where_crime_is_read_off_police_counts(qid, title, named):
    outcome = _chart02(qid, title)
    assert (outcome.misconception == "figure_named_as_crime") is named, outcome.message
    assert named or outcome.status == RECORDED


@pytest.mark.parametrize("description, code", [
    ("The baseline labels only a third of the test cases correctly", None),  # how few: a fair reading (was named)
    ("The baseline labels a third of the test cases correctly", None),
    ("The baseline labels 33% of the test cases correctly", None),
    ("The baseline labels most cases correctly", "baseline_as_accurate"),
    ("The baseline labels 90% of cases correctly", "baseline_as_accurate"),
])
def test_03_q5_a_share_that_says_how_few_are_right_is_not_a_claim_of_accuracy(description, code):
    outcome = _matrix("A keyword baseline on the test split", description)
    assert outcome.misconception == code and (outcome.status == RECORDED) is (code is None), outcome.message


# ----- lesson 02: a whole clause said false denies the claim inside it; "no myth" affirms ---------------------------
@pytest.mark.parametrize("code, phrase", [
    ("activity_as_crime_fall", "It is not true that the crackdown brought crime down"),
    ("activity_as_crime_fall", "It is not the case that the police are winning the war on online crime"),
    ("examples_as_nationwide", "It is false that gangs were broken up throughout the country"),
    ("activity_as_crime_fall", "It is a myth that the crackdown has tamed online fraud"),
    ("releases_as_trend", "It is not true that the two figures are comparable"),
    ("suspects_as_convicted", "It is wrong to say that the suspects are probably guilty"),
])
def test_02_it_is_not_true_that_denies_the_claim(code, phrase):
    from netcrime.checks import lesson02 as L2

    claim = next(c for c in (L2.CRIME_FELL, L2.NATIONWIDE, L2.RELEASES_TREND, L2.CONVICTED) if c.code == code)
    assert claim.find(phrase.split(" that ", 1)[1]), "the claim without its frame"
    assert not claim.find(phrase)


@pytest.mark.parametrize("phrase", ["It is true that crime fell", "It is no myth that crime fell", "Crime fell: no myth",
                                    "No illusion: crime fell", "Nobody can say it is not true that crime fell"])
def test_02_a_frame_that_affirms_still_claims(phrase):
    from netcrime.checks import lesson02 as L2

    assert L2.CRIME_FELL.find(phrase)


# ----- lesson 02: causation a list would not foresee (deterrence by phrasal verb, crime kept from happening) --------
@pytest.mark.parametrize("qid, title, named", [
    ("q1", "The seizures scared off online gangs", True), ("q1", "Fear of the police is keeping gangs away", True),
    ("q1", "Arrests kept scammers at bay", True), ("yt1", "Interceptions kept 3 million scams from reaching users", True),
    ("q5", "What drove the 86% fall: the crackdown", True),
    ("q1", "Police activity; whether it scared off any gangs is not shown", False),
    ("q1", "Gangs broken up, suspects caught: nothing here says what kept scammers away", False),
    ("yt1", "Information intercepted: the release does not say it kept scams from reaching anyone", False),
    # q5's figure is lenders (round 17: a chart's words name what its own figures count; q1 counts no lenders)
    ("q5", "Police keep watch over online lenders: counts of police work", False),
    ("q5", "Suspected trap-loan lenders, index (2019 peak = 100): what caused the fall is not shown", False),
])
def test_02_a_cause_or_a_deterrent_read_off_police_counts_is_named(qid, title, named):
    if qid == "yt1":  # an in-lesson question: its worked chart is in named_sets, not the solutions notebook
        from named_sets import right_values

        from netcrime.checks import lesson02 as L2
        spec = right_values("02")["yt1"][0].to_dict(validate=False)
        outcome = L2.yt1.judge_values([ChartSpec({**spec, "title": title})])
    else:
        outcome = _chart02(qid, title)
    assert (outcome.misconception == "activity_as_crime_fall") is named, outcome.message
    assert named or outcome.status == RECORDED


# ----- hostile words: a long run of modifiers before a crime word ----------------------------------------------------
def test_02_a_long_run_of_modifiers_before_a_crime_word_is_read_not_stopped():
    """A title of 240 'online's and 'crime in china' (1,694 characters, under the words' limit) made every crime
    pattern try each 'online' as the start of one noun phrase running to the end: q1 hit the 10-s judgement limit
    ('could not judge'). A crime noun phrase takes at most four modifiers (``claim_words.CRIME_CORE``)."""
    outcome = _chart02("q1", "online " * 240 + "crime in china")
    assert outcome.misconception == "figure_named_as_crime", outcome.message
    assert "online online online online crime in china" in outcome.message


# ----- review round 16, Phase 2 (C1-C5b): lesson 02 chart words outside the vocabulary ------------------------------
REVIEW_16_WRONG = [
    ("q1", "No online gang escaped: the campaign's totals", "activity_as_none_left"),  # C1
    ("q1", "Every online gang in China broken up", "activity_as_none_left"),
    ("q1", "All online gangs eliminated", "activity_as_none_left"),
    ("q1", "All online gangs eliminated: the campaign is won", "activity_as_none_left"),
    ("q1", "网民更安全了：专项整治成果", "activity_as_crime_fall"),  # C2
    ("q1", "Crime? Totally solved, obviously.", "activity_as_crime_fall"),  # C3
    ("q3", "China's four gang hotspots", "figure_named_as_crime"),  # C4
    ("q3", "A map of online gang crime", "figure_named_as_crime"),
    ("q5", "Index: the crackdown shut 86% of trap lenders", "activity_as_crime_fall"),  # C5
    ("q5", "86% of trap lenders put out of business (index)", "activity_as_crime_fall"),
    ("q5", "套路贷机构被打掉86%（指数）", "activity_as_crime_fall"),
    ("q5", "Trap-loan lenders: 86 out of every 100 caught (index)", "activity_as_crime_fall"),
    ("q5", "Thanks to the police, 86% fewer trap lenders (index)", "activity_as_crime_fall"),
]
REVIEW_16_FAIR = [
    ("q1", "Gangs eliminated, suspects apprehended: the campaign's totals"),
    ("q1", "All 1,759 gangs the release counts, and the other totals"),
    ("q1", "Not every online gang was broken up: these are the ones the police reached"),
    ("q1", "1,759 gangs eliminated, as the release reports"), ("q1", "Crime? These counts cannot say. Police work"),
    ("q1", "Crime? Cases solved: 32,000, as reported"), ("q1", "网络安全专项整治：警方工作量"),
    ("q1", "All gangs broken up: 1,759"), ("q1", "All gangs broken up, as the release counts them"),
    ("q1", "All gangs broken up - 1,759 in total"),  # a total's label, not a claim that none escaped
    ("q3", "Not a map of online gang crime: four examples the ministry chose"),
    ("q5", "Suspected trap-loan institutions, index (2019 peak = 100)"),
    ("q5", "Index of suspected trap-loan lenders: whether any were shut down is not shown"),
    ("q5", "Suspected trap-loan institutions (index); the police do not say why they fell"),
]


@pytest.mark.parametrize("qid, title, code", REVIEW_16_WRONG)
def test_review16_lesson02_words_outside_the_vocabulary_are_named(qid, title, code):
    outcome = _chart02(qid, title)
    assert outcome.misconception == code, outcome.message


@pytest.mark.parametrize("qid, title", REVIEW_16_FAIR)
def test_review16_lesson02_the_fair_neighbours_stay_recorded(qid, title):
    assert _chart02(qid, title).status == RECORDED


def test_review16_c5b_the_peaks_count_is_an_index_read_as_a_count():
    from netcrime.checks import lesson02 as L2

    spec = worked.answers("02")["q5"][0].to_dict(validate=False)
    wrong = {**spec, "title": "Suspected trap-loan institutions: an index",
             "description": "The peak's count was 100; 14 remained when the release reported it."}
    assert L2.q5.judge_values([ChartSpec(wrong)]).misconception == "index_as_count"
    fair = {**wrong, "description": "Index: 2019 peak = 100, 14 when reported. The release does not give the count."}
    assert L2.q5.judge_values([ChartSpec(fair)]).status == RECORDED


@pytest.mark.parametrize("title, description", [
    ("Keyword rules classify a third of all online gang crime correctly", "Confusion matrix of every case in China."),
    ("A keyword baseline", "Confusion matrix of every case in China."),
])
def test_review16_03_q5_the_score_carried_over_to_all_crime_is_named(title, description):
    outcome = _matrix(title, description)
    assert outcome.misconception == TEST_CASES_AS_CRIME.code, outcome.message


# ----- review round 16, C12: 02 yt7's condition the wrong way round ------------------------------------------------
@pytest.mark.parametrize("reversed_, make", [
    (True, lambda alt, p: alt.condition(p, alt.value(0.3), alt.value(1))),
    (True, lambda alt, p: alt.when(p).then(alt.value(0.2)).otherwise(alt.value(1))),
    (True, lambda alt, p: alt.condition(~p, alt.value(1), alt.value(0.3))),
    (False, lambda alt, p: alt.condition(p, alt.value(1), alt.value(0.3))),
    (False, lambda alt, p: alt.condition(~p, alt.value(0.3), alt.value(1))),
])
def test_review16_02_yt7_a_reversed_highlight_is_named(reversed_, make):
    import altair as alt

    from netcrime.checks import lesson02 as L2

    p = alt.selection_point(fields=["label"])
    chart = worked.answers("02")["q1"][0].add_params(p).encode(opacity=make(alt, p))
    outcome = L2.yt7.judge_values([chart])
    if reversed_:
        assert outcome.misconception == "highlight_reversed" and "Swap the two values" in outcome.message
    else:
        assert outcome.passed, outcome.message


# ----- review round 16, C14: a row's label names its unit before its value does --------------------------------------
def test_review16_02_q2_a_row_of_suspects_is_not_read_as_the_releases_600_reminders():
    import altair as alt
    import pandas as pd

    from netcrime.checks import lesson02 as L2

    rest = pd.DataFrame({"label": ["detained", "apprehended, not detained"], "value": [16400, 600]})
    chart = alt.Chart(rest).mark_bar().encode(x=alt.X("value:Q", stack="zero"), color="label:N").properties(
        title="Suspects apprehended: the detained and the rest", description="Stacked to the 17,000 apprehended.")
    outcome = L2.q2.judge_values([chart])
    assert outcome.misconception != "mixed_units" and "reminder" not in outcome.message, outcome.message
    mixed = pd.DataFrame({"label": ["gangs", "reminders"], "value": [1759, 600]})  # labelled so: two units
    assert L2.q1.judge_values([alt.Chart(mixed).mark_bar().encode(x="value:Q", y="label:N").properties(
        title="t", description="d")]).misconception == "mixed_units"


# ----- review round 16, C9: 02 yt8's verdicts for what is not a control say what is missing, not the worked line ---
def test_review16_02_yt8_a_bare_widget_is_named_and_no_verdict_prints_the_worked_line():
    import ipywidgets as widgets

    from netcrime.checks import lesson02 as L2

    def view(scale):
        return worked.answers("02")["q5"][0]

    for value, code in ((widgets.Dropdown(options=["linear", "log"]), "widget_calls_nothing"),
                        (widgets.ToggleButtons(options=["linear", "log"]), "widget_calls_nothing"),
                        (view, "function_not_control"), (view("linear"), "chart_not_control")):
        outcome = L2.yt8.judge_values([value])
        assert outcome.misconception == code, outcome.message
        assert "interactive(decline_view" not in outcome.message and "second hint" in outcome.message
    assert "widget_calls_nothing" in L2.yt8.misconceptions


# ----- review round 16, C16: 03 q2alt, a type it leaves out, and a pass with no case to spare in a student's copy ---
def _video_is_sextortion():
    solution = worked.answers("03")["q2alt"][0]
    return lambda text: "sextortion" if "video" in text.lower() else solution(text)  # the reviewer's classifier


@pytest.mark.parametrize("build", ["grader", "student"])
def test_review16_03_q2alt_answering_the_type_it_leaves_out_is_named(build, monkeypatch):
    import sys

    if build == "student":
        monkeypatch.setitem(sys.modules, "netcrime.instructor.lesson03_held_out", None)  # as if left out
    outcome = L3.q2alt.judge_values([_video_is_sextortion()])
    assert outcome.misconception == "type_left_out", outcome.message  # student: 70%, no case to spare; grader: 61%
    assert "a type this question leaves out" in outcome.message
    assert L3.q2alt.judge_values([worked.answers("03")["q2alt"][0]]).passed
    assert L3.q2.judge_values([worked.answers("03")["q2"][0]]).passed


def test_review16_03_q2_a_pass_with_no_case_to_spare_on_the_readable_split_is_not_correct(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "netcrime.instructor.lesson03_held_out", None)
    cases, _name = L3.q2_cases()
    solution = worked.answers("03")["q2"][0]
    need = -(-7 * len(cases) // 10)  # the fewest right cases that reach 70%
    right = [t for t, kinds in zip(cases["text"], cases["accepted"]) if solution(t) in kinds]
    spoiled = set(right[need:])  # the worked rules, made wrong on every right case beyond the pass mark

    def at_the_mark(text):
        answer = solution(text)
        return ("paid_trolls" if answer != "paid_trolls" else "trap_loan") if text in spoiled else answer

    outcome = L3.q2.judge_values([at_the_mark])
    assert outcome.misconception == "at_the_pass_mark" and "no case to spare" in outcome.message, outcome.message
