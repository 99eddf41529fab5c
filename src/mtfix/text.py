"""Text primitives shared by every layer: where a string occurs, apostrophes, possessives,
the one pattern of a word, and the offset-keeping lower-cased text.

Why one module: these small helpers were copied into the word index, the name analysis
and several checks, and copies drift (one stripped a possessive `'S`, another did not).
Everything here is a pure function or a constant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick_rs
import regex

from mtfix.patterns import compiled

APOSTROPHES = "'’"  # straight and curly: machine translation mixes them
_LETTERS = r"\p{L}"
# A word: letters, with apostrophes and hyphens inside (`Xi'an`, `Zhong-ping`, `people's`).
WORD_PATTERN = rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*"
WORD = compiled(WORD_PATTERN)
# Where a word can start: not after a letter, nor after a joiner that follows a letter
# (`Xi'an` holds no word `an`, `Zhong-ping` no word `ping`).
WORD_START = rf"(?<!{_LETTERS})(?<!{_LETTERS}['’\-])"
# The word that starts at the position tried (`WORD_AT.match(text, index)`).
WORD_AT = compiled(WORD_START + WORD_PATTERN)


def find_starts(text: str, string: str) -> Iterator[int]:
    """Every offset where `string` occurs in `text`, overlapping ones included, in order
    (`str.find` is C code: no pattern compiled for a string searched once)."""
    index = text.find(string)
    while index >= 0:
        yield index
        index = text.find(string, index + 1)


def find_any_starts(text: str, strings: Iterable[str]) -> list[int]:
    """Every offset where one of `strings` occurs in `text`, overlapping ones included, in no
    particular order (an offset twice if two strings begin there). For strings searched once;
    a fixed set searched in every document is a `StringSearch` built once."""
    return StringSearch(strings).starts(text)


class StringSearch:
    """Strings searched for together: every offset where one occurs, in one Aho-Corasick pass.

    Why an automaton: for more than a few strings, one pass in C costs less than a
    `str.find` pass per string. `reused`: the search serves many texts (a fixed vocabulary),
    so the automaton quickest to search is built, not the one quickest to build. A text or
    string the automaton cannot take (a lone surrogate is no UTF-8) is searched string by
    string. (It must be handed only strings it can take: given a lone surrogate, it may
    silently drop the strings after it.)"""

    __slots__ = ("_automaton", "strings")

    def __init__(self, strings: Iterable[str], *, reused: bool = False) -> None:
        self.strings = tuple(string for string in strings if string)
        try:
            "".join(self.strings).encode("utf-8")
        except UnicodeEncodeError:
            self._automaton = None
            return
        kind = ahocorasick_rs.Implementation.DFA if reused else ahocorasick_rs.Implementation.NoncontiguousNFA
        self._automaton = ahocorasick_rs.AhoCorasick(list(self.strings), implementation=kind)

    def starts(self, text: str) -> list[int]:
        """Every offset where one of the strings occurs, as `find_any_starts` gives them."""
        if self._automaton is not None:
            try:
                return [
                    start for _, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True)
                ]
            except UnicodeEncodeError:
                pass
        return [start for string in self.strings for start in find_starts(text, string)]


def matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int]) -> list[regex.Match[str]]:
    """The matches of `pattern.finditer(text)`, tried only at `starts`, which must hold every
    offset where a match can begin (more do no harm).

    Why: a pattern that can only match where a rare word is found need not be tried at every
    position of the text; like `finditer`, a match begins at or after the end of the last."""
    found = []
    resume = 0
    for start in sorted(set(starts)):
        if start >= resume and (match := pattern.match(text, start)) is not None:
            found.append(match)
            resume = match.end()
    return found


def byte_class(bits: int, top: int = 255) -> bytes:
    """A `re` byte class of the bytes 1..`top` that hold one of `bits`. Why: checks mark each
    word of a document with a byte (`names.wordmarks`, `names.word_pairs`) and find runs of
    words in C with a pattern of such classes."""
    return b"[" + b"".join(re.escape(bytes((mark,))) for mark in range(1, top + 1) if mark & bits) + b"]"


_NON_ASCII_RUN = compiled(r"[^\x00-\x7f]+")


def non_ascii(text: str) -> str:
    r"""The text's characters outside ASCII, joined (a news text's quotes, dashes and CJK).

    Why: `regex` scans a text for a Unicode property (`\p{Lu}`, `\p{N}`) at several times
    the cost of a scan for non-ASCII runs; a property that only non-ASCII characters have
    besides known ASCII ones is looked for in this short string instead, and the whole text
    is then scanned with an ASCII class."""
    return "".join(_NON_ASCII_RUN.findall(text))


def strip_possessive(word: str) -> str:
    """`word` without a possessive `'s` / `’s` (`China's` -> `China`); `'s` alone stays."""
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        return word[:-2]
    return word


# Characters `regex` case-folds onto ASCII letters where `str.lower` does not.
UNSAFE_FOR_FOLDING = ("\u017f", "\u0130")


def folded_text(text: str) -> str | None:
    """`text` lower-cased offset for offset, or None when case-insensitive searches of the
    lower-cased copy would not find what `regex` finds (a length change, or a character in
    `UNSAFE_FOR_FOLDING`). The check context computes it once per document; the rule
    packs' anchors and the word checks search it."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(character in text for character in UNSAFE_FOR_FOLDING):
        return None
    return lowered
