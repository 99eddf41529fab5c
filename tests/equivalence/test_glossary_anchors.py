"""Glossary anchors: kept in one pass over each first word's sorted literals, they are the
literals no other literal begins, and each rendering's anchor is the kept literal that begins
it, as comparing every literal with every shorter one finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.checks.glossary_terms import FIRST_WORD, LITERAL_START, rendering_anchors

KEY_PIECES = (
    "health",
    "health ",
    "health ",
    "healthy",
    "he",
    "people",
    "people's",
    " ",
    "and",
    "a",
    "1",
    "-",
    "é",
    "bureau",
)
KEYS = st.sets(st.lists(st.sampled_from(KEY_PIECES), min_size=1, max_size=5).map("".join), max_size=20)


def _plain(keys: list[str]) -> tuple[dict[str, set[str]], dict[str, str]] | None:
    """Each literal compared with every shorter one of its first word."""
    grouped: dict[str, set[str]] = {}
    for key in keys:
        literal, first = LITERAL_START.match(key), FIRST_WORD.match(key)
        if literal is None or first is None:
            return None
        grouped.setdefault(first.group(), set()).add(literal.group())
    kept = {
        first: {
            literal
            for literal in literals
            if not any(literal.startswith(other) for other in literals - {literal})
        }
        for first, literals in grouped.items()
    }
    anchor_of = {}
    for key in keys:
        group = kept[FIRST_WORD.match(key).group()]  # type: ignore[union-attr]
        (anchor_of[key],) = [anchor for anchor in group if key.startswith(anchor)]
    return kept, anchor_of


@settings(max_examples=1000, deadline=None)
@given(KEYS)
@example({"health", "health and", "healthy", "health bureau", "he", "people", "people's"})
@example({"health and", "health bureau", "health bureau and"})
def test_anchors_in_one_pass_equal_the_plain_comparison(keys: set[str]) -> None:
    found, plain = rendering_anchors(sorted(keys)), _plain(sorted(keys))
    if plain is None:
        assert found is None
        return
    assert found is not None
    anchors, anchor_of = found
    assert {first: set(group) for first, group in anchors.items()} == plain[0]
    assert all(list(group) == sorted(group, key=len) for group in anchors.values())
    assert anchor_of == plain[1]
