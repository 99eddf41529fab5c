"""Glued words: the number runs found as ASCII digit runs (when a text holds no non-ASCII
number) are exactly the runs of a plain `\\p{N}+` scan."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks import glued_words

_PLAIN = regex.compile(r"\p{N}+")

# ASCII digits next to non-ASCII numbers of every kind (decimal, superscript, fraction,
# Roman, CJK), non-ASCII letters, quotes and spaces that are no number.
_PIECES = [
    "2021", "7", "08", "-", ".", " ", "km", "a", "\u00a0", "’", "“", "é", "中", "年",
    "²", "½", "Ⅻ", "٣", "３", "二", "①", "\U0001d7d8",
]  # fmt: skip

_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_number_runs_are_those_of_the_plain_scan(text: str) -> None:
    assert _spans(glued_words.number_runs(text)) == _spans(_PLAIN.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_number_runs_of_any_text_are_those_of_the_plain_scan(text: str) -> None:
    assert _spans(glued_words.number_runs(text)) == _spans(_PLAIN.finditer(text))
