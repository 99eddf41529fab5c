"""Literal strings every match attempt starts with: try a pattern only where one occurs.

Why: `regex` tries a pattern at every position of a text. A rule that can only succeed
where `many`, `several`, `listen`, ... begin spends nearly all of that time failing.
When every successful attempt must begin with one of a few literal strings, `str.find`
(C speed) lists the candidate positions and `Pattern.match` is tried only there; in order,
resuming after each match, this gives exactly the matches of one `finditer` scan.

The analysis is conservative like `literals.py`: a construct it does not understand ends
the prefix (or gives no anchors at all), so a candidate position is never missed.
Case-insensitive literals are searched in the lower-cased text, which is only used when
lower-casing keeps every offset and the text holds no character that `regex` folds onto
an ASCII letter without `str.lower` doing the same (long s, dotted capital I).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mtfix.rulepack.literals import parse_pattern, sre_parse

# More literals than this cost more `str.find` passes than the scan they save.
MAX_LITERALS = 24
# A character class with more members than this does not extend a prefix.
MAX_CLASS = 4
# Characters `regex` case-folds onto ASCII letters where `str.lower` does not.
UNSAFE_FOR_FOLDING = ("\u017f", "\u0130")

_IGNORECASE = sre_parse.SRE_FLAG_IGNORECASE
_C = sre_parse
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
# A lookbehind opening that is not escaped; a class that may hold one is left alone.
_LOOKBEHIND = re.compile(r"(?<!\\)((?:\\\\)*)\(\?<([=!])")
_LOOKBEHIND_IN_CLASS = re.compile(r"\[[^\]]*\(\?<")


@dataclass(frozen=True)
class Anchors:
    """Literals one of which starts every successful attempt; `folded`: search lower-cased text."""

    literals: tuple[str, ...]
    folded: bool

    def positions(self, text: str, limit: int) -> list[int] | None:
        """Sorted candidate offsets in `text` (already lower-cased if `folded`), or None
        when there are more than `limit` (a plain scan is then cheaper)."""
        found: set[int] = set()
        for literal in self.literals:  # shortest (most frequent) first: give up early
            index = text.find(literal)
            while index >= 0:
                found.add(index)
                if len(found) > limit:
                    return None
                index = text.find(literal, index + 1)
        return sorted(found)


def folded_text(text: str) -> str | None:
    """`text` lower-cased offset for offset, or None when case-insensitive anchors cannot be used."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(character in text for character in UNSAFE_FOR_FOLDING):
        return None
    return lowered


class _State:
    """Whether any literal was taken from a case-insensitive part of the pattern."""

    def __init__(self) -> None:
        self.folded = False


def leading_literals(pattern: str, flags: int = 0) -> Anchors | None:
    """The anchors of `pattern` (`regex` syntax and flags), or None if it has none worth using."""
    if not _LOOKBEHIND_IN_CLASS.search(pattern):
        # Lookarounds are skipped alike; as lookaheads, variable-width ones parse too.
        pattern = _LOOKBEHIND.sub(r"\1(?\2", pattern)
    parsed = parse_pattern(pattern, flags)
    if parsed is None:
        return None
    state = _State()
    found = _sequence(list(parsed), bool(parsed.state.flags & _IGNORECASE), state)
    if found is None:
        return None
    literals = {literal.lower() for literal in found[0]} if state.folded else set(found[0])
    if not literals or "" in literals:
        return None
    kept = _minimal(literals)
    if not state.folded and len(kept) == 1:
        return None  # `regex` finds a single case-sensitive literal quickly on its own
    return Anchors(tuple(sorted(kept, key=lambda literal: (len(literal), literal))), state.folded)


_Prefixes = tuple[set[str], bool]  # literals a match begins with; whether it is exactly one of them


def _sequence(items: Iterable[tuple[Any, Any]], ignore_case: bool, state: _State) -> _Prefixes | None:
    current = {""}
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        part = _element(op, argument, ignore_case, state)
        if part is None:
            return None if current == {""} else (current, False)
        strings, complete = part
        combined = {head + tail for head in current for tail in strings}
        if len(combined) > MAX_LITERALS:
            shortened = _shortened(combined)
            if shortened is None:
                return None if current == {""} else (current, False)
            return shortened, False
        current = combined
        if not complete:
            return current, False
    return current, True


def _shortened(literals: set[str]) -> set[str] | None:
    """Few enough literals, cutting the longest first (a prefix of a prefix is one)."""
    cut = _minimal(literals)
    while len(cut) > MAX_LITERALS:
        longest = max(map(len, cut))
        if longest <= 1:
            return None
        cut = _minimal({literal[:-1] if len(literal) == longest else literal for literal in cut})
    return cut


def _minimal(literals: set[str]) -> set[str]:
    """Without literals that start with another: they add no position of their own."""
    return {
        literal
        for literal in literals
        if not any(other != literal and literal.startswith(other) for other in literals)
    }


def _element(op: Any, argument: Any, ignore_case: bool, state: _State) -> _Prefixes | None:
    if op is _C.LITERAL:
        character = _character(argument, ignore_case, state)
        return None if character is None else ({character}, True)
    if op is _C.IN:
        return _class(argument, ignore_case, state)
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, body = argument
        scoped = (ignore_case or bool(add_flags & _IGNORECASE)) and not del_flags & _IGNORECASE
        return _sequence(list(body), scoped, state)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(argument), ignore_case, state)
    if op is _C.BRANCH:
        union: set[str] = set()
        complete = True
        for branch in argument[1]:
            found = _sequence(list(branch), ignore_case, state)
            if found is None:
                return None
            union |= found[0]
            complete = complete and found[1]
        return union, complete
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        minimum, maximum, body = argument
        found = _sequence(list(body), ignore_case, state)
        if found is None:
            return None
        if minimum == 0:  # may match nothing: the empty prefix joins the set
            return found[0] | {""}, found[1] and maximum == 1
        return found[0], found[1] and minimum == maximum == 1
    return None  # any character, categories, back-references: no literal


def _character(code: int, ignore_case: bool, state: _State) -> str | None:
    character = chr(code)
    if not ignore_case or (character.lower() == character.upper() and character.casefold() == character):
        return character
    if not character.isascii():
        return None  # folding may reach characters `str.lower` does not (final sigma, ...)
    state.folded = True
    return character.lower()


def _class(items: list[tuple[Any, Any]], ignore_case: bool, state: _State) -> _Prefixes | None:
    characters: set[str] = set()
    for op, argument in items:
        if op is _C.LITERAL:
            codes: Iterable[int] = (argument,)
        elif op is _C.RANGE and argument[1] - argument[0] < MAX_CLASS:
            codes = range(argument[0], argument[1] + 1)
        else:
            return None  # negation, categories, wide ranges
        for code in codes:
            character = _character(code, ignore_case, state)
            if character is None:
                return None
            characters.add(character)
    if len(characters) > MAX_CLASS:
        return None
    return characters, True
