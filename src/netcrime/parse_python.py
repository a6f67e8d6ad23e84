"""Parse Python source without tripping CPython 3.11's AST re-entrancy bug.

On Python 3.11 (and 3.12), ``ast.parse`` keeps its recursion counter in state shared by the whole
interpreter. If the cyclic garbage collector runs while a tree is being built and a finalizer
parses code of its own (formatting a traceback does, through the ``traceback`` module's caret
anchors), the outer parse ends with ``SystemError: AST constructor recursion depth mismatch``
(python/cpython#106905). The grader met exactly this: an abandoned nbclient task, collected in
the middle of a parse, logged its traceback. Pausing the collector for the length of the parse
removes the window; the lock keeps two threads from re-enabling it under each other.
"""

from __future__ import annotations

import ast
import gc
import threading

_LOCK = threading.Lock()


def parse(source: str | bytes) -> ast.Module:
    """``ast.parse(source)`` with the cyclic garbage collector paused for its duration."""
    with _LOCK:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return ast.parse(source)
        finally:
            if collecting:
                gc.enable()
