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
from itertools import compress

import regex

from mtfix.context import CheckContext

# Distinct words whose parts are cached past this many are forgotten, so memory stays bounded.
MAX_CACHED_WORDS = 200_000
# A pair key no part has (parts are non-empty letters): never equal to the next word's key.
_WILD_LAST = ""
_WILD_FIRST = "\x00"

_JOINERS = re.compile(r"['’\-]")
_APOSTROPHES = "'’"

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


def repeated_word_starts(context: CheckContext) -> list[int] | None:
    """Sorted offsets where a repeated-word match may start, or None: scan the whole text."""
    text = context.document.text
    if not text.isascii() and context.resources.load("rulepack.letter-numbers", _letter_numbers).search(text):
        return None
    cache: dict[str, _Parts] = context.resources.load("rulepack.word-parts", _new_cache)
    if len(cache) > MAX_CACHED_WORDS:
        cache.clear()
    words = context.words.words
    if len(words) < 2:
        return []
    unseen = context.words.distinct.difference(cache)
    for word in unseen:
        cache[word] = _parts(word)
    lasts = list(map(operator.itemgetter(0), map(cache.__getitem__, words)))
    firsts = list(map(operator.itemgetter(1), map(cache.__getitem__, words)))
    pairs = range(len(words) - 1)
    paired = set(compress(pairs, map(operator.eq, lasts, firsts[1:])))
    if any(cache[word][0] == _WILD_LAST for word in context.words.distinct):
        paired.update(compress(pairs, map(_WILD_LAST.__eq__, lasts)))
    if any(cache[word][1] == _WILD_FIRST for word in context.words.distinct):
        paired.update(compress(pairs, map(_WILD_FIRST.__eq__, firsts[1:])))
    if not paired:
        return []
    return _starts(context, words, sorted(paired), cache)


def _starts(
    context: CheckContext, words: tuple[str, ...], paired: list[int], cache: dict[str, _Parts]
) -> list[int]:
    """Where the first runs of the paired words stand: one pass of a small pattern built
    from the pairs, exactly as they are written (each run followed by whitespace and the
    next word's first run; the standard library's `re` compiles it in C)."""
    alternatives: set[str] = set()
    for index in paired:
        last, first = cache[words[index]][2], cache[words[index + 1]][3]
        ahead = rf"(?=\s+{re.escape(first)})"
        alternatives.add(re.escape(last) + ahead)
        if first.lower() == "s" or not first.isascii():
            alternatives.add(r"(?<=['’])[sS]" + ahead)  # the `s` of a possessive the word index leaves out
    pattern = re.compile("|".join(sorted(alternatives)))
    return [match.start() for match in pattern.finditer(context.document.text)]


def _letter_numbers(_: object) -> regex.Pattern[str]:
    return regex.compile(r"\p{Nl}")


def _new_cache(_: object) -> dict[str, _Parts]:
    return {}
