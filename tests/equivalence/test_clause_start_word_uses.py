"""Clause starts (`capitalised-clause-start`): a word's capitalised uses after a lower-case
word, counted at its `str.find` hits, are the matches of the plain scan of its pattern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.clause_start import capitalised_mid_sentence, mid_sentence_pattern

# Capitalised words (some the start of others), lower-case words with the space after them,
# joiners, and other marks and spaces.
WORDS = ("We", "You", "A", "É", "İs")
USE_PIECES = (
    *WORDS, "Wee", "Young", "Aa", "Éé", "we ", "if\u00a0", "é ", "x", "1", "'", "’", "-", ",", ".", " ", "  ",
    "\n", "中",
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(USE_PIECES), max_size=16).map("".join),
    st.sampled_from(WORDS),
    st.integers(min_value=0, max_value=4),
)
def test_uses_counted_at_hits_are_the_plain_matches(text: str, word: str, times: int) -> None:
    matches = len(list(mid_sentence_pattern(word).finditer(text)))
    assert capitalised_mid_sentence(text, word, times) == (matches >= times)


def test_a_defined_term_is_used_three_times() -> None:
    text = "If You agree, You may copy it; the licence gives You the right. if You sue, We stop"
    assert capitalised_mid_sentence(text, "You", 3)
    assert not capitalised_mid_sentence(text, "We", 1)
