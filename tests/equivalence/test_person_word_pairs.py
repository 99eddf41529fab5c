"""Person names (`ye Xiaodong`, `Zhang jianguo`): the pairs found among the text's words in
order (a surname and a given name with their cases, one byte each, searched in C) give the
fixes that the pairs tried around every lower-case surname and given name in the text give."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.persons import (
    PAIR,
    add_meaning_roles,
    add_person_roles,
    is_given_name,
    person_names,
    surname_role,
)
from mtfix.names.protection import pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.word_pairs import LOWER_GIVEN, LOWER_SURNAME, PERSON_MARKS, pair_marks, pairs_in_order
from mtfix.verdicts import Verdicts
from mtfix.wordindex import WordIndex

# Surnames and given names in both cases, alone, hyphenated, inside longer words, with a
# possessive; English words that are surnames; a capital that lower-cases onto ASCII (`K`);
# titles; and what may stand between two words.
PERSON_PIECES = (
    *NAME_PIECES,
    *("ye ", "Ye ", "zhang ", "Zhang ", "li", "Li", "song ", "long ", "along ", "he ", "wang", "Wang"),
    *("xiaodong", "Xiaodong", "jianguo", "Jianguo", "xiao-li", "li-yuan", "Li-yuan", "-yuan", "xian"),
    *("\u212aang ", "director ", "said", "Lin", "@", "/", ".", "’s", "'s", " ", "  ", "\n", "-"),
)


@pytest.fixture(scope="module")
def scan(resources: Resources) -> Callable[..., list]:
    analyzer, words, surnames = pinyin_analyzer(resources), lexicon(resources), surname_syllables(resources)
    remembered = Verdicts(partial(surname_role, surnames=surnames))

    def roles_among(found: set[str] | frozenset[str]) -> dict[str, int]:
        return {word: remembered.verdicts[word] for word in remembered.among(found)}

    def found(text: str, in_order: bool, memory: bool = False, shared: bool = False) -> list:
        index = WordIndex.of(text)  # no run: the memories below serve many unrelated texts
        marks = None
        if shared:  # marked with the roles of every kind of pair, every word with those of the others
            codes: dict[str, int] = {}
            given = {word for word in index.distinct if is_given_name(word, analyzer, words.is_word)}
            add_person_roles(codes, roles_among(index.distinct), given)
            add_meaning_roles(codes, index.distinct, index.distinct)
            marks = pair_marks(index.words, codes)
        fixes = person_names(
            text,
            analyzer,
            surnames,
            words.is_word,
            distinct=index.distinct,
            in_order=index.words if in_order else None,
            surname_roles=roles_among if memory else None,
            marks=marks,
        )
        return [(fix.start, fix.end, fix.replacement) for fix in fixes]

    return found


@settings(max_examples=800, deadline=None)
@given(text=st.lists(st.sampled_from(PERSON_PIECES), max_size=18).map("".join))
@example(text="The prize went to ye Xiaodong and Zhang jianguo; li-yuan wang and director liu.")
@example(text="Along xiaodong, long Jianguo, \u212aang xiaodong and xiaodong song met xiaodong Li.")
def test_pairs_found_among_the_words_give_the_fixes_of_the_text_s_pairs(scan, text: str) -> None:
    plain = scan(text, in_order=False)
    assert scan(text, in_order=True) == plain
    assert scan(text, in_order=True, memory=True) == plain
    assert scan(text, in_order=True, shared=True) == plain


def test_a_pair_is_two_words_in_a_row_a_space_apart() -> None:
    text = "Met ye xiaodong; ye, xiaodong; ye  xiaodong; ye xiaodong's; aye xiaodong; ye xiaodong."
    in_order = WordIndex.of(text).words
    marks = pair_marks(in_order, {"ye": LOWER_SURNAME, "xiaodong": LOWER_GIVEN})
    found = pairs_in_order(text, in_order, marks, PERSON_MARKS, PAIR)
    assert [pair.start() for pair in found] == [4, text.rindex("ye xiaodong")]
