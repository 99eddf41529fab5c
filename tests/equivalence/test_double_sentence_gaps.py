"""Sentence gaps (`sentence-spacing`): the gaps of two spaces found from their spaces are
the two-space matches of the plain sentence-gap scan (no such gap, no finding)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.sentence_spacing import GAP, double_gaps

# Sentence ends, closing marks, runs of spaces and what may open the next sentence.
GAP_PIECES = (
    "end", "It", "É", "x", "1", ".", "..", "!", "?", '"', "'", "”", "’", ")", "]", "“", "(", "[", "*",
    " ", "  ", "   ", "\t", "\n", "\u00a0", "中",
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(GAP_PIECES), max_size=16).map("".join))
def test_double_gaps_are_the_two_space_matches_of_the_plain_scan(text: str) -> None:
    expected = [match.start(1) for match in GAP.finditer(text) if len(match.group(1)) == 2]
    assert list(double_gaps(text)) == expected


def test_a_double_gap_after_a_sentence_is_found() -> None:
    text = "The plan works.  The county agreed. It starts soon."
    assert list(double_gaps(text)) == [15]
