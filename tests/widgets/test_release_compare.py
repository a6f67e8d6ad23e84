"""The release-comparison widget of lesson 05."""
from __future__ import annotations

from netcrime import releases


# ----- the widget -------------------------------------------------------------------------------
def test_widget_shows_mismatches_and_refuses_then_draws():
    from netcrime.widgets.release_compare import ReleaseComparer, mismatch_summary

    w = ReleaseComparer("r2020_gangs", "f2025_online_orgs")
    assert "3 mismatch(es): unit, campaign, period" in w.summary.value
    w.chart()
    assert isinstance(w.result, releases.Refusal)
    w.left.value, w.right.value = "r2021_vicious", "a2022_vicious"
    assert "No blocking mismatch" in w.summary.value
    w.chart()
    assert not isinstance(w.result, releases.Refusal)
    assert mismatch_summary("a2022_mafia", "a2022_vicious").startswith("1 mismatch(es): unit")
