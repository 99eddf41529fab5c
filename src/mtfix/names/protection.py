"""The name protection service: which tokens no speller, splitter or grammar rule may change.

Why one service: a correct Chinese name (`Huicheng`, `Xi'an`, `Zhong-ping`, `Qianxinan`)
looks like a typo or a glued word to English tools. Every check that could damage one asks
here first, so the rules for "this is a name" live in one place.

API (stable):
- `name_protection(resources) -> NameProtection`, built once per process;
- `NameProtection.is_protected(token) -> bool`;
- `NameProtection.document_names(text) -> set[str]`;
- `NameProtection.classify(token) -> TokenAnalysis` (pinyin name, CamelCase fusion, brand, other).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from mtfix.context import Resources
from mtfix.errors import ConfigError
from mtfix.names.data import data_file
from mtfix.names.pinyin import PinyinAnalyzer, TokenAnalysis, load_syllables, load_word_list, tokens

# What precedes a sentence-initial word: start of text or line, or .!? and closing marks.
_SENTENCE_START = regex.compile(r"(?:^|[.!?。！？:：]\s*|\n\s*)[\"'“‘(\[]*$")
_LOOKBEHIND = 12  # characters before a token inspected to decide if it starts a sentence


@dataclass(frozen=True)
class NameProtection:
    """Everything that says "this token is a name": pinyin, gazetteer, glossary, brands, user words."""

    analyzer: PinyinAnalyzer
    gazetteer_names: frozenset[str] = frozenset()  # case-folded place names (`ceheng`, `qianxinan`)
    glossary_terms: frozenset[str] = frozenset()  # case-folded glossary targets and their words
    accepted_words: frozenset[str] = frozenset()  # user word lists, exact and case-folded

    def classify(self, token: str) -> TokenAnalysis:
        return self.analyzer.classify(token)

    def is_protected(self, token: str) -> bool:
        """True for a valid pinyin name (capitalised, 2+ syllables or a known surname), a
        gazetteer place name, a glossary target term, a known brand or a user-accepted word."""
        if not token:
            return False
        folded = token.casefold()
        return (
            token in self.accepted_words
            or folded in self.accepted_words
            or folded in self.gazetteer_names
            or folded in self.glossary_terms
            or self.analyzer.is_brand(token)
            or self.analyzer.is_pinyin_name(token)
        )

    def document_names(self, text: str) -> set[str]:
        """Capitalised words the document uses consistently as names.

        A word qualifies when it is capitalised at least twice, at least once away from a
        sentence start, and never appears in lower case: a real word capitalised only in a
        heading, or a name the draft also lower-cases, does not.
        """
        return set(_document_names(text))


@lru_cache(maxsize=4)
def _document_names(text: str) -> frozenset[str]:
    """Memo of a pure function: several checks ask for the same document's names."""
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
        if not _SENTENCE_START.search(text[max(0, token.start - _LOOKBEHIND) : token.start]):
            mid_sentence.add(word)
    return frozenset(
        word
        for word, count in capitalised.items()
        if count >= 2 and word in mid_sentence and word.casefold() not in lower
    )


# Each entry point fetches what it depends on first, then builds: dependencies stay visible
# at the call site rather than hidden inside factories.


def pinyin_analyzer(resources: Resources) -> PinyinAnalyzer:
    """The shared analyzer (syllables, brands, surnames), built once per process."""
    from mtfix.names.surnames import surname_syllables

    surnames = surname_syllables(resources)
    return resources.load(
        "names.pinyin",
        lambda _: PinyinAnalyzer(
            load_syllables(data_file("pinyin_syllables.txt")),
            brands=load_word_list(data_file("brands.txt")),
            surnames=surnames,
        ),
    )


def name_protection(resources: Resources) -> NameProtection:
    """The shared protection service, built once per process."""
    from mtfix.names.gazetteer import gazetteer
    from mtfix.names.glossary import glossary

    analyzer = pinyin_analyzer(resources)
    places = gazetteer(resources)
    terms = glossary(resources).target_terms()
    return resources.load(
        "names.protection",
        lambda resources: NameProtection(
            analyzer=analyzer,
            gazetteer_names=places.name_forms(),
            glossary_terms=frozenset(_with_words(terms)),
            accepted_words=frozenset(_with_folded(_user_words(resources.settings.words))),
        ),
    )


def _with_words(terms: Iterable[str]) -> Iterable[str]:
    for term in terms:
        yield term.casefold()
        yield from (token.text.casefold() for token in tokens(term))


def _with_folded(words: Iterable[str]) -> Iterable[str]:
    for word in words:
        yield word
        yield word.casefold()


def _user_words(paths: Iterable[Path]) -> Iterable[str]:
    for path in paths:
        try:
            yield from load_word_list(path)
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: cannot read word list: {error}") from error
