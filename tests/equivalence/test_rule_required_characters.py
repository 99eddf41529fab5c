"""Required characters: a rule skips only documents it cannot match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import pattern_checks
from mtfix.rulepack.literals import required_characters


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r",(?:\s*,)+", {","}),
        (r"(?<=[\p{Latin}\d)\]])[ \t]+,(?!\d)", {","}),
        (r"(?P<open>\()[ \t]+|[ \t]+(?P<close>\))", {"(", ")"}),
        (r"(?<=\p{L})(?: >(?=\p{L})|>(?<!<[^<>\n]{0,40}>) (?=\p{L}))", {">"}),
        (r"[，。：]+", {"，", "。", "："}),
        (r"(?i)k;", {";"}),
        (r"(?i:ab)c", {"c"}),
        (r"\\p{x}", {"\\"}),
        (r"x{0,3}y", {"y"}),
    ],
)
def test_required_characters(pattern, expected):
    assert required_characters(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [r"a?b*", r"\p{Han}+", r"[[:alpha:]]", r"(?i)k", r"[^,]+", r"\w+", r"(?<name>x)", r"(?:,|\s)", r"a|"],
)
def test_no_prefilter_when_unsure(pattern):
    assert required_characters(pattern) is None


CHARACTERS = "aAkKtT .,;:!?()[]<>\"'“”‘’，。：；！？（）、\u3000\u00a0\t\n0123河-&@/"


ALPHABET = [*CHARACTERS, "the", "The", "www."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40))
def test_prefilter_never_skips_a_text_a_rule_matches(linter, pieces):
    text = "".join(pieces)
    for rule in pattern_checks(linter):
        required = rule.analysis.required
        if required is not None and rule.rule.pattern.search(text):
            assert any(character in text for character in required), rule.id


def test_every_rule_with_a_prefilter_still_flags_its_bad_examples(linter):
    for rule in pattern_checks(linter):
        required = rule.analysis.required
        for bad in rule.info.bad_examples:
            if rule.rule.pattern.search(bad.text):
                assert required is None or any(c in bad.text for c in required), rule.id
