"""The prose of an HTML file: text nodes, located in the original (Python's html.parser).

Why html.parser: it reports where each tag, text run, comment and character reference
starts (`getpos()`), which is exactly what mapping findings back to the file needs;
selectolax (lexbor) builds a tree without source offsets. With `convert_charrefs=False`
text arrives raw and every `&amp;`-style reference separately, so references become atoms
in the view (decoded for checking, left as written by fixes; inserted text is escaped).

Text inside `script`, `style`, `code`, `pre`, `textarea` (and `svg`, `math`, `template`,
`noscript`) is not prose; nor are tags, attributes, comments and declarations. Tags of
block elements separate text in the view with a line break; inline tags join it as a
browser would. Comments are read for `mtfix-disable` directives.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from mtfix.document import Document
from mtfix.formats.view import BLOCK, INLINE, OPAQUE, PROSE, Atom, ProseView
from mtfix.suppression import Directive, Suppressions, parse_directive

SKIPPED = frozenset(("script", "style", "code", "pre", "textarea", "svg", "math", "template", "noscript"))
BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog"),
        *("div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4"),
        *("h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol", "p", "section", "summary"),
        *("table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"),
    )
)


def escape_text(text: str) -> str:
    """Text as it must be written inside an HTML text node."""
    return html.escape(text, quote=False)


class _Collector(HTMLParser):
    def __init__(self, document: Document) -> None:
        super().__init__(convert_charrefs=False)
        self.text = document.text
        self.line_starts = [0] + [index + 1 for index, ch in enumerate(self.text) if ch == "\n"]
        self.classes = bytearray([INLINE]) * len(self.text)
        self.atoms: list[Atom] = []
        self.directives: list[Directive] = []
        self.open_skipped: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _fill(self, start: int, end: int, klass: int) -> None:
        self.classes[start:end] = bytes([klass]) * (end - start)

    def _tag(self, tag: str, length: int) -> None:
        start = self._offset()
        if tag in BLOCKS:
            self._fill(start, start + length, BLOCK)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, len(self.get_starttag_text() or ""))
        if tag in SKIPPED:
            self.open_skipped.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, len(self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        close = self.text.find(">", start)
        self._tag(tag, (close + 1 if close >= 0 else len(self.text)) - start)
        if tag in self.open_skipped:
            while self.open_skipped and self.open_skipped.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self._fill(start, start + len(data), OPAQUE if self.open_skipped else PROSE)

    def _reference(self, body: str) -> None:
        start = self._offset()
        end = start + 1 + len(body)
        if self.text.startswith(";", end):
            end += 1
        if self.open_skipped:
            self._fill(start, end, OPAQUE)
        else:
            self._fill(start, end, PROSE)
            self.atoms.append(Atom(start, end, html.unescape(self.text[start:end])))

    def handle_entityref(self, name: str) -> None:
        self._reference(name)

    def handle_charref(self, name: str) -> None:
        self._reference("#" + name)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        directive = parse_directive(data, start, start + len(data) + 7)
        if directive is not None:
            self.directives.append(directive)

    def handle_decl(self, decl: str) -> None:
        start = self._offset()
        self._fill(start, start + len(decl) + 3, BLOCK)


def html_view(document: Document) -> ProseView:
    """The prose view of an HTML document."""
    collector = _Collector(document)
    collector.feed(document.text)
    collector.close()
    suppressions = Suppressions.from_directives(collector.directives, document)
    return ProseView.build(document, collector.classes, collector.atoms, escape_text, suppressions)
