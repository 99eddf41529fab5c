"""What a rule's pattern tells the matcher, worked out once when the pack is loaded.

Why: each fact below lets a rule skip work on a document (see the modules that derive
them); deriving them costs a parse per pattern, so it is done at load time (and kept in
the analysed-pack cache, `rulepack/cache.py`), never per document. Every analysis visits
the same `Structure` (`structure.py`); a pattern the standard parser cannot read, or one
too long to be worth reading, gets an empty analysis: "unknown", matched by a plain scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from mtfix.rulepack.anchors import Anchors, anchors_of
from mtfix.rulepack.branches import Branch, branches_of
from mtfix.rulepack.literals import required_characters_in
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.shape import Shape, shape_of
from mtfix.rulepack.structure import read

# Longer patterns (big substitution tables) are not analysed.
MAX_ANALYSED_PATTERN = 4000
# Flags under which `regex` folds case in ways the literal analyses do not model.
FULL_FOLDING = regex.FULLCASE | regex.VERSION1

RequiredStrings = tuple[frozenset[str], bool]  # (strings, whether searched lower-cased)


@dataclass(frozen=True)
class Analysis:
    """What every match of a pattern needs (None: nothing known).

    - `parsed`: the standard parser read the pattern (the loader's cheap syntax check);
    - `required`: characters one of which every match contains (`literals.py`);
    - `required_strings`: strings one of which every match contains (`required.py`);
    - `anchors`: literals one of which every match starts with (`anchors.py`), and
      `shape`: what the text looks like where it starts (`shape.py`);
    - `branches`: the same, per branch of a leading alternation (`branches.py`).
    """

    parsed: bool = False
    required: frozenset[str] | None = None
    required_strings: RequiredStrings | None = None
    anchors: Anchors | None = None
    shape: Shape | None = None
    branches: tuple[Branch, ...] | None = None

    def anchor_sets(self) -> Iterator[Anchors]:
        """Every set of anchors the matcher may search for, whole pattern and branches."""
        for anchors in (self.anchors, *(branch.anchors for branch in self.branches or ())):
            if anchors is not None:
                yield anchors

    def string_sets(self) -> Iterator[RequiredStrings]:
        """Every set of required strings the matcher may test, whole pattern and branches."""
        for strings in (self.required_strings, *(branch.required for branch in self.branches or ())):
            if strings is not None:
                yield strings


UNKNOWN = Analysis()


def analyse(pattern: str, flags: int) -> Analysis:
    """The analysis of a `regex` pattern with its flags."""
    if len(pattern) > MAX_ANALYSED_PATTERN:
        return UNKNOWN
    structure = read(pattern, flags)
    if structure is None:
        return UNKNOWN
    literal = not flags & FULL_FOLDING
    anchors = anchors_of(structure) if literal else None
    return Analysis(
        parsed=True,
        required=required_characters_in(structure),
        required_strings=required_strings_in(structure) if literal else None,
        anchors=anchors,
        shape=shape_of(structure) if anchors is not None else None,
        branches=_useful(branches_of(structure)) if literal else None,
    )


def _useful(branches: tuple[Branch, ...] | None) -> tuple[Branch, ...] | None:
    """Branches worth reading per document: none always forces a scan, and some may be
    dropped or each has anchors of its own (narrower than the union the whole pattern's
    analysis gives: a branch's leading run or lookbehind is invisible there)."""
    if branches is None:
        return None
    if any(branch.anchors is None and branch.required is None for branch in branches):
        return None
    droppable = any(branch.required is not None for branch in branches)
    if not droppable and any(branch.anchors is None for branch in branches):
        return None
    return branches
