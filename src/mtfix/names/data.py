"""Where the name tables live: `rules/data/` in the source tree, `mtfix/rules/data` in a wheel."""

from __future__ import annotations

from pathlib import Path


def data_file(name: str) -> Path:
    """The path of a shipped data table (it may not exist for optional tables)."""
    from mtfix.registry import builtin_rules_dir

    return builtin_rules_dir() / "data" / name
