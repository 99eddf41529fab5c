"""Where the pattern rules' literals occur in one document, found once for all of them.

Why: anchored matching (`anchors.py`) needs the offsets of each rule's literals, and a
`str.find` pass over a document costs as much for a literal that is absent as for one
that is everywhere. Two things keep that cheap across forty rules:
- offsets are found once per document and literal, and shared by every rule that asks
  (the quantifier rules share `many`, the article rules share `a `);
- a literal holding a run of three or more ASCII letters can only occur inside one of the
  document's words (`context.words`: a run of letters is never split between two words,
  and only a one-letter possessive `s` is left out), so it is looked for only when every
  three-letter slice of that run occurs in some word lower-cased (each distinct word's
  slices are cached for the whole run; the word index is shared with other checks).

Rules loaded together share a `LiteralIndex` (`literal_index.py`): the literals it holds
are found for all of them in one automaton pass per document and kind, and read from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mtfix.context import CheckContext
from mtfix.patterns import compiled
from mtfix.rulepack.anchors import Anchors, find_all
from mtfix.rulepack.literal_index import Found, LiteralIndex
from mtfix.verdicts import Verdicts

# Anchored matching is used while candidates are fewer than one per this many characters;
# past that, one `regex` scan of the text is cheaper than a Python call per candidate.
CHARACTERS_PER_CANDIDATE = 40
# The per-word trigram cache is emptied past this many words, so memory stays bounded.
MAX_CACHED_WORDS = 200_000
MAX_CACHED_PATTERNS = 10_000  # literal alternations compiled for the run before starting afresh

# A set of more strings than this still in doubt after the trigram test is searched for in
# one pass of a compiled alternation instead of one `in` pass per string.
MAX_SEPARATE_SEARCHES = 4

_LETTER_RUN = compiled(r"[A-Za-z]{3,}")


def trigrams(word: str) -> frozenset[str]:
    """Every three-character slice of `word` lower-cased."""
    lowered = word.lower()
    return frozenset(lowered[index : index + 3] for index in range(len(lowered) - 2))


def literal_trigrams(literal: str) -> frozenset[str]:
    """The trigrams every occurrence of `literal` puts inside one word (its ASCII letter runs)."""
    grams: set[str] = set()
    for run in _LETTER_RUN.findall(literal):
        grams |= trigrams(run)
    return frozenset(grams)


class Occurrences:
    """Offsets of literals in one document (`context.shared`), each found once."""

    def __init__(self, context: CheckContext) -> None:
        self._context = context
        self.limit = len(context.document.text) // CHARACTERS_PER_CANDIDATE
        self._found: dict[tuple[str, bool], list[int] | None] = {}
        self._held: dict[tuple[str, bool], bool] = {}
        self._held_sets: dict[tuple[frozenset[str], bool], bool] = {}
        self._trigrams: frozenset[str] | None = None
        self._indexed: dict[tuple[LiteralIndex, bool], Found | None] = {}

    def candidates(self, anchors: Anchors, index: LiteralIndex | None = None) -> list[int] | None:
        """Where `anchors` let an attempt start, or None (too many, or no folded text).
        `index`: the literal index of the asking rule's set, if it has one."""
        searched = self._context.folded_text if anchors.folded else self._context.document.text
        if searched is None:
            return None
        folded = anchors.folded
        if index is not None:
            found = self._found_by(index, folded, searched)
            if found is not None:
                return anchors.positions(
                    searched, self.limit, self._reader(found, index.literals(folded), searched, folded)
                )
        return anchors.positions(
            searched, self.limit, lambda literal: self._offsets(searched, literal, folded)
        )

    def holds_any(self, strings: frozenset[str], folded: bool, index: LiteralIndex | None = None) -> bool:
        """Whether the text (lower-cased if `folded`) may hold one of `strings`."""
        searched = self._context.folded_text if folded else self._context.document.text
        if searched is None:
            return True
        if index is not None and strings <= index.literals(folded):
            found = self._found_by(index, folded, searched)
            if found is not None:
                return not found.keys().isdisjoint(strings)
        if len(strings) > MAX_SEPARATE_SEARCHES:
            return self._holds_any_of_many(strings, folded, searched)
        for string in strings:
            key = (string, folded)
            held = self._held.get(key)
            if held is None:
                needed = self._literal_trigrams(string)
                held = self._held[key] = not (needed and not needed <= self._document_trigrams()) and (
                    string in searched
                )
            if held:
                return True
        return False

    def _holds_any_of_many(self, strings: frozenset[str], folded: bool, searched: str) -> bool:
        """`holds_any` for a large set: strings whose trigrams the document lacks are out at
        once, and if many remain, one search for them all (each absent string would cost a
        pass over the text, and a rule's many strings are mostly absent)."""
        key = (strings, folded)
        held = self._held_sets.get(key)
        if held is None:
            grams = self._document_trigrams()
            possible = [string for string in strings if self._literal_trigrams(string) <= grams]
            if len(possible) > MAX_SEPARATE_SEARCHES:
                held = self._alternation(strings).search(searched) is not None
            else:
                held = any(string in searched for string in possible)
            self._held_sets[key] = held
        return held

    def _reader(
        self, found: Found, indexed: frozenset[str], searched: str, folded: bool
    ) -> Callable[[str], list[int] | None]:
        """A literal's offsets read from an index pass (None past the limit, as `find_all`);
        a literal the index lacks (one character) is searched for."""
        limit = self.limit

        def offsets(literal: str) -> list[int] | None:
            if literal not in indexed:
                return self._offsets(searched, literal, folded)
            at = found.get(literal, [])
            return None if len(at) > limit else at

        return offsets

    def _found_by(self, index: LiteralIndex, folded: bool, searched: str) -> Found | None:
        """The offsets of every literal `index` holds, found in one pass per document and kind."""
        key = (index, folded)
        try:
            return self._indexed[key]
        except KeyError:
            found = self._indexed[key] = index.find(searched, folded)
            return found

    def _alternation(self, strings: frozenset[str]) -> re.Pattern[str]:
        """One pattern matching any of `strings`, compiled once per run (stdlib `re`: fast
        to compile, and a literal alternation is all it needs)."""
        pattern: re.Pattern[str] | None = self._context.memo(
            "rulepack.string-alternations", _alternation, MAX_CACHED_PATTERNS
        ).of(strings)
        assert pattern is not None  # a compiled pattern is always a verdict
        return pattern

    def _offsets(self, searched: str, literal: str, folded: bool) -> list[int] | None:
        key = (literal, folded)
        try:
            return self._found[key]
        except KeyError:
            pass
        needed = self._literal_trigrams(literal)
        if needed and not needed <= self._document_trigrams():
            offsets: list[int] | None = []
        else:
            offsets = find_all(searched, literal, self.limit)
        self._found[key] = offsets
        return offsets

    def _literal_trigrams(self, literal: str) -> frozenset[str]:
        found: frozenset[str] | None = self._context.memo(
            "rulepack.literal-trigrams", literal_trigrams, MAX_CACHED_WORDS
        ).of(literal)
        return frozenset() if found is None else found

    def _document_trigrams(self) -> frozenset[str]:
        if self._trigrams is None:
            context = self._context
            memory: Verdicts[frozenset[str]] = context.memo(
                "rulepack.word-trigrams", _trigrams_or_none, MAX_CACHED_WORDS
            )
            held = memory.among(context.words.distinct)
            self._trigrams = frozenset().union(*map(memory.verdicts.__getitem__, held))
        return self._trigrams


def _alternation(strings: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(strings))))


def _trigrams_or_none(word: str) -> frozenset[str] | None:
    return trigrams(word) or None
