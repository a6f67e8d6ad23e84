"""Grading on a Dask cluster (a LocalCluster of worker processes) writes the local run's gradebook.

Same rows, same order, same results, feedback and summary, byte for byte; and a re-run resumes
from the cache (only a submission whose cached result is gone reaches the cluster again).
"""
from __future__ import annotations

import pytest

from netcrime.cli import main
from netcrime.grading import Limits, dask_backend, grade
from netcrime.grading.cache import CACHE_DIR

from grading_fixtures import write

pytestmark = pytest.mark.kernel  # grades on a local Dask cluster (processes): `make test`, not `make check`

LIMITS = Limits(cell_timeout=30.0, notebook_timeout=120.0)  # as the command line gives them
OUTPUTS = ("gradebook.csv", "results.csv", "summary.md", "summary.csv", "short_answers.md")


@pytest.fixture(scope="module")
def cluster():
    """One local cluster of two worker processes for the module, made as `--dask local:2` makes it
    (``dask_backend.client_for``); the run and the resumed run send their work to it by its address.

    A cluster of its own for the resumed run spawned one more worker process, which imports Dask and the grader
    again (about 1 CPU-s, benchmarks/results/test_suite.md, round 11); each run still opens its own grader on the
    workers (a new run replaces a worker's grader), so the resumed run proves what it did.
    """
    with dask_backend.client_for("local:2") as client:
        yield client.scheduler.address


@pytest.fixture(scope="module")
def runs(tmp_path_factory, cluster):
    root = tmp_path_factory.mktemp("dask")
    subs = root / "subs"
    subs.mkdir()
    write(subs, "wu", ["gangs = 1626", "detained = 2.35 * 10_000", "counted = 'b'"])
    write(subs, "an", ["gangs = 133", "detained = 2350"])
    (subs / "broken.ipynb").write_text("{", encoding="utf-8")
    local = grade([subs], root / "local", lesson="00", jobs=1, limits=LIMITS, show_progress=False)
    dask = grade([subs], root / "dask", lesson="00", limits=LIMITS, show_progress=False, dask=cluster)
    return {"root": root, "subs": subs, "local": local, "dask": dask, "cluster": cluster}


def test_dask_gradebook_equals_the_local_one(runs):
    root = runs["root"]
    assert [r.student for r in runs["dask"]] == [r.student for r in runs["local"]]
    for name in OUTPUTS:
        assert (root / "dask" / name).read_bytes() == (root / "local" / name).read_bytes(), name
    feedback = sorted(p.name for p in (root / "local" / "feedback").iterdir())
    assert feedback == sorted(p.name for p in (root / "dask" / "feedback").iterdir())
    for name in feedback:
        assert (root / "dask" / "feedback" / name).read_bytes() == (root / "local" / "feedback" / name).read_bytes()
    assert any(q.status == "correct" for r in runs["dask"] for q in r.questions)  # it really graded


def test_dask_run_resumes_from_the_cache(runs):
    root = runs["root"]
    cache = sorted((root / "dask" / CACHE_DIR).glob("*.json"))
    assert len(cache) == 3
    stamps = {p: p.stat().st_mtime_ns for p in cache}
    gone = next(p for p in cache if p.name.startswith("an-"))
    gone.unlink()
    before = (root / "dask" / "gradebook.csv").read_bytes()
    # One submission to grade again, on the module's cluster (the command line's --dask with an address).
    assert main(["grade", str(runs["subs"]), "--out", str(root / "dask"), "--lesson", "00", "--quiet",
                 "--dask", runs["cluster"], "--cell-timeout", "30", "--notebook-timeout", "120"]) == 0
    assert (root / "dask" / "gradebook.csv").read_bytes() == before
    assert gone.exists()  # graded again on the cluster
    assert all(p.stat().st_mtime_ns == stamps[p] for p in cache if p != gone)  # the rest came from the cache


def test_a_scheduler_that_does_not_answer_is_a_sentence(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(dask_backend, "CONNECT_TIMEOUT", "1s")  # nothing listens on port 9: waiting 10 s proves no more
    (tmp_path / "s").mkdir()
    write(tmp_path / "s", "a", ["gangs = 1"])
    assert main(["grade", str(tmp_path / "s"), "--out", str(tmp_path / "o"), "--quiet",
                 "--dask", "tcp://127.0.0.1:9"]) == 2
    assert "No Dask scheduler answered at tcp://127.0.0.1:9" in capsys.readouterr().err
