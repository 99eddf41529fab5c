"""Place-led institution names (`haidian District People’s Procuratorate`): the matches tried
only at the document's words that may lead one (a place of some type in lower case, no type
word, maybe with a possessive) give the names that the matches before every type word give."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.test_place_led_scan import PLACE_LED_PIECES
from mtfix.names.institutions import may_lead_place, place_led_names
from mtfix.wordindex import WordIndex

# Places written in lower case, with a possessive or an apostrophe inside, the heads and
# parts of the institutions they lead, and a place that is also a type word.
LEADER_PIECES = (
    *PLACE_LED_PIECES,
    *(" hunan's", " hunan’s", "tibet ", " people’s", " procuratorate", " bureau", " of", " health"),
    *(" Bureau", " Office", " town", "county ", " county"),
)
PLACES = frozenset({"haidian", "xi’an", "xi'an", "hunan's", "hunan", "ceheng", "tibet", "hubei", "county"})


def _is_place(name: str, suffix: str) -> bool:
    """A place of some types only (as the gazetteer's kinds make it), no English word."""
    return name in PLACES and not _is_english(name) and not suffix.lower().startswith("town")


def _is_english(name: str) -> bool:
    return name in {"county", "city", "the", "hunan"}


def _names(text: str, places: frozenset[str] | None) -> list:
    return [(fix.start, fix.end, fix.replacement) for fix in place_led_names(text, _is_place, None, places)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LEADER_PIECES), max_size=20).map("".join))
@example("Officers of the haidian District People’s Procuratorate met the hunan's health bureau.")
@example("The tibet autonomous region health bureau and the county city Bureau of health met.")
@example("Staff of the hunan's county health bureau met.")
@example("The xi'an city bureau, the ceheng county bureau and the haidian district bureau met.")
def test_names_led_by_possible_places_are_the_names_before_every_type_word(text: str) -> None:
    words = WordIndex.of(text).distinct
    leaders = frozenset(word for word in words if may_lead_place(word, _is_english, PLACES.__contains__))
    assert _names(text, leaders) == _names(text, None)
