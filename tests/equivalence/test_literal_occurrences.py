"""Literal occurrences: the Aho-Corasick index gives the offsets of `str.find`, and a large
required set is held exactly when one of its strings occurs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import RULE_PIECES
from helpers import pattern_checks
from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document

RULES = pattern_checks()


MANY_STRINGS = frozenset({"of The", "in The", "to The", "at The", "by The", "and The", "or\u00a0The", "xyz"})


HELD_PIECES = [*" \u00a0", "of", "in", "to", "and", "The", "the", "xyz", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(HELD_PIECES), max_size=30))
def test_a_large_required_set_is_held_exactly_when_one_string_occurs(pieces):
    from mtfix.rulepack.occurrences import Occurrences

    text = "".join(pieces)
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    occurrences = Occurrences(context)
    assert occurrences.holds_any(MANY_STRINGS, False) == any(string in text for string in MANY_STRINGS)


INDEX_PIECES = [*RULE_PIECES, "aa", "\U0001f600", "\u4e2d", "é", "of The", "  "]


INDEXED = [
    "aa",
    "aaa",
    "a ",
    "an ",
    "An\u00a0",
    " ,",
    "of The",
    "The",
    "the",
    "\U0001f600a",
    "\u4e2d ",
    "é",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(INDEX_PIECES), max_size=60))
def test_the_literal_index_gives_the_offsets_of_str_find(pieces):
    from mtfix.rulepack.anchors import find_all
    from mtfix.rulepack.literal_index import LiteralIndex

    text = "".join(pieces)
    index = LiteralIndex(INDEXED, [literal.lower() for literal in INDEXED])
    assert "x" not in index.exact  # one character: left to `str.find`
    for folded, searched in ((False, text), (True, text.lower())):
        found = index.find(searched, folded)
        assert found is not None
        for literal in index.literals(folded):
            assert found.get(literal, []) == find_all(searched, literal, len(searched)), literal


def test_rules_loaded_together_share_one_literal_index():
    indexes = {id(rule.index) for rule in RULES}
    assert len(indexes) == 1 and RULES[0].index is not None
