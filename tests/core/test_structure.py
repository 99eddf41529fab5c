"""The tree is explicit: every check module is registered, every rule file is loaded."""

from __future__ import annotations

import importlib
import pkgutil

import mtfix.checks
from mtfix.checks import PROGRAMMATIC_CHECKS
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack.loader import load_rules, rule_files


def test_every_check_module_is_registered():
    registered = {factory.__module__ for factory in PROGRAMMATIC_CHECKS}
    for module in pkgutil.iter_modules(mtfix.checks.__path__):
        name = f"mtfix.checks.{module.name}"
        if module.name.startswith("_"):
            continue
        importlib.import_module(name)
        assert name in registered, f"{name} is not listed in mtfix.checks.PROGRAMMATIC_CHECKS"


def test_every_rule_file_loads_and_is_named_for_its_id():
    root = builtin_rules_dir()
    files = rule_files(root)
    rules = load_rules([root])
    assert len(rules) == len(files)
    for rule in rules:
        assert rule.info.origin.endswith(f"/{rule.id}.toml"), (
            f"{rule.info.origin} should be named {rule.id}.toml"
        )


def test_rule_ids_are_unique_across_checks(linter):
    seen: dict[str, str] = {}
    for check in linter.checks:
        for rule in check.rules():
            assert rule.id not in seen, f"{rule.id} declared twice"
            seen[rule.id] = type(check).__name__
