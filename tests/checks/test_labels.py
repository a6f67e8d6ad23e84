"""Reading labels fairly (``netcrime.checks.labels``) and the comparators that use it.

Fair variants of a right answer are accepted (option letters, case, hyphens,
punctuation, a small typo, a space for an underscore); known-wrong answers
stay wrong, and a list answer names every wrong item.
"""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings, strategies as st

from netcrime.checks import compare
from netcrime.checks.labels import label_key, read_label, typo_distance
from netcrime.checks.outcome import INCORRECT, WRONG_TYPE

LETTERS = ("a", "b", "c", "d")
WORDS = ("apprehended", "detained", "enforcement activity", "lower bound", "exact", "rounded")


@settings(max_examples=60, deadline=None)
@given(letter=st.sampled_from(LETTERS), form=st.sampled_from(["{}", "({})", "{}.", "{})", " {} ", "({}).", "[{}]"]),
       upper=st.booleans())
def test_option_letters_are_read_in_every_usual_form(letter, form, upper):
    written = form.format(letter.upper() if upper else letter)
    assert read_label(written, LETTERS).label == letter
    judge = compare.choice("b", LETTERS, wrong={"a": "Not a."}, codes={"a": "code_a"})
    outcome = judge(written)
    assert outcome.passed == (letter == "b")
    if letter == "a":
        assert outcome.misconception == "code_a"


@settings(max_examples=80, deadline=None)
@given(word=st.sampled_from(WORDS), data=st.data())
def test_one_typo_in_a_word_is_forgiven_with_a_note(word, data):
    position = data.draw(st.integers(0, len(word) - 1))
    slip = data.draw(st.sampled_from(["drop", "double", "swap"]))
    if slip == "drop":
        typed = word[:position] + word[position + 1:]
    elif slip == "double":
        typed = word[:position] + word[position] + word[position:]
    else:
        position = min(position, len(word) - 2)
        typed = word[:position] + word[position + 1] + word[position] + word[position + 2:]
    reading = read_label(typed, WORDS)
    if label_key(typed) == label_key(word):  # e.g. a dropped space: a form, not a typo
        assert reading.label == word
    elif len(word.replace(" ", "")) >= 5:
        assert reading.label == word and "spelling" in reading.note
    else:
        assert reading.label is None


@settings(max_examples=40, deadline=None)
@given(word=st.sampled_from(WORDS), variant=st.sampled_from([str.upper, str.title, lambda w: w.replace(" ", "-"),
                                                               lambda w: w.replace(" ", "_"), lambda w: w + ".",
                                                               lambda w: f'"{w}"']))
def test_case_hyphen_and_punctuation_variants_read_as_the_word(word, variant):
    assert read_label(variant(word), WORDS).label == word
    judge = compare.text([word], wrong={"arrested": "Not an arrest."}, codes={"arrested": "arrest"})
    assert judge(variant(word)).passed


def test_a_space_for_an_underscore_in_a_code_is_accepted_with_a_note():
    judge = compare.choice("loan_trap", ["loan_trap", "sextortion", "debt_collection"])
    outcome = judge("loan trap")
    assert outcome.passed and "'loan_trap'" in outcome.message and "exact" in outcome.message
    assert judge("loan_trap").passed and judge("loan_trap").message == ""


def test_a_typo_nearer_a_known_wrong_answer_is_not_accepted():
    judge = compare.text(["apprehended"], wrong={"arrested": "抓获 is not a formal arrest."}, codes={"arrested": "arrest"})
    assert judge("aprehended").passed
    arrested = judge("arested")
    assert arrested.status == INCORRECT and arrested.misconception == "arrest" and "spelling" in arrested.message
    assert not judge("apprehension").passed  # a different word, not a slip


def test_labels_near_two_options_are_not_guessed():
    assert read_label("detainer", ["detained", "detainee"]).label is None
    assert read_label("b", ["b", "B."]).label == "b"  # an exact form wins over a loose one
    assert read_label(3, LETTERS).label is None and read_label("", LETTERS).label is None
    assert typo_distance("abcd", "abdc") == 1 and typo_distance("", "abc") == 3


def test_short_words_and_single_letters_get_no_typo_forgiveness():
    assert read_label("c", ["a", "b"]).label is None
    assert read_label("exakt", ["exact", "rounded"]).label == "exact"
    assert read_label("exa", ["exact"]).label is None


def test_choices_name_every_wrong_option_and_the_missing_count():
    judge = compare.choices({"a", "c"}, LETTERS, wrong={"b": "b is police work.", "d": "d is a guess."},
                            codes={"b": "code_b", "d": "code_d"})
    assert judge(["(A)", "c."]).passed
    outcome = judge(["a", "b", "d"])
    assert outcome.status == INCORRECT and outcome.misconception == "code_b"
    assert "b is police work." in outcome.message and "d is a guess." in outcome.message
    assert "missing 1 option" in outcome.message
    unknown = judge(["a", "x", "y"])
    assert unknown.status == WRONG_TYPE and "'x'" in unknown.message and "'y'" in unknown.message


def test_mapping_names_every_wrong_missing_and_extra_key():
    judge = compare.mapping({"a": "exact", "b": "rounded", "c": "lower bound"},
                            misconceptions={"b": ("rounded_as_exact", "17,000 ends in zeros."),
                                            "c": "'More than' is a lower bound."})
    assert judge({"a": "Exact", "b": "rounded.", "c": "lower-bound"}).passed
    two = judge({"a": "exact", "b": "exact", "c": "exact"})
    assert two.status == INCORRECT and two.misconception == "rounded_as_exact"
    assert two.message.startswith("2 of 3 wrong: 'b' and 'c'.")
    assert "17,000 ends in zeros." in two.message and "lower bound" in two.message
    one = judge({"a": "exact", "b": "exact", "c": "lower bound"})
    assert one.message == "1 of 3 wrong. 17,000 ends in zeros."  # one wrong key reads as before
    keys = judge({"a": "exact", "d": "x", "e": "y"})
    assert keys.status == WRONG_TYPE
    assert "'b' and 'c'" in keys.message and "'d' and 'e' are not one of the expected keys" in keys.message


def test_mapping_reads_typos_in_labels_and_names_duplicate_labels():
    judge = compare.mapping({"a": "enforcement activity", "b": "outcome"}, aliases={"activity": "enforcement activity"})
    outcome = judge({"a": "enforcment activity", "b": "Outcome"})
    assert outcome.passed and "spelling" in outcome.message
    assert judge({"a": "Activity", "b": "outcome"}).passed
    doubled = judge(pd.Series(["outcome", "outcome", "outcome"], index=["a", "b", "b"]))
    assert doubled.misconception == compare.DUPLICATE_LABELS and "'b'" in doubled.message
    assert compare.DUPLICATE_LABELS in judge.misconceptions


def test_a_one_element_series_for_a_label_is_named():
    judge = compare.choice("b", LETTERS)
    outcome = judge(pd.Series(["b"]))
    assert outcome.status == WRONG_TYPE and ".item()" in outcome.message and "'b'" in outcome.message
    assert compare.text(["apprehended"])(pd.DataFrame({"x": ["apprehended"]})).status == WRONG_TYPE


def test_chinese_labels_forgive_no_typo():
    assert read_label("利用信息网络实施", ["利用信息网络实施"]).label == "利用信息网络实施"
    assert read_label("利用信息网路实施", ["利用信息网络实施"]).label is None  # one character is another word
