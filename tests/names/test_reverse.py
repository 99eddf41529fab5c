"""The reverse dictionary reads place names translated by meaning back into their Chinese names."""

from __future__ import annotations

import pytest

from mtfix.context import Resources
from mtfix.names.glosses import english_forms, keywords
from mtfix.names.reverse import reverse_dictionary


@pytest.fixture(scope="module")
def dictionary():
    return reverse_dictionary(Resources())


def test_gloss_keywords_are_the_words_a_translation_picks() -> None:
    assert list(keywords("to bloom")) == ["bloom"]
    assert list(keywords("roof beam")) == ["roof beam", "beam"]
    assert list(keywords("king or monarch")) == ["king", "monarch"]
    assert list(keywords("dry measure for grain equal to ten dou")) == []
    assert "bloom" in english_forms("blooming")


@pytest.mark.parametrize(
    ("words", "kinds", "pinyin"),
    [
        (["Peony", "River"], ["City"], {"Mudanjiang"}),
        (["Yellow", "Plum"], ["County"], {"Huangmei"}),
        (["Stone", "Well"], ["Town", "Township"], {"Shijing"}),
        (["White", "Mountain"], ["City"], {"Baishan"}),
    ],
)
def test_whole_names_are_read_back(dictionary, words, kinds, pinyin) -> None:
    readings = dictionary.readings(words, kinds)
    assert readings and {reading.place.pinyin for reading in readings if not reading.partial} == pinyin


def test_one_word_for_a_two_character_name_is_only_partial(dictionary) -> None:
    readings = dictionary.readings(["Yellow"], ["County"])
    assert readings and all(reading.partial for reading in readings)
    assert "Huangmei" in {reading.place.pinyin for reading in readings}


def test_words_without_such_a_place_give_nothing(dictionary) -> None:
    assert dictionary.readings(["Salt", "Lake"], ["City"]) == []
    assert dictionary.readings(["New", "York"], ["City"]) == []
