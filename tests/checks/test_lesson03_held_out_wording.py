"""Lesson 03 q2's held-out cases: is the decisive clue a stock phrase of the decision guide, or shared domain words?

Review round 17 found that a bag-of-words model (a TF-IDF centroid per type) trained on the case set scores 95% on
the 42 held-out cases by the second author (k-NN 90%). The issue's concern is that cases which echo the guide's
wording can be labelled without reading. Measured here (round 18, fix18b), with the same kind of model written out
below (plain Python: TF-IDF weights, cosine similarity, one centroid per type, trained on all 109 cases):

| held-out cases | centroid | k-NN (5) |
|---|---|---|
| as written | 40 of 42 | 38 of 42 |
| every two- and three-word phrase of the guide and every stock sentence taken out | 40 of 42 | 38 of 42 |
| the guide's 97 content words taken out of both the case set and the held-out cases | 39 of 42 | 37 of 42 |

Only 1 of the 42 repeats a phrase of the guide and 1 carries a stock sentence (the case set's bars are 10% and 5%).
So the score does not come from the guide's wording: it comes from the words of each type's world that any two
authors share (a loan's "bank", "due date", "screen"; a shop's "bought", "buyer", "complaint"; paid posters'
"posted", "studio"; a scheme's "members", "job"; sextortion's "app"). A word model passes the held-out cases without
reading the clue; what stops it passing q2 is the flipped cases (``flipped_cases``: the same story with the clue
changed), which these tests do not replace. The tests hold the measure: no more echo than the case set allows, and
taking the guide's phrases out changes the model's score by at most one case.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd
import pytest

from test_lesson03 import STOCK, guide_phrases, share_echoing_the_guide, share_with_stock_phrases, _words
from netcrime import classify
from netcrime.paths import data_dir

STOP = set("the a an and or of to in on for was were is are be been her his he she they them it i my me you your we our "
           "with at by from that this as had has have not no but so".split())


@pytest.fixture(scope="module")
def held():
    from netcrime.instructor.lesson03_held_out import heldout_cases

    return heldout_cases()


@pytest.fixture(scope="module")
def case_set():
    return pd.read_csv(data_dir() / "case_vignettes.csv")


def _tokens(text: str, drop: frozenset = frozenset()) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and w not in drop]


def centroid_model(texts, types, drop: frozenset = frozenset()):
    """A TF-IDF centroid classifier: the type whose summed case vectors are nearest (cosine) to the text's."""
    docs = [Counter(_tokens(t, drop)) for t in texts]
    df = Counter(w for d in docs for w in d)
    n = len(docs)

    def vector(counts):
        return {w: (1 + math.log(c)) * math.log((n + 1) / (1 + df.get(w, 0))) for w, c in counts.items()}

    def cosine(a, b):
        dot = sum(x * b.get(w, 0) for w, x in a.items())
        return dot / ((math.sqrt(sum(x * x for x in a.values())) * math.sqrt(sum(x * x for x in b.values()))) or 1)

    centroids: dict[str, Counter] = {}
    for doc, kind in zip(docs, types):
        centroids.setdefault(kind, Counter()).update(vector(doc))
    return lambda text: max(sorted(centroids), key=lambda kind: cosine(vector(Counter(_tokens(text, drop))),
                                                                     centroids[kind]))


def _without_guide_wording(text: str) -> str:
    plain = " " + " ".join(_words(text)) + " "
    for phrase in sorted(guide_phrases(), key=len, reverse=True):
        plain = plain.replace(f" {phrase} ", " ")
    for pattern in STOCK.values():
        plain = re.sub(pattern, " ", plain, flags=re.IGNORECASE)
    return plain


def _score(model, texts, accepted) -> int:
    return sum(model(text) in ok for text, ok in zip(texts, accepted))


def test_held_out_cases_echo_the_guide_no_more_than_the_case_set_may(held):
    assert share_echoing_the_guide(held["text"]) <= 0.10
    assert share_with_stock_phrases(held["text"]) <= 0.05


def test_a_word_model_scores_on_shared_domain_words_not_on_the_guides_wording(held, case_set):
    model = centroid_model(case_set["text"], case_set["primary_type"])
    as_written = _score(model, held["text"], held["accepted"])
    stripped = _score(model, [_without_guide_wording(t) for t in held["text"]], held["accepted"])
    assert abs(as_written - stripped) <= 1, (as_written, stripped)
    guide_words = frozenset(w for question, _type in classify.DECISION_GUIDE for w in _words(question)) - STOP
    blind = centroid_model(case_set["text"], case_set["primary_type"], drop=guide_words)
    assert _score(blind, held["text"], held["accepted"]) >= as_written - 2  # the guide's words carry almost none of it
    # the measure can fail: a text made of the guide's own questions is stripped to almost nothing
    echo = classify.DECISION_GUIDE[2][0]
    assert len(_without_guide_wording(echo).split()) < len(_words(echo)) / 2
