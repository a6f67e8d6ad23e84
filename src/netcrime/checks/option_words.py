"""Whether an answer written in words says the opposite of an option whose words it repeats.

``compare.choice`` reads an option written out in its own words as that option. Repeating an option's words is not
choosing it when the answer turns them round (review round 14, S2): "the police found *fewer* cases themselves" for
"the police finding *more* cases themselves", "about seven *times* its peak" for "about a *seventh* of its peak", "a
log axis has a zero" for "a log axis has *no* zero". Such an answer is read as no option at all.
"""
from __future__ import annotations

import re

from .phrase_reader import DENYING_WORDS

OPTION_DENIALS = (*DENYING_WORDS, "nothing", "none", "neither")  # phrase_reader.DENYING_WORDS says why three more
_NEGATIONS = re.compile(r"\b(?:" + "|".join(map(re.escape, OPTION_DENIALS)) + r")\b")
# Words that say a direction, each with its opposite: an answer with one where the option has the other turns it round.
OPPOSITES = (("more", "fewer"), ("more", "less"), ("rise", "fall"), ("rises", "falls"), ("rose", "fell"),
             ("rising", "falling"), ("increase", "decrease"), ("increased", "decreased"), ("increases", "decreases"),
             ("higher", "lower"), ("larger", "smaller"), ("bigger", "smaller"), ("up", "down"), ("above", "below"),
             ("grew", "shrank"), ("growth", "decline"), ("gain", "loss"))
_FRACTIONS = re.compile(r"\b(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?\b")
_TIMES = re.compile(r"\btimes\b|\bfold\b")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower().replace("’", "'")))


def denies(value: str, option_text: str) -> bool:
    """One of the two is negated and the other is not ('not how many there were at the peak'; 'has a zero' for
    'has no zero')."""
    return bool(_NEGATIONS.search(value.lower())) != bool(_NEGATIONS.search(option_text.lower()))


def reverses(value: str, option_text: str) -> bool:
    """The answer has a direction word whose opposite the option has (and not the word itself), or a multiple where
    the option has a fraction, or the reverse ('seven times' for 'a seventh')."""
    said, written = _words(value), _words(option_text)
    for one, other in OPPOSITES:
        for mine, theirs in ((one, other), (other, one)):
            if mine in said and theirs in written and mine not in written and theirs not in said:
                return True
    fraction_for_multiple = bool(_FRACTIONS.search(option_text.lower())) and bool(_TIMES.search(value.lower()))
    multiple_for_fraction = bool(_TIMES.search(option_text.lower())) and bool(_FRACTIONS.search(value.lower()))
    return (fraction_for_multiple and not _FRACTIONS.search(value.lower())) or \
        (multiple_for_fraction and not _TIMES.search(value.lower()))


def contradicts(value: str, option_text: str) -> bool:
    """Whether ``value``, which may repeat the option's words, says their opposite: a negation one has and the
    other lacks, or a direction turned round."""
    return denies(value, option_text) or reverses(value, option_text)
