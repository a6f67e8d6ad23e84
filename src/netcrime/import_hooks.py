"""Run a function right after a module is first imported, not before.

Why: ``netcrime.setup()`` must configure Altair (renderer, theme) in every
lesson that charts, but importing Altair is the slowest step of a lesson's
start (it imports jsonschema, whose URI checker builds a parser on import), and
lessons without charts never need it. So setup() configures Altair at once if
it is already imported, and otherwise right after the lesson first imports it.
"""
from __future__ import annotations

import importlib.abc
import importlib.util
import sys
import warnings
from typing import Callable


class _AfterImport(importlib.abc.MetaPathFinder):
    """A one-shot finder: lets the usual finders find ``name``, then wraps its loader."""

    def __init__(self, name: str, callback: Callable[[], None]):
        self.name = name
        self.callback = callback

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        exec_module, callback = loader.exec_module, self.callback

        def exec_then_call(module):
            exec_module(module)
            try:
                callback()
            except Exception as exc:  # never break the student's import
                warnings.warn(f"netcrime could not configure {fullname} after importing it: {exc}", stacklevel=2)

        loader.exec_module = exec_then_call
        return spec


def when_imported(name: str, callback: Callable[[], None]) -> None:
    """Call ``callback`` now if ``name`` is imported, else right after its first import."""
    if name in sys.modules:
        callback()
        return
    for finder in sys.meta_path:
        if isinstance(finder, _AfterImport) and finder.name == name:
            finder.callback = callback  # the latest set-up wins; still once
            return
    sys.meta_path.insert(0, _AfterImport(name, callback))
