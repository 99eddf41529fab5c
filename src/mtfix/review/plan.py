"""Accepted changes -> edits: overlap detection, application through the fixer, writing back.

Shared by the interactive session and offline review files, so both resolve conflicts
the same way as `fixer.choose_edits`: two edits conflict when their spans overlap or when
they start at the same offset (two insertions at one point have no natural order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.files import fingerprint, write_atomic
from mtfix.fixer import apply_edits
from mtfix.models import Edit

T = TypeVar("T")


@dataclass(frozen=True)
class Change(Generic[T]):
    """An edit someone accepted, with whatever identifies it to that someone (`origin`)."""

    edit: Edit
    origin: T


@dataclass(frozen=True)
class Place:
    """Where a rule made a suggestion (code-point offsets into the document)."""

    rule: str
    start: int
    end: int


def conflicts(first: Edit, second: Edit) -> bool:
    """True when the two edits cannot both be applied with a well-defined result."""
    if first.start == second.start:
        return True
    return first.start < second.end and second.start < first.end


def find_overlaps(changes: Sequence[Change[T]]) -> list[tuple[Change[T], Change[T]]]:
    """Every conflicting pair, each ordered by position, in a stable order."""
    ordered = sorted(changes, key=lambda change: (change.edit.start, change.edit.end))
    pairs: list[tuple[Change[T], Change[T]]] = []
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            if second.edit.start >= first.edit.end and second.edit.start != first.edit.start:
                break
            if conflicts(first.edit, second.edit):
                pairs.append((first, second))
    return pairs


def match_newlines(content: str, newline: str) -> str:
    """Give hand-typed line breaks the document's own style (a CRLF file stays CRLF)."""
    if newline == "\n" or "\n" not in content:
        return content
    return content.replace("\r\n", "\n").replace("\n", newline)


def document_edits(document: Document, changes: Sequence[Change[T]]) -> list[Edit]:
    """The changes as edits in text order, their typed line breaks in the document's style."""
    edits = [
        Edit(change.edit.start, change.edit.end, match_newlines(change.edit.content, document.newline))
        for change in changes
    ]
    return sorted(edits, key=lambda edit: (edit.start, edit.end))


def changed_text(document: Document, changes: Sequence[Change[T]]) -> str:
    """The document's text with the changes applied; callers must have reported overlaps."""
    return apply_edits(document.text, document_edits(document, changes))


class StaleFileError(InputError):
    """The file changed on disk after it was read for review; nothing is written."""


def changed_on_disk(document: Document) -> bool:
    """True when the file's bytes differ from those the document was decoded from."""
    if not document.raw_fingerprint:
        return False
    try:
        with open(document.path, "rb") as handle:
            return fingerprint(handle.read()) != document.raw_fingerprint
    except OSError:
        return True


def write_text(document: Document, text: str) -> None:
    """Write the new text back atomically, in the file's own encoding, BOM and newlines.

    Raises StaleFileError if the file changed since it was read, InputError if it cannot
    be written (or the new text cannot be encoded in the file's encoding).
    """
    if changed_on_disk(document):
        raise StaleFileError(document.path, "changed on disk since it was read; nothing written")
    write_atomic(document, text)
