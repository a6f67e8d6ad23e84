"""Start a Jupyter kernel again when it died while starting: at most three attempts in all.

jupyter_client chooses free TCP ports, closes them, and the kernel binds them a
moment later; when two processes start kernels at once (two pytest workers, two
grading threads), another process can take a port in between and the new kernel
exits before it answers ``kernel_info`` ("Kernel died before replying to
kernel_info"; zmq "Address already in use"; e.g. treebeardtech/nbmake#129,
jupyter/nbconvert#1066). That is the machine, not the notebook, so the start is
tried again. A kernel that never starts still fails after the last attempt, with
the last attempt's error. A kernel that does not answer in time is not retried:
on a loaded machine more starts make that worse, and each would wait the whole
start-up timeout again.

Used by the root conftest.py (nbval's kernels) and by the grader's kernel engine
(``grading/kernel_engine.py``), so both follow one rule.
"""
from __future__ import annotations

import errno
import functools
from typing import Callable, TypeVar

ATTEMPTS = 3

T = TypeVar("T")


def died_while_starting(exc: BaseException) -> bool:
    """Is this the error of a kernel that exited before it was ready (worth one more start)?"""
    if isinstance(exc, RuntimeError) and "died" in str(exc).lower():
        return True
    return getattr(exc, "errno", None) == errno.EADDRINUSE  # zmq.ZMQError on a port taken in between


def with_retries(start: Callable[..., T], attempts: int = ATTEMPTS,
                 before_retry: Callable[[BaseException], None] | None = None) -> Callable[..., T]:
    """``start`` wrapped so a kernel that died while starting is started again (``attempts`` calls at most).

    ``before_retry(error)`` runs before each new attempt (e.g. to throw away the dead kernel's manager).
    Any other error, and the last attempt's, is raised unchanged.
    """
    @functools.wraps(start)
    def start_again_if_it_died(*args, **kwargs):
        for attempt in range(1, attempts + 1):
            try:
                return start(*args, **kwargs)
            except Exception as exc:
                if attempt == attempts or not died_while_starting(exc):
                    raise
                if before_retry is not None:
                    before_retry(exc)
        raise AssertionError("unreachable")  # pragma: no cover

    return start_again_if_it_died
