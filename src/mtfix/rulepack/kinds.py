"""The kinds of declarative rule: all variety lives in the rule files, not here.

- `pattern`: a regex (regex-module syntax); the match is the finding's span and the
  replacement is an expansion template (`\\1`, `\\g<name>`).
- `substitution`: a table of wrong phrase -> right phrase, matched on word boundaries,
  compiled into one alternation so a large table costs one pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from mtfix.context import CheckContext
from mtfix.errors import RuleError
from mtfix.models import Applicability, Finding, RuleInfo, Severity

# A user rule with catastrophic backtracking is stopped after this many seconds per document.
DEFAULT_TIMEOUT_SECONDS = 2.0


class _GroupFormatter(dict[str, str]):
    """Lets messages quote groups by number (`{1}`) or name (`{county}`); unknown -> empty."""

    def __missing__(self, key: str) -> str:
        return ""


def format_message(template: str, match: regex.Match[str], replacement: str = "") -> str:
    values = _GroupFormatter({str(i): match.group(i) or "" for i in range(len(match.groups()) + 1)})
    values.update({name: value or "" for name, value in match.groupdict().items()})
    values["match"] = match.group(0)
    values["replacement"] = replacement
    return template.format_map(values)


@dataclass(frozen=True)
class PatternRule:
    """A declarative rule: a pattern, an optional fix template, its metadata and examples."""

    info: RuleInfo
    pattern: regex.Pattern[str]
    message: str
    replacements: tuple[str, ...] = ()
    protect: bool = True
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    lookup: Mapping[str, str] = field(default_factory=dict)  # substitution kind only

    @property
    def id(self) -> str:
        return self.info.id

    def rules(self) -> Sequence[RuleInfo]:
        return (self.info,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        try:
            for match in self.pattern.finditer(text, timeout=self.timeout):
                start, end = match.span()
                if self.protect and context.protected.overlaps(start, end):
                    continue
                replacements = self._replacements(match)
                if replacements and all(candidate == match.group(0) for candidate in replacements):
                    continue
                yield Finding(
                    rule=self.info.id,
                    category=self.info.category,
                    severity=self.info.severity,
                    start=start,
                    end=end,
                    text=match.group(0),
                    message=format_message(self.message, match, replacements[0] if replacements else ""),
                    replacements=replacements,
                    applicability=self.info.applicability,
                )
        except TimeoutError as error:
            raise RuleError(
                self.info.origin,
                self.info.id,
                f"pattern timed out after {self.timeout:g} s on {context.document.path}; rule skipped",
            ) from error

    def _replacements(self, match: regex.Match[str]) -> tuple[str, ...]:
        if self.lookup:
            key = match.group(0)
            found = self.lookup.get(key) or self.lookup.get(key.casefold())
            return (_match_case(key, found),) if found is not None else ()
        return tuple(match.expand(template) for template in self.replacements)


def _match_case(original: str, replacement: str) -> str:
    """Keep a capitalised sentence start capitalised when a table entry is lower case."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def substitution_pattern(table: Mapping[str, str], ignore_case: bool) -> regex.Pattern[str]:
    """One alternation over the table's keys, longest first, on word boundaries."""
    keys = sorted(table, key=len, reverse=True)
    body = "|".join(regex.escape(key) for key in keys)
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


__all__ = [
    "DEFAULT_TIMEOUT_SECONDS",
    "Applicability",
    "PatternRule",
    "Severity",
    "format_message",
    "substitution_pattern",
]
