"""The one table of tags that tell the grader what a JSON value stands for.

Answers travel from a student's kernel to the grader as JSON; anything JSON
cannot say plainly (a tuple, a DataFrame, a chart, a value too large to bring
back) travels as ``{"__nc__": TAG, ...}``. The kernel side (``extract.py``)
encodes with these names and the grader side (``codec.py``) decodes with them;
``tests/grading/test_grading_parts.py`` checks every tag in both directions.

This file is injected as source into the kernel before ``extract.py``: it must
stay plain (no imports).
"""

TAG = "__nc__"

MISSING = "missing"          # a declared variable the notebook never defined
ELLIPSIS = "ellipsis"        # the starter placeholder ``...``
FLOAT = "float"              # nan / inf (JSON has no spelling for them)
LIST = "list"
TUPLE = "tuple"
SET = "set"
DICT = "dict"                # any keys (JSON objects only allow text keys)
NPSCALAR = "npscalar"
NDARRAY = "ndarray"
FRAME = "frame"
SERIES = "series"
CHART = "chart"              # an Altair chart, as its Vega-Lite spec
CHART_ERROR = "chart_error"  # an Altair chart whose to_dict() failed
FUNCTION = "function"        # a function answer that is not probed: only its name travels
OPAQUE = "opaque"            # any other object: its type name and a short repr
TOO_LARGE = "toolarge"
UNREADABLE = "unreadable"

# Tags the grader can send into the kernel (probe inputs): plain data only.
INPUT_TAGS = (ELLIPSIS, FLOAT, LIST, TUPLE, SET, DICT)
ALL_TAGS = (MISSING, ELLIPSIS, FLOAT, LIST, TUPLE, SET, DICT, NPSCALAR, NDARRAY, FRAME, SERIES, CHART,
            CHART_ERROR, FUNCTION, OPAQUE, TOO_LARGE, UNREADABLE)
