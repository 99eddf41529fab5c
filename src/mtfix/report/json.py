"""One JSON document for a whole run: every finding (the JSON Lines record) and a summary.

{"version": 1, "findings": [{...same keys as --format jsonl...}], "summary": {...}}
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from mtfix.document import Document
from mtfix.models import Finding
from mtfix.report.jsonl import content_fingerprint, finding_record
from mtfix.report.statistics import Statistics

VERSION = 1


def json_report(results: Sequence[tuple[Document, Sequence[Finding]]]) -> dict[str, Any]:
    records: list[dict[str, Any]] = []
    for document, findings in results:
        content_hash = content_fingerprint(document)
        records.extend(finding_record(document, finding, content_hash) for finding in findings)
    return {"version": VERSION, "findings": records, "summary": Statistics.of(results).summary()}


def write_json(results: Sequence[tuple[Document, Sequence[Finding]]], out: TextIO) -> None:
    json.dump(json_report(results), out, ensure_ascii=False, indent=2)
    out.write("\n")
