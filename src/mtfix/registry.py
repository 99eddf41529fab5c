"""Where every check is registered: declarative rules, programmatic checks, grammar backends.

Built-ins go through the same `Check` interface as user rule folders; a structure test
proves every module under `checks/` is listed in `PROGRAMMATIC_CHECKS`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Protocol, runtime_checkable

from mtfix.context import CheckContext, Resources
from mtfix.models import Finding, RuleInfo
from mtfix.rulepack.loader import load_rules


@runtime_checkable
class Check(Protocol):
    """Anything that reports findings: it declares its rules and checks one document."""

    def rules(self) -> Sequence[RuleInfo]: ...

    def check(self, context: CheckContext) -> Iterable[Finding]: ...


def builtin_rules_dir() -> Path:
    """The rule data shipped in the wheel (`mtfix/rules`), or the source tree's `rules/`."""
    packaged = Path(str(importlib_resources.files("mtfix"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def programmatic_checks(resources: Resources) -> list[Check]:
    """Checks written in Python because data cannot say them (each module says why)."""
    from mtfix.checks import PROGRAMMATIC_CHECKS

    return [factory(resources) for factory in PROGRAMMATIC_CHECKS]


def grammar_checks(resources: Resources) -> list[Check]:
    """The grammar backend chosen in settings (`none` adds nothing)."""
    from mtfix.grammar import backend_for

    backend = backend_for(resources)
    return [backend] if backend is not None else []


def all_checks(resources: Resources, *, grammar: bool = True) -> list[Check]:
    """Built-in rules, then user rule folders (overriding by id), then checks and grammar."""
    roots = [builtin_rules_dir(), *resources.settings.rule_dirs]
    checks: list[Check] = list(load_rules(roots))
    checks.extend(programmatic_checks(resources))
    if grammar:
        checks.extend(grammar_checks(resources))
    return checks
