"""Round 10 reading rules that the corpus's honest rows cannot hold (they are read against the claims every chart
question reads, not q5's index claim), and the question marks of Chinese text."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson02 as L


@pytest.mark.parametrize("phrase", ["Counts, not an index", "Not an index", "Real numbers rather than an index",
                                    "不是指数，是实际数量", "From 100 lenders to 14"])
def test_the_index_denied_or_read_as_counts_is_index_as_count(phrase):
    assert L.INDEX_AS_COUNT.find(phrase)


@pytest.mark.parametrize("phrase", ["This is not an index of crime", "An index, not counts of lenders",
                                    "From 100 at the peak to 14: an index, not a count",
                                    "These are not real counts of institutions",
                                    "Index of suspected lenders, peak = 100 (not crime)"])
def test_the_index_read_by_its_own_reference_is_fair(phrase):
    assert not L.INDEX_AS_COUNT.find(phrase)


def test_a_full_width_question_mark_asks_and_a_chinese_yes_answers():
    assert not L.CRIME_FELL.find("网络犯罪明显下降？不能这样读")  # asked, then the reading denied
    assert L.CRIME_FELL.find("网络犯罪明显下降？是的。")  # asked and answered yes at once
    assert L.CRIME_FELL.find("Did online crime fall? It certainly did.")
    assert not L.CRIME_FELL.find("Did online crime fall? It did not.")
