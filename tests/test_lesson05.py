"""Lesson 05: later releases' data and provenance, the comparability logic, the widget, the checks."""
from __future__ import annotations

import pandas as pd
import pytest

from netcrime import data, releases
from netcrime.schemas import CRIME_TYPES
from netcrime.units import parse_figure

# ----- data: every fragment stands in the copies it cites ------------------------------------


def _sources():
    return data.release_sources().set_index("source_id")


def _copies(row) -> list[str]:
    extra = [s for s in (row["other_copies"] or "").split(";") if s]
    return [row["source_id"], *extra]


def test_every_fragment_is_in_the_excerpt_of_every_copy_it_cites():
    sources = _sources()
    missing = [(r["id"], sid) for _, r in data.releases().iterrows() for sid in _copies(r)
               if sid not in sources.index or r["source_fragment"] not in sources.loc[sid, "excerpt"]]
    assert not missing, f"fragments not found in their cited copies: {missing}"


def test_the_figures_own_words_stand_in_the_fragment_and_the_printed_number_in_them():
    table = data.releases()
    bad = [r["id"] for _, r in table.iterrows() if r["chinese_original"] not in r["source_fragment"]]
    assert not bad, f"chinese_original not inside source_fragment: {bad}"
    numeric = table[table["printed_as"].str.contains(r"\d")]
    bad = [r["id"] for _, r in numeric.iterrows() if r["printed_as"] not in r["chinese_original"]]
    assert not bad, f"printed_as not inside chinese_original: {bad}"


def test_printed_numbers_give_the_stored_value_and_precision():
    table = data.releases()
    numeric = table[table["printed_as"].str.contains(r"\d")]
    assert len(numeric) >= 20
    for _, r in numeric.iterrows():
        parsed = parse_figure(r["printed_as"])
        assert parsed.value == r["value"], r["id"]
        assert parsed.precision == r["precision"], r["id"]


def test_nothing_is_verified_without_a_copy_seen():
    table, sources = data.releases(), _sources()
    for _, r in table.iterrows():
        copies = _copies(r)
        assert all(c in sources.index for c in copies), r["id"]
        if r["verified"] == "yes":
            assert len(copies) >= 2, f"{r['id']} is 'yes' but cites one copy"
        else:
            assert len(copies) == 1, f"{r['id']} is 'one copy' but cites {copies}"
        assert set(sources.loc[copies, "release"]) == {r["release"]}, f"{r['id']} cites another release's copy"


def test_crime_lists_stand_in_their_copies_and_2020_has_seven():
    lists, sources = data.release_crime_lists(), _sources()
    for _, r in lists.iterrows():
        assert r["as_printed"] in sources.loc[r["source_id"], "excerpt"], r["id"]
        assert r["id"] == f"{r['release']}.{r['code']}"
    counts = lists.groupby("release")["code"].nunique()
    assert counts["mps_2020_12_24"] == len(CRIME_TYPES) == 7
    figures = data.releases().set_index("id")
    assert figures.loc["r2020_crime_types", "value"] == counts["mps_2020_12_24"]
    assert figures.loc["n2022_crime_types", "value"] == counts["notice_2022_09"]
    assert figures.loc["x2023_crime_types", "value"] == counts["xinhua_2023_02_17"]


def test_periods_are_ordered_and_end_no_later_than_the_release():
    table = data.releases()
    assert (table["period_start"] <= table["period_end"]).all()
    dated = table.dropna(subset=["source_date"])
    late = dated[(dated["period_end"] > dated["source_date"]) & (dated["period_basis"] != "planned")]
    assert late.empty, f"periods ending after their release: {list(late['id'])}"


def test_period_bases_agree_with_the_assumed_flag_and_points_in_time():
    table = data.releases()
    for _, r in table.iterrows():
        if r["period_basis"] in ("since", "to date", "implied", "planned"):
            assert r["period_assumed"] == "yes", f"{r['id']}: a {r['period_basis']} period needs an inferred end"
            assert r["note"], f"{r['id']}: an assumed period must say why in the note"
        if r["period_basis"] == "point in time":
            assert r["period_start"] == r["period_end"], r["id"]


UNIT_WORDS = {  # the Chinese word that each unit must be printed with
    "gangs": "团伙", "mafia-type organisations": ("涉黑组织", "黑社会性质组织"),
    "vicious-force groups": "恶势力", "gang organisations": "黑恶犯罪组织",
    "suspects": "嫌疑人", "cases": "案件", "bodies": "部门",
}


def test_units_match_the_chinese_words_counted():
    table = data.releases()
    for _, r in table.iterrows():
        words = UNIT_WORDS.get(r["unit"])
        if words is None:
            continue
        words = (words,) if isinstance(words, str) else words
        assert any(w in r["source_fragment"] for w in words), f"{r['id']}: unit {r['unit']} not in its fragment"


def test_lower_bounds_are_printed_with_yu_and_ranges_are_plausible():
    table = data.releases()
    lower = table[table["precision"] == "lower bound"]
    assert lower["printed_as"].str.contains("余").all()
    counts = table[table["kind"] == "enforcement activity"]
    assert (counts["value"] > 0).all() and (counts["value"] < 1e6).all()


def test_laws_carry_their_date_in_force_and_it_stands_in_the_excerpt():
    sources = data.release_sources()
    laws = sources[sources["kind"] == "law"]
    assert set(laws["release"]) == {"criminal_law_amendment_11", "anti_organized_crime_law"}
    for _, r in laws.iterrows():
        day = r["in_force"]
        assert pd.notna(day)
        chinese = f"{day.year}年{day.month}月{day.day}日"
        copies = sources[sources["release"] == r["release"]]
        assert any(chinese in e for e in copies["excerpt"]), r["source_id"]


def test_excerpts_stay_short_quotations():
    sources = data.release_sources()
    for _, r in sources.iterrows():
        passages = r["excerpt"].split(" … ")
        assert all(len(p) <= 160 for p in passages), r["source_id"]
        assert len(r["excerpt"]) <= 400, r["source_id"]


# ----- comparability ---------------------------------------------------------------------------
def test_2020_gangs_and_2023_organisations_differ_in_unit_campaign_and_period():
    dims = {m.dimension for m in releases.mismatches("r2020_gangs", "a2023_online_orgs")}
    assert {"unit", "campaign", "period"} <= dims
    assert "scope" not in dims and "issuer" not in dims


def test_a_since_figure_overlaps_the_year_it_contains():
    found = {m.dimension: m for m in releases.mismatches("r2021_vicious", "r2022jul_vicious")}
    assert "period" in found and "overlap" in found["period"].why


def test_notice_issuer_differs_from_the_ministry_alone():
    dims = {m.dimension for m in releases.mismatches("n2022_bodies", "x2023_other_bodies")}
    assert "issuer" in dims


def test_consecutive_years_of_one_unit_make_a_series_with_a_warning():
    verdict = releases.series_verdict(["r2021_mafia", "a2022_mafia"])
    assert verdict.ok and not verdict.reasons
    assert verdict.warnings and "r2021_mafia" in verdict.warnings[0]


def test_three_year_totals_are_not_a_point_in_a_yearly_series():
    verdict = releases.series_verdict(["s2020_vicious", "r2021_vicious", "a2022_vicious"])
    assert not verdict.ok
    assert any("s2020_vicious vs r2021_vicious: campaign" in r for r in verdict.reasons)
    assert any("differ in length" in r for r in verdict.reasons)


def test_series_chart_refuses_with_reasons_and_draws_when_comparable():
    refusal = releases.series_chart(["r2020_gangs", "a2023_online_orgs", "f2025_online_orgs"])
    assert isinstance(refusal, releases.Refusal)
    text = repr(refusal)
    assert text.startswith("No chart") and "unit (gangs / gang organisations)" in text
    assert "<li>" in refusal._repr_html_()
    chart = releases.series_chart(["r2021_vicious", "a2022_vicious"])
    spec = chart.to_dict()
    assert len(spec["layer"]) == 2
    assert spec["layer"][0]["encoding"]["y"]["scale"]["zero"] is True
    assert spec["layer"][0]["encoding"]["y"]["field"] == "value"


@pytest.mark.parametrize("bad", [["r2021_mafia"], ["nope", "r2021_mafia"], ["r2021_mafia", "r2021_mafia"], "r2021_mafia"])
def test_series_chart_never_raises_on_bad_input(bad):
    result = releases.series_chart(bad)
    assert isinstance(result, releases.Refusal)
    assert repr(result).count("\n- ") >= 1


def test_comparison_table_flags_each_dimension():
    table = releases.comparison_table("r2020_gangs", "a2023_online_orgs").set_index("")
    assert table.loc["unit", "match"] == "no"
    assert table.loc["issuer", "match"] == "yes"
    assert table.loc["assumed period", "match"] == "warning"
    assert set(releases.DIMENSIONS) <= set(table.index)


# ----- the widget -------------------------------------------------------------------------------
def test_widget_shows_mismatches_and_refuses_then_draws():
    from netcrime.widgets.release_compare import ReleaseComparer, mismatch_summary

    w = ReleaseComparer("r2020_gangs", "a2023_online_orgs")
    assert "3 mismatch(es): unit, campaign, period" in w.summary.value
    w.chart()
    assert isinstance(w.result, releases.Refusal)
    w.left.value, w.right.value = "r2021_vicious", "a2022_vicious"
    assert "No blocking mismatch" in w.summary.value
    w.chart()
    assert not isinstance(w.result, releases.Refusal)
    assert mismatch_summary("a2022_mafia", "a2022_vicious").startswith("1 mismatch(es): unit")
