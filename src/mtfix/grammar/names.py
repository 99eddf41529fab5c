"""Keep LanguageTool away from names: its speller knows English, not Chinese names.

`Huicheng`, `Qianxinan` or a glossary term look like typos to LanguageTool, and its first
suggestion (`Hutching`) would turn a correct name into an English word under `fix
--unsafe`. The judgement of what is a name belongs to `mtfix.names.protection`; this module
only applies it to LanguageTool's matches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mtfix.grammar import mapping
from mtfix.grammar.response import LtMatch
from mtfix.patterns import compiled

_WORD = compiled(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")
_SPELLING_RULES = frozenset({mapping.SPELLING, mapping.GLUED})


def protect_names(
    matches: Iterable[tuple[LtMatch, str]], text: str, is_name: Callable[[str], bool]
) -> list[tuple[LtMatch, str]]:
    """(match, mtfix rule) pairs with name damage removed.

    A spelling match on a name is dropped. Any other match keeps only the suggestions that
    leave every name in its span intact; a match left with none becomes flag-only.
    """
    kept: list[tuple[LtMatch, str]] = []
    for match, rule in matches:
        spelling = rule in _SPELLING_RULES
        words = _WORD.findall(text[match.start : match.end])
        # Outside a spelling match only capitalised words count as names: a glossary may
        # protect `family` as part of a term, which must not block `many family` -> `families`.
        names = [word for word in words if (spelling or word[:1].isupper()) and is_name(word)]
        if not names:
            kept.append((match, rule))
            continue
        if spelling:
            continue
        safe = tuple(r for r in match.replacements if all(_contains_word(r, name) for name in names))
        kept.append((_with_replacements(match, safe), rule))
    return kept


def _contains_word(text: str, word: str) -> bool:
    return word in _WORD.findall(text)


def _with_replacements(match: LtMatch, replacements: tuple[str, ...]) -> LtMatch:
    return LtMatch(
        match.start,
        match.end,
        match.message,
        replacements,
        match.rule_id,
        match.category_id,
        match.issue_type,
    )
