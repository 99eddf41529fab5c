"""Where every check is registered: declarative rules, programmatic checks, grammar backends.

Built-ins go through the same `Check` interface (`interface.py`) as user rule folders; a
structure test proves every module under `checks/` is listed in `PROGRAMMATIC_CHECKS`.
The checks and the grammar backends are imported when first asked for (not for a cycle:
nothing below imports the registry), so a command that never builds a linter, such as
`mtfix --help`, does not load them.
"""

from __future__ import annotations

from mtfix.context import Resources
from mtfix.interface import Check
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack.loader import load_rules


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
