"""Unclosed quotations (`unclosed-quote`): the final word found at the start of the last
run of non-spaces is the one the plain search of the quotation finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.quotes import FINAL_WORD, final_word

# Words, the marks that may end a sentence, digits and the spaces of every kind.
FINAL_PIECES = (
    "we",
    "Li",
    "é",
    "中",
    "2",
    ".",
    "!",
    "?",
    "...",
    ",",
    '"',
    "“",
    " ",
    "\t",
    "\u00a0",
    "\u3000",
    "\x1c",
    "\n",
)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(FINAL_PIECES), max_size=14).map("".join),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_final_word_is_the_plain_search(text: str, start: int, end: int) -> None:
    found = final_word(text, start, end)
    expected = FINAL_WORD.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


def test_the_last_word_of_an_unclosed_quotation_is_found() -> None:
    text = "“The ward will open soon. We are ready."
    found = final_word(text, 1, len(text))
    assert found is not None and found.group() == "ready."
