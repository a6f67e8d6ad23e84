"""The vignette quiz of lesson 03: its plain logic and simulated clicks."""
from __future__ import annotations

import pytest

from netcrime.schemas import CRIME_TYPES
from netcrime.widgets.quiz import Quiz, QuizWidget, Score



# --------------------------------------------------------------------------
# The quiz: plain logic


@pytest.fixture
def train(cases):
    return cases[cases["split"] == "train"]


def test_quiz_order_is_seeded(train):
    first = [c["id"] for c in Quiz(train, seed=3).cases]
    again = [c["id"] for c in Quiz(train, seed=3).cases]
    other = [c["id"] for c in Quiz(train, seed=4).cases]
    assert first == again
    assert first != other
    assert sorted(first) == sorted(train["id"])
    assert len(Quiz(train, seed=3, limit=5)) == 5


def test_quiz_answers_score_and_feedback(train):
    quiz = Quiz(train, seed=3, limit=4)
    case = quiz.current
    feedback = quiz.answer(case["primary_type"])
    assert feedback.correct and feedback.counted
    assert feedback.message.startswith("Right")
    assert case["decisive_clue"] in feedback.message
    assert quiz.score == Score(1, 1)
    # a second answer to the same case is explained but not counted
    again = quiz.answer("paid_trolls" if case["primary_type"] != "paid_trolls" else "trap_loan")
    assert not again.counted and "first answer" in again.message
    assert quiz.score == Score(1, 1)
    quiz.next()
    case = quiz.current
    wrong = next(c for c in CRIME_TYPES if c not in (case["primary_type"], case.get("secondary_type")))
    feedback = quiz.answer(wrong)
    assert not feedback.correct and "Decisive clue" in feedback.message
    assert quiz.score == Score(1, 2)
    assert str(quiz.score) == "1 of 2 right"


def test_quiz_secondary_type_gets_a_close_message(cases):
    combined = cases[cases["id"] == "V014"]
    quiz = Quiz(combined, seed=0)
    feedback = quiz.answer("debt_harassment")
    assert not feedback.correct and feedback.message.startswith("Close")
    assert "main label is trap loans" in feedback.message


def test_quiz_other_reading_of_an_ambiguous_case_is_called_defensible(cases):
    case = cases[cases["id"] == "V077"]
    feedback = Quiz(case, seed=0).answer("publicity_extortion")
    assert not feedback.correct and feedback.message.startswith("Defensible")
    assert "The other reading" in feedback.message


@pytest.mark.parametrize("label", ["trap loans", "TRAP_LOAN", "网络\"套路贷\"", " trap-loan "])
def test_quiz_accepts_names_as_well_as_codes(cases, label):
    quiz = Quiz(cases[cases["id"] == "V001"], seed=0)
    assert quiz.answer(label).correct


@pytest.mark.parametrize("label", ["loan", "", None, 3, ["trap_loan"]])
def test_quiz_odd_answers_give_a_message_and_do_not_count(train, label):
    quiz = Quiz(train, seed=1)
    feedback = quiz.answer(label)
    assert not feedback.correct and not feedback.counted
    assert "not one of the seven types" in feedback.message
    assert quiz.score == Score(0, 0)


def test_quiz_finishes_and_restarts(train):
    quiz = Quiz(train, seed=2, limit=2)
    quiz.answer(quiz.current["primary_type"])
    quiz.next()
    quiz.next()
    assert quiz.finished and quiz.current is None
    assert "finished" in quiz.answer("trap_loan").message
    assert quiz.next() is None
    quiz.restart()
    assert quiz.position == 0 and quiz.score == Score(0, 0)


def test_quiz_rejects_unusable_cases_with_clear_messages(cases):
    with pytest.raises(TypeError, match="DataFrame"):
        Quiz("cases")
    with pytest.raises(ValueError, match="missing: decisive_clue"):
        Quiz(cases.drop(columns="decisive_clue"))
    with pytest.raises(ValueError, match="no cases"):
        Quiz(cases.iloc[0:0])


# --------------------------------------------------------------------------
# The quiz widget: simulated clicks


def test_widget_clicks_update_feedback_and_score(train):
    widget = QuizWidget(Quiz(train, seed=3, limit=3))
    first = widget.quiz.current
    assert "Case 1 of 3" in widget.case.value and "fictional" in widget.case.value
    assert set(widget.buttons) == set(CRIME_TYPES)
    assert widget.score_label.value == "Score: 0 of 0 right"

    widget.buttons[first["primary_type"]].click()
    assert "Right" in widget.feedback.value and "Decisive clue" in widget.feedback.value
    assert widget.score_label.value == "Score: 1 of 1 right"

    widget.next_button.click()
    assert "Case 2 of 3" in widget.case.value
    second = widget.quiz.current
    wrong = next(c for c in CRIME_TYPES if c not in (second["primary_type"], second.get("secondary_type")))
    widget.buttons[wrong].click()
    assert "Not this time" in widget.feedback.value
    assert widget.score_label.value == "Score: 1 of 2 right"

    widget.next_button.click()
    widget.next_button.click()
    assert "Finished" in widget.case.value
    assert all(b.disabled for b in widget.buttons.values()) and widget.next_button.disabled
    widget.buttons["trap_loan"].click()  # a click after the end is answered politely
    assert "finished" in widget.feedback.value

    widget.restart_button.click()
    assert "Case 1 of 3" in widget.case.value
    assert widget.score_label.value == "Score: 0 of 0 right"
    assert not any(b.disabled for b in widget.buttons.values())


def test_widget_escapes_html(cases):
    odd = cases.iloc[[0]].assign(text="<script>alert(1)</script> & more")
    widget = QuizWidget(Quiz(odd, seed=0))
    assert "<script>" not in widget.case.value and "&lt;script&gt;" in widget.case.value


def test_widget_buttons_show_clear_and_chinese_names(train):
    widget = QuizWidget.from_cases(train, seed=0, limit=1)
    assert widget.buttons["trap_loan"].description == 'trap loans 网络"套路贷"'
    assert widget.buttons["paid_trolls"].tooltip == "paid_trolls"
