"""The accessibility audit (a11y.py) can fail: proof on a scratch notebook whose
outputs break the rules the course's own outputs are held to."""
from __future__ import annotations

import pytest

from . import a11y, lab

pytestmark = pytest.mark.browser

BAD_OUTPUTS = [
    "import altair as alt, pandas as pd, netcrime\nnetcrime.setup()\n"
    "alt.Chart(pd.DataFrame({'a': ['x', 'y'], 'b': [1, 2]})).mark_bar().encode(x='a:N', y='b:Q')",
    "from IPython.display import HTML\n"
    "HTML('<p style=\"color:#d0d0d0; background:#ffffff\">pale verdict text</p>')",
]


def test_audit_reports_low_contrast_and_a_chart_without_description(lab_page):
    path = lab_page.server.write_notebook("_scratch/a11y_bad.ipynb", lab.make_notebook(BAD_OUTPUTS))
    report = lab.run_notebook(lab_page, path)
    assert not report.errors, report.summary()
    audit = a11y.audit_outputs(lab_page)
    rules = {v["id"] for v in audit.violations}
    assert "color-contrast" in rules, audit.summary()
    assert len(audit.charts_without_text) == 1, audit.summary()
    with pytest.raises(AssertionError):
        a11y.assert_course_output_accessible(lab_page, path)
