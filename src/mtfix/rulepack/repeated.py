"""Where a word may be repeated: candidates for rules declaring `prefilter = "repeated-word"`.

Why: `doubled-word` cannot be anchored on a literal (its match is any word followed by
itself), and every document holds a doubled word somewhere, so skipping documents gives
nothing; one `regex` scan per document was its whole cost. A repeat is visible in the
shared word sequence (`context.words`): the last letter run of one word equals, up to
case, the first letter run of the next. Such pairs are a handful per document; the pattern
is tried only where small patterns built from them (the runs as written) find them.

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

from mtfix.context import CheckContext
from mtfix.patterns import compiled

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

    __slots__ = ("capital_lasts", "first_keys", "firsts", "last_keys", "lasts", "wild_first", "wild_last")

    def __init__(self) -> None:
        self.last_keys: dict[str, str] = {}
        self.first_keys: dict[str, str] = {}
        self.lasts: dict[str, str] = {}
        self.firsts: dict[str, str] = {}
        self.wild_last: set[str] = set()
        self.wild_first: set[str] = set()
        self.capital_lasts: dict[str, str] = {}  # the last run if it opens with a capital, else ""

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
                self.capital_lasts,
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
            self.capital_lasts[word] = last if last[:1].isupper() else ""


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
    # Words that pair with anything: each occurrence pairs with the word after (before) it.
    final = len(words) - 1
    wild_lasts = _indices(words, parts.wild_last.intersection(distinct))
    paired.update(index for index in wild_lasts if index < final)
    wild_firsts = _indices(words, parts.wild_first.intersection(distinct))
    paired.update(index - 1 for index in wild_firsts if index > 0)
    if not paired:
        return []
    return _starts(context, words, sorted(paired), parts)


_REPEATED_WORD = "rulepack.prefilter.repeated-word"


def repeated_phrase_starts(context: CheckContext) -> list[int] | None:
    """Sorted offsets where a word or a two-word phrase said twice may start, or None: scan
    the whole text. For rules declaring `prefilter = "repeated-phrase"`.

    The rule promises that every match either starts as a `repeated-word` match does, or is
    a phrase `A B A B` written exactly so, one space apart, where `A` is a maximal run of
    letters opening with a capital and `B` a word of letters. In the word sequence the phrase
    is word `i` whose last run is `A`, then `B`, then `A` again, then a word whose first run
    is `B` (exact comparisons: the phrase repeats as written; only capitalised runs are
    compared). Why: `doubled-capitalised-word`
    tried its two branches at every position, about 19 ms per 200,000 words; the two
    passes over the word sequence cost about 13."""
    singles = context.shared(_REPEATED_WORD, repeated_word_starts)
    if singles is None:
        return None
    words = context.words.words
    if len(words) < 4:
        return singles
    parts = context.memory.own("rulepack.word-parts", _WordParts)
    parts.add(context.words.distinct)
    lasts, firsts = parts.lasts, parts.firsts
    # Word i's last run, when it opens with a capital as `A` does, is word i + 2 (`map`
    # stops with the shorter, at the last such i; a run without a capital is "", no word).
    same = compress(
        count(), map(operator.eq, map(parts.capital_lasts.__getitem__, words), islice(words, 2, None))
    )
    following: dict[str, set[str]] = {}
    final = len(words) - 3
    for index in same:
        if index < final and words[index + 1] == firsts[words[index + 3]]:
            following.setdefault(lasts[words[index]], set()).add(words[index + 1])
    if not following:
        return singles
    return sorted({*singles, *run_starts(context.document.text, following)})


def _indices(words: tuple[str, ...], wanted: set[str]) -> list[int]:
    """Every index of the words of `wanted` in `words`. Why `tuple.index`: words that pair
    with anything (a lone `s`, a cased letter outside ASCII) occur a few times in a
    document, and a C-level search per occurrence beats a Python test per word."""
    found = []
    for word in wanted:
        index = -1
        try:
            while True:
                index = words.index(word, index + 1)
                found.append(index)
        except ValueError:
            pass
    return found


def _starts(context: CheckContext, words: tuple[str, ...], paired: list[int], parts: _WordParts) -> list[int]:
    """Where the first runs of the paired words stand: each run, exactly as written, where
    `str.find` finds it followed by whitespace and the next word's first run (`run_starts`)."""
    following: dict[str, set[str]] = {}
    for index in paired:
        following.setdefault(parts.lasts[words[index]], set()).add(parts.firsts[words[index + 1]])
    return run_starts(context.document.text, following)


# The apostrophe before the `s` of a possessive the word index leaves out, one pattern per
# apostrophe: `re` skips to a leading literal in C, but tries a class at every position.
_APOSTROPHE_S = ("'[sS]", "’[sS]")


def run_starts(text: str, following: dict[str, set[str]]) -> list[int]:
    """Sorted offsets where a run of `following` occurs, exactly as written, followed by
    whitespace and one of the runs it maps to; and, for a following run `s` or one holding
    a character outside ASCII, where an `s` or `S` after an apostrophe is so followed.

    Why a small pattern per run rather than one alternation of them all: a pattern that
    opens with a literal is searched for by the standard library's `re` in C, skipping to
    each occurrence, while an alternation is tried at every position holding one of its
    first letters (a third of this prefilter's cost). The offsets hold every start of the
    rule's matches (`tests/equivalence/test_repeated_run_search.py`)."""
    found: set[int] = set()
    possessive: set[str] = set()
    for last, firsts in following.items():
        possessive.update(first for first in firsts if first.lower() == "s" or not first.isascii())
        found.update(map(re.Match.start, _followed(re.escape(last), firsts).finditer(text)))
    for head in _APOSTROPHE_S if possessive else ():
        found.update(match.start() + 1 for match in _followed(head, possessive).finditer(text))
    return sorted(found)


def _followed(head: str, firsts: set[str]) -> re.Pattern[str]:
    """`head` where whitespace and then one of `firsts` follow (`re` keeps recent patterns)."""
    return re.compile(head + r"(?=\s+(?:" + "|".join(map(re.escape, sorted(firsts))) + "))")


_LETTER_NUMBER = compiled(r"\p{Nl}")


def _holds_letter_numbers(context: CheckContext) -> bool:
    """Whether the text holds a letter number: `regex` searches in C, cheaper than comparing
    the document's distinct tokens with a run's memory of them. Letter numbers are not ASCII,
    and a scan for the property costs about four times a scan for non-ASCII runs, so only
    those runs are searched."""
    return _LETTER_NUMBER.search(context.non_ascii) is not None
