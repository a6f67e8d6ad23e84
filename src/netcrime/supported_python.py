"""Which Python versions the course supports, and the sentence for everyone else.

Why a module of its own, written so that even Python 2.7 can run it: `make lab`
and `make test` run it with the student's interpreter *before* anything is
installed (`python src/netcrime/supported_python.py`), so an old Python gets a
sentence saying what to do instead of a pip resolver error. The minimum is
Python 3.11 because Altair 6.3 and pandas 3 need it (and 3.10 reached its end
of life in October 2026); tests/test_supported_python.py keeps it equal to
pyproject.toml's ``requires-python``.
"""
import sys

MINIMUM = (3, 11)
# Versions whose import and checks were run here (README, "Supported Pythons").
TESTED = ((3, 11), (3, 12), (3, 13))


def _dotted(version):
    return ".".join(str(part) for part in version)


def problem(version=None, venv=None):
    """A sentence for an unsupported interpreter, or None when it is supported.

    ``venv`` names the folder when the interpreter is that of an existing
    virtual environment (made earlier, perhaps by an older course version).
    """
    version = tuple(version or sys.version_info[:3])
    if version[:2] >= MINIMUM:
        return None
    if venv:
        return (
            "The course's {venv} folder was made with Python {have}, but this course now needs Python "
            "{minimum} or newer. Delete it (make clean) and run the command again with a newer Python, "
            "for example: make lab PYTHON=python3.13"
        ).format(venv=venv, minimum=_dotted(MINIMUM), have=_dotted(version))
    return (
        "This course needs Python {minimum} or newer, but {exe} is Python {have}. "
        "Install a newer Python (from python.org, your package manager, or conda) and run the "
        "command again with it, for example: make lab PYTHON=python3.13"
    ).format(minimum=_dotted(MINIMUM), exe=sys.executable or "this interpreter", have=_dotted(version))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    venv = argv[argv.index("--venv") + 1] if "--venv" in argv[:-1] else None
    message = problem(venv=venv)
    if message:
        sys.stderr.write(message + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
