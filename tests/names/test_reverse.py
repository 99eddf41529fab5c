"""The reverse dictionary reads place names translated by meaning back into their Chinese names."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.context import Resources
from mtfix.names.gazetteer import gazetteer
from mtfix.names.glosses import english_forms, keywords
from mtfix.names.reverse import reverse_dictionary, stem
from mtfix.names.townships import parse_township, townships


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


def test_the_names_by_first_character_are_those_of_a_walk_of_both_tables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The index (first characters kept as one string, townships read when asked for) lists
    what a plain walk of the gazetteer and township table lists, in the same order, whether
    built or read back from the start-up cache."""
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(tmp_path))
    resources = Resources()
    expected: dict[str, list[tuple[str, str, str]]] = {}
    for place in gazetteer(resources).places:
        if len(stem(place)) >= 2:
            expected.setdefault(stem(place)[0], []).append((stem(place), place.kind, place.chinese))
    for row in townships(resources).rows:
        if len(stem(row)) >= 2:
            expected.setdefault(stem(row)[0], []).append((stem(row), row.kind, row.chinese))
    built = reverse_dictionary(resources)
    cached = reverse_dictionary(Resources())
    assert list(tmp_path.glob("reverse-dictionary*"))
    for dictionary in (built, cached):
        listed = {
            first: [
                (name, kind, parse_township(place).chinese if isinstance(place, str) else place.chinese)
                for name, kind, place in dictionary.named(first)
            ]
            for first in expected
        }
        assert listed == expected
        assert list(dictionary.named("x")) == []
    assert cached.inverse == built.inverse
