"""Where a word may be repeated: candidates for rules declaring `prefilter = "repeated-word"`.

Why: `doubled-word` cannot be anchored on a literal (its match is any word followed by
itself), and every document holds a doubled word somewhere, so skipping documents gives
nothing; one `regex` scan per document was its whole cost. A repeat is visible in the
shared word sequence (`context.words`): the last letter run of one word equals, up to
case, the first letter run of the next. Such pairs are a handful per document; the pattern
is tried only where a small pattern built from them (the runs as written) finds them.

The rule promises that every match starts at a maximal run of letters (`\\p{L}`) that is
followed by whitespace and then by the same run up to case, also maximal. Then:
- the first run is the last hyphen/apostrophe part of its word, or the `s` of a possessive
  the word index leaves out (tried after each apostrophe before the paired word);
- parts are compared lower-cased; a part holding a cased character outside ASCII pairs with
  its neighbours whatever they say (`regex` folds `İ`, `K`, `ſ` onto ASCII letters, and
  other foldings are not modelled);
- a text holding letter numbers (`\\p{Nl}`: Roman numerals, which `\\p{Latin}` counts as
  letters and the word index does not) is scanned whole instead.
"""

from __future__ import annotations

import operator
import re
from itertools import compress, count, islice

import regex

from mtfix.context import CheckContext
from mtfix.verdicts import Verdicts

# Distinct words whose parts are cached past this many are forgotten, so memory stays bounded.
MAX_CACHED_WORDS = 200_000
# A pair key no part has (parts are non-empty letters): never equal to the next word's key.
_WILD_LAST = ""
_WILD_FIRST = "\x00"

_JOINERS = re.compile(r"['’\-]")

_Parts = tuple[str, str, str, str]  # last-part key, first-part key, last part, first part


def _key(part: str, wild: str) -> str:
    """`part` as compared with its neighbour: lower-cased; `wild` (pairs with anything)
    when it holds a cased character outside ASCII, whose folding `str.lower` may not model."""
    if part.isascii():
        return part.lower()
    if any(not character.isascii() and _cased(character) for character in part):
        return wild
    return part.lower()


def _cased(character: str) -> bool:
    return (
        character.lower() != character or character.upper() != character or character.casefold() != character
    )


def _parts(word: str) -> _Parts:
    pieces = _JOINERS.split(word)
    last, first = pieces[-1], pieces[0]
    first_key = _key(first, _WILD_FIRST)
    return _key(last, _WILD_LAST), _WILD_FIRST if first_key == "s" else first_key, last, first


class _WordParts:
    """Per distinct word, kept for a run: its pair keys and runs in separate dicts, so the
    per-token walk is one C-level `map` of a dict look-up per key; and the words whose key
    pairs with anything, so a document holding none of them skips those walks."""

    __slots__ = ("first_keys", "firsts", "last_keys", "lasts", "wild_first", "wild_last")

    def __init__(self) -> None:
        self.last_keys: dict[str, str] = {}
        self.first_keys: dict[str, str] = {}
        self.lasts: dict[str, str] = {}
        self.firsts: dict[str, str] = {}
        self.wild_last: set[str] = set()
        self.wild_first: set[str] = set()

    def add(self, words: frozenset[str]) -> None:
        """Learn the words not seen yet (forgetting everything past `MAX_CACHED_WORDS`)."""
        if len(self.last_keys) > MAX_CACHED_WORDS:
            for table in (
                self.last_keys,
                self.first_keys,
                self.lasts,
                self.firsts,
                self.wild_last,
                self.wild_first,
            ):
                table.clear()
        for word in words.difference(self.last_keys):
            last_key, first_key, last, first = _parts(word)
            self.last_keys[word] = last_key
            self.first_keys[word] = first_key
            self.lasts[word] = last
            self.firsts[word] = first
            if last_key == _WILD_LAST:
                self.wild_last.add(word)
            if first_key == _WILD_FIRST:
                self.wild_first.add(word)


def repeated_word_starts(context: CheckContext) -> list[int] | None:
    """Sorted offsets where a repeated-word match may start, or None: scan the whole text."""
    text = context.document.text
    if not text.isascii() and _holds_letter_numbers(context):
        return None
    words = context.words.words
    if len(words) < 2:
        return []
    parts = context.memory.own("rulepack.word-parts", _WordParts)
    distinct = context.words.distinct
    parts.add(distinct)
    following = islice(words, 1, None)
    # Pair i joins words i and i + 1 (`map` stops with the shorter, so at the last pair).
    paired = set(
        compress(
            count(),
            map(
                operator.eq,
                map(parts.last_keys.__getitem__, words),
                map(parts.first_keys.__getitem__, following),
            ),
        )
    )
    if not parts.wild_last.isdisjoint(distinct):
        paired.update(compress(range(len(words) - 1), map(parts.wild_last.__contains__, words)))
    if not parts.wild_first.isdisjoint(distinct):
        paired.update(compress(count(), map(parts.wild_first.__contains__, islice(words, 1, None))))
    if not paired:
        return []
    return _starts(context, words, sorted(paired), parts)


def _starts(context: CheckContext, words: tuple[str, ...], paired: list[int], parts: _WordParts) -> list[int]:
    """Where the first runs of the paired words stand: one pass of a small pattern built
    from the pairs, exactly as they are written (each run followed by whitespace and the
    next word's first run; the standard library's `re` compiles it in C)."""
    alternatives: set[str] = set()
    for index in paired:
        last, first = parts.lasts[words[index]], parts.firsts[words[index + 1]]
        ahead = rf"(?=\s+{re.escape(first)})"
        alternatives.add(re.escape(last) + ahead)
        if first.lower() == "s" or not first.isascii():
            alternatives.add(r"(?<=['’])[sS]" + ahead)  # the `s` of a possessive the word index leaves out
    pattern = re.compile("|".join(sorted(alternatives)))
    return [match.start() for match in pattern.finditer(context.document.text)]


_LETTER_NUMBER = regex.compile(r"\p{Nl}")


def _holds_letter_numbers(context: CheckContext) -> bool:
    """Whether the text holds a letter number. A letter number is no whitespace, so a text
    holds one exactly when one of its whitespace tokens does: decided per distinct token for
    the run (`Verdicts`), two set operations per document instead of a `regex` pass."""
    tokens = context.words.tokens
    if tokens is None:
        return _LETTER_NUMBER.search(context.document.text) is not None
    memory: Verdicts[bool] = context.memo("rulepack.letter-number-tokens", _holds_letter_number)
    return bool(memory.among(tokens))


def _holds_letter_number(token: str) -> bool | None:
    return True if _LETTER_NUMBER.search(token) else None
