"""The fast word-level checks give exactly what a walk over every token gives.

Why: the checks decide once per distinct word (across documents) and look up only the
words they flag; these tests hold them to the straightforward algorithm on random texts
made of names, glued words, typos, numbers, labels, renderings and odd characters.
"""

from __future__ import annotations

from collections import Counter

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtfix.checks import glued_words, spelling
from mtfix.checks.glossary_terms import GlossaryCheck, _Renderings
from mtfix.checks.pinyin_camel import PinyinCamelCheck
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.lexicon import lexicon
from mtfix.names.glossary import glossary
from mtfix.names.pinyin import TokenKind, occurrences, tokens
from mtfix.names.protection import _SENTENCE_START, name_protection, word_guard
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


@pytest.fixture(scope="module")
def checks(resources: Resources):
    return {
        "glued": glued_words.GluedWordsCheck(resources),
        "spelling": spelling.SpellingCheck(resources),
        "pinyin": PinyinCamelCheck(resources),
        "glossary": GlossaryCheck(resources),
    }


def context_of(text: str, resources: Resources) -> CheckContext:
    return CheckContext(Document(path="t.txt", text=text), resources)


def summary(findings) -> list[tuple]:
    return [(f.start, f.end, f.text, f.replacements, f.applicability, f.message) for f in findings]


def glued_by_walk(context: CheckContext) -> list[tuple]:
    text = context.document.text
    words = lexicon(context.resources)
    guard = word_guard(context)
    matches = list(glued_words._TOKEN.finditer(text))
    counts = Counter(match.group() for match in matches)
    found = []
    for match in matches:
        start, end = match.span()
        token = match.group()
        split = glued_words.split_token(token, words, guard, label=glued_words._is_label(text, end))
        if split is None or glued_words._used_on_purpose(token, split, counts[token], text):
            continue
        if glued_words._in_identifier(text, start, end) or context.protected.overlaps(start, end):
            continue
        found.append(glued_words._finding(start, token, split))
    return summary(found)


@SETTINGS
@given(TEXTS)
def test_glued_words_as_a_walk(checks, resources: Resources, text: str) -> None:
    assert summary(checks["glued"].check(context_of(text, resources))) == glued_by_walk(
        context_of(text, resources)
    )


@SETTINGS
@given(TEXTS)
def test_typos_as_a_walk(checks, resources: Resources, text: str) -> None:
    check = checks["spelling"]
    context = context_of(text, resources)
    words, guard = lexicon(resources), word_guard(context)
    fast = check._typos(context, words, guard)
    walked = summary(check._typos_scan(context_of(text, resources), words, guard))
    assert fast is None or summary(fast) == walked


@SETTINGS
@given(TEXTS)
def test_compounds_tried_only_at_prefixes(checks, resources: Resources, text: str) -> None:
    context = context_of(text, resources)
    prefixes = checks["spelling"]._prefixes.present(context.words.distinct)
    anchored = [m.span() for m in spelling._compound_matches(text, context.folded_text, prefixes)]
    assert anchored == [m.span() for m in spelling._COMPOUND.finditer(text)]


@SETTINGS
@given(TEXTS)
def test_glossary_tried_only_at_renderings(resources: Resources, text: str) -> None:
    renderings = resources.load("names.glossary-pattern", lambda _: _Renderings.of(glossary(resources)))
    context = context_of(text, resources)
    anchored = [m.span() for m in renderings.finditer(text, context.folded_text, context.words.distinct)]
    assert anchored == [m.span() for m in renderings.pattern.finditer(text)]


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
        if not _SENTENCE_START.search(text[max(0, token.start - 12) : token.start]):
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
    assert analyzer._segment_piece(piece) == segment_by_tuples(analyzer.syllables, piece)


def test_tokens_are_the_word_pattern_minus_possessives() -> None:
    text = "Xi'an's mayor met Zhong-ping at Wang’s office; it's 9:30. S's"
    expected = []
    for match in regex.finditer(r"\p{L}+(?:['’\-]\p{L}+)*", text):
        word = match.group()
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word = word[:-2]
        expected.append((match.start(), match.start() + len(word), word))
    assert [(t.start, t.end, t.text) for t in tokens(text)] == expected
