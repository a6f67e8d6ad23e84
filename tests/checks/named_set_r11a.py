"""names11a's own holdout (round 11, issue #19): see test_named_set_r11a.py. Written at 23:25 UTC from the questions'
prompts and data/ (not from the judges' code), after the round's fixes for the reviewer's list and before any fix
for these rows. Each row: what the student did, the wrong value, a regular expression a verdict NAMING that mistake
must match. Values are worked out from data/ (never a right answer typed)."""
from named_sets import Wrong, figure as F, right_values


def entries():
    G, NG, S, DET = F("gangs_eliminated"), F("november_gangs_eliminated"), F("suspects_apprehended"), F("suspects_detained")
    JS, NS, CASES = F("july_suspects_apprehended"), F("november_suspects_apprehended"), F("cases_solved")
    A, NA, U = F("assets_seized"), F("november_assets_seized"), F("cnnic_users_2020")
    JI, ZH, GD, GX = (F(f"{p}_gangs_eliminated") for p in ("jiangsu", "zhejiang", "guangdong", "guangxi"))
    ZS = F("zhejiang_suspects_apprehended")
    r00, r01, r05 = right_values("00"), right_values("01"), right_values("05")
    a = lambda q, label, value, names: Wrong("00", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("01", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("05", q, label, value, names)  # noqa: E731
    q6_01 = dict(r01["q6"][0])
    q13 = dict(r01["q13"][0])
    cap_unit, cap_prec = dict(r05["q9"][0]), dict(r05["q12"][0])
    return [
        # ----- lesson 00
        a("q1", "the November share of the campaign's gangs", NG / G, r"share|divid|percent|fraction"),
        a("q1", "the provinces' gangs taken away too", G - NG - (JI + ZH + GD + GX), r"provinc|example|159"),
        a("q1", "gangs minus November's suspects", G - NS, r"suspect|712"),
        a("q2", "万 divided by the number", 10_000 / 2.35, r"divid|upside|other way|万"),
        a("q2", "the thousands typed with a comma as a text", "23,500", r"text|quote|number"),
        a("q2", "the release's apprehended figure in 万", S / 10_000, r"1\.7|release|apprehend"),
        a("q5", "the November operation's gangs and suspects", NS + NG, r"gang|133|unit"),
        a("q5", "the operations in 万", (JS + NS) / 10_000, r"万|10,000"),
        a("q5", "July's suspects plus November's gangs", JS + NG, r"gang|133|unit"),
        a("q5", "the campaign's suspects less the detained", S - DET, r"detain|16,400|campaign"),
        a("q5", "the product", JS * NS, r"multipl|times|×"),
        a("yt3", "the detained less November", DET - NS, r"detain|16,400"),
        a("yt3", "November less the campaign", NS - S, r"sign|order|negative|other way"),
        a("yt3", "in 万", (S - NS) / 10_000, r"万|10,000"),
        a("yt4", "the provinces' suspects for gangs", ZS, r"suspect|174|zhejiang|unit"),
        a("yt4", "three of four added", JI + ZH + GX, r"guangdong|51|left out|one of"),
        a("yt4", "the national count less the examples", G - (JI + ZH + GD + GX), r"national|1,759|campaign|rest"),
        a("yt6", "the numbers as floats", [2.7, 2.9], r"text|number|str|万"),
        a("yt6", "the matches joined in one text", "2.7万 2.9万", r"one text|list|joined"),
        a("q7", "余 dropped", ["160", "1520", "2万"], r"余|floor|unit"),
        a("q7", "a later match only", ["1520余", "2万余"], r"160|missing|did not find|first"),
        # ----- lesson 01
        b("q3", "per gang, in 万", S / 10_000 / G, r"万|10,000"),
        b("q3", "Zhejiang's suspects per Zhejiang gang", ZS / ZH, r"zhejiang|provinc|example"),
        b("q3", "the campaign's suspects per provincial gang", S / (JI + ZH + GD + GX), r"provinc|example|159"),
        b("q3", "the suspects less the gangs", S - G, r"subtract|minus|−|took"),
        b("q4", "the detained per 100", DET / S * 100, r"percent|100"),
        b("q4", "the November operation's share", NS / S, r"november|712"),
        b("q4", "upside down, as a percentage", S / DET * 100, r"upside|invert|other way|percent"),
        b("q5", "November's share in percent", 100 * NA / A, r"percent"),
        b("q5", "亿 left as printed", 3.11 / 299.5 * 100, r"percent"),
        b("q5", "the campaign over the operation", A / NA, r"upside|invert|other way"),
        b("q5", "the assets in 亿 and the gangs", NG / G, r"gang|133|1,759"),
        b("q9", "a percentage left", 100 - F("trap_loan_institutions_decline"), r"percent"),
        b("q9", "the drop as a percentage of what is left", F("trap_loan_institutions_decline") / 14 * 100,
          r"gone|left|86 / 14|divid"),
        b("q6", "every statement true", {k: True for k in q6_01}, r"wrong|detain|tenth|half|亿|twice"),
        b("q13", "the period read as the report's date", {**q13, "period": "point in time"}, r"period|year|day|stock"),
        b("q13", "余 read as exact", {**q13, "precision": "exact"}, r"余|lower|floor|more than"),
        b("yt1", "July only", 31, r"july|month"),
        b("yt1", "the whole campaign", 420, r"campaign|2019|november"),
        b("yt2", "the detained", DET, r"detain|16,400|not detained|subtract"),
        b("yt2", "the share not detained in percent", 100 * (S - DET) / S, r"share|percent|divid"),
        b("yt3", "万 as a thousand", 6300.0, r"thousand|1,000|10 times|ten|zero"),
        b("yt3", "divided by 万", 6.3 / 10_000, r"divid|万"),
        b("yt4", "Guangdong's suspects for gangs", GD / S, r"suspect|17,000"),
        b("yt4", "in percent", 100 * GD / G, r"percent"),
        b("yt4", "over the provinces' gangs", GD / (JI + ZH + GD + GX), r"provinc|example|159"),
        b("q12", "a word for word rendering with 'water'", "water soldiers", r"water|literal|navy|soldier"),
        b("q12", "a clause about them", "The shop paid people to post reviews.", r"sentence|rendering"),
        b("q12", "a case's reading", "A business pays a studio to smear a rival.", r"rival|smear|attack|sentence"),
        b("q12", "bots", "review bots", r"bot|program|people"),
        b("q12", "paid trolls with a hyphen", "paid-trolls", r"troll"),
        # ----- lesson 05
        c("q2", "the day before the report", "2021-10-13", r"report|end|publication|date"),
        c("q2", "the start of the month of the report", "2021-10-01", r"month|本月"),
        c("q2", "the end of 2021", "2021-12-31", r"end|after"),
        c("q3", "the total", 1486.0, r"since|total|cumulative|2021|whole"),
        c("q3", "the 2021 count", 1124.0, r"2021|one year|part"),
        c("q3", "the share", 1124 / 1486, r"share|divid|ratio"),
        c("q4", "two and two", {"in_total": 2, "besides_ministry": 2}, r"两高两部|two and two|2"),
        c("q4", "both counted with the Ministry", {"in_total": 4, "besides_ministry": 4}, r"besides|leave|out|total"),
        c("q4", "the 2022 notice as a text", "9 and 8", r"2022|九部门|lesson"),
        c("q7", "per 10,000", S / U * 1e4, r"100,000|10 times|power|ten"),
        c("q7", "per million", S / U * 1e6, r"100,000|10 times|power|ten|million"),
        c("q7", "the users in 亿 left as printed", S / 9.89 * 1e5, r"亿|users|100,000,000"),
        c("q7", "the detained per 100,000", DET / U * 1e5, r"detain|16,400"),
        c("yt5", "the cases per 10,000", CASES / U * 1e4, r"100,000|10 times|power|ten"),
        c("yt5", "the cases per user in percent", 100 * CASES / U, r"percent|100,000|power"),
        c("q10", "cases with 余 padded", {**r05["q10"][0], "cases": r05["q10"][0]["cases"] + 1000},
          r"余|floor|guess|lower"),
        c("q10", "the figures in 万", {k: v / 10_000 if v > 1000 else v for k, v in r05["q10"][0].items()},
          r"万|10,000"),
        c("q9", "organisations as gangs", {**cap_unit, "organisations": "gangs"}, r"gang|团伙|组织|organisation"),
        c("q9", "organisations as mafia-type", {**cap_unit, "organisations": "mafia-type organisations"},
          r"mafia|涉黑|both|kinds"),
        c("q12", "every figure exact", {k: "exact" for k in cap_prec}, r"余|万|rounded|lower|more than"),
        c("q12", "万 read as a floor", {**cap_prec, "cases": "lower bound"}, r"余|万|rounded|floor"),
        c("yt1", "every figure of the unit, national and not", 5, r"one|more|extra|count"),
        c("yt4", "after either law", 9, r"both|either|and|or"),
    ]


def fair():
    G, S, NS, JS = F("gangs_eliminated"), F("suspects_apprehended"), F("november_suspects_apprehended"), \
        F("july_suspects_apprehended")
    return [Wrong("00", "q5", "a float of the sum", float(JS + NS), ""),
            Wrong("01", "q3", "one decimal", round(S / G, 1), ""),
            Wrong("01", "q12", "hired shills", "hired shills", ""),
            Wrong("01", "q12", "people paid to post praise", "people paid to post praise", ""),
            Wrong("05", "q2", "a date with slashes", "2021/01/01", ""),
            Wrong("00", "yt6", "a tuple of the matches", ("2.7万", "2.9万"), "")]
