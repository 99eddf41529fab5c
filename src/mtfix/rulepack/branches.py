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
from typing import Any

from mtfix.rulepack.anchors import Anchors, anchors_of
from mtfix.rulepack.literals import sre_parse
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.shape import Shape, shape_of

# More branches than this cost more Python per document than they save.
MAX_BRANCHES = 16

_C = sre_parse
Items = list[tuple[Any, Any]]


@dataclass(frozen=True)
class Branch:
    """What one branch of the leading alternation needs: the document must hold one of
    `required` (None: nothing known), and attempts start at `anchors` admitted by `shape`."""

    anchors: Anchors | None
    shape: Shape | None
    required: tuple[frozenset[str], bool] | None


def branches_of(parsed: Any) -> tuple[Branch, ...] | None:
    """The branches of a pattern read by `literals.parse_pattern`, or None when it does not
    open with an alternation."""
    alternatives = _split(list(parsed))
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
    state = parsed.state
    return tuple(_branch(sre_parse.SubPattern(state, items)) for items in expanded)


def _branch(parsed: Any) -> Branch:
    anchors = anchors_of(parsed, leading_literal=True)
    return Branch(anchors, shape_of(parsed) if anchors is not None else None, required_strings_in(parsed))


def _split(items: Items) -> list[Items] | None:
    """`items` as one sequence per branch of its first consuming element, if that is an
    alternation (bare, or a group holding only one); None otherwise."""
    for index, (op, argument) in enumerate(items):
        if _zero_width(op, argument):
            continue
        prefix, rest = items[:index], items[index + 1 :]
        if op is _C.BRANCH:
            return [prefix + list(branch) + rest for branch in argument[1]]
        if op is _C.SUBPATTERN:
            group, add_flags, del_flags, body = argument
            body = list(body)
            if len(body) == 1 and body[0][0] is _C.BRANCH:
                return [
                    [*prefix, (_C.SUBPATTERN, (group, add_flags, del_flags, list(branch))), *rest]
                    for branch in body[0][1][1]
                ]
        return None
    return None


def _zero_width(op: Any, argument: Any) -> bool:
    """Anchors and lookbehinds/negative lookarounds: they consume nothing and are kept as a prefix."""
    return op is _C.AT or op is _C.ASSERT_NOT or (op is _C.ASSERT and argument[0] < 0)
