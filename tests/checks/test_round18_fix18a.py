"""Round 18 (fix18a): classes of verdict left generic or cut by round 17's review, each shown on the answer that found
it and on a neighbour of it, with the answers it must not name."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson01, slips


@pytest.mark.parametrize("given", [1 / 7, 0.1429, 0.143])
def test_a_fraction_in_words_for_the_share_it_rounds_is_named(given):
    """01 q9: 1/7 (0.1429, lesson 02 q7's option (a) says 'about a seventh of its 2019 peak') for the 0.14 an 86% fall
    leaves was told only 'too high'. It is named as the words' rounding, with the student's figure, never the answer."""
    outcome = lesson01.q9.judge_values([given])
    assert outcome.status == "incorrect" and outcome.misconception == slips.FRACTION_IN_WORDS, outcome
    assert outcome.message.startswith(("You gave 0.1429:", "You gave 0.143:")), outcome.message
    assert "1/7" in outcome.message and "a seventh" in outcome.message and "0.14 " not in outcome.message
    assert slips.FRACTION_IN_WORDS in lesson01.q9.misconceptions


@pytest.mark.parametrize("answer, target, asks", [
    (0.125, 0.14, None),  # 1/8 is 11% from 0.14: no rounding of it in words, a guess
    (0.14, 0.14, None),  # the answer itself
    (0.1428, 0.14, None),  # 1/7 cut, not rounded: not the fraction as written
    (2.5, 3.0, None),  # a count, not a share
    (0.5, 0.75, None),  # a half, but a third from 0.75
    (0.3, 0.32, None),  # one significant digit: as much a rounding of many others
])
def test_a_fraction_is_not_named_where_words_would_not_round_the_answer_to_it(answer, target, asks):
    assert slips.fraction_in_words_slip(answer, target, asks) is None


def test_a_percentage_in_words_is_named_too():
    code, message = slips.fraction_in_words_slip(100 / 7, 14.0, slips.PERCENTAGE)
    assert code == slips.FRACTION_IN_WORDS and "1/7 of 100" in message and "percentage" in message


@pytest.mark.parametrize("title, quoted", [
    ("分类器准确无误", "the title '分类器准确无误'"),
    ("关键词规则：分类器准确无误", "'分类器准确无误' in the title"),
    ("Keyword rules: 分类器准确无误, see below", "'分类器准确无误' in the title"),
])
def test_chinese_words_read_as_a_claim_are_quoted_whole(title, quoted):
    """Round 17's review: 03 q5's title 分类器准确无误 was rejected quoting '器准确', cut across 分类器 and 准确 (Chinese has
    no spaces: the characters no known pair covers were quoted as they fell). The quote is now the whole run of Chinese
    characters the words sit in, up to the punctuation or space around it; never a fragment of it."""
    from netcrime.checks import lesson03

    message = lesson03._matrix_supported().message_for({"title": title, "mark": "rect"})
    assert message and quoted in message, message
    assert "'器准确'" not in message


# ----- review round 18, Phase 2 (fix18a's lessons and the engine) --------------------------------------------------
def test_a_rounding_the_other_way_inside_a_loose_tolerance_is_a_rounding_not_a_typo():
    """05 yt5: 3.235 (3.2356 cut at three decimals) was told 'one keystroke from the right result, a typo?'. Inside
    the question's own tolerance (1%) it is right, with the nearest rounding shown; a real typo inside the tolerance
    (two digits swapped) is still named, and a question with a tight tolerance still names the wrong-way rounding."""
    from netcrime.checks import lesson05, typos

    outcome = lesson05.yt5.judge_values([3.235])
    assert outcome.status == "correct" and "3.236" in outcome.message and "typo" not in outcome.message, outcome
    assert lesson05.yt5.judge_values([3.2536]).misconception == "typed_the_answer_wrong"
    assert typos.near_slip(0.97, 0.9647)[0] == slips.ROUNDED_WRONG_WAY
    assert typos.rounded_the_other_way(1702, 1701.4) == 1701 and typos.rounded_the_other_way(1701, 1701.4) is None


@pytest.mark.parametrize("question, answer", [
    ("q10", {"Organisations": 795, "Suspects": 12000, "Cases": 18000}),
    ("q11", {"Start": "2023-01-01", "End": "2023-12-31", "Basis": "implied"}),
])
def test_dict_keys_in_another_case_are_the_keys(question, answer):
    """05 q10's capitalised keys were 'give a dict with the keys organisations, ...' while 03 q1 and every
    ``mapping`` question read keys in any case (``compare.keys_in_any_case``): lesson 05's own dict judges now do."""
    from netcrime.checks import lesson05

    assert getattr(lesson05, question).judge_values([answer]).status == "correct"


@pytest.mark.parametrize("question, answer", [
    ("q11", {"start": "2023-01-01", "end": "2023-12-31", "basis": "implicit"}),
    ("q14", {"unit": "other source", "campaign": "other source", "period": "calculation"}),
])
def test_a_label_in_another_form_of_the_same_sense_is_the_label(question, answer):
    """05 q11's 'implicit' for 'implied' and 05 q14's 'other source' for 'another source' were turned away: the
    label reader folds a word of the same sense in another form (``labels.written_form``), with a note where the
    judge shows notes; a different word is still not read as the label."""
    from netcrime.checks import labels, lesson05

    assert getattr(lesson05, question).judge_values([answer]).status == "correct"
    assert labels.read_label("implicit", ("explicit", "implied", "since", "to date")).label == "implied"
    assert labels.read_label("inferred", ("explicit", "implied", "since", "to date")).label is None


def test_a_word_for_how_they_were_engaged_is_quoted_as_the_student_wrote_it():
    """01 q12: 'click farm' was told "'Paid' or 'hired' says how they were engaged": the answer has neither word.
    The verdict now quotes the student's own word."""
    outcome = lesson01.q12.judge_values(["click farm"])
    assert outcome.misconception == "people_left_out" and "'farm' says how they were engaged" in outcome.message
    assert "'Paid' or 'hired'" not in outcome.message


@pytest.mark.parametrize("answer", ["not b", "not (b)", "NOT B", "not option b"])
def test_a_letter_ruled_out_is_named_as_such_not_as_an_option_s_words(answer):
    """00 q3 and 04 q8: 'not b' was told "You wrote the option's words; write its letter": it rules an option out.
    Named for what it is, for every letter question (``compare.choice``); a reason with no letter is still words."""
    from netcrime.checks import lesson00

    outcome = lesson00.q3.judge_values([answer])
    assert outcome.status == "wrong type" and outcome.misconception == "option_ruled_out", outcome
    assert "rules option (b) out" in outcome.message and "option_ruled_out" in lesson00.q3.misconceptions
    assert lesson00.q3.judge_values(["not sure"]).misconception == "option_words_for_letter"


def test_a_second_view_drawing_other_rows_is_named_and_a_layer_of_the_same_rows_is_not():
    """00 q4 (review round 18, A5): the right bars | a second panel drawing all 24 figures was credited. A view that
    draws other rows is named; the bars with a text layer of the same rows (or the same bars twice) stay right."""
    import altair as alt

    from netcrime import data
    from netcrime.checks import lesson00

    figures = data.release_figures()
    rows = figures[figures["unit"] == "suspects"]
    bars = alt.Chart(rows).mark_bar().encode(x="value:Q", y="id:N")
    extra = bars | alt.Chart(figures).mark_point().encode(x="value:Q", y="id:N")
    assert lesson00.q4.judge_values([extra]).misconception == "other_view_drawn"
    labelled = bars + alt.Chart(rows).mark_text(dx=5).encode(x="value:Q", y="id:N", text="value:Q")
    assert lesson00.q4.judge_values([labelled]).status == "correct"


@pytest.mark.parametrize("answer, options, meant", [
    ("intimidated", ("intimidation", "flight", "self_blame"), "intimidation"),  # 04 yt2 (review round 18, A4)
    ("reported", ("report", "rumour"), "report"),
    ("rounding", ("rounded", "lower bound"), None),  # a stem under six letters ('round') is shared too widely
    ("exposed", ("fear_of_exposure", "flight"), None),  # a word of a longer label is not that label
])
def test_a_one_word_label_in_another_grammatical_form_is_read_with_a_note(answer, options, meant):
    from netcrime.checks import labels

    reading = labels.read_label(answer, options)
    assert reading.label == meant, reading
    if meant is not None:
        assert "another form of its word" in reading.note
