"""Glued words (`glued-words`): the numbers joined to letters, tried only in runs of numbers
that touch a letter or a non-ASCII character, are the matches of the plain scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.glued_words import JOINED_NUMBER, joined_numbers

# ASCII and other digits and numbers, letters of both kinds, separators and spaces.
RUN_PIECES = (
    "2020", "08", "5", "²", "½", "Ⅻ", "٣", "２", "km", "A", "z", "é", "年", "-", ".", "/", ":", ",", "_",
    " ", "\u00a0", "\n", "“",
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=16).map("".join))
def test_joined_numbers_are_the_matches_of_the_plain_scan(text: str) -> None:
    assert [match.span() for match in joined_numbers(text)] == [
        match.span() for match in JOINED_NUMBER.finditer(text)
    ]


def test_a_number_glued_to_a_word_is_found_and_a_date_is_not() -> None:
    text = "On 2020-08-21 they met 39Admin in room 5²."
    assert [match.group() for match in joined_numbers(text)] == ["39", "5²"]
