"""Institution names: name parts found as whole runs looked up in a set are the matches of the
alternation of every part word, and a chain read with two patterns is the chain the plain walk
over its characters finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.names.institutions import HEAD_WORDS, NAME_PART_WORDS, chain_span, name_parts

ALTERNATION = regex.compile(
    r"(?<![\p{L}'’-])(?:"
    + "|".join(sorted((regex.escape(word) for word in NAME_PART_WORDS | HEAD_WORDS), key=len, reverse=True))
    + r")(?![\p{L}'’-])"
)

# Name parts, heads and joined words among the shared pieces.
CHAIN_PIECES = (*NAME_PIECES, "Bureau", "sciences", "of", "Hefei", "academy", "water-resources", "people")
CHAIN_PIECES += ("people’s", "union", "reunion", "s", "health-care")
chain_texts = st.lists(st.sampled_from(CHAIN_PIECES), max_size=24).map("".join)


def _walked(text: str, start: int, end: int) -> tuple[int, int]:
    """The plain walk: back and forth over words one space apart, a character at a time."""
    while start >= 2 and text[start - 1] == " " and (text[start - 2].isalpha() or text[start - 2] in "'’"):
        start -= 1
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
            start -= 1
    while end + 1 < len(text) and text[end] == " " and text[end + 1].isalpha():
        end += 1
        while end < len(text) and (text[end].isalpha() or text[end] in "'’-"):
            end += 1
    return start, end


@settings(max_examples=800, deadline=None)
@given(chain_texts)
def test_name_parts_are_the_alternation_matches(text: str) -> None:
    assert name_parts(text) == [part.span() for part in ALTERNATION.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(chain_texts, st.data())
def test_a_chain_read_with_patterns_is_the_walked_chain(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert chain_span(text, start, end) == _walked(text, start, end)
