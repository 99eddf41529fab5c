"""The text report's windows: `advance` and `retreat` measure a first guess and correct its far
end, and give the slice that growing one character at a time gives (wide CJK characters, marks
of no width, plain ASCII, any room, either end of the line)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.report.text import advance, display_width, retreat

# One cell, two cells (CJK, full-width), no cell (combining marks), curly quotes and dashes.
_CHARACTERS = ("a", " ", ".", "市", "县", "，", "Ａ", "\u0301", "\u0308", "’", "—", "é")
_LINES = st.lists(st.sampled_from(_CHARACTERS), max_size=30).map("".join)


def _grown_forward(source: str, start: int, cells: int) -> int:
    end, used = start, 0
    while end < len(source) and used + display_width(source[end]) <= cells:
        used += display_width(source[end])
        end += 1
    return end


def _grown_backward(source: str, end: int, cells: int) -> int:
    start, used = end, 0
    while start > 0 and used + display_width(source[start - 1]) <= cells:
        used += display_width(source[start - 1])
        start -= 1
    return start


@settings(max_examples=1500, deadline=None)
@given(_LINES, st.integers(0, 30), st.integers(-3, 40))
def test_advance_gives_the_slice_grown_one_character_at_a_time(source: str, start: int, cells: int) -> None:
    start = min(start, len(source))
    assert advance(source, start, cells, plain=False) == _grown_forward(source, start, cells)


@settings(max_examples=1500, deadline=None)
@given(_LINES, st.integers(0, 30), st.integers(-3, 40))
def test_retreat_gives_the_slice_grown_one_character_at_a_time(source: str, end: int, cells: int) -> None:
    end = min(end, len(source))
    assert retreat(source, end, cells, plain=False) == _grown_backward(source, end, cells)
