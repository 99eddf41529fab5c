"""Validating rule selectors (`--select`, `--ignore`, config `select`/`ignore`, per-path
ignores, severity keys, suppression comments) and suggesting the nearest valid name.

Why an unknown selector is an error and not ignored: `--select space-after-coma` would
otherwise check nothing and exit 0, so a CI job passes while doing no work. A selector is
valid if it names a rule id, a category (`punct.doubled`), a category family (`punct`) or
is `ALL`. The suggestions use difflib (standard library) so that reporting a typo costs
nothing at start-up; config validation elsewhere can call `nearest` and `check_selectors`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from mtfix.categories import CATEGORIES
from mtfix.errors import ConfigError

ALL = "ALL"


def nearest(name: str, candidates: Iterable[str], count: int = 3) -> list[str]:
    """The valid names closest to a mistyped `name`, best first (possibly none)."""
    pool = sorted(set(candidates))
    close = difflib.get_close_matches(name, pool, n=count, cutoff=0.6)
    if not close:  # a prefix of a long id (`space-after`) is close too
        close = [candidate for candidate in pool if candidate.startswith(name)][:count]
    return close


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'a' or 'b'?)`, or an empty string when nothing is close."""
    close = nearest(name, candidates)
    if not close:
        return ""
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)"


def valid_selectors(rule_ids: Iterable[str]) -> set[str]:
    """Every name a selector may take given these rule ids."""
    families = {category.split(".")[0] for category in CATEGORIES}
    return {ALL, *rule_ids, *CATEGORIES, *families}


def unknown_selectors(selectors: Iterable[str], valid: set[str]) -> list[str]:
    return [selector for selector in selectors if selector not in valid]


def check_selectors(selectors: Iterable[str], valid: set[str], where: str) -> None:
    """Raise ConfigError naming the first unknown selector of `where` and its nearest names."""
    for selector in unknown_selectors(selectors, valid):
        raise ConfigError(
            f"{where}: unknown rule, category or family {selector!r}{did_you_mean(selector, valid)};"
            " `mtfix rules` lists them"
        )
