"""``netcrime.altair_classes``: Altair's class table is built once per set of classes, and charts are unchanged."""
from __future__ import annotations

import altair as alt
import pandas as pd
from altair.utils import schemapi

from netcrime import altair_classes, charts


def test_the_table_is_built_once_and_holds_what_altair_would_build():
    assert altair_classes.remember() and altair_classes.remember()  # in place, and safe to ask twice
    classes = list(schemapi.SchemaBase._default_wrapper_classes())
    first, second = schemapi._FromDict(classes), schemapi._FromDict(iter(classes))
    assert first.class_dict is second.class_dict
    expected: dict[int, list] = {}
    for tp in classes:  # the table by its definition: each class under the hash of its schema
        if tp._schema is not None:
            expected.setdefault(schemapi._FromDict.hash_schema(tp._schema), []).append(tp)
    assert {h: tps for h, tps in first.class_dict.items() if tps} == expected


def test_a_class_defined_later_gets_a_table_of_its_own():
    altair_classes.remember()
    before = schemapi._FromDict(list(schemapi.SchemaBase._default_wrapper_classes()))

    class Later(schemapi.SchemaBase):
        _schema = {"type": "object", "properties": {"made_up_for_netcrime_tests": {"type": "null"}}}  # matches no chart

    after = schemapi._FromDict(list(schemapi.SchemaBase._default_wrapper_classes()))
    assert after.class_dict is not before.class_dict
    assert Later in after.class_dict[schemapi._FromDict.hash_schema(Later._schema)]


def test_charts_written_as_text_or_as_objects_are_the_same():
    charts.enable()  # what every lesson's netcrime.setup() does once Altair is imported
    frame = pd.DataFrame({"kind": ["a", "b"], "count": [3, 5]})
    written = alt.Chart(frame).mark_bar().encode(x="kind:N", y=alt.Y("count:Q", title="Cases"), tooltip=["kind"])
    objects = alt.Chart(frame).mark_bar().encode(x=alt.X(field="kind", type="nominal"),
                                                y=alt.Y(field="count", type="quantitative", title="Cases"),
                                                tooltip=[alt.Tooltip(field="kind", type="nominal")])
    assert written.to_dict() == objects.to_dict()
    assert isinstance(written.encoding.x, alt.X) and isinstance(written.encoding.tooltip[0], alt.Tooltip)
