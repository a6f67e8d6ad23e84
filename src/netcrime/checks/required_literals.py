"""Literal words one of which every match of a regular expression contains: a cheap test before a costly scan.

Why: most of the claim vocabulary's patterns (``claims``) are scanned over every chart text read, and most texts hold
none of the words a pattern needs ("wiped out", "打掉"). ``in`` on a lower-cased text is far cheaper than ``re``'s
scan, which has no such prefilter of its own: on the tests' claim-heavy texts a pattern tried only where one of its
literals occurs leaves 40% less scanning (issue #15, round 13's measure), with the same matches.

``required(parsed)`` reads the tree ``re._parser.parse`` makes (the compiler's first step, which ``kept_patterns``
takes anyway): a run of literal characters is required where it stands; a group, an atomic group, or a repeat of
at least once requires what its body requires; an alternation requires one of what each branch requires (none if
any branch requires nothing); anything else (a class, a look-around, an optional part) requires nothing and ends a
run. Of the requirements found in sequence, the one whose shortest literal is longest is kept. Literals are lower
case and hold only ASCII and CJK characters (U+2E80 and above): those, on an ASCII text, match under IGNORECASE only
an ASCII character with the same lower case, or (CJK) nothing, so ``admits`` may test them against ``text.lower()``
(some other letters fold to ASCII ones: the Kelvin sign to "k"; such a character ends a run instead).
"""
from __future__ import annotations

from re import _constants as C

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _usable(code: int) -> bool:
    return code < 128 or code >= 0x2E80


def _best(found: list) -> tuple[str, ...] | None:
    found = [literals for literals in found if literals]
    if not found:
        return None
    return max(found, key=lambda literals: (min(map(len, literals)), -len(literals)))


def required(items) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of ``items`` (a parsed pattern) contains; None if none is known."""
    found, run = [], []

    def end_run() -> None:
        if run:
            found.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is C.LITERAL and _usable(av):
            run.append(chr(av).lower())
            continue
        end_run()
        if op is C.SUBPATTERN:
            found.append(required(av[3]))
        elif op is C.ATOMIC_GROUP:
            found.append(required(av))
        elif op in _REPEATS and av[0] >= 1:
            found.append(required(av[2]))
        elif op is C.BRANCH:
            branches = [required(branch) for branch in av[1]]
            found.append(None if any(b is None for b in branches) else tuple(sorted(set().union(*branches))))
    end_run()
    return _best(found)


def admits(literals: tuple[str, ...] | None, lowered: str | None) -> bool:
    """Whether a pattern needing one of ``literals`` may match a text whose lower case is ``lowered`` (None: a text
    that is not ASCII, which is always scanned)."""
    return literals is None or lowered is None or any(map(lowered.__contains__, literals))  # no generator: #15
