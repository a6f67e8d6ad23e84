"""The student build: the course package as students get it, with nothing secret in it.

``python -m netcrime student-build OUT [--with-solutions]`` writes ``OUT/netcrime``:
the package without ``netcrime/instructor/`` (held-out cases, hidden probe
inputs) and, in assignment mode (the default), without worked solutions: no
``checks/worked_solutions.json`` and no ``solution_code``/``explanation`` text
in the lesson modules. Assignment mode is thus a property of what students are
given: there is no switch in it to turn solutions back on, because the text is
not there. The grader builds one per run and is the only thing a sandboxed
notebook can import.
"""
from __future__ import annotations

import ast
import importlib.util
import json
import marshal
import re
import shutil
import sys
from functools import lru_cache
from pathlib import Path
from .. import parse_python
from ..checks import worked

PACKAGE = Path(__file__).resolve().parents[1]
SECRET_PARTS = ("instructor",)
SOLUTION_FILES = ("checks/worked_solutions.json",)
SOLUTION_KEYWORDS = ("solution_code", "explanation")
ASSIGNMENT_MARKER = "ASSIGNMENT_BUILD"  # a file in the build's package folder (read by checks.modes)


class _StripSolutions(ast.NodeTransformer):
    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        if name == "Question" or any(k.arg == "reads" for k in node.keywords):  # a Question or a subclass
            node.keywords = [k for k in node.keywords if k.arg not in SOLUTION_KEYWORDS]
        return node


@lru_cache(maxsize=16)
def _typed_solutions(source: str) -> bool:
    """Whether any ``Question(...)`` in the source carries solution text.

    Remembered per source text (a pure function of it, like ``strip_solutions``): ``secrets_in`` parses the six
    lesson modules of each build it is given, and a process that builds several times (the grader, the tests)
    hands it the same stripped texts again (issue #15)."""
    for node in ast.walk(parse_python.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Question":
            if any(k.arg in SOLUTION_KEYWORDS for k in node.keywords):
                return True
    return False


@lru_cache(maxsize=16)
def strip_solutions(source: str) -> str:
    """A lesson module's source with the ``solution_code=`` and ``explanation=`` of every ``Question(...)`` removed.

    Remembered per source text (it is a pure function of it): rewriting the six lesson modules is most of what
    a student build costs, and a process that grades several times (the tests, a Dask worker) builds again
    for each run.
    """
    tree = _StripSolutions().visit(parse_python.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


def build(out: str | Path, *, assignment: bool = True) -> Path:
    """Write the student build into ``out`` (replacing an older one); return the package folder."""
    out = Path(out)
    target = out / "netcrime"
    if target.exists():
        shutil.rmtree(target)

    def ignore(folder: str, names: list[str]) -> set[str]:
        rel = Path(folder).relative_to(PACKAGE)
        skipped = {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".pyo"))}
        if rel == Path("."):
            skipped.update(n for n in names if n in SECRET_PARTS)
        if assignment:
            skipped.update(n for n in names if str(rel / n) in SOLUTION_FILES)
        return skipped

    shutil.copytree(PACKAGE, target, ignore=ignore)
    if assignment:
        _keep_exercise_prompts(target)
        for path in sorted((target / "checks").glob("lesson*.py")):
            if re.fullmatch(r"lesson\d+\.py", path.name):
                path.write_text(strip_solutions(path.read_text(encoding="utf-8")), encoding="utf-8")
        (target / ASSIGNMENT_MARKER).write_text("Worked solutions are not part of this build.\n", encoding="utf-8")
    return target


def _keep_exercise_prompts(target: Path) -> None:
    """Write the exercise prompts (not their solutions) into the build: the judges read a question's prompt, so
    without them a student's check() read option words and figures differently from the grader's copy."""
    source = PACKAGE / SOLUTION_FILES[0]
    if source.exists():
        prompts = worked.exercise_prompts(json.loads(source.read_text(encoding="utf-8")))
        (target / "checks" / worked.EXERCISE_PROMPTS_FILE.name).write_text(
            json.dumps(prompts, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_bytecode(package: Path) -> None:
    """Give every module of a build its compiled form in ``__pycache__``, as a checked-hash pyc (PEP 552).

    Why: the grader's build is new on every run and copied without bytecode, and the processes that import it (the
    fork server and the children it forks, a kernel per submission) may not write any (it is read-only in the
    sandbox; PYTHONDONTWRITEBYTECODE), so each compiled the package again: about 0.6 CPU-s per fork server and
    0.2 per kernel (benchmarks/results/test_suite.md, round 9). Compiled once per process and source text
    (``_pyc``), written for each build. Python checks each pyc against its source's hash before using it, so a
    pyc can never stand in for other source; and it is compiled from the file in the build, so a stripped lesson's
    pyc holds no more than its stripped source.
    """
    tag = sys.implementation.cache_tag
    if tag is None:  # an implementation that keeps no bytecode files
        return
    for path in sorted(Path(package).rglob("*.py")):
        try:
            pyc = _pyc(path.relative_to(package).as_posix(), path.read_bytes())
        except (SyntaxError, ValueError):  # a module this Python cannot compile is left to fail where it is imported
            continue
        target = path.parent / "__pycache__" / f"{path.stem}.{tag}.pyc"  # in the build, whatever the pycache prefix
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(pyc)


@lru_cache(maxsize=None)
def _pyc(name: str, source: bytes) -> bytes:
    """The checked-hash pyc of ``source`` (the importer sets each code object's file name to the module's path)."""
    code = compile(source, name, "exec", dont_inherit=True)
    flags = (0b11).to_bytes(4, "little")  # hash-based, checked
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)


def secrets_in(build_root: Path) -> list[str]:
    """What in a build should not be there (empty for a good assignment build): used by tests and the grader."""
    root = Path(build_root)
    found = [str(p.relative_to(root)) for part in SECRET_PARTS for p in root.rglob(part)]
    found += [f for f in SOLUTION_FILES if (root / f).exists()]
    for path in root.glob("checks/lesson*.py"):
        if _typed_solutions(path.read_text(encoding="utf-8")):
            found.append(str(path.relative_to(root)))
    return found
