"""Every word of a document, found once and shared by the word-level checks.

Why: a dozen checks look at words. Building a Python object per word per check cost more
than all of their logic, so the index keeps only what C code produces in one pass (the
words as strings); a check decides per *distinct* word (caching its verdicts across
documents) and asks for positions only for the few words it flags (`locate`).

A word is what `names.pinyin.WORD` matches (letters, with inner `'`, `’` and `-`), with a
possessive `'s` left outside it: `Xi'an's` is the word `Xi'an`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

import regex

_LETTERS = r"\p{L}"
WORD_PATTERN = rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*"
_WORD = regex.compile(WORD_PATTERN)
_APOSTROPHES = "'’"
# A run's token cache is emptied when it would pass this many entries (bounded memory).
MAX_CACHED_TOKENS = 200_000
# Where a word can start: not after a letter, nor after a joiner that follows a letter
# (`Xi'an` holds no word `an`, `Zhong-ping` no word `ping`).
_WORD_START = rf"(?<!{_LETTERS})(?<!{_LETTERS}['’\-])"
# Where a word can end: no letter and no joiner-plus-letter follows, once an optional
# possessive `'s` is passed over.
_WORD_END = rf"(?=(?:['’][sS])?(?!{_LETTERS}|['’\-]{_LETTERS}))"


def _strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2] in _APOSTROPHES and word[-1] in "sS":
        return word[:-2]
    return word


def _words_of(text: str) -> tuple[str, ...]:
    found = _WORD.findall(text)
    if "'" in text or "’" in text:
        found = [_strip_possessive(word) if word[-2:-1] in _APOSTROPHES else word for word in found]
    return tuple(found)


@dataclass(frozen=True, slots=True)
class WordSpan:
    """One occurrence of a word: code-point offsets into the document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class WordIndex:
    """The words of one text, in order, as strings (no offsets: see `locate`)."""

    text: str
    words: tuple[str, ...]
    # `set(text.split())` when the index was built from whitespace tokens (see `of`).
    tokens: frozenset[str] | set[str] | None = None
    # The distinct words, when `of` could gather them from the distinct tokens (cheaper).
    known_distinct: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, text: str, cache: dict[str, tuple[str, ...]] | None = None) -> WordIndex:
        """`cache` (whitespace token -> its words) may be kept for a run: a word never holds
        whitespace, so a document's words are its tokens' words in order, and a token seen in
        an earlier document costs a dict look-up instead of a regex pass."""
        if cache is None:
            return cls(text, _words_of(text))
        tokens = text.split()
        distinct = set(tokens)
        unseen = distinct.difference(cache)
        if len(cache) + len(unseen) > MAX_CACHED_TOKENS:
            cache.clear()
            unseen = distinct
        for token in unseen:
            cache[token] = _words_of(token)
        words = tuple(chain.from_iterable(map(cache.__getitem__, tokens)))
        return cls(text, words, distinct, frozenset(chain.from_iterable(map(cache.__getitem__, distinct))))

    @cached_property
    def distinct(self) -> frozenset[str]:
        return self.known_distinct if self.known_distinct is not None else frozenset(self.words)

    @cached_property
    def counts(self) -> Counter[str]:
        return Counter(self.words)

    def locate(self, wanted: Iterable[str]) -> list[WordSpan]:
        """Every occurrence of the words in `wanted` (exact, case-sensitive), in text order.

        One regex pass over the text for the whole set finds where a wanted word may start;
        the word actually there is then read as a full walk would read it (`Xi'an's` is
        `Xi'an`), so asking for the few flagged words of a document costs one scan.
        """
        chosen = {word for word in wanted if word}
        if not chosen:
            return []
        alternation = "|".join(regex.escape(word) for word in sorted(chosen, key=len, reverse=True))
        pattern = regex.compile(f"{_WORD_START}(?:{alternation}){_WORD_END}")
        found = []
        for hit in pattern.finditer(self.text):
            start = hit.start()
            whole = _WORD.match(self.text, start)
            word = _strip_possessive(whole.group()) if whole else ""
            if word in chosen:
                found.append(WordSpan(start, start + len(word), word))
        return found

    def spans(self) -> Iterator[WordSpan]:
        """Every word with its offsets (a full walk: for checks that need every position)."""
        for match in _WORD.finditer(self.text):
            word = match.group()
            if word[-2:-1] in _APOSTROPHES:
                word = _strip_possessive(word)
            start = match.start()
            yield WordSpan(start, start + len(word), word)
