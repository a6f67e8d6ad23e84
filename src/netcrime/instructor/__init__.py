"""Instructor-only material: never part of a student or assignment build.

The grader loads this subpackage in its own process; the student build of the
package (``netcrime.grading.student_build``) leaves the whole folder out, so a
sandboxed kernel cannot read it. What lives here:

- ``heldout_cases.csv``: 42 fictional cases for lesson 03's classifier
  question (q2), written by a second author who saw neither the decision guide
  nor the course's case set, in varied forms (a victim's message, a relative's
  account, a police summary, a news brief, a merchant's complaint, a court
  record). Every person, firm, app and place in them is invented. Reviewed for
  the course: the author's type codes mapped to the course's; three wording
  changes (H02 says the sentence was for extortion; H16 and H18 no longer
  put the weight on the person targeted); each ambiguous case also accepts its
  other reading. Use :func:`heldout_cases`.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..schemas import CRIME_TYPES, YES_NO, Column, Schema

HERE = Path(__file__).resolve().parent

HELDOUT_CASES = Schema(
    file="heldout_cases.csv",
    row_is="one fictional case written for the course by a second author (instructor-only)",
    key="id",
    columns=(
        Column("id", "str", "H01, H02, ..."),
        Column("text", "str", "the fictional case, in the form named in 'form'"),
        Column("primary_type", "str", "the type the author judged main", allowed=CRIME_TYPES),
        Column("secondary_type", "str", "a second type, for combined cases", required=False, allowed=CRIME_TYPES),
        Column("accepted", "str", "types a fair grader accepts as the main label, ';'-separated: the main and "
               "second type, and for ambiguous cases the other reading"),
        Column("form", "str", "the voice the case is written in",
               allowed=("message", "account", "complaint", "police summary", "news brief", "court record")),
        Column("ambiguous", "str", "whether two readings are defensible (explained in notes)", allowed=YES_NO),
        Column("notes", "str", "the author's decisive clue; for ambiguous cases both readings"),
    ),
)


def heldout_cases() -> pd.DataFrame:
    """The held-out cases, validated against ``HELDOUT_CASES``; ``accepted`` as a tuple of codes."""
    from ..data import DataError, load

    frame = load(HELDOUT_CASES, HERE)
    frame["accepted"] = frame["accepted"].map(lambda s: tuple(c.strip() for c in s.split(";") if c.strip()))
    bad = [c for codes in frame["accepted"] for c in codes if c not in CRIME_TYPES]
    if bad:
        raise DataError(f"{HELDOUT_CASES.file}: '{bad[0]}' in column 'accepted' is not a type code")
    return frame
