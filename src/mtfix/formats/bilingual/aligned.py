"""A target text file aligned paragraph by paragraph with its source (`--source`).

Paragraphs are the non-blank lines: the n-th of the target translates the n-th of the
source, and its segment id is its line number in the target file. Files whose paragraph
counts differ are refused (an alignment off by one would pair every later paragraph with
the wrong source and report nonsense). The view is the target text itself: every character
is prose, so findings and fixes are exactly those of plain text, plus the segment.
"""

from __future__ import annotations

from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.formats.bilingual.view import BilingualView
from mtfix.formats.view import PROSE
from mtfix.models import Segment


def paragraphs(text: str) -> list[tuple[int, int, int]]:
    """(line number, start, end) of every non-blank line, without its line ending."""
    found: list[tuple[int, int, int]] = []
    start = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        if body.strip():
            found.append((number, start, start + len(body)))
        start += len(line)
    return found


def aligned_view(target: Document, source: Document) -> BilingualView:
    """The target's view with one segment per paragraph, each holding its source paragraph."""
    ours, theirs = paragraphs(target.text), paragraphs(source.text)
    if len(ours) != len(theirs):
        raise InputError(
            target.path,
            f"{len(ours)} paragraphs, but its source {source.path} has {len(theirs)}; "
            "aligned files need one source paragraph per target paragraph",
        )
    view = BilingualView.build(target, bytearray([PROSE]) * len(target.text))
    view.segments = tuple(
        Segment(str(number), source.text[source_start:source_end], start, end)
        for (number, start, end), (_, source_start, source_end) in zip(ours, theirs, strict=True)
    )
    return view
