"""JSON Lines output: one finding per line, the machine contract of `mtfix check`.

Keys (stable): path, rule, category, severity, start, end, line, column, end_line,
end_column, text, message, replacements, applicability, source, fingerprint, decision;
extra keys from a backend (e.g. `lt_rule`) follow. `decision` is always "pending": the
output is an offline review file ready for a reviewer to fill in (`mtfix apply`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, TextIO

import jsonlines

from mtfix.display import escape_path
from mtfix.document import Document
from mtfix.models import Finding

PENDING = "pending"  # the decision of a finding nobody has reviewed yet


def content_fingerprint(document: Document) -> str:
    """Identifies the exact text a finding refers to (used to refuse stale review files)."""
    return hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def finding_record(
    document: Document, finding: Finding, content_hash: str | None = None, decision: str | None = None
) -> dict[str, Any]:
    """One finding as a JSON object; with a `decision`, a line of a review file."""
    line, column = document.line_column(finding.start)
    starts = document.line_starts
    if line == len(starts) or finding.end < starts[line]:  # ends on its first line (the usual case)
        end_line, end_column = line, column + finding.end - finding.start
    else:
        end_line, end_column = document.line_column(finding.end)
    record: dict[str, Any] = {
        "path": escape_path(document.path),  # valid UTF-8 whatever bytes the name holds
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.value,
        "start": finding.start,
        "end": finding.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "text": finding.text,
        "message": finding.message,
        "replacements": list(finding.replacements),
        "applicability": finding.applicability.value,
        "source": finding.source,
        "fingerprint": content_hash or content_fingerprint(document),
    }
    if decision is not None:
        record["decision"] = decision
    for key, value in finding.extra:
        record.setdefault(key, value)
    return record


def write_jsonl(document: Document, findings: Iterable[Finding], out: TextIO) -> None:
    """One line per finding. CJK and other text stay readable in review files instead of
    \\u escapes; one encoder serves every line (`json.dumps` with options builds a new
    encoder per call, a third of the output's cost)."""
    content_hash = content_fingerprint(document)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    writer = jsonlines.Writer(out, compact=True, flush=False, dumps=dumps)
    writer.write_all(finding_record(document, finding, content_hash, PENDING) for finding in findings)
