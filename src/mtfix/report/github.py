"""GitHub Actions workflow commands: one `::warning file=...::message` line per finding.

GitHub turns these lines into annotations on the pull request. Values are escaped as the
runner expects: `%`, CR and LF in the message; additionally `:` and `,` in properties.
Severities map to `error`, `warning` and `notice`. Columns are 1-based code points, as in
the text output (the end column is the one after the last flagged character).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from mtfix.display import escape_path
from mtfix.document import Document
from mtfix.files import display_path
from mtfix.models import Applicability, Finding

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(document: Document, finding: Finding) -> str:
    line, column = document.line_column(finding.start)
    end_line, end_column = document.line_column(finding.end)
    message = finding.message
    if finding.replacements and finding.applicability is not Applicability.NONE:
        message += f" (fix: {finding.replacements[0]!r})"
    properties = {
        "file": escape_path(display_path(document.path)),
        "line": str(line),
        "col": str(column),
        "endLine": str(end_line),
        "endColumn": str(end_column),
        "title": f"mtfix {finding.rule} [{finding.category}]",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{LEVELS[finding.severity.value]} {joined}::{escape_data(message)}"


def write_github(document: Document, findings: Iterable[Finding], out: TextIO) -> None:
    for finding in findings:
        out.write(annotation(document, finding))
        out.write("\n")
