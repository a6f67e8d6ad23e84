"""The set-up a newcomer relies on: one package list, two commands, CI calling them."""
from __future__ import annotations

import re
import tomllib

import pytest

# conda-forge names that differ from PyPI names
CONDA_NAMES = {}
NOT_ON_CONDA: set[str] = set()  # PyPI-only test dependencies, if any


def _name_and_lower_bound(requirement: str) -> tuple[str, str]:
    requirement = requirement.split(";")[0].strip()
    match = re.match(r"^([A-Za-z0-9_.-]+)\s*(~=|>=|==)?\s*([0-9][0-9.]*)?", requirement)
    return match.group(1).lower(), match.group(3) or ""


@pytest.fixture(scope="module")
def pyproject(repo_root):
    return tomllib.loads((repo_root / "pyproject.toml").read_text())


@pytest.fixture(scope="module")
def conda_packages(repo_root):
    text = (repo_root / "environment.yml").read_text()
    packages = {}
    for line in text.splitlines():
        match = re.match(r"^\s*-\s+([A-Za-z0-9_.-]+)\s*(>=|==)?\s*([0-9][0-9.]*)?", line)
        if match and match.group(1) not in {"pip", "conda-forge"}:
            packages[match.group(1).lower()] = match.group(3) or ""
    return packages


def test_environment_yml_and_pyproject_list_the_same_packages(pyproject, conda_packages):
    wanted = {}
    requirements = pyproject["project"]["dependencies"] + pyproject["project"]["optional-dependencies"]["test"]
    for requirement in requirements:
        name, lower = _name_and_lower_bound(requirement)
        if name not in NOT_ON_CONDA:
            wanted[CONDA_NAMES.get(name, name)] = lower
    conda = {k: v for k, v in conda_packages.items() if k != "python"}
    assert set(conda) == set(wanted), f"only in environment.yml: {set(conda) - set(wanted)}; only in pyproject: {set(wanted) - set(conda)}"
    for name, lower in wanted.items():
        assert conda[name] == lower, f"{name}: pyproject wants >= {lower}, environment.yml >= {conda[name]}"
    assert conda_packages["python"] == pyproject["project"]["requires-python"].lstrip(">=")


def test_makefile_offers_the_two_commands(repo_root):
    makefile = (repo_root / "Makefile").read_text()
    # `make lab` goes through the one launcher the browser walk also runs (test_make_lab.py)
    assert re.search(r"^lab: .*\n\t@?\$\(BIN\)/python -m netcrime lab$", makefile, re.M)
    assert re.search(r"^test: ", makefile, re.M) and "-m pytest" in makefile
    assert "src/netcrime/setup_step.py" in makefile  # the talking set-up (test_first_run.py)


def test_ci_runs_the_readme_test_command(repo_root):
    ci = (repo_root / ".ci" / "run").read_text()
    assert "make test" in ci and "chromium" in ci
    readme = (repo_root / "README.md").read_text()
    assert "make test" in readme and "make lab" in readme
    workflow = (repo_root / ".github" / "workflows" / "tests.yml").read_text()
    assert "make test" in workflow


def test_pytest_config_runs_notebooks_strictly_and_exercises_laxly(pyproject, repo_root):
    options = pyproject["tool"]["pytest"]["ini_options"]
    assert "--nbval" in options["addopts"].split()
    assert set(options["testpaths"]) == {"tests", "notebooks", "solutions", "exercises"}
    conftest = (repo_root / "conftest.py").read_text()
    assert 'LAX_FOLDERS = {"exercises"}' in conftest


def test_every_lesson_notebook_starts_with_the_course_setup(repo_root):
    import nbformat

    for path in sorted((repo_root / "notebooks").glob("*.ipynb")) + sorted((repo_root / "solutions").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        first_code = next(c for c in nb.cells if c.cell_type == "code")
        assert "netcrime.setup()" in first_code.source, f"{path.name}: first code cell must call netcrime.setup()"


def test_committed_notebooks_are_light(repo_root):
    for folder in ("notebooks", "solutions", "exercises"):
        for path in (repo_root / folder).glob("*.ipynb"):
            assert path.stat().st_size < 300 * 1024, f"{path} is over 300 KB"


def test_charts_never_load_from_a_cdn(repo_root):
    for folder in ("notebooks", "solutions"):
        for path in (repo_root / folder).glob("*.ipynb"):
            text = path.read_text(encoding="utf-8")
            assert "cdn.jsdelivr.net" not in text, f"{path.name} has an output that loads from a CDN"


def test_instructor_guide_covers_every_lesson_and_every_misconception(repo_root):
    from netcrime.checks.catalogue import misconception_rows

    guide = (repo_root / "docs" / "instructor_guide.md").read_text(encoding="utf-8")
    for lesson in ("Lesson 00", "Lesson 01", "Lesson 02", "Lesson 03", "Lesson 04", "Lesson 05"):
        assert lesson in guide
    for heading in ("Assigning and grading", "JupyterHub or Binder", "Sensitive content"):
        assert heading in guide
    missing = [f"{r['lesson']} {r['question']} {r['code']}" for r in misconception_rows() if f"`{r['code']}`" not in guide]
    assert not missing, f"paste `python -m netcrime misconceptions` into the guide's appendix; missing: {missing[:5]}"
