"""The kinds of declarative rule: all variety lives in the rule files, not here.

- `pattern`: a regex (regex-module syntax); the match is the finding's span and the
  replacement is an expansion template (`\\1`, `\\g<name>`).
- `substitution`: a table of wrong phrase -> right phrase, matched on word boundaries,
  compiled into one alternation so a large table costs one pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from mtfix.errors import RuleError
from mtfix.models import Applicability, RuleInfo, Severity
from mtfix.rulepack.messages import format_message

# A user rule with catastrophic backtracking is stopped after this many seconds per chunk
# of a document (see `CheckContext.chunks`), so long documents do not time out.
DEFAULT_TIMEOUT_SECONDS = 2.0


def has_fields(template: str) -> bool:
    """Whether a message quotes the match; if not it is used as is, with no formatting."""
    return "{" in template


class DeferredPattern:
    """A `regex` pattern compiled on first use.

    Why: `regex` compiles in pure Python, which made loading the rule pack a third of
    start-up, and most rules never run on a given input (their literals are absent). The
    loader checks the syntax at load (`loader.py`); the attributes a compiled pattern has
    are passed through, so code that reads `rule.pattern` sees no difference. The
    analysed-pack cache (`cache.py`) hands back patterns already `compiled`: `regex`
    pickles a pattern with its compiled program, which loads without compiling again.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0, compiled: regex.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled = compiled

    @property
    def is_compiled(self) -> bool:
        """Whether the pattern is compiled already (as the analysed-pack cache gives it)."""
        return self._compiled is not None

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
    """A declarative rule as its file states it: a pattern, an optional fix template, its
    metadata and examples. Plain data: how it is matched fast is decided once, when the
    pack is loaded (`matching/`), and running it is `check.PatternCheck`'s job."""

    info: RuleInfo
    pattern: regex.Pattern[str] | DeferredPattern
    message: str
    replacements: tuple[str, ...] = ()
    protect: bool = True
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    lookup: Mapping[str, str] = field(default_factory=dict)  # substitution kind only
    prefilter: str | None = None  # a declared candidate finder (`matching.matcher.PREFILTERS`)
    # A built-in rule (reviewed data shipped with mtfix) runs without a timeout: setting one
    # up costs more than most anchored match attempts. User rules always keep theirs.
    trusted: bool = field(default=False, compare=False)

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


def substitution_pattern(table: Mapping[str, str], ignore_case: bool) -> DeferredPattern:
    """One alternation over the table's keys, longest first, on word boundaries
    (escaped keys always compile, so it is compiled on first use)."""
    keys = sorted(table, key=len, reverse=True)
    body = "|".join(regex.escape(key) for key in keys)
    flags = regex.IGNORECASE if ignore_case else 0
    return DeferredPattern(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


__all__ = [
    "DEFAULT_TIMEOUT_SECONDS",
    "Applicability",
    "DeferredPattern",
    "PatternRule",
    "Severity",
    "format_message",
    "substitution_pattern",
]
