"""The package's modules talk to each other through public names only (issue #15).

A name that starts with an underscore is a module's own business: another module that imports it, or reaches it
as ``module._name``, depends on what its owner may change without warning (round 9 found three such reaches).
This reads every module of ``src/netcrime`` as text (nothing is imported) and lists each reach.
"""
from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "netcrime"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolved(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    """The absolute module name of ``from <module> import ...`` inside ``importer``."""
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


@lru_cache(maxsize=None)
def parsed(source: str) -> ast.Module:
    """A module's tree, parsed once for both readers below (each reads every module of the package; neither
    changes the tree)."""
    return ast.parse(source)


def private_reaches(source: str, importer: str, is_package: bool = False) -> list[str]:
    """'line N: from .slips import _x' for each private name of another netcrime module this source uses."""
    found = []
    course_modules: set[str] = set()  # local names bound to a netcrime module
    nodes = list(ast.walk(parsed(source)))  # walked twice: the imports first, then the reaches
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            module = _resolved(node, importer, is_package)
            if not (module == "netcrime" or module.startswith("netcrime.")):
                continue
            for alias in node.names:
                if _private(alias.name) and module != importer:
                    found.append(f"line {node.lineno}: from {module} import {alias.name}")
                course_modules.add(alias.asname or alias.name)  # may be a module ('from . import data')
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("netcrime") and alias.asname:
                    course_modules.add(alias.asname)
    for node in nodes:
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in course_modules and _private(node.attr)):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_reaches_another_module_s_private_names():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        reaches = private_reaches(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
        if reaches:
            found[str(path.relative_to(PACKAGE))] = reaches
    assert not found, f"private names used across modules (make them public, or move the code): {found}"


def test_the_reader_finds_each_kind_of_reach():
    source = ("from .slips import _matches_result, close\n"
              "from netcrime.checks.sealed import _stored\n"
              "from . import claims\n"
              "import netcrime.checks.labels as labels\n"
              "from re import _parser\n"
              "def f():\n"
              "    return claims._asserted, labels._read, claims.__name__, claims.find\n")
    assert private_reaches(source, "netcrime.checks.figure_family") == [
        "line 1: from netcrime.checks.slips import _matches_result",
        "line 2: from netcrime.checks.sealed import _stored",
        "line 7: claims._asserted",
        "line 7: labels._read",
    ]
    # a package's own private submodule, and a module's own names, are its own business
    assert private_reaches("from . import _helpers\n", "netcrime.checks", is_package=True) == []
    assert private_reaches("from .figure_family import _x\n", "netcrime.checks.figure_family") == []
    assert private_reaches("from .. import _paths\n", "netcrime.checks.slips") == [
        "line 1: from netcrime import _paths"]


# Process-wide state (issue #15): the environment, the working folder, the umask and the session belong to the
# whole process, so code that a notebook, a test or the grader's threads call must not change them. Only a
# process's own entry point may, when nothing else runs in that process: each entry here says whose process it is.
OWN_PROCESS = {
    ("grading/fork_server.py", "serve"): "the fork server's own process: the data folder for lessons it preloads",
    ("grading/fork_server.py", "runner"): "one forked child per submission, in its own namespaces",
    ("launch.py", "main"): "`make lab`: changes folder, then replaces itself with JupyterLab (os.execv)",
}
_PROCESS_CALLS = {"umask", "chdir", "putenv", "unsetenv", "setsid", "setpgrp"}
_ENVIRON_CHANGES = {"update", "pop", "setdefault", "clear", "popitem"}


def _is_environ(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "environ"
            and isinstance(node.value, ast.Name) and node.value.id == "os")


def process_state_changes(source: str) -> list[tuple[str, int, str]]:
    """(enclosing function or '<module>', line, what) for each change of process-wide state in this source."""
    tree = parsed(source)
    found = []

    def walk(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inside = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            what = None
            if isinstance(child, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
                targets = getattr(child, "targets", None) or [child.target]
                if any(isinstance(t, ast.Subscript) and _is_environ(t.value) for t in targets):
                    what = "os.environ[...]"
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                if _is_environ(child.func.value) and child.func.attr in _ENVIRON_CHANGES:
                    what = f"os.environ.{child.func.attr}"
                elif (isinstance(child.func.value, ast.Name) and child.func.value.id == "os"
                      and child.func.attr in _PROCESS_CALLS):
                    what = f"os.{child.func.attr}"
            if what:
                found.append((function, child.lineno, what))
            walk(child, inside)

    walk(tree, "<module>")
    return found


def test_only_a_process_s_own_entry_point_changes_process_wide_state():
    found, seen = [], set()
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for function, line, what in process_state_changes(path.read_text(encoding="utf-8")):
            if (relative, function) in OWN_PROCESS:
                seen.add((relative, function))
            else:
                found.append(f"{relative} line {line} ({function}): {what}")
    assert not found, ("these change the environment, folder, umask or session of a process that other code shares "
                       f"(pass an env= to the child instead, or add the entry point to OWN_PROCESS): {found}")
    assert seen == set(OWN_PROCESS), f"entries that no longer change anything: {set(OWN_PROCESS) - seen}"


def test_the_state_reader_finds_each_kind_of_change():
    source = ("import os\n"
              "os.umask(0o22)\n"
              "def grade():\n"
              "    os.environ['A'] = '1'\n"
              "    os.environ.update(B='2')\n"
              "    del os.environ['A']\n"
              "    def inner():\n"
              "        os.chdir('/tmp')\n"
              "    env = {**os.environ, 'C': '3'}\n"
              "    os.environ.get('D')\n")
    assert process_state_changes(source) == [
        ("<module>", 2, "os.umask"), ("grade", 4, "os.environ[...]"), ("grade", 5, "os.environ.update"),
        ("grade", 6, "os.environ[...]"), ("inner", 8, "os.chdir")]
