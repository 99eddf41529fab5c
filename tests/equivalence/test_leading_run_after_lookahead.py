"""A pattern that opens with a lookahead and then a run of a few characters before a
literal (`(?=[ ]+[)])[ ]+[)]`) is anchored on the run's last character plus the literal,
as one without the lookahead is, and gives the plain scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import engine_spans, plain_spans
from mtfix.rulepack import occurrences
from mtfix.rulepack.anchors import leading_literals
from mtfix.rulepack.literal_index import LiteralIndex
from mtfix.rulepack.loader import build_rule

PATTERNS = [
    r"(?=[ \t]+[)\]])(?<=[^\s(\[])[ \t]+[)\]]",
    r"(?=[ ]{2})[ \u00a0]+,",
    r"(?=[ \t]+\.)(?<!\d)[ \t]{2,}\.",
    r"(?=\s)(?=[ ]+x)[ ]+x",
]

PIECES = [*" \t\u00a0\n()[].,x3", "  ", "a", "ab", " )", "x )", "3 ."]


def _rule_data(pattern: str) -> dict:
    return {
        "id": "probe",
        "category": "punct.spacing",
        "severity": "warning",
        "applicability": "none",
        "description": "d",
        "message": "m",
        "pattern": pattern,
        "examples": {"bad": [{"text": "a b"}, {"text": "c d"}], "good": ["x", "y"]},
    }


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_run_after_a_lookahead_gives_run_anchors(pattern):
    anchors = leading_literals(pattern)
    assert anchors is not None and anchors.run and min(map(len, anchors.literals)) == 2


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_run_anchors_after_a_lookahead_give_the_plain_scan(pieces):
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        # Every candidate list is used, however long (a short text would otherwise be scanned).
        patch.setattr(occurrences, "CHARACTERS_PER_CANDIDATE", 1)
        _assert_plain_scan(text)


def _assert_plain_scan(text: str) -> None:
    for pattern in PATTERNS:
        rule = build_rule(_rule_data(pattern), "probe.toml")
        indexed = rule.sharing(LiteralIndex.of([rule.analysis]))
        assert engine_spans(rule, text) == engine_spans(indexed, text) == plain_spans(rule, text), pattern
