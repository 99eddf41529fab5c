"""Bracket pairing: the `)` of enumerations (`1)`, `b)`, `iv)`), tried only just before each
`)`, are those of the plain scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.brackets import ENUMERATION, enumeration_closers
from mtfix.text import find_starts

# Numbers, letters and numerals of several lengths, brackets, and what may stand before them.
PIECES = (
    "1", "12", "123", "1234", "a", "B", "iv", "xii", "viii", "VIII", "ab", ")", "(", "]", " ", "\n", "\t",
    "\u00a0", ".", ",", "x", "中",
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_enumeration_closers_are_those_of_the_plain_scan(text: str) -> None:
    marks = sorted(at for mark in "()[]{}" for at in find_starts(text, mark))
    assert enumeration_closers(text, marks) == {match.end() - 1 for match in ENUMERATION.finditer(text)}


def test_numbered_points_close_no_bracket() -> None:
    text = "Steps: 1) register, 2) pay and iv) wait (in line)."
    marks = sorted(at for mark in "()" for at in find_starts(text, mark))
    assert sorted(enumeration_closers(text, marks)) == [8, 21, 33]
