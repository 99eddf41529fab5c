"""Whole names read from the word index's distinct words (found once for every check) find
what they find from the text's own scans (its letter runs, or the words of its pairs):
person names, surnames read by meaning, names capitalised elsewhere, calendar words."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.gazetteer import gazetteer
from mtfix.names.persons import (
    names_capitalised_elsewhere,
    person_names,
    surname_meanings,
    surnames_by_meaning,
)
from mtfix.names.protection import pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.wholenames import calendar_and_language_names
from mtfix.wordindex import TokenWords, WordIndex

# Names in both cases, alone, hyphenated, with a possessive or inside joined words; surnames
# by meaning; calendar words; titles; and the marks around words.
WORD_PIECES = (
    *NAME_PIECES,
    *("ye ", "Zhang ", "li", "Li", "song ", "wang", "xiaodong", "Jianguo", "xiao-li", "li-yuan", "-yuan"),
    *("king ", "plum ", "Xiaoming", "Hua", "Nanping", "director ", "said", "zhongshan", "Zhongshan"),
    *("Zhongshan-based", "zhongshan's", "’s", "monday", "english", "Monday's", " ", ".", "@", "😀"),
)
word_texts = st.lists(st.sampled_from(WORD_PIECES), max_size=18).map("".join)


@pytest.fixture(scope="module")
def read(resources: Resources):
    analyzer, surnames, words = pinyin_analyzer(resources), surname_syllables(resources), lexicon(resources)

    def found(text: str, from_index: bool) -> list:
        distinct = WordIndex.of(text, TokenWords()).distinct if from_index else None
        return [
            *person_names(text, analyzer, surnames, words.is_word, distinct=distinct),
            *surnames_by_meaning(
                text,
                analyzer,
                surnames,
                words,
                lambda: surname_meanings(resources),
                lambda name: bool(gazetteer(resources).lookup(name)),
                distinct,
            ),
            *names_capitalised_elsewhere(text, analyzer, words.is_word, distinct),
            *calendar_and_language_names(text, distinct),
        ]

    return found


@settings(max_examples=800, deadline=None)
@given(text=word_texts)
@example(text="Zhongshan-based firms met in zhongshan; li-yuan wang and director liu spoke.")
@example(text="The prize went to king Xiaoming on monday, not to Monday's plum Hua.")
def test_names_read_from_the_distinct_words_are_those_of_the_text_scans(read, text: str) -> None:
    assert read(text, from_index=True) == read(text, from_index=False)
