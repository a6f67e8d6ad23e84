"""Compile once, at set-up, what the course's Python processes would otherwise each compile for themselves.

Two things are made from the package's source and kept beside it in ``__pycache__``:

- the modules' bytecode (``compileall``). A process writes the bytecode of what it imports only if Python may write
  bytecode: not under ``PYTHONDONTWRITEBYTECODE`` (set on some CI images and on the machine the course is built on),
  and a process that imports the package before that is known (a kernel, JupyterLab's, the grader's CLI) compiles
  it again every time;
- the claim vocabulary's regular expressions (``checks.kept_patterns``: about 2.7 CPU-s). A process keeps them
  only when it ends normally and may write bytecode, so on a fresh clone's first `make test` every test worker and
  lesson 02's kernels compiled the vocabulary, about 11 CPU-s in all (benchmarks/results/test_suite.md, round 13),
  and a student's lesson 02 kernel compiles it on every start where bytecode is not written.

Run by the Makefile's set-up, once (``python -m netcrime.precompile``). Later edits need nothing more: Python
recompiles a changed module, and a pattern missing from the kept file is compiled and kept by the next test run.
Writing is the point of this step, so it writes even where ``PYTHONDONTWRITEBYTECODE`` says not to, as pip's own
install step compiles the environment's packages; a folder it cannot write leaves everything as it was.
"""
from __future__ import annotations

import compileall
import importlib
import pkgutil
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
LESSON_MODULE = re.compile(r"lesson\d\d")


def compile_package() -> None:
    """Write the bytecode of every module of the package (those already up to date are left as they are). A module
    that does not compile is named by ``compileall`` and left to fail where it is imported, with its own message."""
    compileall.compile_dir(PACKAGE, quiet=1)


def claim_vocabulary() -> list:
    """Every claim the lessons' checks read a chart's words for (``checks.claims.Claim`` in a lesson module)."""
    from netcrime import checks
    from netcrime.checks import claims

    found = {}
    for module in pkgutil.iter_modules(checks.__path__):
        if LESSON_MODULE.fullmatch(module.name):
            lesson = importlib.import_module(f"{checks.__name__}.{module.name}")
            found.update((id(v), v) for v in vars(lesson).values() if isinstance(v, claims.Claim))
    return list(found.values())


def keep_claim_patterns() -> int:
    """Compile every pattern of the vocabulary through ``kept_patterns``, which writes them at exit; how many claims."""
    vocabulary = claim_vocabulary()
    for claim in vocabulary:
        claim.find("")  # reading any text compiles all of the claim's patterns (``claims._spans``)
    return len(vocabulary)


def main() -> int:
    sys.dont_write_bytecode = False
    compile_package()
    claims = keep_claim_patterns()
    print(f"Set-up: compiled the course package and the {claims} chart-word claims' patterns once, for every "
          f"process to reuse (src/netcrime/precompile.py says why).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
