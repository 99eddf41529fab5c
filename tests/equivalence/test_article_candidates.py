"""`a` before a vowel-sound `u` word (`a-before-vowel-sound-u`): the candidates tried where
an `a` meets spaces and a `u` are the matches of the plain scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.article_sound import CANDIDATE, candidates

# The article, `u` words, the labels before a letter `a`, joiners and spaces.
ARTICLE_PIECES = (
    "a", " a ", " a\u00a0", "a  ", "A", "upgraded", "unit", "u", "uS", "u(", "u1", "type", "Plan", "vitamin",
    "x", ".", "'", "’", "&", "/", "-", "<", "_", "1", " ", "  ", "\u00a0", "\t", "\n", "é",
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(ARTICLE_PIECES), max_size=16).map("".join))
def test_candidates_are_the_matches_of_the_plain_scan(text: str) -> None:
    assert [match.span() for match in candidates(text)] == [
        match.span() for match in CANDIDATE.finditer(text)
    ]


def test_an_article_before_a_u_word_is_a_candidate_and_a_label_is_not() -> None:
    text = "The town built a upgraded clinic of type a unit."
    assert [match.group("word") for match in candidates(text)] == ["upgraded"]
