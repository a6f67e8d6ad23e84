"""The course's test cases read as a sample of crime: words that say what an evaluation counts is how often crime
happens (issue #19, round 16).

Lesson 03 evaluates a classifier on a held-out split of the case set: fictional vignettes the course wrote to
test a classifier, a few of each type. A confusion matrix (or any table of those cases) counts how the classifier
labelled them. Round 15's FINAL met descriptions that read those counts as how much crime there is: "Confusion
matrix of the crimes reported in China", "How often each type of online crime happens, as predicted by the
baseline". They name the matrix, so the older rule (``lesson03``'s ``matrix_as_crime_counts``: words of crime and
of how much, with no word of the classification) let them pass. Here the claim is read whatever else the words
say, as lesson 02's claims are (``claims.Claim``): asserted, not denied ("these are not how often crimes happen",
"says nothing about crime in China") nor asked.

Five shapes say it, in English (active or passive) and in Chinese:

- how often, how common or how many: "how often each type of crime happens", "how frequently crimes are
  committed", "how common each crime type is", "the number of crimes", "crime rates", "the most common crime";
- crimes that happened, were reported or committed: "the crimes reported in China", "reported crimes",
  "crimes committed nationwide";
- a count of crime with a real place or time: "a breakdown of online crime in China", "crime across the country
  in 2020";
- the evaluation's score carried over to crime itself: "gets a third of China's online crimes right";
- Chinese: 各类犯罪的发生频率, 全国网络犯罪数量, 中国报告的犯罪, 发案率, 犯罪率.

Words that put the crimes inside the cases are the cases' own and claim nothing: "fictional cases of crimes
reported to police", "vignettes about crimes committed online", "how often each type occurs in the test
cases" (``framed``).
"""
from __future__ import annotations

import re

from .claims import Claim

# a crime noun, with the adjectives a title puts before it; not a crime TYPE's name, label or category
# ("Number of crime types", "how often a crime type is predicted" speak of the classes, not of crime)
_ADJ = r"(?:(?:online|internet|cyber|network|gang|organi[sz]ed|violent|financial|sexual|digital|[\w-]+-related)\s+)"
_NOUN = (r"(?:crimes?|criminality|offen[cs]es?|frauds?|scams?|extortions?|sextortions?|blackmail|trap[- ]loans?|"
         r"criminal (?:cases|offen[cs]es|activity|activities)|crime cases|(?:cases|incidents|instances) of (?:\w+\s+)?"
         r"crime|网络犯罪)")
_NOT_A_CLASS = r"(?!\s+(?:types?|categor\w*|labels?|class(?:es)?|names?|kinds?|codes?)\b)"
CRIME = rf"{_ADJ}{{0,2}}{_NOUN}\b{_NOT_A_CLASS}"
CRIME_OR_TYPE = rf"(?:{_ADJ}{{0,2}}{_NOUN}\b|(?:each|every|which|a|the)\s+(?:crime\s+)?(?:types?|kinds?)\b)"
# happening, in either voice: "happens", "is committed", "gets reported", "take place"
_OCCURS = (r"(?:happen(?:s|ed|ing)?|occur(?:s|red|ring)?|take place|takes place|took place|taking place|"
           r"(?:(?:is|are|was|were|gets?|got|has been|have been|being)\s+)?(?:committed|reported|recorded|registered|"
           r"perpetrated|carried out|suffered|experienced|encountered|seen|filed|logged))\b")
_PLACE = (r"(?:in|across|throughout|around|all over|within)\s+(?:the\s+)?(?:china|prc|mainland|country|nation|world|"
          r"chinese (?:cities|provinces|society)|real (?:world|life))\b|\bnationwide\b|\bcountrywide\b|"
          r"\b(?:in|during|for)\s+(?:19|20)\d\d\b|\b(?:each|every|per|a)\s+year\b|\bannually\b")
_MEASURE = (r"(?:frequenc(?:y|ies)|rates?|incidence|prevalence|occurrences?|volumes?|levels?|amounts?|numbers?|"
            r"counts?|tally|tallies|totals?|scale|extent|distribution|breakdown|statistics|figures|share)")
# words between a measure's "of" and the crime noun that make it a count of something else: "counts of test cases
# by crime type", "the share of labels per crime"
_NOT_CASES = r"(?:(?!(?:test|cases?|vignettes?|labels?|predictions?|guesses|by|per|each|for)\b)[\w'-]+\s+)"

FREQUENCY_PATTERNS = (
    # how often, in either voice: "How often each type of online crime happens", "how frequently crimes are committed"
    rf"\bhow (?:often|frequently|commonly|regularly)\s+(?:[\w'-]+\s+){{0,5}}?{CRIME_OR_TYPE}(?:\s+of\s+{CRIME})?"
    rf"(?:\s+[\w'-]+){{0,2}}?\s+{_OCCURS}",
    # how common, widespread, frequent: "how common each crime type is", "how widespread online fraud is"
    rf"\bhow (?:common|frequent|widespread|prevalent|rife|rampant|usual)\s+(?:[\w'-]+\s+){{0,4}}?"
    rf"(?:{_ADJ}{{0,2}}{_NOUN}|(?:crime\s+)?types?|kinds?)\b",
    # how many crimes, how much crime (not "how many crime types")
    rf"\bhow (?:many|much)\s+{CRIME}",
    # a measure of crime: "the number of crimes", "frequency of online fraud", "prevalence of scams"
    rf"\b{_MEASURE}\s+of\s+(?:the\s+|all\s+|each\s+|every\s+)?{_NOT_CASES}{{0,2}}?{CRIME}",
    # crime's measure: "crime rates", "crime frequencies", "fraud statistics", "offence counts"
    rf"\b{_ADJ}{{0,2}}(?:crime|fraud|scam|offen[cs]e|extortion)\s+(?:rates?|frequenc(?:y|ies)|incidence|prevalence|"
    r"levels?|statistics|stats|figures|totals|numbers|counts|trends|volumes?)\b",
    # the most common crime: "the most common type of online crime", "the commonest crimes", "crimes most often seen"
    rf"\b(?:most|least|more|less)\s+(?:common|frequent|prevalent|widespread|usual|typical)\s+(?:(?:types?|kinds?|forms?)"
    rf"\s+of\s+)?{_ADJ}{{0,2}}(?:{_NOUN}|crime\s+types?)\b",
    rf"\bcommonest\s+(?:(?:types?|kinds?|forms?)\s+of\s+)?{_ADJ}{{0,2}}(?:{_NOUN}|crime\s+types?)\b",
    rf"\b{CRIME}\s+(?:(?:is|are|was|were)\s+)?(?:most|least|more|less)\s+(?:common|frequent|often|prevalent)\b",
)
OCCURRENCE_PATTERNS = (
    # crimes that happened, were reported or committed: "the crimes reported in China", "crimes committed"
    rf"\b{CRIME}\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has been|have been|get|got|being)\s+)?(?:reported|"
    r"committed|recorded|registered|perpetrated|happening|occurring|taking place|suffered|filed|logged)\b",
    rf"\b(?:reported|recorded|registered|committed|real|real[- ]world|real[- ]life|actual real)\s+{CRIME}",
)
SCOPE_PATTERNS = (
    # crime with a real place or time, counted: "a breakdown of online crime in China", "online crimes across
    # the country in 2020" (not "classifying online crime in China", a task: it counts nothing)
    rf"\b(?:matrix|counts?|tally|table|chart|map|breakdown|distribution|picture|overview|snapshot|survey|census|"
    rf"profile|mix|spread|pattern)\s+of\s+(?:the\s+|all\s+)?{_NOT_CASES}{{0,2}}?{_ADJ}{{0,2}}{_NOUN}\b"
    rf"(?:\s+(?:types?|kinds?))?(?:\s+[\w'-]+){{0,3}}?\s+(?:{_PLACE})",
    rf"\b{CRIME}\s+(?:[\w'-]+\s+){{0,2}}?(?:{_PLACE})(?:\s+[\w'-]+){{0,3}}?\s*(?:,\s*)?(?:by type|per type|of each type)\b",
)
# the evaluation's score carried over to crime itself: "The baseline gets a third of China's online crimes right",
# "misclassifies two thirds of online crimes in China", "labels real scams wrongly"
_FRACTION = (r"(?:(?:a|one|two)\s+thirds?|(?:a|one|three)\s+quarters?|half|most|many|few|some|\d+(?:\.\d+)?\s*(?:%|per ?cent)|"
             r"the majority|a minority|all|none)")
GENERALISED_PATTERNS = (
    rf"\b{_FRACTION}\s+of\s+(?:all\s+)?(?:the\s+)?(?:china's\s+|chinese\s+|real\s+|real[- ]world\s+|reported\s+)?"
    rf"{CRIME}\s+(?:(?:that are\s+|that were\s+)?(?:reported\s+)?(?:{_PLACE})|reported\b)",
    rf"\b{_FRACTION}\s+of\s+(?:all\s+)?(?:the\s+)?(?:china's|real|real[- ]world|reported)\s+{CRIME}",
    # ... or of all crime, or every case in China (review round 16): "classify a third of all online gang crime
    # correctly", "Confusion matrix of every case in China"
    rf"\b{_FRACTION}\s+of\s+all\s+(?:the\s+)?{CRIME}",
    rf"\b(?:labels?|labell?ed|classif(?:y|ies|ied)|misclassif(?:y|ies|ied)|mislabels?|predicts?|identif(?:y|ies)|"
    rf"recogni[sz]es?|sorts?)\s+(?:\w+\s+){{0,2}}?(?:all|every|any)\s+(?:(?:kind|type|form)\s+of\s+)?{CRIME}",
    rf"\b(?:every|each|all(?:\s+the)?)\s+(?:(?:reported|recorded|real)\s+)?(?:cases?|crimes?|incidents?|reports?|offen[cs]es?)\s+"
    rf"(?:(?:reported|recorded|committed)\s+)?(?:{_PLACE})",
    rf"\b(?:labels?|labell?ed|classif(?:y|ies|ied)|misclassif(?:y|ies|ied)|mislabels?|predicts?|identif(?:y|ies)|"
    rf"recogni[sz]es?|catches|gets?)\s+(?:\w+\s+){{0,4}}?(?:china's|chinese|real|real[- ]world|reported)\s+{CRIME}",
)
CHINESE_PATTERNS = (
    r"(?:犯罪|案件|诈骗|敲诈)(?:的)?(?:发生|发案)(?:的)?(?:频率|频次|次数|数量|情况|率)",
    r"(?:各类|各种|每种|每类)(?:网络)?(?:犯罪|案件|诈骗)(?:的)?(?:数量|多少|占比|比例|分布|频率|发生)",
    r"(?:全国|中国|我国|现实中|社会上)(?:各地|各类|的)?(?:网络)?(?:犯罪|案件|诈骗)",
    r"(?:中国|全国|我国)?(?:报告|报案|发生|立案)的(?:网络)?(?:犯罪|案件|诈骗)",
    r"发案(?:率|数|量)|犯罪率|报案(?:数|数量|量)|立案(?:数|数量)|(?:犯罪|诈骗)有多(?:常见|普遍|频繁)|"
    r"最常见的(?:网络)?(?:犯罪|诈骗)",
)

TEST_CASES_AS_CRIME = Claim(
    code="matrix_as_crime_counts",
    description="read the evaluation's test cases as counts of crime (how often each type happens, crimes reported "
                "in China, the most common crime), where they are fictional cases the course wrote to test a "
                "classifier, a few of each type: a test set, not a sample of crime",
    claim="the test cases are crime as it happens (how often, how much, where, or what the baseline would do with it)",
    patterns=FREQUENCY_PATTERNS + OCCURRENCE_PATTERNS + SCOPE_PATTERNS + GENERALISED_PATTERNS + CHINESE_PATTERNS,
    why="the cells count the course's fictional test cases, written to test a classifier, a few of each type, by "
        "the type they were written as and the type the baseline gave them. The test set was chosen, not sampled "
        "from crime: how many cases of a type it holds says nothing of how often that crime happens, and a score on "
        "it says nothing of how the baseline would label real reports.",
)

# Words that make the crimes the cases' own (the vignettes describe crimes): "fictional cases of crimes reported to
# the police", "vignettes about crimes committed online"; and a frequency said of the test set itself: "how often each
# type occurs in the test cases".
_FRAME_BEFORE = re.compile(
    r"(?:\b(?:fictional|fictitious|made[- ]up|invented|imagin\w*|hypothetical|written|test|sample|held[- ]out)\s+"
    r"(?:[\w-]+\s+)?(?:cases?|vignettes?|stories|reports?|scenarios?|examples?|accounts?|texts?)|\bvignettes?|"
    r"\bstories|\bscenarios)\s+(?:of|about|describing|depicting|on|that (?:describe|tell of))\s+(?:[\w'-]+\s+){0,3}$"
    r"|(?:虚构|测试)[^。；，,]{0,8}$",
    re.IGNORECASE)
_FRAME_AFTER = re.compile(
    r"^\s*(?:(?:with)?in|among|across|inside)\s+(?:the\s+|our\s+|these\s+|this\s+)?(?:held[- ]out\s+|fictional\s+)?"
    r"(?:test\b|vignettes?|cases?\b|case set|sample\b|data ?set|training\b|split\b)"
    # ... and no further: "the most common crime in the test split and in China" claims China too
    r"(?![^.;:!?]{0,40}\b(?:and|as well as|as in|like|but also)\s+(?:(?:in|across)\s+)?(?:the\s+)?(?:china|country|world|"
    r"nation|real (?:world|life)|reality|nationwide|society)\b)", re.IGNORECASE)


def framed(text: str, words: str) -> bool:
    """Whether the claim's ``words`` in ``text`` are put inside the cases: crimes the vignettes describe, or a
    frequency within the test set."""
    at = text.find(words)
    if at < 0:
        return False
    return bool(_FRAME_BEFORE.search(text[max(0, at - 80):at]) or _FRAME_AFTER.match(text[at + len(words):]))


def crime_read_in(texts) -> tuple[str, str, str] | None:
    """(where, words, text) for the first text of ``texts`` ((where, text) pairs) that reads the test cases as crime
    as it happens, else None."""
    for where, text in texts:
        words = TEST_CASES_AS_CRIME.find(text)
        if words and not framed(text, words):
            return where, words, text
    return None
