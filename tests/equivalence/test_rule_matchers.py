"""Every rule's chosen matcher (gates, candidates, fallback scan) gives exactly the matches of
one plain `finditer` scan, on random texts and on the rules' own examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import RULE_PIECES
from helpers import engine_spans, pattern_checks, plain_spans

RULES = pattern_checks()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RULE_PIECES), max_size=60))
def test_every_shortcut_gives_the_plain_scan(pieces):
    text = "".join(pieces)
    for rule in RULES:
        assert engine_spans(rule, text) == plain_spans(rule, text), rule.id


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_examples_give_the_plain_scan(rule):
    texts = [bad.text for bad in rule.info.bad_examples] + list(rule.info.good_examples)
    for text in [*texts, " ".join(texts), "\n\n".join(texts) * 5]:
        assert engine_spans(rule, text) == plain_spans(rule, text)


@pytest.mark.parametrize("text", ["many doctor \ud800 said , a equipments", "\ud800"])
def test_a_text_the_automaton_cannot_take_is_searched_literal_by_literal(text):
    from mtfix.rulepack.literal_index import LiteralIndex

    assert LiteralIndex(["many "], []).find(text, False) is None
    for rule in RULES:
        assert engine_spans(rule, text) == plain_spans(rule, text), rule.id
