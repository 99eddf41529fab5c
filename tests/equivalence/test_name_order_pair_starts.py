"""Name order: the pairs searched for one by one (or in one automaton pass when many) start
where the scan of every capitalised pair with `ASCII_PAIR` found them."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.checks.name_order import ASCII_PAIR, FEW_PAIRS, pair_starts
from mtfix.names.mentions import substring_starts

# Surnames and given names, near misses (a letter before or after, a hyphen, an accent).
WORDS = ("Li", "Wang", "Zhang", "Ming", "Weiwei", "Li-ming", "Zhongping", "Mingé", "Lé", "Café", "Xi")
PIECES = (*WORDS, "x", "-", "'", "’", " ", " ", "  ", ",", ".", "\n", "é", "L")
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
PAIRS = st.sets(st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)).map(" ".join), max_size=8)


def _scanned(text: str, pairs: set[str]) -> set[int]:
    """The plain scan: every `ASCII_PAIR` match, kept when its words are a pair."""
    starts = {found.start() for found in ASCII_PAIR.finditer(text) if f"{found[1]} {found[2]}" in pairs}
    starts.update(substring_starts(text, [pair for pair in pairs if not pair.isascii()]))
    return starts


@settings(max_examples=1000, deadline=None)
@given(TEXTS, PAIRS)
@example("Li Mingé met Li Ming and xLi Ming.", {"Li Ming", "Li Mingé"})
@example("Wang Li Ming Li-ming Wang", {"Wang Li", "Li Ming", "Li-ming Wang", "Ming Li"})
def test_pair_starts_equal_the_scan(text: str, pairs: set[str]) -> None:
    assert pair_starts(text, pairs) == _scanned(text, pairs)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_many_pairs_searched_in_one_pass_equal_the_scan(text: str) -> None:
    pairs = {f"{first} {second}" for first in WORDS for second in WORDS}
    assert len([pair for pair in pairs if pair.isascii()]) > FEW_PAIRS
    assert pair_starts(text, pairs) == _scanned(text, pairs)
