"""``python -m netcrime ...``: the course's commands for authors and instructors."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _build(args) -> int:
    from .build import BuildError, build

    try:
        for path in build(args.root):
            print(f"wrote {path}")
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    return 0


def _check_data(args) -> int:
    from . import data
    from .schemas import ALL_SCHEMAS

    failed = 0
    for schema in ALL_SCHEMAS:
        try:
            frame = data.load(schema, Path(args.data) if args.data else None)
            print(f"ok    {schema.file}: {len(frame)} rows")
        except data.DataError as exc:
            failed += 1
            print(f"error {exc}")
    return 1 if failed else 0


def _execute(args) -> int:
    from .execute import execute

    for path in args.notebooks:
        print(f"executed {execute(path)}")
    return 0


def _lab(args) -> int:
    from .launch import main as launch_lab

    return launch_lab(args.root, args.jupyter_args)


def _misconceptions(args) -> int:
    from .checks.catalogue import misconception_markdown, write_into_guide

    if args.guide:
        try:
            write_into_guide(args.guide)
        except (OSError, ValueError) as exc:
            print(f"could not update the guide: {exc}", file=sys.stderr)
            return 1
        print(f"wrote the misconception table into {args.guide}")
        return 0
    print(misconception_markdown())
    return 0


def _scaffold(command: str, make, done: str, next_step: str) -> int:
    """Run one scaffold step; a refusal is a sentence on stderr, never a traceback."""
    from .scaffold import ScaffoldError

    try:
        written = make()
    except ScaffoldError as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"{done} {path}")
    print(f"next: {next_step}")
    return 0


def _new_lesson(args) -> int:
    from .scaffold import new_lesson

    return _scaffold("new-lesson", lambda: new_lesson(args.root, args.lesson, args.slug, args.title), "wrote",
                     "write the lesson and its questions, then `make build`, `make notebooks` and `make test`")


def _new_question(args) -> int:
    from .scaffold import new_question

    def make():
        qid, written = new_question(args.root, args.lesson)
        print(f"added {qid}")
        return written

    return _scaffold("new-question", make, "extended",
                     "write its prompt and solution in the notebook, its judge in the module, then `make build`")


def _export(args) -> int:
    from .export.lesson_cells import ExportError

    try:
        if args.tool == "nbgrader":
            from .export.nbgrader import export
        else:
            from .export.otter import export
        for path in export(args.lesson, args.out):
            print(f"wrote {path}")
    except ExportError as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    return 0


def _grade(args) -> int:
    from .grading import main as grade_main

    return grade_main(args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netcrime", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="generate exercises/ from solutions/")
    p.add_argument("--root", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_build)

    p = sub.add_parser("check-data", help="validate every file in data/ against its schema")
    p.add_argument("--data", default=None, help="the data folder (default: found automatically)")
    p.set_defaults(func=_check_data)

    p = sub.add_parser("execute", help="run notebooks and save them with fresh outputs (for authors)")
    p.add_argument("notebooks", nargs="+")
    p.set_defaults(func=_execute)

    p = sub.add_parser("lab", help="open JupyterLab on the course folder at lesson 00 (what `make lab` runs)")
    p.add_argument("--root", default=".", help="the course folder (default: here)")
    p.add_argument("jupyter_args", nargs=argparse.REMAINDER,
                   help="further JupyterLab options, e.g. --no-browser --port=8899")
    p.set_defaults(func=_lab)

    p = sub.add_parser("new-lesson", help="scaffold a lesson: notebook, solutions, checks module, tests")
    p.add_argument("lesson", help="two digits, e.g. 06")
    p.add_argument("slug", help="lower-case words joined by _, e.g. reading_court_records")
    p.add_argument("--title", default=None, help="the lesson's title (default: from the slug)")
    p.add_argument("--root", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_new_lesson)

    p = sub.add_parser("new-question", help="add the next question to a lesson's solution notebook and module")
    p.add_argument("lesson", help="two digits, e.g. 06")
    p.add_argument("--root", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_new_question)

    p = sub.add_parser("misconceptions", help="print the misconception registry (for the instructor guide)")
    p.add_argument("--guide", default=None, metavar="PATH",
                   help="write the table into this guide's appendix instead (e.g. docs/instructor_guide.md)")
    p.set_defaults(func=_misconceptions)

    from .grading.commands import add_arguments, add_build_arguments, build_main

    p = sub.add_parser("grade", help="grade submitted exercise notebooks into a gradebook")
    add_arguments(p)
    p.set_defaults(func=_grade)

    p = sub.add_parser("student-build", help="write the package as students get it (no instructor part, "
                                             "no worked solutions)")
    add_build_arguments(p)
    p.set_defaults(func=build_main)

    from .grading import lms

    p = sub.add_parser("lms", help="Canvas or Moodle import files from a grading run (matched through a roster)")
    lms.add_arguments(p)
    p.set_defaults(func=lms.main)

    from .grading import course

    p = sub.add_parser("course", help="one gradebook for the whole course from each lesson's grading folder")
    course.add_arguments(p)
    p.set_defaults(func=course.main)

    p = sub.add_parser("export", help="a lesson as an nbgrader or otter-grader assignment")
    p.add_argument("tool", choices=("nbgrader", "otter"))
    p.add_argument("lesson", help="lesson number, e.g. 01")
    p.add_argument("out", help="folder to write (nbgrader: a course folder; otter: the master notebook's folder)")
    p.set_defaults(func=_export)

    args = parser.parse_args(argv)
    return args.func(args)
