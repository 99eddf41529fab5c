"""Pairs of words in a row that a name check needs (a surname beside a given name, a word that
glosses a surname before a given name), found among the document's words in order.

Why: the words of such pairs are each frequent (`long`, `Li`, `Beijing`, `high`) and some
are found inside other words (`along`, `Lin`), while the pairs are rare. A word of a pair is
a whole word of `WordIndex` and the pair two words of it in a row, so one byte per word
(the roles a word may play, `codes`), searched in C, finds the pairs as strings, and only
those strings are looked for in the text. The bytes are built once per document for every
kind of pair (building them costs more than searching them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import repeat

import regex

from mtfix.text import byte_class, find_starts

# The roles of a word in a pair: a surname in lower case that is no English function word, a
# capitalised surname, a given name in lower case, a capitalised one (`person_pair_fix`);
# an English word that glosses a surname, a possible given name after it (`surnames_by_meaning`).
LOWER_SURNAME, CAPITALISED_SURNAME, LOWER_GIVEN, CAPITALISED_GIVEN = 1, 2, 4, 8
MEANING_WORD, GIVEN_LIKE = 16, 32
_ALL_ROLES = 63


def _with(bits: int) -> bytes:
    """A byte class: the bytes of a word with one of `bits`."""
    return byte_class(bits, _ALL_ROLES)


# A pair `person_pair_fix` may fix: a lower-case surname before a given name in either case,
# a lower-case given name before a lower-case surname, a capitalised surname before a
# lower-case given name. (One class first: `re` then skips to the bytes it holds in C.)
PERSON_MARKS = re.compile(
    b"%s(?:(?<=%s)%s|(?<=%s)%s|(?<=%s)%s)"
    % (
        _with(LOWER_SURNAME | LOWER_GIVEN | CAPITALISED_SURNAME),
        *(_with(LOWER_SURNAME), _with(LOWER_GIVEN | CAPITALISED_GIVEN)),
        *(_with(LOWER_GIVEN), _with(LOWER_SURNAME)),
        *(_with(CAPITALISED_SURNAME), _with(LOWER_GIVEN)),
    )
)
# A pair `surnames_by_meaning` may fix: a word that glosses a surname, then a possible given name.
MEANING_MARKS = re.compile(_with(MEANING_WORD) + _with(GIVEN_LIKE))


def add_role(codes: dict[str, int], words: Iterable[str], role: int) -> None:
    """Give `words` the role `role` in `codes` (word -> roles)."""
    for word in words:
        codes[word] = codes.get(word, 0) | role


def pair_marks(in_order: tuple[str, ...], codes: Mapping[str, int]) -> bytes:
    """One byte per word of `in_order` (the text's words): its roles in `codes`, else 0."""
    return bytes(map(codes.get, in_order, repeat(0)))


def pairs_in_order(
    text: str,
    in_order: tuple[str, ...],
    marks: bytes,
    marked_pair: re.Pattern[bytes],
    pattern: regex.Pattern[str],
) -> list[regex.Match[str]]:
    """The matches of `pattern` (two words a space apart) at the pairs of words in a row of
    `in_order` (the text's words) whose bytes (`marks`) match `marked_pair`, overlapping, in
    text order. `pattern` must match only where its two words are two words of `WordIndex`
    in a row, written as they are there."""
    strings = set()
    pair = marked_pair.search(marks)
    while pair is not None:
        index = pair.start()
        strings.add(f"{in_order[index]} {in_order[index + 1]}")
        pair = marked_pair.search(marks, index + 1)
    starts = sorted({start for string in strings for start in find_starts(text, string)})
    return [found for start in starts if (found := pattern.match(text, start)) is not None]
