"""Spelling (`possible-typo`): words whose every piece is known are passed over before any
verdict is asked (`known_pieces`); the typos found are still those of a walk over every
token, which asks for each."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equivalence.test_spelling_scans import assert_typos_as_a_walk
from mtfix.checks import spelling
from mtfix.context import Resources
from mtfix.lexicon import lexicon

# Known words and pieces, typos alone and inside compounds, names, joiners and spaces.
WORD_PIECES = (
    "the", "hospital", "well", "known", "tech", "Hih", "hih", "presened", "Presened", "committe", "Huicheng",
    "nurse", "Xi'an", "people’s", "-", "'", "’", " ", " ", ", ", ". ",
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=16).map("".join))
def test_typos_past_known_words_are_those_of_the_walk(checks, resources: Resources, text: str) -> None:
    assert_typos_as_a_walk(checks["spelling"], resources, text)


def test_a_compound_with_a_typo_has_an_unknown_piece(resources: Resources) -> None:
    words = lexicon(resources)
    assert spelling.known_pieces("well-known", words)
    assert not spelling.known_pieces("Hih-tech", words)
