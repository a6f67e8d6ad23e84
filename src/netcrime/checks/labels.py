"""Reading a label the way a fair teacher reads it.

A student who writes "(b)", "B." or " b) " for option b, "Apprehended" or
"aprehended" for "apprehended", or "telecom fraud" for the code
"telecom_fraud" knows the answer. ``read_label`` finds which of the known
labels an answer means, in three steps from strict to forgiving:

1. the same text once case, spacing and full-width forms are set aside
   (``values.normalise_text``);
2. the same once brackets, dots, hyphens, underscores and other punctuation
   are set aside (``label_key``): option letters and "lower-bound" /
   "lower bound" meet here; then the same in the course's British spelling
   ("organizations", "analyze", "labor": ``british_spelling``) with small
   numbers in words ("1 year" for "one year": ``written_form``), a way of
   writing and not a slip, so no typo rule can turn it away; and an option
   followed by what it is of ("unit of count" for "unit"), with a note;
3. one slip of the keyboard (two in a long word) away from one label, and
   clearly nearer to it than to any other label (``typo_distance``).

Typo forgiveness must never turn a wrong answer into a right one, so step 3
reads a slip only when all of these hold (``_typo_reading``):

- the first letters agree. Slips happen inside a word; a different first
  letter usually makes a different word ("bounded" is not "rounded",
  "extortion" is not "sextortion");
- the typed text is not made of words the question itself uses (its labels
  and aliases): "extortion" is a word of "publicity extortion", so it is a
  word the student chose, not a slip;
- no other label is as near, or one edit nearer. Forms of the same label
  (aliases, or "paid troll" / "paid trolls" given as one answer) do not
  compete with each other: "paid trols" reads as the nearest of them.

Without a dictionary a real word that shares the first letter and is not in
the question's vocabulary (say "rounder") is still read as the label; such a
word is almost always the slip it looks like.

The reading carries a gentle note when the form matters (a misspelt word, a
code whose underscore became a space), so a right answer is accepted and the
student still learns the exact form. Every comparator reads labels here
(``choice``, ``choices``, ``text``, ``mapping``), and so can a lesson's own
judge: call ``read_label`` rather than normalising by hand.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from .values import normalise_text

_PUNCTUATION = re.compile(r"[\s_\-‐‑‒–—]+")


@lru_cache(maxsize=16384)  # a pure function of the text, asked for every label on every reading
def label_key(text: str) -> str:
    """The loose form of a label: case, spacing, punctuation, hyphens and underscores set aside.

    "(B)", "b.", " b) " -> "b"; "Lower-bound" and "lower_bound" -> "lower bound".
    Chinese characters and digits are kept as they are.
    """
    text = normalise_text(text)
    text = _PUNCTUATION.sub(" ", text)
    kept = "".join(ch for ch in text if ch == " " or not unicodedata.category(ch).startswith(("P", "S")))
    return " ".join(kept.split())


_IZE = re.compile(r"(?<=\w{3})([iy])z(e|es|ed|ing|ation|ations|er|ers)\b")  # organize(d), -ization, analyze
_OR_OUR = re.compile(r"\b(behavi|col|fav|hon|lab|neighb|harb)ou?r(s|ed|ing|ers)?\b")  # labor / labour
_ER_RE = re.compile(r"\b(cent|theat|fib|lit)(?:er|re)(s?)\b")  # center / centre


_OF = re.compile(r"^(.+?) of (.+)$")  # an option and what it is of: 'unit of count'
_NUMBER_WORDS = dict(enumerate("zero one two three four five six seven eight nine ten".split()))


# Words that say what a label's own word says, folded to it (review round 18: 05 q11's basis 'implicit' for 'implied'
# and 05 q14's 'other source' for 'another source' were turned away): the same sense in another form, not a slip.
_SAME_SENSE = {"implicit": "implied", "implicitly": "implied", "explicitly": "explicit", "another": "other"}
_SAME_SENSE_WORD = re.compile(r"\b(" + "|".join(_SAME_SENSE) + r")\b")


@lru_cache(maxsize=16384)  # a pure function of the key: a reading folds every label's key each time (issue #15)
def written_form(key: str) -> str:
    """A loose key as the course writes a label: British spelling (``british_spelling``), a small whole number in
    words ('1 year' -> 'one year', review round 14, FINAL: 01 q13) and a word in another form of the same sense
    ('implicit' -> 'implied', 'another' -> 'other': ``_SAME_SENSE``). Both the answer and the labels are folded."""
    key = _SAME_SENSE_WORD.sub(lambda m: _SAME_SENSE[m.group(1)], key)
    return british_spelling(re.sub(r"\b(10|[0-9])\b", lambda m: _NUMBER_WORDS[int(m.group(1))], key))


def british_spelling(key: str) -> str:
    """A loose key with American spellings folded the course's (British) way: 'organizations' -> 'organisations',
    'analyze' -> 'analyse', 'labor' -> 'labour', 'center' -> 'centre'. A spelling convention is not a slip (review
    round 14: 'gang organizations' was turned away once the question's vocabulary held 'organizations'). Both the
    answer and the labels are folded, so a word with a 'z' of its own ('size') meets itself."""
    key = _IZE.sub(lambda m: ("is" if m.group(1) == "i" else "ys") + m.group(2), key)
    key = _OR_OUR.sub(lambda m: m.group(1) + "our" + (m.group(2) or ""), key)
    return _ER_RE.sub(r"\1re\2", key)


def typo_distance(a: str, b: str, limit: int | None = None, swaps: bool = True) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from ``a`` to ``b`` (Damerau-Levenshtein, restricted).
    ``swaps=False`` counts a swap of two neighbours as two edits (plain Levenshtein), for readers that forgive
    fewer slips.

    With ``limit``, any distance above it is returned as ``limit + 1`` (found sooner: only the cells within
    ``limit`` of the table's diagonal are computed, since a path through any other cell already costs more,
    and a row of the table whose every entry is above the limit can only lead to more); below, it is exact.
    Every reading of a label asks this of every label (hundreds of thousands of times in the checks' tests),
    so the band matters."""
    if a == b:
        return 0
    if limit is None:
        limit = max(len(a), len(b))  # no distance is larger: the band is the whole table
    elif abs(len(a) - len(b)) > limit:
        return limit + 1
    elif limit <= 2 and (_absent(a, b, limit) or _absent(b, a, limit)):
        return limit + 1
    above = limit + 1  # every distance beyond the limit is stored as this (it can only grow along a path)
    n = len(b)
    previous2: list[int] = []
    previous = [j if j <= limit else above for j in range(n + 1)]
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        low, high = max(1, i - limit), min(n, i + limit)
        current = [above] * (n + 1)
        if i <= limit:
            current[0] = i
        row_min = current[0]
        for j in range(low, high + 1):
            cb = b[j - 1]
            best = previous[j - 1] if ca == cb else previous[j - 1] + 1
            if previous[j] + 1 < best:
                best = previous[j] + 1
            if current[j - 1] + 1 < best:
                best = current[j - 1] + 1
            if swaps and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and previous2[j - 2] + 1 < best:
                best = previous2[j - 2] + 1
            if best > above:
                best = above
            current[j] = best
            if best < row_min:
                row_min = best
        if row_min > limit and min(previous) > limit:
            return above  # a swap reaches back two rows: both beyond the limit, no path comes back
        previous2, previous = previous, current
    return min(previous[-1], above)


def _absent(a: str, b: str, limit: int) -> bool:
    """Whether more than ``limit`` letters of ``a`` are absent from ``b``: each needs an edit of its own (a delete or
    a replace; a swap moves two letters but changes none), so the distance is above the limit. A cheap refusal
    of most pairs of unlike words, which are most of what a reading compares."""
    letters = set(b)
    absent = 0
    for ch in a:
        if ch not in letters:
            absent += 1
            if absent > limit:
                return True
    return False


@lru_cache(maxsize=16384)  # a pure function of the label, asked for every label on every reading
def typos_allowed(key: str) -> int:
    """How many slips a label of this length forgives: none under 5 letters, 1 up to 9, then 2.

    The label is the one the course knows, so a slip that shortens a word is judged by the word.
    Only Latin-letter labels forgive slips.
    """
    letters = len(key.replace(" ", ""))
    if letters < 5 or not any(ch.isalpha() for ch in key) or not key.isascii():
        return 0  # in Chinese one character more or less is another word, not a slip
    return 1 if letters < 10 else 2


CUT_SHORT = "cut_short"  # ``Reading.how`` for an option given cut short: read as no label, the note says which
CUT_FROM_WRONG = "cut_from_wrong"  # ``Reading.how`` for a text cut short from one wrong option, read as that option


@dataclass(frozen=True)
class Reading:
    """What an answer was read as: one of the labels (or None) and a note for the student.

    ``how`` is "exact", "form", "typo", "none" or ``CUT_SHORT``: the first words of one or more labels
    ('enforcement' for 'enforcement activity', 'lower' for 'lower bound'). A label cut short is NOT credited (round 13,
    #19: the option is the answer, its first word is not); its reading has no label and a note naming the option(s)
    it begins, which every comparator gives as the verdict (``cut_short_verdict``)."""

    label: str | None
    note: str = ""
    how: str = "none"
    begun: tuple = ()  # for a label cut short: the labels it begins

    @property
    def cut_short(self) -> bool:
        return self.how == CUT_SHORT

    def wrong_if_cut(self, is_right) -> "Reading":
        """A reading cut short from ONE label that is not the right one, read as that label with the note (its wrong
        idea is the verdict: 'crimes' for 'crimes committed' where 'suspects apprehended' is right); any other reading
        as it is (cut short from the right label, or from several: the form verdict)."""
        if self.cut_short and len(self.begun) == 1 and not is_right(self.begun[0]):
            return Reading(self.begun[0], f"({self.note})", CUT_FROM_WRONG, self.begun)
        return self


_ARTICLE = re.compile(r"^(?:the|a|an) (?=\S)")
_CHINESE_GLOSS = re.compile(r"(?<!\s)\s*[(（][^()（）]*[\u3400-\u9fff][^()（）]*[)）]\s*")  # (?<!\s): one try per
# run of spaces, not one per space (round 15: 20,000 spaces took 4 s)
_NOTE_AFTER = re.compile(r"(?<!\s)\s*[(（\[][^()（）\[\]]+[)）\]]\s*$")  # 'implied (calendar 2023)': a note after a label
# ... but not a hedge or a denial in brackets ('leads (not sure)', 'trend (or outcome?)'): the label is not chosen
_HEDGE = re.compile(r"\?|\b(?:not|no|never|unsure|sure|maybe|perhaps|or|guess|possibly|probably)\b", re.I)


def read_label(value, labels: Iterable[str], *, aliases: Mapping[str, str] | None = None) -> Reading:
    """Which of ``labels`` the text ``value`` means (see the module's docstring).

    ``aliases`` maps other words to one of the labels ('activity' for
    'enforcement activity'); they are read with the same forgiveness. A value
    that is not text, or is near two labels at once, reads as no label. The
    Chinese word added in brackets, as the lessons write terms ("leads (线索)"),
    is set aside when the answer does not read with it.
    """
    labels = tuple(labels)
    if type(value) is str:
        try:
            return _read_text(value, labels, tuple(dict(aliases or {}).items()))
        except TypeError:  # a label or alias that cannot be remembered (unhashable): read it afresh
            pass
    return _read_label(value, labels, aliases)


@lru_cache(maxsize=32768)
def _read_text(value: str, labels: tuple, aliases: tuple) -> Reading:
    """``read_label`` of a text, remembered: a pure function of the text, the labels and the aliases, asked again
    and again for the same few thousand texts by a question's rules and parts (about 37,000 readings of 7,800
    distinct ones in make check's heaviest files). It keeps texts and labels, no verdict."""
    return _read_label(value, labels, dict(aliases))


def _read_label(value, labels: tuple, aliases: Mapping[str, str] | None) -> Reading:
    reading = _read(value, labels, aliases)
    if reading.label is None and isinstance(value, str) and _CHINESE_GLOSS.search(value):
        without = _CHINESE_GLOSS.sub(" ", value).strip()
        if without:
            return _read(without, labels, aliases)
    if reading.label is None and isinstance(value, str) and (note := _NOTE_AFTER.search(value)) \
            and not _HEDGE.search(note.group(0)) \
            and not all(len(label_key(label)) == 1 for label in labels):  # a letter's brackets: compare.choice reads them
        # 'implied (calendar 2023)': a label and the student's note in brackets (review round 14, A10)
        without = _NOTE_AFTER.sub("", value).strip()
        read = _read(without, labels, aliases) if without else Reading(None)
        if read.label is not None and not read.cut_short:
            return Reading(read.label, f"(Read {value.strip()!r} as {read.label!r}: the words in brackets were not "
                                       "read. Write the label alone.)", "form")
    if reading.label is None and isinstance(value, str) and len(value) <= LONGEST_REASONED \
            and (reason := _REASON_AFTER.match(value)) \
            and not _REASON_HEDGE.search(reason.group("reason")) \
            and not all(len(label_key(label)) == 1 for label in labels):  # a letter and its reason: compare.choice's
        # 'r2022jul_mafia: since 2021', 'implied, because no year is named': a label, then the student's reason
        # (round 15: E2's rule for letters, for every label)
        read = _read(reason.group("label"), labels, aliases)
        pieces = [p for p in re.split(r"[,;/&:]|\band\b|\bor\b", reason.group("reason")) if p.strip()]
        several = any(_read(p, labels, aliases).label is not None for p in pieces)  # 'trap_loan, debt_harassment'
        if read.label is not None and not read.cut_short and read.how in ("exact", "form") and not several:
            shown = value.strip() if len(value.strip()) <= 40 else value.strip()[:37] + "..."
            return Reading(read.label, f"(Read {shown!r} as {read.label!r}: the words after it are your reason and "
                                       "were not read. Write the label alone.)", "form")
    return reading


# A label, then a reason after a colon, a comma or semicolon, a dash, or 'because' (not a hedge: 'trend, or outcome?',
# 'implied: not sure'; a reason may deny another label: 'enforcement activity, not an outcome')
_REASON_HEDGE = re.compile(r"\?|\bnot sure\b|\b(?:maybe|perhaps|unsure|guess|possibly|probably|either)\b|^\s*or\b", re.I)
LONGEST_REASONED = 400  # a label and a line of reason; a longer text is read as it is (and the pattern stays cheap)
_REASON_AFTER = re.compile(r"^\s*(?P<label>[^:;,\u2013\u2014\s][^:;,\u2013\u2014]{0,80}?)\s*(?::|;|,|\s-\s|\s[\u2013\u2014]\s|\s+(?=because\b))\s*"
                           r"(?P<reason>\S.*)$", re.S)


def _read(value, labels: Iterable[str], aliases: Mapping[str, str] | None) -> Reading:
    if not isinstance(value, str):
        return Reading(None)
    forms: dict[str, str] = {}  # a written form -> the label it stands for
    for label in labels:
        forms.setdefault(label, label)
    for alias, label in dict(aliases or {}).items():
        forms.setdefault(alias, label)
    if not forms:
        return Reading(None)
    norm = normalise_text(value)
    for form, label in forms.items():
        if normalise_text(form) == norm:
            return _cut_short_reading(value, (label,)) if _begins(form, label) else Reading(label, how="exact")
    key = label_key(value)
    if not key:
        return Reading(None)
    if all(len(label_key(form)) == 1 for form in forms):  # option letters: "option b", "answer: B" mean b
        key = re.sub(r"^(?:option|answer|choice) (?=\w$)", "", key)
    by_key: dict[str, set[str]] = {}
    for form, label in forms.items():
        by_key.setdefault(label_key(form), set()).add(label)
    if len(by_key.get(key, ())) == 1:
        label = next(iter(by_key[key]))
        written = next((form for form in forms if label_key(form) == key), label)
        if _begins(written, label):
            return _cut_short_reading(value, (label,))
        return Reading(label, _form_note(value, label), "form")
    if key in by_key:  # two labels share this loose form: do not guess
        return Reading(None)
    bare = _ARTICLE.sub("", key)  # 'the police', 'a survey': the article set aside, never read as a slip
    by_spelling: dict[str, set[str]] = {}  # 'gang organizations' for 'gang organisations', '1 year' for 'one year'
    for form_key, form_labels in by_key.items():
        by_spelling.setdefault(written_form(form_key), set()).update(form_labels)
    if bare not in by_key and len(by_spelling.get(spelled := written_form(bare), ())) == 1:
        label = next(iter(by_spelling[spelled]))
        return Reading(label, f"(Read {value.strip()!r} as {label!r}, written as the course writes it.)", "form")
    if bare != key and len(by_key.get(bare, ())) == 1:
        return Reading(next(iter(by_key[bare])), how="form")
    by_singular: dict[str, set[str]] = {}  # 'enforcement activities' for 'enforcement activity': the same option
    for form_key, form_labels in by_key.items():
        by_singular.setdefault(_singular(written_form(form_key)), set()).update(form_labels)
    vocabulary = {word for form_key in by_key for word in form_key.split()}  # 'extortion', a word of 'publicity
    singular = _singular(written_form(bare))
    if len(by_singular.get(singular, ())) == 1 and not set(bare.split()) <= vocabulary:  # extortion': chosen
        label = next(iter(by_singular[singular]))
        return Reading(label, f"(Read {value.strip()!r} as {label!r}: write the option as the question gives it.)",
                       "form")
    if (head := _OF.match(bare)) is not None and len(by_key.get(head.group(1), ())) == 1 \
            and not any(form_key in head.group(2).split() or f" {form_key} " in f" {head.group(2)} "
                        for form_key in by_key):  # 'unit of count' (05 q14); 'scope of the unit' names two options
        label = next(iter(by_key[head.group(1)]))
        return Reading(label, f"(Read {value.strip()!r} as {label!r}: the words after it were not read. Write the "
                              "option alone.)", "form")
    reordered = {label for form_key, form_labels in by_key.items() if len(form_key.split()) > 1
                 and all(any(ch.isalpha() for ch in word) for word in form_key.split())  # words, not a date's numbers
                 and sorted(form_key.split()) == sorted(bare.split()) for label in form_labels}
    if len(reordered) == 1:  # round 15: 'apprehended suspects' for 'suspects apprehended', the same words reordered
        label = next(iter(reordered))
        return Reading(label, f"(Read {value.strip()!r} as {label!r}: write the option as the question gives it.)",
                       "form")
    formed = {label for form_key, form_labels in by_key.items() if " " not in form_key and " " not in bare
              and _stems(form_key) & _stems(bare) for label in form_labels}
    if len(formed) == 1 and bare not in vocabulary:  # review round 18: 04 yt2's 'intimidated' for 'intimidation'
        label = next(iter(formed))
        return Reading(label, f"(Read {value.strip()!r} as {label!r}, another form of its word: write the option as "
                              "the question gives it.)", "form")
    found = _typo_reading(key, by_key)
    if found is None:
        begun = labels_begun(key, labels)
        return _cut_short_reading(value, begun) if begun else Reading(None)
    label, nearest = found
    written = next(form for form in forms if label_key(form) == nearest)  # the form the slip was nearest to
    return Reading(label, f"(Read {value.strip()!r} as {written!r}: check the spelling.)", "typo")


_SUFFIXES = ("ation", "ion", "ing", "ed", "es", "s", "e")  # one word's grammatical forms: intimidat-ed / -ion
_SHORTEST_STEM = 6  # a shorter stem is shared by words of other senses ('expos-ed', 'expos-ure' is not stemmed)


def _stems(word: str) -> set[str]:
    """A one-word key, and it without each grammatical ending it may have (``_SUFFIXES``), each stem at least
    ``_SHORTEST_STEM`` letters: 'intimidated' and 'intimidation' share 'intimidat', 'reported' and 'report' share
    'report'. Empty for a shorter word."""
    return {word[:len(word) - len(suffix)] for suffix in ("", *_SUFFIXES)
            if word.endswith(suffix) and len(word) - len(suffix) >= _SHORTEST_STEM}


@lru_cache(maxsize=16384)  # a pure function of the key, asked for every label's key on a reading (issue #15)
def _singular(key: str) -> str:
    """Each word of a loose key in the singular, roughly ('activities' -> 'activity', 'gangs' -> 'gang'): a plural and
    a singular of one option are one answer."""
    return " ".join(w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else w[:-1] if w.endswith("s") and len(w) > 3
                    and not w.endswith("ss") else w for w in key.split())


def _begins(form: str, label: str) -> bool:
    """Whether ``form`` (an alias of ``label``) is only the label's first words: 'lower' of 'lower bound'."""
    short, full = label_key(form).split(), label_key(label).split()
    return form != label and bool(short) and len(short) < len(full) and full[:len(short)] == short


SHORTEST_CUT = 3  # 'lo', 'en': fewer letters begin too much to be read as anything


def labels_begun(key: str, labels: Iterable[str]) -> tuple[str, ...]:
    """The labels the loose text ``key`` is the start of ('enforcement' of 'enforcement activity', 'point' of 'point
    in time', 'f2025 online' of the code 'f2025_online_orgs', 'enforcement act' or 'tre' of 'trend': a word cut too),
    in their order; () for a text of fewer than ``SHORTEST_CUT`` letters or one that begins no label. Asked after a
    typo reading, so a word one letter short ('suspect' for 'suspects') is read as the slip it is first."""
    if len(key.replace(" ", "")) < SHORTEST_CUT:
        return ()
    begun = tuple(dict.fromkeys(label for label in labels if isinstance(label, str)
                                and len(full := label_key(label)) > len(key) and full.startswith(key)))
    # round 15: the last words of one option ('activity' of 'enforcement activity', 'bound' of 'lower bound') are a
    # part of it too, told as such, not 'not one of the answers allowed here'
    return begun or tuple(dict.fromkeys(label for label in labels if isinstance(label, str)
                                        and (full := label_key(label)).endswith(" " + key)))


def _cut_short_reading(value: str, begun: tuple[str, ...]) -> Reading:
    return Reading(None, cut_short_message(value, begun), CUT_SHORT, tuple(begun))


def cut_short_message(value: str, begun: Iterable[str]) -> str:
    """"'enforcement' is the start of the option 'enforcement activity': write the whole option." (one option), or the
    options it begins, named (round 13, #19: an option cut short is not credited; the verdict says which it begins)."""
    begun = list(begun)
    shown = value.strip() if len(value.strip()) <= 40 else value.strip()[:37] + "..."
    part = "the start" if all(label_key(b).startswith(label_key(value)) for b in begun) else "part"
    if len(begun) == 1:
        return f"{shown!r} is {part} of the option {begun[0]!r}: write the whole option."
    listed = ", ".join(repr(b) for b in begun[:-1]) + f" and {begun[-1]!r}"
    return f"{shown!r} is {part} of the options {listed}: write the whole option you mean."


def _typo_reading(key: str, by_key: Mapping[str, set[str]]) -> tuple[str, str] | None:
    """(the label ``key`` is a slip for, the form it is nearest to), or None (the rule is in the module's docstring)."""
    if len(key) < 3 or not any(ch.isalpha() for ch in key):
        return None
    # First the labels the text can be a slip for, each within its own allowance (1 or 2 edits); only when the
    # nearest of them may be a slip are rivals looked for, within one edit more. Most texts stop at the first step.
    readable = []
    for form in by_key:
        allowed = typos_allowed(form)
        if allowed and (d := typo_distance(key, form, limit=allowed)) <= allowed:
            readable.append((d, form))
    if not readable:
        return None
    best, nearest = min(readable)
    if not may_be_slip(key, nearest, by_key):
        return None
    near = {label for form, labels in by_key.items() if typo_distance(key, form, limit=best + 1) <= best + 1
            for label in labels}
    if len(near) != 1:
        return None  # as near (or nearly as near) to another label: not a slip we can read
    return next(iter(near)), nearest


def may_be_slip(typed: str, form: str, forms: Iterable[str]) -> bool:
    """Whether ``typed`` (a loose key) can be a slip for ``form`` among the question's ``forms``.

    No when the first letters differ ("bounded" for "rounded", "extortion" for
    "sextortion"), or when every word typed is a word the forms themselves use
    ("extortion", a word of "publicity extortion"): then the student chose a
    word, and reading it as another would turn a wrong answer into a right one.
    ``classify.type_code`` applies the same rule to its close matches.
    """
    if not typed or not form or typed[0] != form[0]:
        return False
    vocabulary = {word for each in forms for word in label_key(each).split()}
    return not all(word in vocabulary for word in typed.split())


def _form_note(value: str, label: str) -> str:
    """A note when the written form differs in a way code cares about (an underscore)."""
    if "_" in label and "_" not in value:
        return (f"(Read {value.strip()!r} as {label!r}. In code, write it exactly {label!r}: "
                "a filter or a dict lookup only matches the exact form.)")
    return ""


# Everyday words for the course's option words: a student who writes "went up" where the options are
# rose/fell/flat means "rose". ``compare.choice`` and ``compare.text`` read them as aliases of the option.
EVERYDAY = {
    "rose": ("went up", "increased", "rise", "rises", "risen", "grew", "up", "rising", "increase"),
    "fell": ("went down", "decreased", "dropped", "declined", "fall", "falls", "fallen", "down", "falling",
             "decrease"),
    "flat": ("unchanged", "stayed the same", "stayed flat", "level", "stable", "steady", "no change"),
}


def everyday_aliases(options: Iterable[str]) -> dict[str, str]:
    """{everyday word: option} for the options that have everyday words (none for an option not offered)."""
    offered = {label_key(o): o for o in options}
    return {word: offered[key] for key, words in EVERYDAY.items() if key in offered for word in words
            if label_key(word) not in offered}


_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_date_object(value) -> bool:
    """A Timestamp, datetime or date (anything with a year, month and day that is not text)."""
    return not isinstance(value, str) and all(hasattr(value, part) for part in ("year", "month", "day"))


def read_date_value(value) -> tuple[str | None, bool]:
    """(ISO date, whether sure) for a date written any way (``read_date``) or given as a Timestamp or date."""
    if is_date_object(value):
        try:
            return f"{int(value.year):04d}-{int(value.month):02d}-{int(value.day):02d}", True
        except (TypeError, ValueError):  # NaT
            return None, False
    return read_date(value) if isinstance(value, str) else (None, False)


def read_date(text: str) -> tuple[str | None, bool]:
    """(the ISO date 'YYYY-MM-DD' that ``text`` writes, whether the reading is sure).

    '1 January 2021', 'January 1, 2021', '2021年1月1日', '2021/1/1', '2021-1-1', '2021-01-01T00:00' are sure;
    '01/02/2021' is day/month or month/day: returned with False unless both readings agree (01/01/2021). None when
    the text is no date."""
    t = normalise_text(str(text)).replace(",", " ").replace(".", " ")
    t = re.sub(r"t\d{2}:\d{2}(:\d{2})?.*$", "", t).strip()
    found = None
    if m := re.fullmatch(r"(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?", t):
        found, sure = (int(m[1]), int(m[2]), int(m[3])), True
    elif m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})", t):
        found, sure = ((int(m[3]), _MONTHS.get(m[2]), int(m[1])) if m[2] in _MONTHS else None), True
    elif m := re.fullmatch(r"([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})", t):
        found, sure = ((int(m[3]), _MONTHS.get(m[1]), int(m[2])) if m[1] in _MONTHS else None), True
    elif m := re.fullmatch(r"(\d{1,2})\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{4})", t):
        found, sure = (int(m[3]), int(m[2]), int(m[1])), m[1] == m[2] or int(m[2]) > 12 or int(m[1]) > 12
        if int(m[2]) > 12:  # month/day/year
            found = (int(m[3]), int(m[1]), int(m[2]))
    if not found:
        return None, False
    year, month, day = found
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None, False
    return f"{year:04d}-{month:02d}-{day:02d}", sure
