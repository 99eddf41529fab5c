"""Line starts (`lowercase-line-start`, `lowercase-page`): judging only the line starts not
capitalised, and the capitalised ones only when such a start is there to weigh, gives
what one walk judging every line start gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.line_start import (
    continues_display,
    is_code_like,
    is_hard_wrapped,
    line_at,
    line_start_style,
    line_style,
    line_words,
    starts_sentence,
    style_settled,
)

# Lower-case and capitalised line words, labels, code, sentence ends, long lines and breaks.
STYLE_PIECES = (
    "address:", "the staff came", "It ended", "The ward reopened.", "npm install", "x = 1", "ǅa", "中文",
    " and a long line of text that goes on well past the length of any short label", ",", ".", ":", "—",
    "  ", "\t", "\n", "\n", "\n\n",
)  # fmt: skip


def flaggable(start: int, end: int, word: str) -> bool:
    return word not in ("npm", "x")  # a stand-in for the lexicon and the protected spans


def plain_line_start_style(text: str) -> tuple[list[int], int]:
    """The walk the check made before: every line start judged in full."""
    lower: list[int] = []
    capitalised = 0
    wrapped = is_hard_wrapped(text)
    for line_start, start, end, word in line_words(text):
        if not starts_sentence(text, line_start, wrapped) or is_code_like(line_at(text, start)):
            continue
        if word[0].islower() and continues_display(text, line_start, end):
            continue
        if word[0].isupper():
            capitalised += 1
        elif flaggable(start, end, word):
            lower.append(start)
    return (lower, capitalised) if lower else ([], 0)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(STYLE_PIECES), max_size=14).map("".join))
def test_line_start_style_is_the_plain_walk(text: str) -> None:
    assert line_start_style(text, flaggable) == plain_line_start_style(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(STYLE_PIECES), max_size=24).map("".join))
def test_a_count_ended_once_settled_gives_the_style_of_the_whole_count(text: str) -> None:
    lower, capitalised = line_start_style(text, flaggable, style_settled)
    plain_lower, plain_capitalised = plain_line_start_style(text)
    assert lower == plain_lower
    if lower:
        style = line_style(len(lower), capitalised)
        assert style == line_style(len(plain_lower), plain_capitalised)
        if style != "capitalised":
            assert capitalised == plain_capitalised  # the page rule's message gives the count


def test_the_count_ends_once_the_style_is_settled() -> None:
    text = "the staff came\n" + "The ward reopened.\n" * 10
    assert line_start_style(text, flaggable) == ([0], 10)
    assert line_start_style(text, flaggable, style_settled) == ([0], 3)


def test_a_lower_case_label_is_weighed_against_the_capitalised_starts() -> None:
    text = "Home\n\naddress: Laoshan\n\nThe county met.\n\nIt ended."
    assert line_start_style(text, flaggable) == ([6], 3)
