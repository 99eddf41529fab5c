"""Proper case: peoples' names, articles read backwards and institutions (gated by word marks
or not) are found exactly as the patterns they replace find them."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import name_texts as texts
from mtfix.checks.proper_case import ARTICLE_BEFORE, PEOPLES, PLACE_INSTITUTION, peoples
from mtfix.context import CheckContext
from mtfix.document import Document
from mtfix.text import folded_text


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_peoples_names_are_the_pattern_matches(text: str) -> None:
    assert _spans(peoples(text, folded_text(text))) == _spans(PEOPLES.finditer(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_article_matched_backwards_is_the_article_searched_for(text: str) -> None:
    searched = regex.compile(r"(?:\b(?:a|an|one|each|every|any|another)\s+)$", regex.IGNORECASE)
    for end in range(len(text) + 1):
        assert bool(ARTICLE_BEFORE.match(text, 0, end)) == bool(searched.search(text, 0, end))


def _assert_institutions_are_the_pattern_matches(resources, text: str) -> None:
    from mtfix.checks.proper_case import ProperCaseCheck

    check = ProperCaseCheck(resources)
    context = CheckContext(Document(text), resources)
    found = [(f.start, f.end) for f in check.institutions(context, text) if f.applicability.value == "unsafe"]
    expected = [
        match.span()
        for match in PLACE_INSTITUTION.finditer(text)
        if check.is_institution_place(context.memory, match["place"])
        and not ARTICLE_BEFORE.match(text, 0, match.start())
        and not PEOPLES.search(match["tail"])
    ]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(texts)
def test_institutions_are_the_pattern_matches(resources, text: str) -> None:
    _assert_institutions_are_the_pattern_matches(resources, text)


INSTITUTION_PIECES = (
    "Hunan",
    "Hunan's",
    "Hunan’s",
    "Xi'an",
    "xHunan",
    "Mc-Hunan",
    "Beijing",
    "Chinese",
    "children's",
    "women’s",
    "people's",
    "tumour",
    "diseases",
    "and",
    "cancer",
    "health",
    "hospital",
    "hospital's",
    "committee",
    "the",
    "a",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\x1c",
    "-",
    ",",
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(INSTITUTION_PIECES), max_size=16).map("".join))
def test_institutions_gated_by_word_marks_are_the_pattern_matches(resources, text: str) -> None:
    _assert_institutions_are_the_pattern_matches(resources, text)
