"""Built-in rules run without a timeout (they are trusted data), so none may backtrack badly.

Each built-in rule is run here *with* its timeout, as a user rule would be, on long
adversarial texts: a rule that backtracks catastrophically fails with a timeout error
instead of hanging a real run. Not a timed test: the timeout only turns a hang into a failure.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.loader import load_rules

LENGTH = 50_000
ADVERSARIAL = {
    "spaces": " " * LENGTH,
    "no-break spaces": "\u00a0" * LENGTH,
    "one letter": "a" * LENGTH,
    "one capital": "A" * LENGTH,
    "capitals": ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * (LENGTH // 26 + 1))[:LENGTH],
    "a a a": ("a " * LENGTH)[:LENGTH],
    "The The": ("The " * LENGTH)[:LENGTH],
    "many many": ("many " * LENGTH)[:LENGTH],
    "an of the": ("a number of the " * LENGTH)[:LENGTH],
    "full stops": "." * LENGTH,
    "commas and spaces": (", " * LENGTH)[:LENGTH],
    "punctuation": ("!?.,;:()" * LENGTH)[:LENGTH],
    "word and spaces": ("hospital   " * LENGTH)[:LENGTH],
    "lower-case letters": ("abcdefghijklmnopqrstuvwxyz" * (LENGTH // 26 + 1))[:LENGTH],
    "hyphens": "-" * LENGTH,
}
PIECES = [*"aAT .,;:!?()\u00a0-'\n", "the", "The", "many", "a number of", "hospital", "of", "an", "staffs"]


def _untrusted_builtin_rules() -> list[PatternCheck]:
    """Every built-in rule as a user rule: with its timeout."""
    return [
        PatternCheck.of(dataclasses.replace(check.rule, trusted=False))
        for check in load_rules([builtin_rules_dir()])
    ]


RULES = _untrusted_builtin_rules()
RESOURCES = Resources(Settings())


def _run_all(text: str) -> None:
    context = CheckContext(Document(text, path="adversarial.txt"), RESOURCES)
    for rule in RULES:
        list(rule.check(context))  # a timeout raises RuleError and fails the test


def test_every_loaded_builtin_rule_is_trusted():
    assert all(check.rule.trusted for check in load_rules([builtin_rules_dir()]))
    assert not any(check.rule.trusted for check in RULES)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_builtin_rules_finish_within_their_timeout_on_adversarial_text(name):
    _run_all(ADVERSARIAL[name])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=400))
def test_builtin_rules_finish_within_their_timeout_on_generated_text(pieces):
    _run_all("".join(pieces) * 20)
