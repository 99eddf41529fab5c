"""A prose view of a marked-up file, and the way back from the view to the file.

Checks know nothing about Markdown or HTML: they run on a `Document` whose text is the
*view*, the prose a reader sees. A format module (markdown, html) classifies every
character of the original as prose, markup of some kind, or part of an *atom* (a character
reference such as `&amp;` or an escape such as `\\*`, shown decoded); `ProseView.build`
turns that into a compact view plus an offset map:

- prose is copied verbatim, one to one;
- an atom shows its decoded text and maps as a whole: a fix may replace all of it, never
  part of it;
- a run of markup shows a short separator chosen so rules see what a reader sees: the line
  breaks it holds (and U+FFFC after them when code opens the next line); else `\\n` at a
  block boundary (table cell, heading); else U+FFFC (an object placeholder no rule matches)
  for inline things that render as something (code, images); else nothing, for invisible
  formatting (`**`, `<em>`, link brackets and targets), so `[the report](u)` reads
  `the report` and `**A**B` reads `AB`.

Findings come back through `restore`:

- a finding that overlaps a non-empty separator (code, a block boundary) is dropped: it is
  about markup, not prose;
- a finding across invisible formatting is kept (the reader sees that text), its span and
  text re-read from the original (so they include the markup);
- each replacement is narrowed to the part that really changes (common prefix and suffix
  trimmed), escaped for the format and spliced into the original text of the span; if that
  part would touch markup (inside it or at either edge) or half an atom, or is an insertion
  exactly where markup sits (inside or outside `**` is ambiguous), the finding becomes
  flag-only (applicability `none`, the view's suggestion kept for display). So a fix never changes markup;
- in-file suppression comments are applied last.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Self

from mtfix.document import Document
from mtfix.models import Applicability, Finding, Segment
from mtfix.suppression import Suppressions

# Character classes a format module assigns to each character of the original.
PROSE = 0
BLOCK = 1  # markup at a block boundary (markers, fences, tags of block elements)
INLINE = 2  # invisible inline formatting (emphasis markers, link brackets and targets, inline tags)
OPAQUE = 3  # inline content that is not prose but renders as something (code, images)
PLACEHOLDER = "\ufffc"
_NEWLINES = "\r\n"


@dataclass(frozen=True, slots=True)
class Atom:
    """A character reference or escape: original [start, end) shows as `text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Piece:
    view_start: int
    view_end: int
    start: int
    end: int
    kind: str  # "prose", "atom" or "markup"


def _identity(text: str) -> str:
    return text


class ProseView:
    """The view text, its document, and the map back to the original."""

    # The translation units of a bilingual input, in view offsets; none for monolingual views.
    segments: tuple[Segment, ...] = ()

    def __init__(
        self,
        original: Document,
        pieces: Sequence[_Piece],
        text: str,
        escape: Callable[[str], str],
        suppressions: Suppressions,
    ) -> None:
        self.original = original
        self.text = text
        self.document = original.with_text(text)
        self.escape = escape
        self.suppressions = suppressions
        # Why part of the file was not checked (markup nested too deep), said to the user.
        self.skipped: str | None = None
        self._pieces = list(pieces)
        self._piece_starts = [p.start for p in self._pieces]
        visible = [p for p in self._pieces if p.view_end > p.view_start]
        self._visible = visible
        self._visible_starts = [p.view_start for p in visible]
        empty = [p for p in self._pieces if p.view_end == p.view_start]
        self._empty_at = sorted(p.view_start for p in empty)

    @classmethod
    def build(
        cls,
        original: Document,
        classes: bytearray,
        atoms: Iterable[Atom] = (),
        escape: Callable[[str], str] = _identity,
        suppressions: Suppressions | None = None,
        breaks: frozenset[int] = frozenset(),
    ) -> Self:
        """Assemble the view from per-character classes (atoms override their range).

        A run of markup is cut at every offset in `breaks`, so each of those offsets starts a
        piece and has a view offset of its own (a bilingual file's empty target, which would
        otherwise vanish inside the markup around it)."""
        source = original.text
        atom_at = {atom.start: atom for atom in atoms}
        pieces: list[_Piece] = []
        parts: list[str] = []
        view_length = 0
        index = 0
        length = len(source)

        def add(start: int, end: int, kind: str, shown: str) -> None:
            nonlocal view_length
            pieces.append(_Piece(view_length, view_length + len(shown), start, end, kind))
            parts.append(shown)
            view_length += len(shown)

        while index < length:
            atom = atom_at.get(index)
            if atom is not None:
                add(atom.start, atom.end, "atom", atom.text)
                index = atom.end
                continue
            klass = classes[index]
            end = index + 1
            if klass == PROSE:
                while end < length and classes[end] == PROSE and end not in atom_at:
                    end += 1
                add(index, end, "prose", source[index:end])
            else:
                while end < length and classes[end] != PROSE and end not in atom_at and end not in breaks:
                    end += 1
                add(index, end, "markup", _separator(source[index:end], classes[index:end]))
            index = end
        return cls(original, pieces, "".join(parts), escape, suppressions or Suppressions())

    def markup_runs(self) -> list[str]:
        """The original text of every markup run, in order: what fixes must leave unchanged."""
        return [self.original.text[p.start : p.end] for p in self._pieces if p.kind == "markup"]

    # -- mapping -----------------------------------------------------------------------

    def view_offset(self, offset: int) -> int:
        """The view offset of original `offset` where a piece starts there or prose holds it
        (inside markup: the start of the markup's separator)."""
        index = bisect.bisect_right(self._piece_starts, offset) - 1
        if index < 0:
            return 0
        piece = self._pieces[index]
        if piece.kind == "prose":
            return piece.view_start + min(offset - piece.start, piece.view_end - piece.view_start)
        return piece.view_start if offset < piece.end else piece.view_end

    def _visible_at(self, offset: int) -> _Piece | None:
        """The non-empty piece holding view offset `offset`."""
        index = bisect.bisect_right(self._visible_starts, offset) - 1
        if index >= 0 and offset < self._visible[index].view_end:
            return self._visible[index]
        return None

    def _visible_before(self, offset: int) -> _Piece | None:
        """The non-empty piece holding the view character just before `offset`."""
        return self._visible_at(offset - 1) if offset > 0 else None

    def _start(self, offset: int, widen: bool) -> int | None:
        """Original offset where a span starting at view `offset` starts (after empty markup)."""
        piece = self._visible_at(offset)
        if piece is None:
            return len(self.original.text)
        if piece.kind == "prose":
            return piece.start + offset - piece.view_start
        if offset == piece.view_start or widen:
            return piece.start
        return None

    def _end(self, offset: int, widen: bool) -> int | None:
        """Original offset where a span ending at view `offset` ends (before empty markup)."""
        piece = self._visible_before(offset)
        if piece is None:
            return 0
        if piece.kind == "prose":
            return piece.start + offset - piece.view_start
        if offset == piece.view_end or widen:
            return piece.end
        return None

    def _has_empty_markup(self, low: int, high: int, inclusive: bool) -> bool:
        """Is there invisible markup at a view position in (low, high), or [low, high]?"""
        if inclusive:
            index = bisect.bisect_left(self._empty_at, low)
            return index < len(self._empty_at) and self._empty_at[index] <= high
        index = bisect.bisect_right(self._empty_at, low)
        return index < len(self._empty_at) and self._empty_at[index] < high

    def _overlaps_visible_markup(self, start: int, end: int) -> bool:
        """Does [start, end) meet a separator that shows (an insertion: fall strictly inside one)?"""
        if end == start:
            piece = self._visible_at(start)
            return piece is not None and piece.kind == "markup" and piece.view_start < start
        index = max(bisect.bisect_right(self._visible_starts, start) - 1, 0)
        for piece in self._visible[index:]:
            if piece.view_start >= end:
                break
            if piece.kind == "markup" and start < piece.view_end:
                return True
        return False

    def _cuts_atom(self, start: int, end: int) -> bool:
        for offset in {start, end}:
            piece = self._visible_at(offset)
            if piece is not None and piece.kind != "prose" and piece.view_start < offset:
                return True
        return False

    def _splice(self, finding: Finding, start: int, end: int, replacement: str) -> str | None:
        """The original text of [start, end) with the changed part of `replacement` applied."""
        view_start, view_end = finding.start, finding.end
        before = self.text[view_start:view_end]
        prefix = _common_prefix(before, replacement)
        suffix = _common_prefix(before[prefix:][::-1], replacement[prefix:][::-1])
        core_start, core_end = view_start + prefix, view_end - suffix
        content = replacement[prefix : len(replacement) - suffix]
        if core_start == core_end:
            if self._has_empty_markup(core_start, core_start, inclusive=True):
                return None
            if self._overlaps_visible_markup(core_start, core_end) or self._cuts_atom(core_start, core_end):
                return None
        elif (
            # Markup at either edge counts: deleting the space in `Use **?**` glues the
            # emphasis to the word before it, and CommonMark then no longer opens it.
            self._has_empty_markup(core_start, core_end, inclusive=True)
            or self._overlaps_visible_markup(core_start, core_end)
            or self._cuts_atom(core_start, core_end)
        ):
            return None
        original_start = self._start(core_start, widen=False)
        original_end = original_start if core_start == core_end else self._end(core_end, widen=False)
        if original_start is None or original_end is None:
            return None
        source = self.original.text
        return source[start:original_start] + self.escape(content) + source[original_end:end]

    def restore(self, findings: Iterable[Finding]) -> list[Finding]:
        """Findings on the view, as findings on the original (see the module docstring)."""
        restored: list[Finding] = []
        for finding in findings:
            mapped = self._restore_one(finding)
            if mapped is not None and not self.suppressions.suppresses(mapped):
                restored.append(mapped)
        return restored

    def _restore_one(self, finding: Finding) -> Finding | None:
        view_start, view_end = finding.start, finding.end
        if self._overlaps_visible_markup(view_start, view_end):
            return None
        start = self._start(view_start, widen=True)
        end = start if view_end == view_start else self._end(view_end, widen=True)
        if start is None or end is None or end < start:
            return None
        replacements: list[str] = []
        for replacement in finding.replacements:
            spliced = self._splice(finding, start, end, replacement)
            if spliced is None:
                return finding.with_changes(
                    start=start, end=end, text=self.original.text[start:end], applicability=Applicability.NONE
                )
            replacements.append(spliced)
        return finding.with_changes(
            start=start, end=end, text=self.original.text[start:end], replacements=tuple(replacements)
        )


def _common_prefix(first: str, second: str) -> int:
    limit = min(len(first), len(second))
    index = 0
    while index < limit and first[index] == second[index]:
        index += 1
    return index


def _separator(markup: str, classes: bytearray) -> str:
    """What a run of markup shows in the view (see the module docstring)."""
    newlines = "".join(ch for ch in markup if ch in _NEWLINES)
    if newlines:
        # Code that opens the next line (`` `f()` returns ``) still shows there: without the
        # placeholder the line would seem to start with the word after the code.
        last_break = max(markup.rfind("\n"), markup.rfind("\r"))
        return newlines + PLACEHOLDER if OPAQUE in classes[last_break + 1 :] else newlines
    if BLOCK in classes:
        return "\n"
    if OPAQUE in classes:
        return PLACEHOLDER
    return ""
