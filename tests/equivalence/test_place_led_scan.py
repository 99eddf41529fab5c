"""Place-led institution names: tried only at the word before each type word found in the
lower-cased text, they are the matches of the plain scan of the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.names.institutions import PLACE_LED, place_led_matches

# Places, every type word in several cases and inside other words, and the letters that
# lower-case differently (`İ` grows, `ſ` matches `s` only case-insensitively).
PLACE_LED_PIECES = (
    *NAME_PIECES,
    *("haidian", "xi’an", "province", "PROVINCE", "autonomous", "Autonomous", "region", "prefecture"),
    *("town", "township", "Township", "towns", "sub-district", "sub", "banner", "league", "City"),
    *("procuratorate", "of", "capacity", "İ", "ſ", "K", "autonomou"),
    *(" autonomous region", " Autonomous  county", "tibet autonomous prefecture", "haidian district"),
    *(" xi'an city", " ceheng county", " sub-district", " banner", " league"),
    *(" provincial", " municipal", "Provincial", "provinc", "municipality", " hubei provincial"),
)


def _found(matches) -> list[tuple[int, int, str, str]]:
    return [(match.start(), match.end(), match["place"], match["suffix"]) for match in matches]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PLACE_LED_PIECES), max_size=24).map("".join))
def test_place_led_names_found_before_type_words_are_the_plain_scan(text: str) -> None:
    assert _found(place_led_matches(text)) == _found(PLACE_LED.finditer(text))


def test_a_type_word_that_is_the_place_of_the_next_is_found_as_the_scan_finds_it() -> None:
    text = "Offices of the Hami autonomous county and tibet autonomous region opened."
    assert [match[0] for match in place_led_matches(text)] == [
        "autonomous county",
        "tibet autonomous region",
    ]
