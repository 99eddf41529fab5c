"""Calques: the phrases before a place suffix read as all English words, found through the
count of English words at the end, are the phrases that trying each size finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.checks.meaning_calque import english_tail


def _plain_sizes(words: list[str], english: frozenset[str]) -> list[int]:
    """Every phrase size, longest first, whose last words are all English."""
    return [size for size in range(len(words), 0, -1) if all(word in english for word in words[-size:])]


WORDS = ("Stone", "Well", "Shijing", "the", "Peony", "River", "Huangmei", "rural")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=3), st.frozensets(st.sampled_from(WORDS)))
@example(["Stone", "Well"], frozenset({"Stone", "Well"}))
@example(["the", "Peony", "River"], frozenset({"Peony", "River", "Stone"}))
@example(["Peony", "Shijing"], frozenset({"Peony"}))
def test_tail_gives_the_sizes_every_phrase_gives(words: list[str], english: frozenset[str]) -> None:
    tail = english_tail(words, english.__contains__)
    assert list(range(tail, 0, -1)) == _plain_sizes(words, english)
