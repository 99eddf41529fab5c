"""Clause starts: the scans led by each mark find the matches (with a word after them) of
the one scan for both marks, including those an earlier match's comma hides."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import clause_texts
from mtfix.checks.clause_start import CANDIDATE, candidates

# Marks, capitalised words, lower-case continuations and what the look-behind reads.
_MARK_PIECES = st.lists(
    st.sampled_from(
        [
            *(",", ";", ", ", "; ", ",\u00a0", " ", "  ", "\n", ")", "”", "%", "1", "."),
            *("We", "Health", "Éa", "A", "I", "we", "is", "é", "x", "ǅa", "'", "’", "-", "中", "，"),
        ]
    ),
    max_size=24,
).map("".join)


def _groups(matches):
    return [(match.span(), match.groupdict()) for match in matches]


def _assert_candidates_are_the_plain_matches(text: str) -> None:
    plain = [match for match in CANDIDATE.finditer(text) if match.group("after") is not None]
    assert _groups(candidates(text)) == _groups(plain)


@settings(max_examples=1500, deadline=None)
@given(_MARK_PIECES)
def test_mark_led_scans_give_the_plain_matches(text: str) -> None:
    _assert_candidates_are_the_plain_matches(text)


@settings(max_examples=400, deadline=None)
@given(clause_texts)
def test_mark_led_scans_give_the_plain_matches_in_clauses(text: str) -> None:
    _assert_candidates_are_the_plain_matches(text)


def test_a_comma_taken_by_an_earlier_match_starts_none() -> None:
    text = "the county;Health,Education,Sports and more, We agreed"
    assert [match.group("word") for match in candidates(text)] == ["Health", "Sports", "We"]
    _assert_candidates_are_the_plain_matches(text)
