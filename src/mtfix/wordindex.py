"""Every word of a document, found once and shared by the word-level checks.

Why: a dozen checks look at words. Building a Python object per word per check cost more
than all of their logic, so the index keeps only what C code produces in one pass (the
words as strings); a check decides per *distinct* word (caching its verdicts across
documents) and asks for positions only for the few words it flags (`locate`).

A word is what `text.WORD` matches (letters, with inner `'`, `’` and `-`), with a
possessive `'s` left outside it: `Xi'an's` is the word `Xi'an`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

import regex

from mtfix.text import APOSTROPHES, WORD, WORD_START, strip_possessive
from mtfix.verdicts import Remembered, Vocabulary

_LETTERS = r"\p{L}"
# A run's token cache is emptied when it would pass this many entries (bounded memory).
MAX_CACHED_TOKENS = 200_000
# Where a word can end: no letter and no joiner-plus-letter follows, once an optional
# possessive `'s` is passed over.
_WORD_END = rf"(?=(?:['’][sS])?(?!{_LETTERS}|['’\-]{_LETTERS}))"


def _words_of(text: str) -> tuple[str, ...]:
    found = WORD.findall(text)
    if "'" in text or "’" in text:
        found = [strip_possessive(word) if word[-2:-1] in APOSTROPHES else word for word in found]
    return tuple(found)


@dataclass(frozen=True, slots=True)
class WordSpan:
    """One occurrence of a word: code-point offsets into the document."""

    start: int
    end: int
    text: str


def whitespace_token_starts(text: str, token: str) -> Iterator[int]:
    """Where `token` occurs as a whole whitespace token (as `text.split()` cuts it)."""
    size = len(token)
    length = len(text)
    index = text.find(token)
    while index >= 0:
        end = index + size
        if (index == 0 or text[index - 1].isspace()) and (end == length or text[end].isspace()):
            yield index
            index = text.find(token, end)
        else:
            index = text.find(token, index + 1)


class TokenWords:
    """A run's memory of whitespace tokens: each one's words (most tokens recur across a run),
    and of the words the run has met (`vocabulary`, for `WordIndex.distinct`)."""

    __slots__ = ("vocabulary", "words")

    def __init__(self) -> None:
        # Token -> its words, found on the first look-up of the token: a look-up that misses
        # calls the judge from C, so the tokens a document shares with earlier ones (nearly
        # all of them) cost one dict look-up and no set difference to find the unseen.
        self.words: Remembered[tuple[str, ...]] = Remembered(_words_of, MAX_CACHED_TOKENS)
        self.vocabulary = Vocabulary()

    def __len__(self) -> int:
        return len(self.words)

    def words_of(self, tokens: list[str]) -> tuple[str, ...]:
        """The words of `tokens` in order, learning the tokens not seen yet (past
        `MAX_CACHED_TOKENS` tokens the table starts afresh)."""
        return tuple(chain.from_iterable(map(self.words.__getitem__, tokens)))


class WordIndex:
    """The words of one text, in order, as strings (no offsets: see `locate`)."""

    __slots__ = ("__dict__", "_vocabulary", "text", "tokens", "words")

    def __init__(
        self,
        text: str,
        words: tuple[str, ...],
        tokens: set[str] | None = None,
        distinct: frozenset[str] | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.text = text
        self.words = words
        self._vocabulary = vocabulary  # the run's, when the index serves a run
        # `set(text.split())` when the index was built from whitespace tokens (see `of`).
        self.tokens = tokens
        if distinct is not None:  # known to the caller already; else found on first use
            self.__dict__["distinct"] = distinct

    @classmethod
    def of(cls, text: str, table: TokenWords | None = None) -> WordIndex:
        """`table` may be kept for a run: a word never holds whitespace, so a document's
        words are its tokens' words in order, and a token seen in an earlier document costs
        a dict look-up instead of a regex pass.

        Performance: the ordered words are gathered here, while the fresh tokens of
        `str.split` are still in the CPU's cache; the words are the table's own string
        objects, so later look-ups by word (counts, verdict caches) meet identical keys
        (and `distinct`, one C-level pass over them, finds their hashes cached)."""
        if table is None:
            return cls(text, _words_of(text))
        tokens = text.split()
        return cls(text, table.words_of(tokens), set(tokens), vocabulary=table.vocabulary)

    @cached_property
    def distinct(self) -> frozenset[str]:
        """The distinct words; for a run's document, `RunWords` that also tell which the run
        meets for the first time (so the run's memories judge only those)."""
        if self._vocabulary is None:
            return frozenset(self.words)
        return self._vocabulary.words(self.words)

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
        pattern = regex.compile(f"{WORD_START}(?:{alternation}){_WORD_END}")
        found = []
        for hit in pattern.finditer(self.text):
            start = hit.start()
            whole = WORD.match(self.text, start)
            word = strip_possessive(whole.group()) if whole else ""
            if word in chosen:
                found.append(WordSpan(start, start + len(word), word))
        return found

    def spans(self) -> Iterator[WordSpan]:
        """Every word with its offsets (a full walk: for checks that need every position)."""
        for match in WORD.finditer(self.text):
            word = match.group()
            if word[-2:-1] in APOSTROPHES:
                word = strip_possessive(word)
            start = match.start()
            yield WordSpan(start, start + len(word), word)
