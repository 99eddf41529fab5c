"""The one interface every source of findings meets: declarative rules, programmatic checks
and grammar backends alike.

Why a module of its own: the registry assembles checks and grammar backends, and both
name this interface; kept here, at the bottom of the engine, neither has to import the
registry that imports them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from mtfix.context import CheckContext
    from mtfix.models import Finding, RuleInfo


@runtime_checkable
class Check(Protocol):
    """Anything that reports findings: it declares its rules and checks one document."""

    def rules(self) -> Sequence[RuleInfo]: ...

    def check(self, context: CheckContext) -> Iterable[Finding]: ...
