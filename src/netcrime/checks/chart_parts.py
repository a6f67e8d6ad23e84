"""A chart question in three parts, for partial credit: its form, its words, its baseline.

A chart question asks for several things at once. ``chart_parts`` splits one ``vegalite.chart``
judge into the parts an instructor would mark separately, each judged by ``chart`` itself with
only its own checks switched on:

- the form: the mark, the fields and types on each channel, and the lesson's layout rules
  (panels per unit, no stacking of a subset, the release's order...);
- the words: a title and a description, claiming only what the figures show (claim rules,
  a required limitation);
- the baseline: bars start at zero (``zero=False``, a domain or a clamp that cuts it).

    q5 = Question(id="q5", reads=("decline_chart",), parts=chart_parts(
        mark="bar", encodings={...}, form=[decline_as_remaining], words=[index_stated, *claims],
        baseline=[cut_baseline]))

The question is Correct when every part is (its message is the first failing part's); otherwise
it earns the points of the parts that pass. ``baseline=None`` leaves the baseline part out (a
timeline of points has none).
"""
from __future__ import annotations

from typing import Mapping, Sequence

from .parts import Part
from .vegalite import chart

FORM = "the form asked for (mark, fields and types, layout)"
WORDS = "a title and a description that claim only what the figures show"
BASELINE = "a baseline at zero"


def chart_parts(*, mark: str | Sequence[str] | None = None,
                encodings: Mapping[str, Mapping] | Sequence[Mapping] | None = None,
                form: Sequence = (), words: Sequence = (), baseline: Sequence | None = (),
                points: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> list[Part]:
    """The parts of one chart question (see the module's docstring); ``points`` = form, words, baseline."""
    quiet = dict(require_title=False, require_description=False)
    parts = [Part(FORM, points[0], chart(mark=mark, encodings=encodings, rules=list(form), zero=False,
                                         rows_needed=True, **quiet)),
             Part(WORDS, points[1], chart(rules=list(words), zero=False))]
    if baseline is not None:
        parts.append(Part(BASELINE, points[2], chart(rules=list(baseline), zero=True, rows_needed=True, **quiet)))
    return parts
