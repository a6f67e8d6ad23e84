"""nbval's kernel start is retried when a kernel dies while starting (the root conftest.py says why)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import nbval.kernel
import pytest


def _root_conftest():
    """The repository's root conftest.py (``import conftest`` would find tests/conftest.py)."""
    spec = importlib.util.spec_from_file_location("root_conftest", Path(__file__).resolve().parents[1] / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROOT_CONFTEST = _root_conftest()
KERNEL_START_ATTEMPTS = ROOT_CONFTEST.KERNEL_START_ATTEMPTS
start_kernel_with_retries = ROOT_CONFTEST.start_kernel_with_retries


def test_nbval_uses_the_retrying_start():
    assert getattr(nbval.kernel.start_new_kernel, "__wrapped__", None) is not None


def test_a_kernel_that_dies_once_is_started_again():
    calls = []

    def start(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        return "manager", "client"

    assert start_kernel_with_retries(start)(kernel_name="python") == ("manager", "client")
    assert len(calls) == 2


def test_a_kernel_that_never_starts_still_fails_after_the_last_attempt():
    calls = []

    def start(**kwargs):
        calls.append(kwargs)
        raise RuntimeError("Kernel died before replying to kernel_info")

    with pytest.raises(RuntimeError, match="Kernel died"):
        start_kernel_with_retries(start)()
    assert len(calls) == KERNEL_START_ATTEMPTS


def test_other_errors_are_not_retried():
    calls = []

    def start(**kwargs):
        calls.append(kwargs)
        raise ValueError("no such kernel")

    with pytest.raises(ValueError):
        start_kernel_with_retries(start)()
    assert len(calls) == 1
