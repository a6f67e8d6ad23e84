"""``python -m netcrime grade ...`` and ``python -m netcrime student-build ...``."""
from __future__ import annotations

import argparse
import re
import sys

from .limits import Limits
from .sandbox import SandboxUnavailable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("submissions", nargs="+",
                        help="notebook files, folders of notebooks, or folders of one folder per student")
    parser.add_argument("--out", required=True, help="folder for gradebook.csv, results.csv, feedback/, summary")
    parser.add_argument("--lesson", default=None, help="only accept notebooks of this lesson (e.g. 01)")
    parser.add_argument("--extra-checks", default=None, metavar="FILE",
                        help="instructor-only checks: a Python file defining EXTRA_QUESTIONS = {'01': [Question(...)]}")
    parser.add_argument("--jobs", type=int, default=None, help="submissions run at once (default: number of cores)")
    parser.add_argument("--id-from", choices=("auto", "file", "folder"), default="auto",
                        help="student id from the notebook's file name or its folder's name (auto: folder if "
                             "each student has a folder, else file)")
    parser.add_argument("--id-pattern", default=None, metavar="REGEX",
                        help="regular expression picking the id out of that name (group 'id' or group 1), "
                             r"e.g. '^(?P<id>[a-z]+\d*)_'")
    parser.add_argument("--data", default=None, help="the course data folder (default: found automatically)")
    parser.add_argument("--cell-timeout", type=float, default=60.0, help="seconds per cell (default 60)")
    parser.add_argument("--notebook-timeout", type=float, default=300.0, help="seconds per notebook (default 300)")
    parser.add_argument("--memory-mb", type=int, default=2048, help="memory limit per submission in MB (default 2048)")
    parser.add_argument("--engine", choices=("fork", "kernel"), default="fork",
                        help="fork (default): one pre-loaded server forks an isolated child per submission; "
                             "kernel: a fresh Jupyter kernel per submission (slower; used automatically for "
                             "notebooks the fork engine cannot grade faithfully)")
    parser.add_argument("--no-sandbox", action="store_true",
                        help="run submissions WITHOUT isolation (only if bubblewrap cannot work here; a "
                             "submission could then change grades). Every output says so.")
    parser.add_argument("--overrides", default=None, metavar="CSV",
                        help="your changes to verdicts or points, each with a reason (default: OUT/overrides.csv "
                             "if it exists); see the guide")
    parser.add_argument("--roster", default=None, metavar="CSV",
                        help="class list exported from your LMS: feedback is addressed to each student by name")
    parser.add_argument("--dask", default=None, metavar="ADDRESS",
                        help="grade on a Dask cluster: a scheduler address (tcp://host:8786) or local:N for N "
                             "worker processes here; the gradebook is the same as a local run's")
    parser.add_argument("--summary-svg", action="store_true",
                        help="also draw the class summary chart as summary.svg (starts a chart converter; "
                             "summary.vl.json, which JupyterLab opens, is always written)")
    parser.add_argument("--force", action="store_true", help="regrade everything, even unchanged submissions")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def main(args: argparse.Namespace) -> int:
    from .run import grade

    limits = Limits(cell_timeout=args.cell_timeout, notebook_timeout=args.notebook_timeout, memory_mb=args.memory_mb)
    try:
        records = grade(args.submissions, args.out, lesson=args.lesson, extra_checks=args.extra_checks,
                        jobs=args.jobs, limits=limits, data_dir=args.data, id_from=args.id_from,
                        id_pattern=args.id_pattern, force=args.force, show_progress=not args.quiet,
                        sandbox=not args.no_sandbox, engine=args.engine, overrides=args.overrides,
                        roster=args.roster, dask=args.dask,
                        summary_svg=args.summary_svg)
    except KeyboardInterrupt:
        print("\ninterrupted: submissions graded so far are saved; run the same command again to resume.",
              file=sys.stderr)
        return 130
    except SandboxUnavailable as exc:
        print(f"grade: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError, SyntaxError, re.error) as exc:  # bad options, unreadable extra checks
        print(f"grade: {exc}", file=sys.stderr)
        return 2
    problems = sum(1 for r in records if r.problems)
    flagged = sum(1 for r in records if r.flags)
    print(f"graded {len(records)} submissions ({problems} with problems) into {args.out}")
    if flagged:
        print(f"{flagged} submissions are flagged for you: see summary.md")
    to_mark = sum(len(r.to_mark) for r in records)
    if to_mark:
        many = "written answers are" if to_mark > 1 else "written answer is"
        print(f"{to_mark} {many} to be marked by you: see to_mark.md, give points in overrides.csv, "
              "then run the same command again")
    if args.no_sandbox:
        print("WARNING: graded WITHOUT isolation (--no-sandbox); every output says so.")
    return 0


def add_build_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", help="folder to write the student build into (OUT/netcrime)")
    parser.add_argument("--with-solutions", action="store_true",
                        help="keep worked solutions (a practice build, not an assignment)")


def build_main(args: argparse.Namespace) -> int:
    from .student_build import build, secrets_in

    target = build(args.out, assignment=not args.with_solutions)
    left = secrets_in(target) if not args.with_solutions else []
    if left:
        print(f"student-build: secrets left in the build: {', '.join(left)}", file=sys.stderr)
        return 1
    kind = "practice build (with worked solutions)" if args.with_solutions else "assignment build (no solutions)"
    print(f"wrote {target}: {kind}, without netcrime/instructor/. Install it for students with "
          f"PYTHONPATH={args.out} or copy the folder into their environment.")
    return 0
