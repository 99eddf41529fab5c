"""The pattern analyses on their own: anchors, required strings, deferred compilation, and
what the loader refuses."""

from __future__ import annotations

import pytest

from helpers import pattern_checks, probe_rule, probe_rule_data
from mtfix.errors import RuleError
from mtfix.rulepack.anchors import leading_literals
from mtfix.rulepack.kinds import DeferredPattern
from mtfix.rulepack.loader import build_rule
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.structure import read

RULES = pattern_checks()


def test_a_leading_run_anchors_on_its_last_character_and_the_literal():
    anchors = leading_literals(r"(?<=\w)[ \t]+,(?!\d)")
    assert anchors is not None and set(anchors.literals) == {" ,", "\t,"} and anchors.run == {" ", "\t"}


def test_a_lookahead_extends_the_literals():
    anchors = leading_literals(r"(?<![\w-])(?:a|A)(?=[ ]+[aeiou])")
    assert anchors is not None and set(anchors.literals) == {"a ", "A "}


def test_a_leading_literal_is_left_to_regex():
    assert leading_literals(r"\.(?=\p{Lu})") is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?i:big|small)[ ]+staffs\b", {" staffs"}),
        (r"(?<=despite )of\b", {"despite "}),
        (r"talk(?:ed|ing)?", {"talk"}),
    ],
)
def test_required_strings(pattern, expected):
    found = required_strings_in(read(pattern))
    assert found is not None and found[0] == frozenset(expected)


def test_patterns_compile_on_first_use():
    rule = next(check.rule for check in RULES if isinstance(check.rule.pattern, DeferredPattern))
    assert rule.pattern.pattern and rule.compiled() is rule.compiled()


@pytest.mark.parametrize("pattern", [r"(unclosed", r"\p{NoSuchProperty}x", r"(?&missing)", r"a{2,1}"])
def test_a_bad_pattern_is_still_refused_at_load(pattern):
    with pytest.raises(RuleError, match="bad pattern"):
        probe_rule(pattern)


def test_an_unknown_prefilter_is_refused_at_load():
    with pytest.raises(RuleError, match="prefilter: 'no-such' is not one of the choices"):
        build_rule({**probe_rule_data(r"\b(\w+) \1"), "prefilter": "no-such"}, "probe.toml")
