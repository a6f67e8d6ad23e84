"""Recognising what kind of value a student gave, and naming it in plain words.

Shared by every comparator so that "you gave a Series; this question wants a
number" reads the same everywhere.
"""
from __future__ import annotations

import functools
import math
import numbers
import unicodedata

import pandas as pd


def is_placeholder(value) -> bool:
    """True for ``...`` or a container still holding ``...``."""
    if value is Ellipsis:
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(v is Ellipsis for v in value)
    if isinstance(value, dict):
        return any(v is Ellipsis for v in value.values())
    return False


def one_value(value) -> tuple[bool, object]:
    """(True, the value inside) for a one-element Series, DataFrame, array, list or tuple; (False, None) else.

    The one test of "a value left inside a container" (what ``df.loc[...]`` or ``.values`` give): the
    comparators and the dict judges' item checks each word their own sentence about it from this.
    """
    import numpy as np

    if isinstance(value, (pd.Series, pd.DataFrame, np.ndarray)) and value.size == 1:
        inner = value.item() if not isinstance(value, pd.DataFrame) else value.iloc[0, 0]
        return True, inner.item() if isinstance(inner, np.generic) else inner
    if isinstance(value, (list, tuple)) and len(value) == 1 and not isinstance(value[0], (list, tuple, dict)):
        return True, value[0]
    return False, None


def is_number(value) -> bool:
    """Python, numpy and pandas numbers count; booleans and pandas' NA do not."""
    if isinstance(value, bool) or value is None:
        return False
    try:
        import numpy as np

        if isinstance(value, np.bool_):
            return False
    except ImportError:  # pragma: no cover - numpy comes with pandas
        pass
    return isinstance(value, numbers.Number) and not isinstance(value, complex)


def close(a, b, rel_tol: float = 1e-6, abs_tol: float = 1e-9) -> bool:
    """The course's one notion of "the same number": relative tolerance, with a floor near zero.

    Every comparison of a student's number with an expected one goes through
    here, so tolerances are chosen (and read) in one place; a question that
    needs a looser one passes ``rel_tol``.
    """
    return math.isclose(float(a), float(b), rel_tol=rel_tol, abs_tol=abs_tol)


def finite_number(value) -> float | None:
    """``value`` as a finite float when it is a number (not a bool, NaN or infinity), else None."""
    if isinstance(value, bool) or not is_number(value):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def round_significant(x: float, figures: int) -> float:
    """``x`` rounded to ``figures`` significant figures (1,759 to 2 -> 1,800; 0.02878 to 1 -> 0.03)."""
    if x == 0:
        return 0.0
    return round(x, figures - 1 - math.floor(math.log10(abs(x))))


def is_missing_number(value) -> bool:
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError, OverflowError):
        return False


def _counted(n: int, one: str, many: str | None = None) -> str:
    """'1 value', '3 values': a count with its noun in the number it takes (round 16: 'a Series of 1 values')."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def with_article(noun: str) -> str:
    """'a chart', 'an area': the noun with the article its first letter takes (the one rule every verdict that
    names a thing uses; a word said by its letters, such as SVG, is the caller's to word)."""
    return f"{'an' if str(noun)[:1].lower() in 'aeiou' else 'a'} {noun}"


def describe(value) -> str:
    """A short, friendly name for what the student gave."""
    if value is None:
        return "None (nothing: did the cell assign a value, or does a function forget to return?)"
    if isinstance(value, bool):
        return f"the boolean {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if is_number(value):
        return f"the number {value!r}"
    if isinstance(value, pd.DataFrame):
        cols = ", ".join(map(str, list(value.columns)[:6]))
        return f"a DataFrame with {_counted(len(value), 'row')} and columns [{cols}]"
    if isinstance(value, pd.Series):
        return f"a Series of {_counted(len(value), 'value')}"
    if isinstance(value, dict):
        return f"a dict with {_counted(len(value), 'entry', 'entries')}"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {_counted(len(value), 'item')}"
    if callable(value) and isinstance(name := getattr(value, "__name__", None), str):  # review round 17: an object
        return f"the function {name}"  # answering every attribute with itself was 'the function <... object>'
    if callable(value) and not isinstance(value, type):
        return f"a callable object of the class {type(value).__name__}"
    if isinstance(value, pd.Index):  # the labels of a Series or table (.index): review round 15 met "a Index"
        return f"an Index of {_counted(len(value), 'label')} (.index[0] is the first label as text)"
    return with_article(type(value).__name__)


def tuple_labels_unwrapped(value) -> "pd.Series | None":
    """A Series whose labels are one-element tuples, with each label taken out of its tuple; None for any other value.
    ``table[['col']].value_counts()`` (two pairs of brackets: a one-column table) labels each count ('exact',), where
    ``table['col'].value_counts()`` labels it 'exact': the same counts, which a judge reads with a note (round 14)."""
    if not isinstance(value, pd.Series) or not isinstance(value.index, pd.MultiIndex) or value.index.nlevels != 1:
        return None
    return value.set_axis(value.index.get_level_values(0))


TUPLE_LABELS_NOTE = ("(Read labels such as ('exact',) as 'exact': value_counts() on a one-column table, "
                     "table[['column']], puts each label in a tuple; table['column'] gives plain labels.)")


def normalise_text(value: str) -> str:
    """Case, spacing and full-width characters do not matter in text answers."""
    if type(value) is str:
        return _normalised(value)
    return _normalise(value)  # a str subclass or not text at all: not cached (it may be unhashable, or raise)


@functools.lru_cache(maxsize=65536)  # a pure function of the text: reading a label normalises every label each time
def _normalised(value: str) -> str:
    return _normalise(value)


def _normalise(value: str) -> str:
    text = unicodedata.normalize("NFKC", value)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def _attribute_probe(value):
    """Reads an attribute the way every judge does (``getattr(value, 'to_dict', None)``)."""
    try:
        getattr(value, "shape", None)
    except AttributeError:
        pass


_PROBES = (("__repr__", repr), ("__str__", str), ("__eq__", lambda v: v == v), ("attribute look-up (__getattr__)",
                                                                                _attribute_probe))


def _first_failure(value) -> tuple[str, BaseException] | None:
    """(the method, its error) of the first ordinary method of ``value`` that raises, or None."""
    probes = list(_PROBES)
    if hasattr(type(value), "__len__"):
        probes.append(("__len__", len))
    to_dict = type(value).__dict__.get("to_dict") or next(
        (klass.__dict__["to_dict"] for klass in type(value).__mro__ if "to_dict" in klass.__dict__), None)
    if to_dict is not None and _is_chart(value):  # a chart: what the grader and every dict judge read of it
        probes.append(("to_dict", _chart_spec))
    if isinstance(value, dict):  # a mapping: every judge of one walks its keys and items
        probes += [("keys", lambda v: list(v.keys())), ("items", lambda v: list(v.items()))]
    for name, probe in probes:
        try:
            probe(value)
        except Exception as error:  # the value's own method failed: that is what the sentence names
            return name, error
    return None


_PLAIN = (int, float, complex, str, bool, type(None), type(Ellipsis), bytes)
_CONTAINERS = (list, tuple, dict, set, frozenset)
# Their own methods return (a generator or itertools.count() is not iterated here: judges do not iterate them either)
_LIBRARIES = ("pandas", "numpy", "altair", "ipywidgets", "re", "datetime", "builtins", "itertools", "collections",
              "fractions", "decimal")


def _own_code(value) -> bool:
    """Whether reading ``value`` may run a student's code: an object of a class defined outside the standard
    types and the libraries the course uses (a float subclass with its own __float__, a list whose __iter__ never
    ends)."""
    kind = type(value)
    if kind in _PLAIN or kind in _CONTAINERS:
        return False
    return (kind.__module__ or "").split(".")[0] not in _LIBRARIES or kind.__module__ == "__main__"


def holds_own_code(value) -> bool:
    """Whether ``value`` or an item of it (one level down) is an object of a student's own class: what a judgement
    that never ends can be blamed on (a chart or a table of the libraries cannot)."""
    return any(_own_code(item) and not (type(item).__module__ or "").startswith("netcrime")  # the course's, not theirs
               for item in [value, *_one_level(value)])


def _read_as_judges_do(value) -> None:
    """What judges ask of a value and, one level down, of a plain container's items: its repr, str, ==, attributes,
    length, float and first items, and a chart's spec (the probes of ``unreadable_message``; review round 15: a chart
    subclass whose to_dict never returned ran into the judgement's limit of 10 s, not the reading's 2)."""
    for item in [value, *_one_level(value)]:
        if not _own_code(item):
            continue
        chart = [_chart_spec] if _is_chart(item) else []  # a chart class of their own: its to_dict, as judges read it
        for probe in [*(probe for _name, probe in _PROBES), len, float, _iterate, *chart]:
            try:
                probe(item)
            except Exception:
                pass


def _iterate(value) -> None:
    """Every item of an object of the student's own class, as ``list(value)`` in a judge would take them (kept
    nowhere: an iteration that never ends is stopped by the time limit, not by memory)."""
    for _ in value:
        pass


def _one_level(value) -> list:
    if type(value) in (list, tuple, set, frozenset):
        return list(value)[:1000]
    if type(value) is dict:
        return [x for pair in list(value.items())[:1000] for x in pair]
    return []


def never_read(value, seconds: float) -> bool:
    """Whether reading ``value`` as judges do (``_read_as_judges_do``) runs past ``seconds``: an object whose own
    methods never return would hang the check that reads it (the grader stops the same reading,
    ``grading/extract.py``). Plain values and the libraries' objects are not read here."""
    from .. import time_limit

    if not holds_own_code(value):
        return False
    try:
        time_limit.call_limited(_read_as_judges_do, value, seconds)
    except time_limit.CallTimedOut:
        return True
    return False


def _chart_spec(chart) -> dict:
    """A chart's to_dict(), which every chart judge reads as a dict: anything else fails here, with what it gave."""
    spec = chart.to_dict()
    if not isinstance(spec, dict):
        raise _NotASpec(f"gave a {type(spec).__name__}, not the dict of a chart's specification")
    return spec


class _NotASpec(TypeError):
    """A chart whose to_dict() returns something else: named by what it gave, not as a failure."""


def _is_chart(value) -> bool:
    import sys

    altair = sys.modules.get("altair")
    return altair is not None and isinstance(value, altair.TopLevelMixin)


def _safe_key(key) -> str:
    try:
        return repr(key)[:40]
    except Exception:
        return f"a {type(key).__name__}"


def unreadable(value, _seen: set | None = None, _depth: int = 0, _inside: frozenset = frozenset()) -> str | None:
    """Why an answer cannot be read at all, as a sentence, or None when every ordinary method works.

    A judge reads an answer through its ordinary methods (repr, ==, len, an attribute, a chart's
    to_dict); when one of them raises, no judge can say anything about the value, and the student is
    told which method failed (in which item of a dict or list) instead of "the checker could not judge".
    Containers are walked (each object once, a few levels deep, the first 200 items); a container that holds
    itself (no judge can walk it to the end) is named too."""
    seen = set() if _seen is None else _seen
    if id(value) in seen or _depth > 6:
        return None
    seen.add(id(value))
    inside = _inside | {id(value)}
    for where, item in _items(value):  # an item first: a container's repr fails because an item's does
        if id(item) in inside:
            return f"{where} is the {type(item).__name__} it sits in (it holds itself)"
        inner = unreadable(item, seen, _depth + 1, inside)
        if inner is not None:
            return f"{where}, {inner}"
    failed = _first_failure(value)
    if failed is not None:
        name, error = failed
        return f"its {name} {error}" if isinstance(error, _NotASpec) else f"its {name} raised {type(error).__name__}"
    return None


def _items(value) -> list:
    """(where, item) for the keys and values of a dict, the items of a list, tuple or set (the first 200); none
    when walking the container raises (its own failing method is then named by ``_first_failure``)."""
    try:
        return _walk(value)
    except Exception:
        return []


def _walk(value) -> list:
    if isinstance(value, dict):
        items = [(f"in the value under key {_safe_key(key)}", item) for key, item in list(value.items())[:200]]
        items += [(f"in the key {_safe_key(key)}", key) for key in list(value)[:200]]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = [(f"in item {i} of the {type(value).__name__}", item) for i, item in enumerate(list(value)[:200])]
    else:
        items = []
    return items


def unreadable_message(values) -> str | None:
    """The sentence for answers one of which cannot be read (``unreadable``), or None."""
    for value in values:
        problem = unreadable(value)
        if problem is not None:
            return (f"This answer cannot be read: {problem}, so no check can look at it. Give the number, text, "
                    "list, dict, table or chart the question asks for, made of ordinary values (as the lesson's "
                    "code makes them), not an object whose methods fail.")
    return None


def too_large(value) -> int | None:
    """The digits of the first whole number in ``value`` (or one level inside its list or dict) too large to be a
    float (10**400): no figure is that size, and judges that compare floats would fail on it (round 13: inside a
    dict it reached 'the checker could not judge'). None when there is none."""
    for item in [value, *_one_level(value)]:
        if type(item) is int:
            try:
                float(item)
            except OverflowError:
                return len(str(abs(item))) if abs(item) < 10 ** 4000 else 4000
        elif isinstance(item, float) and math.isfinite(item) and abs(item) >= LARGEST_FLOAT:  # np.float64 too
            return math.floor(math.log10(abs(item))) + 1  # round 16, C10: 1e308 was printed in 309 digits
    return None


# No figure of the course, nor any slip of one (亿 twice on 29.95 billion yuan is about 3e26), comes near this: a
# float beyond it is a runaway step, named as a whole number far too large rather than printed in hundreds of digits.
LARGEST_FLOAT = 1e50


LARGEST_TABLE = 100_000  # rows: the course's largest table (the case set) has about a hundred


def too_many_rows(value) -> int | None:
    """The rows of a table, Series, Index or array of the libraries with more than ``LARGEST_TABLE`` of them, or
    None. No answer of the course is that large, and judging a million rows row by row runs into the judgement's
    time limit (review round 15: a million-row frame for 03 q4's 7 x 7 matrix waited 10 CPU-s for 'could not
    judge'). Read by ``len`` of the library's own class: no code of the student's runs."""
    if (type(value).__module__ or "").split(".")[0] not in ("pandas", "numpy") or not hasattr(value, "__len__"):
        return None
    try:
        rows = len(value)
    except TypeError:  # a NumPy scalar (no length)
        return None
    return rows if rows > LARGEST_TABLE else None


# ----- a student's subclass of a built-in, made the built-in itself before any judge reads it (round 13, H1) -------
# The pre-read above asks a student's object for its repr, str, ==, len, float and items; judges then call other
# methods (str.lower(), str.strip(), dict.items(), dict[...]) outside any limit, so a str or dict subclass whose own
# method never returns hung check() (review round 13: 51 hangs). Copied by the base type's own methods, which run no
# code of the student's, the answer is a plain value with the same content.
_BUILTIN_COPIES = (
    (str, lambda v: str.__str__(v)), (int, lambda v: int.__int__(v)), (float, lambda v: float.__float__(v)),
    (complex, lambda v: complex.__complex__(v)), (bytes, lambda v: bytes.__bytes__(v) if hasattr(bytes, "__bytes__")
                                                  else bytes(memoryview(v))),
)
LARGEST_COPIED = 100_000  # items of one container: an answer is far smaller; a larger one is left as it is
DEEPEST_COPIED = 6


def as_builtin(value, depth: int = 0):
    """``value`` with every student's subclass of str, int, float, complex, bytes, list, tuple, dict, set or frozenset
    in it (itself, or inside a plain container, ``DEEPEST_COPIED`` levels down) replaced by the plain built-in of the
    same content, read by the base type's own methods (``str.__str__``, ``dict.items``): no method of the student's
    runs. Anything else (the libraries' objects, the course's own, a class of the student's that subclasses no
    built-in) is returned as it is: the pre-read and the judge's time limit deal with those."""
    kind = type(value)
    if kind in _PLAIN or depth > DEEPEST_COPIED or kind is bool:
        return value
    if kind in _CONTAINERS:
        return _copied_items(value, kind, depth)
    module = (kind.__module__ or "").split(".")[0]
    if module == "pandas":
        try:
            return _pandas_copied(value, depth)
        except Exception:  # an odd table (duplicated labels, a cell that cannot be read): left to the judges as it is
            return value
    if module == "netcrime" or not _own_code(value):
        return value  # the course's own classes (ProbeResults, ChartSpec) and the libraries' are read as they are
    for base, copy in _BUILTIN_COPIES:
        if isinstance(value, base):
            return copy(value)
    for base in (dict, list, tuple, set, frozenset):
        if isinstance(value, base):
            return _copied_items(value, base, depth)
    return value


def _pandas_copied(value, depth: int):
    """A Series, DataFrame or Index whose object cells (or labels) hold a student's subclass of a built-in, with those
    made plain (``as_builtin``); the value itself when none does (the usual case: nothing is copied)."""
    import pandas as pd

    def needs(items) -> bool:
        return any(_own_code(x) for x in list(items)[:LARGEST_COPIED])

    def texts(dtype) -> bool:  # object or str cells (pandas 3 stores text as str): where a subclass can hide
        return not (pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_datetime64_any_dtype(dtype))

    def plain_index(index):
        if texts(index.dtype) and needs(index):
            return pd.Index([as_builtin(x, depth + 1) for x in index], name=index.name, dtype=object)
        return index

    if isinstance(value, pd.Series):
        cells = texts(value.dtype) and needs(value.array)
        index = plain_index(value.index)
        if not cells and index is value.index:
            return value
        data = [as_builtin(x, depth + 1) for x in value.array] if cells else value.array
        return pd.Series(data, index=index, name=value.name, dtype=None if cells else value.dtype)
    if isinstance(value, pd.DataFrame):
        columns = [i for i in range(value.shape[1])
                   if texts(value.dtypes.iloc[i]) and needs(value.iloc[:, i].array)]
        index, labels = plain_index(value.index), plain_index(value.columns)
        if not columns and index is value.index and labels is value.columns:
            return value
        copied = value.copy()
        for i in columns:
            copied.isetitem(i, [as_builtin(x, depth + 1) for x in value.iloc[:, i].array])
        copied.index, copied.columns = index, labels
        return copied
    if isinstance(value, pd.Index):
        return plain_index(value)
    return value


def _copied_items(value, base, depth: int):
    """A plain ``base`` (list, tuple, dict, set or frozenset) of ``value``'s items, each ``as_builtin``; ``value``
    itself when it is already plain throughout (nothing copied) or too large to copy."""
    if base is dict:
        pairs = list(dict.items(value)) if len(dict.keys(value)) <= LARGEST_COPIED else None
        if pairs is None:
            return value
        copied = [(as_builtin(k, depth + 1), as_builtin(v, depth + 1)) for k, v in pairs]
        if type(value) is dict and all(a is k and b is v for (a, b), (k, v) in zip(copied, pairs)):
            return value
        return dict(copied)
    items = list(base.__iter__(value)) if base.__len__(value) <= LARGEST_COPIED else None
    if items is None:
        return value
    copied = [as_builtin(x, depth + 1) for x in items]
    if type(value) is base and all(a is b for a, b in zip(copied, items)):
        return value
    return base(copied)
