"""Programmatic checks: one concern per module, registered explicitly here.

Add a check by writing a module with a class that has `rules()` and `check(context)`,
then listing its factory below. `tests/test_structure.py` fails on an unlisted module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtfix.context import Resources
    from mtfix.registry import Check


def _factories() -> tuple[Callable[[Resources], Check], ...]:
    return ()


PROGRAMMATIC_CHECKS: tuple[Callable[[Resources], Check], ...] = _factories()
