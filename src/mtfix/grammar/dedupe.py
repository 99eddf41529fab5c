"""Drop a grammar-backend finding that repeats a rule-engine finding on the same text.

Rule engine = declarative rules and programmatic checks (any source but a backend's).

LanguageTool also sees `,,`, double spaces and some glued words; when a rule of mtfix
already reports the span, its finding is the better one (a precise category, a safe fix),
so the backend's finding goes. Compatible means the same category family (`punct`,
`space`, ...); a backend spelling or grammar finding yields to any rule finding it
overlaps, since the rule explains that span more precisely (`WeiJian` is a fused name,
not a typo).
"""

from __future__ import annotations

from collections.abc import Sequence

from mtfix.models import Finding

BACKEND_SOURCES = frozenset({"languagetool"})
# Backend categories that come from a speller or a grammar guess: any overlapping rule
# finding explains the span better.
_YIELDS_TO_ANY = frozenset({"spelling", "grammar", "space.glued"})


def drop_backend_duplicates(findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without backend findings that overlap a compatible rule-engine finding."""
    ours = [f for f in findings if f.source not in BACKEND_SOURCES]
    if len(ours) == len(findings):
        return list(findings)
    return [
        f for f in findings if f.source not in BACKEND_SOURCES or not any(_duplicates(f, r) for r in ours)
    ]


def _duplicates(backend: Finding, rule: Finding) -> bool:
    if not _overlap(backend, rule):
        return False
    if backend.category in _YIELDS_TO_ANY:
        return True
    return _family(backend.category) == _family(rule.category)


def _overlap(a: Finding, b: Finding) -> bool:
    """Spans share a character, or an insertion point lies inside (or at) the other span."""
    if a.start == a.end or b.start == b.end:
        return b.start <= a.start <= b.end if a.start == a.end else a.start <= b.start <= a.end
    return a.start < b.end and b.start < a.end


def _family(category: str) -> str:
    return category.split(".")[0]
