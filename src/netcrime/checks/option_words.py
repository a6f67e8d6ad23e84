"""Whether an answer written in words says the opposite of an option whose words it repeats.

``compare.choice`` reads an option written out in its own words as that option. Repeating an option's words is not
choosing it when the answer turns them round (review round 14, S2): "the police found *fewer* cases themselves" for
"the police finding *more* cases themselves", "about seven *times* its peak" for "about a *seventh* of its peak", "a
log axis has a zero" for "a log axis has *no* zero". Such an answer is read as no option at all.
"""
from __future__ import annotations

import re

from .phrase_reader import DENYING_WORDS

OPTION_DENIALS = (*DENYING_WORDS, "nothing", "none", "neither",  # phrase_reader.DENYING_WORDS says why three more
                  # a refusal negates what follows: 'the app refused a payment' says what 'not taking her payment' says
                  # (round 16: read as turning option (c) round once its words were matched by stem)
                  "refused", "refuse", "refuses", "refusing", "rejected", "rejects", "declined", "declines", "wouldn't")
# Words that say a direction, each with its opposite: an answer with one where the option has the other turns it round.
OPPOSITES = (("more", "fewer"), ("more", "less"), ("rise", "fall"), ("rises", "falls"), ("rose", "fell"),
             ("rising", "falling"), ("increase", "decrease"), ("increased", "decreased"), ("increases", "decreases"),
             ("higher", "lower"), ("larger", "smaller"), ("bigger", "smaller"), ("up", "down"), ("above", "below"),
             ("grew", "shrank"), ("growth", "decline"), ("gain", "loss"))
_FRACTIONS = re.compile(r"\b(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?\b")
_TIMES = re.compile(r"\btimes\b|\bfold\b")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower().replace("’", "'")))


_FUNCTION_WORDS = frozenset("a an the of in on at to by for from with is are was were be been can could may might will "
                            "would so it its that this these those as just only also any all one".split())
_SCOPE = 5  # the words a negator reaches, up to a comma or a full stop: 'never a change of filing'


def _negated_words(text: str) -> tuple[set[str], set[str]]:
    """(the content words a negator in ``text`` reaches, every other content word)."""
    negated, plain = set(), set()
    for clause in re.split(r"[,;:.!?()]|\bbut\b", text.lower().replace("’", "'")):
        words, reach = re.findall(r"[a-z']+", clause), 0
        for word in words:
            if word in OPTION_DENIALS:
                reach = _SCOPE
            elif word not in _FUNCTION_WORDS:
                (negated if reach else plain).add(word)
            reach = max(reach - 1, 0)
    return negated, plain - negated


def denies(value: str, option_text: str) -> bool:
    """One of the two negates words the other affirms, and they negate nothing in common: 'it isn't the peak' for
    'the peak', 'a log axis has a zero' for 'has *no* zero', 'a change in a count is *never* a change of filing' for
    '... can be a change of filing, *not* of behaviour' (review round 14, FINAL). 'a change of filing, not behaviour'
    negates what the option negates and stays the option; a reason that leaves the option's negated part out ('b:
    filing can change') turns nothing round (round 15, E2: counting negations alone read it as a denial)."""
    mine, mine_plain = _negated_words(value)
    theirs, their_plain = _negated_words(option_text)
    return bool(mine & their_plain or theirs & mine_plain) and not mine & theirs


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
    """Whether ``value``, which may repeat the option's words, says their opposite: words one negates and the other
    affirms, or a direction turned round."""
    value, option_text = _REPLY.sub("", value), _REPLY.sub("", option_text)
    return denies(value, option_text) or reverses(value, option_text)


# An option that begins by answering the question ('(b) no: the July 2022 figure counts since 2021, ...') says its
# 'no' to the question, not to its own words: 'b: the July figure is a since count' repeats them (review round 14,
# FINAL: 05 yt6 was told to write the letter it had written first).
_REPLY = re.compile(r"^\s*(?:yes|no)\s*[:,;.\-\u2013\u2014]\s*", re.I)
