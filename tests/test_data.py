"""The data: complete, traceable, internally consistent, and validated on load."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from netcrime import data, schemas
from netcrime.units import parse_figure



@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return data.release_figures().set_index("id")


@pytest.mark.parametrize("schema", schemas.ALL_SCHEMAS, ids=lambda s: s.file)
def test_every_file_loads_against_its_schema(schema):
    frame = data.load(schema)
    assert len(frame) > 0
    assert list(frame.columns) == schema.names


@pytest.mark.parametrize("schema", schemas.ALL_SCHEMAS, ids=lambda s: s.file)
def test_every_file_is_documented_in_the_data_readme(schema):
    readme = (Path(data.data_dir()) / "README.md").read_text(encoding="utf-8")
    assert f"`{schema.file}`" in readme
    for column in schema.names:
        assert f"`{column}`" in readme, f"{schema.file}: column {column} missing from data/README.md"


def test_each_printed_figure_parses_to_its_stored_value_and_precision(figures):
    for figure_id, row in figures.iterrows():
        parsed = parse_figure(row["printed_as"])
        assert parsed.value == pytest.approx(row["value"]), figure_id
        assert parsed.precision == row["precision"], figure_id


def test_printed_figure_stands_in_its_source(figures):
    for figure_id, row in figures.iterrows():
        fragment = row["source_fragment"] or ""
        chinese = row["chinese_original"] or ""
        assert row["printed_as"] in fragment or row["printed_as"] in chinese, figure_id


def test_source_fragments_are_short_quotes():
    # We quote the source only in short fragments that locate a figure.
    for frame in (data.release_figures(), data.milestones(), data.underreporting_reasons()):
        for fragment in frame["source_fragment"].dropna():
            assert len(fragment.split()) <= 20, fragment


def test_source_fragments_are_verbatim_in_the_translation(seed_text):
    for frame in (data.release_figures(), data.milestones(), data.underreporting_reasons()):
        for fragment in frame["source_fragment"].dropna():
            assert fragment in seed_text, fragment


def test_verified_flag_matches_presence_of_chinese(figures):
    for figure_id, row in figures.iterrows():
        has_chinese = bool(row["chinese_original"])
        assert (row["verified_in_chinese"] == "yes") == has_chinese, figure_id


def test_unverified_figures_say_so_in_their_note(figures):
    for figure_id, row in figures[figures["verified_in_chinese"] == "no"].iterrows():
        assert "not verified" in row["note"].lower() or "unverified" in row["note"].lower(), figure_id


def test_detained_within_apprehended(figures):
    assert figures.loc["suspects_detained", "value"] <= figures.loc["suspects_apprehended", "value"]


def test_november_operation_within_the_totals(figures):
    pairs = [("november_gangs_eliminated", "gangs_eliminated"),
             ("november_suspects_apprehended", "suspects_apprehended"),
             ("november_assets_seized", "assets_seized"),
             ("july_suspects_apprehended", "suspects_apprehended")]
    for part, whole in pairs:
        assert figures.loc[part, "value"] < figures.loc[whole, "value"], part


def test_provinces_gangs_within_the_national_count(figures):
    provincial = figures[(figures["scope"] != "national") & (figures["unit"] == "gangs")]
    assert len(provincial) == 4
    assert provincial["value"].sum() < figures.loc["gangs_eliminated", "value"]


def test_operation_periods_fall_inside_the_campaign(figures):
    campaign = figures.loc["gangs_eliminated"]
    for figure_id, row in figures.iterrows():
        assert row["period_start"] <= row["period_end"], figure_id
        assert row["period_end"] <= campaign["period_end"], figure_id


def test_every_figure_has_full_provenance(figures):
    required = ["unit", "counts", "scope", "subset", "kind", "precision", "printed_as", "source", "source_date"]
    assert not figures[required].isna().any().any()


def test_milestones_are_in_order_and_end_with_the_press_conference():
    ms = data.milestones()
    assert ms["date"].is_monotonic_increasing
    assert ms.iloc[-1]["id"] == "press_conference"
    assert ms.iloc[-1]["date"] == pd.Timestamp("2020-12-24")


def test_glossary_covers_all_seven_crime_types_and_key_terms():
    glossary = data.glossary()
    assert set(glossary["code"].dropna()) == set(schemas.CRIME_TYPES)
    for term in ("抓获", "逮捕", "恶势力", "黑社会性质组织", "软暴力", "亿", "万"):
        assert glossary["chinese"].str.contains(term, regex=False).any(), term


def test_reasons_use_codebook_categories():
    codes = set(data.underreporting_codebook()["category"])
    assert set(data.underreporting_reasons()["category"]) <= codes


def test_reporting_rates_are_fractions():
    rates = data.victim_reporting_rates()
    assert rates["share_reported"].between(0, 1, inclusive="neither").all()


# ----- the validator itself ------------------------------------------------------

def _copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for schema in schemas.ALL_SCHEMAS:
        (folder / schema.file).write_bytes((Path(data.data_dir()) / schema.file).read_bytes())
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_validator_names_file_row_and_column_for_a_bad_value(tmp_path):
    folder = _copy_data(tmp_path)
    frame = pd.read_csv(folder / "release_figures.csv", dtype=str, keep_default_na=False)
    frame.loc[2, "precision"] = "roughly"
    frame.to_csv(folder / "release_figures.csv", index=False)
    with pytest.raises(data.DataError, match=r"release_figures.csv, row 3, column 'precision'.*roughly"):
        data.load(schemas.RELEASE_FIGURES, folder)


def test_validator_rejects_empty_required_cell_and_bad_number(tmp_path):
    folder = _copy_data(tmp_path)
    frame = pd.read_csv(folder / "release_figures.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "value"] = "1.7万"
    frame.to_csv(folder / "release_figures.csv", index=False)
    with pytest.raises(data.DataError, match=r"row 1, column 'value'.*not a valid float"):
        data.load(schemas.RELEASE_FIGURES, folder)
    frame.loc[0, "value"] = ""
    frame.to_csv(folder / "release_figures.csv", index=False)
    with pytest.raises(data.DataError, match=r"row 1, column 'value'.*empty but required"):
        data.load(schemas.RELEASE_FIGURES, folder)


def test_validator_rejects_duplicate_ids_and_missing_columns(tmp_path):
    folder = _copy_data(tmp_path)
    frame = pd.read_csv(folder / "milestones.csv", dtype=str, keep_default_na=False)
    frame.loc[1, "id"] = frame.loc[0, "id"]
    frame.to_csv(folder / "milestones.csv", index=False)
    with pytest.raises(data.DataError, match=r"milestones.csv, row 2, column 'id'.*more than once"):
        data.load(schemas.MILESTONES, folder)
    frame.drop(columns=["event"]).to_csv(folder / "milestones.csv", index=False)
    with pytest.raises(data.DataError, match=r"column 'event'.*missing"):
        data.load(schemas.MILESTONES, folder)


def test_loaders_return_copies_a_student_cannot_corrupt():
    first = data.release_figures()
    first.loc[:, "value"] = 0
    assert data.figure("gangs_eliminated") == 1759


def test_figure_lookup_names_known_ids_on_a_typo():
    with pytest.raises(KeyError, match="gangs_eliminated"):
        data.figure("gang_eliminated")


def test_data_dir_follows_the_environment_variable(tmp_path, monkeypatch):
    folder = _copy_data(tmp_path)
    monkeypatch.setenv("NETCRIME_DATA_DIR", str(folder))
    assert data.data_dir() == folder


@pytest.mark.parametrize("schema", schemas.ALL_SCHEMAS, ids=lambda s: s.file)
def test_data_readme_shows_the_validators_own_dictionary(schema):
    readme = (Path(data.data_dir()) / "README.md").read_text(encoding="utf-8")
    assert schemas.dictionary_table(schema) in readme, (
        f"data/README.md is out of date for {schema.file}: paste in schemas.dictionary_table() for it")


def test_data_dir_does_not_depend_on_the_current_folder(tmp_path, monkeypatch):
    # A folder with its own data/ must not capture the course's data just by being the working directory.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "release_figures.csv").write_text("id\n", encoding="utf-8")
    monkeypatch.delenv("NETCRIME_DATA_DIR", raising=False)
    before = data.data_dir()
    monkeypatch.chdir(tmp_path)
    assert data.data_dir() == before != tmp_path / "data"


def test_release_figures_are_indexed_once_and_handed_out_as_a_fresh_copy():
    """Round 7 (#15): ``releases.figures`` is kept per data folder; a caller that edits its copy changes nothing."""
    from netcrime import releases

    mine = releases.figures()
    first = mine.index[0]
    mine.loc[first, "value"] = -1.0
    again = releases.figures()
    assert again is not mine and again.loc[first, "value"] != -1.0
    assert again.equals(data.releases().set_index("id"))
