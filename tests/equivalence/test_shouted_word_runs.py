"""Words in capitals (`capitalised-common-word-in-caps`): the candidates tried at runs of
capitals are the matches of the plain scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.shouted_word import CANDIDATE, candidates

# Capitals of several lengths and kinds, lower-case words, joiners, marks and spaces.
CAPS_PIECES = (
    "TUBERCULOSIS", "HEALTH", "AIDS", "ÉCOLES", "A", "of ", "x, ", "é\u00a0", "end", " end", "'s", "’", "-",
    "1", ",", ";", ".", '"', "”", ")", " ", "\n", "中",
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(CAPS_PIECES), max_size=16).map("".join))
def test_candidates_are_the_matches_of_the_plain_scan(text: str) -> None:
    assert [match.span() for match in candidates(text)] == [
        match.span() for match in CANDIDATE.finditer(text)
    ]


def test_a_word_in_capitals_mid_sentence_is_a_candidate() -> None:
    text = "Staff explained basic knowledge of TUBERCULOSIS, preventive measures."
    assert [match.group("word") for match in candidates(text)] == ["TUBERCULOSIS"]


def test_capitals_beyond_ascii_are_candidates_too() -> None:
    """A text with a capital outside ASCII is scanned for every capital, not only A-Z."""
    for text in ("They spoke of ÉCOLES, then left.", "the ÉTUDIANTS and the STUDENTS; ok", "x, ÀBCDEF."):
        assert [match.span() for match in candidates(text)] == [
            match.span() for match in CANDIDATE.finditer(text)
        ], text
