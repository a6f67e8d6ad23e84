"""What a list of regular-expression matches IS, compared item by item with the matches asked for (issue #19,
round 9): the verdict for a ``re.findall`` answer no judge listed, instead of "Print the sentence and compare".

``list_slip(got, want)`` reads each match the student gave against the ones asked for: the same in another order,
a match left out, a match too many (a year, a number without its unit), a match that runs on past the end (the
measure word kept) or stops short of it (the unit or the digits before a decimal point lost). It says each with the
student's own texts. Any ``re.findall`` judge may ask it last.

Whether the order of the matches matters is the question's to say, once: ``MatchList(order_matters=...)``. Where it
does not (lesson 00's q7 and yt6 list the numbers and ask for no order; review round 16 found the right matches in
another order rejected), the right matches in any order are credited with a note (``MatchList.in_another_order``) and
``order_changed`` is neither emitted nor declared: the question's codes (``MatchList.codes``) follow from the
declaration, so the guide lists the code only where a student can receive it (round 17).
"""
from __future__ import annotations

ORDER_CHANGED = "order_changed"
MATCHES_MISSING = "matches_missing"
MATCHES_EXTRA = "matches_extra"
MATCH_RUNS_ON = "match_runs_on"
MATCH_CUT_SHORT = "match_cut_short"
MATCHES_DIFFER = "matches_differ"
MATCH_STARTS_EARLY = "match_starts_early"
MATCHES_AS_TEXT = "matches_as_one_text"
ONE_MATCH_AS_TEXT = "one_match_as_text"
MATCH_REPEATED = "match_repeated"

MATCH_CODES = {
    MATCH_REPEATED: "a match given twice where the text prints it once (two lists added, findall run twice, an append "
                    "in a loop)",
    ORDER_CHANGED: "the right matches in another order than the text's, which findall keeps",
    MATCHES_MISSING: "some of the matches asked for are missing: the pattern does not allow a character they hold, "
                     "or requires one they lack",
    MATCHES_EXTRA: "matches the question does not ask for were found too (a year, a number without the unit asked "
                   "for)",
    MATCH_RUNS_ON: "a match runs on past the end of what is asked for (a measure word or a sign after it kept)",
    MATCH_CUT_SHORT: "a match stops short: part of the number (the digits before a point, its unit) is lost",
    MATCH_STARTS_EARLY: "a match starts before what is asked for and keeps the words in front of it (an excerpt)",
    MATCHES_AS_TEXT: "one text holding the matches (an excerpt of the sentence, or the matches joined) where "
                     "re.findall's list is asked",
    ONE_MATCH_AS_TEXT: "one match as a text (what re.search(...).group() gives) where re.findall's list of all the "
                       "matches is asked",
    MATCHES_DIFFER: "several of the slips above at once: each is named",
}


def _listed(items) -> str:
    return ", ".join(repr(x) for x in items)


class MatchList:
    """How one question reads a list of ``re.findall`` matches: whether their order matters, declared once."""

    def __init__(self, order_matters: bool):
        self.order_matters = order_matters

    @property
    def codes(self) -> dict[str, str]:
        """The misconceptions ``slip`` can name for this question (for its judge to declare)."""
        return {code: why for code, why in MATCH_CODES.items() if self.order_matters or code != ORDER_CHANGED}

    def in_another_order(self, got: list[str], want: list[str]) -> str | None:
        """The note crediting exactly the right matches in another order, where the order does not matter; None
        otherwise (the same order, other matches, or a question whose order matters: ``slip`` names it)."""
        if self.order_matters or got == want or sorted(got) != sorted(want):
            return None
        return (f"(The right matches, in another order than the text's ({_listed(got)}): re.findall lists them in "
                "the order the text prints them; this question asks for no order, so this is fine.)")

    def slip(self, got: list[str], want: list[str]) -> tuple[str, str] | None:
        """``list_slip`` for this question."""
        return list_slip(got, want, order_matters=self.order_matters)


def list_slip(got: list[str], want: list[str], *, order_matters: bool) -> tuple[str, str] | None:
    """(code, message) naming how ``got`` differs from ``want``; None when they are equal, when they are the same
    matches in another order where the order does not matter, or when they share nothing."""
    if got == want or (not order_matters and sorted(got) == sorted(want)):
        return None
    twice = [g for g in dict.fromkeys(got) if got.count(g) > want.count(g) and g in want]
    if twice and sorted(dict.fromkeys(got)) == sorted(dict.fromkeys(want)):  # review round 13, G3: '2万余' twice
        return MATCH_REPEATED, (f"Your list gives {_listed(twice)} more often than the sentence prints "
                                f"{'it' if len(twice) == 1 else 'them'}: re.findall gives each match once. Two lists "
                                "added together, findall run twice or an append inside a loop repeats one: store what "
                                "a single findall gives.")
    if sorted(got) == sorted(want):
        return ORDER_CHANGED, (f"You found the right matches in another order ({_listed(got)}): re.findall lists "
                               "them in the order the text prints them. Store what it gives, unsorted.")
    longer, shorter, early, extra, matched = [], [], [], [], set()
    for g in got:
        if g in want:
            matched.add(g)
            continue
        runs = next((w for w in want if g.startswith(w) and w not in matched), None)
        cut = next((w for w in want if g and g in w and w not in matched), None)
        starts = next((w for w in want if w in g and not g.startswith(w) and w not in matched), None)
        if starts is not None:  # review round 11: '打掉团伙160余' for '160余', an excerpt
            early.append((g, starts))
            matched.add(starts)
        elif runs is not None:
            longer.append((g, runs))
            matched.add(runs)
        elif cut is not None:
            shorter.append((g, cut))
            matched.add(cut)
        else:
            extra.append(g)
    missing = [w for w in want if w not in matched]
    if not matched:  # nothing in common: the judge's own sentence says more
        return None
    parts: list[tuple[str, str]] = []
    if early:
        parts.append((MATCH_STARTS_EARLY, "Your match " + ", ".join(f"{g!r} starts before {w!r} (it keeps "
                                                                   f"{g[:g.index(w)]!r} in front)" for g, w in early)
                      + ": start the pattern where the number starts, at its digits."))
    if longer:
        parts.append((MATCH_RUNS_ON, "Your match " + ", ".join(f"{g!r} runs on past {w!r} (it keeps {g[len(w):]!r})"
                                                                for g, w in longer)
                      + ": end the pattern where the number ends."))
    if shorter:
        parts.append((MATCH_CUT_SHORT, "Your match " + ", ".join(f"{g!r} is only part of {w!r}" for g, w in shorter)
                      + ": the pattern does not allow every character the number holds (a point, a unit)."))
    if missing:
        parts.append((MATCHES_MISSING, f"You did not find {_listed(missing)}: compare it with what you found (a "
                                       "character your pattern does not allow, or one it requires and this lacks)."))
    if extra:
        parts.append((MATCHES_EXTRA, f"You also found {_listed(extra)}, which the question does not ask for: make "
                                     "the pattern require what only the asked-for matches have."))
    if not parts:
        return None
    code = parts[0][0] if len(parts) == 1 else MATCHES_DIFFER
    return code, f"You found {_listed(got)}. " + " ".join(text for _, text in parts)


def matches_as_text(given, want: list[str]) -> tuple[str, str] | None:
    """(code, message) for one text that holds some of the matches asked for ('160余, 1520余, 2万余', or an excerpt of
    the sentence) where re.findall's list is asked; None for anything else."""
    if not isinstance(given, str) or given.strip() in want or not any(w in given for w in want):
        return None
    shown = repr(given) if len(given) <= 80 else repr(given[:77]) + "..."
    return MATCHES_AS_TEXT, (f"You gave one text, {shown} (an excerpt of the sentence, or the matches joined), not a "
                             "list: re.findall gives a list with one text per match, each the number alone.")


def one_match_as_text(given, want: list[str]) -> tuple[str, str] | None:
    """(code, message) for a text that is one of the matches asked for ('160余'), given where re.findall's list of
    them all is asked; None for anything else. With one match asked, that is the whole answer in another form: no
    slip (the judge reads it as the list)."""
    if not isinstance(given, str) or given.strip() not in want or len(want) < 2:
        return None
    first = given.strip() == want[0]
    which = (f"the first of the {len(want)} the sentence holds, what re.search(...).group() gives" if first
             else f"match {want.index(given.strip()) + 1} of the {len(want)} the sentence holds")
    return ONE_MATCH_AS_TEXT, (f"You gave one match as a text, {given.strip()!r} ({which}); re.findall gives a list "
                               "of them all, one text per match. Store that list.")
