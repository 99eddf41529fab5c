"""Calque spellings (`yellow plum` for 黄梅): found from the second word's occurrences in the
lower-cased text, they are the matches of the plain overlapped scan of the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.names.reverse import LowerCased, ReverseDictionary, reverse_dictionary
from mtfix.text import folded_text
from mtfix.verdicts import RunMemory
from mtfix.wordindex import WordIndex

# Two-character names whose characters English glosses render (黄梅 Yellow Plum, 石井 Stone
# Well, 白山 White Mountain, 青山 Green Hill).
NAMES = ("黄梅", "石井", "白山", "青山")
# Their glosses with and without endings, in several cases, glued to other letters, among
# joiners, blanks (also those `str.split` and `\s` see differently) and characters that
# fold onto ASCII letters unlike `str.lower`.
SPELLING_PIECES = (
    *("yellow", "Yellow", "YELLOW", "plum", "Plums", "PLUM", "plumes", "plumed", "plumming"),
    *("stone", "Stone", "well", "Wells", "WELLING", "welled", "wellness"),
    *("white", "White", "mountain", "Mountains", "hill", "Hills", "hilling", "green", "Green"),
    *("the", "and", "a", "s", "es", "ing", "ed"),
    *(" ", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\x1c", "\x85"),
    *("-", "'", "’", "'s", ",", ".", "1", "é", "中", "\u0301", "ſ", "\u0130", "\u212a"),
)
# Whole spellings with each ending, so the scans are tried on hits as well as near misses.
SPELLING_PHRASES = (
    *("yellow plum", "Yellow Plums", "yellow plumes", "stone welled", "Stone wellING", "white  hills"),
    *("Green\u00a0Hill", "green\nhilling", "white\x1cmountain", "yellow\u3000plum"),
)
# Glued (`theStone`) or apart (`the Stone`).
texts = st.lists(st.sampled_from(SPELLING_PIECES + SPELLING_PHRASES), max_size=24).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


RUN = RunMemory()  # one run's memory for every example, as a run keeps it across documents


@pytest.fixture(scope="module")
def dictionary(resources: Resources) -> ReverseDictionary:
    return reverse_dictionary(resources)


def _lowered(text: str, memory: RunMemory | None = None) -> LowerCased | None:
    return LowerCased.of(folded_text(text), WordIndex.of(text).distinct, memory)


@settings(max_examples=1000, deadline=None)
@given(texts, st.sampled_from(NAMES))
def test_spellings_from_second_words_are_the_overlapped_scan(
    dictionary: ReverseDictionary, text: str, name: str
) -> None:
    expected = list(dictionary.spellings(text, name))
    assert list(dictionary.spellings(text, name, _lowered(text))) == expected
    assert list(dictionary.spellings(text, name, _lowered(text, RUN))) == expected  # words seen before


def test_spellings_overlap_and_take_any_case(dictionary: ReverseDictionary) -> None:
    text = "Yellow plum growers sold YELLOW PLUMS and stone wells in White Mountains."
    assert _lowered(text) is not None
    spots = list(dictionary.spellings(text, "黄梅", _lowered(text)))
    assert spots == list(dictionary.spellings(text, "黄梅"))
    assert [text[start:end] for start, end in spots] == ["Yellow plum"]
    assert [text[start:end] for start, end in dictionary.spellings(text, "石井", _lowered(text))] == [
        "stone wells"
    ]
