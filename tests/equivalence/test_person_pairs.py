"""Person names: the word pairs tried only around the wanted words (given names) are the pairs
of the plain overlapped scan that hold a wanted word, for both pair patterns."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.names.persons import MEANING_PAIRS, PERSON_PAIRS, PairScan

# Given names, surnames, English words and the marks the pair patterns look at on either side;
# characters outside ASCII shift offsets, and a lone surrogate is no UTF-8 (no automaton).
PAIR_PIECES = (*NAME_PIECES, "jianguo", "Jianguo", "li", "King", "xiao-li", "said", ".", "@", "/")
PAIR_PIECES += ("😀", "\ud800", " li jianguo ", " King Jianguo", "Jianguo said ")  # whole pairs: met often
WANTED = frozenset({"jianguo", "Jianguo", "xiao-li", "li-jianguo", "Li", "King"})


# More wanted words than are searched for one by one: the pairs are found by one automaton.
MANY_WANTED = WANTED | {f"unused{number}" for number in range(40)}


@pytest.mark.parametrize("wanted", [WANTED, MANY_WANTED], ids=["few", "many"])
@pytest.mark.parametrize("scan", [PERSON_PAIRS, MEANING_PAIRS], ids=["person", "meaning"])
@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(PAIR_PIECES), max_size=24).map("".join))
@example(text="Met \ud800 li jianguo said")
@example(text="中文 😀 King Jianguo and é li jianguo")
def test_pairs_around_wanted_words_are_the_scanned_pairs_holding_one(
    scan: PairScan, wanted: frozenset[str], text: str
) -> None:
    scanned = scan.pattern.finditer(text, overlapped=True)
    expected = [pair.span() for pair in scanned if pair[1] in wanted or pair[2] in wanted]
    assert [pair.span() for pair in scan.pairs_around(text, wanted)] == expected


def test_the_pair_before_and_the_pair_after_a_given_name_are_both_tried() -> None:
    pairs = PERSON_PAIRS.pairs_around("director li jianguo said", WANTED)
    assert [pair[0] for pair in pairs] == ["li jianguo", "jianguo said"]
