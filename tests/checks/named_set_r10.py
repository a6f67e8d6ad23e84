"""names10a's own holdout (round 10, issue #19): see test_named_set_r10.py. Written at 18:58 UTC, before the round's
naming fixes, from the questions' prompts and data/ (not from the judges' code); measured once at the end. Each row:
what the student did, the wrong value, a regular expression a verdict NAMING that mistake must match. ``fair()``:
fair answers that must be accepted (or recorded with no mistake, where a written line is read too)."""
from named_sets import Wrong, figure as F, right_values
from netcrime import data


def entries():
    G, NG = F("gangs_eliminated"), F("november_gangs_eliminated")
    S, DET, CASES = F("suspects_apprehended"), F("suspects_detained"), F("cases_solved")
    JS, NS = F("july_suspects_apprehended"), F("november_suspects_apprehended")
    A, NA = F("assets_seized"), F("november_assets_seized")
    JI, ZH, GD, GX = (F(f"{p}_gangs_eliminated") for p in ("jiangsu", "zhejiang", "guangdong", "guangxi"))
    ZS, JL, JC = F("zhejiang_suspects_apprehended"), F("july_localities"), F("july_sextortion_cases")
    U, C20 = F("cnnic_users_2020"), F("r2020_cases")
    t = data.release_figures()
    r00, r01, r05 = right_values("00"), right_values("01"), right_values("05")
    a = lambda q, label, value, names: Wrong("00", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("01", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("05", q, label, value, names)  # noqa: E731
    cap = r05["q10"][0]
    return [
        a("q1", "Zhejiang's gangs taken away", G - ZH, r"zhejiang|44|provinc|example"),
        a("q1", "Guangxi's gangs taken away", G - GX, r"guangxi|example|provinc"),
        a("q1", "Jiangsu's taken away as well", G - NG - JI, r"jiangsu|57"),
        a("q1", "subtracted the other way", NG - G, r"sign|order|negative|other way"),
        a("q1", "the share outside November", (G - NG) / G, r"share|divid|percent|fraction"),
        a("q1", "added", G + NG, r"add|plus|\+"),
        a("q1", "suspects, not gangs", S - NS, r"suspect"),
        a("q2", "万 as a thousand", 2.35 * 1000, r"thousand|1,000|万|10 times"),
        a("q2", "万 as 亿", 2.35e8, r"亿|100,000,000|100 million|10,000 times"),
        a("q2", "a zero too many", 235_000.0, r"10 times|ten|zero"),
        a("q2", "divided by 万", 2.35 / 10_000, r"万|10,000|divid"),
        a("q2", "the .35 dropped", 23_000.0, r"cut|round|digit|exact"),
        a("q5", "November's gangs for July's suspects", NS + NG, r"gang|133|unit"),
        a("q5", "July's localities added", NS + JL, r"localit|9\b|july"),
        a("q5", "the campaign without both", S - NS - JS, r"campaign|rest|outside|17,000"),
        a("q5", "Zhejiang's suspects added too", NS + JS + ZS, r"zhejiang|174|extra|provinc"),
        a("q5", "subtracted", NS - JS, r"minus|subtract|−"),
        a("q5", "multiplied", NS * JS, r"times|multipl|×"),
        a("q5", "in 万", (NS + JS) / 10_000, r"万|10,000"),
        a("yt3", "July's suspects taken away", S - JS, r"july|138"),
        a("yt3", "the detained, not the apprehended", DET - NS, r"detain|16,400"),
        a("yt3", "both operations taken away", S - NS - JS, r"july|138|both|extra"),
        a("yt3", "November's share", NS / S, r"share|divid|percent"),
        a("yt3", "added", S + NS, r"add|plus|\+"),
        a("yt4", "Guangxi left out", JI + ZH + GD, r"guangxi|7\b|left out|one part|one of"),
        a("yt4", "the campaign's gangs added", JI + ZH + GD + GX + G, r"campaign|1,759|national"),
        a("yt4", "the mean", (JI + ZH + GD + GX) / 4, r"mean|average"),
        a("yt4", "November's gangs added", JI + ZH + GD + GX + NG, r"november|133"),
        a("q6", "means, not totals", t[t["unit"] == "gangs"].groupby("subset")["value"].mean(), r"mean"),
        a("q6", "totalled by scope", t[t["unit"] == "gangs"].groupby("scope")["value"].sum(), r"scope|subset"),
        a("q7", "the 万 one missed", ["160余", "1520余"], r"万|missing|2万余|left out"),
        a("yt6", "万 dropped", ["2.7", "2.9"], r"万"),
        b("q3", "the detained per gang", DET / G, r"detain|16,400"),
        b("q3", "gangs per suspect", G / S, r"upside|other way|invert"),
        b("q3", "per November gang", S / NG, r"november|133"),
        b("q3", "November's own per gang", NS / NG, r"november"),
        b("q3", "as a percentage", 100 * S / G, r"100|hundred|percent"),
        b("q3", "cases per gang", CASES / G, r"case|32,000"),
        b("q3", "November's gangs added to the whole", S / (G + NG), r"133|november|add|plus"),
        b("q4", "upside down", S / DET, r"upside|other way|invert"),
        b("q4", "a percentage", 100 * DET / S, r"percent"),
        b("q4", "the not detained", (S - DET) / S, r"rest|1 minus|not detained|complement|600"),
        b("q4", "over the cases", DET / CASES, r"case|32,000"),
        b("q4", "over both added", DET / (DET + S), r"plus|added|twice|\+"),
        b("q4", "detained per gang", DET / G, r"gang|1,759"),
        b("q5", "a zero lost", 311 / 2995, r"10 times|ten|zero"),
        b("q5", "upside down", A / NA, r"upside|other way|invert"),
        b("q5", "a percentage", 100 * NA / A, r"percent"),
        b("q5", "the gangs' share", NG / G, r"gang|1,759|133"),
        b("q5", "the suspects' share", NS / S, r"suspect"),
        b("q5", "over both added", NA / (A + NA), r"plus|added|twice|\+"),
        b("q5", "the rest", 1 - NA / A, r"rest|1 minus|complement"),
        b("q9", "the decline as a share", 0.86, r"86|decline|rest|dropped|complement"),
        b("q9", "a percentage", 14.0, r"percent"),
        b("q9", "the stored figure", 86.0, r"percent|86|input|decline"),
        b("q9", "100 over 86", 100 / 86, r"divid|upside|86|invert"),
        b("yt1", "one end only", 176, r"one (fewer|less)|both ends"),
        b("yt2", "November's suspects taken away", S - NS, r"november|712"),
        b("yt2", "added", S + DET, r"add|plus|\+"),
        b("yt2", "the share not detained", (S - DET) / S, r"share|divid"),
        b("yt2", "the other way", DET - S, r"sign|order|negative|other way"),
        b("yt3", "a zero lost", 6300.0, r"10 times|ten|zero"),
        b("yt3", "万 as 亿", 6.3e8, r"亿|10,000 times"),
        b("yt3", "left in 万", 6.3, r"万|10,000"),
        b("yt4", "Jiangsu's share", JI / G, r"jiangsu|57"),
        b("yt4", "Zhejiang's share", ZH / G, r"zhejiang|44"),
        b("yt4", "over November's gangs", GD / NG, r"november|133"),
        b("yt4", "upside down", G / GD, r"upside|invert|other way"),
        b("yt4", "a percentage", 100 * GD / G, r"percent"),
        b("yt4", "over the suspects", GD / S, r"suspect|17,000"),
        c("q3", "added", 1486 + 1124.0, r"add|plus|\+"),
        c("q3", "the mafia-type counts", F("r2022jul_mafia") - F("r2021_mafia"), r"mafia"),
        c("q3", "2022's yearly count", F("a2022_vicious") - 1124.0, r"2022|1,520|a2022|year"),
        c("q3", "divided", 1486 / 1124, r"divid|ratio"),
        c("q3", "the other way", 1124 - 1486.0, r"sign|order|negative|other way"),
        c("q3", "one off", 361.0, r"one (fewer|less)|both ends|off by one"),
        c("q7", "the detained", DET / U * 1e5, r"detain|16,400"),
        c("q7", "per person", S / U, r"100,000|per person|power"),
        c("q7", "the cases", CASES / U * 1e5, r"case|32,000|another question"),
        c("q7", "users in a zero short", S / (U / 10) * 1e5, r"10 times|ten|zero"),
        c("q7", "gangs per 100,000", G / U * 1e5, r"gang|1,759"),
        c("q7", "upside down", U / S / 1e5, r"upside|invert|other way"),
        c("yt5", "the suspects", S / U * 1e5, r"suspect|17,000|another question"),
        c("yt5", "per user", C20 / U, r"100,000|per person|per user|power"),
        c("yt5", "the 2025 online cases", F("f2025_online_cases") / U * 1e5, r"2025|38,000|f2025|later"),
        c("yt5", "the 2023 cases", F("a2023_cases") / U * 1e5, r"2023|29,000|a2023|later"),
        c("q10", "suspects left in 万", {**cap, "suspects": cap["suspects"] / 10_000}, r"万|10,000"),
        c("q10", "cases as 亿", {**cap, "cases": cap["cases"] / 10_000 * 1e8}, r"亿|10,000"),
        c("q10", "the all-gang-crime row", {**cap, "organisations": F("a2023_orgs")}, r"1,900|online|all gang|a2023"),
    ]


def fair():
    G, S, DET = F("gangs_eliminated"), F("suspects_apprehended"), F("suspects_detained")
    NA, A, U = F("november_assets_seized"), F("assets_seized"), F("cnnic_users_2020")
    return [Wrong("01", "q3", "two decimals", 9.66, ""), Wrong("01", "q3", "three decimals", 9.665, ""),
            Wrong("01", "q4", "three decimals", 0.965, ""), Wrong("01", "q4", "four decimals", 0.9647, ""),
            Wrong("05", "q7", "two decimals", 1.72, ""), Wrong("05", "q7", "three decimals", 1.719, ""),
            Wrong("01", "q5", "three figures", 0.0104, ""), Wrong("01", "q5", "four figures", 0.01038, ""),
            Wrong("00", "q5", "an int", 850, ""), Wrong("05", "yt5", "two decimals", 3.24, ""),
            Wrong("01", "yt4", "two figures", 0.029, ""), Wrong("05", "q3", "an int", 362, "")]
