"""Code that runs inside a student's kernel: the launcher (limits) and the extraction cell.

Both are plain source text: the grader never imports student objects, it only
reads the JSON the extraction cell prints behind a random nonce. Everything
here uses local imports so that a student's variables named ``json``, ``sys``
or ``pd`` cannot get in the way.
"""
from __future__ import annotations

import json

# Run as ``python -c LAUNCHER MEM FSIZE -f CONNECTION_FILE``: the limits are set
# (soft and hard) before ipykernel, and so before any student code, starts.
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
from ipykernel.kernelapp import launch_new_instance
launch_new_instance()
"""

_EXTRACT = r'''
def __netcrime_extract_NONCE():
    import json, math, signal, sys
    spec = json.loads(SPEC)
    ns = sys._getframe().f_globals
    max_value = spec["max_value_bytes"]
    max_items = spec["max_items"]

    class _Over(Exception):
        pass

    class _CallTimeout(BaseException):
        pass

    def enc(v, depth=0):
        if depth > 30:
            raise _Over("nested too deeply")
        if v is None or isinstance(v, (bool, str)):
            return v
        if v is Ellipsis:
            return {"__nc__": "ellipsis"}
        if isinstance(v, int):
            return v
        if isinstance(v, float):
            return v if math.isfinite(v) else {"__nc__": "float", "repr": repr(v)}
        module = type(v).__module__ or ""
        if module.split(".")[0] == "numpy":
            if type(v).__name__ == "ndarray":
                if v.size > max_items:
                    raise _Over("too many items")
                return {"__nc__": "ndarray", "items": enc(v.tolist(), depth + 1), "dtype": str(v.dtype)}
            if getattr(v, "ndim", None) == 0 and hasattr(v, "item"):
                return {"__nc__": "npscalar", "value": enc(v.item(), depth + 1), "dtype": str(v.dtype)}
        if isinstance(v, (list, tuple, set, frozenset)):
            if len(v) > max_items:
                raise _Over("too many items")
            kind = "list" if isinstance(v, list) else "tuple" if isinstance(v, tuple) else "set"
            items = list(v)
            if kind == "set":
                try:
                    items = sorted(items, key=repr)
                except Exception:
                    pass
            return {"__nc__": kind, "items": [enc(x, depth + 1) for x in items]}
        if isinstance(v, dict):
            if len(v) > max_items:
                raise _Over("too many items")
            return {"__nc__": "dict", "items": [[enc(k, depth + 1), enc(x, depth + 1)] for k, x in v.items()]}
        pd = sys.modules.get("pandas")
        if pd is not None and isinstance(v, (pd.DataFrame, pd.Series)):
            if v.size > max_items:
                raise _Over("too many cells")
            kind = "frame" if isinstance(v, pd.DataFrame) else "series"
            out = {"__nc__": kind,
                   "split": json.loads(v.to_json(orient="split", date_format="iso", default_handler=str)),
                   "index_name": enc(v.index.name, depth + 1) if not isinstance(v.index.name, tuple) else None}
            if kind == "frame":
                out["dtypes"] = [str(t) for t in v.dtypes]
            else:
                out["dtypes"] = [str(v.dtype)]
                out["name"] = enc(v.name, depth + 1)
            return out
        if module.split(".")[0] == "altair" and hasattr(v, "to_dict"):
            try:
                return {"__nc__": "chart", "spec": v.to_dict()}
            except Exception as exc:
                text = str(exc).strip()
                first = text.splitlines()[0] if text else type(exc).__name__
                return {"__nc__": "chart_error", "error": first[:300]}
        if callable(v):
            return {"__nc__": "function", "name": str(getattr(v, "__name__", type(v).__name__))[:100]}
        try:
            shown = repr(v)[:200]
        except Exception:
            shown = "?"
        return {"__nc__": "opaque", "type": type(v).__name__[:100], "repr": shown}

    def dec(v):
        if isinstance(v, list):
            return [dec(x) for x in v]
        if not isinstance(v, dict):
            return v
        tag = v.get("__nc__")
        if tag == "ellipsis":
            return Ellipsis
        if tag == "float":
            return float(v["repr"])
        if tag in ("list", "tuple", "set"):
            items = [dec(x) for x in v["items"]]
            return {"list": list, "tuple": tuple, "set": set}[tag](items)
        if tag == "dict":
            return {dec(k): dec(x) for k, x in v["items"]}
        return v

    def encode_top(v):
        try:
            text = json.dumps(enc(v))
        except _Over as exc:
            return {"__nc__": "toolarge", "type": type(v).__name__, "why": str(exc)}
        except Exception as exc:
            return {"__nc__": "unreadable", "type": type(v).__name__, "why": type(exc).__name__}
        if len(text) > max_value:
            return {"__nc__": "toolarge", "type": type(v).__name__, "why": str(len(text)) + " bytes"}
        return json.loads(text)

    def on_alarm(signum, frame):
        raise _CallTimeout()

    values, probes = {}, {}
    old = signal.signal(signal.SIGALRM, on_alarm)
    try:
        for name in spec["names"]:
            if name not in ns:
                values[name] = {"__nc__": "missing"}
                continue
            signal.setitimer(signal.ITIMER_REAL, spec["call_timeout"])
            try:  # a value whose repr or to_dict() never ends must not stall the others
                values[name] = encode_top(ns[name])
            except _CallTimeout:
                values[name] = {"__nc__": "unreadable", "type": type(ns[name]).__name__[:100],
                                "why": "reading it took too long"}
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, old)
    for key, (name, inputs) in spec["probes"].items():
        func = ns.get(name)
        if not callable(func):
            continue
        outputs = []
        old = signal.signal(signal.SIGALRM, on_alarm)
        try:
            for item in inputs:
                signal.setitimer(signal.ITIMER_REAL, spec["call_timeout"])
                try:
                    result = encode_top(func(dec(item)))
                except _CallTimeout:
                    result = "error: TimeoutError: the function took longer than %s s" % spec["call_timeout"]
                except Exception as exc:
                    result = "error: %s: %s" % (type(exc).__name__, str(exc)[:300])
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                outputs.append(result)
        finally:
            signal.signal(signal.SIGALRM, old)
        probes[key] = outputs
    payload = json.dumps({"values": values, "probes": probes})
    from IPython.display import publish_display_data
    publish_display_data({"text/plain": "NONCE" + payload + "NONCE"})


try:
    __netcrime_extract_NONCE()
finally:
    del __netcrime_extract_NONCE
'''


def extraction_cell(nonce: str, names: list[str], probes: dict[str, list],
                    max_value_bytes: int, max_items: int, call_timeout: float) -> str:
    """The source of the last cell the grader runs in a student's kernel."""
    spec = json.dumps({"names": names, "probes": probes, "max_value_bytes": max_value_bytes,
                       "max_items": max_items, "call_timeout": call_timeout})
    return _EXTRACT.replace("NONCE", nonce).replace("SPEC", repr(spec))
