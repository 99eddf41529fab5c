"""Every example of every rule is a test: bad examples are flagged and fixed exactly, the
fixed text and the good examples stay silent. A rule without enough examples fails."""

from __future__ import annotations

import pytest

from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.linter import Linter
from mtfix.rule_examples import check_examples
from mtfix.rulepack.loader import MIN_EXAMPLES

_LINTER = Linter(Resources(Settings()))


@pytest.mark.parametrize("rule", _LINTER.rules, ids=lambda rule: rule.id)
def test_rule_examples(rule, linter):
    failures = check_examples(rule, linter)
    assert not failures, "\n".join(str(f) for f in failures)


@pytest.mark.parametrize("rule", _LINTER.rules, ids=lambda rule: rule.id)
def test_rule_has_examples_and_docs(rule):
    assert len(rule.bad_examples) >= MIN_EXAMPLES, f"{rule.id} needs {MIN_EXAMPLES} bad examples"
    assert len(rule.good_examples) >= MIN_EXAMPLES, f"{rule.id} needs {MIN_EXAMPLES} good examples"
    assert rule.description, f"{rule.id} needs a description"
