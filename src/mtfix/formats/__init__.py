"""Input formats: which one a file is in, and the prose view checks run on.

`text` files are checked as they are. `markdown` and `html` files are checked through a
prose view (see `mtfix.formats.view`): checks see only the prose, findings and fixes come
back in the original's offsets and never touch markup. The format comes from the file
extension unless `--input-format` / `input-format` names one.
"""

from __future__ import annotations

from pathlib import PurePath

from mtfix.document import Document
from mtfix.errors import ConfigError, InputError
from mtfix.formats import bilingual
from mtfix.formats.view import ProseView

AUTO = "auto"
FORMATS = ("text", "markdown", "html", *bilingual.FORMATS)
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".htm": "html",
    ".html": "html",
    **bilingual.EXTENSIONS,
}


def format_for(path: str, requested: str = AUTO, text: str = "") -> str:
    """The format of `path`: `requested` unless it is `auto`, else by extension, else by the
    root element of `text` (an XLIFF or TMX file with another name), else text."""
    if requested != AUTO:
        if requested not in FORMATS:
            raise ConfigError(f"unknown input format {requested!r}; one of: auto, {', '.join(FORMATS)}")
        return requested
    by_extension = EXTENSIONS.get(PurePath(path).suffix.lower())
    if by_extension is not None:
        return by_extension
    return (
        bilingual.sniff(text) if text.startswith(("<", "\ufeff<")) or text[:1].isspace() else None
    ) or "text"


def prose_view(document: Document, requested: str = AUTO, source: str | None = None) -> ProseView | None:
    """The prose view of a Markdown, HTML, XLIFF or TMX document, or of a text aligned with
    its `source` file; None for plain text (checked as is)."""
    name = format_for(document.path, requested, document.text)
    if source is not None:
        if name != "text":
            raise InputError(document.path, f"--source pairs a plain-text target with its source, not {name}")
        from mtfix.files import read_document

        return bilingual.aligned_view(document, read_document(source, None))
    if name in bilingual.FORMATS:
        return bilingual.bilingual_view(document, name)
    if name == "markdown":
        from mtfix.formats.markdown import markdown_view

        return markdown_view(document)
    if name == "html":
        from mtfix.formats.html import html_view

        return html_view(document)
    return None


__all__ = ["AUTO", "FORMATS", "ProseView", "format_for", "prose_view"]
