"""Line starts (`lowercase-line-start`): the first words found after each line break are
the matches of the plain multi-line scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.line_start import LINE_WORD, line_words

# Line breaks of every kind, indentation, lower-case and capitalised words, and the marks
# that may or may not end a line's first word.
LINE_PIECES = (
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\x85",
    " ",
    "\t",
    "\u00a0",
    "\u3000",
    "address",
    "the",
    "It",
    "x'",
    "’s",
    "-",
    ":",
    ",",
    ".",
    "1",
    "é",
    "É",
    "中",
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=16).map("".join))
def test_line_words_are_the_matches_of_the_plain_scan(text: str) -> None:
    expected = [
        (match.start(), match.start("word"), match.end("word"), match.group("word"))
        for match in LINE_WORD.finditer(text)
    ]
    assert list(line_words(text)) == expected


def test_a_lower_case_label_line_is_found() -> None:
    text = "Home > News\n  location: Home\nThe county met."
    assert [word for _, _, _, word in line_words(text)] == ["Home", "location", "The"]
