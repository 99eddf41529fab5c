"""Township names: found by trying only the words before each suffix, they are the matches of
the plain overlapped scan of the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.checks.township_names import NAMED, named_townships
from mtfix.text import folded_text

# Names and every suffix in several cases and inside other words, among the shared pieces,
# and whole names with each suffix, so the scans are tried on hits as well as near misses.
TOWNSHIP_PIECES = (
    *NAME_PIECES,
    *("Shijing", "meng", "Ziling", "Dong’an", "town", "Town", "TOWNSHIP", "township", "ſ"),
    *("towns", "downtown", "sub-district", "Subdistrict", "sub"),
    *(" shijing town", " Meng Ziling Sub-district", " dong’an subdistrict", " Ziling TOWNSHIP"),
)


def _found(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match["name"]) for match in matches]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(TOWNSHIP_PIECES), max_size=24).map("".join))
def test_townships_found_before_suffixes_are_the_overlapped_scan(text: str) -> None:
    expected = _found(NAMED.finditer(text, overlapped=True))
    assert _found(named_townships(text)) == expected
    assert _found(named_townships(text, folded_text(text))) == expected


def test_a_two_word_name_and_its_one_word_tail_are_both_found() -> None:
    text = "Doctors visited Meng Ziling township and shijing town."
    assert [match["name"] for match in named_townships(text)] == [
        "Meng Ziling",
        "Ziling",
        "and shijing",
        "shijing",
    ]
