"""A hand-written set of plausible wrong answers, per lesson (issue #19, round 8): what a student computes from the
figures a question uses when a step goes wrong (a wrong figure, a sum for a difference, an inverse ratio, a
percentage for a share, a unit slip, truncation, an off-by-one period, a mean for a total, swapped roles, precision
for recall ...), and for word answers the synonyms of each misconception.

Written for round 8 from the questions' prompts and the lessons' tables, not from the judges' lists of slips (the
engine's generators, ``wrong_answers`` / ``transformed_answers`` / ``independent_answers``, are measured apart).
Every wrong value is worked out here from data/ or from the right answer the worked solution gives (never a right
answer typed). ``test_plausible_wrong_set.py`` judges each: none may be accepted, and in every lesson at least
92% must get a verdict that names the mistake (a declared, non-generic code; where an entry lists the codes that
fit, one of them).
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from netcrime import data


class Wrong(NamedTuple):
    question: str
    label: str
    values: tuple  # every value the question reads, the wrong one among them
    fits: tuple[str, ...] = ()  # the codes that name this mistake (empty: any declared, non-generic code)


def _figures() -> dict[str, float]:
    table = data.release_figures()
    return dict(zip(table["id"], table["value"].astype(float)))


def _one(question: str, label: str, value: Any, *fits: str) -> Wrong:
    return Wrong(question, label, (value,), tuple(fits))


def lesson00(right: dict[str, list]) -> list[Wrong]:
    F = _figures()
    gangs, nov_gangs = F["gangs_eliminated"], F["november_gangs_eliminated"]
    sus, nov_sus, jul_sus = F["suspects_apprehended"], F["november_suspects_apprehended"], F["july_suspects_apprehended"]
    zj_sus = F["zhejiang_suspects_apprehended"]
    detained = right["q2"][0]
    counts = right["q6"][0]
    floor = list(right["q7"][0])
    s09 = data.release_sources().set_index("source_id").loc["S09", "excerpt"]
    table = data.release_figures()
    example_gangs = right["yt4"][0]
    out = [
        _one("q1", "the campaign's total, nothing taken away", gangs),
        _one("q1", "November's gangs alone", nov_gangs),
        _one("q1", "added instead of subtracted", gangs + nov_gangs),
        _one("q1", "divided", gangs / nov_gangs),
        _one("q1", "suspects outside November instead of gangs", sus - nov_sus),
        _one("q1", "gangs plus suspects", gangs + sus),
        _one("q1", "one too few", gangs - nov_gangs - 1),
        _one("q1", "in 万", (gangs - nov_gangs) / 10_000),
        _one("q1", "subtracted the wrong way round", nov_gangs - gangs),
        _one("q1", "as text", str(int(gangs - nov_gangs))),
        _one("q2", "万 read as a hundred", detained / 100),
        _one("q2", "万 read as a thousand", detained / 10),
        _one("q2", "万 read as a million", detained * 100),
        _one("q2", "divided by 万", detained / 10_000 / 10_000),
        _one("q2", "万 read as 亿", detained * 10_000),
        _one("q2", "the number without 万", detained / 10_000),
        _one("q2", "with a thousands comma, as text", f"{int(detained):,}"),
        _one("q3", "crimes committed", "a"),
        _one("q3", "victims", "c"),
        _one("q3", "crimes, in words", "crimes committed"),
        _one("q5", "July alone", jul_sus),
        _one("q5", "November alone", nov_sus),
        _one("q5", "the difference", nov_sus - jul_sus),
        _one("q5", "the mean of the two", (nov_sus + jul_sus) / 2),
        _one("q5", "Zhejiang's example added", nov_sus + jul_sus + zj_sus),
        _one("q5", "the campaign's total", sus),
        _one("q5", "the campaign less the two", sus - nov_sus - jul_sus),
        _one("q5", "in 万", (nov_sus + jul_sus) / 10_000),
        _one("q6", "shares (normalize=True)", counts / counts.sum()),
        _one("q6", "percentages", counts / counts.sum() * 100),
        _one("q6", "counts of another column (unit)", table["unit"].value_counts()),
        _one("q6", "counts of another column (kind)", table["kind"].value_counts()),
        _one("q6", "the number of kinds (nunique)", int(table["precision"].nunique())),
        _one("q6", "the kinds themselves (unique)", list(table["precision"].unique())),
        _one("q6", "national figures only", table.loc[table["scope"] == "national", "precision"].value_counts()),
        _one("q7", "余 left off", [x.rstrip("余") for x in floor]),
        _one("q7", "the first only", floor[:1]),
        _one("q7", "a greedy pattern", re.findall(r"\d.*余", s09)),
        _one("q7", "万 and 余 left off", [x.replace("万", "").rstrip("余") for x in floor]),
        _one("q7", "numbers only, as floats", [float(re.sub(r"[^\d.]", "", x)) for x in floor]),
        _one("q7", "one text", ", ".join(floor)),
        _one("yt2", "every provincial example, any unit", int((table["subset"] == "provincial example").sum())),
        _one("yt2", "every gangs row, any subset", int((table["unit"] == "gangs").sum())),
        _one("yt2", "the examples' gangs added up", float(table.loc[(table["subset"] == "provincial example")
                                                                     & (table["unit"] == "gangs"), "value"].sum())),
        _one("yt3", "added", sus + nov_sus),
        _one("yt3", "July's taken away too", sus - nov_sus - jul_sus),
        _one("yt3", "the detained less November", F["suspects_detained"] - nov_sus),
        _one("yt3", "in 万", (sus - nov_sus) / 10_000),
        _one("yt4", "November's gangs added", example_gangs + nov_gangs),
        _one("yt4", "Jiangsu's alone", F["jiangsu_gangs_eliminated"]),
        _one("yt4", "the campaign's gangs", gangs),
        _one("yt4", "the mean of the examples", example_gangs / 4),
    ]
    return out


def lesson01(right: dict[str, list]) -> list[Wrong]:
    F = _figures()
    headline = right["q2"][0]
    sus, det, gangs = F["suspects_apprehended"], F["suspects_detained"], F["gangs_eliminated"]
    why = right["q3"][1]
    holds = right["q6"][0]
    kinds = right["q7"][0]
    precision = right["q8"][0]
    checklist = right["q13"][0]
    nov_assets, assets = F["november_assets_seized"], F["assets_seized"]
    truncated = headline.assign(in_wan=headline["in_wan"].astype(int))
    flip = {True: False, False: True}
    first_key = next(iter(holds))
    out = [
        _one("q2", "in_wan truncated to whole numbers", truncated),
        _one("q2", "in_wan in 亿", headline.assign(in_wan=headline["value"] / 1e8)),
        _one("q2", "in_wan multiplied", headline.assign(in_wan=headline["value"] * 1e4)),
        _one("q2", "a row left out", headline.iloc[:-1]),
        _one("q2", "without the in_wan column", headline.drop(columns=["in_wan"])),
        Wrong("q3", "detained per gang", (det / gangs, why)),
        Wrong("q3", "gangs per suspect", (gangs / sus, why)),
        Wrong("q3", "November's average", (F["november_suspects_apprehended"] / F["november_gangs_eliminated"], why)),
        Wrong("q3", "outside November", ((sus - F["november_suspects_apprehended"])
                                          / (gangs - F["november_gangs_eliminated"]), why)),
        Wrong("q3", "apprehended and detained added, per gang", ((sus + det) / gangs, why)),
        Wrong("q3", "rounded to a whole number", (float(round(sus / gangs)), why)),
        Wrong("q3", "truncated", (float(int(sus / gangs)), why)),
        _one("q4", "the other way round", sus / det),
        _one("q4", "as a percentage", det / sus * 100),
        _one("q4", "the rest (not detained)", 1 - det / sus),
        _one("q4", "the difference", sus - det),
        _one("q4", "over both added", det / (sus + det)),
        _one("q4", "rounded to 1", 1.0),
        _one("q5", "the other way round", assets / nov_assets),
        _one("q5", "as a percentage", nov_assets / assets * 100),
        _one("q5", "亿 read off the print (3.11 / 299.5 in 万)", 3.11 / 2_995_000),
        _one("q5", "the rest", 1 - nov_assets / assets),
        _one("q6", "one statement flipped", {**holds, first_key: flip[holds[first_key]]}),
        _one("q6", "every statement True", {k: True for k in holds}),
        _one("q6", "as texts", {k: str(v) for k, v in holds.items()}),
        _one("q7", "every statement a trend", {k: "trend" for k in kinds}),
        _one("q7", "the plan as enforcement activity", {k: ("enforcement activity" if v == "plan" else v)
                                                        for k, v in kinds.items()}),
        _one("q8", "余 read as rounded", {k: ("rounded" if v == "lower bound" else v) for k, v in precision.items()}),
        _one("q8", "逾 read as exact", {k: ("exact" if k.startswith("逾") else v) for k, v in precision.items()}),
        _one("q8", "every 万 figure rounded", {k: ("rounded" if "万" in k else v) for k, v in precision.items()}),
        _one("q9", "86% as a share, the part that went", 0.86),
        _one("q9", "as a percentage", 14.0),
        _one("q9", "1 / 86", 1 / 86),
        _one("q9", "100 − 86", 100 - 86.0),
        _one("q9", "the percentage divided by 100, as 86", 86.0),
        _one("q10", "up or down", "a"),
        _one("q11", "caught", "caught by the procuratorate", "caught_for_pibu"),
        _one("q11", "held in custody", "held in custody", "detained_for_pibu"),
        _one("q11", "remanded in detention", "placed in criminal detention", "detained_for_pibu"),
        _one("q11", "charged", "charged by prosecutors", "later_step_for_pibu"),
        _one("q11", "jailed", "jailed", "later_step_for_pibu"),
        _one("q11", "arrested, plain", "arrested", "arrest_unqualified"),
        _one("q11", "approved, no arrest", "approved", "arrest_left_out"),
        _one("q11", "formal arrest without approval", "formally arrested", "approval_left_out"),
        _one("q11", "refused", "arrest not approved", "approval_denied"),
        _one("q12", "navy", "navy", "literal_navy"),
        _one("q12", "trolls", "trolls", "trolls_not_paid"),
        _one("q12", "paid trolls", "paid trolls", "troll_gloss_misleads"),
        _one("q12", "cyberbullies", "cyberbullies", "attackers_for_posters"),
        _one("q12", "an online mob", "an online mob", "attackers_for_posters"),
        _one("q12", "paid harassers", "paid harassers", "attackers_for_posters"),
        _one("q12", "bots", "review bots", "bots_for_people"),
        _one("q12", "hackers", "hackers", "hackers_for_posters"),
        _one("q12", "fake reviews", "fake reviews", "writing_for_writers"),
        _one("q12", "reviewers", "reviewers", "hired_left_out"),
        _one("q12", "scammers", "scammers", "crime_type_for_people"),
        _one("q12", "customers", "satisfied customers", "genuine_customers"),
        _one("q13", "convicted", {**checklist, "what": "people convicted"}),
        _one("q13", "to date", {**checklist, "period": "to date"}),
        _one("q13", "national", {**checklist, "scope": "national"}),
        _one("q13", "rounded", {**checklist, "precision": "rounded"}),
        _one("yt1", "both ends not counted", int(right["yt1"][0]) - 1),
        _one("yt1", "in weeks", round(int(right["yt1"][0]) / 7)),
        _one("yt1", "in months", round(int(right["yt1"][0]) / 30.44)),
        _one("yt2", "added", sus + det),
        _one("yt2", "the wrong way round", det - sus),
        _one("yt2", "in 万", (sus - det) / 10_000),
        _one("yt2", "the detained", det),
        _one("yt3", "the number before 万", right["yt3"][0] / 10_000),
        _one("yt3", "万 as a thousand", right["yt3"][0] / 10),
        _one("yt3", "万 as a million", right["yt3"][0] * 100),
        _one("yt4", "as a percentage", right["yt4"][0] * 100),
        _one("yt4", "the other way round", 1 / right["yt4"][0]),
        _one("yt4", "over the suspects", F["guangdong_gangs_eliminated"] / sus),
    ]
    return out


def _options(question: str, right: str, letters: str = "abcd") -> list[Wrong]:
    """Every other option letter of a one-letter question: each wrong option's own verdict."""
    return [_one(question, f"option {other}", other) for other in letters if other != right]


def _relabelled(question: str, right: dict, confused: dict[str, str]) -> list[Wrong]:
    """Each item in turn given the label a student confuses with its right one (``confused``: label -> label)."""
    return [_one(question, f"{key}: {label} read as {confused[label]}", {**right, key: confused[label]})
            for key, label in right.items() if label in confused]


def _chart_slips(question: str, chart, *, points_fair: bool = False) -> list[Wrong]:
    """A right chart with one thing a student gets wrong: another mark (a line; points where bars are asked), the
    baseline cut."""
    import altair as alt

    out = [_one(question, "a line instead of bars", chart.mark_line())]
    if not points_fair:
        out.append(_one(question, "points instead of bars", chart.mark_point()))
    spec = chart.to_dict()
    enc = spec.get("encoding", {})
    for channel in ("x", "y"):
        if enc.get(channel, {}).get("type") == "quantitative":
            field = enc[channel]["field"]
            out.append(_one(question, "the baseline cut (zero=False)", chart.encode(
                **{channel: getattr(alt, channel.upper())(f"{field}:Q", scale=alt.Scale(zero=False))})))
            break
    return out


def lesson02(right: dict[str, list]) -> list[Wrong]:
    F = _figures()
    sus, det = F["suspects_apprehended"], F["suspects_detained"]
    days = int(right["yt4"][0])
    out = [*_options("q7", right["q7"][0]), *_options("q8", right["q8"][0]), *_options("yt3", right["yt3"][0], "abc"),
           *_options("yt6", right["yt6"][0]),
           _one("yt2", "the other way round", sus / det), _one("yt2", "as a percentage", det / sus * 100),
           _one("yt2", "the rest", 1 - det / sus), _one("yt2", "the difference", sus - det),
           _one("yt2", "over both added", det / (sus + det)),
           _one("yt4", "one day more", days + 1), _one("yt4", "one day less", days - 1),
           _one("yt4", "in weeks", round(days / 7)), _one("yt4", "in months", round(days / 30.44)),
           _one("yt4", "in years", round(days / 365, 2))]
    for question in ("q1", "q3", "q5", "q6", "q9", "yt1", "yt5"):
        out += _chart_slips(question, right[question][0], points_fair=question == "q9")  # q9 lets points stand
    import altair as alt
    nested = right["q2"][0]
    out += [_one("q2", "stacked (stack left on)", nested.encode(x=alt.X("value:Q", stack=True))),
            _one("q2", "points instead of bars", nested.mark_point())]
    return out


_TYPE_CONFUSED = {"trap_loan": "debt_harassment", "debt_harassment": "trap_loan", "sextortion": "publicity_extortion",
                  "publicity_extortion": "malicious_claim", "malicious_claim": "publicity_extortion",
                  "paid_trolls": "publicity_extortion", "pyramid_selling": "trap_loan"}


def lesson03(right: dict[str, list]) -> list[Wrong]:
    from netcrime import classify

    cases = data.case_vignettes()
    train, test = cases[cases["split"] == "train"], cases[cases["split"] == "test"]
    accuracy = float(right["q3"][0])
    n = len(test)
    good = round(accuracy * n)
    keep = right["q9"][0]
    flip = {"keep": "drop", "drop": "keep"}
    rules = right["yt2"][1]
    fires = train["text"].str.contains(dict(rules)["trap_loan"], case=False, regex=True)
    wrong_fires = int((fires & (train["primary_type"] != "trap_loan")).sum())
    table = classify.precision_recall(test["primary_type"], classify.apply_rules(test["text"], rules)).set_index("type")
    recall = float(table.loc["publicity_extortion", "recall"])
    found = round(recall * int((test["primary_type"] == "publicity_extortion").sum()))
    out = [
        *_relabelled("q1", right["q1"][0], _TYPE_CONFUSED),
        _one("q1", "every case a trap loan", {k: "trap_loan" for k in right["q1"][0]}),
        _one("q3", "the count of right labels", float(good)),
        _one("q3", "as a percentage", accuracy * 100),
        _one("q3", "the error rate", 1 - accuracy),
        _one("q3", "the number of cases", float(n)),
        _one("q3", "over a miscounted denominator", good / (n + 6)),
        _one("q3", "one right label too few", (good - 1) / n),
        _one("q3", "rounded to one figure", round(accuracy, 1)),
        _one("q4", "transposed (rows predicted)", right["q4"][0].T),
        _one("q4", "shares, not counts", right["q4"][0] / right["q4"][0].to_numpy().sum()),
        *_options("q6", right["q6"][0]),
        _one("q8", "a trap loan", "trap_loan"), _one("q8", "sextortion", "sextortion"),
        _one("q8", "publicity extortion", "publicity_extortion"),
        *[_one("q9", f"{k} the other way", {**keep, k: flip[v]}) for k, v in keep.items()],
        _one("q9", "keep every change", {k: "keep" for k in keep}),
        _one("yt1", "a malicious claim", "malicious_claim"), _one("yt1", "paid trolls", "paid_trolls"),
        _one("yt1", "a trap loan", "trap_loan"),
        Wrong("yt2", "every case the pattern fires on", (int(fires.sum()), rules)),
        Wrong("yt2", "the trap loans it finds", (int(fires.sum()) - wrong_fires, rules)),
        Wrong("yt2", "as a share of train", (wrong_fires / len(train), rules)),
        Wrong("yt2", "on the test split", (int((test["text"].str.contains(dict(rules)["trap_loan"], case=False)
                                                & (test["primary_type"] != "trap_loan")).sum()), rules)),
        Wrong("yt3", "as a percentage", (recall * 100, rules)),
        Wrong("yt3", "the share missed", (1 - recall, rules)),
        Wrong("yt3", "the count found", (found, rules)),
        Wrong("yt3", "another type's recall (sextortion)", (float(table.loc["sextortion", "recall"]), rules)),
        Wrong("yt3", "pyramid selling's precision", (float(table.loc["pyramid_selling", "precision"]), rules)),
        *_options("yt4", right["yt4"][0]),
    ]
    return [w for w in out if not (w.question == "yt3" and abs(float(w.values[0]) - recall) < 1e-9)]


_REASON_CONFUSED = {"sunk_cost": "cost_exceeds_loss", "cost_exceeds_loss": "sunk_cost", "weak_evidence": "self_blame",
                    "self_blame": "weak_evidence", "intimidation": "fear_of_exposure",
                    "fear_of_own_punishment": "fear_of_exposure", "fear_of_exposure": "fear_of_own_punishment",
                    "flight": "intimidation"}
_REASON_OTHER = {"sunk_cost": "self_blame", "cost_exceeds_loss": "weak_evidence", "weak_evidence": "sunk_cost",
                 "self_blame": "intimidation", "intimidation": "self_blame", "fear_of_own_punishment": "cost_exceeds_loss",
                 "fear_of_exposure": "intimidation", "flight": "fear_of_exposure"}


def lesson04(right: dict[str, list]) -> list[Wrong]:
    rates = data.victim_reporting_rates()
    online = rates[rates["crime_category"].isin(["fraud", "computer misuse", "sextortion"])]["share_reported"]
    low_rate, high_rate = float(online.min()), float(online.max())
    reported, found = 114, 36
    recorded = reported + found
    heard = right["q2"][0]
    flip = {"survey": "police", "police": "survey"}
    assumed = float(right["yt5"][0])
    level = float(right["yt4"][0])
    pair = [
        ("swapped", reported / low_rate, reported / high_rate),
        ("every recorded case divided", recorded / high_rate, recorded / low_rate),
        ("the found cases added on top", reported / high_rate + found, reported / low_rate + found),
        ("multiplied by the rates", reported * low_rate, reported * high_rate),
        ("the found cases subtracted after", recorded / high_rate - found, recorded / low_rate - found),
        ("the mean rate", reported / float(online.mean()), reported / float(online.mean())),
        ("rates as percentages", reported / (high_rate * 100), reported / (low_rate * 100)),
        ("divided by the share not reporting", reported / (1 - high_rate), reported / (1 - low_rate)),
        ("every crime's rates", reported / float(rates["share_reported"].max()),
         reported / float(rates["share_reported"].min())),
        ("the unreported only", reported / high_rate - reported, reported / low_rate - reported),
    ]
    out = [
        *_relabelled("q1", right["q1"][0], _REASON_CONFUSED),
        *_relabelled("q1", right["q1"][0], _REASON_OTHER),
        *[_one("q2", f"{k} the other source", {**heard, k: flip[v]}) for k, v in heard.items()],
        _one("q2", "every reason heard by a survey", {k: "survey" for k in heard}),
        *[Wrong("q3", label, (low, high)) for label, low, high in pair],
        *_options("q6", right["q6"][0]), *_options("q8", right["q8"][0]),
        *_relabelled("yt1", right["yt1"][0], _REASON_CONFUSED), *_relabelled("yt1", right["yt1"][0], _REASON_OTHER),
        _one("yt2", "exposure", "fear_of_exposure"), _one("yt2", "own punishment", "fear_of_own_punishment"),
        *_options("yt3", right["yt3"][0]),
        _one("yt4", "the sign flipped", -level),
        _one("yt5", "the other way round", 1 / assumed), _one("yt5", "as a percentage", assumed * 100),
        _one("yt5", "the share not reporting", 1 - assumed),
    ]
    return out


def lesson05(right: dict[str, list]) -> list[Wrong]:
    releases = data.releases().set_index("id")
    units = right["q1"][0]
    unit_confused = {"mafia-type organisations": "gangs", "vicious-force groups": "gangs",
                     "gangs": "vicious-force groups", "cases": "suspects"}
    bodies = right["q4"][0]
    per, why = float(right["q7"][0]), right["q7"][1]
    rivals = list(right["q8"][0])
    values = right["q10"][0]
    period = right["q11"][0]
    precision = right["q12"][0]
    differ = list(right["q14"][0])
    reading = right["q16"][0]
    implied = float(right["q3"][0])
    rate5 = float(right["yt5"][0])
    year = int(period["start"][:4])
    out = [
        *_relabelled("q1", units, unit_confused),
        *[_one("q2", label, date) for label, date in (
            ("the report's date", "2021-10-14"), ("a year back", "2020-10-14"), ("the year before", "2020-01-01"),
            ("the month's start", "2021-10-01"), ("the year's end", "2021-12-31"), ("the next year", "2022-01-01"),
            ("the second day", "2021-01-02"), ("the 2020 campaign's start", "2019-11-01"))],
        _one("q3", "added", 1486 + 1124.0),  # the prompt's two figures
        _one("q3", "2021's count", 1124.0), _one("q3", "the total since 2021", 1486.0),
        _one("q3", "the wrong way round", -implied), _one("q3", "divided", 1486 / 1124),
        _one("q4", "swapped", {"in_total": bodies["besides_ministry"], "besides_ministry": bodies["in_total"]}),
        _one("q4", "the ministry counted twice", {**bodies, "besides_ministry": bodies["in_total"]}),
        _one("q5", "nothing dropped", []), _one("q5", "a trap loan", ["trap_loan"]),
        *_options("q6", right["q6"][0]),
        Wrong("q7", "per 1,000", (per / 100, why)), Wrong("q7", "per 100", (per / 1000, why)),
        Wrong("q7", "per user", (per / 100_000, why)), Wrong("q7", "users per suspect", (100_000 / per, why)),
        Wrong("q7", "亿 read as a billion", (per * 10, why)), Wrong("q7", "万 read as a thousand", (per / 10, why)),
        _one("q8", "one rival left out", rivals[:-1]), _one("q8", "the law added", [*rivals, "law_march_2021"]),
        _one("q8", "the claim itself added", [*rivals, "campaign_worked"]),
        _one("q8", "more users for one", [*rivals[:-1], "more_users"]),
        _one("q9", "organisations as gangs", {**right["q9"][0], "organisations": "gangs"}),
        _one("q9", "suspects as cases", {**right["q9"][0], "suspects": "cases"}),
        _one("q10", "万 left unconverted", {k: (v / 10_000 if v >= 10_000 else v) for k, v in values.items()}),
        _one("q10", "万 read as 亿", {k: (v * 10_000 if v >= 10_000 else v) for k, v in values.items()}),
        _one("q11", "the report's date as the end", {**period, "end": "2024-01-17"}),
        _one("q11", "explicit", {**period, "basis": "explicit"}),
        _one("q11", "since", {**period, "basis": "since"}),
        _one("q11", "one day", {"start": period["end"], "end": period["end"], "basis": "point in time"}),
        _one("q11", "the year before", {**period, "start": f"{year - 1}-01-01", "end": f"{year - 1}-12-31"}),
        *[_one("q12", f"{k} read another way", {**precision, k: {"exact": "rounded", "rounded": "lower bound",
                                                                  "lower bound": "rounded"}[v]})
          for k, v in precision.items()],
        _one("q13", "a trend", "trend"), _one("q13", "an outcome", "outcome"),
        _one("q14", "one dimension left out", differ[:-1]), _one("q14", "scope added", [*differ, "scope"]),
        _one("q14", "the unit only", ["unit"]),
        _one("q16", "rounded", {**reading, "precision": "rounded"}), _one("q16", "implied", {**reading, "basis": "implied"}),
        _one("q16", "gangs", {**reading, "unit": "gangs"}),
        _one("yt1", "every figure", len(releases)),
        _one("yt1", "the values added up", float(releases.loc[releases["unit"] == "vicious-force groups", "value"].sum())),
        _one("yt2", "the 2020 campaign", "r2020_gangs"), _one("yt2", "the July 2022 count", "r2022jul_mafia"),
        _one("yt3", "nothing", []), _one("yt3", "a trap loan", ["trap_loan"]),
        _one("yt4", "after the first law", int(right["yt4"][0]) + 1),
        _one("yt5", "per 1,000", rate5 / 100), _one("yt5", "per user", rate5 / 100_000),
        _one("yt5", "亿 read as a billion", rate5 / 10),
        *_options("yt6", right["yt6"][0]),
    ]
    return out


LESSONS = {"00": lesson00, "01": lesson01, "02": lesson02, "03": lesson03, "04": lesson04, "05": lesson05}


def wrong_answers(lesson: str, right: dict[str, list]) -> list[Wrong]:
    return LESSONS[lesson](right)

