"""Cut a document into paragraph segments, group them into requests, map offsets back.

Why segments: LanguageTool is sent paragraphs, not whole files, so an unchanged paragraph
can be answered from the cache in later `fix` passes and several requests can run at once.
A segment is a run of non-blank lines (a paragraph of hard-wrapped text stays whole, so
LanguageTool never sees half a sentence); a paragraph longer than the request budget is
cut at line ends. Segments are grouped into requests joined by a blank line, which
LanguageTool treats as a paragraph break, and each match is handed back to its segment.

Why UTF-16: LanguageTool is Java and its `offset`/`length` count UTF-16 code units, so an
emoji or a CJK Extension B character before a match shifts it by one per character
(languagetool-org/languagetool#11361). mtfix offsets are code points.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Segment:
    """`text` is exactly `document.text[start:start + len(text)]`."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def segments(text: str, max_chars: int) -> list[Segment]:
    """Paragraphs (runs of non-blank lines), long ones cut at line ends; blank text skipped."""
    found: list[Segment] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines.append((offset, line))
        elif lines:
            found.extend(_cut(lines, max_chars))
            lines = []
        offset += len(line)
    if lines:
        found.extend(_cut(lines, max_chars))
    return found


def _cut(lines: list[tuple[int, str]], max_chars: int) -> Iterable[Segment]:
    """One paragraph as segments of at most `max_chars` (a single longer line stays whole)."""
    start, pieces = lines[0][0], [lines[0][1]]
    for offset, line in lines[1:]:
        if sum(map(len, pieces)) + len(line) > max_chars:
            yield _segment(start, pieces)
            start, pieces = offset, []
        pieces.append(line)
    yield _segment(start, pieces)


def _segment(start: int, pieces: list[str]) -> Segment:
    return Segment(start, "".join(pieces).rstrip("\r\n"))


def group(pending: Sequence[Segment], max_chars: int) -> list[list[Segment]]:
    """Consecutive segments packed into requests of about `max_chars` characters."""
    batches: list[list[Segment]] = []
    size = 0
    for segment in pending:
        if batches and size + len(SEPARATOR) + len(segment.text) <= max_chars:
            batches[-1].append(segment)
            size += len(SEPARATOR) + len(segment.text)
        else:
            batches.append([segment])
            size = len(segment.text)
    return batches


def joined(batch: Sequence[Segment]) -> tuple[str, list[int]]:
    """The request text and where each segment starts in it (code points)."""
    starts: list[int] = []
    position = 0
    for segment in batch:
        starts.append(position)
        position += len(segment.text) + len(SEPARATOR)
    return SEPARATOR.join(segment.text for segment in batch), starts


def locate(starts: Sequence[int], batch: Sequence[Segment], start: int, end: int) -> tuple[int, int] | None:
    """(segment index, offset in that segment) for a span of the joined text, or None when
    the span leaves its segment (a match across the separator belongs to no paragraph)."""
    index = bisect.bisect_right(starts, start) - 1
    if index < 0:
        return None
    local = start - starts[index]
    if local + (end - start) > len(batch[index].text):
        return None
    return index, local


class Utf16Offsets:
    """Converts LanguageTool's UTF-16 offsets into code-point offsets of one text."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # UTF-16 start of every astral character (two code units), in order.
        self._astral: list[int] = []
        units = 0
        for character in text:
            if ord(character) > 0xFFFF:
                self._astral.append(units)
                units += 2
            else:
                units += 1
        self.units = units

    def start(self, units: int) -> int:
        """Code point at UTF-16 offset `units` (inside a surrogate pair: that character)."""
        return self._code_point(units - 1 if self._inside_pair(units) else units)

    def end(self, units: int) -> int:
        """Code-point end for an exclusive UTF-16 end (inside a pair: after that character)."""
        return self._code_point(units + 1 if self._inside_pair(units) else units)

    def _inside_pair(self, units: int) -> bool:
        index = bisect.bisect_left(self._astral, units - 1)
        return index < len(self._astral) and self._astral[index] == units - 1

    def _code_point(self, units: int) -> int:
        units = max(0, units)
        return min(self._length, units - bisect.bisect_left(self._astral, units))
