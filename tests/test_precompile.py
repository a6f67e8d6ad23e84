"""The set-up's precompile step leaves a package that no later process compiles again (src/netcrime/precompile.py)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netcrime import precompile
from netcrime.checks import claims, lesson02
from netcrime.paths import data_dir

AFTER_SET_UP = """
import sys
from netcrime import precompile
from netcrime.paths import data_dir
from netcrime.checks import kept_patterns
for claim in precompile.claim_vocabulary():
    claim.find("Crime fell everywhere")
kept = kept_patterns._FILES["claims"]
print(kept.made, len(kept.used), kept_patterns.__file__)
"""


def test_the_vocabulary_is_every_claim_the_lessons_read():
    in_lesson02 = {id(v) for v in vars(lesson02).values() if isinstance(v, claims.Claim)}
    found = precompile.claim_vocabulary()
    assert len(found) >= 10 and len({id(c) for c in found}) == len(found)
    assert in_lesson02 <= {id(c) for c in found}


@pytest.mark.kernel  # two Python processes, one compiling the whole vocabulary (about 3 CPU-s): `make test`
def test_after_set_up_a_process_that_may_not_write_bytecode_compiles_nothing(tmp_path):
    source = Path(precompile.__file__).parent
    copy = tmp_path / "netcrime"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ, PYTHONPATH=str(tmp_path), PYTHONDONTWRITEBYTECODE="1", NETCRIME_DATA_DIR=str(data_dir()))

    set_up = subprocess.run([sys.executable, "-m", "netcrime.precompile"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert set_up.returncode == 0, set_up.stdout + set_up.stderr
    assert "patterns once" in set_up.stdout
    modules = sorted(p.relative_to(copy) for p in copy.rglob("*.py"))
    tag = sys.implementation.cache_tag
    missing = [m for m in modules if not (copy / m.parent / "__pycache__" / f"{m.stem}.{tag}.pyc").exists()]
    assert modules and not missing

    later = subprocess.run([sys.executable, "-c", AFTER_SET_UP], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=300)
    assert later.returncode == 0, later.stderr
    made, used, module = later.stdout.split()
    assert Path(module).parent.parent == copy  # the copy was read, not the course's own package
    assert made == "False" and int(used) >= 300  # every pattern read from the kept file, none compiled
