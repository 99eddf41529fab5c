"""Where mtfix's shipped data lives: the rule folder and the tables under it.

Why a module of its own: the rule loader, the lexicon and the name tables all need these
paths, and they sit below the registry that assembles checks; a path is core knowledge
that every layer may ask for without importing what lies above it.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path


def builtin_rules_dir() -> Path:
    """The rule data shipped in the wheel (`mtfix/rules`), or the source tree's `rules/`."""
    packaged = Path(str(importlib_resources.files("mtfix"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def data_file(name: str) -> Path:
    """The path of a shipped data table under `rules/data/` (it may not exist for optional
    tables)."""
    return builtin_rules_dir() / "data" / name
