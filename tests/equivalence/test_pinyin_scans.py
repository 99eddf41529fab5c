"""Pinyin: camel fusions, document names, syllable segmentation and tokens are those of a walk
over every token."""

from __future__ import annotations

from collections import Counter

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import context_of
from mtfix.context import Resources
from mtfix.names.pinyin import TokenKind, occurrences, tokens
from mtfix.names.protection import SENTENCE_START, document_names, name_protection, word_guard
from mtfix.wordindex import WordIndex

PIECES = [
    "the", "The", "principlesof", "Principlesof", "alongwith", "theCPC", "ofChina", "Addtime", ":", "：",
    "39Admin2020-08-21from", "2020-08-21", "10km", "3pm", "H1N1", "km²", "1²2", "２０２１年", "presened",
    "Presened", "committe", "Hih-tech", "Hi-tech", "hi-tech", "anti", "Anti", "epidemic", "anti-epidemic",
    "self", "service", "self-service", "under", "co", "Huicheng", "huicheng", "Zhongping", "Xi'an", "Xi'an's",
    "Wang's", "’s", "WeiJian", "WeiJianWei", "Bureau", "bureau", "Health", "health", "and", "Wellness",
    "Commission", "People's", "people’s", "Social", "WeChat", "calltip", "getdoc(", "os.", "#", "_", "@",
    "-", "'", "’", ".", ". ", ",", " ", " ", " ", "\n", "\n\n", "(", "\"", "K", "ﬁle", "İ", "ſ", "中文",
    "www.example.com", "5", "a", "Releasetime", "Tang", "Nanzhuang", "Bureauof",
]  # fmt: skip


TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(TEXTS)
def test_pinyin_camel_as_a_walk(checks, resources: Resources, text: str) -> None:
    protection = name_protection(resources)
    context = context_of(text, resources)
    walked = [
        (token.start, token.end)
        for token in tokens(text)
        if len(token.text) >= 4
        and protection.classify(token.text).kind is TokenKind.PINYIN_CAMEL
        and not context.protected.overlaps(token.start, token.end)
    ]
    assert [(f.start, f.end) for f in checks["pinyin"].check(context)] == walked


def document_names_by_walk(text: str) -> frozenset[str]:
    capitalised: Counter[str] = Counter()
    mid_sentence: set[str] = set()
    lower: set[str] = set()
    for token in tokens(text):
        word = token.text
        if word.islower():
            lower.add(word)
            continue
        if len(word) < 2 or not word[0].isupper() or word.isupper():
            continue
        capitalised[word] += 1
        if not SENTENCE_START.search(text[max(0, token.start - 12) : token.start]):
            mid_sentence.add(word)
    return frozenset(
        w for w, n in capitalised.items() if n >= 2 and w in mid_sentence and w.casefold() not in lower
    )


@SETTINGS
@given(TEXTS)
def test_document_names_and_occurrences_as_a_walk(resources: Resources, text: str) -> None:
    assert name_protection(resources).document_names(text) == document_names_by_walk(text)
    words = WordIndex.of(text)
    for word in words.distinct:
        assert list(occurrences(text, word)) == [t.start for t in tokens(text) if t.text == word]


@SETTINGS
@given(TEXTS, st.lists(st.sampled_from(PIECES), max_size=3).map("".join))
def test_a_word_alone_is_a_document_name_as_the_whole_set_says(
    resources: Resources, text: str, other: str
) -> None:
    """`WordGuard.is_document_name` decides one word, counting it alone; `document_names`
    counts every word of the document at once."""
    context = context_of(text, resources)
    names = document_names(text, context.words)
    guard = word_guard(context)
    for word in {*context.words.distinct, *WordIndex.of(other).distinct}:
        assert guard.is_document_name(word) == (word in names), word


def segment_by_tuples(syllables: frozenset[str], piece: str) -> tuple[str, ...] | None:
    best: list[tuple[str, ...] | None] = [()] + [None] * len(piece)
    for end in range(1, len(piece) + 1):
        for start in range(max(0, end - 6), end):
            previous, current = best[start], best[end]
            if previous is None or piece[start:end] not in syllables:
                continue
            if current is None or len(previous) + 1 < len(current):
                best[end] = (*previous, piece[start:end])
    return best[len(piece)] if piece else None


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["zh", "ang", "xi", "an", "e", "r", "n", "g", "shuang", "q", "iu", "w", "o"]),
                max_size=8).map("".join))  # fmt: skip
def test_syllable_segmentation_keeps_the_fewest_and_earliest(resources: Resources, piece: str) -> None:
    analyzer = name_protection(resources).analyzer
    assert analyzer.segment_piece(piece) == segment_by_tuples(analyzer.syllables, piece)


def test_tokens_are_the_word_pattern_minus_possessives() -> None:
    text = "Xi'an's mayor met Zhong-ping at Wang’s office; it's 9:30. S's"
    expected = []
    for match in regex.finditer(r"\p{L}+(?:['’\-]\p{L}+)*", text):
        word = match.group()
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word = word[:-2]
        expected.append((match.start(), match.start() + len(word), word))
    assert [(t.start, t.end, t.text) for t in tokens(text)] == expected
