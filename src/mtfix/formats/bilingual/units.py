"""Where each translation unit's source and target sit in an XLIFF 1.2, XLIFF 2.x or TMX file.

The walk reads the token stream of `xml_tokens` once. A unit yields the tokens of its source
and target content (between the element's tags) and the content span of the target; a unit
with no target element gets an empty span where one would go (after its source), so its
findings still point into the file. XLIFF 1.2 alternatives (`alt-trans`) and XLIFF 2
`ignorable` parts are not units; a TMX unit's target is its first variant in a language other
than the header's `srclang`. A unit marked `translate="no"` keeps its place (the toolkit
counts it) but is not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from mtfix.errors import InputError
from mtfix.formats.bilingual.xml_tokens import Token


@dataclass(frozen=True, slots=True)
class LocatedUnit:
    id: str
    source: tuple[Token, ...]
    target: tuple[Token, ...]
    target_start: int
    target_end: int
    translatable: bool = True  # False for `translate="no"`: its target is not checked


@dataclass(frozen=True, slots=True)
class _Content:
    tokens: tuple[Token, ...]
    start: int  # after the opening tag
    end: int  # before the closing tag
    after: int  # index of the token after the closing tag


def _content(stream: Sequence[Token], index: int) -> _Content:
    """The content of the element whose opening tag is `stream[index]`."""
    opening = stream[index]
    if opening.kind == "empty":
        return _Content((), opening.start, opening.start, index + 1)
    depth = 0
    for position in range(index + 1, len(stream)):
        token = stream[position]
        if token.kind == "start" and token.name == opening.name:
            depth += 1
        elif token.kind == "end" and token.name == opening.name:
            if depth == 0:
                return _Content(tuple(stream[index + 1 : position]), opening.end, token.start, position + 1)
            depth -= 1
    raise InputError("", f"<{opening.name}> at offset {opening.start} is never closed")


def _skip(stream: Sequence[Token], index: int) -> int:
    return _content(stream, index).after


def xliff_units(stream: Sequence[Token], version: int) -> list[LocatedUnit]:
    """Units of an XLIFF file: `trans-unit` (1.2) or `segment` in `unit` (2.x)."""
    units: list[LocatedUnit] = []
    unit_name, skipped = ("trans-unit", {"alt-trans"}) if version == 1 else ("segment", {"ignorable"})
    parent_id = ""
    parent_translatable = True
    owners: list[tuple[str, str]] = []  # XLIFF 2: (unit id, segment id) of each segment
    index = 0
    while index < len(stream):
        token = stream[index]
        if token.kind in ("start", "empty") and token.name == "unit" and version == 2:
            parent_id = token.attribute("id") or str(len(units) + 1)
            parent_translatable = token.attribute("translate") != "no"
        if token.kind == "start" and token.name == unit_name:
            unit = _content(stream, index)
            own_id = token.attribute("id") or ""
            owners.append((parent_id, own_id or str(len(owners) + 1)))
            located = _xliff_unit(own_id or str(len(units) + 1), unit, skipped)
            if token.attribute("translate") == "no" or (version == 2 and not parent_translatable):
                located = replace(located, translatable=False)
            units.append(located)
            index = unit.after
            continue
        index += 1
    if version == 2:  # a unit's id names its segment, unless the unit holds several
        counts = Counter(parent for parent, _ in owners)
        units = [
            replace(unit, id=parent if counts[parent] == 1 else f"{parent}/{own}")
            for unit, (parent, own) in zip(units, owners, strict=True)
        ]
    return units


def _xliff_unit(unit_id: str, unit: _Content, skipped: set[str]) -> LocatedUnit:
    inner = unit.tokens
    source: _Content | None = None
    target: _Content | None = None
    index = 0
    while index < len(inner):
        token = inner[index]
        if token.kind in ("start", "empty") and token.name in skipped:
            index = _skip(inner, index)
            continue
        if token.kind in ("start", "empty") and token.name == "source" and source is None:
            source = _content(inner, index)
            index = source.after
            continue
        if token.kind in ("start", "empty") and token.name == "target" and target is None:
            target = _content(inner, index)
            index = target.after
            continue
        index += 1
    if source is None:
        raise InputError("", f"unit {unit_id} has no <source>")
    if target is None:
        after_source = _after_element(inner, source)
        return LocatedUnit(unit_id, source.tokens, (), after_source, after_source)
    return LocatedUnit(unit_id, source.tokens, target.tokens, target.start, target.end)


def _after_element(stream: Sequence[Token], content: _Content) -> int:
    """The offset just after the element whose content is `content`."""
    return stream[content.after - 1].end if content.after > 0 else content.end


def tmx_units(stream: Sequence[Token]) -> list[LocatedUnit]:
    """Units of a TMX file: each `tu`, source variant in the header's `srclang`."""
    source_language = ""
    units: list[LocatedUnit] = []
    index = 0
    while index < len(stream):
        token = stream[index]
        if token.kind in ("start", "empty") and token.name == "header":
            source_language = (token.attribute("srclang") or "").casefold()
        if token.kind == "start" and token.name == "tu":
            unit = _content(stream, index)
            unit_id = token.attribute("tuid") or str(len(units) + 1)
            units.append(_tmx_unit(unit_id, unit, source_language))
            index = unit.after
            continue
        index += 1
    return units


def _tmx_unit(unit_id: str, unit: _Content, source_language: str) -> LocatedUnit:
    variants: list[tuple[str, _Content, int]] = []  # language, seg content, end of the tuv
    inner = unit.tokens
    index = 0
    while index < len(inner):
        token = inner[index]
        if token.kind == "start" and token.name == "tuv":
            variant = _content(inner, index)
            language = (token.attribute("lang") or "").casefold()
            segment = next(
                (
                    position
                    for position, t in enumerate(variant.tokens)
                    if t.kind in ("start", "empty") and t.name == "seg"
                ),
                None,
            )
            if segment is not None:
                variants.append((language, _content(variant.tokens, segment), inner[variant.after - 1].end))
            index = variant.after
            continue
        index += 1
    if not variants:
        raise InputError("", f"unit {unit_id} has no <tuv> with a <seg>")
    if not source_language or source_language == "*all*":
        source_language = variants[0][0]
    source = next((v for v in variants if v[0] == source_language), variants[0])
    target = next((v for v in variants if v is not source and v[0] != source_language), None)
    if target is None:
        return LocatedUnit(unit_id, source[1].tokens, (), source[2], source[2])
    return LocatedUnit(unit_id, source[1].tokens, target[1].tokens, target[1].start, target[1].end)
