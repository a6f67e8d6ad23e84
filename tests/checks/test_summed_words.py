"""A total the release never gives, in a chart's words (summed_words, issue #19 round 11): '33,400 suspects in total'
adds the detained to the apprehended who include them. Read in every written form, and never where the words warn
against the sum or give a figure the lesson may show."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson02 as L
from netcrime.checks.summed_words import numbers_in


def spot(text: str, where: str = "title") -> str | None:
    return L.summed.spot({"mark": "bar", where: text})


@pytest.mark.parametrize("text,read", [("33,712 suspects", (33712.0, 1.0)), ("33,400 suspects", (33400.0, 100.0)), ("3.34万名", (33400.0, 100.0)),
                                       ("33.4k held", (33400.0, 100.0)), ("over 33,000", (33000.0, 1000.0)),
                                       ("302.61亿 yuan", (30261000000.0, 1000000.0))])
def test_numbers_are_read_with_their_scale_and_the_precision_their_digits_show(text, read):
    assert numbers_in(text)[0][:2] == read


def test_years_and_percentages_are_not_numbers_of_anything():
    assert numbers_in("In 2020, 7.6% of gangs") == []


@pytest.mark.parametrize("text,parts", [
    ("33,400 suspects in total", "apprehended + 16,400 detained"),
    ("Over 33,000 suspects held", "apprehended + 16,400 detained"),
    ("共抓获3.34万名嫌疑人", "apprehended + 16,400 detained"),
    ("1,892 gangs broken up in total", "November's 133"),
    ("Police apprehended 17,138 suspects", "July's 138"),
    ("49,000 suspects and cases", "17,000 suspects + 32,000 cases"),
    ("50,000 cases solved across both releases", "two releases"),
])
def test_a_forbidden_total_is_named_with_its_parts_and_the_students_number(text, parts):
    message = spot(text)
    assert message and parts in message and message.startswith(f"The number '{text.split()[0] if text[0].isdigit() else ''}")


@pytest.mark.parametrize("text", [
    "Suspects apprehended: 17,000; detained: 16,400 (among them)",
    "Of 17,000 apprehended, 16,400 were detained; adding them would count 16,400 people twice.",
    "Do not stack these: 33,400 is not a count of anyone",
    "警方抓获1.7万名嫌疑人，其中刑拘1.64万",
    "Cases solved: 32,000 (2020 release) and 18,000 (2023 report)",
    "About 2万 suspects",  # one significant figure: too coarse to name a sum
    "Gangs broken up: 1,759; suspects apprehended: 17,000",
])
def test_figures_the_lesson_shows_and_warned_sums_are_fair(text):
    assert spot(text) is None


def test_the_sum_is_read_on_every_chart_question_and_declared():
    from claim_wordsets import QUESTIONS

    for question in QUESTIONS.values():
        assert "figures_summed" in question.judge.misconceptions, question.id


def unreported(text: str) -> str | None:
    return L.unreported.spot({"mark": "bar", "title": text})


@pytest.mark.parametrize("text,quote", [("18,000 suspects apprehended", "18,000 suspects"),
                                        ("1.8万名嫌疑人", "1.8万名嫌疑人"), ("1,795 gangs broken up", "1,795 gangs"),
                                        ("25,000 cases solved", "25,000 cases"), ("17,500 suspects", "17,500 suspects")])
def test_a_count_the_release_does_not_give_is_named_with_the_students_words(text, quote):
    message = unreported(text)
    assert message and message.startswith(f"The number '{quote}'") and "1,759 gangs" in message


@pytest.mark.parametrize("text", [
    "17,000 suspects apprehended", "600 suspects apprehended but not detained",  # a figure, a difference of two
    "159 gangs in four examples", "Over 1,700 gangs", "Police held 20,000 suspects",  # the examples' total; roundings
    "1,900 gangs", "27,000 suspects in 2023", "Cases solved: 32,000 and 18,000",  # later releases' figures
    "33,400 suspects",  # a sum: named by figures_summed, not twice
])
def test_figures_the_lesson_may_show_and_coarse_roundings_are_not_named_unreported(text):
    assert unreported(text) is None


def test_a_rounded_number_is_read_as_the_sum_only_when_the_sum_is_the_nearest_figure():
    assert spot("17,700 suspects") and not spot("17,500 suspects")  # 17,712 = 17,000 + 712; 17,500 is nearer 17,000
