"""The shared text primitives answer as their plain definitions do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.text import WORD_AT, find_starts, strip_possessive

PIECES = st.lists(st.sampled_from(["a", "aa", "b", "’", "'", "s", " ", "Xi'an", "é"]), max_size=12).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(PIECES, st.sampled_from(["a", "aa", "a a", "'s", "é"]))
def test_find_starts_is_every_overlapping_occurrence(text: str, string: str) -> None:
    assert list(find_starts(text, string)) == [i for i in range(len(text)) if text.startswith(string, i)]


def test_strip_possessive_takes_off_a_trailing_apostrophe_s_only() -> None:
    assert strip_possessive("China's") == "China"
    assert strip_possessive("Gansu’S") == "Gansu"
    assert strip_possessive("'s") == "'s"
    assert strip_possessive("Xi'an") == "Xi'an"


def test_a_word_does_not_start_after_a_joiner() -> None:
    assert WORD_AT.match("Xi'an", 3) is None
    assert WORD_AT.match("the Zhong-ping road", 4).group() == "Zhong-ping"
