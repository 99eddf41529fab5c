"""Line starts: a text without carriage returns, scanned for line feeds alone, starts its
lines where the scan for every kind of line break says (CRLF, CR and LF)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.document import Document

_BREAKS = re.compile(r"\r\n|\r|\n")
PIECES = ("The plan", " ", "县", "\n", "\r\n", "\r", "\n\n", "\u2028", "\x0b", "\x0c", "\x85", ".")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_line_starts_are_those_of_every_line_break(text: str) -> None:
    assert Document(text).line_starts == [0, *(match.end() for match in _BREAKS.finditer(text))]


def test_lines_of_a_text_with_line_feeds_only() -> None:
    document = Document("First line.\nSecond line.\n\nFourth.")
    assert document.line_starts == [0, 12, 25, 26]
    assert document.line_text(2) == "Second line."
