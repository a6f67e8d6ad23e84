"""Set A of round 9's own plausible wrong answers (see named_sets.py): the set fixed against."""
from __future__ import annotations

import re

from netcrime import data

from named_sets import Wrong, figure as F


def _s09() -> str:
    return data.release_sources().set_index("source_id").loc["S09", "excerpt"]


def _s11() -> str:
    return data.release_sources().set_index("source_id").loc["S11", "excerpt"].split(" … ")[0]


def _s11_all() -> str:
    return data.release_sources().set_index("source_id").loc["S11", "excerpt"]


def lesson00() -> list[Wrong]:
    w = lambda q, label, value, names: Wrong("00", q, label, value, names)  # noqa: E731
    gangs, nov, sus, nsus, jsus = (F("gangs_eliminated"), F("november_gangs_eliminated"), F("suspects_apprehended"),
                                   F("november_suspects_apprehended"), F("july_suspects_apprehended"))
    t = data.release_figures()
    counts = t["precision"].value_counts()
    prov = t[t["subset"] == "provincial example"]
    gang_rows = t[t["unit"] == "gangs"]
    s09 = _s09()
    s11 = _s11()
    return [
        # q1: 1,759 - 133
        w("q1", "the campaign's total", gangs, r"whole|campaign|november included|1,?759"),
        w("q1", "November's alone", nov, r"november"),
        w("q1", "added", gangs + nov, r"add"),
        w("q1", "subtracted the wrong way", nov - gangs, r"negative|wrong way|order|total from"),
        w("q1", "in thousands", (gangs - nov) / 1000, r"thousand|1,000|separator"),
        w("q1", "divided", gangs / nov, r"divid"),
        w("q1", "share outside November", (gangs - nov) / gangs, r"share"),
        w("q1", "one fewer", gangs - nov - 1, r"one (fewer|less)|both ends|<"),
        w("q1", "suspects outside November", sus - nsus, r"suspect"),
        w("q1", "the provincial examples taken away", gangs - prov[prov["unit"] == "gangs"]["value"].sum(),
          r"provincial|159|example"),
        w("q1", "Zhejiang's gangs taken away", gangs - F("zhejiang_gangs_eliminated"), r"zhejiang|44"),
        w("q1", "times 万", (gangs - nov) * 10_000, r"万|10,000"),
        # q2: 2.35万
        w("q2", "万 read as a thousand", 2.35 * 1000, r"thousand|1,000"),
        w("q2", "ten times", 2.35 * 100_000, r"10 times|ten|zero"),
        w("q2", "the number without 万", 2.35, r"万|10,000"),
        w("q2", "万 read as a hundred", 2.35 * 100, r"hundred|100"),
        w("q2", "万 read as 亿", 2.35 * 1e8, r"亿|100,000,000"),
        w("q2", "the release's detained", F("suspects_detained"), r"1\.64万|release|detained"),
        w("q2", "as text with a comma", "23,500", r"quotes|text|comma"),
        w("q2", "万 read as a million", 2.35 * 1e6, r"100 times|hundred|million|100"),
        w("q2", "the release's apprehended", sus, r"1\.7万|release|apprehended|17,000"),
        w("q2", "one too many zeros", 235_000.0 * 10, r"100 times|hundred|zero|100|million"),
        w("q2", "a tuple from a comma", (23, 500), r"comma|tuple"),
        w("q2", "a list", [23500.0], r"list|bracket"),
        # q3: option b
        w("q3", "crimes committed", "a", r"crime|police work|report"),
        w("q3", "victims", "c", r"victim"),
        w("q3", "crimes, in words", "crimes committed", r"crime|police work|report"),
        w("q3", "victims, in words", "the number of victims", r"victim"),
        w("q3", "a letter that is no option", "d", r"option|a, b|one of|letter"),
        w("q3", "a list", ["b"], r"list|bracket"),
        w("q3", "two letters", "a and b", r"one|single|both|two"),
        w("q3", "crime, in a phrase", "how much crime there was", r"crime|police work|report"),
        w("q3", "victims, one word", "victims", r"victim"),
        w("q3", "option a written (a)", "(a)", r"crime|police work|report"),
        w("q3", "option c written C.", "C.", r"victim"),
        w("q3", "people", "people harmed", r"victim|people|harm|case"),
        # q5: 138 + 712
        w("q5", "November alone", nsus, r"november|july|one of|both"),
        w("q5", "July alone", jsus, r"july|november|one of|both"),
        w("q5", "the campaign", sus, r"campaign|whole|17,000|1\.7万"),
        w("q5", "the difference", nsus - jsus, r"subtract|difference|took one|minus"),
        w("q5", "the mean", (nsus + jsus) / 2, r"mean|average|divid|half"),
        w("q5", "Zhejiang added", nsus + jsus + F("zhejiang_suspects_apprehended"), r"zhejiang|174"),
        w("q5", "in hundreds", (nsus + jsus) / 100, r"hundred|100"),
        w("q5", "in 万", (nsus + jsus) / 10_000, r"万|10,000"),
        w("q5", "one more", nsus + jsus + 1, r"one more"),
        w("q5", "November's gangs for July's suspects", nsus + nov, r"gang|133"),
        w("q5", "multiplied", nsus * jsus, r"multipl|×"),
        w("q5", "as text", "850", r"quotes|text"),
        # q6: value_counts of precision
        w("q6", "shares", counts / counts.sum(), r"share|normali[sz]e|proportion"),
        w("q6", "percentages", counts / counts.sum() * 100, r"percent"),
        w("q6", "counts of unit", t["unit"].value_counts(), r"unit|column"),
        w("q6", "counts of kind", t["kind"].value_counts(), r"kind|column"),
        w("q6", "the number of rows", len(t), r"rows|one number|total|series"),
        w("q6", "the number of kinds", t["precision"].nunique(), r"distinct|nunique|kinds|different|one number"),
        w("q6", "values summed by precision", t.groupby("precision")["value"].sum(), r"sum|value|total"),
        w("q6", "values' mean by precision", t.groupby("precision")["value"].mean(), r"mean|average|value"),
        w("q6", "lower bound left out", counts.drop("lower bound"), r"lower bound|missing|left out"),
        w("q6", "a list of the counts", list(counts), r"list|label|index"),
        w("q6", "counts of the national rows only", t[t["scope"] == "national"]["precision"].value_counts(),
          r"national|filter|some rows|not all|every row|whole table"),
        w("q6", "groupby().count() table", t.groupby("precision").count(), r"dataframe|columns|count\(\)|table"),
        # q7: findall on S09
        w("q7", "万 missed", re.findall(r"\d+余", s09), r"万|2万余|missing|left out|two of"),
        w("q7", "every number", re.findall(r"\d+", s09), r"余|2022|year|every number"),
        w("q7", "a group", re.findall(r"(\d+)余", s09), r"group|parenthes|余"),
        w("q7", "only the one with 万", re.findall(r"\d+万余", s09), r"missing|160|1520|one of|left out"),
        w("q7", "余 left out", re.findall(r"\d+万?(?=余)", s09), r"余|without"),
        w("q7", "greedy", re.findall(r"\d.*余", s09), r"greedy|\.\*|long|one match|whole"),
        w("q7", "one text", ", ".join(re.findall(r"\d+万?余", s09)), r"list|one text|string"),
        w("q7", "numbers", [160.0, 1520.0, 20000.0], r"text|string|number|printed"),
        w("q7", "the year too", ["2022", *re.findall(r"\d+万?余", s09)], r"2022|year"),
        w("q7", "only the first", re.findall(r"\d+万?余", s09)[:1], r"missing|first|one of|left out|search"),
        # yt2: provincial AND gangs -> 4
        w("yt2", "only the subset condition", len(prov), r"condition|unit|both|&"),
        w("yt2", "| for &", len(t[(t["subset"] == "provincial example") | (t["unit"] == "gangs")]), r"\||or|either"),
        w("yt2", "only the unit condition", len(gang_rows), r"condition|subset|both|&"),
        w("yt2", "their gangs summed", prov[prov["unit"] == "gangs"]["value"].sum(), r"sum|total|value|rows"),
        w("yt2", "every row", len(t), r"whole|every row|all|filter"),
        w("yt2", "one fewer", 3, r"one (fewer|less)"),
        w("yt2", "one more", 5, r"one more"),
        w("yt2", "as text", "4", r"quotes|text"),
        w("yt2", "a list", [4], r"list|bracket"),
        w("yt2", "a share of the rows", 4 / len(t), r"share|divid|rows"),
        w("yt2", "the rows not matching", len(t) - 4, r"not|~|rest|other rows|complement"),
        w("yt2", "the clue rows", len(prov[prov["unit"] == "clues"]), r"clue|unit"),
        # yt3: 17,000 - 712
        w("yt3", "the campaign", sus, r"november|campaign|whole"),
        w("yt3", "November alone", nsus, r"november"),
        w("yt3", "added", sus + nsus, r"add"),
        w("yt3", "wrong way", nsus - sus, r"negative|wrong way|order|sign"),
        w("yt3", "the detained", F("suspects_detained"), r"detain"),
        w("yt3", "July taken away", sus - jsus, r"july|138"),
        w("yt3", "July too", sus - nsus - jsus, r"july|138"),
        w("yt3", "detained less November", F("suspects_detained") - nsus, r"detain|16,400"),
        w("yt3", "in 万", (sus - nsus) / 10_000, r"万|10,000"),
        w("yt3", "a share", (sus - nsus) / sus, r"share|divid"),
        w("yt3", "one fewer", sus - nsus - 1, r"one fewer|one less"),
        w("yt3", "divided", sus / nsus, r"divid"),
        # yt4: provincial examples' gangs 159
        w("yt4", ".count()", prov[prov["unit"] == "gangs"]["value"].count(), r"count|rows|sum"),
        w("yt4", "every group together", gang_rows["value"].sum(), r"every group|all|together|group"),
        w("yt4", "the campaign", gangs, r"campaign|group|national"),
        w("yt4", "November's", nov, r"november|group"),
        w("yt4", "Jiangsu's alone", F("jiangsu_gangs_eliminated"), r"jiangsu|one|example"),
        w("yt4", "Guangdong left out", 159 - F("guangdong_gangs_eliminated"), r"guangdong|51|missing|left out"),
        w("yt4", "Guangxi left out", 159 - F("guangxi_gangs_eliminated"), r"guangxi|7|missing|left out"),
        w("yt4", "the mean", prov[prov["unit"] == "gangs"]["value"].mean(), r"mean|average"),
        w("yt4", "campaign and November", gangs + nov, r"group|campaign|november"),
        w("yt4", "one fewer", 158, r"one (fewer|less)"),
        w("yt4", "as text", "159", r"quotes|text"),
        w("yt4", "in 万", 159 / 10_000, r"万|10,000"),
        # yt5: 亿 in chinese_original -> 2
        w("yt5", "万 for 亿", t["chinese_original"].str.contains("万", na=False).sum(), r"万"),
        w("yt5", "one more", 3, r"one more"),
        w("yt5", "every row", len(t), r"rows|all|whole|every"),
        w("yt5", "rows with a Chinese original", t["chinese_original"].notna().sum(), r"contain|亿|chinese|non|original"),
        w("yt5", "zero", 0, r"0|none|亿|na"),
        w("yt5", "the values summed", t[t["chinese_original"].str.contains("亿", na=False)]["value"].sum(),
          r"sum|value|count"),
        w("yt5", "a share", 2 / len(t), r"share|divid|mean"),
        w("yt5", "as text", "2", r"quotes|text"),
        w("yt5", "the rows without", len(t) - 2, r"not|~|without|rest"),
        w("yt5", "a list", [2], r"list|bracket"),
        w("yt5", "a True", True, r"true|bool|count|number"),
        w("yt5", "one", 1, r"one (fewer|less)|1"),
        # yt6: [\d.]+万 on S11's first sentence
        w("yt6", "no decimal point", re.findall(r"\d+万", s11), r"decimal|point|\.|7万"),
        w("yt6", "a group", re.findall(r"\d+(\.\d+)?万", s11), r"group|parenthes"),
        w("yt6", "万 left out", re.findall(r"[\d.]+(?=万)", s11), r"万|without"),
        w("yt6", "every number", re.findall(r"[\d.]+", s11), r"万|1900|2023|every number|year"),
        w("yt6", "as numbers", [27000.0, 29000.0], r"text|string|number|printed"),
        w("yt6", "one text", "2.7万, 2.9万", r"list|one text|string"),
        w("yt6", "the whole source", re.findall(r"[\d.]+万", _s11_all()), r"1\.2万|1\.8万|second|whole|other|more"),
        w("yt6", "only the first", re.findall(r"[\d.]+万", s11)[:1], r"missing|2\.9万|first|one of|left out"),
        w("yt6", "counter words kept", re.findall(r"[\d.]+万[名起]", s11), r"名|起|counter|measure|after"),
        w("yt6", "a set", set(re.findall(r"[\d.]+万", s11)), r"set|list"),
    ]


def _frames():
    t = data.release_figures()
    keep = (t["scope"] == "national") & (t["subset"] == "campaign to date") & (t["kind"] == "enforcement activity")
    right = t.loc[keep, ["id", "value", "unit"]].reset_index(drop=True)
    right["in_wan"] = right["value"] / 10_000
    national = t.loc[t["scope"] == "national", ["id", "value", "unit"]].reset_index(drop=True)
    national["in_wan"] = national["value"] / 10_000
    no_kind = t.loc[(t["scope"] == "national") & (t["subset"] == "campaign to date"), ["id", "value", "unit"]]
    no_kind = no_kind.reset_index(drop=True)
    no_kind["in_wan"] = no_kind["value"] / 10_000
    return t, right, national, no_kind


def _fn(body):
    return body


def lesson01() -> list[Wrong]:
    w = lambda q, label, value, names: Wrong("01", q, label, value, names)  # noqa: E731
    sus, det, gangs, nov = F("suspects_apprehended"), F("suspects_detained"), F("gangs_eliminated"), F("november_gangs_eliminated")
    nassets, assets = F("november_assets_seized"), F("assets_seized")
    decline = F("trap_loan_institutions_decline")
    t, right, national, no_kind = _frames()

    def billion(p):
        p = p.lstrip("逾").rstrip("余多")
        for u, s in (("万亿", 1e12), ("亿", 1e9), ("万", 1e4)):
            if p.endswith(u):
                return float(p[:-len(u)]) * s
        return float(p)

    def thousand(p):
        p = p.lstrip("逾").rstrip("余多")
        for u, s in (("万亿", 1e12), ("亿", 1e8), ("万", 1e3)):
            if p.endswith(u):
                return float(p[:-len(u)]) * s
        return float(p)

    def first_unit(p):
        from netcrime.units import parse_figure
        return parse_figure(p).value

    def as_text(p):
        return str(p)

    def in_wan(p):
        p = p.lstrip("逾").rstrip("余多")
        for u, s in (("万亿", 1e8), ("亿", 1e4), ("万", 1)):
            if p.endswith(u):
                return float(p[:-len(u)]) * s
        return float(p) / 1e4

    holds = right_values01("q6")
    kinds = right_values01("q7")
    prec = right_values01("q8")
    check = right_values01("q13")
    return [
        # q1: from_chinese
        w("q1", "亿 read as a billion", billion, r"billion|亿"),
        w("q1", "万 read as a thousand", thousand, r"thousand|万"),
        w("q1", "parse_figure", first_unit, r"万亿|two units|first unit|3亿5000万"),
        w("q1", "the text itself", as_text, r"text|string|number"),
        w("q1", "in 万", in_wan, r"万|10,000"),
        w("q1", "a number, not a function", 16400.0, r"function"),
        # q2: the headline table
        w("q2", "the operations too", national, r"subset|november|july|operation|rows"),
        w("q2", "万 multiplied", right.assign(in_wan=right["value"] * 10_000), r"multipl|in_wan|10,000|万"),
        w("q2", "in_wan missing", right.drop(columns="in_wan"), r"in_wan|column"),
        w("q2", "in thousands", right.assign(in_wan=right["value"] / 1000), r"thousand|1,000|in_wan"),
        w("q2", "kind not filtered", no_kind, r"kind|enforcement|rows"),
        w("q2", "in 亿", right.assign(in_wan=right["value"] / 1e8), r"亿|in_wan|10,000"),
        w("q2", "a row twice", __import__("pandas").concat([right, right.iloc[:1]]), r"twice|duplicate|row|more"),
        w("q2", "id missing", right.drop(columns="id"), r"\bid\b|column"),
        w("q2", "a row missing", right.iloc[:-1], r"row|missing|fewer"),
        w("q2", "value in 万", right.assign(value=right["value"] / 10_000), r"value|万"),
        w("q2", "a Series", right["in_wan"], r"series|dataframe|table"),
        # q3: suspects per gang
        w("q3", "inverted", gangs / sus, r"upside|other way|invert|gangs per suspect|on top"),
        w("q3", "detained added", (sus + det) / gangs, r"detain|add|16,400"),
        w("q3", "detained per gang", det / gangs, r"detain"),
        w("q3", "cut to 9", 9.0, r"round|cut|whole|decimal"),
        w("q3", "November's per gang", F("november_suspects_apprehended") / nov, r"november"),
        w("q3", "cases per gang", F("cases_solved") / gangs, r"case"),
        w("q3", "subtracted", sus - gangs, r"subtract|minus|combined"),
        w("q3", "万 not converted", 1.7 / gangs, r"万|10,000"),
        w("q3", "outside November's gangs", sus / (gangs - nov), r"november|133|outside"),
        w("q3", "truncated", 9.6, r"cut|trunc|round"),
        w("q3", "as a percentage", sus / gangs * 100, r"100|percent"),
        w("q3", "gangs added", sus / (gangs + nov), r"133|november|add"),
        # q4: share detained
        w("q4", "inverted", sus / det, r"upside|other way|invert|on the bottom|on top"),
        w("q4", "a percentage", det / sus * 100, r"percent"),
        w("q4", "over the sum", det / (sus + det), r"add|sum|whole|both"),
        w("q4", "the rest", (sus - det) / sus, r"rest|1 minus|not detained|600"),
        w("q4", "cut off", 0.9, r"cut|trunc|round"),
        w("q4", "rounded to 1", 1.0, r"round|1"),
        w("q4", "the difference", det - sus, r"subtract|difference|combined|sign|minus"),
        w("q4", "over cases", det / F("cases_solved"), r"case|32,000"),
        w("q4", "over gangs", det / gangs, r"gang"),
        w("q4", "a percentage rounded", 96.5, r"percent"),
        w("q4", "per 万", det / sus / 100, r"100"),
        w("q4", "the rest as a percentage", (sus - det) / sus * 100, r"rest|percent|100"),
        # q5: November's share of assets
        w("q5", "a percentage", nassets / assets * 100, r"percent"),
        w("q5", "inverted", assets / nassets, r"upside|invert|other way|on the bottom|on top"),
        w("q5", "亿 read as a billion", 3.11e9 / assets, r"billion|10 times|ten|亿"),
        w("q5", "over the sum", nassets / (assets + nassets), r"add|sum|whole|both|included"),
        w("q5", "the rest", 1 - nassets / assets, r"rest|1 minus"),
        w("q5", "cut off", 0.0103, r"cut|trunc|round"),
        w("q5", "gangs' share", nov / gangs, r"gang"),
        w("q5", "suspects' share", F("november_suspects_apprehended") / sus, r"suspect"),
        w("q5", "divided by 100 again", nassets / assets / 100, r"100"),
        w("q5", "1.04 percent", 1.04, r"percent"),
        w("q5", "the difference", assets - nassets, r"subtract|difference|combined|minus"),
        w("q5", "in 亿 subtracted", 299.5 - 3.11, r"subtract|difference|combined|亿"),
        # q6: bools
        w("q6", "detained flipped", {**holds, "detained_within_apprehended": False}, r"detained_within_apprehended|detention|apprehension"),
        w("q6", "November flipped", {**holds, "november_over_a_tenth_of_gangs": True}, r"november_over_a_tenth|november gangs|tenth|0\.1"),
        w("q6", "provinces flipped", {**holds, "provinces_over_half_of_gangs": True}, r"provinces_over_half|provincial|half"),
        w("q6", "亿 read as a billion", {**holds, "assets_over_100_billion_yuan": True}, r"assets_over|亿|billion"),
        w("q6", "over 30,000", {**holds, "over_30000_people_caught": True}, r"over_30000|apprehended|detained"),
        w("q6", "'True' as text", {**holds, "detained_within_apprehended": "True"}, r"text|quotes"),
        w("q6", "a key missing", {k: v for k, v in holds.items() if k != "over_30000_people_caught"},
          r"missing|over_30000"),
        w("q6", "1 for True", {**holds, "detained_within_apprehended": 1}, r"1|bool|true"),
        w("q6", "a list", list(holds.values()), r"dict|list"),
        w("q6", "all True", {k: True for k in holds}, r"november|provinces|assets|over_30000"),
        w("q6", "a one-element Series", {**holds, "over_30000_people_caught":
                                          t.loc[t["id"] == "suspects_apprehended", "value"] > 30_000},
          r"series|item|one value"),
        w("q6", "0 for False", {**holds, "assets_over_100_billion_yuan": 0}, r"0|bool|false"),
        # q7: kinds
        w("q7", "recorded cases as outcome", {**kinds, "sextortion_recorded": "outcome"}, r"sextortion_recorded|record"),
        w("q7", "first case as outcome", {**kinds, "guangxi_first_case": "outcome"}, r"guangxi|police|case"),
        w("q7", "p2p as police work", {**kinds, "p2p_platforms": "enforcement activity"}, r"p2p|platform|trend"),
        w("q7", "notice as police work", {**kinds, "notice_2022": "enforcement activity"}, r"notice|plan"),
        w("q7", "national as outcome", {**kinds, "national_cases": "outcome"}, r"national_cases|trend|change"),
        w("q7", "guangxi as a trend", {**kinds, "guangxi_first_case": "trend"}, r"guangxi|police|first"),
        w("q7", "notice as a trend", {**kinds, "notice_2022": "trend"}, r"notice|plan"),
        w("q7", "p2p as an outcome", {**kinds, "p2p_platforms": "outcome"}, r"p2p|trend|change"),
        w("q7", "a swapped pair", {**kinds, "guangxi_first_case": "plan", "notice_2022": "enforcement activity"},
          r"notice|guangxi|plan|swap"),
        w("q7", "national as police work", {**kinds, "national_cases": "enforcement activity"}, r"national_cases|trend"),
        w("q7", "sextortion as plan", {**kinds, "sextortion_recorded": "plan"}, r"sextortion|trend|plan"),
        w("q7", "a key missing", {k: v for k, v in kinds.items() if k != "notice_2022"}, r"missing|notice_2022"),
        # q8: precision
        w("q8", "余 as rounded", {**prec, "21万余个": "rounded"}, r"余|more than|floor|lower"),
        w("q8", "逾 ignored", {**prec, "逾200人": "exact"}, r"逾|more than|lower"),
        w("q8", "万 as exact", {**prec, "12.7万条": "exact"}, r"万|round|12\.7"),
        w("q8", "147 as rounded", {**prec, "147起": "rounded"}, r"147|exact|digit"),
        w("q8", "1285 as a floor", {**prec, "1285人": "lower bound"}, r"1285|exact|余|逾"),
        w("q8", "逾5000 rounded", {**prec, "逾5000個": "rounded"}, r"逾|more than|lower"),
        w("q8", "12.7万 as a floor", {**prec, "12.7万条": "lower bound"}, r"12\.7|余|逾|round"),
        w("q8", "21万余 exact", {**prec, "21万余个": "exact"}, r"余|more than|lower"),
        w("q8", "逾200 rounded", {**prec, "逾200人": "rounded"}, r"逾|more than|lower"),
        w("q8", "a key missing", {k: v for k, v in prec.items() if k != "逾5000個"}, r"missing|逾5000"),
        w("q8", "'floor' for a lower bound everywhere, 147 too", {**prec, "147起": "lower bound"}, r"147|exact"),
        w("q8", "1285 rounded", {**prec, "1285人": "rounded"}, r"1285|exact"),
        # q9: 1 - 0.86
        w("q9", "the drop as what is left", decline / 100, r"remain|drop|fell|left|86|rest"),
        w("q9", "a percentage", 100 - decline, r"percent"),
        w("q9", "86", decline, r"percent|86|drop|input|starts"),
        w("q9", "added", 1 + decline / 100, r"add|1 \+|plus|combined"),
        w("q9", "inverted", 1 / (1 - decline / 100), r"upside|invert"),
        w("q9", "negative", -decline / 100, r"sign|negative|wrong way"),
        w("q9", "divided by 100 twice", (1 - decline / 100) / 100, r"100"),
        w("q9", "1 / 86", 1 / decline, r"upside|1 / 86|invert"),
        w("q9", "rounded to 0.1", 0.1, r"round|cut"),
        w("q9", "1 - 86", 1 - decline, r"100|percent|1 −|1 -|combined"),
        w("q9", "the drop as a share of what was left", decline / (100 - decline), r"divid|combined|upside|rest|86"),
        w("q9", "as text", "0.14", r"quotes|text"),
        # q10: b
        w("q10", "direction", "a", r"direction|up or down|fell|drop"),
        w("q10", "still operating", "c", r"still|remain|drop|left"),
        w("q10", "cause", "d", r"cause|campaign|prove"),
        w("q10", "two letters", "b, d", r"one|single|both|two"),
        w("q10", "a list", ["b"], r"list|bracket"),
        w("q10", "cause, in words", "the campaign caused it", r"cause|campaign|prove"),
        # q11: 批捕
        w("q11", "apprehended", "apprehended", r"抓获|first step|apprehend|caught"),
        w("q11", "detained", "detained", r"刑拘|detain|police"),
        w("q11", "formally arrested", "formally arrested", r"approv|procuratorate|批准"),
        w("q11", "caught", "caught", r"抓获|first step|apprehend|caught"),
        w("q11", "arrested", "arrested", r"approv|procuratorate|批准"),
        w("q11", "prosecuted", "prosecuted", r"prosecut|charge|later|court"),
        w("q11", "convicted", "convicted", r"convict|court|guilt"),
        w("q11", "charged", "charged", r"prosecut|charge|later|court"),
        w("q11", "approved alone", "approved", r"what|arrest|approv"),
        w("q11", "sentenced", "sentenced", r"sentenc|court|convict"),
        w("q11", "caught by the procuratorate", "caught by the procuratorate", r"抓获|caught|apprehend|approv"),
        w("q11", "approved detention", "approved detention", r"刑拘|detain|逮捕|arrest"),
        # q12: 水军
        w("q12", "navy", "navy", r"navy|literal"),
        w("q12", "paid trolls", "paid trolls", r"troll"),
        w("q12", "trolls", "trolls", r"troll"),
        w("q12", "water army", "water army", r"water army|literal|calque"),
        w("q12", "sock", "sock", r"sock|puppet|one word|not a rendering"),
        w("q12", "bots", "bots", r"bot|program|people"),
        w("q12", "fake reviews", "fake reviews", r"review|write|writ"),
        w("q12", "reviewers", "reviewers", r"hired|paid|genuine"),
        w("q12", "cyberbullies", "cyberbullies", r"attack|bull"),
        w("q12", "spammers", "spammers", r"spam"),
        w("q12", "customers", "customers", r"customer|genuine"),
        w("q12", "a case paragraph", "A student received a message from a stranger offering a part-time job; "
          "she paid a deposit to start and the employer then stopped answering her messages.",
          r"one rendering|phrase|paragraph|sentence|not a rendering"),
        # q13: checklist
        w("q13", "to date", {**check, "period": "to date"}, r"去年全年|year|period|to date"),
        w("q13", "national", {**check, "scope": "national"}, r"全省|province|scope"),
        w("q13", "rounded", {**check, "precision": "rounded"}, r"余|more than|lower"),
        w("q13", "convicted", {**check, "what": "people convicted"}, r"convict|抓获|apprehend"),
        w("q13", "crimes", {**check, "what": "crimes committed"}, r"crime|抓获|suspect"),
        w("q13", "outcome", {**check, "kind": "outcome"}, r"outcome|police|activity|crime"),
        w("q13", "exact", {**check, "precision": "exact"}, r"余|more than|exact"),
        w("q13", "victims", {**check, "what": "victims"}, r"victim|suspect"),
        w("q13", "trend", {**check, "kind": "trend"}, r"trend|change|one"),
        w("q13", "a key missing", {k: v for k, v in check.items() if k != "kind"}, r"missing|kind"),
        w("q13", "scope and period swapped", {**check, "period": "one province", "scope": "one year"},
          r"period|scope|swap"),
        w("q13", "a list", list(check.values()), r"dict|list"),
        # yt1: July days (177)
        w("yt1", "both ends not counted", 176, r"both ends|one (fewer|less)"),
        w("yt1", "one more", 178, r"one more"),
        w("yt1", "months", 6, r"month|days"),
        w("yt1", "weeks", 177 / 7, r"week|days"),
        w("yt1", "as text", "177", r"quotes|text"),
        w("yt1", "a Timedelta-like float", 176.0, r"both ends|one (fewer|less)"),
        w("yt1", "July alone", 31, r"july|month|one month|whole|end"),
        w("yt1", "the calendar year", 366, r"year|whole|period"),
        w("yt1", "hours", 177 * 24, r"hour|24"),
        w("yt1", "to the end of the year", 184, r"end|31 december|period|december|24 december"),
        w("yt1", "half a year", 182, r"half|period|end|start|month"),
        w("yt1", "a list", [177], r"list|bracket"),
        # yt2: 17,000 - 16,400
        w("yt2", "added", sus + det, r"add"),
        w("yt2", "wrong way", det - sus, r"negative|wrong way|sign|order"),
        w("yt2", "the apprehended", sus, r"apprehend|start|input|subtract"),
        w("yt2", "the detained", det, r"detain|start|input|subtract"),
        w("yt2", "in 万", 0.06, r"万|10,000"),
        w("yt2", "a share", (sus - det) / sus, r"share|divid"),
        w("yt2", "ten times", 6000.0, r"10 times|ten"),
        w("yt2", "detained over apprehended", det / sus, r"divid|share|combined"),
        w("yt2", "cases less apprehended", F("cases_solved") - sus, r"case"),
        w("yt2", "one more", 601.0, r"one more"),
        w("yt2", "as text", "600", r"quotes|text"),
        w("yt2", "in 万 subtracted", 1.7 - 1.64, r"万|10,000"),
        # yt3: 6.3万
        w("yt3", "a thousand", 6.3 * 1000, r"thousand|1,000"),
        w("yt3", "the number without 万", 6.3, r"万|10,000"),
        w("yt3", "ten times", 630_000.0, r"10 times|ten|zero"),
        w("yt3", "亿", 6.3e8, r"亿"),
        w("yt3", "a hundred", 630.0, r"hundred|100"),
        w("yt3", "a million", 6.3e6, r"hundred|100|million"),
        w("yt3", "as text", "63,000", r"quotes|text|comma"),
        w("yt3", "a tuple", (63, 0), r"comma|tuple"),
        w("yt3", "one fewer", 62_999.0, r"one (fewer|less)"),
        w("yt3", "thousandths", 6.3 / 1000, r"万|thousand|10,000"),
        w("yt3", "the 2020 release's suspects", sus, r"release|1\.7万|suspect|other"),
        w("yt3", "a list", [63000.0], r"list|bracket"),
        # yt4: 51 / 1,759
        w("yt4", "a percentage", 51 / gangs * 100, r"percent"),
        w("yt4", "inverted", gangs / 51, r"upside|invert|other way|on the bottom|on top"),
        w("yt4", "Jiangsu's", F("jiangsu_gangs_eliminated") / gangs, r"jiangsu|57"),
        w("yt4", "Zhejiang's", F("zhejiang_gangs_eliminated") / gangs, r"zhejiang|44"),
        w("yt4", "of the examples", 51 / 159, r"159|example|provincial"),
        w("yt4", "of November's", 51 / nov, r"november|133"),
        w("yt4", "the rest", 1 - 51 / gangs, r"rest|1 minus"),
        w("yt4", "over suspects", 51 / sus, r"suspect"),
        w("yt4", "rounded too far", 0.03, r"round"),
        w("yt4", "Guangxi's", F("guangxi_gangs_eliminated") / gangs, r"guangxi|7"),
        w("yt4", "over the sum", 51 / (gangs + 51), r"add|sum|both|included|plus"),
        w("yt4", "outside November", 51 / (gangs - nov), r"november|133|outside"),
        # yt5: b
        w("yt5", "sextortion fell", "a", r"record|notice|report|crime itself"),
        w("yt5", "the campaign caused", "c", r"cause|campaign"),
        w("yt5", "86% fewer", "d", r"86|trap|other figure|another"),
        w("yt5", "a list", ["b"], r"list|bracket"),
        w("yt5", "two letters", "a, b", r"one|single|both|two"),
        w("yt5", "in words", "sextortion fell", r"record|notice|report|crime itself"),
        # yt6: b
        w("yt6", "leads as crimes", "a", r"lead|clue|crime|线索"),
        w("yt6", "leads as evidence", "c", r"evidence|lead|clue"),
        w("yt6", "no option", "e", r"option|a, b|one of|letter"),
        w("yt6", "a list", ["b"], r"list|bracket"),
        w("yt6", "two letters", "a and b", r"one|single|both|two"),
        w("yt6", "option a as (A)", "(A)", r"lead|clue|crime|线索"),
        # yt7: c
        w("yt7", "precision", "d", r"249|exact|precis"),
        w("yt7", "who", "a", r"report|who|news|issuer"),
        w("yt7", "the unit", "b", r"unit|suspect|2\.2万"),
        w("yt7", "a list", ["c"], r"list|bracket"),
        w("yt7", "two letters", "c, d", r"one|single|both|two"),
        w("yt7", "the unit as (b)", "(b)", r"unit|suspect|2\.2万"),
    ]


def right_values01(question: str):
    from named_sets import right_values

    return right_values("01")[question][0]


def right_values05(question: str):
    from named_sets import right_values

    return right_values("05")[question][0]


def lesson05() -> list[Wrong]:
    w = lambda q, label, value, names: Wrong("05", q, label, value, names)  # noqa: E731
    since22, y21 = F("r2022jul_vicious"), F("r2021_vicious")
    sus, users, cases = F("r2020_suspects"), F("cnnic_users_2020"), F("r2020_cases")
    units = right_values05("q1")
    cap_unit, cap_value = right_values05("q9"), right_values05("q10")
    cap_period, cap_prec = right_values05("q11"), right_values05("q12")
    practice = right_values05("q16")
    return [
        # q1: units of phrases
        w("q1", "涉黑恶 read as the unit", {**units, "涉黑恶案件800余起": "gang organisations"}, r"案件|case"),
        w("q1", "团伙 as organisations", {**units, "黑恶团伙310个": "gang organisations"}, r"团伙|gang"),
        w("q1", "涉黑组织 as gangs", {**units, "涉黑组织28个": "gangs"}, r"涉黑组织|mafia|organisation"),
        w("q1", "集团 as gangs", {**units, "恶势力犯罪集团229个": "gangs"}, r"集团|vicious|group"),
        w("q1", "集团 as mafia", {**units, "恶势力犯罪集团229个": "mafia-type organisations"}, r"恶势力|vicious|集团"),
        w("q1", "涉黑组织 as both", {**units, "涉黑组织28个": "gang organisations"}, r"涉黑组织|mafia|both|涉黑"),
        w("q1", "cases as suspects", {**units, "涉黑恶案件800余起": "suspects"}, r"案件|case"),
        w("q1", "团伙 as vicious", {**units, "黑恶团伙310个": "vicious-force groups"}, r"团伙|gang"),
        w("q1", "a key missing", {k: v for k, v in units.items() if k != "黑恶团伙310个"}, r"missing|黑恶团伙"),
        w("q1", "a swapped pair", {**units, "涉黑组织28个": "vicious-force groups",
                                   "恶势力犯罪集团229个": "mafia-type organisations"}, r"涉黑组织|恶势力|swap"),
        w("q1", "a list", list(units.values()), r"dict|list"),
        w("q1", "mafia as vicious", {**units, "涉黑组织28个": "vicious-force groups"}, r"涉黑组织|mafia|涉黑"),
        # q2: since when
        w("q2", "the report's date", "2021-10-14", r"report|end"),
        w("q2", "a year back", "2020-10-14", r"past year|一年来|this year"),
        w("q2", "the year alone", "2021", r"year|day|date"),
        w("q2", "the month alone", "2021-01", r"month|day|date"),
        w("q2", "the year before", "2020-01-01", r"year before|own year"),
        w("q2", "the year after", "2022-01-01", r"year after|own year"),
        w("q2", "the second day", "2021-01-02", r"second day|first day|1 january"),
        w("q2", "the year's end", "2021-12-31", r"end"),
        w("q2", "the campaign's start", "2019-11-01", r"campaign|2019"),
        w("q2", "the law's date", "2021-03-01", r"law|amendment"),
        w("q2", "the month's start", "2021-10-01", r"month"),
        # q3: 1,486 - 1,124
        w("q3", "added", since22 + y21, r"add"),
        w("q3", "the cumulative figure", since22, r"cumulative|itself|since|2021 as well"),
        w("q3", "2021's", y21, r"2021|one of|input|start"),
        w("q3", "wrong way", y21 - since22, r"negative|wrong way|order|sign"),
        w("q3", "the mafia-type", F("r2022jul_mafia") - F("r2021_mafia"), r"mafia"),
        w("q3", "the whole of 2022", F("a2022_vicious") - y21, r"2022|whole|annual|next year"),
        w("q3", "mafia taken away", since22 - F("r2021_mafia"), r"mafia|156|unit|differ"),
        w("q3", "one fewer", since22 - y21 - 1, r"one (fewer|less)"),
        w("q3", "divided", since22 / y21, r"divid"),
        w("q3", "in 万", (since22 - y21) / 10_000, r"万|10,000"),
        w("q3", "a share", (since22 - y21) / since22, r"share|divid"),
        w("q3", "as text", "362", r"quotes|text"),
        # q4: bodies
        w("q4", "the Ministry twice", {"in_total": 5, "besides_ministry": 4}, r"ministry|twice|公安部|five|5"),
        w("q4", "两高两部 as two", {"in_total": 2, "besides_ministry": 1}, r"两高两部|two|four|bodies"),
        w("q4", "besides counts the Ministry", {"in_total": 4, "besides_ministry": 4}, r"besides|ministry"),
        w("q4", "in_total without the Ministry", {"in_total": 3, "besides_ministry": 3}, r"in_total|ministry|total"),
        w("q4", "2022's notice", {"in_total": 9, "besides_ministry": 8}, r"2022|九部门|nine|notice"),
        w("q4", "swapped", {"in_total": 3, "besides_ministry": 4}, r"swap|in_total|besides"),
        w("q4", "a key missing", {"in_total": 4}, r"missing|besides"),
        w("q4", "as text", {"in_total": "4", "besides_ministry": "3"}, r"text|quotes|number"),
        w("q4", "in_total one more", {"in_total": 5, "besides_ministry": 3}, r"in_total|ministry|one more|five"),
        w("q4", "besides one fewer", {"in_total": 4, "besides_ministry": 2}, r"besides|one (fewer|less)|ministry"),
        w("q4", "a list", [4, 3], r"dict|list"),
        w("q4", "both 2", {"in_total": 2, "besides_ministry": 2}, r"两高两部|two|bodies|four"),
        # q5: types renamed between 2020 and 2022 (round 13: the question was 'dropped', whose answer lesson 05 printed)
        w("q5", "the dropped type with the renamed", ["debt_harassment", "publicity_extortion", "pyramid_selling",
                                                      "trap_loan"], r"not named|dropped|pyramid"),
        w("q5", "empty", [], r"empty|none|nothing|missing"),
        w("q5", "only one renamed", ["publicity_extortion"], r"missing|apply|list"),
        w("q5", "the dropped type alone", ["pyramid_selling"], r"not named|dropped|pyramid"),
        w("q5", "a dict", {"renamed": "publicity_extortion"}, r"list|dict"),
        w("q5", "the Chinese name", ["舆情敲诈"], r"code|舆情敲诈|label"),
        w("q5", "a made-up code", ["trap_loans"], r"code|label|trap_loan|not one of"),
        w("q5", "a number", 3, r"list|number|code"),
        w("q5", "every 2020 type", sorted(set(data.release_crime_lists().query("release == 'mps_2020_12_24'")["code"])),
          r"every|all|extra|seven|same|not named"),
        w("q5", "a type written the same", ["debt_harassment", "paid_trolls", "publicity_extortion", "trap_loan"],
          r"same|written"),
        w("q5", "the renamed and an invented one", ["publicity_extortion", "loan_sharking"], r"code|loan|not one of"),
        # q6: b
        w("q6", "nothing", "a", r"count|filing|nothing|law"),
        w("q6", "debt harassment grew", "c", r"grew|rise|filing|behaviour|new offence"),
        w("q6", "retroactive", "d", r"2020|retro|before|after|revis"),
        w("q6", "a list", ["b"], r"list|bracket"),
        w("q6", "two letters", "b and c", r"one|single|both|two"),
        w("q6", "(c)", "(c)", r"grew|rise|filing|behaviour|new offence"),
        # q7: per 100k
        w("q7", "亿 read as a billion", sus / 9.89e9 * 100_000, r"billion|亿|10 times|ten"),
        w("q7", "万 for 100,000", sus / users * 10_000, r"万|10,000|10 times|ten"),
        w("q7", "per person", sus / users, r"per person|100,000|scale"),
        w("q7", "inverted", users / sus, r"upside|invert|other way|users per suspect"),
        w("q7", "cases", cases / users * 100_000, r"case"),
        w("q7", "the detained", 16_400 / users * 100_000, r"detain|16,400"),
        w("q7", "2022's suspects", F("r2022jul_suspects") / users * 100_000, r"22,000|2022|r2022"),
        w("q7", "a percentage", sus / users * 100, r"100|percent"),
        w("q7", "rounded to 1", 1.0, r"round"),
        w("q7", "per 100", sus / users * 100, r"100|percent"),
        w("q7", "per million", sus / users * 1_000_000, r"million|10 times|ten"),
        # q8: rivals
        w("q8", "an anachronism", ["p2p_clean_up", "law_march_2021"], r"anachron|2021|after"),
        w("q8", "the claim as a rival", ["peak_before_campaign", "p2p_clean_up", "own_platform", "campaign_worked"],
          r"campaign|claim|rival"),
        w("q8", "unsupported rival", ["peak_before_campaign", "p2p_clean_up", "own_platform", "more_users"],
          r"support|source|more_users"),
        w("q8", "own platform missing", ["peak_before_campaign", "p2p_clean_up"], r"missing|own_platform|platform"),
        w("q8", "empty", [], r"empty|none|nothing|missing"),
        w("q8", "every key", ["peak_before_campaign", "p2p_clean_up", "own_platform", "law_march_2021", "more_users",
                              "campaign_worked"], r"anachron|campaign|support"),
        w("q8", "one text", "peak_before_campaign, p2p_clean_up, own_platform", r"list|text|string"),
        w("q8", "peak missing", ["p2p_clean_up", "own_platform"], r"missing|peak"),
        w("q8", "p2p missing", ["peak_before_campaign", "own_platform"], r"missing|p2p"),
        w("q8", "only the campaign", ["campaign_worked"], r"campaign|claim|rival"),
        w("q8", "a made-up key", ["peak_before_campaign", "p2p_clean_up", "regulator"], r"key|option|not one|regulator"),
        # q9: capstone units
        w("q9", "organisations as gangs", {**cap_unit, "organisations": "gangs"}, r"团伙|gang|organisation"),
        w("q9", "organisations as mafia", {**cap_unit, "organisations": "mafia-type organisations"}, r"both|vicious|黑恶|organisation"),
        w("q9", "suspects as cases", {**cap_unit, "suspects": "cases"}, r"suspect|抓获|swap"),
        w("q9", "swapped", {**cap_unit, "suspects": "cases", "cases": "suspects"}, r"swap|suspect|case"),
        w("q9", "organisations as vicious", {**cap_unit, "organisations": "vicious-force groups"}, r"both|mafia|黑恶|organisation"),
        w("q9", "a key missing", {k: v for k, v in cap_unit.items() if k != "cases"}, r"missing|cases"),
        w("q9", "cases as gangs", {**cap_unit, "cases": "gangs"}, r"case|案件"),
        w("q9", "suspects as gangs", {**cap_unit, "suspects": "gangs"}, r"suspect"),
        w("q9", "a list", list(cap_unit.values()), r"dict|list"),
        w("q9", "everything gangs", {k: "gangs" for k in cap_unit}, r"gang|organisation|suspect|case"),
        w("q9", "a made-up label", {**cap_unit, "organisations": "organisations"}, r"label|one of|allowed"),
        w("q9", "case swapped with organisations", {**cap_unit, "organisations": "cases", "cases": "gang organisations"},
          r"swap|organisation|case"),
        # q10: capstone values
        w("q10", "万 as a thousand", {**cap_value, "suspects": 1200, "cases": 1800}, r"thousand|万|10 times"),
        w("q10", "万 not converted", {**cap_value, "suspects": 1.2, "cases": 1.8}, r"万|10,000"),
        w("q10", "the annual figures", {"organisations": 1900, "suspects": 27000, "cases": 29000},
          r"1900|2\.7万|annual|other|whole|year|a2023"),
        w("q10", "swapped", {**cap_value, "suspects": 18000, "cases": 12000}, r"swap|suspect|case"),
        w("q10", "as text", {**cap_value, "suspects": "1.2万余"}, r"text|number|万"),
        w("q10", "the 2025 figure", {**cap_value, "organisations": 2192}, r"2025|2,192|other|release"),
        w("q10", "ten times", {**cap_value, "suspects": 120000}, r"10 times|ten|zero"),
        w("q10", "one more", {**cap_value, "organisations": 796}, r"one more"),
        w("q10", "a key missing", {k: v for k, v in cap_value.items() if k != "cases"}, r"missing|cases"),
        w("q10", "亿", {**cap_value, "suspects": 1.2e8, "cases": 1.8e8}, r"亿"),
        w("q10", "the 2020 release's", {**cap_value, "organisations": 1759}, r"2020|1,759|other|release"),
        w("q10", "in 万 everywhere", {"organisations": 0.0795, "suspects": 1.2, "cases": 1.8}, r"万|10,000"),
        # q11: capstone period
        w("q11", "explicit", {**cap_period, "basis": "explicit"}, r"explicit|names no year|no year"),
        w("q11", "since", {**cap_period, "basis": "since"}, r"since"),
        w("q11", "to date", {**cap_period, "basis": "to date"}, r"to date|year"),
        w("q11", "report's date as start", {**cap_period, "start": "2024-01-17"}, r"report|publication|start"),
        w("q11", "report's date as end", {**cap_period, "end": "2024-01-17"}, r"report|publication|end"),
        w("q11", "a year as start", {**cap_period, "start": "2023"}, r"date|iso|day|year"),
        w("q11", "point in time", {**cap_period, "basis": "point in time"}, r"point|period|year"),
        w("q11", "planned", {**cap_period, "basis": "planned"}, r"plan|past|done"),
        w("q11", "start and end swapped", {**cap_period, "start": "2023-12-31", "end": "2023-01-01"}, r"swap|before|after|start|end"),
        w("q11", "a key missing", {k: v for k, v in cap_period.items() if k != "basis"}, r"missing|basis"),
        # q12: capstone precision
        w("q12", "余 as rounded", {**cap_prec, "suspects": "rounded"}, r"余|more than|lower"),
        w("q12", "1.8万 exact", {**cap_prec, "cases": "exact"}, r"万|round|1\.8"),
        w("q12", "795 rounded", {**cap_prec, "organisations": "rounded"}, r"795|exact"),
        w("q12", "1.8万 as a floor", {**cap_prec, "cases": "lower bound"}, r"余|1\.8|round"),
        w("q12", "余 as exact", {**cap_prec, "suspects": "exact"}, r"余|more than|lower"),
        w("q12", "795 as a floor", {**cap_prec, "organisations": "lower bound"}, r"795|exact"),
        w("q12", "all rounded", {k: "rounded" for k in cap_prec}, r"795|余|exact|lower"),
        w("q12", "swapped", {**cap_prec, "suspects": "rounded", "cases": "lower bound"}, r"swap|余|suspect|case"),
        w("q12", "a key missing", {k: v for k, v in cap_prec.items() if k != "cases"}, r"missing|cases"),
        w("q12", "a list", list(cap_prec.values()), r"dict|list"),
        w("q12", "all exact", {k: "exact" for k in cap_prec}, r"余|万|round|lower"),
        # q13: kind
        w("q13", "outcome", "outcome", r"outcome|police|activity|crime"),
        w("q13", "trend", "trend", r"trend|change|one"),
        w("q13", "crime level", "the level of crime", r"crime|police|activity|outcome"),
        w("q13", "plan", "plan", r"plan|done|past"),
        w("q13", "a list", ["enforcement activity"], r"list|bracket"),
        w("q13", "victims", "victims harmed", r"victim|harm|outcome|police"),
        w("q13", "a letter", "a", r"letter|label|option|one of"),
        w("q13", "a fall in crime", "a fall in crime", r"trend|fall|crime|police"),
        w("q13", "three labels", "enforcement activity, outcome, trend", r"one|three|single|label"),
        w("q13", "harm", "harm", r"harm|outcome|police|activity"),
        w("q13", "the trend of crime", "crime trend", r"trend|crime|police"),
        w("q13", "number", 795, r"text|label|number"),
        # q14: what could bridge each difference (round 17: no longer the dimensions, which re-scored q9-q13)
        w("q14", "every difference by a calculation", dict.fromkeys(("unit", "campaign", "period"), "calculation"),
          r"different things|definition|unit"),
        w("q14", "every difference by another source", dict.fromkeys(("unit", "campaign", "period"), "another source"),
          r"rate|month|period"),
        w("q14", "the unit by a calculation", {**{"unit": "another source", "campaign": "another source", "period": "calculation"}, "unit": "calculation"}, r"different things|definition"),
        w("q14", "the campaign by a calculation", {**{"unit": "another source", "campaign": "another source", "period": "calculation"}, "campaign": "calculation"}, r"campaign|targets"),
        w("q14", "the old answer: the dimensions", ["campaign", "period", "unit"], r"dict|list"),
        w("q14", "period missing", {"unit": "another source", "campaign": "another source"}, r"missing|period"),
        w("q14", "scope added", {**{"unit": "another source", "campaign": "another source", "period": "calculation"}, "scope": "another source"}, r"scope|expected|not one"),
        w("q14", "not one of the two ways", {**{"unit": "another source", "campaign": "another source", "period": "calculation"}, "period": "a survey"}, r"calculation|another source|one of"),
        w("q14", "the comparable verdict", True, r"dict|bool|true"),
        # q16: practice reading
        w("q16", "集团 as gangs", {**practice, "unit": "gangs"}, r"集团|gang|vicious"),
        w("q16", "余 as rounded", {**practice, "precision": "rounded"}, r"余|more than|lower"),
        w("q16", "since", {**practice, "basis": "since"}, r"since|上半年|half|explicit|names"),
        w("q16", "implied", {**practice, "basis": "implied"}, r"implied|上半年|half|names|explicit"),
        w("q16", "mafia", {**practice, "unit": "mafia-type organisations"}, r"恶势力|vicious|集团"),
        w("q16", "exact", {**practice, "precision": "exact"}, r"余|more than|exact"),
        w("q16", "to date", {**practice, "basis": "to date"}, r"to date|上半年|half|explicit"),
        w("q16", "gang organisations", {**practice, "unit": "gang organisations"}, r"恶势力|vicious|集团|both"),
        w("q16", "a key missing", {k: v for k, v in practice.items() if k != "basis"}, r"missing|basis"),
        w("q16", "point in time", {**practice, "basis": "point in time"}, r"point|period|half|上半年"),
        w("q16", "planned", {**practice, "basis": "planned"}, r"plan|past|done|half"),
        w("q16", "cases", {**practice, "unit": "cases"}, r"集团|case|unit"),
        # yt1: vicious-force rows 4
        w("yt1", "one fewer", 3, r"one (fewer|less)|another unit"),
        w("yt1", "one more", 5, r"one more"),
        w("yt1", "as text", "4", r"quotes|text"),
        w("yt1", "a list", [4], r"list|bracket"),
        w("yt1", "every row", len(data.releases()), r"every|all|rows|filter"),
        w("yt1", "their values summed", float(data.releases().query("unit == 'vicious-force groups'")["value"].sum()),
          r"sum|value|count|rows"),
        # yt2: longest period
        w("yt2", "2020's", "r2020_gangs", r"r2020|period|months|longest|shorter"),
        w("yt2", "July 2022's", "r2022jul_mafia", r"r2022jul|period|months|longest|shorter"),
        w("yt2", "a list", ["f2025_online_orgs"], r"list|bracket"),
        w("yt2", "a made-up id", "f2025", r"id|one of|option"),
        w("yt2", "two ids", "f2025_online_orgs, r2020_gangs", r"one|single|both|two"),
        w("yt2", "a number of days", 1665, r"id|text|number"),
        # yt3: not in 2023
        w("yt3", "renamed counted", ["publicity_extortion", "pyramid_selling"], r"rename|publicity"),
        w("yt3", "empty", [], r"empty|none|nothing|missing"),
        w("yt3", "the Chinese name", ["传销"], r"code|传销|label"),
        w("yt3", "a made-up code", ["pyramid_scheme"], r"code|label|not one of"),
        w("yt3", "only the renamed", ["publicity_extortion"], r"rename|publicity"),
        w("yt3", "a kept type too", ["pyramid_selling", "sextortion"], r"sextortion|kept|extra|not|still"),
        # yt4: after both laws, 6
        w("yt4", "one fewer", 5, r"one (fewer|less)|both|on the day|>="),
        w("yt4", "one more", 7, r"one more|both|on the day"),
        w("yt4", "as text", "6", r"quotes|text"),
        w("yt4", "a list", [6], r"list|bracket"),
        w("yt4", "zero", 0, r"0|none|both|after"),
        w("yt4", "a share", 0.5, r"share|divid|mean"),
        # yt5: cases per 100k
        w("yt5", "亿 as a billion", cases / 9.89e9 * 100_000, r"billion|亿|10 times|ten"),
        w("yt5", "万 for 100,000", cases / users * 10_000, r"万|10,000|10 times|ten"),
        w("yt5", "suspects", sus / users * 100_000, r"suspect"),
        w("yt5", "per person", cases / users, r"per person|100,000|scale"),
        w("yt5", "inverted", users / cases, r"upside|invert|other way|users per case|users by the cases"),
        w("yt5", "per 100", cases / users * 100, r"100|percent"),
        # yt6: b
        w("yt6", "yes", "a", r"overlap|period|since"),
        w("yt6", "units differ", "c", r"unit|same unit|mafia"),
        w("yt6", "partly inferred", "d", r"inferred|period|overlap|2021|warning"),
        w("yt6", "a list", ["b"], r"list|bracket"),
        w("yt6", "two letters", "b, c", r"one|single|both|two"),
        w("yt6", "yes in words", "yes", r"overlap|period|since|letter"),
        # yt3: once listed as fair (read as a list of one); round 12's review: a form slip, named, not credited
        w("yt3", "the one code as text", "pyramid_selling", r"list|square brackets"),
    ]


def entries() -> list[Wrong]:
    return [*lesson00(), *lesson01(), *lesson05()]


def fair() -> list[Wrong]:
    """Answers a fair teacher accepts that a first draft of this set listed as wrong (each judge accepts them on
    purpose, with a note): they must stay accepted. ``names`` is unused."""
    src = data.release_sources().set_index("source_id")["excerpt"]
    s09, s11 = src["S09"], src["S11"].split(" … ")[0]
    t, right, _, _ = _frames()
    cap_period = right_values05("q11")
    return [
        Wrong("00", "yt6", "余 kept where printed", re.findall(r"[\d.]+万余?", s11), ""),
        # round 16, FINAL: the right matches in another order, where the question asks for no order (with a note)
        Wrong("00", "q7", "the matches reversed", list(reversed(re.findall(r"\d+万?余", s09))), ""),
        Wrong("00", "yt6", "the matches reversed", list(reversed(re.findall(r"[\d.]+万", s11))), ""),
        Wrong("01", "q2", "an extra column", right.assign(scope="national"), ""),
        Wrong("05", "q2", "a date not in ISO form, read with a note", "01/01/2021", ""),
        Wrong("05", "q5", "a code listed twice", ["debt_harassment", "publicity_extortion", "trap_loan", "trap_loan"],
              ""),
        Wrong("05", "q8", "a key listed twice", ["peak_before_campaign", "p2p_clean_up", "own_platform", "own_platform"], ""),
        Wrong("05", "q11", "the campaign to date, a defensible reading", {**cap_period, "start": "2022-09-01"}, ""),
        Wrong("05", "q11", "a start not in ISO form", {**cap_period, "start": "01/01/2023"}, ""),
        Wrong("05", "q12", "floor for lower bound", {**right_values05("q12"), "suspects": "floor"}, ""),
        Wrong("05", "yt3", "a code listed twice", ["pyramid_selling", "pyramid_selling"], ""),
        Wrong("05", "q2", "the ISO date", "2021-01-01", ""),
        Wrong("01", "q12", "shills", "shills", ""),
        Wrong("01", "q12", "astroturfers", "astroturfers", ""),
        Wrong("01", "q12", "sockpuppets", "sock puppets", ""),
        Wrong("01", "q12", "paid posters", "paid posters", ""),
    ]
