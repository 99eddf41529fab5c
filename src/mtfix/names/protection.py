"""The name protection service: which tokens no speller, splitter or grammar rule may change.

Why one service: a correct Chinese name (`Huicheng`, `Xi'an`, `Zhong-ping`, `Qianxinan`)
looks like a typo or a glued word to English tools. Every check that could damage one asks
here first, so the rules for "this is a name" live in one place.

API (stable):
- `name_protection(resources) -> NameProtection`, built once per process;
- `NameProtection.is_protected(token) -> bool`;
- `NameProtection.document_names(text) -> set[str]`;
- `NameProtection.classify(token) -> TokenAnalysis` (pinyin name, CamelCase fusion, brand, other);
- `word_guard(context) -> WordGuard`: what a speller or splitter must leave alone in one
  document, and `decide` to reuse a per-word verdict across documents.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, partial
from pathlib import Path
from typing import Protocol, TypeVar

from mtfix.context import CheckContext, Resources
from mtfix.errors import ConfigError
from mtfix.names.pinyin import (
    PinyinAnalyzer,
    TokenAnalysis,
    load_syllables,
    load_word_list,
    occurrences,
    tokens,
)
from mtfix.paths import data_file
from mtfix.patterns import compiled
from mtfix.verdicts import RunMemory, Verdicts
from mtfix.wordindex import WordIndex

# What precedes a sentence-initial word: start of text or line, or .!? and closing marks.
# Public: an equivalence test holds the fast path equal to it (tests use public names).
SENTENCE_START = compiled(r"(?:^|[.!?。！？:：]\s*|\n\s*)[\"'“‘(\[]*$")
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

    def document_names(self, text: str, words: WordIndex | None = None) -> set[str]:
        """Capitalised words the document uses consistently as names.

        A word qualifies when it is capitalised at least twice, at least once away from a
        sentence start, and never appears in lower case: a real word capitalised only in a
        heading, or a name the draft also lower-cases, does not. Pass the document's
        `WordIndex` when there is one, so its words are not found again.
        """
        return set(document_names(text, words or WordIndex.of(text)))


def document_names(text: str, words: WordIndex) -> frozenset[str]:
    """See `NameProtection.document_names`; counts come from the index (C code) and
    positions are looked up only for the few words that pass every other test."""
    counts = words.counts
    return frozenset(word for word in counts if _is_document_name(text, words, counts.__getitem__, word))


def _is_document_name(text: str, words: WordIndex, count: Callable[[str], int], word: str) -> bool:
    """`count(word)`: how often the document holds `word` (see `WordGuard._count`)."""
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return False
    folded = word.casefold()
    if folded.islower() and folded in words.distinct:  # the document writes it in lower case
        return False
    if count(word) < 2:
        return False
    return any(_mid_sentence(text, start) for start in occurrences(text, word))


def _mid_sentence(text: str, start: int) -> bool:
    return not SENTENCE_START.search(text[max(0, start - _LOOKBEHIND) : start])


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


def run_pinyin_analyzer(context: CheckContext) -> PinyinAnalyzer:
    """The analyzer as the run of `context` sees it: its word verdicts remembered by the run."""
    return pinyin_analyzer_in_run(context.resources, context.memory)


def pinyin_analyzer_in_run(resources: Resources, memory: RunMemory) -> PinyinAnalyzer:
    """`run_pinyin_analyzer` for code that holds the run's memory but no context."""
    return memory.own("names.pinyin.run", lambda: pinyin_analyzer(resources).in_run(memory))


def name_protection(resources: Resources) -> NameProtection:
    """The shared protection service, built once per process."""
    from mtfix.names.gazetteer import gazetteer
    from mtfix.names.glossary import glossary

    analyzer = pinyin_analyzer(resources)
    places = gazetteer(resources)
    terms = glossary(resources)
    return resources.load(
        "names.protection",
        lambda resources: NameProtection(
            analyzer=analyzer,
            gazetteer_names=places.name_forms(),
            glossary_terms=frozenset(_with_words(terms.target_terms())),
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


class NameGuard:
    """The per-word part of "no speller or splitter may change this token", for the whole run.

    A token is guarded when it is an accepted word, when the protection service protects
    it (pinyin names, gazetteer places, brands, glossary terms, user words) or when it is
    lower-case pinyin (`huicheng`: a lower-cased name is a case problem, not a spelling
    one). Verdicts are kept in the run's memory: documents share most of their words.
    """

    __slots__ = ("_verdicts",)

    def __init__(self, verdicts: Verdicts[bool]) -> None:
        self._verdicts = verdicts

    def is_name(self, token: str) -> bool:
        return self._verdicts.of(token)  # type: ignore[return-value]  # every token has one


def _guards(token: str, protection: NameProtection, accepted: frozenset[str]) -> bool:
    return (
        token.casefold() in accepted or protection.is_protected(token) or protection.classify(token).is_pinyin
    )


# Words a document is asked about one by one before all its words are counted at once (a
# `tuple.count` costs about a fifth of counting every word).
_COUNTED_ALONE = 4


@dataclass(frozen=True)
class WordGuard:
    """Tokens that no speller or splitter may change in one document: those of `NameGuard`,
    and the names the document itself uses (capitalised repeatedly, never in lower case)."""

    names: NameGuard
    text: str
    words: WordIndex | None = None

    @cached_property
    def document_names(self) -> frozenset[str]:
        return document_names(self.text, self._words)

    def is_name(self, token: str) -> bool:
        return self.names.is_name(token) or self.is_document_name(token)

    def is_document_name(self, token: str) -> bool:
        """`token in self.document_names`, deciding for `token` alone (see `document_names`)."""
        try:
            return self._document_verdicts[token]
        except KeyError:
            verdict = _is_document_name(self.text, self._words, self._count, token)
            self._document_verdicts[token] = verdict
            return verdict

    def _count(self, word: str) -> int:
        """How often the document holds `word`: counted alone for the first few words asked
        about (most documents ask about a handful), then looked up in one count of every
        word (a document that asks about many)."""
        if len(self._document_verdicts) < _COUNTED_ALONE:
            return self._words.words.count(word)
        return self._words.counts[word]

    @cached_property
    def _words(self) -> WordIndex:
        return self.words or WordIndex.of(self.text)

    @cached_property
    def _document_verdicts(self) -> dict[str, bool]:
        return {}


class _Recorder:
    """A guard that answers without the document and notes the tokens it said no to."""

    def __init__(self, names: NameGuard) -> None:
        self.names = names
        self.refused: list[str] = []

    def is_name(self, token: str) -> bool:
        if self.names.is_name(token):
            return True
        self.refused.append(token)
        return False


T = TypeVar("T")


class GuardLike(Protocol):
    def is_name(self, token: str) -> bool: ...


def decide(
    memory: Verdicts[tuple[T, tuple[str, ...]]],
    key: Hashable,
    judge: Callable[[GuardLike], T],
    guard: WordGuard,
) -> T:
    """`judge(guard)`, reusing the verdict another document gave for `key`.

    `judge` must depend only on `key` and on the guard's answers. A verdict is first reached
    without the document's names, noting every token the guard refused; it holds in any
    document whose names include none of those tokens (the guard would answer each question
    the same way), and is judged again, with the document's names, in the rare one that does.
    """
    verdict, refused = memory.of(key, partial(_recorded, judge, guard.names))  # type: ignore[misc]
    if refused and any(map(guard.is_document_name, refused)):
        return judge(guard)
    return verdict


def _recorded(judge: Callable[[GuardLike], T], names: NameGuard, key: object) -> tuple[T, tuple[str, ...]]:
    """`judge`'s verdict without the document's names, and the tokens the guard refused."""
    recorder = _Recorder(names)
    verdict = judge(recorder)
    return verdict, tuple(recorder.refused)


def name_guard(context: CheckContext) -> NameGuard:
    """The run's per-word guard (its verdicts live in the run's memory)."""
    from mtfix.lexicon import accepted_words

    resources = context.resources
    protection = replace(name_protection(resources), analyzer=run_pinyin_analyzer(context))
    judge = partial(_guards, protection=protection, accepted=accepted_words(resources))
    return NameGuard(context.memo("names.guard", judge))


def word_guard(context: CheckContext) -> WordGuard:
    """The guard for the document of `context`, shared by the checks that ask for it."""
    return context.shared(
        "names.word-guard", lambda ctx: WordGuard(name_guard(ctx), ctx.document.text, ctx.words)
    )
