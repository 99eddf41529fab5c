"""Person names: read from the text's letter runs and hyphenated words (a superset of the words
pairs are made of), the names found are those of the text's own scan for its words."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.persons import person_names
from mtfix.names.protection import pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.wholenames import letter_runs

# Surnames and given names in both cases, hyphenated in several ways, English words that are
# also surnames, titles, and the marks around pairs.
PERSON_PIECES = (
    *("ye ", "Ye ", "zhang ", "Zhang ", "li", "Li", "song ", "he ", "wang", "liu"),
    *("xiaodong", "Xiaodong", "jianguo", "Jianguo", "xiao-li", "Xiao-li", "li-yuan", "-yuan", "-"),
    *("director ", "Mr. ", "said", "long", " county", " ", "  ", ".", "'", "@", "é", "😀"),
)


@pytest.fixture(scope="module")
def names(resources: Resources):
    analyzer, surnames, is_word = (
        pinyin_analyzer(resources),
        surname_syllables(resources),
        lexicon(resources).is_word,
    )

    def found(text: str, from_runs: bool) -> list:
        runs = letter_runs(text) if from_runs else None
        return list(person_names(text, analyzer, surnames, is_word, runs=runs))

    return found


@settings(max_examples=600, deadline=None)
@given(text=st.lists(st.sampled_from(PERSON_PIECES), max_size=16).map("".join))
@example(text="The prize went to li-yuan wang and director liu, not xiao-li-jianguo said.")
def test_names_from_runs_and_hyphened_words_are_those_of_the_word_scan(names, text: str) -> None:
    assert names(text, from_runs=True) == names(text, from_runs=False)
