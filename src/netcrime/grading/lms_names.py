"""What an LMS download's file names say: whose submission it is, and whether it was late.

Canvas ("Download Submissions") names each file
``name_[late_]USERID_SUBMISSIONID_original.ipynb``: ``name`` is the student's sortable name run
together in lower case, ``late`` appears when the submission came after the due date, USERID is
the Canvas user id (the ``ID`` column of Canvas's gradebook export) and a resubmitted file may end
in ``-1``. Moodle ("Download all submissions") puts each student's files in a folder
``Full Name_PARTICIPANTID_assignsubmission_file_`` (Moodle 4.1 and later drop the last ``_``);
PARTICIPANTID is the number in the grading worksheet's ``Identifier`` column ("Participant 12345").

Parsing is strict: a name that does not have the whole shape is not an LMS name (None), so no
student is ever matched on a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_CANVAS = re.compile(r"^(?P<name>[^_/]+?)_(?:(?P<late>late)_)?(?P<user>\d+)_(?P<submission>\d+)_(?P<file>.+)$",
                     re.IGNORECASE)
_MOODLE = re.compile(r"^(?P<name>[^_/]+)_(?P<participant>\d+)_assignsubmission_(?P<plugin>[a-z]+)_?$")


@dataclass(frozen=True)
class LmsName:
    """Who an LMS says a downloaded file belongs to."""

    lms: str          # "canvas" or "moodle"
    user_id: str      # Canvas user id, or Moodle participant id
    name: str         # the name as the LMS wrote it (Canvas: lower case, no spaces)
    late: bool = False


def parse_canvas(file_name: str) -> LmsName | None:
    """``smithjane_late_12345_67890_lesson01.ipynb`` -> canvas user 12345, late."""
    match = _CANVAS.match(Path(file_name).name)
    if not match:
        return None
    return LmsName("canvas", match["user"], match["name"], bool(match["late"]))


def parse_moodle(folder_name: str) -> LmsName | None:
    """``Jane Smith_12345_assignsubmission_file_`` -> moodle participant 12345."""
    match = _MOODLE.match(folder_name)
    if not match:
        return None
    return LmsName("moodle", match["participant"], match["name"])


def parse_download_path(path: str | Path) -> LmsName | None:
    """The LMS identity in a submission's path: a Moodle folder anywhere on it, else a Canvas file name."""
    path = Path(path)
    for part in reversed(path.parts[:-1]):
        found = parse_moodle(part)
        if found:
            return found
    return parse_canvas(path.name)
