"""Titled surnames (`director liu`): tried only where a title is found in the lower-cased
text, they are the matches of the plain scan of the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.names.persons import TITLED, titled_matches

# Every title in several cases, titles inside other words and titles that begin others, the
# surnames after them, and the letters that lower-case differently (`İ` grows, `ſ` is `s`).
TITLED_PIECES = (
    *NAME_PIECES,
    *(" director liu", "Director", "DIRECTOR", "chairman", "Chairwoman", "chair", "dean", "Dean"),
    *("Mr.", "mr", "Mrs.", "MS.", "ms", "Dr.", "dr", ".", "subdirector", "chiefs", "mayor wang"),
    *(" liu", " wang", "liu", " ", "İ", "ſ", "K", "Chairwoman liu", "mrs. wang", "captain he"),
)


def _found(matches) -> list[tuple[int, int]]:
    return [match.span(1) for match in matches]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(TITLED_PIECES), max_size=24).map("".join))
def test_titled_surnames_found_at_titles_are_the_plain_scan(text: str) -> None:
    assert _found(titled_matches(text)) == _found(TITLED.finditer(text))


def test_a_title_after_a_title_is_found_as_the_scan_finds_it() -> None:
    text = "The vice chairman mr. wang and Mrs. li met professor dean."
    assert [match[0] for match in titled_matches(text)] == ["chairman mr", "Mrs. li", "professor dean"]
