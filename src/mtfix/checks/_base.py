"""The plumbing every programmatic check shares, so each module holds only its concern."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from mtfix.models import RuleInfo

if TYPE_CHECKING:
    from mtfix.context import Resources


class ProgrammaticCheck:
    """A check built once per run from the shared resources; it declares `RULES`."""

    RULES: ClassVar[tuple[RuleInfo, ...]] = ()

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def rules(self) -> Sequence[RuleInfo]:
        return self.RULES
