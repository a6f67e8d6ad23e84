"""Round 9's own plausible wrong answers for lessons 02 (numbers, options, chart structure), 03 and 04 (issue #19,
names9b), SET A: the set the fixes were made against. Its twin, set B, was written at the same sitting from the
same prompts and kept encoded (wrong_round9b_holdout.b64) while the fixes were made; it is measured, not tuned on.

Written from the prompts in solutions/02-04 and the lessons' your-turns, not from the judges' code: each entry is
what a student computes when a step goes wrong, worked out from data/ (never typed), with a regex saying what a
verdict that NAMES the mistake must mention (``names``). ``test_wrong_round9b.py`` judges each: none accepted,
none of the fair forms rejected, and at least 92% per lesson named (a declared, non-generic code AND the regex).
"""
from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd

from netcrime import data


class Wrong(NamedTuple):
    question: str
    label: str
    values: tuple  # every value the question reads, the wrong one among them
    names: str  # a regex (case-insensitive) the verdict's message must match to name this mistake


def one(question: str, label: str, value: Any, names: str) -> Wrong:
    return Wrong(question, label, (value,), names)


def figures() -> dict[str, float]:
    table = data.release_figures()
    return dict(zip(table["id"], table["value"].astype(float)))


def lesson02(right: dict[str, list]) -> list[Wrong]:
    F = figures()
    sus, det, july = F["suspects_apprehended"], F["suspects_detained"], F["july_suspects_apprehended"]
    share = july / sus  # round 14: yt2 asks the July operation's share of the apprehended (it asked q4's detained share)
    days = int(right["yt4"][0])
    dates = data.milestones().set_index("id")["date"]
    return [
        one("yt2", "the campaign over July", sus / july, r"other way|invert|upside"),
        one("yt2", "a percentage", share * 100, r"percent"),
        one("yt2", "the share not in July", 1 - share, r"NOT apprehended in the July|rest|1 ?-|complement|other part"),
        one("yt2", "the number not in July", sus - july, r"not apprehended in July|differen|subtract|minus|count"),
        one("yt2", "July over the sum", july / (sus + july), r"sum|added|both|among|plus"),
        one("yt2", "rounded to 0.01", 0.01, r"round|cut"),
        one("yt2", "July's apprehended alone", july, r"figures this question starts from|count|number"),
        one("yt2", "a percentage rounded to one decimal", round(share * 100, 1), r"percent"),
        one("yt2", "over the detained", july / det, r"detained"),
        one("yt4", "one day more (both ends counted)", days + 1, r"one day|both ends|off by one|one more"),
        one("yt4", "in weeks", days // 7, r"week"),
        one("yt4", "in months", round(days / 30.4), r"month"),
        one("yt4", "the negative (subtracted the wrong way)", -days, r"sign|wrong way|negative|order|earlier"),
        one("yt4", "in years", round(days / 365.25, 2), r"year"),
        one("yt4", "one day less", days - 1, r"one day|off by one|one less|one fewer"),
        one("yt4", "to the November operation", int((dates["november_operation"] - dates["opinions_in_force"]).days),
            r"november_operation"),
        one("yt4", "from the campaign's launch to the July operation",
            int((dates["july_operation"] - dates["campaign_deployed"]).days), r"campaign_deployed.*july_operation"),
        one("yt4", "to the end of the year", int((pd.Timestamp("2020-12-31") - dates["opinions_in_force"]).days),
            r"end of the year|31 December"),
        one("q7", "86 fewer institutions", "b", r"index|points|not.*institutions|100"),
        one("q7", "crime fell", "c", r"crime|institutions|activity"),
        one("q7", "victims fell", "d", r"victim"),
        one("q7", "the option's words", "trap-loan crime fell by 86%", r"letter"),
        one("q8", "sort the bars", "a", r"sort|order|twice|among|nested"),
        one("q8", "a pie", "c", r"pie|twice|among|whole|nested"),
        one("q8", "nothing", "d", r"twice|among|stack|nested"),
        one("yt3", "Jiangsu leads", "a", r"rank|lead|select|chose|example"),
        one("yt3", "across China", "b", r"four|china|every|nationwide|all|select|chose|example"),
        one("yt3", "fewest victims", "d", r"victim|fewest|gangs|rank"),
        one("yt6", "faster", "b", r"fast|speed|zero|length"),
        one("yt6", "Altair cannot", "c", r"can|zero|length"),
        one("yt6", "labels", "d", r"label|zero|length"),
    ]


def lesson03(right: dict[str, list]) -> list[Wrong]:
    from netcrime import classify

    cases = data.case_vignettes()
    train, test = cases[cases["split"] == "train"], cases[cases["split"] == "test"]
    base = classify.baseline_results()
    hit = base["actual"] == base["predicted"]
    n, good = len(base), int(hit.sum())
    matched = int((base["predicted"] != classify.NO_MATCH).sum())
    rules = right["yt2"][1]
    pattern = dict(rules)["trap_loan"]
    fires = train["text"].str.contains(pattern, case=False, regex=True)
    not_trap = train["primary_type"] != "trap_loan"
    wrong_fires = int((fires & not_trap).sum())
    in_order = classify.apply_rules(train["text"], rules)
    test_table = classify.precision_recall(test["primary_type"], classify.apply_rules(test["text"], rules))
    test_table = test_table.set_index("type")
    pe = test_table.loc["publicity_extortion"]
    per_type_recall = classify.precision_recall(base["actual"], base["predicted"]).set_index("type")["recall"]
    q1 = right["q1"][0]
    keep = right["q9"][0]
    flip = {"keep": "drop", "drop": "keep"}
    table = right["q4"][0]
    return [
        one("q3", "the number right", float(good), r"correct"),
        one("q3", "the number wrong", float(n - good), r"wrong|incorrect|error"),
        one("q3", "the error rate", 1 - good / n, r"wrong|error"),
        one("q3", "a percentage", good / n * 100, r"percent"),
        one("q3", "right over wrong", good / (n - good), r"wrong"),
        one("q3", "wrong over right", (n - good) / good, r"wrong"),
        one("q3", "right among matched cases", good / matched, r"matched|no rule"),
        one("q3", "the share no rule matched", (n - matched) / n, r"no rule|matched"),
        one("q3", "the share some rule matched", matched / n, r"matched"),
        one("q3", "divided by train's size", good / len(train), r"train|split|another count|denominator"),
        one("q3", "rounded to one place", round(good / n, 1), r"round|cut"),
        one("q1", "N1 read as the collection", {**q1, "N1": "debt_harassment"}, r"N1"),
        one("q1", "N2 read as a trap loan", {**q1, "N2": "trap_loan"}, r"N2"),
        one("q1", "N3 as paid trolls", {**q1, "N3": "paid_trolls"}, r"N3"),
        one("q1", "N4 as publicity extortion", {**q1, "N4": "publicity_extortion"}, r"N4"),
        one("q1", "N5 as a trap loan", {**q1, "N5": "trap_loan"}, r"N5"),
        one("q1", "N6 as publicity extortion", {**q1, "N6": "publicity_extortion"}, r"N6"),
        one("q1", "N1 and N2 swapped", {**q1, "N1": q1["N2"], "N2": q1["N1"]}, r"N1|N2|swap"),
        one("q4", "transposed", table.T, r"transpos|rows|columns|swap"),
        one("q4", "shares of all cases", table / table.to_numpy().sum(), r"share|count|normali"),
        one("q4", "each row as shares", table.div(table.sum(axis=1), axis=0), r"share|count|normali"),
        one("q4", "the no-match column dropped", table.drop(columns=[classify.NO_MATCH]), r"column|no rule|missing"),
        one("q6", "the interest", "a", r"interest|usur|rate"),
        one("q6", "the guarantor", "b", r"guarant"),
        one("q6", "the court", "d", r"court|su"),
        one("q8", "a trap loan", "trap_loan", r"real|debt|honest|borrow"),
        one("q8", "publicity extortion", "publicity_extortion", r"debt|loan|collect"),
        one("q8", "sextortion", "sextortion", r"intimate|photo|debt|collect"),
        one("q9", "keep A", {**keep, "A": "keep"}, r"\bA\b"),
        one("q9", "drop B", {**keep, "B": "drop"}, r"\bB\b"),
        one("q9", "keep E", {**keep, "E": "keep"}, r"\bE\b"),
        one("q9", "judged by train", {k: ("keep" if k in "ABD" else "drop") for k in keep}, r"train|\bA\b|\bD\b"),
        one("q9", "every letter flipped", {k: flip[v] for k, v in keep.items()}, r"\bA\b|\bB\b"),
        one("yt1", "paid trolls", "paid_trolls", r"paid|troll|accounts|client"),
        one("yt1", "a malicious claim", "malicious_claim", r"bought|claim|regulator"),
        one("yt1", "sextortion", "sextortion", r"intimate|kitchen"),
        Wrong("yt2", "every fire", (int(fires.sum()), rules), r"every|all|too\b"),
        Wrong("yt2", "the right fires", (int((fires & ~not_trap).sum()), rules), r"trap loans it finds|finds|right"),
        Wrong("yt2", "the missed trap loans", (int((~fires & ~not_trap).sum()), rules), r"miss"),
        Wrong("yt2", "a share of train", (wrong_fires / len(train), rules), r"share"),
        Wrong("yt2", "a percentage of train", (wrong_fires / len(train) * 100, rules), r"percent|share"),
        Wrong("yt2", "rules applied in order", (int(((in_order == "trap_loan") & not_trap).sum()), rules),
              r"order|first|apply_rules|label"),
        Wrong("yt2", "the cases of other types", (int(not_trap.sum()), rules), r"other types|not trap|every case"),
        Wrong("yt3", "a percentage", (float(pe["recall"]) * 100, rules), r"percent"),
        Wrong("yt3", "the precision", (float(pe["precision"]), rules), r"precision"),
        Wrong("yt3", "the count found", (int(pe["correct"]), rules), r"how many|count|number"),
        Wrong("yt3", "the share missed", (1 - float(pe["recall"]), rules), r"miss|not found|rest|1 ?-"),
        Wrong("yt3", "the type's cases", (int(pe["cases"]), rules), r"cases|count|number"),
        Wrong("yt3", "accuracy of the rules on test",
              (float((classify.apply_rules(test["text"], rules) == test["primary_type"]).mean()), rules),
              r"accuracy|all|every"),
        one("yt4", "the decisive feature", "a", r"feature|cit"),
        one("yt4", "the test labels", "c", r"test"),
        one("yt4", "chance", "d", r"chance|cause"),
    ]


def lesson04(right: dict[str, list]) -> list[Wrong]:
    rates = data.victim_reporting_rates()
    online = rates[rates["crime_category"].isin(["fraud", "computer misuse", "sextortion"])]["share_reported"]
    lo, hi = float(online.min()), float(online.max())
    reported, found, recorded = 114, 36, 150
    q1 = right["q1"][0]
    heard = right["q2"][0]
    flip = {"survey": "police", "police": "survey"}
    assumed = float(right["yt5"][0])
    level = float(right["yt4"][0])
    pair = [
        ("swapped", (reported / lo, reported / hi), r"swap"),
        ("all recorded cases divided", (recorded / hi, recorded / lo), r"150|all .*recorded|found"),
        ("found added on top", (reported / hi + found, reported / lo + found), r"twice|added|on top"),
        ("found divided by the rates", (found / hi, found / lo), r"found|36"),
        ("multiplied", (reported * lo, reported * hi), r"multipl"),
        ("the dark figure only", (reported / hi - reported, reported / lo - reported), r"unreported|nobody reported"),
        ("rates as percentages", (reported / (hi * 100), reported / (lo * 100)), r"percent"),
        ("every category's rates", (reported / float(rates["share_reported"].max()),
                                    reported / float(rates["share_reported"].min())), r"every crime|online|filter"),
        ("150 and the found added", (recorded / hi + found, recorded / lo + found), r"150|found|twice|added"),
        ("rounded to whole incidents, both wrong by 36", (round(reported / hi + found), round(reported / lo + found)),
         r"twice|added|on top"),
        ("the unreported share as the rate", (reported / (1 - hi), reported / (1 - lo)), r"not report|1 ?-"),
        ("fraud only", (reported / float(online.iloc[0]), reported / float(online.iloc[1])), r"categor|online|fraud"),
    ]
    out = [Wrong("q3", label, values, names) for label, values, names in pair]
    out += [
        one("q1", "N1 as cost over loss", {**q1, "N1": "cost_exceeds_loss"}, r"N1"),
        one("q1", "N3 as exposure", {**q1, "N3": "fear_of_exposure"}, r"N3"),
        one("q1", "N4 as self blame", {**q1, "N4": "self_blame"}, r"N4"),
        one("q1", "N5 as weak evidence", {**q1, "N5": "weak_evidence"}, r"N5"),
        one("q1", "N2 as self blame", {**q1, "N2": "self_blame"}, r"N2"),
        one("q1", "N8 as intimidation", {**q1, "N8": "intimidation"}, r"N8"),
        one("q1", "N6 as intimidation", {**q1, "N6": "intimidation"}, r"N6"),
        one("q2", "W1 police", {**heard, "W1": "police"}, r"W1"),
        one("q2", "W3 survey", {**heard, "W3": "survey"}, r"W3"),
        one("q2", "W4 survey", {**heard, "W4": "survey"}, r"W4"),
        one("q2", "all survey", {k: "survey" for k in heard}, r"W3|W4"),
        one("q2", "all police", {k: "police" for k in heard}, r"W1|W2|W5"),
        one("q6", "five years", "a", r"year|same records|more of"),
        one("q6", "court judgements", "c", r"court|report"),
        one("q6", "regulator complaints", "d", r"regulator|report|channel"),
        one("q8", "too small", "a", r"helpline|caller|small"),
        one("q8", "wouldn't do anything", "c", r"helpline|caller|police"),
        one("q8", "already paid", "d", r"helpline|caller|paid"),
        one("yt1", "P1 self blame", {**right["yt1"][0], "P1": "self_blame"}, r"P1"),
        one("yt1", "P2 exposure", {**right["yt1"][0], "P2": "fear_of_exposure"}, r"P2"),
        one("yt2", "exposure", "fear_of_exposure", r"exposure|disclos"),
        one("yt2", "own punishment", "fear_of_own_punishment", r"penalty|punish|own fault"),
        one("yt2", "self blame", "self_blame", r"offender|reprisal"),
        one("yt2", "sunk cost", "sunk_cost", r"offender|reprisal"),
        one("yt3", "more crime", "a", r"flat|truth|crime"),
        one("yt3", "more reporting", "b", r"flat|report"),
        one("yt3", "recording", "d", r"record"),
        one("yt4", "the sign flipped", -level, r"fall|sign"),
        one("yt4", "zero", 0.0, r"steady"),
        one("yt4", "in points", level * 100, r"percentage point|points"),
        one("yt4", "the truth's trend undone", 0.02, r"fast|rise"),
        one("yt5", "inverted", 1 / assumed, r"per recorded|1,600 / 200|true / recorded|invert"),
        one("yt5", "a percentage", assumed * 100, r"percent"),
        one("yt5", "not reported", 1 - assumed, r"not reported|NOT"),
        one("yt5", "recorded added", 200 / 1800, r"added"),
        one("yt5", "a borrowed rate", lo, r"borrowed"),
        one("yt5", "the unreported count", 1400.0, r"unreported|1,?400|differen|subtract"),
        one("yt5", "unreported over reported", 1400 / 200, r"unreported|1,?400|per"),
        one("yt5", "reported over unreported", 200 / 1400, r"unreported|1,?400|among"),
    ]
    return out


SETS = {"02": lesson02, "03": lesson03, "04": lesson04}
