"""Submissions that attack the grader: one notebook per attack class, graded with classmates.

Each attack must fail, the attacker must still get a row with reasons, and the
classmates' rows must be exactly what they are when graded alone, in a single
run and in a re-run. The instructor's files (package source, data, site-packages,
solutions, the output folder) must be untouched, and nothing a submission
started may outlive the run.

The fork engine (the default) grades these quickly; ``-m kernel`` adds the
same class through the kernel path.
"""
from __future__ import annotations

import hashlib
import os
import site
import sys
import textwrap
import time
from pathlib import Path

import pytest

from netcrime import paths
from netcrime.grading import Limits, grade, read_data

from grading_fixtures import course_folder, read_csv, write

pytestmark = pytest.mark.kernel  # grades in bubblewrap sandboxes (processes): `make test`, not `make check`

LIMITS = Limits(cell_timeout=10, notebook_timeout=60, call_timeout=1.0)
SETUP = "from netcrime.checks.lesson00 import q1, q2, q3"
SECRET = "s3cr3t-grader-env-91c2"
ZOE_MARK = "zoe-private-7f3a"
STRAY_TOKEN = "netcrime-stray-5d1e"
REPO = paths.repo_root()

EXTRA = '''
from netcrime.checks.outcome import correct, not_attempted
from netcrime.checks.question import Question


def _seen(value):
    return not_attempted() if value is Ellipsis else correct("Collected.")


EXTRA_QUESTIONS = {"00": [Question(id="leak", lesson="00", prompt="", reads=("leak",), judge=_seen, collect=True)]}
'''


def _attacks(folder: Path, out: Path, data: Path, marker: Path) -> dict[str, list[str]]:
    """One notebook per attack class of issue #16 (host paths are written into the cells, as an attacker would)."""
    zoe = folder / "zoe.ipynb"
    package = Path(sys.modules["netcrime"].__file__).parent
    return {
        "edit_package": [SETUP, textwrap.dedent(f"""\
            import netcrime, pathlib
            hits = []
            for target in [pathlib.Path(netcrime.__file__).parent / 'checks' / 'lesson00.py',
                           pathlib.Path({str(package / 'checks' / 'lesson00.py')!r}),
                           pathlib.Path({str(package / 'checks' / 'question.py')!r})]:
                try:
                    with open(target, 'a') as f:
                        f.write('\\nQUESTIONS = []\\n')
                    hits.append(str(target))
                except OSError as exc:
                    hits.append(type(exc).__name__)
            leak = repr(hits)"""), "gangs = 1626"],
        "plant_startup": [SETUP, textwrap.dedent(f"""\
            import os, site, sysconfig, pathlib
            code = "open({str(marker)!r} + '-startup', 'w').write('ran')\\n"
            results = []
            for folder in {{sysconfig.get_paths()['purelib'], site.getusersitepackages(), {str(site.getsitepackages()[0])!r}}}:
                for name, text in (('sitecustomize.py', code), ('usercustomize.py', code),
                                   ('zz_netcrime.pth', 'import os; ' + code)):
                    try:
                        pathlib.Path(folder).mkdir(parents=True, exist_ok=True)
                        pathlib.Path(folder, name).write_text(text)
                        results.append('wrote ' + name)
                    except OSError as exc:
                        results.append(type(exc).__name__)
            startup = pathlib.Path(os.environ.get('IPYTHONDIR', '~/.ipython')).expanduser() / 'profile_default' / 'startup'
            startup.mkdir(parents=True, exist_ok=True)
            (startup / '00-evil.py').write_text(code)
            leak = repr(results)"""), "gangs = 1626"],
        "write_outputs": [SETUP, textwrap.dedent(f"""\
            import glob, os
            done = []
            for path in [{str(data / 'release_figures.csv')!r}, {str(out / 'gradebook.csv')!r},
                         {str(out / 'feedback' / 'zoe.md')!r}] + glob.glob({str(out / '.netcrime-grading' / '*.json')!r}):
                try:
                    open(path, 'w').write('garbage')
                    done.append(path)
                except OSError as exc:
                    done.append(type(exc).__name__)
            import shutil
            shutil.rmtree(os.environ['NETCRIME_DATA_DIR'])  # its own copy: allowed, and harms no one else
            leak = repr(done)"""), "gangs = 1626"],
        "kill_parent": [SETUP, "gangs = 1626", textwrap.dedent("""\
            import os, signal
            for target in (os.getppid(), 1, -1):
                try:
                    os.kill(target, signal.SIGKILL)
                except (OSError, ProcessLookupError):
                    pass
            os.killpg(0, signal.SIGKILL)"""), "leak = 'still here'"],
        "read_proc": [SETUP, textwrap.dedent(f"""\
            import os
            seen = []
            for pid in ['1', {str(os.getpid())!r}, 'self']:
                try:
                    seen.append(open('/proc/' + pid + '/environ', 'rb').read().decode(errors='replace'))
                except OSError as exc:
                    seen.append(type(exc).__name__)
            try:
                seen.append(' '.join(os.listdir('/proc')))
            except OSError as exc:
                seen.append(type(exc).__name__)
            leak = repr(seen)"""), "gangs = 1626"],
        "read_others": [SETUP, textwrap.dedent(f"""\
            import glob, os
            seen = []
            for pattern in [{str(zoe)!r}, {str(REPO / 'solutions' / '*.ipynb')!r}, {str(REPO / 'src' / '**' / '*.py')!r}]:
                found = glob.glob(pattern, recursive=True)
                seen.append(pattern + ': ' + str(len(found)))
                for path in found[:3]:
                    seen.append(open(path, errors='replace').read()[:3000])
            try:
                import netcrime.instructor
                seen.append('instructor importable')
            except ImportError as exc:
                seen.append(type(exc).__name__)
            import netcrime.checks.lesson03 as L3
            seen.append(L3.held_out().to_string())
            seen.append('SOLUTION=' + repr(getattr(q1, 'solution_code', None)))
            import io, contextlib
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                q1.solution()
            seen.append(buffer.getvalue())
            leak = repr(seen)"""), "gangs = 1626"],
        "stray": [SETUP, textwrap.dedent(f"""\
            import subprocess, sys
            program = ("import os, time\\n"
                       "os.setsid()\\n"
                       "if os.fork() == 0:\\n"
                       "    time.sleep(3)\\n"
                       "    for path in [{str(out / 'gradebook.csv')!r}, {str(marker)!r}]:\\n"
                       "        try:\\n"
                       "            open(path, 'w').write('pwned')\\n"
                       "        except OSError:\\n"
                       "            pass\\n"
                       "    time.sleep(60)\\n")
            subprocess.Popen([sys.executable, '-c', program, {STRAY_TOKEN!r}], start_new_session=True)
            leak = 'started'"""), "gangs = 1626"],
        "forged": [SETUP, "gangs = 0", textwrap.dedent("""\
            import json, os, struct
            fake = {"values": {"gangs": 1626, "leak": "forged"}, "probes": {}}
            print(json.dumps(fake))
            from IPython.display import publish_display_data
            publish_display_data({'text/plain': json.dumps(fake)})
            frame = json.dumps({"event": "payload", "nonce": "", "payload": json.dumps(fake)}).encode()
            for fd in range(3, 40):
                try:
                    os.write(fd, struct.pack('!Q', len(frame)) + frame)
                except OSError:
                    pass
            get_ipython().events.register('post_run_cell', lambda *a: print(json.dumps(fake)))"""),
            "leak = 'honest'"],
        "leak_env": [SETUP, "import os\nleak = repr(dict(os.environ))", "gangs = 1626"],
    }


VICTIMS = {
    "zoe": [SETUP, f"# {ZOE_MARK}\ngangs = 1626", "detained = 2.35 * 10_000", "counted = 'b'", "leak = 'mine'"],
    "amy": [SETUP, "gangs = 1626", "detained = 23500", "counted = 'c'"],
}


def _rows(out: Path, name: str) -> dict[str, dict]:
    return {row["student"] + "/" + row.get("question", ""): row for row in read_csv(out / name)}


def _digest(paths_: list[Path]) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths_ if p.is_file()}


def _watched() -> list[Path]:
    package = Path(sys.modules["netcrime"].__file__).parent
    files = list(package.rglob("*.py")) + list((REPO / "solutions").glob("*.ipynb"))
    for folder in {*site.getsitepackages(), site.getusersitepackages()}:
        files += [Path(folder) / n for n in ("sitecustomize.py", "usercustomize.py", "zz_netcrime.pth")]
    return files


def _strays() -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if STRAY_TOKEN.encode() in (entry / "cmdline").read_bytes():
                found.append(entry.name)
        except OSError:
            continue
    return found


def _grade(folder, out, course, engine, **kw):
    # The kernel path grades four notebooks at a time: most of a kernel-path grading is waiting (a kernel's start, its
    # shutdown, the attacks that sleep), so two threads left the cores idle; the fork engine's children are quick.
    return grade([folder], out, lesson="00", extra_checks=course["extra"], jobs=4 if engine == "kernel" else 2,
                 limits=LIMITS, data_dir=course["data"], show_progress=False, engine=engine, **kw)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    folder = course_folder(tmp_path_factory.mktemp("attacks"), EXTRA)
    alone = folder.root / "alone"
    for name, cells in VICTIMS.items():
        write(alone, name, cells)
    return {"root": folder.root, "data": folder.data, "extra": folder.extra, "alone": alone,
            "original": read_data(folder.data)}


def _attack_run(course, engine: str, alone_rows: dict | None = None) -> dict:
    """Grade the attacked class, the victims alone, the class again (forced) and once more from the cache.

    ``alone_rows``: the victims' rows graded alone by another run, used instead of grading them alone here.
    """
    import pytest as _pytest

    root = course["root"] / engine
    subs, out, marker = root / "class", root / "out", root / "marker"
    subs.mkdir(parents=True)
    for name, cells in VICTIMS.items():
        write(subs, name, cells)
    for name, cells in _attacks(subs, out, course["data"], marker).items():
        write(subs, name, cells)
    before = _digest(_watched())
    monkey = _pytest.MonkeyPatch()
    monkey.setenv("NETCRIME_TEST_SECRET", SECRET)
    try:
        first = {r.student: r for r in _grade(subs, out, course, engine)}
        first_rows = _rows(out, "results.csv")
        finished = time.monotonic()
    finally:
        monkey.undo()
    if alone_rows is None:
        alone_out = root / "alone_out"
        _grade(course["alone"], alone_out, course, engine)  # the victims alone (no secret), while the wait below runs
        alone_rows = _rows(alone_out, "results.csv")
    time.sleep(max(0.0, 4 - (time.monotonic() - finished)))  # 4 s after the run: the stray process would write at 3 s
    gradebook_after_wait = (out / "gradebook.csv").read_bytes()
    strays = _strays()
    monkey.setenv("NETCRIME_TEST_SECRET", SECRET)
    try:
        again = {r.student: r for r in _grade(subs, out, course, engine, force=True)}
        again_rows = _rows(out, "results.csv")
        cached = _grade(subs, out, course, engine)
    finally:
        monkey.undo()
    return {"first": first, "first_rows": first_rows, "again": again, "again_rows": again_rows, "cached": cached,
            "alone_rows": alone_rows, "out": out, "marker": marker, "before": before,
            "after": _digest(_watched()), "strays": strays, "gradebook_after_wait": gradebook_after_wait}


@pytest.fixture(scope="module")
def attacked(course):
    return _attack_run(course, "fork")


def _answer(run, student: str, key: str = "first") -> str:
    row = run[f"{key}_rows"].get(f"{student}/leak")
    short = (run["out"] / "short_answers.md").read_text(encoding="utf-8")
    line = next((line for line in short.splitlines() if line.startswith(f"- **{student}**")), "")
    return (row or {}).get("message", "") + line


def check_attacks_fail(run, kernel_path: bool = False) -> None:
    """What every attack class must not achieve.

    On the kernel path the "forged" notebook also writes into every open file descriptor, which
    there includes its own kernel's message sockets: it can break its own messaging at random, so
    its verdict may be "cannot judge" in one run and "incorrect" in another. What must hold in
    every run is that it gets no credit from its forgery (checked below); the fork engine, where
    those descriptors are not the grader's transport, must give it identical rows every time.
    """
    short = (run["out"] / "short_answers.md").read_text(encoding="utf-8")
    # Classmates: exactly the rows they get when graded alone, in the run and in the re-run.
    for key in ("first_rows", "again_rows"):
        for victim in VICTIMS:
            mine = {k: v for k, v in run[key].items() if k.startswith(victim + "/")}
            alone = {k: v for k, v in run["alone_rows"].items() if k.startswith(victim + "/")}
            assert mine and mine == alone, (key, victim)
    # Every attacker has a row; re-running gives the same rows; a cached re-run reuses them.
    attackers = set(run["first"]) - set(VICTIMS)
    assert len(attackers) == 9
    assert all(run["first"][a].questions for a in attackers)
    for name in attackers:
        if kernel_path and name == "forged":
            continue  # its own transport may break at random (see the docstring); its credit is checked below
        assert [(q.id, q.status, q.points) for q in run["first"][name].questions] == \
               [(q.id, q.status, q.points) for q in run["again"][name].questions], name
    skip = {"forged"} if kernel_path else set()  # see the docstring: a broken run of its own is not cached
    assert {r.student: r.total for r in run["cached"] if r.student not in skip} == \
           {s: r.total for s, r in run["first"].items() if s not in skip}
    for r in run["cached"]:
        if r.student == "forged":
            assert r.questions[0].points == 0  # never credited for gangs = 1626 from the forgery
    # The instructor's package, solutions and site-packages are untouched; no startup code ran.
    assert run["after"] == run["before"]
    assert not Path(str(run["marker"]) + "-startup").exists()
    assert not run["marker"].exists()
    # Package edits failed: read-only, and the instructor's source is not even visible.
    leak = short.split("- **edit_package**")[1].split("\n")[0]
    assert "OSError" in leak or "FileNotFoundError" in leak or "PermissionError" in leak
    assert "/checks/lesson00.py'" not in leak.replace("Error", "")
    # Data, outputs and cache were out of reach; the grader's files are its own.
    assert "garbage" not in (run["out"] / "gradebook.csv").read_text(encoding="utf-8-sig")
    assert "garbage" not in (run["out"] / "feedback" / "zoe.md").read_text(encoding="utf-8")
    # Killing the parent: it sees no parent to kill (PID 1 of its own namespace), the run finished, and the
    # attacker has its row (had it killed itself, the row would say so and the rest be graded without it).
    killer = run["first"]["kill_parent"]
    assert killer.questions[0].status == "correct"
    assert next(q for q in killer.questions if q.id == "leak").answer == "still here" or \
        any("died" in p for p in killer.problems)
    # /proc, the environment, other submissions, solutions and secrets: none of it is visible.
    for name in ("read_proc", "leak_env", "read_others"):
        text = short.split(f"- **{name}**")[1].split("\n- **")[0]
        assert SECRET not in text and ZOE_MARK not in text, name
        assert str(Path.home()) + "/" not in text and "NETCRIME_TEST_SECRET" not in text, name
    others = short.split("- **read_others**")[1].split("\n- **")[0]
    assert "BEGIN SOLUTION" not in others and "instructor importable" not in others
    assert "Brightway Youth" not in others  # a held-out case of lesson 03 (H01)
    assert "gangs_eliminated" not in others  # lesson 00's worked solution
    assert "SOLUTION=None" in others or "SOLUTION=''" in others  # no worked solution in the student build
    # A process started in its own session died with the sandbox; the gradebook was not rewritten.
    assert run["strays"] == []
    assert run["gradebook_after_wait"] == (run["out"] / "gradebook.csv").read_bytes() or \
        b"pwned" not in (run["out"] / "gradebook.csv").read_bytes()
    # Forged answers were not believed, and were flagged.
    for key in ("first", "again"):
        forged = run[key]["forged"]
        if kernel_path and forged.questions[0].status == "cannot judge":
            # Its own messaging broke: nothing was believed, no credit, and the row says why.
            assert not forged.total and forged.problems, key
            continue
        assert forged.questions[0].status == "incorrect", key  # gangs = 0, whatever the forgery said
        assert next(q for q in forged.questions if q.id == "leak").answer == "honest", key
        assert forged.flags or any("answer messages" in p for p in forged.problems), key


def test_attacks_fail_and_classmates_keep_their_rows(attacked, course):
    check_attacks_fail(attacked)
    assert read_data(course["data"]) == course["original"]


@pytest.mark.kernel
def test_attacks_fail_through_the_kernel_path_too(course, attacked):
    """The same class through the kernel path; its victims' rows are held to the fork run's victims graded alone.

    Both engines give identical rows (test_grading.py and test_grading_engines.py prove it), so the victims alone
    are graded once, by the fork run, rather than in two more kernels here: a kernel-path classmate whose rows an
    attack changed differs from them as from its own engine's. Anything an attack leaves behind for later kernels
    still shows, in the forced re-run's victims.
    """
    check_attacks_fail(_attack_run(course, "kernel", alone_rows=attacked["alone_rows"]), kernel_path=True)
