"""Grades an instructor can stand behind: overrides with reasons, feedback for after the deadline,
the class summary in words, and the course gradebook across lessons."""
from __future__ import annotations

import pytest

from netcrime.cli import main
from netcrime.grading import Record, report
from netcrime.grading.feedback import after_deadline, feedback_text, question_title, summary_markdown
from netcrime.grading.overrides import OverrideError, apply, load

from grading_fixtures import read_csv, write


def q(qid, points, status, message="", misconception=None, top=1.0):
    return {"id": qid, "max": top, "points": float(points), "status": status, "message": message,
            "misconception": misconception, "collect": False, "answer": None}


def rec(**fields) -> Record:
    return Record.from_dict({"source": f"{fields['student']}.ipynb", "problems": [], **fields})


def test_overrides_change_points_and_verdicts_with_reasons(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text("student,question,points,verdict,reason\n"
                    "ana,q1,0.5,,Right method; arithmetic slip: half credit\n"
                    "ana,q2,,correct,Right in substance\n"
                    "ghost,q1,1,,a student who did not submit\n", encoding="utf-8")
    records = [rec(student="ana", lesson="01", questions=[q("q1", 0, "incorrect"), q("q2", 0, "incorrect")])]
    changed, unused = apply(records, load(path))
    assert [(x.points, x.status) for x in changed[0].questions] == [(0.5, "incorrect"), (1.0, "correct")]
    assert records[0].questions[0].points == 0  # the checker's record is not changed in place
    assert unused == ["overrides line 4: no submission from 'ghost' in this run; the line was not applied."]
    text = feedback_text(changed[0])
    assert "Changed by your instructor (was Not yet, 0 points): Right method; arithmetic slip: half credit" in text
    assert "**1.5 / 2 points**" in text
    for bad, message in [("ana,q1,3,,too many", "outside 0 to 1"), ("ana,q1,,,no change", "new points"),
                         ("ana,q1,1,,", "give a reason"), ("ana,q1,1,great,ok", "not one of")]:
        path.write_text("student,question,points,verdict,reason\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(OverrideError, match=message):
            apply(records, load(path))


def test_feedback_reads_well_after_the_deadline():
    record = rec(student="li_wei_88_assignsubmission_file_", name="李伟", lesson="01",
                 questions=[q("q3", 0, "not attempted",
                              "Replace the ... placeholder with your answer, run the cell, then check again."),
                            q("q4", 0, "incorrect", "You added the detained to the apprehended, then check again.",
                              "added_apprehended_detained")])
    text = feedback_text(record)
    assert text.startswith("# Feedback for 李伟")  # the name, not the raw file name
    assert "check again" not in text
    assert "no answer was given" in text
    assert f"### q4 · {question_title('01', 'q4')}" in text and "detention" in question_title("01", "q4")
    assert after_deadline("Run the cell where you set it (or check its spelling), then check again.") == \
        "The variable was not set when the notebook ran (check its spelling)."


def test_class_summary_in_words_counts_blanks_apart():
    records = [rec(student=s, lesson="01", questions=[q("q3", *v)]) for s, v in [
        ("a", (1, "correct")), ("b", (0, "incorrect", "", "added_apprehended_detained")),
        ("c", (0, "not attempted")), ("d", (0, "not attempted"))]]
    rows = report.summary_rows(records)
    text = summary_markdown(rows, records)
    line = next(l for l in text.splitlines() if l.startswith("| q3 |"))
    cells = [c.strip() for c in line.strip("|").split("|")]
    assert cells[1] == question_title("01", "q3") and "suspects" in cells[1]  # the prompt's first sentence
    assert cells[2:6] == ["2", "50%", "2", "0"]  # answered, correct of answered, blank, to be marked
    assert cells[6].startswith("You added the detained to the apprehended") and cells[6].endswith("(1)")


@pytest.mark.kernel  # grades twice through the grader's processes: `make test`, not `make check`
def test_a_rerun_keeps_overrides_and_names_students(tmp_path):
    subs, out = tmp_path / "subs", tmp_path / "grades"
    write(subs, "s001", ["gangs = 1626", "detained = 2350"])
    out.mkdir()
    (out / "overrides.csv").write_text("student,question,points,verdict,reason\n"
                                       "s001,q2,1,correct,Unit slip only; full credit\n", encoding="utf-8")
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Login\nWang Fang,s001\n", encoding="utf-8")
    args = ["grade", str(subs), "--out", str(out), "--roster", str(roster), "--quiet", "--jobs", "1"]
    for _ in range(2):  # the second run reuses the cached grading and still applies the override
        assert main(args) == 0
        [row] = read_csv(out / "gradebook.csv")
        assert (row["q1"], row["q2"], row["total"]) == ("1", "1", "2")
        results = {r["question"]: r for r in read_csv(out / "results.csv")}
        assert results["q2"]["override"] == "Unit slip only; full credit" and results["q2"]["verdict"] == "correct"
        feedback = (out / "feedback" / "s001.md").read_text(encoding="utf-8")
        assert feedback.startswith("# Feedback for Wang Fang") and "Unit slip only" in feedback
    (out / "overrides.csv").unlink()  # removing the line undoes it
    assert main(args) == 0
    assert read_csv(out / "gradebook.csv")[0]["q2"] == "0"


def test_course_gradebook_across_lessons(tmp_path, capsys):
    def run(folder, lesson, rows):
        records = [rec(student=s, lesson=l, problems=p,
                       questions=[q("q1", pts, "correct" if pts else "incorrect", top=2.0)] if l == lesson else [])
                   for s, l, pts, p in rows]
        report.write_csv_atomic(folder / "gradebook.csv", report.gradebook_rows(records))

    run(tmp_path / "g01", "01", [("ana", "01", 2, []), ("bo", "01", 1, []), ("cy", "02", 0, ["lesson 02, not 01"])])
    run(tmp_path / "g02", "02", [("ana", "02", 1, []), ("dee", "02", 2, [])])
    assert main(["course", str(tmp_path / "g01"), str(tmp_path / "g02"), "--out", str(tmp_path / "course.csv")]) == 0
    rows = {r["student"]: r for r in read_csv(tmp_path / "course.csv")}
    assert list(rows["ana"].values()) == ["ana", "2", "1", "3", "4", ""]
    assert rows["bo"]["lesson 02"] == "" and rows["dee"]["lesson 01"] == ""  # missing is empty, not zero
    assert rows["cy"]["lesson 01"] == "0" and "lesson 02, not 01" in rows["cy"]["problems"]
    printed = capsys.readouterr().out
    assert "missing: bo: no submission for lesson 02" in printed
    assert main(["course", str(tmp_path / "g01"), str(tmp_path / "g01"), "--out", str(tmp_path / "x.csv")]) == 2


def test_course_gradebook_says_which_written_answers_are_still_to_be_marked(tmp_path, capsys):
    records = [rec(student="ana", lesson="05", questions=[q("q1", 1, "correct"), q("q15", 0, "recorded", top=2.0)]),
               rec(student="bo", lesson="05", questions=[q("q1", 1, "correct"), q("q15", 0, "not attempted", top=2.0)])]
    rows = report.gradebook_rows(records)
    assert rows[0][rows[0].index("max_points") + 1] == "to_mark" and rows[1][3] == "to mark"
    report.write_csv_atomic(tmp_path / "g05" / "gradebook.csv", rows)
    assert main(["course", str(tmp_path / "g05"), "--out", str(tmp_path / "course.csv")]) == 0
    course = {r["student"]: r for r in read_csv(tmp_path / "course.csv")}
    assert course["ana"]["total"] == "1" and "lesson 05: 1 written answer(s) still to be marked" in course["ana"]["problems"]
    assert course["bo"]["problems"] == ""
