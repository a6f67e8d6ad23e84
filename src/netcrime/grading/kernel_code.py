"""Source text the grader runs inside a student's kernel: the launcher (limits) and the extraction cell.

The extraction cell carries the source of ``tags.py``, ``time_limit.py`` and ``extract.py``: the
code that reads answers is the grader's own text, executed in a namespace of
its own, never a module the student's environment provides. The answers come
back as one display message wrapped in a random nonce; the grader accepts
exactly one such message, from the extraction cell, and flags any other.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent

# Run as ``python -c LAUNCHER MEM FSIZE -f CONNECTION_FILE``: the limits are set
# (soft and hard) before ipykernel, and so before any student code, starts.
# The kernel starts without its debugger: nobody attaches one to a graded notebook, and ipykernel loads
# debugpy's pydevd while it starts whenever debugpy can be imported, about a quarter of a bare kernel's start
# (0.33 -> 0.25 CPU-s measured, benchmarks/results/test_suite.md, round 11). debugpy is hidden only while the
# kernel is set up (ipykernel decides once, then), so a notebook that imports it still can, as in JupyterLab.
LAUNCHER = r"""
import resource, sys
mem = int(sys.argv.pop(1)); fsize = int(sys.argv.pop(1))
def _limit(kind, value):
    try:
        resource.setrlimit(kind, (value, value))
    except (ValueError, OSError):
        pass
if mem > 0:
    _limit(resource.RLIMIT_AS, mem)
if fsize > 0:
    _limit(resource.RLIMIT_FSIZE, fsize)
_limit(resource.RLIMIT_CORE, 0)
del _limit, mem, fsize, resource
sys.argv[0] = "netcrime-grade-kernel"
sys.modules["debugpy"] = None
from ipykernel.kernelapp import IPKernelApp
app = IPKernelApp.instance()
app.initialize()
del sys.modules["debugpy"], IPKernelApp
app.start()
"""


@lru_cache(maxsize=1)
def extractor_sources() -> tuple[str, str, str]:
    """(tags.py, time_limit.py, extract.py) as the grader has them: read once per grader process."""
    return ((_HERE / "tags.py").read_text(encoding="utf-8"),
            (_HERE.parent / "time_limit.py").read_text(encoding="utf-8"),
            (_HERE / "extract.py").read_text(encoding="utf-8"))


def load_extractor_code() -> str:
    """Python source that defines ``__netcrime_extractor`` (a module object) from the injected sources."""
    tags_src, limit_src, extract_src = extractor_sources()
    return (
        "def __netcrime_load_extractor():\n"
        "    import types\n"
        "    t = types.ModuleType('netcrime_grader_tags')\n"
        f"    exec(compile({tags_src!r}, '<grader tags.py>', 'exec'), t.__dict__)\n"
        "    limit = types.ModuleType('netcrime_grader_time_limit')\n"
        f"    exec(compile({limit_src!r}, '<grader time_limit.py>', 'exec'), limit.__dict__)\n"
        "    e = types.ModuleType('netcrime_grader_extract')\n"
        "    e.__dict__['T'] = t\n"
        "    e.__dict__['L'] = limit\n"
        f"    exec(compile({extract_src!r}, '<grader extract.py>', 'exec'), e.__dict__)\n"
        "    return e\n"
    )


def spec_for(names: list[str], probes: dict[str, list], max_value_bytes: int, max_items: int,
             call_timeout: float) -> dict:
    return {"names": names, "probes": probes, "max_value_bytes": max_value_bytes, "max_items": max_items,
            "call_timeout": call_timeout}


def extraction_cell(nonce: str, spec: dict) -> str:
    """The source of the last cell the grader runs in a student's kernel."""
    return (
        load_extractor_code().replace("__netcrime_load_extractor", f"__netcrime_load_{nonce}")
        + f"\ndef __netcrime_extract_{nonce}():\n"
        "    import json, sys\n"
        f"    spec = json.loads({json.dumps(spec)!r})\n"
        f"    payload = __netcrime_load_{nonce}().extract(sys._getframe().f_globals, spec)\n"
        "    from IPython.display import publish_display_data\n"
        f"    publish_display_data({{'text/plain': {nonce!r} + payload + {nonce!r}}})\n"
        "\n"
        "try:\n"
        f"    __netcrime_extract_{nonce}()\n"
        "finally:\n"
        f"    del __netcrime_extract_{nonce}, __netcrime_load_{nonce}\n"
    )
