"""Word marks: a word in lower case is not searched for a place ending (with or without a
possessive `'s`), which finds none in it: its place endings are those of searching every
form of every word."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.names.wordmarks import PLACE_ENDING, place_endings

LETTERS = st.sampled_from(("a", "z", "é", "ß", "ς", "H", "É", "ǅ", "ᾈ", "中", "'", "’", "-", "s", "S", "1"))


def _searched(word: str) -> list[str]:
    """The plain search: every form of the word."""
    found = (PLACE_ENDING.search(form) for form in (word, word + "'s", word + "’s"))
    return [place.group() for place in found if place is not None]


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=8), st.lists(LETTERS, min_size=1, max_size=8).map("".join)))
@example("hunan")
@example("Hunan")
@example("xHunan")
@example("ǆ")
def test_place_endings_of_every_word_as_searched(word: str) -> None:
    assert list(place_endings(word)) == _searched(word)
