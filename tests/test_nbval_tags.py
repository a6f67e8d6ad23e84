"""nbval's instructions live in cell tags, not in comments students read."""
from __future__ import annotations

import json


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_no_nbval_comment_is_left_in_any_notebook(repo_root):
    for folder in ("notebooks", "solutions", "exercises"):
        for path in sorted((repo_root / folder).glob("*.ipynb")):
            for cell in _cells(path):
                assert "NBVAL_" not in "".join(cell["source"]), f"{folder}/{path.name}: use a cell tag"


def test_build_carries_the_tags_into_the_exercises(repo_root):
    tagged = 0
    for solution in sorted((repo_root / "solutions").glob("*.ipynb")):
        exercise = repo_root / "exercises" / solution.name
        if not exercise.exists():
            continue
        by_id = {c.get("id"): c for c in _cells(exercise)}
        for cell in _cells(solution):
            tags = cell.get("metadata", {}).get("tags", [])
            if "nbval-ignore-output" in tags and cell.get("id") in by_id:
                tagged += 1
                assert "nbval-ignore-output" in by_id[cell["id"]]["metadata"].get("tags", [])
    assert tagged >= 3
