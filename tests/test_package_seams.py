"""The package's modules talk to each other through public names only (issue #15).

A name that starts with an underscore is a module's own business: another module that imports it, or reaches it
as ``module._name``, depends on what its owner may change without warning (round 9 found three such reaches).
This reads every module of ``src/netcrime`` as text (nothing is imported) and lists each reach.
"""
from __future__ import annotations

import ast
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


def private_reaches(source: str, importer: str, is_package: bool = False) -> list[str]:
    """'line N: from .slips import _x' for each private name of another netcrime module this source uses."""
    found = []
    course_modules: set[str] = set()  # local names bound to a netcrime module
    for node in ast.walk(ast.parse(source)):
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
    for node in ast.walk(ast.parse(source)):
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
