"""Township names in lower case or split into two words are repaired from the township table."""

from __future__ import annotations

import pytest

from helpers import findings_for


@pytest.mark.parametrize(
    ("text", "rule", "replacement"),
    [
        ("Villagers of shijing town planted trees.", "lowercase-township-name", "Shijing Town"),
        ("Doctors visited Meng Ziling township in Hebei.", "split-township-name", "Mengziling Township"),
        ("He grew up in shi jing town.", "split-township-name", "Shijing Town"),
    ],
)
def test_township_names_are_repaired(linter, text, rule, replacement) -> None:
    found = findings_for(linter, text, rule)
    assert [finding.replacements[0] for finding in found] == [replacement]


@pytest.mark.parametrize(
    "text",
    [
        "Tourists walked through the old town and the new township.",
        "He met Li Ming in Shijing Town.",
        "Villagers of Shijing Town planted trees.",
    ],
)
def test_real_or_english_names_are_left_alone(linter, text) -> None:
    assert findings_for(linter, text, "lowercase-township-name") == []
    assert findings_for(linter, text, "split-township-name") == []
