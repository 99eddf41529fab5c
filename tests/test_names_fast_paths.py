"""The name checks' fast paths give exactly what the plain scans they replace give.

Each fast path matches a pattern only where an anchor (a suffix word, `people`, a head word,
a word) occurs; these properties compare it with a full `finditer` on texts built from the
pieces that matter: names, suffixes, joiners, spaces of several kinds, case changes.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.name_variants import _within_distance
from mtfix.checks.proper_case import _ARTICLE_BEFORE, PEOPLES, PLACE_INSTITUTION, _peoples
from mtfix.context import CheckContext
from mtfix.document import Document
from mtfix.names.mentions import MENTION, find_mentions, first_word_start, word_spans
from mtfix.names.pinyin import tokens
from mtfix.rulepack.anchors import folded_text

PIECES = (
    "Ceheng",
    "ceheng",
    "Xi'an",
    "Dong-an",
    "Qianxinan",
    "Hunan",
    "Hunan's",
    "HuiCheng",
    "Li",
    "Lin",
    "County",
    "county",
    "COUNTY",
    "City",
    "city",
    "ethnicity",
    "Autonomous",
    "Prefecture",
    "Region",
    "Province",
    "district",
    "Banner",
    "people's",
    "People’s",
    "PEOPLE'S",
    "third",
    "3rd",
    "21st",
    "hospital",
    "hospital's",
    "court",
    "government",
    "political consultative conference",
    "cancer",
    "health",
    "bureau",
    "and",
    "a",
    "an",
    "one",
    "the",
    "-",
    "'",
    "’",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u3000",
    ",",
    ".",
    "1",
    "é",
    "中",
    "\u0301",
)
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_mentions_are_the_pattern_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m["name"], m["suffix"]) for m in MENTION.finditer(text)]
    found = [(m.start, m.end, m.name, m.suffix) for m in find_mentions(text, folded_text(text))]
    assert found == expected


@settings(max_examples=600, deadline=None)
@given(texts)
def test_peoples_names_are_the_pattern_matches(text: str) -> None:
    assert _spans(_peoples(text, folded_text(text))) == _spans(PEOPLES.finditer(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_article_matched_backwards_is_the_article_searched_for(text: str) -> None:
    searched = regex.compile(r"(?:\b(?:a|an|one|each|every|any|another)\s+)$", regex.IGNORECASE)
    for end in range(len(text) + 1):
        assert bool(_ARTICLE_BEFORE.match(text, 0, end)) == bool(searched.search(text, 0, end))


@settings(max_examples=600, deadline=None)
@given(texts)
def test_word_spans_are_the_tokens(text: str) -> None:
    every = list(tokens(text))
    wanted = {token.text for token in every[::2]}
    assert word_spans(text, wanted) == [(t.start, t.end) for t in every if t.text in wanted]
    for word in wanted:
        assert first_word_start(text, word) == next(t.start for t in every if t.text == word)


def _assert_institutions_are_the_pattern_matches(resources, text: str) -> None:
    from mtfix.checks.proper_case import ProperCaseCheck

    check = ProperCaseCheck(resources)
    context = CheckContext(Document(text), resources)
    found = [
        (f.start, f.end) for f in check._institutions(context, text) if f.applicability.value == "unsafe"
    ]
    expected = [
        match.span()
        for match in PLACE_INSTITUTION.finditer(text)
        if check._is_institution_place(match["place"])
        and not _ARTICLE_BEFORE.match(text, 0, match.start())
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


def _levenshtein(first: str, second: str) -> int:
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        current = [i]
        for j, b in enumerate(second, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


@given(st.text("aehngzü'", max_size=10), st.text("aehngzü'", max_size=10), st.integers(0, 3))
def test_distance_limit(first: str, second: str, limit: int) -> None:
    assert _within_distance(first, second, limit) == (_levenshtein(first, second) <= limit)


NAME_PIECES = (
    "Healthy",
    "China",
    "Tour",
    "of",
    "the",
    "and",
    "A",
    "b",
    "The",
    "People's",
    "-",
    "'",
    "--",
    "é",
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAME_PIECES), st.sampled_from(("", " ", "  ", "\n", ", "))), max_size=16
    )
)
def test_names_of_three_parts_are_the_longer_names_of_any_length(pieces: list[tuple[str, str]]) -> None:
    from mtfix.checks.phrase_variants import _NAME

    text = "".join(word + gap for word, gap in pieces)
    any_length = regex.compile(
        r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'’-]*)+(?![\p{L}'’-])"
    )
    capitals = regex.compile(r"(?<![\p{L}'’-])\p{Lu}")
    longer = [m.span() for m in any_length.finditer(text) if len(capitals.findall(m.group())) >= 3]
    assert [m.span() for m in _NAME.finditer(text)] == longer
