"""Human output: `path:line:col: RULE [category] message`, the line, a caret, the suggestion.

The source line is cut to the output's width (the terminal's, `COLUMNS` if set, else 80
columns) around the span, with `…` where it was cut, and the caret goes under the span
counted in display cells (CJK characters take two). Colour only when writing to a
terminal and NO_COLOR is unset: the span and its caret in the severity's colour, a safe
fix green, an unsafe one yellow.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from typing import TextIO

from mtfix.display import escape_path, printable
from mtfix.document import Document
from mtfix.models import Applicability, Finding

_STYLES = {"error": "\033[31;1m", "warning": "\033[33;1m", "info": "\033[36m"}
_BOLD, _DIM, _GREEN, _YELLOW, _RESET = "\033[1m", "\033[2m", "\033[32m", "\033[33m", "\033[0m"
DEFAULT_WIDTH = 80  # off a terminal, as Ruff and most tools assume
_INDENT = "    "


def use_colour(out: TextIO) -> bool:
    return _is_terminal(out) and "NO_COLOR" not in os.environ


def output_width(out: TextIO) -> int:
    """Columns to fit: `COLUMNS` when set, else the terminal's, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if _is_terminal(out):
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return DEFAULT_WIDTH


def _is_terminal(out: TextIO) -> bool:
    return bool(getattr(out, "isatty", lambda: False)())


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def display_width(text: str) -> int:
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
        self.cells = 0  # the shown line's display width

    def get(self, line: int) -> tuple[str, bool]:
        if line != self.line:
            shown = _visible(self.document.line_text(line))
            self.line, self.shown, self.plain = line, shown, _narrow(shown)
            self.cells = len(shown) if self.plain else display_width(shown)
        return self.shown, self.plain


def _narrow(text: str) -> bool:
    """True if every character takes one cell (curly quotes and dashes do; CJK does not)."""
    if text.isascii():
        return True
    return all(
        not unicodedata.combining(ch) and unicodedata.east_asian_width(ch) not in ("W", "F")
        for ch in set(_NON_ASCII.findall(text))
    )


def render_finding(document: Document, finding: Finding, colour: bool, width: int = DEFAULT_WIDTH) -> str:
    return _render(document, finding, colour, _Lines(document), {}, width)


def _window(source: str, begin: int, span: int, plain: bool, room: int, cells: int) -> tuple[int, int]:
    """The slice of `source` (`cells` wide) to show in `room` cells: all of it if it fits,
    else the span with about a third of the remaining room before it and the rest after (one
    cell each side is kept for the `…` marks)."""
    if cells <= room:
        return 0, len(source)
    budget = max(room - 2, 1)
    measure = len if plain else display_width
    span_end = begin + span
    if measure(source[begin:span_end]) >= budget:  # a span wider than the room: its start
        return begin, advance(source, begin, budget, plain)
    left = (budget - measure(source[begin:span_end])) // 3
    cut_start = retreat(source, begin, left, plain)
    used = measure(source[cut_start:span_end])
    cut_end = advance(source, span_end, budget - used, plain)
    if cut_end == len(source):  # room left at the end: give it to the start
        cut_start = retreat(source, cut_start, budget - measure(source[cut_start:cut_end]), plain)
    return cut_start, cut_end


def _cells(ch: str) -> int:
    """Display width of one character (as `display_width` counts it)."""
    if ch.isascii():
        return 1
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# `advance` and `retreat` give the longest slice that fits: widths are never negative, so a
# slice's width grows with its length. They measure a first guess (one cell per character) in
# one pass, then move its far end a character at a time: by the wide characters too many, then
# over the marks of no width that still fit. (Growing one character at a time from nothing
# cost a Python call per character shown, for every finding on a line with CJK text.)


def advance(source: str, start: int, cells: int, plain: bool) -> int:
    """The end of the longest slice from `start` that fits in `cells`."""
    if plain:
        return min(len(source), start + cells)
    if cells < 0:
        return start
    end = min(len(source), start + cells)
    used = display_width(source[start:end])
    while used > cells:
        end -= 1
        used -= _cells(source[end])
    while end < len(source) and used + _cells(source[end]) <= cells:
        used += _cells(source[end])
        end += 1
    return end


def retreat(source: str, end: int, cells: int, plain: bool) -> int:
    """The start of the longest slice ending at `end` that fits in `cells`."""
    if plain:
        return max(0, end - cells)
    if cells < 0:
        return end
    start = max(0, end - cells)
    used = display_width(source[start:end])
    while used > cells:
        used -= _cells(source[start])
        start += 1
    while start > 0 and used + _cells(source[start - 1]) <= cells:
        used += _cells(source[start - 1])
        start -= 1
    return start


def _render(
    document: Document,
    finding: Finding,
    colour: bool,
    lines: _Lines,
    suggestions: dict[tuple[tuple[str, ...], Applicability], str],
    width: int = DEFAULT_WIDTH,
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
    cut_start, cut_end = _window(source, begin, span_length, plain, width - len(_INDENT), lines.cells)
    before = ("…" if cut_start else "") + source[cut_start:begin]
    marked = source[begin : min(begin + span_length, cut_end)]
    after = source[begin + len(marked) : cut_end] + ("…" if cut_end < length else "")
    caret_pad = len(before) if plain else display_width(before)
    caret = "^" * max(1, len(marked) if plain else display_width(marked))
    path = lines.path
    message = finding.message if finding.message.isprintable() else printable(finding.message)
    if colour:
        style = _STYLES[finding.severity.value]
        shown = f"{before}{style}{marked}{_RESET}{after}"
        caret = f"{style}{caret}{_RESET}"
        head = (
            f"{_BOLD}{path}:{line}:{begin + 1}:{_RESET} {style}"
            f"{finding.rule}{_RESET} {_DIM}[{finding.category}]{_RESET} {message}"
        )
    else:
        shown = before + marked + after
        head = f"{path}:{line}:{begin + 1}: {finding.rule} [{finding.category}] {message}"
    replacements = finding.replacements
    if not replacements:
        return f"{head}\n{_INDENT}{shown}\n{_INDENT}{' ' * caret_pad}{caret}"
    key = (replacements, finding.applicability)
    suggestion = suggestions.get(key)
    if suggestion is None:
        options = " | ".join([repr(r) for r in replacements[:3]])
        suggestion = f"{_INDENT}{_label(finding.applicability)}: {options}"
        if colour:
            tint = _GREEN if finding.applicability is Applicability.SAFE else _YELLOW
            suggestion = f"{tint}{suggestion}{_RESET}"
        suggestions[key] = suggestion
    return f"{head}\n{_INDENT}{shown}\n{_INDENT}{' ' * caret_pad}{caret}\n{suggestion}"


def _label(applicability: Applicability) -> str:
    """By identity: an enum's hash runs Python code, and this is asked once per finding."""
    if applicability is Applicability.SAFE:
        return "fix"
    return "unsafe fix" if applicability is Applicability.UNSAFE else "suggestion"


def write_text(
    document: Document, findings: Iterable[Finding], out: TextIO, colour: bool, width: int = DEFAULT_WIDTH
) -> None:
    lines = _Lines(document)
    suggestions: dict[tuple[tuple[str, ...], Applicability], str] = {}
    rendered = [_render(document, finding, colour, lines, suggestions, width) + "\n" for finding in findings]
    out.write("".join(rendered))
