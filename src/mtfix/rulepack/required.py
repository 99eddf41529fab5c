"""Strings one of which every match needs in the text: a document holding none is skipped.

Why: `required_characters` skips documents without a rare character, but word rules need
common letters. Their literal words are rarer: `staff-pluralised` cannot match a document
that never says `staffs`. Consecutive exact parts of a pattern (literals, small classes,
small alternations) are joined into strings, lookaround contents count too (the text must
hold them; a lookahead's exact start also extends the strings before it: `-(?=the )` needs
`-the `), and the most selective set is kept. Testing it costs a few C-level `in` tests,
most of them answered by the token trigrams of `occurrences.py` without reading the text.

Conservative like `literals.py`: anything not understood adds no requirement.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mtfix.rulepack.anchors import FoldState, class_characters, fold_character
from mtfix.rulepack.structure import Op, Structure, scoped

# Sets larger than this are not built (a big alternation is left to the anchors).
MAX_STRINGS = 64
# Strings shorter than this are too common to be worth testing.
MIN_LENGTH = 3

_Strings = set[str]


class _State(FoldState):
    """One analysis: whether a string was lower-cased, and the exact strings of each element
    already read (the edge and inside passes read nested elements again; memoised, each
    element is read once, and whether its strings were folded is replayed)."""

    def __init__(self) -> None:
        super().__init__()
        self.exact: dict[tuple[int, int, bool], tuple[_Strings | None, bool]] = {}


def required_strings_in(structure: Structure) -> tuple[frozenset[str], bool] | None:
    """(strings, folded): every match needs one of the strings in the text (lower-cased
    text if `folded`); None when no selective set is known."""
    state = _State()
    found = _sequence(list(structure), structure.ignore_case, state)
    if found is None or min(map(len, found)) < MIN_LENGTH:
        return None
    if state.folded:
        found = {string.lower() for string in found}
    return frozenset(found), state.folded


def _better(first: _Strings | None, second: _Strings | None) -> _Strings | None:
    """The more selective set: longer shortest string, then fewer strings."""
    candidates = [found for found in (first, second) if found and "" not in found]
    if not candidates:
        return None
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))


def _zero_width(op: Any) -> bool:
    return op is Op.AT or op is Op.ASSERT_NOT or op is Op.ASSERT


def _sequence(items: Iterable[tuple[Any, Any]], ignore_case: bool, state: _State) -> _Strings | None:
    best: _Strings | None = None
    run: _Strings = {""}
    for op, argument in items:
        if _zero_width(op):
            if op is Op.ASSERT:  # a positive lookaround: the text holds its contents too
                body = list(argument[1])
                best = _better(best, _sequence(body, ignore_case, state))
                if argument[0] > 0:  # ahead: right after the run (`-(?=the )` needs `-the `)
                    start = _sequence_edge(body, ignore_case, state, at_end=False)
                    if len(run) * len(start) <= MAX_STRINGS:
                        best = _better(best, {head + tail for head in run for tail in start})
            continue
        exact = _exact(op, argument, ignore_case, state)
        if exact is not None and len(run) * len(exact) <= MAX_STRINGS:
            run = {head + tail for head in run for tail in exact}
            continue
        if exact is not None:
            best = _better(best, run)
            run = exact
            continue
        # The run goes on into the element's exact start, and again from its exact end.
        start = _edge(op, argument, ignore_case, state, at_end=False)
        if len(run) * len(start) <= MAX_STRINGS:
            best = _better(best, {head + tail for head in run for tail in start})
        best = _better(best, run)
        best = _better(best, _inside(op, argument, ignore_case, state))
        run = _edge(op, argument, ignore_case, state, at_end=True)
    return _better(best, run)


def _edge(op: Any, argument: Any, ignore_case: bool, state: _State, *, at_end: bool) -> _Strings:
    """Strings every match of a (not exact) element starts with, or ends with; {""}: unknown."""
    if op is Op.GROUP:
        add_flags, del_flags, body = argument
        return _sequence_edge(list(body), scoped(ignore_case, add_flags, del_flags), state, at_end)
    if op is Op.ATOMIC:
        return _sequence_edge(list(argument), ignore_case, state, at_end)
    if op is Op.REPEAT and argument[0] >= 1:
        return _sequence_edge(list(argument[2]), ignore_case, state, at_end)
    if op is Op.BRANCH:
        union: _Strings = set()
        for branch in argument:
            union |= _sequence_edge(list(branch), ignore_case, state, at_end)
        return union if len(union) <= MAX_STRINGS else {""}
    return {""}


def _sequence_edge(items: list[tuple[Any, Any]], ignore_case: bool, state: _State, at_end: bool) -> _Strings:
    """The exact strings a sequence starts (or ends) with, up to its first inexact element."""
    strings: _Strings = {""}
    for op, argument in reversed(items) if at_end else items:
        if _zero_width(op):
            continue
        exact = _exact(op, argument, ignore_case, state)
        if exact is None:
            edge = _edge(op, argument, ignore_case, state, at_end=at_end)
            exact, last = edge, True
        else:
            last = False
        if len(strings) * len(exact) > MAX_STRINGS:
            return strings
        strings = (
            {tail + head for head in strings for tail in exact}
            if at_end
            else {head + tail for head in strings for tail in exact}
        )
        if last:
            return strings
    return strings


def _inside(op: Any, argument: Any, ignore_case: bool, state: _State) -> _Strings | None:
    """What an element that is not exact still requires."""
    if op is Op.GROUP:
        add_flags, del_flags, body = argument
        return _sequence(list(body), scoped(ignore_case, add_flags, del_flags), state)
    if op is Op.ATOMIC:
        return _sequence(list(argument), ignore_case, state)
    if op is Op.REPEAT and argument[0] >= 1:
        return _sequence(list(argument[2]), ignore_case, state)
    if op is Op.BRANCH:
        union: _Strings = set()
        for branch in argument:
            found = _sequence(list(branch), ignore_case, state)
            if found is None:
                return None
            union |= found
        return union if len(union) <= MAX_STRINGS else None
    return None


def _exact(op: Any, argument: Any, ignore_case: bool, state: _State) -> _Strings | None:
    """The strings an element matches when they are few and known, else None."""
    key = (id(op), id(argument), ignore_case)
    known = state.exact.get(key)
    if known is None:
        folded, state.folded = state.folded, False
        known = state.exact[key] = (_read_exact(op, argument, ignore_case, state), state.folded)
        state.folded = folded
    state.folded = state.folded or known[1]
    return known[0]


def _read_exact(op: Any, argument: Any, ignore_case: bool, state: _State) -> _Strings | None:
    if op is Op.LITERAL:
        character = fold_character(argument, ignore_case, state)
        return None if character is None else {character}
    if op is Op.IN:
        return class_characters(list(argument), ignore_case, state)
    if op is Op.GROUP:
        add_flags, del_flags, body = argument
        return _exact_sequence(list(body), scoped(ignore_case, add_flags, del_flags), state)
    if op is Op.ATOMIC:
        return _exact_sequence(list(argument), ignore_case, state)
    if op is Op.BRANCH:
        union: _Strings = set()
        for branch in argument:
            found = _exact_sequence(list(branch), ignore_case, state)
            if found is None:
                return None
            union |= found
        return union if len(union) <= MAX_STRINGS else None
    if op is Op.REPEAT and argument[0] == argument[1] and argument[0] <= 3:
        body = _exact_sequence(list(argument[2]), ignore_case, state)
        if body is None:
            return None
        repeated: _Strings = {""}
        for _ in range(argument[0]):
            if len(repeated) * len(body) > MAX_STRINGS:
                return None
            repeated = {head + tail for head in repeated for tail in body}
        return repeated
    return None


def _exact_sequence(items: list[tuple[Any, Any]], ignore_case: bool, state: _State) -> _Strings | None:
    strings: _Strings = {""}
    for op, argument in items:
        if _zero_width(op):
            continue
        exact = _exact(op, argument, ignore_case, state)
        if exact is None or len(strings) * len(exact) > MAX_STRINGS:
            return None
        strings = {head + tail for head in strings for tail in exact}
    return strings
