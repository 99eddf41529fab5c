"""Surnames read by their meaning (`king Xiaoming`): the pairs found among the text's words in
order (a word that glosses a surname, then a possible given name, one byte each, searched in
C) give the fixes that the pairs tried around every possible given name in the text give."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.gazetteer import gazetteer
from mtfix.names.persons import (
    MEANING_PAIR,
    add_meaning_roles,
    add_person_roles,
    is_given_like,
    is_meaning_word,
    surname_meanings,
    surnames_by_meaning,
)
from mtfix.names.protection import pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.word_pairs import GIVEN_LIKE, MEANING_MARKS, MEANING_WORD, pair_marks, pairs_in_order
from mtfix.verdicts import Verdicts
from mtfix.wordindex import WordIndex

# Surnames by meaning in several cases, given names of one and two syllables, places, eras,
# pinyin surnames, and what may stand between two words (or join them into one).
PAIR_PIECES = (
    *("king ", "King ", "KING ", "plum ", "yellow ", "white ", "song ", "the ", "by ", "high "),
    *("Xiaoming", "Hua", "Ming", "Lihua", "Nanping", "Fujian", "Long", "China", "Jianguo", "He"),
    *(" Dynasty", " vases", " of", "xiaoming", "king", "-", "'", "’s", ".", " ", "  ", ", ", "\n"),
)


@pytest.fixture(scope="module")
def scan(resources: Resources) -> Callable[..., list]:
    analyzer, words, surnames = pinyin_analyzer(resources), lexicon(resources), surname_syllables(resources)

    def is_place(name: str) -> bool:
        return bool(gazetteer(resources).lookup(name))

    def found(
        text: str,
        in_order: bool,
        remembered: Verdicts | None,
        every_word_given: bool = False,
        shared: bool = False,
    ) -> list:
        index = WordIndex.of(text)  # no run: the memories below serve many unrelated texts
        marks = None
        if shared:  # marked with the roles of every kind of pair, every word with those of the others
            codes: dict[str, int] = {}
            add_person_roles(codes, dict.fromkeys(index.distinct, 3), index.distinct)
            given = {
                word for word in index.distinct if is_given_like(word, analyzer, words.is_word, is_place)
            }
            glosses = surname_meanings(resources)
            firsts = {word for word in index.distinct if is_meaning_word(word, words, surnames, glosses)}
            add_meaning_roles(codes, firsts, given)
            marks = pair_marks(index.words, codes)
        fixes = surnames_by_meaning(
            text,
            analyzer,
            surnames,
            words,
            lambda: surname_meanings(resources),
            is_place,
            index.distinct,
            (lambda words: set(words)) if every_word_given else None,
            index.words if in_order else None,
            remembered.among if remembered is not None else None,
            marks,
        )
        return [(fix.start, fix.end, fix.replacement, fix.alternatives) for fix in fixes]

    return found


@pytest.fixture(scope="module")
def remembered(resources: Resources) -> Verdicts:
    words, surnames, glosses = lexicon(resources), surname_syllables(resources), surname_meanings(resources)
    return Verdicts(lambda word: True if is_meaning_word(word, words, surnames, glosses) else None)


@settings(max_examples=600, deadline=None)
@given(text=st.lists(st.sampled_from(PAIR_PIECES), max_size=16).map("".join))
@example(text="The medal went to king Xiaoming, by Jianguo, in beautiful Nanping.")
@example(text="A plum Hua vase; KING Lihua and king-Xiaoming, king Xiaoming's team.")
def test_pairs_found_among_the_words_give_the_fixes_of_the_text_s_pairs(scan, remembered, text: str) -> None:
    plain = scan(text, in_order=False, remembered=None)
    assert scan(text, in_order=True, remembered=None) == plain
    assert scan(text, in_order=True, remembered=remembered) == plain
    assert scan(text, in_order=True, remembered=None, shared=True) == plain
    # A word that is both kinds (only a picker of given names that takes any word makes one).
    assert scan(text, True, None, every_word_given=True) == scan(text, False, None, every_word_given=True)


def test_a_pair_is_two_words_in_a_row_a_space_apart() -> None:
    text = "By king Xiaoming; king, Xiaoming; king  Xiaoming; king Xiaomingtown; king Xiaoming."
    words = WordIndex.of(text).words
    marks = pair_marks(words, {"king": MEANING_WORD, "Xiaoming": GIVEN_LIKE})
    found = pairs_in_order(text, words, marks, MEANING_MARKS, MEANING_PAIR)
    # The pattern is tried where a marked pair is written (`Xiaomingtown` is for the caller to drop).
    assert [(pair.start(), pair[2]) for pair in found] == [
        (3, "Xiaoming"),
        (text.index("king Xiaomingtown"), "Xiaomingtown"),
        (text.rindex("king Xiaoming"), "Xiaoming"),
    ]
