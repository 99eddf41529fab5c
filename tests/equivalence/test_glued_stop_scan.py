"""Full stops glued to the next sentence (`line-start`'s glued stop): tried only before full
stops between lower-case letters, they are the matches of the plain scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.checks.line_start import GLUED, glued_stops

# Lower-case words, stops and the marks before a word that rule a glued stop out.
STOP_PIECES = (*NAME_PIECES, "meeting", "ended", "It", "..", "@", "/", "_", "ß")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(STOP_PIECES), max_size=24).map("".join))
def test_glued_stops_found_at_stops_are_the_scanned_matches(text: str) -> None:
    assert [match.span() for match in glued_stops(text)] == [match.span() for match in GLUED.finditer(text)]


def test_a_stop_glued_between_two_sentences_is_found() -> None:
    text = "The meeting ended.the delegates left."
    assert [match["before"] for match in glued_stops(text)] == ["ended"]
