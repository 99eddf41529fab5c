"""A pattern whose attempt must follow a lookbehind's literal tail, tried only just after
where that tail occurs (`Anchors.behind`), gives the plain scan; so does a leading
alternation whose branches are anchored that way, or on their own leading run."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_candidates_give_the_plain_scan, probe_rule
from mtfix.rulepack.anchors import leading_literals

BEHIND = [
    r"(?<=(?:^|[\s(])')[ \u00a0]+(?=\p{L})",
    r"(?<=\b(?:of|in)[ ])(?:the|a)[ ]+\p{Lu}",
    r"(?<=ab|c)[xy]+",
    r"(?<=a(?:bc)?)[xy]",
    r"(?i)(?<=Ab)[xy]",
    r"(?<=\w)(?<=ab\b)[ \t]+\w",
    r"(?<=x{2})[ay]",
    r"(?=[xy]z)(?<=q)\w",
    r"(?<=\b(?:1[5-9]|20)\d0)[ \u00a0]+s(?![\p{L}\d'’])",  # preferred to a leading run's as long
]
# A tail ends at the first element read backwards that is not exact (`b+`: only `b` known).
OTHERS = [
    r"(?<=ab+)[ y]",
    r"(?<=c(?:ab)+)[ y]",
    r"‘[ ]+(?=\p{L})|(?<=\p{L})[ ]+’|(?<=(?:^|\s)')[ ]+(?=\p{L}[^'\n]{0,9}')",
]

PIECES = [*" \u00a0\t\n(’‘'-.", "a", "A", "ab", "Ab", "AB", "bc", "c", "x", "y", "xx", "q", "z", "of", "in"]
PIECES += ["the", "b", "bb", "cab", "abab"]
PIECES += ["The", "Xi", "K", "\u0130", "\u017f", "1990", "2020", "0", "s", " s", "  s", "1980 s"]


@pytest.mark.parametrize("pattern", BEHIND)
def test_a_leading_lookbehind_gives_anchors_behind_the_attempt(pattern):
    anchors = leading_literals(pattern)
    assert anchors is not None and anchors.behind > 0


def test_branches_anchored_on_their_own_are_read_branch_by_branch():
    branches = probe_rule(OTHERS[-1]).analysis.branches
    assert branches is not None
    assert [branch.anchors.behind for branch in branches] == [0, 0, 1]  # type: ignore[union-attr]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_lookbehind_anchors_give_the_plain_scan(pieces):
    assert_candidates_give_the_plain_scan(BEHIND + OTHERS, "".join(pieces))
