"""Given names: the tests of a word taken cheapest first (its length, then whether it is an
English word, then its syllables) give the verdicts of taking its syllables first."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.gazetteer import gazetteer
from mtfix.names.persons import is_given_like, is_given_name
from mtfix.names.protection import pinyin_analyzer

PIECES = ("xiao", "ming", "jian", "guo", "li", "hua", "nan", "ping", "long", "er", "a", "the", "-", "x", "é")
WORDS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).flatmap(
    lambda parts: st.sampled_from([str.lower, str.capitalize, str.upper]).map(
        lambda case: case("".join(parts))
    )
)


@pytest.fixture(scope="module")
def tools(resources: Resources):
    places = gazetteer(resources)
    return pinyin_analyzer(resources), lexicon(resources).is_word, lambda name: bool(places.lookup(name))


def _given_name_syllables_first(word: str, analyzer, is_word) -> bool:
    plain = word.replace("-", "")
    syllables = analyzer.segment(plain.lower())
    return syllables is not None and len(syllables) == 2 and not is_word(plain.lower()) and len(plain) >= 4


def _given_like_syllables_first(word: str, analyzer, is_word, is_place) -> bool:
    if not word[:1].isupper():
        return False
    lower = word.lower()
    syllables = len(analyzer.segment(lower) or ())
    if syllables not in (1, 2) or is_word(lower):
        return False
    return syllables == 1 or not is_place(word)


@settings(max_examples=1000, deadline=None)
@given(WORDS)
def test_cheapest_test_first_gives_the_same_verdicts(tools, word: str) -> None:
    analyzer, is_word, is_place = tools
    assert is_given_name(word, analyzer, is_word) == _given_name_syllables_first(word, analyzer, is_word)
    assert is_given_like(word, analyzer, is_word, is_place) == _given_like_syllables_first(
        word, analyzer, is_word, is_place
    )
