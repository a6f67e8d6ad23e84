"""Round 17 (fix17a, issue #19): the engine's decisions in one place each. Whether a list of matches' order matters is
the question's to declare (match_lists), and the misconceptions it can emit follow from that; one rule names a
calculation redone on rows of another unit, for 00 q5's sums and 02 yt2's shares; one path counts labels of any
kind (classify, lesson 03's rates)."""
from __future__ import annotations

import pandas as pd
import pytest

from netcrime import classify, data
from netcrime.checks import lesson00 as L0
from netcrime.checks import lesson02 as L2
from netcrime.checks import lesson03 as L3
from netcrime.checks import match_lists, other_unit_rows


# ----- order_changed: declared only where a question says the order matters -----------------------------------------
@pytest.mark.parametrize("question, answer", [("q7", ["2万余", "160余", "1520余"]), ("yt6", ["2.9万", "2.7万"])])
def test_a_question_that_asks_for_no_order_neither_emits_nor_declares_order_changed(question, answer):
    """Round 16's closing: q7 and yt6 credited the matches in another order through a helper of lesson 00's, while
    match_lists still named order_changed and both questions declared it, so the guide listed a code no student could
    receive. The order is now each question's declaration in match_lists; the codes follow from it."""
    q = getattr(L0, question)
    outcome = q.judge_values([answer])
    assert outcome.passed and "asks for no order" in outcome.message
    assert match_lists.ORDER_CHANGED not in q.misconceptions
    assert match_lists.MATCH_REPEATED in q.misconceptions  # the other list slips stay declared


def test_the_guide_lists_order_changed_for_no_lesson_00_question():
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[2] / "docs" / "instructor_guide.md").read_text(encoding="utf-8")
    rows = [line for line in guide.splitlines() if "`order_changed`" in line or "| order_changed |" in line]
    assert not any("00" in row.split("|")[1] for row in rows if row.startswith("|")), rows


# ----- one rule for a calculation redone on rows of another unit (00 q5, 02 yt2) ------------------------------------
def test_one_rule_names_a_sum_and_a_share_redone_on_rows_of_another_unit():
    """fix16a's rows_of_other_units (00 q5) and fix16b's unit_shares (02 yt2) named neighbouring slips by two
    mechanisms; both questions now ask other_unit_rows.redone."""
    table = {str(i): float(v) for i, v in zip(data.release_figures()["id"], data.release_figures()["value"])}
    sums = {(n1, n2): v for n1, n2, v in other_unit_rows.redone("july_suspects_apprehended",
                                                                 "november_suspects_apprehended", "+", table)}
    assert sums[("july_sextortion_cases", "november_gangs_eliminated")] == 172.0  # round 15's HOLDOUT answer
    shares = {(n1, n2) for n1, n2, _ in other_unit_rows.redone("july_suspects_apprehended", "suspects_apprehended",
                                                                "/", table)}
    assert shares == {("july_sextortion_cases", "cases_solved"), ("november_gangs_eliminated", "gangs_eliminated"),
                      ("november_assets_seized", "assets_seized")}  # a share's two rows count one unit
    assert L0.q5.judge_values([172]).misconception == other_unit_rows.OTHER_UNIT_ROWS
    assert L2.yt2.judge_values([39 / 32_000]).misconception == other_unit_rows.SHARE_IN_ANOTHER_UNIT
    assert other_unit_rows.redone("july_suspects_apprehended", "july_sextortion_cases", "+", table) == []  # one part


# ----- one path for labels of any kind -------------------------------------------------------------------------------
def test_labels_of_any_kind_take_one_path_and_one_order():
    """The plain-Python twins of pandas (text labels) and the pandas paths (other labels) are one path each: a
    missing label left out as pandas' group-by left it, numbers ordered before texts."""
    assert not hasattr(classify, "_confusions_of_texts") and not hasattr(classify, "_precision_recall_of_texts")
    labels = pd.Series(["trap_loan", None, 3, "trap_loan", float("nan")])
    hits = pd.Series([True, True, False, False, True])
    assert L3._rates_by(labels, hits) == [(3, 1, 0.0), ("trap_loan", 2, 0.5)]
    assert classify.confusions(["trap_loan", None, "sextortion"], ["sextortion", "trap_loan", float("nan")]) == \
        ["1 trap_loan case as sextortion"]
    assert sorted(["b", 2, "a", 1.5], key=classify.label_order) == [1.5, 2, "a", "b"]


# ----- review round 17, E: a dict with every item asked and a key of the student's own ---------------------------
def test_a_dict_with_every_item_asked_and_a_note_of_one_s_own_is_judged_on_the_items_asked():
    """01 q6's five right answers and 'note': 'computed' were told only "'note' is not one of the expected keys". The
    engine's one rule (compare.mapping, asked_keys_only): an extra entry that answers like an item is a claim of its
    own (05 q14's 'scope': 'another source' says the scope blocks the comparison; the plausible-wrong sets' extra
    item): not credited, and the verdict says how the items asked stand. Any other extra entry is the student's note:
    set aside with a note, the items asked judged."""
    from netcrime.checks import lesson01 as L1, lesson05 as L5, worked

    right = worked.answers("01")["q6"][0]
    outcome = L1.q6.judge_values([{**right, "note": "computed"}])
    assert outcome.passed and "'note' is not one of the items asked" in outcome.message and "set aside" in outcome.message
    flipped = {**right, "detained_within_apprehended": not right["detained_within_apprehended"], "note": "x"}
    assert L1.q6.judge_values([flipped]).misconception == "detained_outside_apprehended"
    claim = L1.q6.judge_values([{**right, "other": True}])
    assert claim.misconception == "extra_key" and "The 5 items asked are all right" in claim.message
    scope = L5.q14.judge_values([{**worked.answers("05")["q14"][0], "scope": "another source"}])
    assert not scope.passed and "'scope'" in scope.message
    missing = {k: v for k, v in right.items() if k != "over_30000_people_caught"}
    assert L1.q6.judge_values([{**missing, "note": "x"}]).status == "wrong type"


def test_a_function_that_starts_threads_gets_its_own_verdict_in_lesson_03_q2_too(monkeypatch):
    """Review round 17, B: 03 q2's classifier that starts a spinning thread per call got 'the calls together took
    longer than the 8 s the check allows' after 19 CPU-s, and 59 threads spun on. The threads are stopped after each
    call (time_limit): the classifier is judged for what it returns, with the note."""
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)  # Python's own (pytest's reports all)

    def forever():
        while True:
            pass

    def classify_text(text):
        threading.Thread(target=forever, daemon=True).start()
        return "trap_loan"

    before = threading.active_count()
    outcome = L3.q2.judge_values([classify_text])
    assert outcome.misconception == "one_label" and "left" in outcome.message and "stopped them" in outcome.message
    assert threading.active_count() <= before + 1


def test_a_callable_object_is_described_as_one_not_as_a_function():
    """Review round 17's teaching notes: an object answering every attribute with itself (callable) was described as
    'the function <common.Selfie object at ...>'."""
    from netcrime.checks.values import describe

    class Selfie:
        def __getattr__(self, name):
            return self

        def __call__(self, *args, **kwargs):
            return self

    assert describe(Selfie()) == "a callable object of the class Selfie"
    assert describe(len) == "the function len" and describe(lambda x: x) == "the function <lambda>"
