"""Mid-sentence capitals: the candidate scan finds what the full scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import clause_texts as texts
from helpers import capital_candidates
from mtfix.checks import midsentence_capital

# Short texts dense in what the scan's look-behind reads: lower-case runs with inner
# apostrophes and hyphens, what may stand before them, and capitalised words after them.
_NEAR_CAPITALS = st.lists(
    st.sampled_from(
        [
            *("well-known", "x'", "’", "-", "'", "a", "vice", "Center", "President", "Town", "He"),
            *("Éa", "éa", "ǅa", "ªb", "1", ".", " ", " ", "\u00a0", "\n"),
        ]
    ),
    max_size=12,
).map("".join)


def _assert_candidates_are_those_of_the_full_scan(text: str) -> None:
    pattern = midsentence_capital.CANDIDATE
    expected = [match.span("word") for match in pattern.finditer(text)]
    assert capital_candidates(text, {text[start:end] for start, end in expected}) == expected


@settings(max_examples=400, deadline=None)
@given(texts)
def test_capital_candidates_are_those_of_the_full_scan(text):
    _assert_candidates_are_those_of_the_full_scan(text)


@settings(max_examples=600, deadline=None)
@given(_NEAR_CAPITALS)
def test_capital_candidates_after_joined_words_are_those_of_the_full_scan(text):
    _assert_candidates_are_those_of_the_full_scan(text)
