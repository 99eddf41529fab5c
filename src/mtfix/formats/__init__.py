"""Input formats: which one a file is in, and the prose view checks run on.

`text` files are checked as they are. `markdown` and `html` files are checked through a
prose view (see `mtfix.formats.view`): checks see only the prose, findings and fixes come
back in the original's offsets and never touch markup. The format comes from the file
extension unless `--input-format` / `input-format` names one.
"""

from __future__ import annotations

from pathlib import PurePath

from mtfix.document import Document
from mtfix.errors import ConfigError
from mtfix.formats.view import ProseView

AUTO = "auto"
FORMATS = ("text", "markdown", "html")
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".htm": "html",
    ".html": "html",
}


def format_for(path: str, requested: str = AUTO) -> str:
    """The format of `path`: `requested` unless it is `auto`, else by extension, else text."""
    if requested != AUTO:
        if requested not in FORMATS:
            raise ConfigError(f"unknown input format {requested!r}; one of: auto, {', '.join(FORMATS)}")
        return requested
    return EXTENSIONS.get(PurePath(path).suffix.lower(), "text")


def prose_view(document: Document, requested: str = AUTO) -> ProseView | None:
    """The prose view of a Markdown or HTML document; None for plain text (checked as is)."""
    name = format_for(document.path, requested)
    if name == "markdown":
        from mtfix.formats.markdown import markdown_view

        return markdown_view(document)
    if name == "html":
        from mtfix.formats.html import html_view

        return html_view(document)
    return None


__all__ = ["AUTO", "FORMATS", "ProseView", "format_for", "prose_view"]
