"""A pattern that opens with a lookahead and then a run of a few characters before a
literal (`(?=[ ]+[)])[ ]+[)]`) is anchored on the run's last character plus the literal,
as one without the lookahead is, and gives the plain scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_candidates_give_the_plain_scan
from mtfix.rulepack.anchors import leading_literals

PATTERNS = [
    r"(?=[ \t]+[)\]])(?<=[^\s(\[])[ \t]+[)\]]",
    r"(?=[ ]{2})[ \u00a0]+,",
    r"(?=[ \t]+\.)(?<!\d)[ \t]{2,}\.",
    r"(?=\s)(?=[ ]+x)[ ]+x",
]

PIECES = [*" \t\u00a0\n()[].,x3", "  ", "a", "ab", " )", "x )", "3 ."]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_run_after_a_lookahead_gives_run_anchors(pattern):
    anchors = leading_literals(pattern)
    assert anchors is not None and anchors.run and min(map(len, anchors.literals)) == 2


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_run_anchors_after_a_lookahead_give_the_plain_scan(pieces):
    assert_candidates_give_the_plain_scan(PATTERNS, "".join(pieces))
