"""Glossary renderings: where an anchor occurs, its renderings looked up one length at a time
(longest first) end the match where comparing them one by one, longest first, ends it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from equivalence.test_glossary_anchor_automaton import TEXTS
from helpers import context_of
from mtfix.checks.glossary_terms import Renderings
from mtfix.context import Resources
from mtfix.names.glossary import GlossaryEntry, glossary


@pytest.fixture(scope="module")
def pair(resources: Resources) -> tuple[Renderings, Renderings]:
    """The renderings, and the same compared one by one (no lengths to look up)."""
    plain = Renderings.of(glossary(resources))
    plain.ascii_lengths.clear()
    return Renderings.of(glossary(resources)), plain


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS)
@example("People’s Daily and the people's daily, all people Xinhua News Agency staff")
def test_lengths_looked_up_end_matches_as_compared_one_by_one(
    pair: tuple[Renderings, Renderings], resources: Resources, text: str
) -> None:
    fast, plain = pair
    context = context_of(text, resources)
    words = context.words.distinct
    assert list(fast.spans(text, context.folded_text, words)) == list(
        plain.spans(text, context.folded_text, words)
    )


# Renderings of one anchor and one length, one a prefix of another, and one past ASCII (its
# anchor compared one by one).
SMALL_TABLE = {
    key: GlossaryEntry("", key.title(), (key,))
    for key in ("health bureau", "health office", "health bureau of", "health", "health's", "bureau café")
}
SMALL_PIECES = ("health", "Health", "bureau", "office", "of", "'s", "’s", "café", " ", "-", ".", "x")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SMALL_PIECES), max_size=12).map("".join))
def test_lengths_on_a_small_table(resources: Resources, text: str) -> None:
    fast, plain = Renderings(SMALL_TABLE), Renderings(SMALL_TABLE)
    plain.ascii_lengths.clear()
    context = context_of(text, resources)
    words = context.words.distinct
    assert list(fast.spans(text, context.folded_text, words)) == list(
        plain.spans(text, context.folded_text, words)
    )
    assert list(fast.spans(text, context.folded_text, words)) == [
        match.span() for match in fast.full_pattern().finditer(text)
    ]
