"""In-file suppression comments for Markdown and HTML, and marker lines for plain text.

    <!-- mtfix-disable -->                      everything, until mtfix-enable
    <!-- mtfix-disable doubled-comma,punct -->  these rules, categories or families
    <!-- mtfix-enable -->                       ends every open disable
    <!-- mtfix-enable doubled-comma -->         ends only that one
    <!-- mtfix-disable-next-line RULE -->       the line after the comment only

Plain text has no comments, so there the same directives stand on a line of their own
after a `#` (the marker line itself is never checked):

    # mtfix-disable-next-line space-after-comma
    # mtfix-disable name
    # mtfix-enable

A finding is suppressed when its start lies in a region whose selectors name its rule,
its category (`punct.doubled`) or its family (`punct`), as `--select` does. The format
modules find the comments with their own parser; this module only gives them meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mtfix.document import Document
from mtfix.models import Finding

ALL = "ALL"
# Applied to the body of a comment that the format's parser already found.
_PLAIN_MARKER = re.compile(
    r"^[ \t]*#[ \t]*(mtfix-(?:disable-next-line|disable|enable)(?:[ \t][^\n]*)?)$", re.MULTILINE
)
_DIRECTIVE = re.compile(r"^\s*mtfix-(disable-next-line|disable|enable)(?:\s+([^\s].*?))?\s*$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression comment: its kind, selectors and where it sits in the original."""

    kind: str  # "disable", "enable" or "disable-next-line"
    selectors: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Region:
    start: int
    end: int
    selectors: tuple[str, ...]


def parse_directive(body: str, start: int, end: int) -> Directive | None:
    """The directive in a comment body (`mtfix-disable a, b`), or None for other comments."""
    match = _DIRECTIVE.match(body)
    if match is None:
        return None
    selectors = tuple(part.strip() for part in (match.group(2) or "").split(",") if part.strip())
    return Directive(match.group(1), selectors or (ALL,), start, end)


def selector_matches(selector: str, rule: str, category: str) -> bool:
    return selector in (ALL, rule, category) or category.startswith(selector + ".")


class Suppressions:
    """Regions of the original text where some rules are silenced."""

    def __init__(self, regions: Sequence[Region] = ()) -> None:
        self.regions = tuple(regions)

    @classmethod
    def from_directives(cls, directives: Iterable[Directive], document: Document) -> Suppressions:
        regions: list[Region] = []
        open_since: dict[str, int] = {}
        length = len(document.text)
        for directive in sorted(directives, key=lambda d: d.start):
            if directive.kind == "disable":
                for selector in directive.selectors:
                    open_since.setdefault(selector, directive.end)
            elif directive.kind == "enable":
                closing = list(open_since) if directive.selectors == (ALL,) else directive.selectors
                for selector in closing:
                    if selector in open_since:
                        regions.append(Region(open_since.pop(selector), directive.start, (selector,)))
            else:
                line, _ = document.line_column(max(directive.end - 1, 0))
                starts = document.line_starts
                if line < len(starts):
                    following = starts[line + 1] if line + 1 < len(starts) else length
                    regions.append(Region(starts[line], following, directive.selectors))
        regions.extend(Region(since, length, (selector,)) for selector, since in open_since.items())
        return cls(regions)

    def suppresses(self, finding: Finding) -> bool:
        return any(
            region.start <= finding.start < region.end
            and any(selector_matches(s, finding.rule, finding.category) for s in region.selectors)
            for region in self.regions
        )

    def __bool__(self) -> bool:
        return bool(self.regions)


def plain_text_suppressions(document: Document) -> Suppressions:
    """The regions silenced by marker lines of a plain-text document (and the marker lines)."""
    text = document.text
    if "mtfix-" not in text:  # the common case costs one substring search
        return Suppressions()
    directives: list[Directive] = []
    markers: list[Region] = []
    for match in _PLAIN_MARKER.finditer(text):
        directive = parse_directive(match.group(1), match.start(), match.end())
        if directive is not None:
            directives.append(directive)
            markers.append(Region(match.start(), match.end(), (ALL,)))
    if not directives:
        return Suppressions()
    return Suppressions([*Suppressions.from_directives(directives, document).regions, *markers])
