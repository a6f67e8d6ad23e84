"""What a chart's words claim: titles, subtitles, descriptions and axis titles read as claims.

A chart is an argument, and its title makes the argument. A lesson declares a
small, explicit vocabulary of claims its figures cannot support (``Claim``: a
code, the claim in a few words, the patterns that say it, and why the figure
cannot support it); ``claim_rule`` makes a chart rule that reads every text of
a chart's spec and names the claim, quoting the words it read as the claim
and where they were.

Reading is deliberately simple and explicit, so that a verdict can always say
which words it read: words denied in their clause ("not a measure of crime",
"says nothing about whether crime fell", "a fall in crime is not shown") or
asked ("Did crime fall?") are not a claim. A denial must govern the claim's
own words (a negator a few words before them in their clause, or right after
them); a negator that affirms ("without doubt", "not by chance", "not only")
or one in another clause ("Not only were suspects caught, crime fell too")
leaves the claim asserted, and a question mark asks only its own sentence. ``required_statement`` is the
other side: a rule that a chart's words state what the question asks them to
state (a limitation, a scope).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .compare import Rule

# A denial counts only when it governs the claim's own words: a negator at most GOVERNS words before the
# claim in its clause ("not a fall in crime", "says nothing about whether crime fell", "does not show crime
# fell"), or right after it ("a fall in crime is not shown", "Victims are not counted").
NEGATION = re.compile(
    r"\b(not|no|never|neither|nor|cannot|can't|without|nothing|none|whether|rather than|instead of|"
    r"unknown|unclear|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't)\b|n't\b",
    re.IGNORECASE)
GOVERNS = 4
# Right after the claim: up to two linking words, then the negator ("is not shown", ": not shown", "it is unknown").
DENIED_AFTER = re.compile(
    r"^[\s,:\u2014\u2013-]*(?:(?:is|are|was|were|has|have|had|been|be|it|this|that|which|yet|still)\s+){0,2}"
    r"(?:not|never|cannot|can't|\w+n't|unknown|unclear|unproven|unshown)\b",
    re.IGNORECASE)
# Phrases with a negator that affirm rather than deny ("Without doubt, crime fell", "Crime fell, not by
# chance", "Not only were suspects caught, crime fell too"): blanked out before negators are looked for.
AFFIRMING_IDIOMS = re.compile(
    r"\b(?:without (?:a |any )?(?:doubt|question|fail)|no (?:doubt|question|wonder)|not only|not just|not merely|"
    r"not (?:by |a )?(?:chance|accident|coincidence)|not surprisingly|not surprising|nothing but|"
    r"never before|no longer|no more(?! than))\b",
    re.IGNORECASE)
# A negation counts only inside the claim's clause: from the last of these before the claim ...
CLAUSE_START = re.compile(r"[;:!?\n\u2014\u2013|()]|[.,](?!\d)|\bbut\b|\bhowever\b|\band\b", re.IGNORECASE)
# ... to the first of these after it (a colon or comma does not end it: "Crime fell: not shown" and
# "Crime fell, it is not shown" are denied; DENIED_AFTER reads only the words right after the claim).
CLAUSE_END = re.compile(r"[;!?\n|()]|\.(?!\d)|\bbut\b|\bhowever\b|\band\b", re.IGNORECASE)
# A question is a whole sentence ending in "?": "Crime? It fell." asks nothing about "It fell".
SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")  # "17,000" and "8.6" do not end anything

TEXT_KEYS = ("title", "subtitle", "description")
SKIPPED_KEYS = ("data", "datasets", "config", "usermeta", "$schema")
CHANNEL_KEYS = ("x", "y", "x2", "y2", "color", "size", "shape", "row", "column", "facet", "tooltip")


@dataclass(frozen=True)
class Claim:
    """A claim a chart's words can make and a question's figure cannot support.

    ``code`` and ``description``: the misconception it reveals. ``claim``: the
    claim in a few words ("crime fell"). ``patterns``: regular expressions
    (case-insensitive) that say it. ``why``: the sentence that tells the
    student why the figure cannot carry it.
    """

    code: str
    description: str
    claim: str
    patterns: tuple[str, ...]
    why: str

    def find(self, text: str) -> str | None:
        """The words of ``text`` read as this claim (asserted, not denied or asked), else None.

        Words inside a denied match stay denied: in "No evidence that online gangs were
        wiped out" the pattern with the subject is denied, so the bare "wiped out" is too.
        """
        matches = [m for pattern in self.patterns for m in re.finditer(pattern, text, re.IGNORECASE)]
        denied = [(m.start(), m.end()) for m in matches if not _asserted(text, m.start(), m.end())]
        for match in matches:
            inside_a_denial = any(start <= match.start() and match.end() <= end for start, end in denied)
            if not inside_a_denial and _asserted(text, match.start(), match.end()):
                return match.group(0).strip()
        return None


def _asserted(text: str, start: int, end: int) -> bool:
    """False when the words text[start:end] are denied, doubted or asked.

    Deliberately local: a negator denies the claim only when it governs the
    claim's words (at most ``GOVERNS`` words before them in their clause, inside
    them, or right after them), so "Without doubt, online crime fell" and
    "Online crime fell, not by chance" are claims; a question mark asks only
    the sentence it ends.
    """
    sentence_end = SENTENCE_END.search(text, end)
    if sentence_end is not None and sentence_end.group(0) == "?":
        return False  # a question claims nothing
    opening = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    before = AFFIRMING_IDIOMS.sub(" ", text[opening:start])
    negators = list(NEGATION.finditer(before))
    if negators and len(before[negators[-1].end():].split()) <= GOVERNS:
        return False
    if NEGATION.search(AFFIRMING_IDIOMS.sub(" ", text[start:end])):
        return False
    closing = CLAUSE_END.search(text, end)
    after = text[end:closing.start()] if closing else text[end:]
    after = AFFIRMING_IDIOMS.sub(" idiom ", after)
    return not DENIED_AFTER.search(after)


def chart_texts(spec) -> list[tuple[str, str]]:
    """(where, text) for every title, subtitle and description in a chart's spec.

    Axis, legend and header titles count too: an axis titled "Fall in crime"
    claims as much as a chart titled so. Data values are not the chart's words
    and are left out.
    """
    found: list[tuple[str, str]] = []

    def add(key: str, value, where: str) -> None:
        text = " ".join(map(str, value)) if isinstance(value, list) else value
        if isinstance(text, str) and text.strip():
            found.append((f"the {where} title" if where and key == "title" else f"the {key}", text))

    def visit(node, where: str) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item, where)
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key in SKIPPED_KEYS:
                continue
            if key == "title" and isinstance(value, dict):  # alt.Title(text, subtitle=...)
                add("title", value.get("text"), where)
                add("subtitle", value.get("subtitle"), where)
            elif key in TEXT_KEYS and isinstance(value, (str, list)):
                add(key, value, where)
            else:
                visit(value, key if key in CHANNEL_KEYS else where)

    visit(spec, "")
    return found


def claim_rule(claim: Claim, counts: str) -> Rule:
    """A rule that spots ``claim`` in a chart's words; ``counts`` says what this question's figure counts."""

    def spot(spec) -> str | None:
        for where, text in (chart_texts(spec) if isinstance(spec, dict) else []):
            words = claim.find(text)
            if words:
                return (f"The words '{words}' in {where} were read as the claim that {claim.claim}. The chart "
                        f"counts {counts}: {claim.why} Say only what the figure counts; a denial such as "
                        "'not a measure of crime' is fine.")
        return None

    return Rule(claim.code, claim.description, spot)


def claim_rules(claims: Sequence[Claim], counts: str) -> list[Rule]:
    return [claim_rule(claim, counts) for claim in claims]


def required_statement(code: str, description: str, patterns: Sequence[str], ask: str) -> Rule:
    """A rule that the chart's words state something the question asks for (a limitation, a scope).

    An axis title may say it too ("Index, 2019 peak = 100"). The rule stays
    silent on a chart with no title and no description at all, so that the
    engine's "no title" verdict speaks first.
    """

    def spot(spec) -> str | None:
        texts = chart_texts(spec) if isinstance(spec, dict) else []
        if not any(where in ("the title", "the subtitle", "the description") for where, _text in texts):
            return None
        joined = " ".join(text for _where, text in texts)
        if any(re.search(p, joined, re.IGNORECASE) for p in patterns):
            return None
        return f"{ask} Your title and description do not say it yet."

    return Rule(code, description, spot)
