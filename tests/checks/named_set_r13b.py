"""names13b's own holdout (round 13, issue #19): see test_named_set_r13b.py. Written at about 05:03 UTC (`date -u`), BEFORE any fix of
round 13, from the questions' prompts and data/ (not from the judges' code). Lessons 02, 03 and 04.

- ``entries()``: numbers and letters, each row what the student did, the wrong value, and a regular expression a
  verdict NAMING that mistake must match; a number's regular expression also asks for the student's own figure
  (issue #19: "a message that quotes the student's own figure").
- ``CHARTS``: whole charts for lesson 02's chart questions (the worked solution's chart with its words changed),
  chiefly titles that ASK (fair) beside titles that answer their own question or ask rhetorically (claims), each
  with a regular expression its (non-correct) verdict must match, or ``None``: a fair chart, to be recorded.
- ``fair()``: fair answers that must be accepted.
"""
from __future__ import annotations

from named_sets import Wrong, figure as F

from netcrime import classify, data


def _test_results():
    results = classify.baseline_results()
    return results, results["actual"] == results["predicted"]


def entries():
    HELD, JULY = F("suspects_apprehended"), F("july_suspects_apprehended")
    a = lambda q, label, value, names: Wrong("02", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("03", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("04", q, label, value, names)  # noqa: E731
    miles = data.milestones().set_index("id")["date"]
    import pandas as pd
    days = (pd.Timestamp(miles["press_conference"]) - pd.Timestamp(miles["opinions_in_force"])).days
    results, hits = _test_results()
    kinds = len(classify.CRIME_TYPES)
    recall = hits.groupby(results["actual"]).mean()
    predicted = results["predicted"]
    precision = hits.groupby(predicted).mean()
    n_train = int((data.case_vignettes()["split"] == "train").sum())
    rates = data.victim_reporting_rates().set_index("crime_category")["share_reported"]
    low = min(rates.loc[["fraud", "computer misuse", "sextortion"]])
    return [
        # lesson 02 numbers and letters
        # round 14: yt2 asks the July operation's share of the apprehended (it asked 01 q4's detained share again);
        # the same three mistakes, on its figures
        a("yt2", "apprehended over July's", HELD / JULY, r"123\.2.*(upside|invert|other way|round)"),
        a("yt2", "the share not in July", 1 - JULY / HELD, r"0\.99.*(NOT apprehended|were not|left|1 minus|one minus)"),
        a("yt2", "July over both added", JULY / (HELD + JULY), r"0\.008.*(sum|added|both|together|among|plus)"),
        a("yt4", "counted both ends", days + 1, rf"{days + 1}.*(both|inclusive|ends|one too many|one more)"),
        a("yt4", "in weeks", round(days / 7, 1), rf"{round(days / 7, 1):g}.*week"),
        a("yt4", "the other way round", -days, rf"-{days}.*(negative|order|earlier|later|minus|subtract)"),
        a("yt6", "Altair cannot", "c", r"can|altair"),
        a("q7", "the victims", "d", r"victim"),
        # lesson 03 q3: shares a student computes from `results` other than the accuracy
        b("q3", "one in seven: guessing among the types", 1 / kinds, r"0\.14.*(guess|chance|seven|types)"),
        b("q3", "the recall of paid_trolls", float(recall["paid_trolls"]), r"0\.8.*(paid_trolls|one type|per type|recall)"),
        b("q3", "the precision of trap_loan", float(precision["trap_loan"]), r"0\.28.*(trap_loan|one type|per type|precision)"),
        b("q3", "the precision of paid_trolls", float(precision["paid_trolls"]), r"0\.57.*(paid_trolls|one type|per type|precision)"),
        b("q3", "the share labelled 'no rule matched'", float((predicted == classify.NO_MATCH).mean()),
          r"0\.38.*(no rule|matched|unmatched)"),
        b("q3", "the share some rule matched", float((predicted != classify.NO_MATCH).mean()),
          r"0\.61.*(some rule|matched)"),
        b("q3", "right labels over the train split", int(hits.sum()) / n_train, rf"0\.16.*(train|{n_train})"),
        b("q3", "right over wrong", int(hits.sum()) / int((~hits).sum()), r"0\.5.*(wrong|right.*wrong)"),
        b("yt3", "percent of the test split", 60.0 / 36, r"1\.6|percent|share"),
        b("yt4", "the labels of the test split", "c", r"test|label|read|saw|never"),
        # lesson 04
        c("yt2", "the survey's own words", "fear of reprisal", r"survey|wording|codebook|code"),
        c("yt2", "the survey's words with underscores", "fear_of_reprisal", r"survey|wording|codebook|code"),
        c("yt2", "the survey's whole reason", "fear of reprisal or getting offender in trouble",
          r"survey|wording|codebook|code"),
        c("yt2", "a paraphrase: retaliation", "fear of retaliation", r"survey|wording|codebook|code|paraphrase"),
        c("yt5", "the ratio the other way", 1600 / 200, r"8.*(upside|invert|other way|incidents per|divide)"),
        c("yt5", "200 over 1,800", 200 / 1800, r"0\.11.*(1,800|added|sum|both)"),
        c("q3", "all 150 as reports", 150 / float(rates.loc["sextortion"]),
          r"937.*(150|36|found|without|report)"),
        c("q3", "multiplied by the rate", 114 * low, r"(6\.\d|7\.6|18\.2).*(multipl|divide|times)"),
        c("yt3", "more victims reporting", "b", r"report|flat|steady"),
    ]


def fair():
    results, hits = _test_results()
    return [Wrong("03", "q3", "the accuracy as a fraction, rounded to 3 places", round(float(hits.mean()), 3), ""),
            Wrong("04", "yt2", "the code in capitals", "INTIMIDATION", ""),
            # listed among the wrong rows when written (as "the codebook's label, not its code") and accepted when
            # measured: the label of intimidation is 'Intimidation', the code itself in capitals, so it is fair
            Wrong("04", "yt2", "the codebook's label", "Intimidation ", ""),
            Wrong("02", "yt3", "the letter with a full stop", "c.", "")]


# ----- whole charts of lesson 02: titles that ask, titles that answer ----------------------------------------------

def _words(chart, title, description):
    return chart.properties(title=title, description=description)


CLAIM = r"claim|effect|work|crime|fell|fall|paying|success|成效|见效"
_Q1_DESC = "Five campaign totals in four units, each unit on its own panel."
_Q9_DESC = "Two releases, two periods: the campaign to date against one calendar year, so not a trend."

# (question, label, build(right chart) -> chart, regex the verdict must match, or None for a fair chart)
CHARTS = [
    # round 17 FINAL (#19): a title that asks whether the crackdown worked, beside figures that cannot answer it and
    # words that leave it open, suggests the claim (claims._left_open); answered in the description, it asks
    ("q1", "left open: a headline question", lambda r: _words(r, "Crackdown - is it paying off?", _Q1_DESC), CLAIM),
    ("q1", "fair: a headline question answered", lambda r: _words(r, "Crackdown - is it paying off?",
                                                                  "Five totals of police work; they cannot say."), None),
    ("q1", "fair: is it working", lambda r: _words(r, "Is the crackdown working? These counts cannot say", _Q1_DESC),
     None),
    ("q1", "fair: has crime fallen (a question)", lambda r: _words(r, "Has online gang crime fallen?",
                                                                     "Counts of police work; they cannot answer it."),
     None),
    ("q1", "left open: Chinese question 吗", lambda r: _words(r, "打击网络黑恶犯罪见效了吗？", "五项数字，四个单位。"), CLAIM),
    ("q1", "fair: Chinese question 吗 answered", lambda r: _words(r, "打击网络黑恶犯罪见效了吗？", "五项数字，无法说明。"), None),
    ("q1", "fair: Chinese 是否", lambda r: _words(r, "专项行动是否遏制了网络犯罪", "警方工作量，不是犯罪数量。"), None),
    ("q1", "fair: Chinese 能否", lambda r: _words(r, "能否说明犯罪减少？", "这些是警方的工作量。"), None),
    ("q1", "answers its own question", lambda r: _words(r, "Is the crackdown working? Yes.", _Q1_DESC), CLAIM),
    ("q1", "answers: the numbers say yes", lambda r: _words(r, "Crackdown paying off? The numbers say yes", _Q1_DESC),
     CLAIM),
    ("q1", "rhetorical: who says", lambda r: _words(r, "Who says the crackdown is not working?", _Q1_DESC), CLAIM),
    ("q1", "rhetorical: isn't it", lambda r: _words(r, "Isn't the crackdown clearly paying off?", _Q1_DESC), CLAIM),
    ("q1", "rhetorical: what better proof", lambda r: _words(r, "What better proof that online crime is falling?",
                                                              _Q1_DESC), CLAIM),
    ("q1", "Chinese: answered", lambda r: _words(r, "打击见效了吗？当然。", "五项数字，四个单位。"), CLAIM),
    ("q1", "Chinese: rhetorical 谁说", lambda r: _words(r, "谁说专项打击没有成效？", "五项数字，四个单位。"), CLAIM),
    ("q1", "Chinese: rhetorical 难道", lambda r: _words(r, "难道网络犯罪没有减少吗？", "五项数字，四个单位。"), CLAIM),
    ("q9", "fair: a question about a trend", lambda r: _words(r, "More cases solved in 2023?", _Q9_DESC), None),
    ("q9", "answered: a rise", lambda r: _words(r, "More cases solved in 2023? Yes, far more", _Q9_DESC),
     r"trend|rise|more|period|compar"),
]
