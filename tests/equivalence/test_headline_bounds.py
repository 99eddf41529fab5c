"""Headlines: the bounds counted in bytes settle a line as the word-by-word count does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks import midsentence_capital

# Words in both cases, joiners, non-ASCII letters (upper, lower, title case, no case),
# spaces of both kinds, sentence ends and other punctuation.
_PIECES = st.sampled_from(
    [
        *("Hospital", "Holds", "Meeting", "the", "of", "to", "A", "a", "x", "Nurses", "Day"),
        *("Xi'an", "well-known", "’s", "'", "-", "--", "É", "é", "Éa", "ǅa", "ªb", "中", "Ω"),
        *(" ", " ", " ", "  ", "\u00a0", "\t", ".", '."', ".”", ".)", "!", ",", "“", "”", "1", "2022"),
        *(" the", " ward", " Hospital", " Day", " É", " x-y"),
    ]
)
# Up to twice `_HEADLINE_MAX_WORDS` words: short lines and long ones.
_LINES = st.lists(_PIECES, max_size=60).map("".join)
_SENTENCES = st.tuples(_LINES, st.sampled_from([".", '."', ".”", ".)", ". ", ""])).map("".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_LINES, _SENTENCES))
def test_headline_verdict_is_that_of_the_word_count(line):
    assert midsentence_capital.is_headline(line) == midsentence_capital.is_headline_plain(line)


def test_long_lines_without_a_full_stop_are_settled_by_their_words():
    words = [" the", " Hospital"] * 13
    assert midsentence_capital.is_headline("".join(words)) is False  # 26 words, half capitalised
    assert midsentence_capital.is_headline("".join(words[:24])) is True  # 24 words: short
    assert midsentence_capital.is_headline(" Hospital Day" * 13 + " the") is True  # title case


def test_long_sentences_with_few_capitals_are_settled_by_the_bounds():
    line = "The county hospital held a meeting on the new ward for the elderly in the town. " * 3
    assert midsentence_capital.is_headline(line.rstrip()) is False
    assert midsentence_capital.is_headline("Hospital Holds Meeting to Celebrate Nurses Day.") is True
