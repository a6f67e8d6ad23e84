"""The FINAL review of round 14 (#19), lessons 00, 01, 04 and 05: each finding fixed as a class, tested as one."""
from netcrime.checks import lesson01, lesson05
from netcrime.checks.figure_words import UNIT_ALIASES
from netcrime.checks.labels import british_spelling, read_label


def test_american_spellings_are_the_course_s_labels_with_a_note():
    # 05 q9's 'gang organizations' regressed when the question's vocabulary came to hold 'organizations'
    for text, label in [("gang organizations", "gang organisations"), ("mafia organizations", "mafia-type organisations"),
                        ("Mafia-type organizations", "mafia-type organisations")]:
        reading = read_label(text, lesson05.RELEASE_UNITS, aliases=UNIT_ALIASES)
        assert reading.label == label and "course's spelling" in reading.note
    outcome = lesson05.q9.judge_values([{"organisations": "gang organizations", "suspects": "suspects",
                                         "cases": "cases"}])
    assert outcome.status == "correct" and "gang organisations" in outcome.message
    assert british_spelling("analyze the labor center") == "analyse the labour centre"
    assert british_spelling("size") == "size"  # a word's own z stays
    assert read_label("gangs organized", lesson05.RELEASE_UNITS).label is None
