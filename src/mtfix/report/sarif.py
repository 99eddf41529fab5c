"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run, tool `mtfix`, with a rule descriptor for every rule that reported something
(description, full documentation as help text, a `helpUri` to the rule's generated page,
default level, category as a tag).
Regions use 1-based lines and columns counted in UTF-16 code units (`columnKind`
`utf16CodeUnits`, SARIF's default and what GitHub expects); `endColumn` is the column
after the region, so an insertion point has `endColumn == startColumn`. Fixable findings
carry a `fixes` entry with the replacement; `partialFingerprints` holds the baseline
fingerprint so GitHub can track a result across commits.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any, TextIO
from urllib.parse import quote

from mtfix.baseline import fingerprints
from mtfix.document import Document
from mtfix.files import display_path
from mtfix.models import Finding, RuleInfo
from mtfix.report.rules import DOCS_FOLDER, docs_base, rule_url
from mtfix.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _utf16_column(document: Document, offset: int) -> tuple[int, int]:
    line, _ = document.line_column(offset)
    line_start = document.line_starts[line - 1]
    prefix = document.text[line_start:offset]
    return line, 1 + len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def region(document: Document, start: int, end: int) -> dict[str, int]:
    start_line, start_column = _utf16_column(document, start)
    end_line, end_column = _utf16_column(document, end)
    return {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
    }


def artifact_uri(document: Document) -> str:
    # Percent-encoding the name's own bytes keeps an undecodable byte exact and the URI valid.
    return quote(os.fsencode(display_path(document.path)), safe="/")


def rule_descriptor(rule: RuleInfo, docs: str = DOCS_FOLDER) -> dict[str, Any]:
    help_text = rule.doc.strip() or rule.description
    examples = [
        f"Flagged: {bad.text!r}" + (f" -> {bad.fixed!r}" if bad.fixed != bad.text else "")
        for bad in rule.bad_examples
    ]
    if examples:
        help_text += "\n\n" + "\n".join(examples)
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": rule.doc.strip() or rule.description},
        "help": {"text": help_text},
        "helpUri": rule_url(rule.id, docs),
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {
            "tags": ["mtfix", rule.category],
            "category": rule.category,
            "fix": rule.applicability.value,
        },
    }


def _result(document: Document, finding: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    uri = artifact_uri(document)
    place = region(document, finding.start, finding.end)
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity.value],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": place}}],
        "partialFingerprints": {"mtfixFinding/v1": fingerprint},
        "properties": {"category": finding.category, "applicability": finding.applicability.value},
    }
    if finding.fixable:
        result["fixes"] = [
            {
                "description": {"text": f"Replace {finding.text!r} with {finding.replacements[0]!r}"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {"deletedRegion": place, "insertedContent": {"text": finding.replacements[0]}}
                        ],
                    }
                ],
                "properties": {"applicability": finding.applicability.value},
            }
        ]
    return result


def sarif_log(
    results: Sequence[tuple[Document, Sequence[Finding]]], rules: Sequence[RuleInfo]
) -> dict[str, Any]:
    known = {rule.id: rule for rule in rules}
    docs = docs_base()
    used = sorted({finding.rule for _, findings in results for finding in findings})
    descriptors = [
        rule_descriptor(known[rule_id], docs) if rule_id in known else {"id": rule_id, "name": rule_id}
        for rule_id in used
    ]
    index = {rule_id: position for position, rule_id in enumerate(used)}
    sarif_results = []
    for document, findings in results:
        for finding, fingerprint in zip(findings, fingerprints(document, findings), strict=True):
            sarif_results.append(_result(document, finding, index[finding.rule], fingerprint))
    run = {
        "tool": {"driver": {"name": "mtfix", "version": __version__, "rules": descriptors}},
        "columnKind": "utf16CodeUnits",
        "newlineSequences": ["\r\n", "\n", "\r"],
        "results": sarif_results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def write_sarif(
    results: Sequence[tuple[Document, Sequence[Finding]]], rules: Sequence[RuleInfo], out: TextIO
) -> None:
    json.dump(sarif_log(results, rules), out, ensure_ascii=False, indent=2)
    out.write("\n")
