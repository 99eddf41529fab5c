"""Mid-sentence capitals: when every word looked for is ASCII, the ASCII scan finds every
place of those words that the full candidate scan finds (no fewer, among non-ASCII text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import capital_candidates
from mtfix.checks import midsentence_capital

_ASCII_WORDS = ("Center", "President", "Town", "He", "Centers")

# ASCII capitals among non-ASCII lower- and upper-case letters, joiners and spaces, so that
# an ASCII word runs on into a non-ASCII letter (`Centeré`) or follows a non-ASCII word:
# each piece is what may stand before, a space or not, a word, and what may follow.
_BEFORE = ("vice", "well-known", "x'", "’", "-", "a", "é", "ß", "Éa", "ǅa", "ªb", "Ω", "1", ".", "")
_SPACE = (" ", " ", "\u00a0", "\n", "")
_WORD = (*_ASCII_WORDS, "Centeré", "Hé", "Ωa", "a")
_AFTER = ("", " ", ".", "é", "ß", "Ω", "'", "-", "1", " a", " A", '"', "(")
_PIECES = st.lists(
    st.tuples(*(st.sampled_from(part) for part in (_BEFORE, _SPACE, _WORD, _AFTER))).map("".join),
    max_size=5,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(_PIECES, st.sets(st.sampled_from(_ASCII_WORDS), min_size=1))
def test_ascii_words_are_found_where_the_full_scan_finds_them(text: str, words: set[str]) -> None:
    pattern = midsentence_capital.CANDIDATE
    expected = [match.span("word") for match in pattern.finditer(text) if match.group("word") in words]
    assert capital_candidates(text, words) == expected
