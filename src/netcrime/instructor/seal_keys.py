"""Writes every lesson's sealed keys at once (instructor only; never in a student build).

Each ``netcrime/instructor/lessonNN_key.py`` has an ``answers()`` giving {question: {item: right answer}}.
``python -m netcrime.instructor.seal_keys`` seals them all into
``checks/sealed_keys.json``; tests/checks/test_sealed_keys.py fails while any seal is stale (after a data edit or a
changed key), so a new lesson's key module needs no edit here: it is found by its name.
"""
from __future__ import annotations

import importlib
import json
import pkgutil

from .. import instructor
from ..checks import sealed


def key_modules() -> list:
    """Every lesson's key module (``lessonNN_key``), in lesson order."""
    names = sorted(m.name for m in pkgutil.iter_modules(instructor.__path__)
                   if m.name.startswith("lesson") and m.name.endswith("_key"))
    return [importlib.import_module(f"{instructor.__name__}.{name}") for name in names]


def answers() -> dict[str, dict[str, object]]:
    """Every sealed answer of every lesson, {question: {item: right answer}}."""
    found: dict[str, dict[str, object]] = {}
    for module in key_modules():
        for question, key in module.answers().items():
            if question in found:
                raise ValueError(f"{question} is sealed twice (again in {module.__name__})")
            found[question] = dict(key)
    return found


def seals() -> dict[str, dict[str, str]]:
    """What ``checks/sealed_keys.json`` holds: per question, a seal per item."""
    return {question: {str(item): sealed.seal(question, str(item), value) for item, value in key.items()}
            for question, key in answers().items()}


def write() -> None:
    sealed.KEYS_FILE.write_text(json.dumps(seals(), ensure_ascii=False, indent=1, sort_keys=False) + "\n",
                                encoding="utf-8")
    sealed.reload()


if __name__ == "__main__":
    write()
    print(f"wrote {sealed.KEYS_FILE}")
