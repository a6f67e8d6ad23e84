"""Finding the submissions: one per student, with ids that are unique, stable and LMS-friendly."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterable

from .records import Submission


def student_id(name: str, pattern: re.Pattern | None) -> str:
    if pattern is not None:
        match = pattern.search(name)
        if match:
            groups = match.groupdict()
            return (groups.get("id") or (match.group(1) if match.groups() else match.group(0))).strip() or name
    return name


def _notebooks_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.ipynb")
                  if not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(folder).parts))


def _found(sources: Iterable[str | Path], id_from: str, excluded: list[Path]) -> list[tuple[str, Path, str | None]]:
    found: list[tuple[str, Path, str | None]] = []  # (name, path, problem)

    def name_for(notebook: Path, folder_name: str | None) -> str:
        if id_from == "folder" or (id_from == "auto" and folder_name):
            return folder_name or notebook.parent.name
        return notebook.stem

    for source in sources:
        source = Path(source)
        if source.is_dir():
            for child in sorted(source.iterdir()):
                if child.name.startswith(".") or any(child.resolve() == e for e in excluded):
                    continue
                if child.is_file() and child.suffix == ".ipynb":
                    found.append((name_for(child, None), child, None))
                elif child.is_dir():
                    notebooks = _notebooks_in(child)
                    if len(notebooks) == 1:
                        found.append((name_for(notebooks[0], child.name), notebooks[0], None))
                    elif not notebooks:
                        found.append((child.name, child, "No notebook (.ipynb) was found in this student's folder."))
                    else:
                        listed = ", ".join(str(n.relative_to(child)) for n in notebooks[:5])
                        found.append((child.name, child, f"Several notebooks were found ({listed}); submit one."))
        elif source.is_file():
            found.append((name_for(source, None), source, None))
        else:
            found.append((source.stem or str(source), source, "This file or folder does not exist."))
    return found


def unique_ids(names: list[str], paths: list[Path]) -> list[str]:
    """The same ids, except that duplicates become ``id-xxxxxx`` (from the file's path).

    The suffix depends only on the file's own path, so it is stable whatever
    else is in the folder and in whatever order files are found; it uses only
    letters, digits and '-', which every LMS accepts; it never equals another
    student's id (it grows until it is free).
    """
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    taken = set(names)
    out = []
    for name, path in zip(names, paths):
        if counts[name] == 1:
            out.append(name)
            continue
        digest = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()
        size = 6
        new = f"{name}-{digest[:size]}"
        while new in taken:
            size += 2
            new = f"{name}-{digest[:size]}"
        taken.add(new)
        out.append(new)
    return out


def find_submissions(sources: Iterable[str | Path], *, id_from: str = "auto", id_pattern: str | None = None,
                     exclude: Iterable[Path] = (), max_bytes: int = 50_000_000) -> list[Submission]:
    """One submission per student: notebook files, folders of notebooks, or folders of student folders."""
    pattern = re.compile(id_pattern) if id_pattern else None
    found = _found(sources, id_from, [Path(p).resolve() for p in exclude])
    names = [student_id(name, pattern) for name, _, _ in found]
    ids = unique_ids(names, [path for _, path, _ in found])
    submissions = []
    for (name, path, problem), original, student in zip(found, names, ids):
        sub = Submission(student, path, problem=problem, given_id=original if student != original else None)
        if problem is None:
            try:
                size = path.stat().st_size
                if size > max_bytes:
                    sub.problem = (f"The file is {size // 1_000_000} MB, over the {max_bytes // 1_000_000} MB "
                                   "limit: clear the outputs (Edit > Clear Outputs) and save.")
                else:
                    sub.content = path.read_bytes()
            except OSError as exc:
                sub.problem = f"The file could not be read ({exc.strerror or exc})."
        submissions.append(sub)
    return submissions
