"""A declarative rule run as a check: its matcher finds matches, this turns them into findings.

Why: a rule (`kinds.PatternRule`) is data from its file and how it is matched is chosen
once at load (`matching/`); what is left is the same for every rule: skip protected
spans and replacements that change nothing, format the message, build the finding.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

import regex

from mtfix.context import CheckContext
from mtfix.models import Finding, RuleInfo
from mtfix.rulepack.kinds import PatternRule, has_fields
from mtfix.rulepack.literal_index import LiteralIndex
from mtfix.rulepack.matching.analysis import Analysis, analyse
from mtfix.rulepack.matching.matcher import Matcher, choose
from mtfix.rulepack.messages import MessageTemplate


@dataclass(frozen=True)
class PatternCheck:
    """A rule, what its pattern's analysis found, the literal index of the rules loaded with
    it (None: loaded alone), and the matcher chosen from all three."""

    rule: PatternRule
    analysis: Analysis
    matcher: Matcher
    index: LiteralIndex | None = None
    # The message read once at the rule's first finding; replacement templates holding no
    # backslash (no group reference or escape) expand to themselves.
    formatted: bool = field(init=False, compare=False, repr=False)
    literal_replacements: bool = field(init=False, compare=False, repr=False)
    template: MessageTemplate | None = field(init=False, default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "formatted", has_fields(self.rule.message))
        object.__setattr__(
            self, "literal_replacements", all("\\" not in template for template in self.rule.replacements)
        )

    @classmethod
    def of(cls, rule: PatternRule, index: LiteralIndex | None = None) -> PatternCheck:
        """`rule` analysed, with the matcher its analysis allows."""
        analysis = analyse(rule.pattern.pattern, rule.pattern.flags)
        return cls(rule, analysis, choose(rule, analysis, index), index)

    def sharing(self, index: LiteralIndex) -> PatternCheck:
        """This check reading its literals from `index` (that of the rules loaded with it)."""
        return replace(self, matcher=choose(self.rule, self.analysis, index), index=index)

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def info(self) -> RuleInfo:
        return self.rule.info

    def rules(self) -> Sequence[RuleInfo]:
        return self.rule.rules()

    def matches(self, context: CheckContext) -> Iterator[regex.Match[str]]:
        """The pattern's matches in the document, as one plain scan finds them."""
        return self.matcher.find(self.rule, context)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        rule = self.rule
        info = rule.info
        protected = None
        for match in self.matches(context):
            start, end = match.span()
            if rule.protect:
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
                    else rule.message
                ),
                replacements=replacements,
                applicability=info.applicability,
            )

    def _template(self) -> MessageTemplate:
        if self.template is None:
            object.__setattr__(self, "template", MessageTemplate(self.rule.message))
        return self.template  # type: ignore[return-value]

    def _replacements(self, match: regex.Match[str]) -> tuple[str, ...]:
        rule = self.rule
        if rule.lookup:
            key = match.group(0)
            found = rule.lookup.get(key) or rule.lookup.get(key.casefold())
            return (_match_case(key, found),) if found is not None else ()
        if self.literal_replacements:
            return rule.replacements
        return tuple(match.expand(template) for template in rule.replacements)


def _match_case(original: str, replacement: str) -> str:
    """Keep a capitalised sentence start capitalised when a table entry is lower case."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
