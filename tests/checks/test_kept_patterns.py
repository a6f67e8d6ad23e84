"""Compiled patterns kept between processes (``kept_patterns``) are the patterns ``re.compile`` makes.

Two patterns compare equal only when their source, flags and compiled program are the same (CPython compares the
program word by word), so equality here proves a kept pattern matches exactly as a fresh one does.
"""
from __future__ import annotations

import re
import sys

import pytest

from netcrime.checks import claims, kept_patterns
from netcrime.checks import lesson02 as L
from sampled_cases import sample

VOCABULARY = [value for value in vars(L).values() if isinstance(value, claims.Claim)]
SOURCES = sorted({claims.WORD_HYPHEN.sub("[- ]", p) for c in VOCABULARY for p in (*c.patterns, *c.asked_patterns)})


def _written(name: str) -> None:
    kept_patterns._FILES[name].write()  # what the process does at exit
    kept_patterns._FILES.clear()  # a later process: nothing remembered but the file


def test_the_vocabulary_is_read_as_the_claims_module_reads_it():
    assert len(VOCABULARY) >= 10 and len(SOURCES) >= 300
    small = min(VOCABULARY, key=lambda claim: sum(map(len, claim.patterns)))  # a few patterns: cheap to compile
    fresh = [re.compile(claims.WORD_HYPHEN.sub("[- ]", p), re.IGNORECASE) for p in small.patterns]
    assert claims._compile(small.patterns) == fresh


@pytest.mark.slow  # compiles the whole vocabulary once (about 2.5 CPU-s): `make test`; `make check` runs the sample below
def test_every_pattern_of_the_vocabulary_is_the_one_the_claims_read():
    """What every process reading a chart's words uses (the claims' kept file, or programs made where there is none)
    is what ``re.compile`` makes, for every pattern of the vocabulary. Both ways of getting there (made, then kept in
    a file and read back) are compared below: on every pattern in `make test`, on a sample in `make check`."""
    used = kept_patterns.compile_kept(SOURCES, re.IGNORECASE, name="claims")
    assert used == [re.compile(source, re.IGNORECASE) for source in SOURCES]


def test_the_longest_and_a_sample_of_the_vocabulary_are_the_same_made_or_kept(folder):
    """The two longest patterns, and of the rest every 40th in `make check` (all of them in `make test`:
    tests/sampled_cases.py)."""
    by_length = sorted(SOURCES, key=len)
    _same_made_or_kept(folder, [*by_length[-2:], *sample(by_length[:-2], 40)])


def _same_made_or_kept(folder, sources):
    fresh = [re.compile(source, re.IGNORECASE) for source in sources]
    made = kept_patterns.compile_kept(sources, re.IGNORECASE, name="vocabulary")
    assert made == fresh
    _written("vocabulary")
    assert [p.name for p in folder.iterdir()] == [f"vocabulary.{kept_patterns._engine_tag()}.patterns"]
    kept = kept_patterns.compile_kept(sources, re.IGNORECASE, name="vocabulary")
    assert kept == fresh
    assert not kept_patterns._FILES["vocabulary"].made  # every one read from the file, none compiled again
    text = "Online fraud fell after the campaign; crime did not rise, and victims were not counted."
    assert [[m.span() for m in p.finditer(text)] for p in kept] == [[m.span() for m in p.finditer(text)] for p in fresh]


@pytest.mark.parametrize("damage", [b"", b"not a kept file", "wrong engine"])
def test_a_damaged_or_foreign_file_is_compiled_afresh(folder, damage):
    sources = [r"\bcrime (?:fell|dropped)\b", r"(?P<who>police|victims?) (?:were )?counted"]
    kept_patterns.compile_kept(sources, re.IGNORECASE, name="few")
    _written("few")
    path = next(folder.iterdir())
    if damage == "wrong engine":
        import marshal
        import zlib
        _tag, programs = marshal.loads(zlib.decompress(path.read_bytes()))
        path.write_bytes(zlib.compress(marshal.dumps(("cpython-99-sre0", programs))))
    else:
        path.write_bytes(damage)
    again = kept_patterns.compile_kept(sources, re.IGNORECASE, name="few")
    assert again == [re.compile(s, re.IGNORECASE) for s in sources]
    assert again[1].groupindex == {"who": 1}
    assert kept_patterns._FILES["few"].made  # compiled, not read


def test_a_program_the_engine_refuses_is_compiled_afresh(folder):
    kept_patterns.compile_kept([r"fell|dropped"], 0, name="one")
    entry = kept_patterns._FILES["one"]
    key = next(iter(entry.programs))
    flags, code, *rest = entry.programs[key]
    entry.programs[key] = (flags, code[:-4], *rest)  # a program cut short: _sre validates and refuses it
    entry.made = False
    assert kept_patterns.compile_kept([r"fell|dropped"], 0, name="one") == [re.compile(r"fell|dropped")]


def test_nothing_is_written_where_python_writes_no_bytecode_or_cannot_write(folder, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert kept_patterns.compile_kept([r"crime fell"], 0, name="quiet") == [re.compile(r"crime fell")]
    kept_patterns._FILES["quiet"].write()
    assert not list(folder.iterdir())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(kept_patterns, "FOLDER", folder / "a file, not a folder")
    (folder / "a file, not a folder").write_text("x")
    assert kept_patterns.compile_kept([r"crime rose"], 0, name="blocked") == [re.compile(r"crime rose")]
    kept_patterns._FILES["blocked"].write()  # fails quietly: the pattern was compiled all the same
    assert sorted(p.name for p in folder.iterdir()) == ["a file, not a folder"]


def test_a_python_whose_re_is_built_otherwise_compiles_as_usual(folder, monkeypatch):
    def renamed(pattern, flags):
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(kept_patterns, "_program", renamed)  # as if a later Python renamed the compiler's step
    assert kept_patterns.compile_kept([r"crime (?:fell|rose)"], re.IGNORECASE, name="other") == [
        re.compile(r"crime (?:fell|rose)", re.IGNORECASE)]
    with pytest.raises(re.error):  # a bad pattern still raises re's own error
        kept_patterns.compile_kept([r"crime (fell"], 0, name="other")
