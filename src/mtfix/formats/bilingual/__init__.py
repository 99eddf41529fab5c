"""Bilingual inputs: XLIFF 1.2 and 2.x, TMX 1.4, and a target file aligned with its source.

A bilingual input is checked through a `BilingualView` (see `view.py`): the checks see the
targets as paragraphs, and `context.segments` gives each target's source, so the
source-aware checks (`checks/source_*.py`) compare the two while the monolingual ones run
as on plain text. The format comes from the extension (`.xlf`, `.xliff`, `.sdlxliff`,
`.mqxliff`, `.tmx`) or, for any other file, from its root element; the XLIFF version from
the root's namespace or `version` attribute.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mtfix.document import Document
from mtfix.errors import InputError

if TYPE_CHECKING:
    from mtfix.formats.bilingual.view import BilingualView

# The readers are imported when a bilingual input is read: every run asks this package
# what a file's format is, and only bilingual runs need the XML readers (about 5 ms).

FORMATS = ("xliff", "tmx")
EXTENSIONS = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff", ".tmx": "tmx"}
# The root element after an optional declaration, comments and a DOCTYPE.
_ROOT = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(xliff|tmx)\b([^>]*)>", re.S
)
_XLIFF_2 = re.compile(r"""xliff:document:2\.|version\s*=\s*["']2""")
_SNIFF_CHARS = 4096


def sniff(text: str) -> str | None:
    """`xliff` or `tmx` when the text's root element says so, else None."""
    match = _ROOT.match(text[:_SNIFF_CHARS])
    return match.group(1) if match else None


def xliff_version(text: str) -> int:
    match = _ROOT.match(text[:_SNIFF_CHARS])
    return 2 if match and _XLIFF_2.search(match.group(2)) else 1


def aligned_view(target: Document, source: Document) -> BilingualView:
    """The view of a plain-text target aligned with its source (see `aligned.py`)."""
    from mtfix.formats.bilingual.aligned import aligned_view as aligned

    return aligned(target, source)


def bilingual_view(document: Document, name: str) -> BilingualView:
    """The view of an XLIFF or TMX document; InputError when it cannot be read exactly."""
    from mtfix.formats.bilingual.toolkit import agree, toolkit_units
    from mtfix.formats.bilingual.units import tmx_units, xliff_units
    from mtfix.formats.bilingual.view import read_content, unit_view
    from mtfix.formats.bilingual.xml_tokens import tokens

    stream = list(tokens(document.text))
    try:
        if name == "tmx":
            kind, units = "tmx", tmx_units(stream)
        else:
            version = xliff_version(document.text)
            kind, units = f"xliff{version}", xliff_units(stream, version)
    except InputError as error:
        raise InputError(document.path, error.reason) from None
    data = document.encode()
    try:
        theirs = toolkit_units(data, kind)
    except InputError as error:
        raise InputError(document.path, error.reason) from None
    targets = [read_content(unit.target, document.text, native=kind == "tmx")[0] for unit in units]
    agree(document.path, units, targets, theirs)
    return unit_view(document, units)


__all__ = ["EXTENSIONS", "FORMATS", "aligned_view", "bilingual_view", "sniff"]
