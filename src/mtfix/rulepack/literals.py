"""Characters a pattern cannot match without: a document holding none of them is skipped.

Why: most artifact rules are about punctuation or scripts that many documents never
contain (full-width marks, `!`, `(`, `>`, CJK); a C-level `in` test per character is far
cheaper than running the regex over the whole text. The analysis is conservative: any
construct it does not understand gives no prefilter, so a rule is never skipped wrongly.

It reads the pattern with the standard library's regex parser after replacing the
`regex`-only property classes (`\\p{Latin}`) by `\\w`, which it treats as "any character".
"""

from __future__ import annotations

import re
import warnings
from typing import Any

try:  # the parser moved in Python 3.11; both expose `parse`
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

# A set larger than this is hardly ever absent from a document, so not worth testing.
MAX_CHARACTERS = 12
# A class range wider than this (a-z) is treated as "many characters".
MAX_RANGE = 16

# An escaped backslash is matched first so `\\p{x}` (a literal backslash) is left alone.
_PROPERTY_OR_BACKSLASH = re.compile(r"\\\\|\\K|\\[pP](?:\{[^}]*\}|[A-Za-z])")
# Escapes and character sets are passed over whole, so only real group openings are named.
_GROUP_OR_SKIPPED = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?P<(\w+)>", re.DOTALL)
_VERBOSE_INLINE = re.compile(r"\(\?[a-zA-Z]*x")  # comments may hold anything: no renaming
_IGNORECASE = sre_parse.SRE_FLAG_IGNORECASE
_VERBOSE = sre_parse.SRE_FLAG_VERBOSE
_CONSTANTS = sre_parse  # opcodes (LITERAL, IN, ...) live in the parser's namespace


def required_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """A set of characters one of which every match contains, or None if unknown.

    `flags` are `regex` flags; only IGNORECASE and VERBOSE matter and share values
    with the standard library's.
    """
    parsed = parse_pattern(pattern, flags)
    return None if parsed is None else required_characters_in(parsed)


def required_characters_in(parsed: Any) -> frozenset[str] | None:
    """`required_characters` of a pattern already read by `parse_pattern`."""
    ignore_case = bool(parsed.state.flags & _IGNORECASE)
    found = _sequence(list(parsed), ignore_case)
    if found is None or not found or len(found) > MAX_CHARACTERS:
        return None
    return frozenset(found)


def parse_pattern(pattern: str, flags: int = 0) -> Any:
    """The standard library's parse of a `regex` pattern, or None when it may mean otherwise.

    `\\p{...}` classes become `\\w` and `\\K` (keep-out, zero-width) is dropped, so the
    result describes what a match must consume, not where its span starts.
    """
    if "[[" in pattern or "[:" in pattern:
        return None  # POSIX classes and nested sets mean something else to `regex`
    source = _PROPERTY_OR_BACKSLASH.sub(_stand_in, pattern)
    if not flags & _VERBOSE and not _VERBOSE_INLINE.search(source):
        source = _distinct_group_names(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a "possible nested set" warning: do not guess
            return sre_parse.parse(source, flags & (_IGNORECASE | _VERBOSE))
    except (re.error, OverflowError, RecursionError, ValueError, TypeError, Warning):
        return None


def _distinct_group_names(source: str) -> str:
    """`source` with a repeated group name (`regex` allows one per branch) renamed where it
    is defined again, which the standard library's parser refuses; the analysis never
    reads names, and a back-reference still finds the first definition."""
    seen: set[str] = set()

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group()
        if name not in seen:
            seen.add(name)
            return match.group()
        renamed = name
        while renamed in seen or f"<{renamed}>" in source:
            renamed += "_"
        seen.add(renamed)
        return f"(?P<{renamed}>"

    return _GROUP_OR_SKIPPED.sub(rename, source) if source.count("(?P<") > 1 else source


def _stand_in(match: re.Match[str]) -> str:
    found = match.group()
    return found if found == "\\\\" else "" if found == "\\K" else "\\w"


def _commonness(characters: set[str]) -> int:
    """How likely a document is to hold one of `characters`: the prefilter wants rare ones."""
    return sum(100 if c.isspace() else 50 if c.isalnum() else 20 if c in ",.'\"-" else 1 for c in characters)


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> set[str] | None:
    """The rarest requirement of any element: each element of a sequence must be matched."""
    best: set[str] | None = None
    for op, argument in items:
        found = _element(op, argument, ignore_case)
        if found is not None and (best is None or _commonness(found) < _commonness(best)):
            best = found
    return best


def _element(op: Any, argument: Any, ignore_case: bool) -> set[str] | None:
    c = _CONSTANTS
    if op is c.LITERAL:
        return _literal(argument, ignore_case)
    if op is c.IN:
        return _class(argument, ignore_case)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        minimum, _, body = argument
        return _sequence(list(body), ignore_case) if minimum >= 1 else None
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = argument
        scoped = (ignore_case or bool(add_flags & _IGNORECASE)) and not del_flags & _IGNORECASE
        return _sequence(list(body), scoped)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(argument), ignore_case)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in argument[1]:
            found = _sequence(list(branch), ignore_case)
            if found is None:
                return None
            union |= found
        return union
    return None  # assertions, anchors, back-references, "any", categories: no requirement


def _literal(code: int, ignore_case: bool) -> set[str] | None:
    character = chr(code)
    if ignore_case and (character.lower() != character.upper() or character.casefold() != character):
        return None  # case folding can match other characters (K, the Kelvin sign, ...)
    return {character}


def class_codes(items: list[tuple[Any, Any]], widest: int) -> list[int] | None:
    """The code points a parsed character class lists: single characters, and ranges whose
    ends are at most `widest` apart; None for negation, categories (`\\w`) or wider ranges,
    which the analyses treat as "too many characters"."""
    codes: list[int] = []
    for op, argument in items:
        if op is _CONSTANTS.LITERAL:
            codes.append(argument)
        elif op is _CONSTANTS.RANGE and argument[1] - argument[0] <= widest:
            codes.extend(range(argument[0], argument[1] + 1))
        else:
            return None
    return codes


def _class(items: list[tuple[Any, Any]], ignore_case: bool) -> set[str] | None:
    codes = class_codes(items, MAX_RANGE)
    if codes is None:
        return None
    characters: set[str] = set()
    for code in codes:
        found = _literal(code, ignore_case)
        if found is None:
            return None
        characters |= found
    return characters
