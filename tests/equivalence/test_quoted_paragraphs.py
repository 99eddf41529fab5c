"""Quote pairing: the paragraphs found from the quoted lines alone are those of the walk
over every line (with whether the next paragraph opens with a quote)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.quotes import quoted_paragraphs, quoted_paragraphs_plain
from mtfix.text import find_starts

_LONG = "The county hospital opened a new ward for the elderly in the town"  # runs on (over 50)
# Line pieces: quotes, words, paragraph-ending marks, blanks and line breaks of every kind.
_PIECES = st.sampled_from(
    [
        *('"', "“", "”", "'", "’", _LONG, "said", "we", "Li Wei", ".", ":", ")", "!", ";", ","),
        *(" ", "  ", "\t", "\u00a0", "\u3000", "\n", "\n", "\n\n", "\r\n", "\r", "\u2028", "\x0c", "\x85"),
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _quotes(text: str) -> list[int]:
    return sorted(at for mark in '"“”' for at in find_starts(text, mark))


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_quoted_paragraphs_are_those_of_the_walk_over_every_line(text: str) -> None:
    quotes = _quotes(text)
    for wrapped in (False, True):
        assert quoted_paragraphs(text, quotes, wrapped) == quoted_paragraphs_plain(text, quotes, wrapped)


def test_a_paragraph_running_on_is_found_whole() -> None:
    text = f"Title\n\n{_LONG}\n“We will go on” {_LONG}\nShort.\n\n“Next one.\n"
    quotes = _quotes(text)
    found = quoted_paragraphs(text, quotes, False)
    assert found == quoted_paragraphs_plain(text, quotes, False)
    assert [text[start:end] for start, end, _ in found] == [
        f"{_LONG}\n“We will go on” {_LONG}\nShort.",
        "“Next one.",
    ]
