"""A rule's shape (what the text looks like where a match starts) admits every position the
pattern matches at, and its compiled matcher admits what the step-by-step test admits."""

from __future__ import annotations

import string

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import RULE_PIECES
from helpers import pattern_checks
from mtfix.rulepack.shape import EXTRA_CASES, Shape, Step

RULES = pattern_checks()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RULE_PIECES), max_size=40))
def test_a_shape_admits_every_position_the_pattern_matches_at(pieces):
    text = "".join(pieces)
    for rule in RULES:
        shape = rule.analysis.shape
        if shape is None:
            continue
        match_at = rule.rule.compiled().match
        for position in range(len(text) + 1):
            if match_at(text, position) is not None:
                assert shape.admits(text, position), (rule.id, position)


SHAPES = [rule.analysis.shape for rule in RULES if rule.analysis.shape is not None] + [
    branch.shape for rule in RULES for branch in rule.analysis.branches or () if branch.shape is not None
]


SHAPES += [
    Shape((Step(frozenset("ab")), Step(None), Step(frozenset(" \n"), 0, run=True), Step(frozenset("-]^\\")))),
    Shape((Step(frozenset("a")), Step(frozenset()))),
    Shape((Step(frozenset(" "), 2, run=True),)),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*RULE_PIECES, "\n", "-", "]", "^", "\\", "ab", "a\n-"]), max_size=40))
def test_a_shape_admits_the_same_positions_through_its_compiled_matcher(pieces):
    text = "".join(pieces)
    positions = range(len(text) + 2)
    for shape in SHAPES:
        assert shape.admitted(text, positions) == [p for p in positions if shape.admits(text, p)], shape


def test_a_shape_drops_an_article_before_a_consonant():
    rule = next(rule for rule in RULES if rule.id == "a-before-vowel")
    shape = rule.analysis.shape
    assert shape is not None
    text = "a  building and a  orphanage"
    assert shape.admitted(text, [0, 16]) == [16]


def test_case_variants_are_those_regex_folds():
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter in string.ascii_lowercase:
        folded = set(regex.findall(f"(?i){letter}", every))
        assert folded == {letter, letter.upper(), *EXTRA_CASES.get(letter, "")}, letter
