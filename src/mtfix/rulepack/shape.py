"""What the text must look like where an attempt starts: checked by indexing before `regex`.

Why: an anchored rule calls `Pattern.match` at each candidate (`anchors.py`), and a call
costs ~3 µs, most of it setting up the timeout. Most candidates fail on the character
right after the literal: `a-before-vowel` tries every `a `, but only the ones followed
by a vowel-sound letter can match. The pattern's leading structure, read from the stdlib
parse, gives a short list of steps (one character from a set; a run of characters from a
set) that every successful attempt passes; a candidate failing a step is dropped with a
few string indexings.

Sound by construction: a step is only derived where every match must satisfy it, and
anything not understood (categories, back-references, optional elements) ends the list.
A run is kept only when the step after it shares no character with it, so skipping the
run greedily finds the one place the next step can apply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from mtfix.rulepack.literals import class_codes
from mtfix.rulepack.structure import Op, Structure, scoped, zero_width

# A class with a range wider than this is treated as "any character".
MAX_RANGE = 256
# A fixed repeat (`x{3}`) longer than this is not unrolled.
MAX_UNROLLED = 8
# No more steps than this are derived (the first few do all the filtering).
MAX_STEPS = 24
# Characters `regex` matches case-insensitively with an ASCII letter besides its two cases
# (dotted capital I, Kelvin sign, long s); a test checks this table against `regex` over
# every code point.
EXTRA_CASES = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


Characters = frozenset[str] | None  # None: any character
_NOTHING = re.compile("(?!)")


@dataclass(frozen=True)
class Step:
    """One character from `characters` (`run` False), or at least `minimum` of them (`run`)."""

    characters: Characters
    minimum: int = 1
    run: bool = False


@dataclass(frozen=True)
class Shape:
    """Steps every successful attempt passes, in order, from where it starts."""

    steps: tuple[Step, ...]

    def admits(self, text: str, position: int) -> bool:
        """Whether an attempt at `position` may succeed (False only when it cannot)."""
        length = len(text)
        for step in self.steps:
            characters = step.characters
            if step.run:
                start = position
                while position < length and text[position] in characters:  # type: ignore[operator]
                    position += 1
                if position - start < step.minimum:
                    return False
            else:
                if position >= length:
                    return False
                if characters is not None and text[position] not in characters:
                    return False
                position += 1
        return True

    def admitted(self, text: str, positions: Iterable[int]) -> list[int]:
        """The positions `admits` keeps, tested by one C call each (`matcher`)."""
        match = self.matcher
        return [position for position in positions if match(text, position)]

    @cached_property
    def matcher(self) -> Callable[[str, int], re.Match[str] | None]:
        """`admits` as a stdlib `re` pattern's `match`: each step a character class (any
        character: `.`), each run a class repeated at least `minimum` times. Greedy
        matching finds what `admits` finds, since a run never shares a character with the
        step after it (`_usable`), and a run never ends the steps with nothing to test."""
        parts = []
        for step in self.steps:
            characters = step.characters
            if characters is None:
                part = "."
            elif not characters:
                return _NOTHING.match  # an empty class admits no position
            else:
                part = "[" + "".join(map(re.escape, sorted(characters))) + "]"
            parts.append(f"{part}{{{step.minimum},}}" if step.run else part)
        return re.compile("".join(parts), re.DOTALL).match


def shape_of(structure: Structure) -> Shape | None:
    """The shape of a pattern's structure, or None if it says nothing."""
    return shape_of_items(structure, structure.ignore_case)


def shape_of_items(items: Iterable[tuple[Any, Any]], ignore_case: bool) -> Shape | None:
    """The shape of a sequence of parsed items matched with or without IGNORECASE."""
    steps = _usable(_sequence(list(items), ignore_case)[0])
    if not any(step.characters is not None for step in steps):
        return None
    return Shape(tuple(steps))


def _usable(steps: list[Step]) -> list[Step]:
    """Steps cut where greedy run-skipping could pass the place the next step applies,
    without trailing steps that test nothing."""
    kept: list[Step] = []
    for index, step in enumerate(steps[:MAX_STEPS]):
        if step.run and step.characters is None:
            break
        kept.append(step)
        if step.run:
            following = steps[index + 1] if index + 1 < len(steps) else None
            if (
                following is None
                or following.characters is None
                or (following.run and following.minimum < 1)
                or following.characters & step.characters  # type: ignore[operator]
            ):
                break
    while kept and (kept[-1].characters is None or (kept[-1].run and kept[-1].minimum < 1)):
        kept.pop()
    return kept


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> tuple[list[Step], bool]:
    """(steps, complete): complete when the steps describe the whole sequence, so what
    follows it may be appended."""
    steps: list[Step] = []
    for index, (op, argument) in enumerate(items):
        if zero_width(op, argument):
            continue
        if op is Op.ASSERT:  # a positive lookahead that ends the sequence describes what follows
            if all(zero_width(*item) for item in items[index + 1 :]):
                ahead, _ = _sequence(list(argument[1]), ignore_case)
                return steps + ahead, False
            continue
        found, complete = _element(op, argument, ignore_case)
        steps.extend(found)
        if not complete or len(steps) > MAX_STEPS:
            return steps, False
    return steps, True


def _element(op: Any, argument: Any, ignore_case: bool) -> tuple[list[Step], bool]:
    if op is Op.LITERAL:
        return [Step(_cases(chr(argument), ignore_case))], True
    if op is Op.IN:
        return [Step(_class(list(argument), ignore_case))], True
    if op in (Op.NOT_LITERAL, Op.ANY, Op.CATEGORY):
        return [Step(None)], True
    if op is Op.GROUP:
        add_flags, del_flags, body = argument
        return _sequence(list(body), scoped(ignore_case, add_flags, del_flags))
    if op is Op.ATOMIC:
        return _sequence(list(argument), ignore_case)
    if op is Op.BRANCH:
        return _branch([_sequence(list(branch), ignore_case) for branch in argument])
    if op is Op.REPEAT:
        return _repeat(argument, ignore_case)
    return [], False  # back-references, conditionals, ...: nothing known


def _branch(alternatives: list[tuple[list[Step], bool]]) -> tuple[list[Step], bool]:
    """Steps all alternatives share position by position (character sets joined)."""
    merged: list[Step] = []
    shortest = min(len(steps) for steps, _ in alternatives)
    for index in range(shortest):
        column = [steps[index] for steps, _ in alternatives]
        first = column[0]
        if any(step.run != first.run for step in column):
            return merged, False
        characters: Characters = frozenset()
        for step in column:
            if step.characters is None:
                characters = None
                break
            characters |= step.characters  # type: ignore[operator]
        merged.append(Step(characters, min(step.minimum for step in column), first.run))
    complete = all(done and len(steps) == shortest for steps, done in alternatives) and not any(
        step.run for step in merged
    )
    return merged, complete


def _repeat(argument: Any, ignore_case: bool) -> tuple[list[Step], bool]:
    minimum, maximum, body = argument
    steps, complete = _sequence(list(body), ignore_case)
    if complete and len(steps) == 1 and not steps[0].run:
        single = steps[0]
        if minimum == maximum and minimum <= MAX_UNROLLED:
            return [single] * minimum, True
        return [Step(single.characters, minimum, run=True)], True
    if minimum >= 1:
        return steps, complete and minimum == maximum == 1
    return [], False


def _cases(character: str, ignore_case: bool) -> Characters:
    if not ignore_case or (character.lower() == character.upper() and character.casefold() == character):
        return frozenset(character)
    if not character.isascii():
        return None  # folding may reach characters not listed here
    lower = character.lower()
    return frozenset((lower, character.upper(), *EXTRA_CASES.get(lower, "")))


def _class(items: list[tuple[Any, Any]], ignore_case: bool) -> Characters:
    codes = class_codes(items, MAX_RANGE)
    if codes is None:
        return None
    characters: set[str] = set()
    for code in codes:
        found = _cases(chr(code), ignore_case)
        if found is None:
            return None
        characters |= found
    return frozenset(characters)
