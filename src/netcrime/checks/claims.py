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
asked ("Did crime fall?") are not a claim. ``required_statement`` is the
other side: a rule that a chart's words state what the question asks them to
state (a limitation, a scope).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .compare import Rule

# Words that, earlier in the same clause, turn what follows into a denial or a doubt.
NEGATION = re.compile(
    r"\b(not|no|never|neither|nor|cannot|can't|without|nothing|none|whether|rather than|instead of|"
    r"unknown|unclear|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't)\b|n't\b",
    re.IGNORECASE)
# Words that, later in the same clause, deny what came before ("a fall in crime is not shown").
DENIED_AFTER = re.compile(r"\b(not|never|unknown|unclear|cannot)\b|n't\b", re.IGNORECASE)
# A negation counts only inside the claim's clause: from the last of these before the claim ...
CLAUSE_START = re.compile(r"[.;:!?\n\u2014\u2013|()]|\bbut\b|\bhowever\b|\band\b", re.IGNORECASE)
# ... to the first of these after it (a colon does not end it: in "Crime fell: not shown" it is denied).
CLAUSE_END = re.compile(r"[.;!?\n|()]|\bbut\b|\bhowever\b", re.IGNORECASE)

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
        """The words of ``text`` read as this claim (asserted, not denied or asked), else None."""
        for pattern in self.patterns:
            for match in re.finditer(pattern, text, re.IGNORECASE):
                if _asserted(text, match.start(), match.end()):
                    return match.group(0).strip()
        return None


def _asserted(text: str, start: int, end: int) -> bool:
    """False when the words text[start:end] are denied, doubted or asked in their clause."""
    opening = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    closing = CLAUSE_END.search(text, end)
    after = text[end:closing.start()] if closing else text[end:]
    if closing is not None and closing.group(0) == "?":
        return False  # a question claims nothing
    return not (NEGATION.search(text[opening:start]) or NEGATION.search(text[start:end])
                or DENIED_AFTER.search(after))


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
