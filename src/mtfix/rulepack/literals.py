"""Characters a pattern cannot match without: a document holding none of them is skipped.

Why: most artifact rules are about punctuation or scripts that many documents never
contain (full-width marks, `!`, `(`, `>`, CJK); a C-level `in` test per character is far
cheaper than running the regex over the whole text. The analysis is conservative: any
construct it does not understand gives no prefilter, so a rule is never skipped wrongly.

It visits the pattern's structure (`structure.py`), where the `regex`-only
property classes (`\\p{Latin}`) stand as `\\w`, which it treats as "any character".
"""

from __future__ import annotations

from typing import Any

from mtfix.rulepack.structure import Op, Structure, read, scoped

# A set larger than this is hardly ever absent from a document, so not worth testing.
MAX_CHARACTERS = 12
# A class range wider than this (a-z) is treated as "many characters".
MAX_RANGE = 16


def required_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """A set of characters one of which every match contains, or None if unknown.

    `flags` are `regex` flags; only IGNORECASE and VERBOSE matter and share values
    with the standard library's.
    """
    structure = read(pattern, flags)
    return None if structure is None else required_characters_in(structure)


def required_characters_in(structure: Structure) -> frozenset[str] | None:
    """`required_characters` of a pattern already read (`structure.read`)."""
    found = _sequence(list(structure), structure.ignore_case)
    if found is None or not found or len(found) > MAX_CHARACTERS:
        return None
    return frozenset(found)


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


def _element(op: Op, argument: Any, ignore_case: bool) -> set[str] | None:
    if op is Op.LITERAL:
        return _literal(argument, ignore_case)
    if op is Op.IN:
        return _class(argument, ignore_case)
    if op is Op.REPEAT:
        minimum, _, body = argument
        return _sequence(list(body), ignore_case) if minimum >= 1 else None
    if op is Op.GROUP:
        add_flags, del_flags, body = argument
        return _sequence(list(body), scoped(ignore_case, add_flags, del_flags))
    if op is Op.ATOMIC:
        return _sequence(list(argument), ignore_case)
    if op is Op.BRANCH:
        union: set[str] = set()
        for branch in argument:
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
        if op is Op.LITERAL:
            codes.append(argument)
        elif op is Op.RANGE and argument[1] - argument[0] <= widest:
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
