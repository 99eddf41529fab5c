"""Human output: `path:line:col: RULE [category] message`, the line, a caret, the suggestion.

Colour only when writing to a terminal (and NO_COLOR is unset).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from typing import TextIO

from mtfix.document import Document
from mtfix.models import Applicability, Finding

_STYLES = {"error": "\033[31;1m", "warning": "\033[33;1m", "info": "\033[36m"}
_BOLD, _DIM, _GREEN, _RESET = "\033[1m", "\033[2m", "\033[32m", "\033[0m"
# Long source lines are cut around the span so the caret stays on screen.
_CONTEXT = 60


def use_colour(out: TextIO) -> bool:
    return bool(getattr(out, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _width(text: str) -> int:
    """Display width: wide CJK characters take two cells, combining marks none."""
    width = len(text)
    if text.isascii():
        return width  # the common case, without a per-character loop
    for ch in _NON_ASCII.findall(text):  # ASCII characters are one cell each
        if unicodedata.combining(ch):
            width -= 1
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            width += 1
    return width


# Tabs become a space, other control characters a question mark (one C-level pass).
_VISIBLE = {code: "?" for code in (*range(32), 0x7F)} | {ord("\t"): " "}


def _visible(text: str) -> str:
    """Show tabs and control characters so the caret lines up."""
    return text.translate(_VISIBLE)


def render_finding(document: Document, finding: Finding, colour: bool) -> str:
    line, column = document.line_column(finding.start)
    source = document.line_text(line)
    begin = column - 1
    span_length = max(1, min(finding.end - finding.start, len(source) - begin) or 1)
    cut_start = max(0, begin - _CONTEXT)
    cut_end = min(len(source), begin + span_length + _CONTEXT)
    prefix = "…" if cut_start else ""
    suffix = "…" if cut_end < len(source) else ""
    shown = prefix + _visible(source[cut_start:cut_end]) + suffix
    caret_pad = _width(prefix + _visible(source[cut_start:begin]))
    caret = "^" * max(1, _width(_visible(source[begin : begin + span_length])))
    severity = finding.severity.value
    head = f"{document.path}:{line}:{column}: {finding.rule} [{finding.category}] {finding.message}"
    if colour:
        head = (
            f"{_BOLD}{document.path}:{line}:{column}:{_RESET} {_STYLES[severity]}{finding.rule}{_RESET}"
            f" {_DIM}[{finding.category}]{_RESET} {finding.message}"
        )
    lines = [head, f"    {shown}", f"    {' ' * caret_pad}{caret}"]
    if finding.replacements:
        label = {
            Applicability.SAFE: "fix",
            Applicability.UNSAFE: "unsafe fix",
            Applicability.NONE: "suggestion",
        }[finding.applicability]
        options = " | ".join(repr(r) for r in finding.replacements[:3])
        suggestion = f"    {label}: {options}"
        lines.append(f"{_GREEN}{suggestion}{_RESET}" if colour else suggestion)
    return "\n".join(lines)


def write_text(document: Document, findings: Iterable[Finding], out: TextIO, colour: bool) -> None:
    for finding in findings:
        out.write(render_finding(document, finding, colour))
        out.write("\n")
