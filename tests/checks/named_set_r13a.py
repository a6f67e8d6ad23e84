"""names13a's own holdout (round 13, issue #19): see test_named_set_r13a.py. Written at 05:05 UTC from the questions'
prompts and data/ (not from the judges' code), before any of the round's fixes. Each row: what the student did, the
wrong value, a regular expression a verdict NAMING that mistake must match. The classes are round 13's: an option or
label given cut short (now a named form verdict, not credited), a count given with a fraction, a figure copied as
printed in its 万 or 亿 where a computation is asked, a period of one month (or its end not counted), a figure of
another release or year, a count of rows that keeps other rows, a rendering that says the opposite or another stage."""
from named_sets import Wrong, figure as F, right_values


def entries():
    G, NG = F("gangs_eliminated"), F("november_gangs_eliminated")
    S, NS = F("suspects_apprehended"), F("november_suspects_apprehended")
    r01, r05 = right_values("01"), right_values("05")
    a = lambda q, label, value, names: Wrong("00", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("01", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("05", q, label, value, names)  # noqa: E731
    precision_01, checklist = dict(r01["q8"][0]), dict(r01["q13"][0])
    kinds_01 = dict(r01["q7"][0])
    value_05, precision_05, period_05 = dict(r05["q10"][0]), dict(r05["q12"][0]), dict(r05["q11"][0])
    practice = dict(r05["q16"][0])
    cut = r"start of|whole|in full|cut short"
    return [
        # ----- lesson 00
        a("q1", "a count with a fraction (a half left in)", G - NG + 0.25, r"whole|fraction|decimal"),
        a("yt3", "a count of suspects with a fraction", S - NS - 0.5, r"whole|fraction|decimal"),
        a("q5", "a count with a fraction", 850.5, r"whole|fraction|decimal"),
        a("yt5", "counted the figures of 10,000 or more, not those printed with 亿", 7,
          r"10,000|provincial|value|subset"),
        # ----- lesson 01
        b("q5", "the campaign's assets as printed, in 亿", 299.5, r"亿|printed|299\.5"),
        b("q4", "the detained as printed, in 万", 1.64, r"万|printed|1\.64"),
        b("yt2", "the difference of the two figures in 万, as printed", 1.7 - 1.64, r"万|printed|0\.06"),
        b("yt1", "the month of July without its last day", 30, r"month|july|end|both ends"),
        b("yt1", "one month of 30 days", 30.5, r"whole|fraction|month"),
        b("q11", "the opposite outcome", "set free", r"opposite|releas|free"),
        b("q11", "a later stage: prosecution", "prosecuted", r"prosecut|charge|court|later|stage"),
        b("q12", "genuine reviewers", "real customers", r"genuine|real|paid|hired"),
        b("q12", "unpaid fans", "volunteers", r"volunt|unpaid|paid|hired"),
        b("q8", "a precision cut short", {**precision_01, "21万余个": "lower"}, cut),
        b("q7", "a kind cut short", {**kinds_01, "guangxi_first_case": "enforcement"}, cut),
        b("q13", "a checklist label cut short", {**checklist, "what": "suspects"}, cut),
        # ----- lesson 05
        c("q13", "the option cut short", "enforcement", cut),
        c("q12", "a precision cut short", {**precision_05, "suspects": "lower"}, cut),
        c("q16", "a precision cut short", {**practice, "precision": "lower"}, cut),
        c("q11", "a basis cut short", {**period_05, "basis": "point"}, cut),
        c("q10", "the 2020 release's suspects for 2023's", {**value_05, "suspects": 17000}, r"2020|r2020|release"),
        c("q10", "the 2023 annual report's cases for the online ones", {**value_05, "cases": 29000},
          r"2023|a2023|annual|release"),
        c("q10", "2025's online organisations for 2023's", {**value_05, "organisations": 2192},
          r"2025|f2025|release"),
        c("yt4", "counted the rows of events not after the later law, laws included", 4,
          r"law|rows|events|rest|not after|before"),
    ]


def fair():
    return [Wrong("05", "q13", "the option in full, capitalised", "Enforcement activity", ""),
            Wrong("01", "q8", "the precision with a hyphen", {**dict(right_values("01")["q8"][0]), "21万余个": "lower-bound"}, ""),
            Wrong("00", "q1", "the count as a float", 1626.0, ""),
            Wrong("01", "q11", "approved arrest in other words", "arrest approved by the procuratorate", ""),
            Wrong("01", "q12", "hired posters", "hired posters", "")]
