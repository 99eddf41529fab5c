"""A rule pattern's structure, read once: the only place that touches Python's private parser.

Why: the speed analyses (`literals.py`, `required.py`, `anchors.py`, `shape.py`,
`branches.py`) all need to know what a pattern is made of (literals, classes,
alternations, repeats, lookarounds). Python has no public parser; its private one
(`re._parser`, formerly `sre_parse`) changes between versions and reads the standard
library's dialect, while rule patterns are written for `regex`. So it is read here and
nowhere else, and its tree is converted once into the small, stable `Structure` below,
which the analyses visit.

`regex` features the standard library lacks are handled conservatively:
- `\\p{...}` property classes become `\\w` (to the analyses: "any character") and `\\K`
  (keep-out, zero-width) is dropped, so a structure describes what a match must consume;
- a group name defined again in another branch (which `regex` allows) is renamed;
- anything else the standard parser refuses or may read differently (POSIX classes,
  nested sets, version-1 syntax) gives no structure at all (`read` returns None): the
  analyses then say "unknown" and the rule is matched by a plain scan.
"""

from __future__ import annotations

import enum
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

try:  # the parser moved in Python 3.11; both expose `parse`
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

# `regex` flags that matter to the analyses; they share their values with the stdlib's.
IGNORECASE = _sre.SRE_FLAG_IGNORECASE
VERBOSE = _sre.SRE_FLAG_VERBOSE


class Op(enum.Enum):
    """What one element of a pattern is. The argument that goes with each:

    - LITERAL, NOT_LITERAL: a code point;
    - IN: a tuple of class members, each `(LITERAL, code)`, `(RANGE, (low, high))` or
      `(OTHER, None)` (negation, categories);
    - ANY, CATEGORY, AT, OTHER: None (OTHER: back-references, conditionals, ...);
    - GROUP: `(add_flags, del_flags, body)`, the flags a scoped group turns on and off;
    - ATOMIC: body;
    - BRANCH: a tuple of bodies, one per alternative;
    - REPEAT: `(minimum, maximum, body)` (greedy, lazy and possessive alike);
    - ASSERT, ASSERT_NOT: `(direction, body)`, direction 1 ahead and -1 behind.

    A body is a tuple of `(Op, argument)` elements.
    """

    LITERAL = "literal"
    NOT_LITERAL = "not-literal"
    IN = "in"
    RANGE = "range"
    ANY = "any"
    CATEGORY = "category"
    GROUP = "group"
    ATOMIC = "atomic"
    BRANCH = "branch"
    REPEAT = "repeat"
    AT = "at"
    ASSERT = "assert"
    ASSERT_NOT = "assert-not"
    OTHER = "other"


Element = tuple[Op, Any]
Body = tuple[Element, ...]


@dataclass(frozen=True)
class Structure:
    """A pattern's elements in order, and whether it is matched ignoring case."""

    items: Body
    ignore_case: bool

    def __iter__(self) -> Iterator[Element]:
        return iter(self.items)


def zero_width(op: Op, argument: Any) -> bool:
    """Anchors (`\\b`, `^`), lookbehinds and negative lookarounds: nothing consumed, and no
    literal the match must start with."""
    return op is Op.AT or op is Op.ASSERT_NOT or (op is Op.ASSERT and argument[0] < 0)


def scoped(ignore_case: bool, add_flags: int, del_flags: int) -> bool:
    """Whether a group's body ignores case, given whether its surroundings do."""
    return (ignore_case or bool(add_flags & IGNORECASE)) and not del_flags & IGNORECASE


def read(pattern: str, flags: int = 0) -> Structure | None:
    """The structure of a `regex` pattern, or None when the standard parser may read it
    otherwise than `regex` does (see the module docstring)."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    return Structure(_body(parsed), bool(parsed.state.flags & IGNORECASE))


# An escaped backslash is matched first so `\\p{x}` (a literal backslash) is left alone.
_PROPERTY_OR_BACKSLASH = re.compile(r"\\\\|\\K|\\[pP](?:\{[^}]*\}|[A-Za-z])")
# Escapes and character sets are passed over whole, so only real group openings are named.
_GROUP_OR_SKIPPED = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?P<(\w+)>", re.DOTALL)
_VERBOSE_INLINE = re.compile(r"\(\?[a-zA-Z]*x")  # comments may hold anything: no renaming


def _parse(pattern: str, flags: int) -> Any:
    if "[[" in pattern or "[:" in pattern:
        return None  # POSIX classes and nested sets mean something else to `regex`
    source = _PROPERTY_OR_BACKSLASH.sub(_stand_in, pattern)
    if not flags & VERBOSE and not _VERBOSE_INLINE.search(source):
        source = _distinct_group_names(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a "possible nested set" warning: do not guess
            return _sre.parse(source, flags & (IGNORECASE | VERBOSE))
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


_REPEATS = tuple(
    op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op
)
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)
_PLAIN = {
    _sre.LITERAL: Op.LITERAL,
    _sre.NOT_LITERAL: Op.NOT_LITERAL,
    _sre.ANY: Op.ANY,
    _sre.CATEGORY: Op.CATEGORY,
    _sre.AT: Op.AT,
}


def _body(items: Any) -> Body:
    return tuple(_element(op, argument) for op, argument in items)


def _element(op: Any, argument: Any) -> Element:
    plain = _PLAIN.get(op)
    if plain is not None:
        return plain, (argument if plain is Op.LITERAL or plain is Op.NOT_LITERAL else None)
    if op is _sre.IN:
        return Op.IN, tuple(_member(member, value) for member, value in argument)
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, body = argument
        return Op.GROUP, (add_flags, del_flags, _body(body))
    if _ATOMIC is not None and op is _ATOMIC:
        return Op.ATOMIC, _body(argument)
    if op is _sre.BRANCH:
        return Op.BRANCH, tuple(_body(branch) for branch in argument[1])
    if op in _REPEATS:
        minimum, maximum, body = argument
        return Op.REPEAT, (minimum, maximum, _body(body))
    if op is _sre.ASSERT or op is _sre.ASSERT_NOT:
        direction, body = argument
        return (Op.ASSERT if op is _sre.ASSERT else Op.ASSERT_NOT), (direction, _body(body))
    return Op.OTHER, None


def _member(op: Any, argument: Any) -> Element:
    if op is _sre.LITERAL:
        return Op.LITERAL, argument
    if op is _sre.RANGE:
        return Op.RANGE, argument
    return Op.OTHER, None
