"""Where any of several strings occurs: one automaton pass finds the offsets a `str.find`
pass per string finds, also in texts the automaton cannot take (a lone surrogate)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.text import find_any_starts, find_starts

# Letters, words that hold one another, marks, text beyond the basic plane, a lone surrogate.
PIECES = ("a", "an", "ana", "Li", "li", "Lin", "union", "unions", " ", "-", "'", "é", "中", "😀", "\ud800")
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(texts, st.sets(st.sampled_from((*PIECES[:8], "", "😀a", "\ud800"))))
@example("an ana 😀 union", {"an", "ana", "union", "unions"})
@example("Li \ud800 Lin", {"Li", "Lin"})
def test_one_pass_finds_the_offsets_of_a_search_per_string(text: str, strings: set[str]) -> None:
    expected = sorted(start for string in strings if string for start in find_starts(text, string))
    assert sorted(find_any_starts(text, strings)) == expected
