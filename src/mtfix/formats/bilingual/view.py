"""The targets of a bilingual file as a prose view, with each unit's source beside it.

Checks see only the targets, one paragraph each (the markup between them shows as its line
breaks, or one), so the monolingual checks run on them as on plain text, and `restore`
brings findings back to the file's own offsets: a fix can change target text only, never a
tag, an attribute, a note or the source. Inline codes in a target follow the prose view's
classes: paired formatting (`<g>`, `<pc>`, `<mrk>`, `<hi>`) and its TMX/XLIFF 1.2 native-code
halves (`<bpt>`, `<ept>`) are invisible, standalone codes (`<x/>`, `<ph/>`, `<ph>..</ph>`)
show as an object placeholder. Every restored finding carries its unit id (`segment`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from mtfix.document import Document
from mtfix.formats.bilingual.units import LocatedUnit
from mtfix.formats.bilingual.xml_tokens import ENTITY, Token, escape, unescape
from mtfix.formats.view import BLOCK, INLINE, OPAQUE, PROSE, Atom, ProseView
from mtfix.models import Finding, Segment

# Elements whose content is translatable text: their tags are formatting around it.
PAIRED = frozenset(("g", "pc", "mrk", "hi", "sfx"))
# Elements whose content is the original's native code (`&lt;b&gt;`), never prose.
NATIVE = frozenset(("bpt", "ept", "ph", "it", "ut", "sub"))
# Codes that render as something (a line break, an image, a variable): a placeholder shows.
VISIBLE = frozenset(("x", "ph", "it", "ut", "cp"))
_ID_ATTRIBUTES = ("id", "i", "x", "startRef", "rid")
# Annotations, not codes: segmentation marks (Trados `<mrk mtype="seg">`) and XLIFF 2 markers
# say something about the text and are not merged back into the document, so they are not
# compared with the source's codes.
ANNOTATIONS = frozenset(("mrk", "sm", "em"))


def code_name(token: Token, closing: bool = False) -> str:
    """How an inline code is compared across source and target: `g#1`, `/g#1`, `x#2`."""
    ident = next((value for name in _ID_ATTRIBUTES if (value := token.attribute(name)) is not None), "")
    return f"{'/' if closing else ''}{token.name}#{ident}"


def read_content(tokens: Sequence[Token], text: str, native: bool = False) -> tuple[str, tuple[str, ...]]:
    """The plain text (references decoded, codes removed) and the codes of a source or target;
    with `native`, the native code inside `<bpt>`, `<ph>`... is kept in the text (as TMX
    readers show it)."""
    parts: list[str] = []
    codes: list[str] = []
    native_depth = 0
    for token in tokens:
        if token.kind in ("start", "end", "empty") and token.name in NATIVE:
            if token.kind == "start":
                if native_depth == 0:
                    codes.append(code_name(token))
                native_depth += 1
            elif token.kind == "end":
                native_depth -= 1
            elif native_depth == 0:
                codes.append(code_name(token))
            continue
        if native_depth and not (native and token.kind == "text"):
            continue
        if token.kind == "text":
            parts.append(unescape(text[token.start : token.end]))
        elif token.kind == "cdata":
            parts.append(text[token.start + 9 : token.end - 3])
        elif token.name in ANNOTATIONS:
            continue
        elif token.kind in ("start", "empty"):
            codes.append(code_name(token))
        elif token.kind == "end" and token.name in PAIRED:
            codes.append(code_name(_opening_of(tokens, token), closing=True))
    return "".join(parts), tuple(codes)


def _opening_of(tokens: Sequence[Token], closing: Token) -> Token:
    """The opening tag a closing tag ends (ids sit on the opening tag only)."""
    depth = 0
    for token in reversed(tokens[: tokens.index(closing)]):
        if token.name != closing.name:
            continue
        if token.kind == "end":
            depth += 1
        elif token.kind == "start":
            if depth == 0:
                return token
            depth -= 1
    return closing


def _classify_target(tokens: Sequence[Token], text: str, classes: bytearray, atoms: list[Atom]) -> None:
    native_depth = 0
    native_start = 0
    for token in tokens:
        if token.kind in ("start", "end", "empty") and token.name in NATIVE:
            if token.kind == "start":
                if native_depth == 0:
                    native_start = token.start
                native_depth += 1
                continue
            if token.kind == "end":
                native_depth -= 1
                if native_depth:
                    continue
                start = native_start
            else:
                if native_depth:
                    continue
                start = token.start
            klass = OPAQUE if token.name in VISIBLE else INLINE
            classes[start : token.end] = bytes([klass]) * (token.end - start)
            continue
        if native_depth:
            continue
        if token.kind == "text":
            classes[token.start : token.end] = bytes([PROSE]) * (token.end - token.start)
            segment = text[token.start : token.end]
            for match in ENTITY.finditer(segment):
                start = token.start + match.start()
                atoms.append(Atom(start, token.start + match.end(), unescape(match.group())))
        elif token.kind == "cdata":
            classes[token.start : token.end] = bytes([INLINE]) * (token.end - token.start)
            classes[token.start + 9 : token.end - 3] = bytes([PROSE]) * (token.end - token.start - 12)
        else:
            klass = OPAQUE if token.name in VISIBLE else INLINE
            classes[token.start : token.end] = bytes([klass]) * (token.end - token.start)


class BilingualView(ProseView):
    """A prose view of the targets whose restored findings name their unit."""

    def restore(self, findings: Iterable[Finding]) -> list[Finding]:
        starts = [segment.start for segment in self.segments]
        restored: list[Finding] = []
        for finding in findings:
            index = bisect.bisect_right(starts, finding.start) - 1
            mapped = self._restore_one(finding)
            if mapped is None:
                continue
            if index >= 0 and finding.start <= self.segments[index].end:
                mapped = mapped.with_changes(extra=(*mapped.extra, ("segment", self.segments[index].id)))
            restored.append(mapped)
        return restored


def unit_view(document: Document, units: Sequence[LocatedUnit]) -> BilingualView:
    """The view of `document`'s targets, with a `Segment` per unit to translate."""
    text = document.text
    classes = bytearray([BLOCK]) * len(text)
    atoms: list[Atom] = []
    breaks: set[int] = set()
    checked = [unit for unit in units if unit.translatable]
    for unit in checked:
        _classify_target(unit.target, text, classes, atoms)
        breaks.update((unit.target_start, unit.target_end))
    view = BilingualView.build(document, classes, atoms, escape, breaks=frozenset(breaks))
    segments = []
    for unit in checked:
        source, source_codes = read_content(unit.source, text)
        _, target_codes = read_content(unit.target, text)
        segments.append(
            Segment(
                unit.id,
                source,
                view.view_offset(unit.target_start),
                view.view_offset(unit.target_end),
                source_codes,
                target_codes,
            )
        )
    view.segments = tuple(segments)
    return view
