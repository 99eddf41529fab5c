"""Column lines (`sentence-spacing`'s layout test): tried only on lines holding a double space
or a tab, they are the matches of the plain multi-line scan; and the sentence-gap pattern,
which now looks behind only at spaces, finds what the pattern without that guard found."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.sentence_spacing import COLUMNS, GAP, column_lines

LAYOUT_PIECES = (
    "beds",
    "Ceheng",
    "120",
    " ",
    "  ",
    "   ",
    "\t",
    "\n",
    ".",
    "!",
    "?",
    "”",
    ")",
    '"',
    "“",
    "*",
    "x",
)

# The gap pattern as it was before the guard was added.
UNGUARDED_GAP = regex.compile(r"(?<=[^\s.][.!?][\"'”’)\]]?)( {1,2})(?=\p{Lu}|[\"'“‘(\[*]+\w)")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LAYOUT_PIECES), max_size=30).map("".join))
def test_column_lines_are_the_scanned_matches(text: str) -> None:
    assert column_lines(text) == [match.span() for match in COLUMNS.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LAYOUT_PIECES), max_size=30).map("".join))
def test_guarded_gap_finds_the_unguarded_matches(text: str) -> None:
    assert [m.span(1) for m in GAP.finditer(text)] == [m.span(1) for m in UNGUARDED_GAP.finditer(text)]


def test_a_table_line_is_a_column_and_prose_is_not() -> None:
    text = "The county hospital has 120 beds.\nname      beds  nurses\nCeheng    120   45"
    assert [text[start:end] for start, end in column_lines(text)] == [
        "name      beds  nurses",
        "Ceheng    120   45",
    ]
