"""Against a real LanguageTool server: run with `MTFIX_LT_SERVER=http://localhost:8081 python -m
pytest -m network tests/grammar/test_languagetool_network.py` (skipped when the variable is unset).

A failure here means LanguageTool's behaviour has moved away from what the loopback fixtures
assume (a rule id, a message, an offset): update the fixtures and the rule examples together.
"""

from __future__ import annotations

import os

import pytest

from mtfix.config import GrammarSettings, Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.grammar.rules import LT_RULES
from mtfix.linter import Linter
from mtfix.rule_examples import check_examples

SERVER = os.environ.get("MTFIX_LT_SERVER")

pytestmark = [
    pytest.mark.network,
    pytest.mark.skipif(not SERVER, reason="set MTFIX_LT_SERVER to a LanguageTool server URL"),
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Resources(Settings(grammar=GrammarSettings(backend="languagetool", server=SERVER))))


def test_real_server_finds_a_typo_after_astral_characters(linter):
    text = "🎉🎉 Celebrations began.\n\n😀 The delegation recieved a warm welcome.\n"
    result = linter.check(Document(text))
    assert linter.take_warnings() == []
    spelled = [f for f in result.findings if f.rule == "lt-spelling"]
    assert [text[f.start : f.end] for f in spelled] == ["recieved"]
    assert spelled[0].replacements[0] == "received"


def test_real_server_leaves_pinyin_names_alone(linter):
    text = "Officials from Qianxinan and Huicheng met in Huicheng on Monday.\n"
    findings = [f for f in linter.check(Document(text)).findings if f.source == "languagetool"]
    assert not [f for f in findings if f.text in ("Qianxinan", "Huicheng")]


@pytest.mark.parametrize("rule", LT_RULES, ids=lambda rule: rule.id)
def test_rule_examples_hold_on_a_real_server(rule, linter):
    failures = check_examples(rule, linter)
    assert not failures, "\n".join(str(f) for f in failures)
