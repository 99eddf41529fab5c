"""Place mentions: found by searching only where words begin, and the word spans, are those of
the mention pattern and the tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import name_texts as texts
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.names.mentions import (
    MENTION,
    find_mentions,
    first_word_start,
    mentions,
    word_spans,
)
from mtfix.names.pinyin import tokens
from mtfix.text import folded_text

# Names, every suffix head in several cases and inside other words, joiners, spaces.
MENTION_PIECES = (
    "Ceheng",
    "xi'an",
    "Dong-an",
    "Hunan's",
    "County",
    "COUNTY",
    "county-level",
    "City",
    "ethnicity",
    "Autonomous",
    "autonomous",
    "Prefecture",
    "Region",
    "Province",
    "district's",
    "Banner",
    "BANNER",
    "banners",
    "Σ",
    "ſ",
    "-",
    "'",
    " ",
    "  ",
    "\n",
    "\u00a0",
    ",",
    "1",
)


_RESOURCES = Resources()


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(MENTION_PIECES), max_size=24).map("".join))
def test_mentions_searching_only_the_heads_words_begin_with(text: str) -> None:
    expected = [(m.start(), m.end(), m["name"], m["suffix"]) for m in MENTION.finditer(text)]
    found = mentions(CheckContext(Document(text), _RESOURCES))
    assert [(m.start, m.end, m.name, m.suffix) for m in found] == expected


@settings(max_examples=600, deadline=None)
@given(texts)
def test_mentions_are_the_pattern_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m["name"], m["suffix"]) for m in MENTION.finditer(text)]
    found = [(m.start, m.end, m.name, m.suffix) for m in find_mentions(text, folded_text(text))]
    assert found == expected


@settings(max_examples=600, deadline=None)
@given(texts)
def test_word_spans_are_the_tokens(text: str) -> None:
    every = list(tokens(text))
    wanted = {token.text for token in every[::2]}
    assert word_spans(text, wanted) == [(t.start, t.end) for t in every if t.text in wanted]
    for word in wanted:
        assert first_word_start(text, word) == next(t.start for t in every if t.text == word)
