"""Literal strings every match attempt starts with: try a pattern only where one occurs.

Why: `regex` tries a pattern at every position of a text. A rule that can only succeed
where `many`, `several`, `listen`, ... begin spends nearly all of that time failing.
When every successful attempt must begin with one of a few literal strings, `str.find`
(C speed) lists the candidate positions and `Pattern.match` is tried only there; in order,
resuming after each match, this gives exactly the matches of one `finditer` scan.

Three refinements keep candidates rare:
- a positive lookahead extends the literals (`a(?=[ ]+...)` starts with `a `);
- a pattern that opens with a run of a few characters before its literal (`[ \\t]+,`)
  is anchored on the run's last character plus the literal (` ,`), and the candidates are
  the positions of that run (`Anchors.run`);
- a leading lookbehind ending in literals puts them before the literals (`(?<=')[ ]+`
  is anchored on `' `, each attempt one character after it: `Anchors.behind`), when that
  gives longer literals than the attempt's own.

The analysis is conservative like `literals.py`: a construct it does not understand ends
the prefix (or gives no anchors at all), so a candidate position is never missed.
Case-insensitive literals are searched in the lower-cased text, which is only used when
lower-casing keeps every offset and the text holds no character that `regex` folds onto
an ASCII letter without `str.lower` doing the same (long s, dotted capital I): see
`text.folded_text`, which the check context computes once per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from mtfix.rulepack.literals import class_codes
from mtfix.rulepack.structure import Op, Structure, read, scoped, zero_width

# More literals than this make the prefix stop growing (a literal table may hold more).
MAX_LITERALS = 64
# A character class with more members than this does not extend a prefix.
MAX_CLASS = 4


@dataclass(frozen=True)
class Anchors:
    """Literals one of which starts every successful attempt; `folded`: search lower-cased text.

    With a `run`, every literal starts with one of the run's characters and an attempt starts
    inside the run of those characters that ends there, at least `run_minimum` characters
    before the literal's second character.
    """

    literals: tuple[str, ...]
    folded: bool
    run: frozenset[str] = frozenset()
    run_minimum: int = 0
    # Each literal starts this many characters before the attempt: it opens with what a
    # leading lookbehind must see (`(?<=')[ ]+` starts one character after each `' `).
    behind: int = 0

    def positions(
        self, text: str, limit: int, find: Callable[[str], list[int] | None] | None = None
    ) -> list[int] | None:
        """Sorted candidate offsets in `text` (already lower-cased if `folded`), or None
        when there are more than `limit` (a plain scan is then cheaper). `find` may supply
        a literal's offsets (None: more than `limit`) from a cache shared between rules."""
        found: set[int] = set()
        for literal in self.literals:  # shortest (most frequent) first: give up early
            offsets = find(literal) if find is not None else find_all(text, literal, limit)
            if offsets is None:
                return None
            found.update(offsets)
            if len(found) > limit:
                return None
        if self.run:
            found = self._run_starts(text, found, limit)
            if len(found) > limit:
                return None
        if self.behind:
            return sorted(offset + self.behind for offset in found)
        return sorted(found)

    def _run_starts(self, text: str, ends: Iterable[int], limit: int) -> set[int]:
        """Every start of an attempt whose run ends with the character at one of `ends`."""
        run = self.run
        starts: set[int] = set()
        for last in ends:
            first = last
            while first > 0 and text[first - 1] in run:
                first -= 1
            starts.update(range(first, last + 2 - self.run_minimum))
            if len(starts) > limit:
                break
        return starts


def find_all(text: str, literal: str, limit: int) -> list[int] | None:
    """Offsets of `literal` in `text` (overlapping), or None when there are more than `limit`."""
    offsets: list[int] = []
    index = text.find(literal)
    while index >= 0:
        offsets.append(index)
        if len(offsets) > limit:
            return None
        index = text.find(literal, index + 1)
    return offsets


class FoldState:
    """Whether any literal was taken from a case-insensitive part of the pattern."""

    def __init__(self) -> None:
        self.folded = False


def leading_literals(pattern: str, flags: int = 0) -> Anchors | None:
    """The anchors of `pattern` (`regex` syntax and flags), or None if it has none worth using."""
    structure = read(pattern, flags)
    return None if structure is None else anchors_of(structure)


def anchors_of(structure: Structure, *, leading_literal: bool = False) -> Anchors | None:
    """The anchors of a pattern's structure; with `leading_literal` also for a pattern that
    starts with a literal (a branch whose candidates join others')."""
    ignore_case = structure.ignore_case
    items = list(structure)
    first = next((item for item in items if not zero_width(*item)), None)
    if first is not None and first[0] is Op.LITERAL and not ignore_case and not leading_literal:
        return None  # `regex` searches for a leading literal itself, faster than a call per candidate
    state = FoldState()
    found = _sequence(items, ignore_case, state)
    behind = _behind(items, ignore_case, None if found is None else (found[0], state.folded))
    run = _leading_run(items, ignore_case, FoldState())
    if run is not None:
        # A run's literals open with a run character (mostly a space, the commonest) and
        # give several starts each: a lookbehind's literals as long are preferred.
        if behind is not None and len(behind.literals[0]) >= len(run.literals[0]):
            return behind
        return run
    ahead = None if found is None else _anchors(found[0], state.folded)
    if behind is not None and (ahead is None or len(behind.literals[0]) > len(ahead.literals[0])):
        return behind
    return ahead


def _behind(
    items: list[tuple[Any, Any]], ignore_case: bool, found: tuple[set[str], bool] | None
) -> Anchors | None:
    """Anchors that open with what a leading positive lookbehind must see just before the
    attempt (its last characters, `_tail`), followed by the attempt's own leading literals
    (`found`, and whether they were folded) when it has some: each occurrence is `behind`
    characters before where the attempt starts."""
    for op, argument in items:
        if op is Op.ASSERT and argument[0] < 0:
            state = FoldState()
            tail = _tail(list(argument[1]), ignore_case, state)
            if tail is None:
                continue
            length = min(map(len, tail))
            literals = {string[len(string) - length :] for string in tail}
            if found is not None and "" not in found[0] and len(literals) * len(found[0]) <= MAX_LITERALS:
                literals = {head + rest for head in literals for rest in found[0]}
                state.folded = state.folded or found[1]
            anchors = _anchors(literals, state.folded)
            return None if anchors is None else replace(anchors, behind=length)
        if not zero_width(op, argument) and op is not Op.ASSERT:
            return None  # the attempt has begun: a later lookbehind looks elsewhere
    return None


def _tail(items: list[tuple[Any, Any]], ignore_case: bool, state: FoldState) -> set[str] | None:
    """Strings one of which every match of `items` ends with: its last elements that are
    exact (literals, small classes, groups of them), read backwards; None if it has none."""
    current = {""}
    for op, argument in reversed(items):
        if zero_width(op, argument) or op is Op.ASSERT:
            continue  # consumes nothing: the characters on either side are adjacent
        part = _element(op, argument, ignore_case, state)
        if part is None or not part[1] or len(current) * len(part[0]) > MAX_LITERALS:
            break  # not exact: what came before it is not at a fixed distance
        current = {head + rest for head in part[0] for rest in current}
    if "" in current:
        return None
    return current


def _anchors(
    literals: set[str], folded: bool, run: frozenset[str] = frozenset(), minimum: int = 0
) -> Anchors | None:
    if folded:
        literals = {literal.lower() for literal in literals}
        run = frozenset(character.lower() for character in run)
    if not literals or "" in literals:
        return None
    kept = _minimal(literals)
    return Anchors(tuple(sorted(kept, key=lambda literal: (len(literal), literal))), folded, run, minimum)


def _leading_run(items: list[tuple[Any, Any]], ignore_case: bool, state: FoldState) -> Anchors | None:
    """Anchors for a pattern that opens with a run of a few characters (`[ \\t]+`) followed
    by literals: the run's last character plus each literal (a lookahead before the run
    consumes nothing, so the run still opens the match)."""
    for index, (op, argument) in enumerate(items):
        if zero_width(op, argument) or op is Op.ASSERT:
            continue
        if op is not Op.REPEAT:
            return None
        minimum, maximum, body = argument
        characters = _sequence(list(body), ignore_case, state)
        if minimum < 1 or maximum == minimum or characters is None or not characters[1]:
            return None
        run = characters[0]
        if any(len(character) != 1 for character in run):
            return None
        rest = _sequence(items[index + 1 :], ignore_case, state)
        if rest is None or "" in rest[0] or len(rest[0]) * len(run) > MAX_LITERALS:
            return None
        literals = {character + literal for character in run for literal in rest[0]}
        return _anchors(literals, state.folded, frozenset(run), minimum)
    return None


_Prefixes = tuple[set[str], bool]  # literals a match begins with; whether it is exactly one of them


def _sequence(items: Iterable[tuple[Any, Any]], ignore_case: bool, state: FoldState) -> _Prefixes | None:
    current = {""}
    lookahead: set[str] | None = None  # literals a positive lookahead proved, used if longer

    def finish(complete: bool) -> _Prefixes | None:
        if lookahead is not None and min(map(len, lookahead)) > min(map(len, current)):
            return lookahead, False
        return None if current == {""} and not complete else (current, complete)

    for op, argument in items:
        if zero_width(op, argument):
            continue
        if op is Op.ASSERT:  # a positive lookahead: what follows starts with its literals
            ahead = _sequence(list(argument[1]), ignore_case, state)
            if ahead is not None and "" not in ahead[0] and len(current) * len(ahead[0]) <= MAX_LITERALS:
                extended = {head + tail for head in current for tail in ahead[0]}
                if lookahead is None or min(map(len, extended)) > min(map(len, lookahead)):
                    lookahead = extended
            continue
        part = _element(op, argument, ignore_case, state)
        if part is None:
            return finish(False)
        strings, complete = part
        if len(current) * len(strings) > MAX_LITERALS:
            if current == {""}:
                shortened = _shortened(strings)
                return None if shortened is None else (shortened, False)
            return finish(False)
        current = {head + tail for head in current for tail in strings}
        if not complete:
            return finish(False)
    return finish(True)


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
    ordered = sorted(literals)
    kept: list[str] = []
    for literal in ordered:  # a prefix sorts right before the strings it starts
        if not kept or not literal.startswith(kept[-1]):
            kept.append(literal)
    return set(kept)


def _element(op: Any, argument: Any, ignore_case: bool, state: FoldState) -> _Prefixes | None:
    if op is Op.LITERAL:
        character = fold_character(argument, ignore_case, state)
        return None if character is None else ({character}, True)
    if op is Op.IN:
        return _class(argument, ignore_case, state)
    if op is Op.GROUP:
        add_flags, del_flags, body = argument
        return _sequence(list(body), scoped(ignore_case, add_flags, del_flags), state)
    if op is Op.ATOMIC:
        return _sequence(list(argument), ignore_case, state)
    if op is Op.BRANCH:
        union: set[str] = set()
        complete = True
        for branch in argument:
            found = _sequence(list(branch), ignore_case, state)
            if found is None:
                return None
            union |= found[0]
            complete = complete and found[1]
        return union, complete
    if op is Op.REPEAT:
        return _repeat(argument, ignore_case, state)
    return None  # any character, categories, back-references: no literal


def _repeat(argument: Any, ignore_case: bool, state: FoldState) -> _Prefixes | None:
    minimum, maximum, body = argument
    found = _sequence(list(body), ignore_case, state)
    if found is None:
        return None
    strings, complete = found
    if minimum == 0:  # may match nothing: the empty prefix joins the set
        return strings | {""}, complete and maximum == 1
    repeated = strings
    for _ in range(minimum - 1):  # `x{3}` starts with `xxx` as long as the body is exact
        if not complete or len(repeated) * len(strings) > MAX_LITERALS:
            return repeated, False
        repeated = {head + tail for head in repeated for tail in strings}
    return repeated, complete and minimum == maximum


def fold_character(code: int, ignore_case: bool, state: FoldState) -> str | None:
    """The character as a literal must be searched for: itself, or lower-cased (noted in
    `state`) in a case-insensitive part; None when folding could reach other characters."""
    character = chr(code)
    if not ignore_case or (character.lower() == character.upper() and character.casefold() == character):
        return character
    if not character.isascii():
        return None  # folding may reach characters `str.lower` does not (final sigma, ...)
    state.folded = True
    return character.lower()


def class_characters(items: list[tuple[Any, Any]], ignore_case: bool, state: FoldState) -> set[str] | None:
    """The characters a small class (at most MAX_CLASS) may match, as literals to search for."""
    codes = class_codes(items, MAX_CLASS - 1)
    if codes is None:
        return None
    characters: set[str] = set()
    for code in codes:
        character = fold_character(code, ignore_case, state)
        if character is None:
            return None
        characters.add(character)
    return characters if len(characters) <= MAX_CLASS else None


def _class(items: list[tuple[Any, Any]], ignore_case: bool, state: FoldState) -> _Prefixes | None:
    characters = class_characters(items, ignore_case, state)
    return None if characters is None else (characters, True)
