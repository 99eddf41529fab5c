"""The small frozen value types that every part of mtfix speaks.

A check returns `Finding`s; the fixer turns their first replacement into an `Edit`;
reports serialise them. Nothing here touches a file or a terminal.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any

from mtfix.categories import is_category


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used by `--fail-on` style thresholds."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Applicability(str, enum.Enum):
    """How far a fix may be trusted (after Ruff's fix safety)."""

    SAFE = "safe"  # applied by `fix` by default: no legitimate reading of the text is lost
    UNSAFE = "unsafe"  # applied only with `--unsafe`: usually right, needs a human glance
    NONE = "none"  # flag only: the right text cannot be known from the document


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `content` (code-point offsets)."""

    start: int
    end: int
    content: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid edit span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One artifact found in a document.

    `start`/`end` are code-point offsets into the decoded text (BOM excluded, newlines
    untranslated); `text` is exactly `document.text[start:end]`.
    """

    rule: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    replacements: tuple[str, ...] = ()
    applicability: Applicability = Applicability.NONE
    source: str = "rules"
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def __post_init__(self) -> None:
        if not is_category(self.category):
            raise ValueError(f"rule {self.rule}: unknown category {self.category!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"rule {self.rule}: invalid span {self.start}..{self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"rule {self.rule}: text does not match span")

    @property
    def fixable(self) -> bool:
        return bool(self.replacements) and self.applicability is not Applicability.NONE

    def edit(self) -> Edit | None:
        """The edit the fixer would make: the first (best) replacement."""
        if not self.replacements:
            return None
        return Edit(self.start, self.end, self.replacements[0])

    def with_changes(self, **changes: Any) -> Finding:
        return replace(self, **changes)

    def extra_dict(self) -> dict[str, Any]:
        return dict(self.extra)


@dataclass(frozen=True, slots=True)
class Segment:
    """One translation unit of a bilingual input: its source, and where its target sits.

    `start`/`end` are code-point offsets of the target in the text the checks see (the
    view of an XLIFF or TMX file, or the target file of an aligned pair). Why a value on the
    check context rather than a lookup in the file: checks stay pure functions of what they
    are given, and the same checks serve every bilingual format. `source_codes` and
    `target_codes` name the inline tags in order (`g#1`, `/g#1`, `x#2`), placeholders are
    read from the texts themselves.
    """

    id: str
    source: str
    start: int
    end: int
    source_codes: tuple[str, ...] = ()
    target_codes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"segment {self.id}: invalid target span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class BadExample:
    """A text the rule must flag, and the full text after its fix."""

    text: str
    fixed: str


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a user sees of a rule in `mtfix rules`: metadata, documentation, examples."""

    id: str
    category: str
    severity: Severity
    applicability: Applicability
    description: str
    doc: str = ""
    bad_examples: tuple[BadExample, ...] = ()
    good_examples: tuple[str, ...] = ()
    origin: str = "builtin"  # a file path for declarative rules, a module for checks
    # A house-style rule: it runs only when `select` names it by its id (`ALL`, a category or
    # a family leave it out), since the style it asks for is a choice, not an error.
    opt_in: bool = False

    def __post_init__(self) -> None:
        if not is_category(self.category):
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")

    def finding(
        self,
        start: int,
        text: str,
        message: str,
        replacements: tuple[str, ...] = (),
        *,
        applicability: Applicability | None = None,
        source: str = "checks",
        extra: tuple[tuple[str, Any], ...] = (),
    ) -> Finding:
        """A finding of this rule on `text` at `start`, with the rule's id, category, severity
        and (unless given) applicability, so a check states only what it found."""
        return Finding(
            self.id,
            self.category,
            self.severity,
            start,
            start + len(text),
            text,
            message,
            replacements,
            self.applicability if applicability is None else applicability,
            source,
            extra,
        )
