"""Compiled regular expressions kept between processes, as Python keeps compiled modules.

Python's ``re`` compiles a pattern in pure Python, and the claim vocabulary (``claims``: about 370 patterns and
half a million characters of regular expression, most of it the crime noun phrase that begins many patterns) takes
about 2.5 CPU-s to compile. Every process that reads a chart's words paid it: each worker of `make check` and
`make test`, the grader, a student's first check in lesson 02. ``compile_kept`` keeps what ``re``'s compiler hands
to the regular expression engine (``_sre``: the compiled program, its flags and groups) in a file beside the
package's bytecode (``__pycache__``), per Python version and engine; a later process hands the kept program to the
engine directly, which validates it. The result is the same pattern object ``re.compile`` returns (patterns compare
equal by their source, flags and program: tests/checks/test_kept_patterns.py). Anything unexpected (no file, a file
for other patterns or another Python, a folder that cannot be written, a Python whose ``re`` is built otherwise)
falls back to ``re.compile``. Beside each program the file keeps the literals one of which every match contains
(``required_literals``, read from the same parse: ``required_kept``), so a caller may skip a scan cheaply; they are
kept with the reading's own version (a checksum of required_literals.py), and read again when that module changes.
Nothing is written when Python is told not to write bytecode (``-B``, ``PYTHONDONTWRITEBYTECODE``,
``sys.dont_write_bytecode``).
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
import zlib
from array import array
from pathlib import Path

from . import required_literals

FOLDER = Path(__file__).with_name("__pycache__")
# Entries kept from earlier processes beyond the ones used now, at most (a vocabulary edited often leaves old ones)
_STALE_FACTOR = 2
_CODE_WORD = "I"  # an unsigned 32-bit word, the engine's code unit (``_sre.CODESIZE``, checked in ``_engine_tag``)


def _engine_tag() -> str | None:
    """The Python and regular expression engine a kept program is valid for (None: keep nothing)."""
    try:
        import _sre
        from re import _compiler, _parser  # noqa: F401 - CPython 3.11+'s compiler, which this module calls
    except ImportError:
        return None
    if sys.implementation.name != "cpython" or sys.implementation.cache_tag is None \
            or _sre.CODESIZE != array(_CODE_WORD).itemsize:
        return None
    return f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}"


def _reading_tag() -> int | None:
    """The version of ``required_literals``' reading (a checksum of its source; None: unknown, keep nothing)."""
    try:
        return zlib.crc32(Path(required_literals.__file__).read_bytes())
    except (OSError, TypeError):
        return None


_READING = _reading_tag()


class _Kept:
    """The kept programs of one file: {(pattern, flags): program}, read on first use, written when new ones were made."""

    def __init__(self, name: str):
        self.tag = _engine_tag()
        self.path = FOLDER / f"{name}.{self.tag}.patterns" if self.tag else None
        self.programs: dict | None = None
        self.used: set = set()
        self.made = False  # programs made since the file was last written

    def _read(self) -> dict:
        if self.programs is None:
            self.programs = {}
            try:
                tag, programs = marshal.loads(zlib.decompress(self.path.read_bytes()))
                if tag == self.tag and isinstance(programs, dict):
                    self.programs = programs
            except Exception:  # noqa: BLE001 - no file, or one written otherwise: compile afresh
                pass
        return self.programs

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        if self.path is None or flags & re.LOCALE:  # a LOCALE pattern's program depends on the locale it met
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        self.used.add(key)
        program = self._read().get(key)
        if program is not None:
            try:
                return _from_program(pattern, program)
            except Exception:  # noqa: BLE001 - a program this engine refuses: compile afresh
                pass
        try:
            program = _program(pattern, int(flags))
            compiled = _from_program(pattern, program)
        except Exception:  # noqa: BLE001 - a Python whose re is built otherwise (or a bad pattern): re says why
            return re.compile(pattern, flags)
        self.programs[key] = program
        self._note_made()
        return compiled

    def literals(self, pattern: str, flags: int) -> tuple[str, ...] | None:
        """``required_literals.required`` of the pattern: kept with its program (missing from the file, or read by
        another version of ``required_literals``, they are read again and the file updated)."""
        key = (pattern, int(flags))
        program = self._read().get(key) if self.path is not None else None
        if program is not None and len(program) > 5 and _READING is not None and program[5][0] == _READING:
            return program[5][1]
        from re import _parser

        found = required_literals.required(_parser.parse(pattern, flags))
        if program is not None and _READING is not None:
            self.programs[key] = (*program[:5], (_READING, found))
            self._note_made()
        return found

    def _note_made(self) -> None:
        if not self.made:
            self.made = True
            atexit.register(self.write)  # once, when the process ends: the file is written whole, not per pattern

    def write(self) -> None:
        """Keep the programs made (those used by this process, and earlier ones while they are few); at exit."""
        if not self.made or self.path is None or sys.dont_write_bytecode:
            return
        self.made = False
        programs = self.programs
        if len(programs) > _STALE_FACTOR * len(self.used):
            programs = {key: program for key, program in programs.items() if key in self.used}
        temporary = None
        try:
            FOLDER.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=FOLDER, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(zlib.compress(marshal.dumps((self.tag, programs)), 1))
            os.chmod(temporary, 0o644)
            os.replace(temporary, self.path)  # whole or not at all: two processes may write at once
        except Exception:  # noqa: BLE001 - a folder that cannot be written (an installed package, a sandbox): keep nothing
            if temporary is not None:
                try:
                    os.unlink(temporary)
                except OSError:
                    pass


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (its steps, kept apart)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    literals = required_literals.required(parsed)  # read before the compiler, which may rewrite the tree
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the program as bytes of the engine's code words (the compiler's opcodes are an int subclass marshal cannot write)
    return (int(flags | parsed.state.flags), array(_CODE_WORD, code).tobytes(), int(parsed.state.groups - 1),
            groupindex, tuple(indexgroup), (_READING, literals))


def _from_program(pattern: str, program: tuple) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex, indexgroup = program[:5]  # a file written before round 14 has no literals
    words = array(_CODE_WORD)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


_FILES: dict[str, _Kept] = {}


def compile_kept(patterns, flags: int = 0, *, name: str) -> list[re.Pattern]:
    """``[re.compile(p, flags) for p in patterns]``, with the compiled programs kept in the file ``name``."""
    kept = _FILES.get(name) or _FILES.setdefault(name, _Kept(name))
    return [kept.compile(pattern, flags) for pattern in patterns]


def required_kept(patterns, flags: int = 0, *, name: str) -> list[tuple[str, ...] | None]:
    """For each pattern, the lower-case literals one of which its every match contains (``required_literals``; None:
    none known), kept with its program in the file ``name`` (after ``compile_kept`` of the same patterns, no parse)."""
    kept = _FILES.get(name) or _FILES.setdefault(name, _Kept(name))
    return [kept.literals(pattern, flags) for pattern in patterns]
