"""netcrime.parse_python survives a finalizer that parses in the middle of a parse (CPython #106905)."""

import ast
import gc

from netcrime.parse_python import parse

# Sizes chosen so the unprotected parse fails in most rounds (about 9 in 10 on CPython 3.11) while a
# round costs a fraction of a second: what triggers the bug is a collection during the parse, not the
# size of the source.
BIG = "\n".join(f"def f{i}(a, b):\n    return [a + b * {i} for _ in range(3)]" for i in range(100))
FINALIZERS_PER_ROUND = 50


class _ParsesWhenCollected:
    """A reference cycle whose finalizer parses, as logging an abandoned asyncio task's traceback does."""

    def __init__(self):
        self.me = self

    def __del__(self):
        ast.parse("x = (1 + 2) * 3\n" * 5)


def _parse_with_garbage(parser, rounds=20):
    threshold = gc.get_threshold()
    gc.set_threshold(50)
    failures = 0
    try:
        for _ in range(rounds):
            for _ in range(FINALIZERS_PER_ROUND):
                _ParsesWhenCollected()
            try:
                parser(BIG)
            except SystemError:
                failures += 1
    finally:
        gc.set_threshold(*threshold)
        gc.collect()
    return failures


def test_parse_never_fails_when_a_finalizer_parses_mid_parse():
    assert _parse_with_garbage(parse) == 0


def test_parse_gives_the_same_tree_and_restores_the_collector():
    assert ast.dump(parse(BIG)) == ast.dump(ast.parse(BIG))
    assert gc.isenabled()
    gc.disable()
    try:
        parse("x = 1")
        assert not gc.isenabled()  # it restores the state it found, not always "on"
    finally:
        gc.enable()


def test_the_harness_reproduces_the_bug_on_python_3_11():
    import sys

    import pytest

    if sys.version_info[:2] != (3, 11):  # said in the -rs summary, not passed in silence
        pytest.skip("CPython fixed #106905 after 3.11, so only 3.11 can show the harness finds the bug; "
                    "the test that parse() never fails runs on every version")
    assert _parse_with_garbage(ast.parse) > 0
