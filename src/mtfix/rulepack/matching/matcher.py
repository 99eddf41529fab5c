"""How a rule's pattern is matched on a document: one interface, its strategies chosen once.

Why: a plain `regex` scan of every document costs most of a rule pack's time, and the
pattern analyses (`analysis.py`) can usually say where a match may start, or that a
document cannot hold one. Which of those shortcuts a rule uses is decided once per rule
when the pack is loaded (`choose`), so running a rule is one call: `matcher.find(rule,
context)`, whatever the strategy. Every strategy yields exactly the matches of the plain
scan (the tests in `tests/equivalence/` compare them on real and generated text):

- `FullScan`: `finditer` over the document chunk by chunk, each chunk with its timeout;
- `AtCandidates`: the pattern tried only at the offsets a candidate source lists: a
  declared prefilter (`PREFILTERS`), the leading branches' anchors (`BranchStarts`) or
  the pattern's anchors admitted by its shape (`AnchorStarts`). A source that cannot
  narrow a document (too many candidates, a text the folded search cannot read) passes
  to the next, and the last resort is the full scan;
- `Gated`: a document lacking every required character, or every required string, has
  no match; otherwise the inner matcher runs.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

import regex

from mtfix.context import CHUNK_MARGIN, CheckContext
from mtfix.errors import RuleTimedOut
from mtfix.rulepack.anchors import Anchors
from mtfix.rulepack.branches import Branch
from mtfix.rulepack.kinds import PatternRule
from mtfix.rulepack.literal_index import LiteralIndex
from mtfix.rulepack.matching.analysis import Analysis, RequiredStrings
from mtfix.rulepack.occurrences import Occurrences
from mtfix.rulepack.repeated import repeated_phrase_starts, repeated_word_starts
from mtfix.rulepack.shape import Shape

# Candidate finders a rule may declare (`prefilter` in its file): each gives the sorted
# offsets where a match may start, or None when the whole text must be scanned.
PREFILTERS: Mapping[str, Callable[[CheckContext], list[int] | None]] = MappingProxyType(
    {"repeated-word": repeated_word_starts, "repeated-phrase": repeated_phrase_starts}
)

_OCCURRENCES = "rulepack.occurrences"


class Matcher(Protocol):
    """Finds a rule's matches in a document: those of one plain scan, in order."""

    def find(self, rule: PatternRule, context: CheckContext) -> Iterator[regex.Match[str]]: ...


class CandidateSource(Protocol):
    """Lists where a match may start in a document."""

    def starts(self, context: CheckContext) -> list[int] | None:
        """Sorted offsets holding every match start, or None when this source cannot narrow
        this document (the matcher then asks the next source, or scans)."""
        ...


def sought(rule: PatternRule, analysis: Analysis) -> Analysis:
    """The part of `analysis` that `choose`'s matcher reads: a rule with a declared
    prefilter never searches for its anchors or its branches' literals, so a literal index
    built for it leaves them out (the function words of `doubled-function-word-across-lines`
    were most of the index's hits, each an offset gathered in Python for nothing)."""
    if rule.prefilter is None:
        return analysis
    return Analysis(
        parsed=analysis.parsed, required=analysis.required, required_strings=analysis.required_strings
    )


def choose(rule: PatternRule, analysis: Analysis, index: LiteralIndex | None = None) -> Matcher:
    """The matcher for `rule`, given its pattern's analysis and the literal index of the
    rules loaded with it (None: each literal is searched for alone)."""
    sources: tuple[CandidateSource, ...]
    if rule.prefilter is not None:
        sources = (PrefilterStarts(rule.prefilter),)
    else:
        sources = ()
        if analysis.branches is not None:
            sources += (BranchStarts(analysis.branches, index),)
        if analysis.anchors is not None:
            anchored = AnchorStarts(analysis.anchors, analysis.shape, index)
            # Branches none of which a document can lack are read only when the whole
            # pattern's anchors are too many: they cost a Python pass per branch.
            droppable = any(branch.required is not None for branch in analysis.branches or ())
            sources = (*sources, anchored) if droppable else (anchored, *sources)
    matcher: Matcher = AtCandidates(sources) if sources else FullScan()
    if analysis.required is None and analysis.required_strings is None:
        return matcher
    return Gated(analysis.required, analysis.required_strings, index, matcher)


@dataclass(frozen=True)
class FullScan:
    """Every match of a plain scan."""

    def find(self, rule: PatternRule, context: CheckContext) -> Iterator[regex.Match[str]]:
        return scan(rule, context)


@dataclass(frozen=True)
class AtCandidates:
    """The pattern tried only where the first source that can narrow the document says."""

    sources: tuple[CandidateSource, ...]

    def find(self, rule: PatternRule, context: CheckContext) -> Iterator[regex.Match[str]]:
        for source in self.sources:
            starts = source.starts(context)
            if starts is None:
                continue
            found = matches_at(rule, context, starts)
            if found is not None:
                return iter(found)
        return scan(rule, context)


@dataclass(frozen=True)
class Gated:
    """No match in a document lacking all of `characters` or all of `strings`."""

    characters: frozenset[str] | None
    strings: RequiredStrings | None
    index: LiteralIndex | None
    inner: Matcher

    def find(self, rule: PatternRule, context: CheckContext) -> Iterator[regex.Match[str]]:
        text = context.document.text
        if self.characters is not None and not any(character in text for character in self.characters):
            return iter(())
        if self.strings is not None and not context.shared(_OCCURRENCES, Occurrences).holds_any(
            *self.strings, self.index
        ):
            return iter(())
        return self.inner.find(rule, context)


@dataclass(frozen=True)
class PrefilterStarts:
    """A candidate finder the rule declares by name (`PREFILTERS`); its offsets are found
    once per document for every rule that declares it (`doubled-word` and its kin)."""

    name: str

    def starts(self, context: CheckContext) -> list[int] | None:
        return context.shared(f"rulepack.prefilter.{self.name}", PREFILTERS[self.name])


@dataclass(frozen=True)
class AnchorStarts:
    """Where one of the pattern's anchors occurs and the text there has its shape."""

    anchors: Anchors
    shape: Shape | None
    index: LiteralIndex | None

    def starts(self, context: CheckContext) -> list[int] | None:
        candidates = context.shared(_OCCURRENCES, Occurrences).candidates(self.anchors, self.index)
        if candidates and self.shape is not None:
            candidates = self.shape.admitted(context.document.text, candidates)
        return candidates


@dataclass(frozen=True)
class BranchStarts:
    """The anchors of each leading branch whose required strings the document holds
    (`branches.py`); cannot narrow when such a branch has no anchors or too many."""

    branches: tuple[Branch, ...]
    index: LiteralIndex | None

    def starts(self, context: CheckContext) -> list[int] | None:
        occurrences = context.shared(_OCCURRENCES, Occurrences)
        text = context.document.text
        index = self.index
        found: set[int] = set()
        for branch in self.branches:
            if branch.required is not None and not occurrences.holds_any(*branch.required, index):
                continue
            if branch.anchors is None:
                return None
            candidates = occurrences.candidates(branch.anchors, index)
            if candidates is None:
                return None
            found.update(branch.shape.admitted(text, candidates) if branch.shape is not None else candidates)
        return sorted(found)


def matches_at(
    rule: PatternRule, context: CheckContext, candidates: list[int]
) -> list[regex.Match[str]] | None:
    """The matches of `scan`, trying the pattern only at `candidates` (sorted offsets that
    include every match start); None when an empty match needs `finditer`'s rules."""
    found: list[regex.Match[str]] = []
    if not candidates:
        return found
    text = context.document.text
    match_at = rule.compiled().match
    trusted = rule.trusted
    length = len(text)
    resume = 0
    index = 0
    for chunk_start, chunk_end in context.chunks:
        position = max(chunk_start, resume)
        limit = min(length, chunk_end + CHUNK_MARGIN) if chunk_end < length else length
        deadline = 0.0 if trusted else time.monotonic() + rule.timeout
        index = bisect.bisect_left(candidates, position, index)
        while index < len(candidates) and candidates[index] < chunk_end:
            candidate = candidates[index]
            index += 1
            if candidate < position:
                continue  # inside the previous match
            if trusted:
                match = match_at(text, candidate, limit)
            else:
                remaining = max(deadline - time.monotonic(), 1e-6)
                try:
                    match = match_at(text, candidate, limit, timeout=remaining)
                except TimeoutError as error:
                    raise _timed_out(rule, context) from error
            if match is None:
                continue
            if match.start() >= chunk_end:
                break
            if match.start() == match.end():
                return None
            found.append(match)
            position = resume = match.end()
    return found


def scan(rule: PatternRule, context: CheckContext) -> Iterator[regex.Match[str]]:
    """Matches over the whole text, found chunk by chunk (each chunk with its own timeout,
    unless the rule is trusted).

    A chunk's scan may look `CHUNK_MARGIN` characters past its end, and keeps only
    matches that start inside it, so the matches are those of one scan of the text.
    """
    text = context.document.text
    pattern = rule.compiled()
    timeout = None if rule.trusted else rule.timeout
    length = len(text)
    resume = 0
    for chunk_start, chunk_end in context.chunks:
        position = max(chunk_start, resume)
        if position >= chunk_end:
            continue
        limit = min(length, chunk_end + CHUNK_MARGIN) if chunk_end < length else length
        found: list[regex.Match[str]] = []
        try:
            # Collected before yielding, so the caller's work never counts against the timeout.
            for match in pattern.finditer(text, position, limit, timeout=timeout):
                if match.start() >= chunk_end:
                    break
                found.append(match)
        except TimeoutError as error:
            raise _timed_out(rule, context) from error
        if found:
            resume = found[-1].end()
        yield from found


def _timed_out(rule: PatternRule, context: CheckContext) -> RuleTimedOut:
    return RuleTimedOut(
        rule.info.origin,
        rule.info.id,
        f"pattern timed out after {rule.timeout:g} s on {context.document.path}; "
        "rule disabled for the rest of the run",
    )
