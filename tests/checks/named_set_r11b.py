"""names11b's own holdout (round 11, issue #19): see test_named_set_r11b.py. Written at 23:15 UTC, after the round's
first fixes (chart words, the three misnames the review found) and before any fix made against it, from the
questions' prompts and data/ (not from the judges' code); measured once at the end. Lessons 02, 03 and 04: each row
is what the student did, the wrong value, and a regular expression a verdict NAMING that mistake must match;
``CHART_WORDS``: titles a student or a headline writer might give lesson 02's charts, each with the claim codes that
name it, or ``recorded`` (fair words). ``fair()``: fair answers that must be accepted. A tuple value is every value
the question reads (L04 q3's two ends); any other value is the first, the worked solution's others after it."""
from datetime import date

from named_sets import Wrong, figure as F
from netcrime import data


def entries():
    HELD, CASES, JULY = F("suspects_apprehended"), F("cases_solved"), F("july_suspects_apprehended")
    NS = F("november_suspects_apprehended")
    m = data.milestones().set_index("id")["date"]
    start, end = m["opinions_in_force"].date(), m["press_conference"].date()
    days = (end - start).days
    a = lambda q, label, value, names: Wrong("02", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("03", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("04", q, label, value, names)  # noqa: E731
    rates = data.victim_reporting_rates()
    online = rates[rates["crime_category"].isin(["fraud", "computer misuse", "sextortion"])]["share_reported"]
    low, high = float(online.min()), float(online.max())
    return [
        # round 14: yt2 now asks the July operation's share of the apprehended (it repeated 01 q4's detained share);
        # these rows are the same mistakes, made on its figures
        a("yt2", "upside down", HELD / JULY, r"upside|other way|invert"),
        a("yt2", "as a percentage", 100 * JULY / HELD, r"percent"),
        a("yt2", "the share not in July", 1 - JULY / HELD, r"NOT apprehended|rest|1 minus|complement"),
        a("yt2", "over both added", JULY / (HELD + JULY), r"add|plus|sum|both|twice"),
        a("yt2", "over the cases", JULY / CASES, r"case"),
        a("yt2", "the difference", HELD - JULY, r"differen|subtract|minus|not apprehended in July"),
        a("yt2", "rounded to a whole", 0.0, r"round"),
        a("yt2", "November's apprehended added", JULY / (HELD + NS), r"november|712|add"),
        a("yt4", "both ends counted", days + 1, r"both ends|one (more|too many)|inclusive|off by one"),
        a("yt4", "one day short", days - 1, r"one (fewer|less|short)|off by one"),
        a("yt4", "in weeks", days / 7, r"week"),
        a("yt4", "in months", 14, r"month"),
        a("yt4", "from the campaign's launch", (end - m["campaign_deployed"].date()).days,
          r"launch|campaign|deployed|november 2019|wrong (event|milestone|start)"),
        a("yt4", "to the November operation", (m["november_operation"].date() - start).days,
          r"november|operation|wrong (event|milestone|end)"),
        a("yt4", "subtracted the other way", -days, r"negative|order|sign|other way"),
        a("yt4", "to the end of 2020", (date(2020, 12, 31) - start).days, r"end of|year|december 31|31 dec"),
        a("yt6", "points draw faster", "b", r"zero|length|speed|fast"),
        a("yt6", "Altair cannot", "c", r"zero|length|can"),
        b("q3", "the count of right labels", 12, r"count|number of cases labelled correctly"),
        b("q3", "the error rate", 24 / 36, r"wrong|error"),
        b("q3", "as a percentage", 100 / 3, r"percent"),
        b("q3", "upside down", 3.0, r"upside|invert|other way|divided by"),
        b("q3", "over the training split", 12 / 73, r"train|73"),
        b("q3", "per type", 12 / 7, r"type"),
        b("q3", "rounded to one decimal", 0.3, r"round"),
        b("q3", "as a fraction string", "12/36", r"number|fraction|text|string|divide"),
        c("q3", "swapped", (114 / low, 114 / high), r"swap"),
        c("q3", "all 150 divided", (150 / high, 150 / low), r"150|recorded|found"),
        c("q3", "multiplied", (114 * low, 114 * high), r"multipl"),
        c("q3", "the rates as percentages", (114 / (100 * high), 114 / (100 * low)), r"percent"),
        c("q3", "rounded to hundreds", (700, 1700), r"round"),
        c("q3", "rounded to thousands", (1000, 2000), r"round"),
        c("q3", "the 36 added on top", (114 / high + 36, 114 / low + 36), r"added|36|twice"),
        c("q3", "only the unreported", (114 / high - 114, 114 / low - 114), r"nobody reported|unreported|minus|reported ones"),
        c("q3", "the 36 divided", (36 / high, 36 / low), r"36|police[- ]found|found"),
        c("yt4", "the truth's trend", 0.02, r"true_trend|truth|0\.02|same size"),
        c("yt4", "the wrong sign", -0.007, r"sign|negative|fall|down"),
        c("yt4", "as a percentage", 0.7, r"percent"),
        c("yt4", "left at zero", 0.0, r"0|zero|start|fall|level"),
        c("yt5", "upside down", 1600 / 200, r"upside|invert|per recorded|1,600 / 200"),
        c("yt5", "a percentage", 12.5, r"percent"),
        c("yt5", "the share not reported", 0.875, r"not reported|1 minus"),
        c("yt5", "recorded added", 200 / 1800, r"added|1,800"),
        c("yt5", "recorded added, share not reported", 1600 / 1800, r"added|1,800|not reported"),
        c("yt5", "the unreported count", 1400, r"nobody reported|unreported|1,400"),
        c("yt5", "one over the estimate", 1 / 1600, r"1,600|invert|upside|1 /"),
        c("yt5", "the low borrowed rate", low, r"borrowed"),
        c("yt3", "more crime", "a", r"crime|truth|flat|true"),
        c("yt3", "more reporting", "b", r"report"),
    ]


def fair():
    HELD, JULY = F("suspects_apprehended"), F("july_suspects_apprehended")
    return [Wrong("02", "yt2", "two significant figures", 0.0081, ""),
            Wrong("02", "yt2", "five decimals", round(JULY / HELD, 5), ""),
            Wrong("03", "q3", "four decimals", 0.3333, ""),
            Wrong("04", "q3", "whole incidents", (713, 1701), ""),
            Wrong("04", "yt5", "as a fraction", 1 / 8, "")]


# (question, where, text, expected codes or "recorded")
CHART_WORDS = [
    ("q1", "title", "Online crime could be on its way out", "activity_as_crime_fall"),
    ("q1", "title", "A crackdown that probably cut online crime", "activity_as_crime_fall"),
    ("q1", "subtitle", "Online fraud likely down after 2020's blitz", "activity_as_crime_fall"),
    ("q1", "title", "Police flatten the cyber underworld", "activity_as_crime_fall"),
    ("q1", "title", "Online mafia routed, scammers scattered", "activity_as_crime_fall"),
    ("q1", "title", "2020: the year police tamed online gangs", "activity_as_crime_fall"),
    ("q1", "title", "Cyber gangs under the cosh", "activity_as_crime_fall"),
    ("q1", "title", "Net closes on online crime as gangs crumble", "activity_as_crime_fall"),
    ("q1", "title", "网络黑恶势力遭重创", "activity_as_crime_fall"),
    ("q1", "title", "网络犯罪多半已经减少", "activity_as_crime_fall"),
    ("q2", "title", "33,400 suspects taken off the streets", "figures_summed suspects_as_convicted"),
    ("q2", "description", "The police dealt with 3.3万 suspects in all.", "figures_summed"),
    ("q2", "title", "Suspects held: 17k apprehended plus 16.4k detained = 33.4k", "figures_summed"),
    ("q6", "title", "17,712 suspects apprehended", "figures_summed"),
    ("q9", "title", "Five years of policing: 50,000 cases solved", "figures_summed releases_as_trend"),
    ("q5", "title", "Trap-loan lenders brought to their knees", "activity_as_crime_fall"),
    ("q5", "title", "Loan sharks seemingly on the ropes", "activity_as_crime_fall"),
    ("yt1", "title", "Scam messages silenced", "activity_as_crime_fall"),
    ("yt1", "title", "Harmful content muzzled: 3 million items", "activity_as_crime_fall"),
    ("q4", "title", "How police brought online extortion to heel", "activity_as_crime_fall"),
    ("q3", "title", "Jiangsu appears to lead the fight", "examples_as_ranking"),
    ("q1", "title", "Online crime may or may not have fallen: these are counts of police work", "recorded"),
    ("q1", "title", "Police activity, 2020 (whether crime fell is not shown)", "recorded"),
    ("q2", "title", "Apprehended 17,000; of them, 16,400 detained", "recorded"),
    ("q2", "description", "The bars overlap: adding them would double-count the detained.", "recorded"),
    ("q1", "description", "Police may have found more because they looked harder; the counts cannot say.", "recorded"),
    ("q9", "title", "Cases solved: 32,000 (c. 14 months) and 18,000 (one year), not a trend", "recorded"),
    ("q1", "title", "The ministry says the gangs were crushed; these are its counts of police work", "recorded"),
    ("yt1", "title", "Prevention work: 3 million items intercepted, 1,400 platforms rectified", "recorded"),
    ("q5", "title", "Suspected trap-loan lenders, index (2019 peak = 100)", "recorded"),
]
