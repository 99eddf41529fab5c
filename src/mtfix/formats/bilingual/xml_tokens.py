"""The tokens of an XML file with their offsets in the decoded text.

Why our own scanner next to translate-toolkit: the toolkit (lxml underneath) knows a file's
structure but not where a target's text sits in the original characters, and `fix` must
change those characters only. This scanner yields every tag, comment, CDATA section,
processing instruction, declaration and text run with its exact span; the structure it
reads is cross-checked against the toolkit's (see `toolkit.py`), so a file the two read
differently is refused rather than fixed wrongly.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

_MARKUP = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<\?.*?\?>"
    r"|<!DOCTYPE(?:[^>\[]|\[[^\]]*\])*>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z_][\w:.\-]*)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"\s*(?P<empty>/?)>",
    re.S,
)
_ATTRIBUTE = re.compile(r"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of the file: `kind` is start, end, empty (a self-closing tag), text,
    cdata or other (comment, processing instruction, declaration)."""

    kind: str
    start: int
    end: int
    name: str = ""  # the tag's local name (namespace prefix dropped)
    attributes: tuple[tuple[str, str], ...] = ()

    def attribute(self, name: str) -> str | None:
        for key, value in self.attributes:
            if key == name or key.rpartition(":")[2] == name:
                return value
        return None


def tokens(text: str) -> Iterator[Token]:
    """Every token of `text`, in order, covering it without gaps."""
    cursor = 0
    for match in _MARKUP.finditer(text):
        if match.start() > cursor:
            yield Token("text", cursor, match.start())
        name = match.group("name")
        if name is None:
            kind = "cdata" if match.group().startswith("<![CDATA[") else "other"
            yield Token(kind, match.start(), match.end())
        else:
            kind = "end" if match.group("close") else "empty" if match.group("empty") else "start"
            attributes = tuple(
                (key, unescape(double if double is not None else single))
                for key, double, single in _ATTRIBUTE.findall(match.group("attrs") or "")
            )
            yield Token(kind, match.start(), match.end(), name.rpartition(":")[2], attributes)
        cursor = match.end()
    if cursor < len(text):
        yield Token("text", cursor, len(text))


def unescape(text: str) -> str:
    """Character and entity references decoded (the five XML ones and numeric ones)."""
    return html.unescape(text) if "&" in text else text


def escape(text: str) -> str:
    """Text as it must be written inside an XML element."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
