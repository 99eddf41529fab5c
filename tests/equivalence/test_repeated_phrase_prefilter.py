"""The repeated-phrase prefilter (`doubled-capitalised-word`: a word or a two-word name said
twice) gives the plain scan, with and without a run's memory."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_run_finds_the_plain_scan, engine_spans, pattern_checks, plain_spans

RULES = pattern_checks()
PHRASES = [rule for rule in RULES if rule.rule.prefilter == "repeated-phrase"]

# Capitalised names and their joins: hyphens, apostrophes, possessives, other scripts and
# cases, letter numbers (which send the text to the plain scan) and what may touch a word.
PIECES = [
    *("Spring", "Festival", "Central", "Hospital", "Hospitals", "Suining", "Li", "Lele", "spring"),
    *("Xi-Spring", "O'Spring", "Festival's", "Festival’s", "Festival-goers", "FESTIVAL", "Ångström"),
    *("Hospitalé", "Éxpo", "\u2161", "\u0301", "\u4e2d", "3", "_"),
    *(" ", " ", " ", "  ", "\u00a0", "\n", ",", ".", "-", "'"),
]


def test_the_doubled_capitalised_word_rule_declares_the_prefilter():
    assert [rule.id for rule in PHRASES] == ["doubled-capitalised-word"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_repeated_phrase_candidates_give_the_plain_scan(pieces):
    text = "".join(pieces)
    for rule in PHRASES:
        assert engine_spans(rule, text) == plain_spans(rule, text), rule.id


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), max_size=4))
def test_repeated_phrase_candidates_with_a_run_memory_give_the_plain_scan(texts):
    assert_run_finds_the_plain_scan(PHRASES, texts)


# A phrase said twice, its first word joined to what comes before and its last to what
# follows, so that the phrase's runs are parts of longer words.
_NAMES = st.sampled_from(["Spring", "Festival", "Central", "Hospital", "Li", "Lele", "Éxpo"])
_BEFORE = st.sampled_from(["", " ", "Xi-", "O'", "the ", "3", "\u4e2d", ", "])
_AFTER = st.sampled_from(["", " ", "'s", "’s", "-goers", "s", ".", "\u0301", " show"])
_GAP = st.sampled_from([" ", " ", " ", "  ", "\u00a0"])


@settings(max_examples=800, deadline=None)
@given(_BEFORE, _NAMES, _GAP, _NAMES, _GAP, _NAMES, _GAP, _NAMES, _AFTER)
def test_phrases_said_twice_give_the_plain_scan(before, a, gap1, b, gap2, c, gap3, d, after):
    text = f"{before}{a}{gap1}{b}{gap2}{c}{gap3}{d}{after}"
    for rule in PHRASES:
        assert engine_spans(rule, text) == plain_spans(rule, text), rule.id


@pytest.mark.parametrize(
    "text",
    [
        "He works at Suining Central Hospital Hospital in the city.",
        "The Spring Festival Spring Festival gala.",
        "The Xi-Spring Festival Spring Festival show.",
        "O'Spring Festival Spring Festival came.",
        "Spring Festival Spring Festival-goers came.",
        "Spring Festival Spring Festival's gala and Spring Festival  Spring Festival",
        "Spring Festival Spring Festivals and Spring Festival\u00a0Spring Festival",
        "Central Hospital Hospitalé and Ångström Hospital Hospital",
        "Li Lele Li Lele and Spring \u2161 Spring \u2161",
    ],
)
def test_repeated_phrase_edge_cases_give_the_plain_scan(text):
    for rule in PHRASES:
        assert engine_spans(rule, text) == plain_spans(rule, text)
