"""The only place that changes text: pick non-overlapping edits, apply, re-check, repeat.

Conflicts are resolved deterministically: edits are ordered by start, then end, then
safe before unsafe, then rule id; an edit that overlaps one already chosen (or inserts at
the same point) waits for the next pass, where it is re-derived from fresh text. Passes
repeat until nothing changes; a text that keeps changing after `MAX_PASSES` (or comes back
to an earlier state) is a rule bug and is reported as an error, never written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mtfix.document import Document
from mtfix.errors import FixError
from mtfix.linter import Linter
from mtfix.models import Applicability, Edit, Finding

MAX_PASSES = 10


@dataclass
class FixResult:
    """The fixed text and what was done to get there."""

    document: Document
    text: str
    applied: list[Finding] = field(default_factory=list)  # offsets relative to their own pass
    steps: list[list[Finding]] = field(default_factory=list)  # `applied`, grouped by pass
    passes: int = 0
    remaining: list[Finding] = field(default_factory=list)  # what the final check still reports
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.document.text


def allowed(finding: Finding, unsafe: bool) -> bool:
    if not finding.fixable:
        return False
    return finding.applicability is Applicability.SAFE or unsafe


def _priority(finding: Finding) -> tuple[int, int, int, str]:
    safe_first = 0 if finding.applicability is Applicability.SAFE else 1
    return (finding.start, finding.end, safe_first, finding.rule)


def choose_edits(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    """The findings whose first replacement can be applied together in one pass."""
    return non_overlapping(f for f in findings if allowed(f, unsafe))


def non_overlapping(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that one pass can apply together, by the fixer's priority, whatever their
    applicability (review settles follow-ups of rules a person accepted with this)."""
    chosen: list[Finding] = []
    last_start, last_end = -1, -1
    for finding in sorted((f for f in findings if f.replacements), key=_priority):
        if finding.replacements[0] == finding.text:
            continue
        if finding.start < last_end or finding.start == last_start:
            continue
        chosen.append(finding)
        last_start, last_end = finding.start, finding.end
    return chosen


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits (in any order) to `text`."""
    ordered = sorted(edits, key=lambda edit: (edit.start, edit.end))
    pieces: list[str] = []
    cursor = 0
    for edit in ordered:
        if edit.start < cursor:
            raise ValueError(f"overlapping edits at {edit.start}")
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.content)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def fix_document(
    document: Document, linter: Linter, *, unsafe: bool = False, max_passes: int = MAX_PASSES
) -> FixResult:
    """Fix until stable. Raises FixError when the fixes do not converge."""
    result = FixResult(document, document.text)
    # Hashes, not texts: keeping every pass of a 100 MB file alive would multiply memory.
    seen = {hash(document.text)}
    current = document
    for _ in range(max_passes):
        lint = linter.check(current)
        result.problems.extend(p for p in lint.problems if p not in result.problems)
        chosen = choose_edits(lint.findings, unsafe)
        if not chosen:
            result.remaining = lint.findings
            return result
        edits = [edit for edit in (f.edit() for f in chosen) if edit is not None]
        new_text = apply_edits(current.text, edits)
        result.passes += 1
        result.applied.extend(chosen)
        result.steps.append(chosen)
        if hash(new_text) in seen:
            raise FixError(_non_convergence(document, chosen, "the fixes undo each other"))
        seen.add(hash(new_text))
        current = current.with_text(new_text)
        result.text = new_text
    lint = linter.check(current)
    pending = choose_edits(lint.findings, unsafe)
    if pending:
        raise FixError(_non_convergence(document, pending, f"still changing after {max_passes} passes"))
    result.remaining = lint.findings
    return result


def _non_convergence(document: Document, findings: Sequence[Finding], why: str) -> str:
    rules = ", ".join(sorted({f.rule for f in findings}))
    return f"{document.path}: fixes do not converge ({why}; rules: {rules}); file left unchanged"
