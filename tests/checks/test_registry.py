"""The registry sees both kinds of question: graded exercise questions and in-lesson checks."""
from __future__ import annotations

from netcrime.checks import catalogue, registry


def test_in_lesson_checks_are_listed_but_not_graded():
    from netcrime.checks import lesson03

    assert [q.id for q in registry.in_lesson("03")] == [q.id for q in lesson03.IN_LESSON]
    graded = {q.id for q in registry.questions("03")}
    assert not graded & {q.id for q in lesson03.IN_LESSON}, "in-lesson checks must not be graded"
    assert [q.id for q in registry.checked("03")] == [q.id for q in lesson03.IN_LESSON + lesson03.QUESTIONS]
    assert registry.where(lesson03.yt1) == "in lesson" and registry.where(lesson03.q1) == "exercise"


def test_a_lesson_without_in_lesson_checks_has_none(monkeypatch):
    import types

    from netcrime.checks import lesson03

    monkeypatch.setattr(registry, "lesson_module", lambda lesson: types.SimpleNamespace(QUESTIONS=[lesson03.q1]))
    assert registry.in_lesson("99") == []
    assert registry.checked("99") == [lesson03.q1]


def test_every_lesson_is_in_every_listing():
    assert set(registry.all_in_lesson()) == set(registry.all_lessons()) == set(registry.all_checked()) \
        == set(registry.lesson_ids())


def test_the_catalogues_list_in_lesson_checks():
    rows = catalogue.question_rows()
    assert {("03", "yt1", "in lesson"), ("03", "q1", "exercise")} <= {(r["lesson"], r["question"], r["where"])
                                                                       for r in rows}
    codes = {(r["lesson"], r["question"], r["code"]) for r in catalogue.misconception_rows()}
    assert ("03", "yt4", "patches_saw_test") in codes
    assert all(r["objective"] for r in rows), "every question in the catalogue names the objective it assesses"


def test_the_guides_question_table_is_the_generated_one(repo_root):
    guide = (repo_root / "docs" / "instructor_guide.md").read_text(encoding="utf-8")
    assert catalogue.guide_question_table(guide) == catalogue.question_markdown(), \
        "run `python -m netcrime misconceptions --guide docs/instructor_guide.md`"
