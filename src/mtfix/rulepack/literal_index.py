"""Every literal of a rule set found in one pass per document (Aho-Corasick).

Why: anchored matching (`anchors.py`) and required strings (`required.py`) need, per
document, where a few hundred literals occur (`many `, ` ,`, `of The`). A `str.find` pass
costs as much for an absent literal as for a frequent one (about 15 µs on a typical
document), and most literals are absent. An Aho-Corasick automaton over all the literals
of the rules loaded together (`ahocorasick-rs`, a DFA built once per rule set) reports
every occurrence of every literal, overlapping ones included, in one C call: exactly the
offsets repeated `str.find` gives (the property tests compare them).

Literals of one character stay with `str.find`: they are everywhere (a space) or rare,
and as matches they would outnumber all the others. A text the automaton cannot take
(lone surrogates are not UTF-8) is searched literal by literal as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

import ahocorasick_rs

from mtfix.rulepack.anchors import Anchors

# Literals shorter than this are searched with `str.find` (see the module docstring).
MIN_INDEXED_LENGTH = 2

Found = dict[str, list[int]]  # literal -> its sorted offsets; an absent literal has no key


class Sought(Protocol):
    """What the index gathers literals from: a pattern's `matching.analysis.Analysis`
    (named by its shape, because the matching package builds on this module)."""

    def anchor_sets(self) -> Iterable[Anchors]: ...

    def string_sets(self) -> Iterable[tuple[frozenset[str], bool]]: ...


def _indexable(literal: str) -> bool:
    if len(literal) < MIN_INDEXED_LENGTH:
        return False
    try:
        literal.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class LiteralIndex:
    """The literals of a rule set, exact (searched in the text) and folded (searched in the
    lower-cased text), with an automaton for each built on first use."""

    __slots__ = ("_automata", "exact", "folded")

    def __init__(self, exact: Iterable[str], folded: Iterable[str]) -> None:
        self.exact = frozenset(filter(_indexable, exact))
        self.folded = frozenset(filter(_indexable, folded))
        self._automata: dict[bool, tuple[ahocorasick_rs.AhoCorasick | None, tuple[str, ...]]] = {}

    @classmethod
    def of(cls, analyses: Iterable[Sought]) -> LiteralIndex:
        """Every literal the rules look up: anchors and required strings, of the whole
        pattern and of each leading branch."""
        literals: dict[bool, set[str]] = {False: set(), True: set()}
        for analysis in analyses:
            for anchors in analysis.anchor_sets():
                literals[anchors.folded].update(anchors.literals)
            for strings, folded in analysis.string_sets():
                literals[folded].update(strings)
        return cls(literals[False], literals[True])

    def literals(self, folded: bool) -> frozenset[str]:
        return self.folded if folded else self.exact

    def find(self, text: str, folded: bool) -> Found | None:
        """Where each literal of the kind occurs in `text` (the lower-cased text if `folded`);
        None when the text cannot be searched this way."""
        automaton, patterns = self._automaton(folded)
        if automaton is None:
            return {}
        try:
            matches = automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return None
        # Matches come in order of their end; one literal's ends, hence starts, ascend.
        by_pattern: defaultdict[int, list[int]] = defaultdict(list)
        for pattern, start, _ in matches:
            by_pattern[pattern].append(start)
        return {patterns[pattern]: offsets for pattern, offsets in by_pattern.items()}

    def _automaton(self, folded: bool) -> tuple[ahocorasick_rs.AhoCorasick | None, tuple[str, ...]]:
        built = self._automata.get(folded)
        if built is None:
            patterns = tuple(sorted(self.literals(folded)))
            automaton = (
                ahocorasick_rs.AhoCorasick(
                    list(patterns),
                    matchkind=ahocorasick_rs.MatchKind.Standard,
                    implementation=ahocorasick_rs.Implementation.DFA,
                )
                if patterns
                else None
            )
            built = self._automata[folded] = (automaton, patterns)
        return built
