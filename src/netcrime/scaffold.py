"""Scaffolds for authors: a new lesson, or a new question in a lesson.

``python -m netcrime new-lesson 06 slug`` writes the four pieces a lesson
needs, each already in the course's conventions, so that a fresh build and
its tests pass before any content is written:

- ``notebooks/06_slug.ipynb``: the lesson notebook (title, objectives, set-up cell, key points);
- ``solutions/06_slug.ipynb``: the one place questions are written (prompt, worked
  solution between the markers, check cell, a known-wrong answer);
- ``src/netcrime/checks/lesson06.py``: how each question is judged;
- ``tests/checks/test_lesson06.py``: tests that read right answers from the worked solutions.

``python -m netcrime new-question 06`` adds the next question to the
solution notebook and the lesson module. Then ``make build`` (exercises and
worked solutions), ``make notebooks`` (outputs) and ``make test``.
"""
from __future__ import annotations

import re
from pathlib import Path

from .checks import worked

_LESSON = re.compile(r"\d\d")
_SLUG = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")


class ScaffoldError(ValueError):
    """The scaffold cannot be written as asked (the message says why)."""


def _check_lesson(lesson: str) -> None:
    if not _LESSON.fullmatch(lesson or ""):
        raise ScaffoldError(f"the lesson number must be two digits, like 06 (got {lesson!r})")


def _module_path(root: Path, lesson: str) -> Path:
    return root / "src" / "netcrime" / "checks" / f"lesson{lesson}.py"


def _solution_path(root: Path, lesson: str) -> Path:
    found = sorted((root / "solutions").glob(f"{lesson}_*.ipynb"))
    if not found:
        raise ScaffoldError(f"there is no solutions/{lesson}_*.ipynb: make the lesson first (new-lesson {lesson} slug)")
    return found[0]


def _question_cells(lesson: str, number: int) -> list:
    import nbformat

    qid = f"q{number}"
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    return [
        md(f"## Question {number} · A title that says what is practised\n\n"
           "The prompt a student reads: what to compute, from which data, and the variable to store it in "
           f"(here `answer_{number}`). Write it here only: `{qid}.prompt` and the guide read it from this cell."),
        code(f"### BEGIN SOLUTION\nanswer_{number} = data.figure(\"gangs_eliminated\")\n### END SOLUTION\nanswer_{number}"),
        code(f"{qid}.check()"),
        code(f"### SOLUTION ONLY\n# Known-wrong answer: what a student holding the misconception would write.\n"
             f"{qid}.show_mistake(data.figure(\"gangs_eliminated\") / 10)"),
    ]


def _question_source(number: int) -> str:
    return f'''

q{number} = Question(
    id="q{number}",
    reads=("answer_{number}",),
    judge=number(lambda: data.figure("gangs_eliminated"), misconceptions=[
        Misconception("off_by_ten", "Say what the mistake reveals and how to fix it, without the answer.",
                      lambda: data.figure("gangs_eliminated") / 10),
    ]),
    hints=["A first nudge.", "A closer one."],
    explanation="Why the worked solution is right, in a sentence or two.",
)
'''


def _with_imports(source: str) -> str:
    """Add the imports the appended question needs, if the module lacks them."""
    needed = [("from .. import data", r"^from \.\. import .*\bdata\b"),
              ("from .compare import Misconception, number", r"^from \.compare import .*\bMisconception\b.*\bnumber\b"
               r"|^from \.compare import .*\bnumber\b.*\bMisconception\b")]
    missing = [line for line, pattern in needed if not re.search(pattern, source, re.M)]
    if not missing:
        return source
    imports = list(re.finditer(r"^(?:from|import) .*$", source, re.M))
    at = imports[-1].end() if imports else 0
    return source[:at] + "\n" + "\n".join(missing) + source[at:]


def new_lesson(root: Path | str, lesson: str, slug: str, title: str | None = None) -> list[Path]:
    """Write the four pieces of a new lesson; refuse to overwrite anything."""
    import nbformat

    root = Path(root)
    _check_lesson(lesson)
    if not _SLUG.fullmatch(slug or ""):
        raise ScaffoldError(f"the slug must be lower-case words joined by _, like why_victims (got {slug!r})")
    title = title or slug.replace("_", " ").capitalize()
    name = f"{lesson}_{slug}.ipynb"
    targets = {
        "lesson": root / "notebooks" / name,
        "solution": root / "solutions" / name,
        "module": _module_path(root, lesson),
        "test": root / "tests" / "checks" / f"test_lesson{lesson}.py",
    }
    taken = [str(p.relative_to(root)) for p in targets.values() if p.exists()]
    taken += [str(p.relative_to(root)) for folder in ("notebooks", "solutions")
              for p in (root / folder).glob(f"{lesson}_*.ipynb") if p not in targets.values()]
    if taken:
        raise ScaffoldError(f"lesson {lesson} already has {', '.join(sorted(taken))}; nothing was written")

    kernelspec = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    setup = "import netcrime\nfrom netcrime import data\n\nnetcrime.setup()"
    lesson_nb = nbformat.v4.new_notebook(cells=[
        md(f"# {lesson} · {title}\n\n**Time:** about 60 minutes · **Before this:** the previous lesson.\n\n"
           "**Learning objectives.** After this lesson you can ...\n"),
        code(setup),
        md("## 1. The first idea\n\nExplain, with a figure from `data/` (each carries its source)."),
        md(f"## Key points\n- ...\n\nNow practise in `exercises/{name}`."),
    ])
    solution_nb = nbformat.v4.new_notebook(cells=[
        md(f"# {lesson} · Exercises: {title.lower()}\n\n**Time:** about 30 minutes · Work through "
           f"`notebooks/{name}` first. For each question: replace the `...` with your answer, run the cell, "
           "then run the check below it."),
        code(f"{setup}\nfrom netcrime.checks.lesson{lesson} import q1"),
        *_question_cells(lesson, 1),
    ])
    for notebook, extra in ((lesson_nb, {}), (solution_nb, {"lesson": lesson})):
        for index, cell in enumerate(notebook.cells):
            cell["id"] = f"cell-{index:02d}"
        notebook.metadata = {"kernelspec": kernelspec, "language_info": {"name": "python"}}
        if extra:
            notebook.metadata["netcrime"] = extra
    targets["lesson"].parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(lesson_nb, targets["lesson"])
    targets["solution"].parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(solution_nb, targets["solution"])
    targets["module"].write_text(
        f'"""Lesson {lesson} questions: {title.lower()}.\n\nPrompts and worked solutions are written in '
        f'solutions/{name}; this module says only how each answer is judged. Expected values come from '
        f'``netcrime.data``, never typed here.\n"""\nfrom __future__ import annotations\n\n'
        "from .. import data\nfrom .compare import Misconception, number\nfrom .question import Question\n"
        + _question_source(1) + "\nQUESTIONS = [q1]\n", encoding="utf-8")
    targets["test"].parent.mkdir(parents=True, exist_ok=True)
    targets["test"].write_text(
        f'"""Lesson {lesson}: each question passes its worked solution and names its misconceptions."""\n'
        "from __future__ import annotations\n\nimport pytest\n\n"
        f"from netcrime.checks import lesson{lesson} as L\nfrom netcrime.checks import worked\n"
        "from netcrime.checks.outcome import CORRECT, INCORRECT\n\n\n"
        f"@pytest.mark.parametrize(\"question\", L.QUESTIONS, ids=lambda q: q.id)\n"
        "def test_the_worked_solution_passes(question):\n"
        f"    outcome = question.judge_values(worked.answers(\"{lesson}\")[question.id])\n"
        "    assert outcome.status == CORRECT, outcome.message\n\n\n"
        "def test_q1_names_its_misconception():\n"
        f"    right = worked.answers(\"{lesson}\")[\"q1\"][0]\n"
        "    outcome = L.q1.judge_values([right / 10])\n"
        "    assert outcome.status == INCORRECT and outcome.misconception == \"off_by_ten\"\n",
        encoding="utf-8")
    return list(targets.values())


def new_question(root: Path | str, lesson: str) -> tuple[str, list[Path]]:
    """Append the next question to a lesson's solution notebook and module; return its id and the files."""
    import nbformat

    root = Path(root)
    _check_lesson(lesson)
    solution_path = _solution_path(root, lesson)
    module_path = _module_path(root, lesson)
    if not module_path.exists():
        raise ScaffoldError(f"there is no {module_path.relative_to(root)}")
    notebook = nbformat.read(solution_path, as_version=4)
    numbers = [int(q[1:]) for q in worked.extract_notebook(notebook, solution_path.name)["questions"]]
    number = max(numbers, default=0) + 1
    qid = f"q{number}"
    cells = _question_cells(lesson, number)
    for index, cell in enumerate(cells):
        cell["id"] = f"{qid}-{index}"
    notebook.cells.extend(cells)
    setup = notebook.cells[1]
    import_line = re.compile(rf"^(from netcrime\.checks\.lesson{lesson} import )(.+)$", re.M)
    if not import_line.search(setup.source):
        raise ScaffoldError(f"{solution_path.name}: its second cell should import the lesson's questions")
    setup.source = import_line.sub(lambda m: f"{m.group(1)}{m.group(2)}, {qid}", setup.source)
    nbformat.write(notebook, solution_path)
    source = module_path.read_text(encoding="utf-8")
    questions = re.compile(r"^QUESTIONS = \[(.*)\]\s*$", re.M)
    if not questions.search(source):
        raise ScaffoldError(f"{module_path.name} has no one-line QUESTIONS = [...] to extend")
    before, listing = source[:questions.search(source).start()], questions.search(source).group(1)
    before = _with_imports(before)
    module_path.write_text(before.rstrip() + "\n" + _question_source(number)
                           + f"\nQUESTIONS = [{listing}, {qid}]\n", encoding="utf-8")
    return qid, [solution_path, module_path]
