"""The repeated-word prefilter (`doubled-word`) gives the plain scan, with and without a run's memory."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_run_finds_the_plain_scan, engine_spans, pattern_checks, plain_spans

RULES = pattern_checks()


WORD_PIECES = [
    *" \u00a0-'’.,3_",
    "the",
    "The",
    "THE",
    "s",
    "S",
    "an",
    "Xi'an",
    "well",
    "known",
    "Known",
    "ok",
    "o\u212a",
    "\u017fo",
    "so",
    "\u0130t",
    "it",
    "caf\u00e9",
    "CAF\u00c9",
    "\u2161",
    "\u2171",
    "\u0301",
    "\u4e2d",
]


REPEATED = [rule for rule in RULES if rule.rule.prefilter == "repeated-word"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=40))
def test_repeated_word_candidates_give_the_plain_scan(pieces):
    text = "".join(pieces)
    for rule in REPEATED:
        assert engine_spans(rule, text) == plain_spans(rule, text), rule.id


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORD_PIECES), max_size=20).map("".join), max_size=4))
def test_repeated_word_candidates_with_a_run_memory_give_the_plain_scan(texts):
    assert_run_finds_the_plain_scan(REPEATED, texts)


def test_the_doubled_word_rules_declare_their_prefilter():
    assert sorted(rule.id for rule in REPEATED) == ["doubled-function-word-across-lines", "doubled-word"]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital in Xi'an's s district opened.",
        "Zhang’s s plan",
        "a well-known known expert and the the-best plan",
        "the The THE the",
        "ok o\u212a and \u017fo so and it \u0130t",
        "caf\u00e9 caf\u00e9 and CAF\u00c9 caf\u00e9",
        "chapter \u2161 \u2171 and the\u2161 the\u2171, a\u2161b a\u2171b",
        "3the the 3 the the_ the",
        "\u4e2d the the\u4e2d the",
    ],
)
def test_repeated_word_edge_cases_give_the_plain_scan(text):
    for rule in REPEATED:
        assert engine_spans(rule, text) == plain_spans(rule, text)
