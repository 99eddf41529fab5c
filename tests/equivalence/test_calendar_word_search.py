"""Months, weekdays, languages and festivals: searched for where the text's letter runs say
they are, they are what the walk over every word and the plain festival scan find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.names.wholenames import (
    CALENDAR_WORDS,
    FESTIVALS,
    LANGUAGE_WORDS,
    calendar_and_language_names,
    festival_matches,
)
from mtfix.text import WORD

# Calendar and language words in several cases, inside and beside other words and joiners,
# and festivals with their first words alone.
CALENDAR_PIECES = (
    *NAME_PIECES,
    *("january", "January", "monday", "mondays", "english", "chinese", "Chinese", "englishman"),
    *("spring", "festival", " festival", "dragon boat", "mid-autumn", "lantern", "double ninth", "Spring"),
    *("qingming", "tomb-sweeping", "dragon", " boat", "ninth", "\n", "  ", "festivals", "Festival"),
    *("x", "-", "'", "’", "’s", " ", "\ud800"),
)
calendar_texts = st.lists(st.sampled_from(CALENDAR_PIECES), max_size=24).map("".join)


@settings(max_examples=1000, deadline=None)
@given(calendar_texts)
@example("On monday-english day, in x'january and chinese’s class")
def test_calendar_and_language_words_searched_for_are_the_words_walked(text: str) -> None:
    words = [
        (word.start(), word.end())
        for word in WORD.finditer(text)
        if word[0] in CALENDAR_WORDS | LANGUAGE_WORDS
    ]
    found = calendar_and_language_names(text)
    assert [(fix.start, fix.end) for fix in found if fix.kind != "festival"] == words


@settings(max_examples=1000, deadline=None)
@given(calendar_texts)
@example("the dragon boat festival and spring festival, mid-autumn festival")
@example("the dragon  boat\n festival, xspring festival, double ninth festivals and qingming festival")
def test_festivals_read_back_from_the_word_festival_are_the_plain_scan(text: str) -> None:
    assert [match.span() for match in festival_matches(text)] == [
        match.span() for match in FESTIVALS.finditer(text)
    ]
