"""Where any of several strings occurs: one automaton pass, built for one search or for many,
finds the offsets a `str.find` pass per string finds, also in texts the automaton cannot take
(a lone surrogate)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.text import StringSearch, find_any_starts, find_starts

# Letters, words that hold one another, marks, text beyond the basic plane, a lone surrogate.
PIECES = ("a", "an", "ana", "Li", "li", "Lin", "union", "unions", " ", "-", "'", "é", "中", "😀", "\ud800")
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@pytest.mark.parametrize(
    "search",
    [find_any_starts, lambda text, strings: StringSearch(strings, reused=True).starts(text)],
    ids=["once", "reused"],
)
@settings(max_examples=500, deadline=None)
@given(text=texts, strings=st.sets(st.sampled_from((*PIECES[:8], "", "😀a", "\ud800"))))
@example(text="an ana 😀 union", strings={"an", "ana", "union", "unions"})
@example(text="Li \ud800 Lin", strings={"Li", "Lin"})
def test_one_pass_finds_the_offsets_of_a_search_per_string(search, text: str, strings: set[str]) -> None:
    expected = sorted(start for string in strings if string for start in find_starts(text, string))
    assert sorted(search(text, strings)) == expected
