"""Surnames read by their meaning (`king Xiaoming`): the pairs tried only around words that may
be the given name (capitalised, one or two pinyin syllables, no English word, of two no place)
give the fixes that trying the pairs around every word gives, whether the run remembers the
verdicts or not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.gazetteer import gazetteer
from mtfix.names.persons import is_given_like, surname_meanings, surnames_by_meaning
from mtfix.names.protection import pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.verdicts import Verdicts

# Surnames by meaning, given names of one and two syllables, places, English words in capitals,
# eras after a one-syllable name, pinyin surnames, and the marks around pairs.
MEANING_PIECES = (
    *("king ", "King ", "plum ", "yellow ", "white ", "song ", "the ", "by ", "beautiful "),
    *("Xiaoming", "Hua", "Ming", "Lihua", "Nanping", "Fujian", "Long", "China", "Jianguo", "He"),
    *(" Dynasty", " vases", " of", " Team", "xiaoming", "-", "'", ".", " ", ", "),
)


@pytest.fixture(scope="module")
def scan(resources: Resources) -> Callable[..., list[tuple[int, int, str, tuple[str, ...]]]]:
    analyzer = pinyin_analyzer(resources)
    words = lexicon(resources)

    def found(text: str, given_like: Callable[[set[str]], set[str]] | None) -> list:
        fixes = surnames_by_meaning(
            text,
            analyzer,
            surname_syllables(resources),
            words,
            lambda: surname_meanings(resources),
            lambda name: bool(gazetteer(resources).lookup(name)),
            given_like=given_like,
        )
        return [(fix.start, fix.end, fix.replacement, fix.alternatives) for fix in fixes]

    return found


@pytest.fixture(scope="module")
def remembered(resources: Resources) -> Callable[[set[str]], set[str]]:
    analyzer, is_word = pinyin_analyzer(resources), lexicon(resources).is_word

    def is_place(name: str) -> bool:
        return bool(gazetteer(resources).lookup(name))

    return Verdicts(lambda word: True if is_given_like(word, analyzer, is_word, is_place) else None).among


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(MEANING_PIECES), max_size=16).map("".join))
def test_pairs_around_possible_given_names_give_the_fixes_of_all_pairs(scan, remembered, text: str) -> None:
    every_pair = scan(text, lambda words: set(words))  # every word wanted: every pair is tried
    assert scan(text, None) == every_pair
    assert scan(text, remembered) == every_pair


def test_the_pairs_of_a_sentence_give_its_one_fix(scan) -> None:
    text = "The medal went to king Xiaoming, by Jianguo, in beautiful Nanping."
    assert scan(text, None) == [(18, 22, "Wang", ())]
