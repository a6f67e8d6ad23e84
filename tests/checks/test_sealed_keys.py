"""The sealed keys (checks/sealed.py, issue #19): fresh, complete, and telling only yes or no.

checks/sealed_keys.json holds seals of what every instructor key module (netcrime/instructor/lessonNN_key.py)
gives today: a data edit or a changed key fails here until ``python -m netcrime.instructor.seal_keys`` is run.
"""
from __future__ import annotations

import json
import runpy
import sys

from netcrime.checks import sealed
from netcrime.instructor import seal_keys


def test_every_seal_is_fresh():
    """One test for every lesson: the stored seals are exactly what the key modules give now."""
    stale = {q for q in set(sealed._stored()) | set(seal_keys.seals())
             if sealed._stored().get(q) != seal_keys.seals().get(q)}
    assert not stale, f"stale seals {sorted(stale)}: run `python -m netcrime.instructor.seal_keys`"


def test_each_right_answer_opens_its_seal_and_nothing_else_does():
    for question, key in seal_keys.answers().items():
        for item, value in key.items():
            assert sealed.is_right(question, item, value), (question, item)
            assert not sealed.is_right(question, item, "not it")


def test_the_writer_is_one_command_for_every_lesson(tmp_path, monkeypatch, capsys):
    """The guide's command (``python -m netcrime.instructor.seal_keys``, run here as its module's main, in this
    process: no second interpreter) writes the file the student package reads, for every lesson with a key module."""
    lessons = {m.__name__.rsplit(".", 1)[1][len("lesson"):][:2] for m in seal_keys.key_modules()}
    assert {"03", "04", "05"} <= lessons
    assert {q.split("/")[0] for q in sealed._stored()} >= lessons
    target = tmp_path / "sealed_keys.json"
    monkeypatch.setattr(sealed, "KEYS_FILE", target)
    monkeypatch.delitem(sys.modules, seal_keys.__name__)  # run as ``-m`` runs it: a fresh __main__, not the import
    try:
        runpy.run_module("netcrime.instructor.seal_keys", run_name="__main__")
        assert json.loads(target.read_text(encoding="utf-8")) == seal_keys.seals()
    finally:
        sealed._stored.cache_clear()  # the real file is read again after the patch is undone
    assert f"wrote {target}" in capsys.readouterr().out


def test_a_judge_finds_the_right_option_only_by_asking(monkeypatch):
    stored = {"99/y": {"answer": sealed.seal("99/y", "answer", "keep")}}
    monkeypatch.setattr(sealed, "_stored", lambda: stored)
    key = sealed.Key("99/y")
    assert key.found_among(("drop", "Keep")) == "Keep" and key.found_among(("drop",)) is None


def test_a_remembered_seal_is_the_seal_worked_afresh():
    """Seals of texts are remembered (#15); a text's seal is the same remembered or not, a number's and a flag's stay
    their own (1, 1.0 and True are one key to a cache, and 1 and True seal differently), and a text's seal is its
    folded form's."""
    for _ in range(2):
        assert sealed.seal("01/q1", "answer", " Trend ") == sealed.seal("01/q1", "answer", "trend")
        assert sealed.seal("01/q1", "answer", "1") == sealed.seal("01/q1", "answer", 1) == \
            sealed.seal("01/q1", "answer", 1.0)
        assert sealed.seal("01/q1", "answer", True) != sealed.seal("01/q1", "answer", 1)
        assert sealed.seal("01/q1", "answer", (True,)) != sealed.seal("01/q1", "answer", (1,))
        assert sealed.seal("01/q1", "answer", "trend") != sealed.seal("01/q1", "other", "trend")
