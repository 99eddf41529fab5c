"""A pattern that opens with an alternation, analysed branch by branch.

Why: the anchors, required strings and shape of a whole pattern are the union of what its
branches allow, so one common branch spoils them all. `quantifier-singular-noun` opens
with `many ... | a number of ...`: the `a `/`an ` anchors of the second branch make
thousands of candidates in a document that never says `a number of`. Read per branch,
each has its own anchors, required strings and shape; a document lacking a branch's
required strings drops that branch's candidates, and the others are filtered by their
own, narrower shape.

Sound by construction: any match of `prefix (B1|B2|...) rest` consumes what
`prefix Bi rest` consumes for the branch `i` it took, so the union of the branches'
candidates holds every match start. The leading alternation is split (and a branch's
own leading alternation, while the branches stay few); `prefix` is zero-width only.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtfix.rulepack.anchors import Anchors, anchors_of
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.shape import Shape, shape_of
from mtfix.rulepack.structure import Element, Op, Structure, zero_width

# More branches than this cost more Python per document than they save.
MAX_BRANCHES = 16

Items = list[Element]


@dataclass(frozen=True)
class Branch:
    """What one branch of the leading alternation needs: the document must hold one of
    `required` (None: nothing known), and attempts start at `anchors` admitted by `shape`."""

    anchors: Anchors | None
    shape: Shape | None
    required: tuple[frozenset[str], bool] | None


def branches_of(structure: Structure) -> tuple[Branch, ...] | None:
    """The branches of a pattern's structure, or None when it does not open with an
    alternation."""
    alternatives = _split(list(structure))
    if alternatives is None:
        return None
    expanded: list[Items] = []
    for index, alternative in enumerate(alternatives):
        further = _split(alternative)
        pending = len(alternatives) - index - 1
        if further is not None and len(expanded) + len(further) + pending <= MAX_BRANCHES:
            expanded.extend(further)
        else:
            expanded.append(alternative)
    if len(expanded) > MAX_BRANCHES:
        return None
    return tuple(_branch(Structure(tuple(items), structure.ignore_case)) for items in expanded)


def _branch(structure: Structure) -> Branch:
    anchors = anchors_of(structure, leading_literal=True)
    return Branch(
        anchors, shape_of(structure) if anchors is not None else None, required_strings_in(structure)
    )


def _split(items: Items) -> list[Items] | None:
    """`items` as one sequence per branch of its first consuming element, if that is an
    alternation (bare, or a group holding only one); None otherwise."""
    for index, (op, argument) in enumerate(items):
        if zero_width(op, argument):
            continue
        prefix, rest = items[:index], items[index + 1 :]
        if op is Op.BRANCH:
            return [prefix + list(branch) + rest for branch in argument]
        if op is Op.GROUP:
            add_flags, del_flags, body = argument
            if len(body) == 1 and body[0][0] is Op.BRANCH:
                return [[*prefix, (Op.GROUP, (add_flags, del_flags, branch)), *rest] for branch in body[0][1]]
        return None
    return None
