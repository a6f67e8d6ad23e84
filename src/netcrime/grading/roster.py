"""Who is who: a class list exported from the LMS, and the exact matching of gradebook rows to it.

Three kinds of roster are read, each as the LMS writes it:

- Canvas's gradebook export (Grades > Export): ``Student, ID, SIS User ID, SIS Login ID, Section, ...``
  (a "Points Possible" row, when present, is skipped);
- Moodle's offline grading worksheet (assignment > View all submissions > Download grading
  worksheet): ``Identifier`` ("Participant 12345"), ``Full name``, ``Email address``, ...;
- any other CSV with a name column and at least one of: login/username, email, id/student id.

A gradebook row is matched by keys only, never by a similar name: the LMS id in its file name
(Canvas user id, Moodle participant id), then its student id against every id-like column of the
roster (case-insensitive). A key that fits no roster row, or several, is reported, not guessed.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .lms_names import parse_download_path


class RosterError(ValueError):
    """The roster file cannot be used; the message says why and what to export instead."""


_GENERIC_NAME = ("name", "full name", "student", "student name")
_GENERIC_KEYS = ("login", "username", "user name", "login id", "email", "email address", "e-mail", "id",
                 "student id", "id number", "sis user id", "sis login id", "netid")


@dataclass
class Person:
    """One roster row: the name to show, the keys it can be matched by, and the row as read."""

    name: str
    keys: dict[str, str]
    row: dict[str, str] = field(repr=False)
    lms_id: str | None = None  # Canvas user id or Moodle participant id


@dataclass
class Roster:
    kind: str                 # "canvas", "moodle" or "generic"
    header: list[str]
    people: list[Person]
    path: Path | None = None


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RosterError(f"{path} is not UTF-8 text: export the roster from your LMS as CSV (UTF-8).") from None
    except OSError as exc:
        raise RosterError(f"The roster {path} could not be read ({exc.strerror or exc}).") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h for h in (reader.fieldnames or [])]
    if not header:
        raise RosterError(f"{path} is empty: export the class list from your LMS as CSV.")
    return header, [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


def read_roster(path: str | Path) -> Roster:
    """Read a Canvas gradebook export, a Moodle grading worksheet or a plain class list."""
    path = Path(path)
    header, rows = _rows(path)
    names = {h.strip().lower(): h for h in header}
    if "identifier" in names and "grade" in names and "last modified (grade)" in names:
        people = []
        for row in rows:
            ident = row.get(names["identifier"], "")
            number = ident.rsplit(" ", 1)[-1]
            keys = {k: row[names[k]] for k in ("email address", "id number") if k in names and row.get(names[k])}
            people.append(Person(row.get(names.get("full name", ""), "") or ident, keys, row,
                                 number if number.isdigit() else None))
        return Roster("moodle", header, people, path)
    if "student" in names and "id" in names and "sis login id" in names:
        people = []
        for row in rows:
            name = row.get(names["student"], "")
            if name.lower() in {"points possible", "student, test"} or not row.get(names["id"]):
                continue  # Canvas's points row and its test student are not students
            keys = {k: row[names[k]] for k in ("id", "sis user id", "sis login id") if row.get(names[k])}
            people.append(Person(name, keys, row, row.get(names["id"]) or None))
        return Roster("canvas", header, people, path)
    name_column = next((names[n] for n in _GENERIC_NAME if n in names), None)
    key_columns = [n for n in _GENERIC_KEYS if n in names]
    if name_column is None or not key_columns:
        raise RosterError(f"{path} has columns {', '.join(header)}; a roster needs a name column "
                          "(name, full name or student) and an id column (login, username, email or id). "
                          "Canvas: export the gradebook; Moodle: download the grading worksheet.")
    people = [Person(row.get(name_column, ""), {k: row[names[k]] for k in key_columns if row.get(names[k])}, row)
              for row in rows]
    return Roster("generic", header, people, path)


@dataclass
class Match:
    """What became of one gradebook row."""

    student: str
    person: Person | None
    how: str          # "canvas user id 123", "login", ..., or why it did not match
    late: bool = False


def match_rows(roster: Roster, rows: list[dict[str, str]]) -> tuple[list[Match], list[Person]]:
    """Each gradebook row matched to exactly one person, or not; and the people with no row.

    A person matched by two rows is a conflict: both rows are unmatched and say so.
    """
    by_key: dict[str, list[Person]] = {}
    by_lms: dict[str, list[Person]] = {}
    for person in roster.people:
        for value in set(v.strip().lower() for v in person.keys.values() if v.strip()):
            by_key.setdefault(value, []).append(person)
        if person.lms_id:
            by_lms.setdefault(person.lms_id, []).append(person)
    matches = []
    for row in rows:
        student = row.get("student", "")
        lms = parse_download_path(row.get("source", ""))
        late = bool(lms and lms.late)
        found, how = [], ""
        if lms and lms.lms == roster.kind and lms.user_id in by_lms:
            found, how = by_lms[lms.user_id], f"{lms.lms} id {lms.user_id} in the file name"
        elif student.strip().lower() in by_key:
            found = by_key[student.strip().lower()]
            column = next(k for k, v in found[0].keys.items() if v.strip().lower() == student.strip().lower())
            how = f"student id = roster {column}"
        if len(found) == 1:
            matches.append(Match(student, found[0], how, late))
        elif found:
            matches.append(Match(student, None, f"ambiguous: {len(found)} roster rows have this id", late))
        else:
            tried = f"{lms.lms} id {lms.user_id} and " if lms else ""
            matches.append(Match(student, None, f"not in the roster ({tried}student id '{student}')", late))
    counts: dict[int, int] = {}
    for m in matches:
        if m.person is not None:
            counts[id(m.person)] = counts.get(id(m.person), 0) + 1
    seen = set()
    for i, m in enumerate(matches):
        if m.person is not None:
            seen.add(id(m.person))
            if counts[id(m.person)] > 1:
                matches[i] = Match(m.student, None, f"conflict: several submissions match {m.person.name}", m.late)
    missing = [p for p in roster.people if id(p) not in seen]
    return matches, missing
