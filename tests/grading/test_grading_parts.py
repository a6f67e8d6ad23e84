"""The grader's parts without running a notebook: codec, cache key, student build, sandbox refusal, side effects."""
from __future__ import annotations

import importlib
import importlib.util
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from netcrime.checks.question import MISSING
from netcrime.checks.vegalite import ChartSpec
from netcrime.grading import codec, extract, lessons, sandbox, student_build, tags
from netcrime.grading.fork_engine import needs_kernel
from netcrime.grading.kernel_code import load_extractor_code

LIMIT = 10_000


def _kernel_side(value):
    """What the injected extraction code sends for a value (the same source a kernel executes)."""
    namespace: dict = {}
    exec(load_extractor_code(), namespace)
    module = namespace["__netcrime_load_extractor"]()
    return module.encode_top(value, LIMIT, 1_000_000)


class _Thing:
    def __repr__(self):
        return "<thing>"


class _BadChart:
    __module__ = "altair.vegalite"

    def to_dict(self):
        raise ValueError("bad encoding\nmore")


_BadChart.__module__ = "altair.vegalite"


def test_every_tag_travels_from_kernel_to_grader():
    samples = {
        tags.ELLIPSIS: ..., tags.FLOAT: float("nan"), tags.LIST: [1, "a"], tags.TUPLE: (1, 2), tags.SET: {3, 1},
        tags.DICT: {1: "a", ("k",): 2}, tags.NPSCALAR: np.int64(7), tags.NDARRAY: np.array([1.5, 2.5]),
        tags.FRAME: pd.DataFrame({"k": ["a"], "n": [1]}), tags.SERIES: pd.Series([1, 2], name="s"),
        tags.CHART_ERROR: _BadChart(), tags.FUNCTION: len, tags.OPAQUE: _Thing(),
        tags.TOO_LARGE: list(range(LIMIT + 1)),
    }
    seen = set()
    for tag, value in samples.items():
        sent = _kernel_side(value)
        assert sent[tags.TAG] == tag, tag
        seen.add(tag)
        back = codec.decode(sent)
        if tag == tags.FLOAT:
            assert math.isnan(back)
        elif tag in (tags.FRAME,):
            pd.testing.assert_frame_equal(back, value)
        elif tag == tags.SERIES:
            pd.testing.assert_series_equal(back, value)
        elif tag == tags.NDARRAY:
            assert back.dtype == value.dtype and back.tolist() == value.tolist()
        elif tag == tags.NPSCALAR:
            assert back == 7 and back.dtype == np.int64
        elif tag == tags.DICT:
            assert back == {1: "a", ("k",): 2}
        elif tag == tags.CHART_ERROR:
            with pytest.raises(ValueError, match="bad encoding"):
                back.to_dict()
        elif tag in (tags.FUNCTION, tags.OPAQUE):
            assert repr(back) in ("<function len>", "<thing>")
        elif tag == tags.TOO_LARGE:
            assert isinstance(back, codec.TooLarge)
        else:
            assert back == value and type(back) is type(value)
    # The two tags only the extraction step itself emits: a missing name, a chart as its spec.
    assert codec.decode({tags.TAG: tags.MISSING}) is MISSING
    chart = codec.decode({tags.TAG: tags.CHART, "spec": {"mark": "bar"}})
    assert chart == {"mark": "bar"} and isinstance(chart, ChartSpec)  # marked as a chart's spec
    assert isinstance(codec.decode({tags.TAG: tags.UNREADABLE, "type": "x", "why": "y"}), codec.Unreadable)
    seen |= {tags.MISSING, tags.CHART, tags.UNREADABLE}
    assert seen == set(tags.ALL_TAGS)  # the table has no tag that is not tested both ways


def test_every_input_tag_travels_from_grader_to_kernel():
    for value in [..., float("inf"), [1, [2]], (1, "a"), {1, 2}, {"a": (1,)}, None, True, "t", 2]:
        back = extract.decode_input(codec.encode(value))
        assert back == value and type(back) is type(value)
    kinds = {codec.encode(v)[tags.TAG] for v in [..., float("inf"), [], (), set(), {}]}
    assert kinds == set(tags.INPUT_TAGS)
    with pytest.raises(TypeError):
        codec.encode(object())


def test_extraction_reads_names_probes_and_stops_endless_calls():
    import json

    def slow(x):
        while True:
            pass

    ns = {"a": 1, "f": lambda x: x * 2, "slow": slow}
    spec = {"names": ["a", "b"], "probes": {"q": ["f", [1, 2]], "r": ["slow", [1]]}, "max_value_bytes": 1000,
            "max_items": 100, "call_timeout": 0.2}
    payload = json.loads(extract.extract(ns, spec))
    assert payload["values"] == {"a": 1, "b": {tags.TAG: tags.MISSING}}
    assert payload["probes"]["q"] == [2, 4]
    assert payload["probes"]["r"][0].startswith("error: TimeoutError")


def test_extraction_turns_a_function_s_exit_into_that_call_s_error():
    """exit() inside a student's function ends that call, not the extraction (review round 9, E3)."""
    import json

    def stops(x):
        raise SystemExit(3)

    spec = {"names": [], "probes": {"q": ["stops", [1, 2]]}, "max_value_bytes": 1000, "max_items": 100,
            "call_timeout": 1}
    payload = json.loads(extract.extract({"stops": stops}, spec))
    assert [out.split(":")[:2] for out in payload["probes"]["q"]] == [["error", " SystemExit"]] * 2


def test_cache_key_covers_what_judging_loads(tmp_path):
    files = {p.name for p in lessons.dependency_files("netcrime.checks.lesson03")}
    assert {"lesson03.py", "classify.py", "data.py", "compare.py", "question.py", "worked_solutions.json",
            "lesson03_held_out.py"} <= files  # a lazy import of the instructor part counts too
    grader = {p.name for p in lessons.grader_files()}
    assert {"judging.py", "codec.py", "tags.py", "extract.py", "fork_server.py", "kernel_engine.py"} <= grader
    # Editing a file judging loads changes the key.
    target = next(p for p in lessons.dependency_files("netcrime.checks.lesson03") if p.name == "classify.py")
    before = lessons.files_digest([target])
    original = target.read_bytes()
    try:
        target.write_bytes(original + b"\n# edited\n")
        assert lessons.files_digest([target]) != before
    finally:
        target.write_bytes(original)


def test_student_build_holds_nothing_secret(tmp_path):
    package = student_build.build(tmp_path / "site")
    assert student_build.secrets_in(package) == []
    assert not (package / "instructor").exists()
    assert not (package / "checks" / "worked_solutions.json").exists()
    assert (package / "ASSIGNMENT_BUILD").exists()
    practice = student_build.build(tmp_path / "practice", assignment=False)
    assert (practice / "checks" / "worked_solutions.json").exists() and not (practice / "instructor").exists()
    # Stripping typed solutions from an older-style lesson module keeps everything else.
    code = "q = Question(id='q1', reads=('x',), judge=j, solution_code='x = 1', explanation='why')\nother(explanation=1)\n"
    stripped = student_build.strip_solutions(code)
    assert "solution_code" not in stripped and "'why'" not in stripped and "other(explanation=1)" in stripped


def test_the_grader_s_build_carries_bytecode_checked_against_its_own_sources(tmp_path):
    import marshal

    package = student_build.build(tmp_path / "site")
    student_build.write_bytecode(package)
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 20
    for path in modules:
        source = path.read_bytes()
        pyc = Path(importlib.util.cache_from_source(str(path))).read_bytes()
        assert pyc[:4] == importlib.util.MAGIC_NUMBER
        assert int.from_bytes(pyc[4:8], "little") == 0b11, path  # hash-based and checked: never used for other text
        assert pyc[8:16] == importlib.util.source_hash(source), path
        assert marshal.loads(pyc[16:]) == compile(source, path.name, "exec", dont_inherit=True), path
    # A stripped lesson's bytecode is its stripped source's: no worked solution in it either.
    lesson = (package / "checks" / "lesson00.py").read_text(encoding="utf-8")
    assert lesson == student_build.strip_solutions(lesson)
    assert student_build.secrets_in(package) == []
    # A module this Python cannot compile gets no bytecode (it fails where it is imported, as before); others do.
    (package / "broken.py").write_text("def (:\n", encoding="utf-8")
    (package / "fine.py").write_text("X = 1\n", encoding="utf-8")
    student_build.write_bytecode(package)
    assert not Path(importlib.util.cache_from_source(str(package / "broken.py"))).exists()
    assert Path(importlib.util.cache_from_source(str(package / "fine.py"))).exists()


def test_student_build_command(tmp_path, capsys):
    from netcrime.cli import main

    assert main(["student-build", str(tmp_path / "b")]) == 0
    assert "assignment build" in capsys.readouterr().out
    assert (tmp_path / "b" / "netcrime" / "checks" / "lesson01.py").exists()


def test_grader_refuses_without_isolation_unless_told(tmp_path, monkeypatch, capsys):
    from netcrime.cli import main

    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "ann.ipynb").write_text("{", encoding="utf-8")
    monkeypatch.setattr(sandbox, "bwrap_path", lambda: None)
    sandbox.unavailable_reason.cache_clear()
    try:
        assert main(["grade", str(tmp_path / "subs"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
        assert "--no-sandbox" in capsys.readouterr().err
        assert not (tmp_path / "out" / "gradebook.csv").exists()
        assert main(["grade", str(tmp_path / "subs"), "--out", str(tmp_path / "out"), "--quiet",
                     "--no-sandbox"]) == 0
    finally:
        sandbox.unavailable_reason.cache_clear()
    assert "WITHOUT isolation" in capsys.readouterr().out
    out = tmp_path / "out"
    assert "none (--no-sandbox)" in (out / "gradebook.csv").read_text(encoding="utf-8-sig")
    assert "none (--no-sandbox)" in (out / "results.csv").read_text(encoding="utf-8-sig")
    assert "NOT ISOLATED" in (out / "summary.md").read_text(encoding="utf-8")
    assert "NOT ISOLATED" in (out / "feedback" / "ann.md").read_text(encoding="utf-8")


def test_notebooks_that_need_a_kernel_go_to_the_kernel_path():
    assert needs_kernel(["x = 1", "name = input('?')"]) == "code cell 2 uses 'input(', which needs a real kernel"
    assert needs_kernel(["get_ipython().kernel.do_shutdown(False)"])
    assert needs_kernel(["%%javascript\nalert(1)"])
    assert needs_kernel(["x = 1", "%time y = 2", "!echo hi", "import altair as alt"]) is None


def test_no_process_wide_side_effects(monkeypatch):
    from netcrime.grading import report

    def no_umask(*args):
        raise AssertionError("os.umask called")

    monkeypatch.setattr(os, "umask", no_umask)
    importlib.reload(report)  # importing the report writer leaves the umask alone
    monkeypatch.undo()


def test_data_folder_override_is_per_thread(tmp_path):
    import threading

    from netcrime import paths

    seen = []
    with paths.using_data_dir(tmp_path):
        thread = threading.Thread(target=lambda: seen.append(paths.data_dir()))
        thread.start()
        thread.join()
        assert paths.data_dir() == tmp_path
    assert seen and seen[0] != tmp_path
    assert os.environ.get(paths.DATA_ENV_VAR) != str(tmp_path)
    assert paths.data_dir() != tmp_path


def test_unique_ids_are_stable_and_never_collide(tmp_path):
    from netcrime.grading.submissions import unique_ids

    a, b = tmp_path / "x" / "li.ipynb", tmp_path / "y" / "li.ipynb"
    ids = unique_ids(["li", "li", "wu"], [a, b, tmp_path / "wu.ipynb"])
    assert ids[2] == "wu" and ids[0] != ids[1] and all(i.startswith("li-") for i in ids[:2])
    assert unique_ids(["li", "li"], [b, a]) == [ids[1], ids[0]]  # the same file keeps its id in any order
    clash = unique_ids(["li", "li", ids[0]], [a, b, tmp_path / "z.ipynb"])
    assert len(set(clash)) == 3 and clash[2] == ids[0]  # never takes another student's id
    assert Path  # noqa: B018


def test_a_python_environment_under_tmp_gets_a_sentence(monkeypatch):
    """The sandbox's /tmp is private: a venv there would vanish, so the grader says so instead of a dead kernel."""
    from pathlib import Path

    from netcrime.grading import sandbox

    if sandbox.bwrap_path() is None:
        pytest.fail("bubblewrap is needed for the grader's tests (apt-get install bubblewrap)")
    monkeypatch.setattr(sandbox, "_python_roots", lambda: [Path("/tmp/some-venv")])
    sandbox.unavailable_reason.cache_clear()
    try:
        reason = sandbox.unavailable_reason()
    finally:
        sandbox.unavailable_reason.cache_clear()
    assert reason and "/tmp/some-venv" in reason and "outside /tmp" in reason and "--no-sandbox" in reason


def test_a_too_large_written_line_costs_only_its_own_part():
    """Lesson 01 q3 asks for a number and a written line. A line too large to send (a 50 MB string) once made
    the whole question 'Could not check' (0 points), the right number's 0.75 included (review round 6)."""
    from netcrime.checks import lesson01, worked
    from netcrime.checks.outcome import CANNOT_JUDGE
    from netcrime.grading import judging

    q = lesson01.q3
    right = worked.answers("01")["q3"][0]
    huge = {tags.TAG: tags.TOO_LARGE, "type": "str", "why": "50000000 bytes"}
    values = {q.reads[0]: codec.encode(right), q.reads[1]: huge}
    outcome, _ = judging.judge(q, values, {}, {})
    assert outcome.status != CANNOT_JUDGE
    assert f"'{q.reads[1]}' could not be graded" in outcome.message
    assert judging.earned(outcome, q.points) == pytest.approx(0.75)
    # both too large (or a question without parts): nothing can be judged, and the row says why
    outcome, _ = judging.judge(q, {q.reads[0]: huge, q.reads[1]: huge}, {}, {})
    assert outcome.status == CANNOT_JUDGE and "could not be graded" in outcome.message


def test_a_charts_spec_given_as_a_dict_comes_back_a_plain_dict_not_a_chart():
    """Review round 11: ``chart.to_dict()`` stored as the answer decoded exactly as a chart did, so no judge could
    tell them apart. A chart comes back a ``ChartSpec``; the student's own dict, even a spec, a plain dict."""
    import altair as alt

    drawn = alt.Chart(pd.DataFrame({"a": [1]})).mark_bar().encode(x="a:Q")
    as_chart = codec.decode(extract.encode(drawn, max_items=LIMIT))
    as_dict = codec.decode(extract.encode(drawn.to_dict(), max_items=LIMIT))
    assert isinstance(as_chart, ChartSpec) and as_chart == drawn.to_dict()
    assert type(as_dict) is dict and as_dict == drawn.to_dict()


def test_student_build_judges_option_words_as_the_repository_does(tmp_path):
    """Review round 12: the student build dropped the exercise prompts with the worked solutions, so option words
    ('the crimes that were committed', 'a) whether it went up or down') got 'write its letter' from a student's
    check() and the named misconception from the grader's copy. Both now read the same prompt."""
    import json
    import os
    import subprocess
    import sys

    from netcrime.checks import registry

    package = student_build.build(tmp_path / "site")
    assert (package / "checks" / "exercise_prompts.json").exists()
    assert student_build.secrets_in(package) == []
    probes = [("00", "q3", "the crimes that were committed"), ("01", "q10", "a) whether it went up or down"),
              ("00", "q3", "victims of the crimes"), ("00", "q3", "b")]
    script = ("import json, sys\nfrom netcrime.checks import registry\n"
              "out = []\nfor lesson, qid, answer in json.loads(sys.argv[1]):\n"
              "    q = next(q for q in registry.questions(lesson) if q.id == qid)\n"
              "    o = q.judge_values([answer])\n"
              "    out.append([o.status, o.misconception])\nprint(json.dumps(out))\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    student = json.loads(subprocess.run([sys.executable, "-c", script, json.dumps(probes)], env=env, check=True,
                                        capture_output=True, text=True, cwd=tmp_path).stdout)
    here = []
    for lesson, qid, answer in probes:
        question = next(q for q in registry.questions(lesson) if q.id == qid)
        outcome = question.judge_values([answer])
        here.append([outcome.status, outcome.misconception])
    assert student == here
    assert here[0][1] == "activity_as_crime_level" and here[3][0] == "correct"
