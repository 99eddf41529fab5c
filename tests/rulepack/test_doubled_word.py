"""doubled-word decides by context (issues 15 and 18): table cells and all-caps operators are
never deleted, licensed repeats stay, and real repeats are still fixed."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.document import Document
from mtfix.fixer import fix_document

RULE = "doubled-word"


@pytest.mark.parametrize(
    "text",
    [
        "| on_save | triggers  triggers  Depends |",  # table cells across a column gap
        "event\ttriggers\ttriggers\tDepends",  # tab-separated columns
        "Use AND and OR lists to narrow the search.",  # an all-caps operator, then the word
        "Choose OR or AND in the menu.",
        "What it is is a new ward for the county.",
        "All I do do is help.",
        "Staff log in in the morning.",
        "He gave her her book.",
        "The can can hold two litres.",
        "They said bye bye to the team.",
        "the word\nword at a line break",
    ],
)
def test_licensed_repeats_are_left_alone(linter, text):
    assert findings_for(linter, text, RULE) == []
    fixed = fix_document(Document(text, path="<test>"), linter).text
    words = text.split()
    assert fixed.split() == words, "the fixes deleted a word"


def test_a_column_gap_between_equal_cells_is_kept(linter):
    text = "| on_save | triggers  triggers  Depends |"
    assert "triggers  triggers" in fix_document(Document(text, path="<test>"), linter).text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The plan is is ready.", "The plan is ready."),
        ("Please wait wait for the nurse.", "Please wait for the nurse."),
        ("Then I I went home.", "Then I went home."),
        ("the members of of the team", "the members of the team"),
    ],
)
def test_real_repeats_are_fixed(linter, text, fixed):
    assert len(findings_for(linter, text, RULE)) == 1
    assert fix_document(Document(text, path="<test>"), linter).text == fixed
