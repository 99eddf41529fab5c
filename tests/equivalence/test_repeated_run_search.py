"""The repeated-word prefilter's search for paired runs (`repeated.run_starts`: a small
pattern per run) finds every position where the single alternation it replaces matches,
so it holds every start that alternation's scan gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.rulepack.repeated import run_starts

PIECES = [*" \u00a0\n\t-'’.,", "s", "S", "the", "The", "in", "tin", "an", "Xi"]
PIECES += ["caf\u00e9", "CAF\u00c9", "\u4e2d"]
RUNS = ["s", "S", "the", "The", "in", "an", "Xi", "caf\u00e9", "CAF\u00c9"]


def alternation(following: dict[str, set[str]]) -> re.Pattern[str]:
    """The one pattern the prefilter used to build: each run followed by whitespace and a
    run it maps to, and the `s` after an apostrophe for a following `s` or non-ASCII run."""
    alternatives: set[str] = set()
    for last, firsts in following.items():
        for first in firsts:
            ahead = rf"(?=\s+{re.escape(first)})"
            alternatives.add(re.escape(last) + ahead)
            if first.lower() == "s" or not first.isascii():
                alternatives.add(r"(?<=['’])[sS]" + ahead)
    return re.compile("|".join(sorted(alternatives)))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.dictionaries(
        st.sampled_from(RUNS), st.sets(st.sampled_from(RUNS), min_size=1), min_size=1, max_size=4
    ),
)
def test_paired_runs_are_found_wherever_the_alternation_matches(text, following):
    pattern = alternation(following)
    found = run_starts(text, following)
    assert found == [position for position in range(len(text) + 1) if pattern.match(text, position)]
    assert {match.start() for match in pattern.finditer(text)} <= set(found)


def test_a_possessive_s_before_a_paired_run_is_found():
    text = "Zhang’s s plan and Li's S"
    assert run_starts(text, {"zz": {"s", "S"}}) == [6, 22]
