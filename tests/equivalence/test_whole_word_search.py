"""Names capitalised elsewhere: their whole-word occurrences, found by a search per name, are
the matches of one alternation of the names (which would be compiled per document)."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.names.persons import whole_word_spans

NAMES = ("zhongshan", "zhong", "shan", "anxi", "an")
# The names inside and beside other words, joiners, and text beyond the basic plane.
PIECES = (*NAMES, "Zhongshan", "x", " ", "'", "’", "-", ".", "é", "😀", "\u0301")


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.sets(st.sampled_from(NAMES), min_size=1)
)
@example("zhongshan an-xi anxi’s zhong shan", {"zhongshan", "zhong", "shan", "anxi"})
def test_whole_words_searched_one_by_one_are_the_alternation_matches(text: str, names: set[str]) -> None:
    alternation = regex.compile(r"(?<![\p{L}'’-])(?:" + "|".join(sorted(names)) + r")(?![\p{L}'’-])")
    assert whole_word_spans(text, names) == [match.span() for match in alternation.finditer(text)]
