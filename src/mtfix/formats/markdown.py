"""The prose of a Markdown file, located in the original text (markdown-it-py).

markdown-it gives block tokens with line ranges and, per paragraph, heading or table
cell, the inline source (`token.content`) with container markers (`> `, list indents,
`#`) stripped. Each line of that inline source is found again in its original line, so
inline offsets map back to the file. Inline constructs are located by wrapping every
inline rule of the parser: a rule that succeeds reports the source range it consumed, and
from the rule's name we know what the range is (code span, link, emphasis run, ...).
Everything not claimed as prose stays markup: fences, indented code, HTML blocks, front
matter, reference definitions, thematic breaks, table pipes.

In the view: link text is prose, link targets are invisible; code spans, images and
autolinks show as a placeholder; emphasis markers that were matched are invisible (an
unmatched `*` or `_` is prose); backslash escapes drop the backslash; entities are atoms.
HTML comments are read for `mtfix-disable` directives (see `mtfix.suppression`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkLabel
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from mtfix.document import Document
from mtfix.formats.view import BLOCK, INLINE, OPAQUE, PROSE, Atom, ProseView
from mtfix.suppression import Directive, Suppressions, parse_directive

_RECORDS = "mtfix_inline_records"
# markdown-it stops descending (silently) at this depth; CommonMark's preset says 20, which
# real documents with quoted lists reach. Deeper content is not checked, and the view says so.
MAX_NESTING = 100
_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
# Applied only to HTML that markdown-it already classified (html_block / html_inline).
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


@dataclass
class _Record:
    """One successful inline rule: the range it consumed in the inline source."""

    rule: str
    start: int
    end: int
    label_end: int = -1  # links: where the link text ends
    delimiters: list[tuple[Token, int, int]] = field(default_factory=list)  # emphasis runs
    token: Token | None = None  # escapes


def _recording(name: str, rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    def wrapped(state: StateInline, silent: bool) -> bool:
        records = state.env.get(_RECORDS)
        if silent or records is None:
            return rule(state, silent)
        start = state.pos
        label_end = parseLinkLabel(state, start, True) if name == "link" and state.src[start] == "[" else -1
        tokens_before = len(state.tokens)
        delimiters_before = len(state.delimiters)
        if not rule(state, silent):
            return False
        record = _Record(name, start, state.pos, label_end)
        if name in ("emphasis", "strikethrough"):
            for delimiter in state.delimiters[delimiters_before:]:
                token = state.tokens[delimiter.token]
                record.delimiters.append((token, start, len(token.content)))
            _place_delimiters(record)
        elif name == "escape" and len(state.tokens) > tokens_before:
            record.token = state.tokens[-1]
        records.append(record)
        return True

    return wrapped


def _place_delimiters(record: _Record) -> None:
    """Give each delimiter token its own source offset (runs are consecutive characters)."""
    offset = record.end - sum(width for _, _, width in record.delimiters)
    placed = []
    for token, _, width in record.delimiters:
        placed.append((token, offset, width))
        offset += width
    record.delimiters = placed


def make_parser() -> MarkdownIt:
    """CommonMark plus tables and strikethrough, with every inline rule recording its range."""
    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
    parser.core.ruler.disable(["inline", "text_join"])
    parser.inline.ruler2.disable("fragments_join")  # it would merge emptied delimiter tokens
    for name in parser.inline.ruler.get_all_rules():
        rule = parser.inline.ruler.__rules__[parser.inline.ruler.__find__(name)].fn
        parser.inline.ruler.at(name, _recording(name, rule))
    return parser


def front_matter_lines(lines: list[str]) -> int:
    """How many leading lines are YAML (`---`) or TOML (`+++`) front matter."""
    if not lines or lines[0].rstrip() not in _FRONT_MATTER_FENCES:
        return 0
    closers = _FRONT_MATTER_FENCES[lines[0].rstrip()]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in closers:
            return index + 1
    return 0


class _Extractor:
    def __init__(self, document: Document, parser: MarkdownIt) -> None:
        self.document = document
        self.parser = parser
        text = document.text
        starts = document.line_starts
        self.line_starts = starts
        self.lines = [document.line_text(number) for number in range(1, len(starts) + 1)]
        self.classes = bytearray([BLOCK]) * len(text)
        self.atoms: list[Atom] = []
        self.directives: list[Directive] = []
        self.cursor: dict[int, int] = {}

    def run(self) -> ProseView:
        skipped = front_matter_lines(self.lines)
        source = "\n".join([""] * skipped + self.lines[skipped:])
        env: dict[str, Any] = {}
        deepest = 0
        for token in self.parser.parse(source, env):
            deepest = max(deepest, token.level)
            if token.type == "inline" and token.map:
                self._inline(token, env)
            elif token.type == "html_block" and token.map:
                self._html_comments(self.line_starts[token.map[0]], self._line_end(token.map[1] - 1))
        suppressions = Suppressions.from_directives(self.directives, self.document)
        view = ProseView.build(self.document, self.classes, self.atoms, suppressions=suppressions)
        if deepest >= MAX_NESTING - 1:
            view.skipped = f"Markdown nested deeper than {MAX_NESTING} levels; the deeper part not checked"
        return view

    def _line_end(self, index: int) -> int:
        if index >= len(self.lines):
            return len(self.document.text)
        return self.line_starts[index] + len(self.lines[index])

    def _locate(self, token: Token) -> list[int | None]:
        """For each inline-source line, the original offset where it starts (None: not found)."""
        found: list[int | None] = []
        first = token.map[0] if token.map else 0
        for number, line in enumerate(token.content.split("\n")):
            index = first + number
            if index >= len(self.lines):
                found.append(None)
                continue
            position = self.lines[index].find(line, self.cursor.get(index, 0))
            if position < 0:
                found.append(None)
                continue
            self.cursor[index] = position + len(line)
            found.append(self.line_starts[index] + position)
        return found

    def _inline(self, token: Token, env: dict[str, Any]) -> None:
        content = token.content
        line_offsets = self._locate(token)
        mapping: list[int | None] = []
        for line, start in zip(content.split("\n"), line_offsets, strict=True):
            mapping.extend(None if start is None else start + column for column in range(len(line)))
            mapping.append(None)  # the newline between inline lines is the original line break
        records: list[_Record] = []
        env[_RECORDS] = records
        self.parser.inline.parse(content, self.parser, env, [])
        del env[_RECORDS]
        for original in mapping[: len(content)]:
            if original is not None:
                self.classes[original] = PROSE
        for record in records:
            self._apply(record, content, mapping)

    def _mark(self, mapping: list[int | None], start: int, end: int, klass: int) -> None:
        for position in range(start, end):
            original = mapping[position]
            if original is not None:
                self.classes[original] = klass

    def _apply(self, record: _Record, content: str, mapping: list[int | None]) -> None:
        rule, start, end = record.rule, record.start, record.end
        if rule in ("text", "newline"):
            return
        if rule == "escape":
            token = record.token
            if token is None or token.type == "hardbreak" or token.content != token.markup:
                self._mark(mapping, start, start + 1, INLINE)
            return
        if rule in ("emphasis", "strikethrough"):
            for token, offset, width in record.delimiters:
                if token.type != "text" or token.content == "":
                    self._mark(mapping, offset, offset + width, INLINE)
            return
        if rule == "link" and record.label_end > start:
            self._mark(mapping, start, start + 1, INLINE)
            self._mark(mapping, record.label_end, end, INLINE)
            return
        if rule == "entity":
            first, last = mapping[start], mapping[end - 1]
            if first is not None and last is not None and last - first == end - start - 1:
                self.atoms.append(Atom(first, last + 1, html.unescape(content[start:end])))
            return
        if rule == "html_inline":
            self._mark(mapping, start, end, INLINE)
            first, last = mapping[start], mapping[end - 1]
            if first is not None and last is not None:
                self._html_comments(first, last + 1)
            return
        self._mark(mapping, start, end, OPAQUE)  # code spans, images, autolinks, anything unknown

    def _html_comments(self, start: int, end: int) -> None:
        for match in _COMMENT.finditer(self.document.text, start, end):
            directive = parse_directive(match.group(1), match.start(), match.end())
            if directive is not None:
                self.directives.append(directive)


def markdown_view(document: Document, parser: MarkdownIt | None = None) -> ProseView:
    """The prose view of a Markdown document."""
    return _Extractor(document, parser or make_parser()).run()
