"""Person names: pairs tried only around lower-case given names and surnames are enough, for
every pair of the plain overlapped scan that gets a fix holds one of those words."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.names.persons import PAIR, PERSON_PAIRS, fixable_pair_words, person_pair_fix

SURNAMES = frozenset({"li", "ye", "zhang", "he", "an", "song", "wang", "liu"})
# Surnames and given names in every case, English words, hyphenated names, the marks around.
WORDS = ("li", "Li", "LI", "ye", "Ye", "he", "He", "an", "song", "Song", "wang", "Wang", "liu")
WORDS += ("jianguo", "Jianguo", "JIANGUO", "xiao-li", "Xiao-li", "li-yuan", "said", "long", "Long", "é")
PIECES = (*WORDS, " ", " ", " ", ".", "-", "'")


@settings(max_examples=1500, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
    given_names=st.sets(st.sampled_from(WORDS)),
)
@example(text="ye Xiaodong and Zhang jianguo", given_names={"Xiaodong", "jianguo"})
@example(text="li-yuan wang met song Jianguo", given_names={"li-yuan", "Jianguo"})
def test_every_fixed_pair_holds_a_word_the_pairs_are_tried_around(text: str, given_names: set[str]) -> None:
    words = set(PERSON_PAIRS.word.findall(text))
    tried = fixable_pair_words(given_names, SURNAMES, words)
    for pair in PAIR.finditer(text, overlapped=True):
        if person_pair_fix(pair[1], pair[2], given_names, SURNAMES) is not None:
            assert pair[1] in tried or pair[2] in tried
