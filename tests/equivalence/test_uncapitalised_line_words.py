"""Line starts: the line words the scan leaves after passing over ASCII capitals are those
of `line_words` not capitalised."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.line_start import line_words, uncapitalised_line_words

# Line breaks of every kind, indentation, words led by ASCII and other capitals, title-case
# and uncased letters, and the marks that may or may not end a line's first word.
_PIECES = (
    *("\n", "\n", "\r\n", "\r", "\u2028", "\x85", " ", "\t", "\u00a0", "\u3000"),
    *("address", "the", "It", "A", "É", "Ωmega", "ǅa", "ªb", "é", "中", "x'", "’s", "-", ":", ",", ".", "1"),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_uncapitalised_line_words_are_those_of_the_full_scan(text: str) -> None:
    expected = [item for item in line_words(text) if not item[3][0].isupper()]
    assert uncapitalised_line_words(text) == expected


def test_lower_case_and_uncased_line_starts_are_found() -> None:
    text = "the ward\nIt opened\n  nurses came\nÉtienne left\nǅa\n中"
    assert [word for _, _, _, word in uncapitalised_line_words(text)] == ["the", "nurses", "ǅa", "中"]
