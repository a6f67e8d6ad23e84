"""Build jsonschema's IRI grammar when an IRI is first checked, not in every process that imports jsonschema.

jsonschema (imported by Altair, JupyterLab, nbformat's tools, nbgrader and otter) imports
``rfc3987_syntax`` eagerly, and that module compiles about 35 Earley parsers at import: about
1.7 s of CPU in every such Python process (a lesson's kernel, JupyterLab, a grading run), for a
format (``iri``) that neither the course nor Vega-Lite's schema uses (jsonschema issue #1428).

``defer_iri_grammar()`` puts a stand-in module in its place that imports the real one on first use
of anything in it, so a process that does validate an IRI still gets the real checker (and pays
its cost then). ``make setup`` installs a ``.pth`` file into the course's virtual environment
(``.venv/bin/python src/netcrime/lazy_iri.py``: run as a script, since the start-up line has already
imported it as a module) whose one line calls it at interpreter start, so every Python
process of the course's environment starts without the grammar; the fork server also calls it
before its preload. This module imports only the standard library: it runs in every process.
"""
from __future__ import annotations

import sys
from importlib.machinery import PathFinder  # not importlib.util, which costs 4 ms more per process start

NAME = "rfc3987_syntax"

# Site-packages' .pth files run in sorted order: this name sorts after setuptools' editable-install
# file ("__editable__.netcrime-....pth"), which is what makes ``netcrime`` importable.
PTH_NAME = "netcrime-lazy-iri.pth"
# A line starting with "import" is executed by ``site``. An older checkout without this module (or a
# moved source folder) must not print an error at every interpreter start, so ImportError is ignored.
PTH_LINE = ('import sys; exec("try:\\n from netcrime.lazy_iri import defer_iri_grammar\\n'
            'except ImportError:\\n pass\\nelse:\\n defer_iri_grammar()")\n')


def defer_iri_grammar() -> None:
    """Put a stand-in for ``rfc3987_syntax`` in ``sys.modules`` that imports the real one on first use.

    Does nothing if the real module is already imported or not installed (then jsonschema
    simply has no IRI checker, as without this).
    """
    if NAME in sys.modules or PathFinder.find_spec(NAME) is None:
        return
    stand_in = type(sys)(NAME, "Imported on first use (see netcrime.lazy_iri).")

    def real():
        if sys.modules.get(NAME) is stand_in:
            del sys.modules[NAME]
        __import__(NAME)
        return sys.modules[NAME]

    def is_valid_syntax(term, value):
        return real().is_valid_syntax(term, value)

    def anything_else(attribute: str):  # PEP 562; not dunders: the import system asks for __path__ and such
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(real(), attribute)

    stand_in.is_valid_syntax = is_valid_syntax
    stand_in.__getattr__ = anything_else
    sys.modules[NAME] = stand_in


def install_pth(site_packages=None):
    """Write the .pth file that calls ``defer_iri_grammar`` at start-up into this interpreter's site-packages.

    Returns its path and whether it was written (False: it was already there, as it is).
    """
    import sysconfig  # here, not at the top: the start-up line imports this module in every process
    from pathlib import Path

    path = Path(site_packages or sysconfig.get_path("purelib")) / PTH_NAME
    if path.is_file() and path.read_text(encoding="utf-8") == PTH_LINE:
        return path, False
    path.write_text(PTH_LINE, encoding="utf-8")
    return path, True


def main() -> int:
    path, written = install_pth()
    if written:
        print(f"Set-up: Python processes in this environment now skip building an unused jsonschema grammar\n"
              f"at start-up (about 1.7 s each; {path.name}, src/netcrime/lazy_iri.py says why).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
