"""names12a's own holdout (round 12, issue #19): see test_named_set_r12a.py. Written at 02:50 UTC from the questions'
prompts and data/ (not from the judges' code), before any of the round's fixes. Each row: what the student did, the
wrong value, a regular expression a verdict NAMING that mistake must match. The classes are round 12's: a key word
used while denying it, a phrase repeated, a bare text where a list of several is asked, a value off by 10^4, a
figure's value given for a count of figures, and the other figures a step can be confused with."""
from named_sets import Wrong, figure as F, right_values


def entries():
    G, NG, S, DET = F("gangs_eliminated"), F("november_gangs_eliminated"), F("suspects_apprehended"), F("suspects_detained")
    NS, JS = F("november_suspects_apprehended"), F("july_suspects_apprehended")
    r05 = right_values("05")
    a = lambda q, label, value, names: Wrong("00", q, label, value, names)  # noqa: E731
    b = lambda q, label, value, names: Wrong("01", q, label, value, names)  # noqa: E731
    c = lambda q, label, value, names: Wrong("05", q, label, value, names)  # noqa: E731
    return [
        # ----- lesson 00
        a("q1", "added November instead of taking it away", G + NG, r"add|plus|\+|1,892"),
        a("q7", "one match as a text where a list of three is asked", "160余", r"list|one of|only|three|3"),
        a("yt6", "the first match only, as a text", "2.7万", r"list|one of|only|two|2"),
        a("yt5", "the value of a figure with 亿 for the count", F("november_assets_seized"), r"value|count|rows|311"),
        a("yt2", "the value of the examples' gangs for the count", 159, r"value|count|rows|159|sum|total"),
        # ----- lesson 01
        b("q3", "suspects per gang, 1.7万 read as 1.7亿", 1.7e8 / G, r"亿|万|10,000|power|96,6"),
        b("q3", "July's suspects added to both sides", (S + JS) / G, r"july|138|17,138"),
        b("q3", "November's suspects per November gang", NS / NG, r"november|712|133"),
        b("q11", "the approval denied", "arrest not approved", r"not|deny|negat|opposite"),
        b("q11", "approved, then taken back", "approved arrest? no", r"not|no\b|deny|negat|opposite"),
        b("q11", "the phrase repeated", "approved formal arrest " * 40, r"repeat|long|once|words|characters"),
        b("q11", "pinyin only", "pibu", r"pinyin|english|chinese|translat"),
        b("q12", "shills denied", "not paid posters", r"not|deny|negat|opposite"),
        b("q12", "a word repeated", "shills " * 60, r"repeat|long|once|words|characters"),
        b("q12", "the crime type's other half", "troublemakers", r"trouble|smear|滋事|post"),
        # ----- lesson 05
        c("q8", "one rival as a text", "p2p_clean_up", r"list|one of|only|three|3|missing"),
        c("q14", "one way as a text", "calculation", r"dict|text"),
        c("q14", "the ways in one text", "another source, another source, calculation", r"dict|text"),
        c("yt1", "the value of a figure in the unit for the count", 1124, r"value|count|rows|figures|1,124"),
        c("q13", "an option with a word of another", "enforcement outcome", r"two|both|option|outcome"),
        c("q13", "the option repeated, with a wrong one", ["enforcement activity", "trend", "enforcement activity"],
          r"list|one|trend|same"),
        # the lead, after round 12's review: the one right option as a text is a form slip, named, not credited
        # the lead, round 13: an option cut short is not credited (listed as fair in round 12)
        c("q13", "the option cut to a word no other option has", "enforcement", r"start of|whole option"),
        c("yt3", "the one code as a text", "pyramid_selling", r"list|square brackets"),
    ]


def fair():
    return [Wrong("05", "q13", "the option repeated once per figure", ["enforcement activity"] * 3, ""),
            Wrong("01", "q11", "a fair answer with 'not' in it", "approved arrest, not just caught", ""),
            Wrong("01", "q12", "a fair answer with 'not' in it", "paid posters, not real customers", ""),
            Wrong("01", "q12", "hired reviewers", "hired reviewers", ""),
            Wrong("05", "q14", "the right ways in capitals and with a hyphen",
                  {"unit": "Another-source", "campaign": "ANOTHER SOURCE", "period": "Calculation"}, "")]
