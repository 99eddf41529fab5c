"""The pipeline invariants that the property tests and the fuzz target both assert.

Kept in one place so a failure found by a long fuzzing run can be replayed as a test with
the same checks. Each assertion message says which promise to users was broken.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence

from mtfix.document import Document, detect_newline
from mtfix.fixer import FixResult, fix_document
from mtfix.linter import Linter
from mtfix.models import Applicability, Finding
from mtfix.report.jsonl import write_jsonl
from mtfix.report.text import write_text

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column, derived independently of `Document.line_column`.

    A line ends at CRLF, CR or LF; an offset between the CR and LF of a CRLF is still on
    the CR's line.
    """
    line, line_start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, offset + 1):
        if match.end() > offset:
            break
        line, line_start = line + 1, match.end()
    return line, offset - line_start + 1


def assert_spans(text: str, findings: Sequence[Finding]) -> None:
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text), f"{finding.rule}: span outside the text"
        assert text[finding.start : finding.end] == finding.text, f"{finding.rule}: text differs from span"


def assert_reports(document: Document, findings: Sequence[Finding]) -> None:
    """JSONL positions match an independent derivation; the text report renders."""
    out = io.StringIO()
    write_jsonl(document, findings, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == len(findings)
    for record, finding in zip(records, findings, strict=True):
        assert (record["start"], record["end"], record["text"]) == (finding.start, finding.end, finding.text)
        assert (record["line"], record["column"]) == line_column(document.text, finding.start), record
        assert (record["end_line"], record["end_column"]) == line_column(document.text, finding.end), record
    write_text(document, findings, io.StringIO(), colour=True)


def splice(text: str, findings: Sequence[Finding]) -> str:
    """Apply the findings' first replacements, independently of `fixer.apply_edits`."""
    out, cursor = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        assert finding.start >= cursor, f"{finding.rule}: overlapping edits applied in one pass"
        out += [text[cursor : finding.start], finding.replacements[0]]
        cursor = finding.end
    return "".join([*out, text[cursor:]])


def changed_only_inside(before: str, after: str, start: int, end: int) -> bool:
    """Whether `after` keeps `before[:start]` and `before[end:]` exactly (any alignment inside)."""
    tail = len(before) - end
    return (
        len(after) >= start + tail
        and after[:start] == before[:start]
        and after[len(after) - tail :] == before[end:]
    )


def assert_fix_replays(linter: Linter, document: Document, result: FixResult, unsafe: bool) -> None:
    """Every pass changed text only inside spans of findings reported on that pass's text."""
    current = document
    for step in result.steps:
        reported = linter.check(current).findings
        for finding in step:
            assert finding in reported, f"{finding.rule}: applied a finding the check did not report"
            safe = finding.applicability is Applicability.SAFE
            assert unsafe or safe, f"{finding.rule}: unsafe fix applied"
        after = splice(current.text, step)
        low, high = min(f.start for f in step), max(f.end for f in step)
        assert changed_only_inside(current.text, after, low, high), "changed text outside the pass's spans"
        current = current.with_text(after)
    assert current.text == result.text, "fixer output differs from replaying its own passes"


def assert_pipeline_invariants(linter: Linter, text: str, path: str = "<property>") -> None:
    """check never fails; spans, positions, fixes and idempotence hold (safe and unsafe)."""
    document = Document(text, path, newline=detect_newline(text))
    lint = linter.check(document)
    assert not lint.problems, lint.problems
    assert_spans(text, lint.findings)
    assert_reports(document, lint.findings)
    for unsafe in (False, True):
        result = fix_document(document, linter, unsafe=unsafe)
        assert_fix_replays(linter, document, result, unsafe)
        fixed = document.with_text(result.text)
        again = fix_document(fixed, linter, unsafe=unsafe)
        assert again.text == result.text and not again.steps, "fix is not idempotent"
        leftover = [
            f
            for f in linter.check(fixed).findings
            if f.applicability is Applicability.SAFE and f.replacements and f.replacements[0] != f.text
        ]
        assert not leftover, f"safe fixes left after fix: {[f.rule for f in leftover]}"
