"""Bracket pairing (`mismatched-bracket` and the rest): the emoticons and intervals tried
only at brackets are those the plain scans find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.brackets import EMOTICON, INTERVAL, skipped_marks
from mtfix.text import find_starts

# Brackets, emoticon eyes and noses, interval numbers and the spaces and line breaks around them.
BRACKET_PIECES = (
    "(", ")", "[", "]", "{", "}", ":", ";", "=", "-", "^", "'", "0", "1.5", ",", " ", "\t", "\n", "\r",
    "\u00a0", "x", "é", "中",
)  # fmt: skip


def plain_skipped_marks(text: str) -> set[int]:
    skipped = {match.end() - 1 for match in EMOTICON.finditer(text)}
    for match in INTERVAL.finditer(text):
        skipped.update((match.start(), match.end() - 1))
    return skipped


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(BRACKET_PIECES), max_size=16).map("".join))
def test_marks_skipped_at_brackets_are_those_of_the_plain_scans(text: str) -> None:
    marks = sorted(at for mark in "()[]{}" for at in find_starts(text, mark))
    assert skipped_marks(text, marks) == plain_skipped_marks(text)


def test_an_emoticon_and_an_interval_are_skipped() -> None:
    text = "Thanks :) for the range [0, 1.5)."
    marks = sorted(at for mark in "()[]{}" for at in find_starts(text, mark))
    assert skipped_marks(text, marks) == {8, 24, 31}
