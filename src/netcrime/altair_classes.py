"""Altair's table of schema classes, built once per process instead of once per encoding channel.

Every ``encode(x="count:Q")`` (a channel written as text or a dict) makes Altair 6 turn it into a channel
object with ``from_dict``, which first rebuilds a table of all its ~570 schema classes keyed by a JSON hash
of each class's schema: about 10 ms of CPU per channel, most of the cost of building a small chart. The table
depends only on which classes exist, so ``remember`` keeps it per set of classes (a class defined later makes
a new table), and the charts come out the same. Altair has a draft change that builds it once
(vega/altair pull request 3547); until it ships, ``charts.enable`` (every lesson's ``netcrime.setup()``)
calls ``remember``. It does nothing if Altair's internals are not the ones it knows.
"""
from __future__ import annotations

_MARK = "_netcrime_remembered"


def remember() -> bool:
    """Build Altair's class table once per set of classes from now on; whether it is (or already was) in place."""
    try:
        from altair.utils import schemapi
    except ImportError:
        return False
    table_maker = getattr(schemapi, "_FromDict", None)
    build = getattr(table_maker, "__init__", None)
    if table_maker is None or build is None:
        return False
    if getattr(table_maker, _MARK, False):
        return True
    tables: dict[tuple, dict] = {}

    def __init__(self, wrapper_classes, /) -> None:
        classes = tuple(wrapper_classes)
        table = tables.get(classes)
        if table is None:
            build(self, classes)
            tables[classes] = table = self.class_dict
        self.class_dict = table  # read-only use: a hash not in the table gives an empty list, as before

    __init__.__doc__ = build.__doc__
    table_maker.__init__ = __init__
    setattr(table_maker, _MARK, True)
    return True
