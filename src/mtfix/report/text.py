"""Human output: `path:line:col: RULE [category] message`, the line, a caret, the suggestion.

Colour only when writing to a terminal (and NO_COLOR is unset).
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from typing import TextIO

from mtfix.display import escape_path, printable
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


# Tabs become a space, other control characters a question mark (one C-level pass). Each
# replacement is one character, so offsets into a line hold in its visible form too.
_VISIBLE = {code: "?" for code in (*range(32), 0x7F)} | {ord("\t"): " "}


def _visible(text: str) -> str:
    """Show tabs and control characters so the caret lines up."""
    return text if text.isprintable() else text.translate(_VISIBLE)


class _Lines:
    """One document's lines in visible form, each made once however many findings it holds."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.path = escape_path(document.path)  # no escape sequence or newline reaches the terminal
        self.line = -1
        self.shown = ""
        self.plain = True  # every character one cell wide: width equals length

    def get(self, line: int) -> tuple[str, bool]:
        if line != self.line:
            shown = _visible(self.document.line_text(line))
            self.line, self.shown, self.plain = line, shown, _narrow(shown)
        return self.shown, self.plain


def _narrow(text: str) -> bool:
    """True if every character takes one cell (curly quotes and dashes do; CJK does not)."""
    if text.isascii():
        return True
    return all(
        not unicodedata.combining(ch) and unicodedata.east_asian_width(ch) not in ("W", "F")
        for ch in set(_NON_ASCII.findall(text))
    )


def render_finding(document: Document, finding: Finding, colour: bool) -> str:
    return _render(document, finding, colour, _Lines(document), {})


def _render(
    document: Document,
    finding: Finding,
    colour: bool,
    lines: _Lines,
    suggestions: dict[tuple[tuple[str, ...], Applicability], str],
) -> str:
    """`suggestions` keeps each suggestion line made for this output (most recur: `, `, `the`)."""
    start = finding.start
    starts = document.line_starts
    line = bisect_right(starts, start)
    begin = start - starts[line - 1]
    if line == lines.line:
        source, plain = lines.shown, lines.plain
    else:
        source, plain = lines.get(line)
    length = len(source)
    # The span shown on this line: at least one cell, even for an empty span or one past the end.
    span_length = finding.end - start
    if span_length > length - begin:
        span_length = length - begin
    if span_length < 1:
        span_length = 1
    cut_start = begin - _CONTEXT if begin > _CONTEXT else 0
    cut_end = begin + span_length + _CONTEXT
    shown = source[cut_start:cut_end]
    if cut_end < length:
        shown += "…"
    if cut_start:
        shown = "…" + shown
    if plain:
        caret_pad = begin - cut_start + (1 if cut_start else 0)
        marked = length - begin if length - begin < span_length else span_length
        caret = "^" * (marked if marked > 1 else 1)
    else:
        caret_pad = _width(("…" if cut_start else "") + source[cut_start:begin])
        caret = "^" * max(1, _width(source[begin : begin + span_length]))
    path = lines.path
    message = finding.message if finding.message.isprintable() else printable(finding.message)
    if colour:
        head = (
            f"{_BOLD}{path}:{line}:{begin + 1}:{_RESET} {_STYLES[finding.severity.value]}"
            f"{finding.rule}{_RESET} {_DIM}[{finding.category}]{_RESET} {message}"
        )
    else:
        head = f"{path}:{line}:{begin + 1}: {finding.rule} [{finding.category}] {message}"
    replacements = finding.replacements
    if not replacements:
        return f"{head}\n    {shown}\n    {' ' * caret_pad}{caret}"
    key = (replacements, finding.applicability)
    suggestion = suggestions.get(key)
    if suggestion is None:
        options = " | ".join([repr(r) for r in replacements[:3]])
        suggestion = f"    {_label(finding.applicability)}: {options}"
        if colour:
            suggestion = f"{_GREEN}{suggestion}{_RESET}"
        suggestions[key] = suggestion
    return f"{head}\n    {shown}\n    {' ' * caret_pad}{caret}\n{suggestion}"


def _label(applicability: Applicability) -> str:
    """By identity: an enum's hash runs Python code, and this is asked once per finding."""
    if applicability is Applicability.SAFE:
        return "fix"
    return "unsafe fix" if applicability is Applicability.UNSAFE else "suggestion"


def write_text(document: Document, findings: Iterable[Finding], out: TextIO, colour: bool) -> None:
    lines = _Lines(document)
    suggestions: dict[tuple[tuple[str, ...], Applicability], str] = {}
    rendered = [_render(document, finding, colour, lines, suggestions) + "\n" for finding in findings]
    out.write("".join(rendered))
