"""The kinds of declarative rule: all variety lives in the rule files, not here.

- `pattern`: a regex (regex-module syntax); the match is the finding's span and the
  replacement is an expansion template (`\\1`, `\\g<name>`).
- `substitution`: a table of wrong phrase -> right phrase, matched on word boundaries,
  compiled into one alternation so a large table costs one pass.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import regex

from mtfix.context import CHUNK_MARGIN, CheckContext
from mtfix.errors import RuleError
from mtfix.models import Applicability, Finding, RuleInfo, Severity
from mtfix.rulepack.anchors import Anchors, anchors_of
from mtfix.rulepack.branches import Branch, branches_of
from mtfix.rulepack.literal_index import LiteralIndex
from mtfix.rulepack.literals import parse_pattern, required_characters_in
from mtfix.rulepack.messages import MessageTemplate, format_message
from mtfix.rulepack.occurrences import Occurrences
from mtfix.rulepack.repeated import repeated_word_starts
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.shape import Shape, shape_of

# A user rule with catastrophic backtracking is stopped after this many seconds per chunk
# of a document (see `CheckContext.chunks`), so long documents do not time out.
DEFAULT_TIMEOUT_SECONDS = 2.0
# Longer patterns (big substitution tables) are not analysed for required characters.
MAX_ANALYSED_PATTERN = 4000
# Flags under which `regex` folds case in ways the anchor analysis does not model.
_FULL_FOLDING = regex.FULLCASE | regex.VERSION1


def has_fields(template: str) -> bool:
    """Whether a message quotes the match; if not it is used as is, with no formatting."""
    return "{" in template


class DeferredPattern:
    """A `regex` pattern compiled on first use.

    Why: `regex` compiles in pure Python, which made loading the rule pack a third of
    start-up, and most rules never run on a given input (their literals are absent). The
    loader checks the syntax at load (`loader.py`); the attributes a compiled pattern has
    are passed through, so code that reads `rule.pattern` sees no difference.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def compiled(pattern: regex.Pattern[str] | DeferredPattern) -> regex.Pattern[str]:
    return pattern.compiled if isinstance(pattern, DeferredPattern) else pattern


@dataclass(frozen=True)
class PatternRule:
    """A declarative rule: a pattern, an optional fix template, its metadata and examples."""

    info: RuleInfo
    pattern: regex.Pattern[str] | DeferredPattern
    message: str
    replacements: tuple[str, ...] = ()
    protect: bool = True
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    lookup: Mapping[str, str] = field(default_factory=dict)  # substitution kind only
    prefilter: str | None = None  # a declared candidate finder (PREFILTERS)
    # A built-in rule (reviewed data shipped with mtfix) runs without a timeout: setting one
    # up costs more than most anchored match attempts. User rules always keep theirs.
    trusted: bool = field(default=False, compare=False)
    # Derived for speed: characters every match contains (skip documents without any of
    # them), literals every match starts with, and whether the message needs formatting.
    # `parsed`: whether the standard library's parser read the pattern (see loader.py).
    required: frozenset[str] | None = field(init=False, default=None, compare=False, repr=False)
    anchors: Anchors | None = field(init=False, default=None, compare=False, repr=False)
    shape: Shape | None = field(init=False, default=None, compare=False, repr=False)
    branches: tuple[Branch, ...] | None = field(init=False, default=None, compare=False, repr=False)
    required_strings: tuple[frozenset[str], bool] | None = field(
        init=False, default=None, compare=False, repr=False
    )
    formatted: bool = field(init=False, default=True, compare=False, repr=False)
    # The literals of the rules loaded with this one, found in one pass (`share_literals`).
    literal_index: LiteralIndex | None = field(init=False, default=None, compare=False, repr=False)
    parsed: bool = field(init=False, default=False, compare=False, repr=False)
    # The message read once at the rule's first finding; replacement templates holding no
    # backslash (no group reference or escape) expand to themselves.
    template: MessageTemplate | None = field(init=False, default=None, compare=False, repr=False)
    literal_replacements: bool = field(init=False, default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        source = self.pattern.pattern
        if len(source) <= MAX_ANALYSED_PATTERN:
            parsed = parse_pattern(source, self.pattern.flags)
            if parsed is not None:
                object.__setattr__(self, "parsed", True)
                object.__setattr__(self, "required", required_characters_in(parsed))
                if not self.pattern.flags & _FULL_FOLDING:
                    object.__setattr__(self, "required_strings", required_strings_in(parsed))
                if not self.pattern.flags & _FULL_FOLDING:
                    object.__setattr__(self, "anchors", anchors_of(parsed))
                if self.anchors is not None:
                    object.__setattr__(self, "shape", shape_of(parsed))
                if not self.pattern.flags & _FULL_FOLDING:
                    object.__setattr__(self, "branches", _useful(branches_of(parsed)))
        object.__setattr__(self, "formatted", has_fields(self.message))
        object.__setattr__(
            self, "literal_replacements", all("\\" not in template for template in self.replacements)
        )

    def share_literals(self, index: LiteralIndex) -> None:
        """Read literal offsets from `index` (built from this rule's set, once per load)."""
        object.__setattr__(self, "literal_index", index)

    @property
    def id(self) -> str:
        return self.info.id

    def rules(self) -> Sequence[RuleInfo]:
        return (self.info,)

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern; a pattern only `regex` could judge fails here, as at load."""
        try:
            return compiled(self.pattern)
        except regex.error as error:
            raise RuleError(self.info.origin, self.info.id, f"bad pattern: {error}") from error

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        if self.required is not None and not any(character in text for character in self.required):
            return
        if self.required_strings is not None and not context.shared(
            "rulepack.occurrences", Occurrences
        ).holds_any(*self.required_strings, self.literal_index):
            return
        info = self.info
        protected = None
        for match in self._matches(context):
            start, end = match.span()
            if self.protect:
                # Built only once a match is found (each chunk's scan is complete by then).
                if protected is None:
                    protected = context.protected
                if protected.overlaps(start, end):
                    continue
            matched = match.group(0)
            replacements = self._replacements(match)
            if replacements and all(candidate == matched for candidate in replacements):
                continue
            yield Finding(
                rule=info.id,
                category=info.category,
                severity=info.severity,
                start=start,
                end=end,
                text=matched,
                message=(
                    self._template().format(match, replacements[0] if replacements else "")
                    if self.formatted
                    else self.message
                ),
                replacements=replacements,
                applicability=info.applicability,
            )

    def _matches(self, context: CheckContext) -> Iterator[regex.Match[str]]:
        if self.prefilter is not None:
            starts = PREFILTERS[self.prefilter](context)
            if starts is not None:
                matched = self._candidate_matches(context, starts)
                if matched is not None:
                    return iter(matched)
            return self._scanned_matches(context)
        if self.branches is not None:
            candidates = self._branch_candidates(context, self.branches)
            if candidates is not None:
                matched = self._candidate_matches(context, candidates)
                if matched is not None:
                    return iter(matched)
        if self.anchors is not None:
            anchored = self._anchored_matches(context, self.anchors)
            if anchored is not None:
                return iter(anchored)
        return self._scanned_matches(context)

    def _anchored_matches(self, context: CheckContext, anchors: Anchors) -> list[regex.Match[str]] | None:
        """The matches of `_scanned_matches`, trying the pattern only where an anchor starts
        and the shape admits; None when there are too many candidates (see `_candidate_matches`)."""
        candidates = context.shared("rulepack.occurrences", Occurrences).candidates(
            anchors, self.literal_index
        )
        if candidates is None:
            return None
        if candidates and self.shape is not None:
            candidates = self.shape.admitted(context.document.text, candidates)
        return self._candidate_matches(context, candidates)

    def _branch_candidates(self, context: CheckContext, branches: tuple[Branch, ...]) -> list[int] | None:
        """Where an attempt may start through a branch whose required strings the document
        holds (`branches.py`); None when such a branch has no anchors or too many candidates."""
        occurrences = context.shared("rulepack.occurrences", Occurrences)
        text = context.document.text
        index = self.literal_index
        found: set[int] = set()
        for branch in branches:
            if branch.required is not None and not occurrences.holds_any(*branch.required, index):
                continue
            if branch.anchors is None:
                return None
            candidates = occurrences.candidates(branch.anchors, index)
            if candidates is None:
                return None
            found.update(branch.shape.admitted(text, candidates) if branch.shape is not None else candidates)
        return sorted(found)

    def _candidate_matches(
        self, context: CheckContext, candidates: list[int]
    ) -> list[regex.Match[str]] | None:
        """The matches of `_scanned_matches`, trying the pattern only at `candidates` (sorted
        offsets that include every match start); None when an empty match needs `finditer`'s rules."""
        found: list[regex.Match[str]] = []
        if not candidates:
            return found
        text = context.document.text
        match_at = self.compiled().match
        trusted = self.trusted
        length = len(text)
        resume = 0
        index = 0
        for chunk_start, chunk_end in context.chunks:
            position = max(chunk_start, resume)
            limit = min(length, chunk_end + CHUNK_MARGIN) if chunk_end < length else length
            deadline = 0.0 if trusted else time.monotonic() + self.timeout
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
                        raise self._timed_out(context) from error
                if match is None:
                    continue
                if match.start() >= chunk_end:
                    break
                if match.start() == match.end():
                    return None
                found.append(match)
                position = resume = match.end()
        return found

    def _timed_out(self, context: CheckContext) -> RuleError:
        return RuleError(
            self.info.origin,
            self.info.id,
            f"pattern timed out after {self.timeout:g} s on {context.document.path}; rule skipped",
        )

    def _scanned_matches(self, context: CheckContext) -> Iterator[regex.Match[str]]:
        """Matches over the whole text, found chunk by chunk (each chunk with its own timeout,
        unless the rule is trusted).

        A chunk's scan may look `CHUNK_MARGIN` characters past its end, and keeps only
        matches that start inside it, so the matches are those of one scan of the text.
        """
        text = context.document.text
        pattern = self.compiled()
        timeout = None if self.trusted else self.timeout
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
                raise self._timed_out(context) from error
            if found:
                resume = found[-1].end()
            yield from found

    def _template(self) -> MessageTemplate:
        if self.template is None:
            object.__setattr__(self, "template", MessageTemplate(self.message))
        return self.template  # type: ignore[return-value]

    def _replacements(self, match: regex.Match[str]) -> tuple[str, ...]:
        if self.lookup:
            key = match.group(0)
            found = self.lookup.get(key) or self.lookup.get(key.casefold())
            return (_match_case(key, found),) if found is not None else ()
        if self.literal_replacements:
            return self.replacements
        return tuple(match.expand(template) for template in self.replacements)


def _useful(branches: tuple[Branch, ...] | None) -> tuple[Branch, ...] | None:
    """Branches worth reading per document: some may be dropped and none always forces a scan."""
    if branches is None or not any(branch.required is not None for branch in branches):
        return None
    if any(branch.anchors is None and branch.required is None for branch in branches):
        return None
    return branches


def _match_case(original: str, replacement: str) -> str:
    """Keep a capitalised sentence start capitalised when a table entry is lower case."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# Candidate finders a rule may declare (`prefilter` in its file): each gives the sorted
# offsets where a match may start, or None when the whole text must be scanned.
PREFILTERS: Mapping[str, Callable[[CheckContext], list[int] | None]] = MappingProxyType(
    {"repeated-word": repeated_word_starts}
)


def substitution_pattern(table: Mapping[str, str], ignore_case: bool) -> DeferredPattern:
    """One alternation over the table's keys, longest first, on word boundaries
    (escaped keys always compile, so it is compiled on first use)."""
    keys = sorted(table, key=len, reverse=True)
    body = "|".join(regex.escape(key) for key in keys)
    flags = regex.IGNORECASE if ignore_case else 0
    return DeferredPattern(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


__all__ = [
    "DEFAULT_TIMEOUT_SECONDS",
    "PREFILTERS",
    "Applicability",
    "DeferredPattern",
    "PatternRule",
    "Severity",
    "format_message",
    "substitution_pattern",
]
