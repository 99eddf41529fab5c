"""Untranslated CJK: a short label gets the dictionary's English; other runs are flagged only."""

from __future__ import annotations

import pytest

from helpers import findings_for


def _cjk(linter, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (found.rule, found.text, found.replacements) for found in findings_for(linter, text, "script.cjk")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源：County Health Bureau\nThe ward opened.", [("untranslated-label", "来源", ("Source",))]),
        ("The ward opened.\n作者: Wang Lihua", [("untranslated-label", "作者", ("Author",))]),
        ("The ward opened on Monday.\n附件\n", [("untranslated-label", "附件", ("Enclosure",))]),
    ],
)
def test_labels_get_the_english(linter, text: str, expected) -> None:
    assert _cjk(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not a label: inside a sentence, or at a line's start before more words.
        ("The doctors of 人民医院 visited the county.", [("untranslated-cjk", "人民医院", ())]),
        ("记者 Zhang Wei reports from the county.", [("untranslated-cjk", "记者", ())]),
        # A person's name before a colon: no dictionary English.
        ("The ward opened.\n李明：we are ready.", [("untranslated-cjk", "李明", ())]),
        # Too long for a label.
        (
            "The ward opened.\n县卫生健康委员会办公室：notice",
            [("untranslated-cjk", "县卫生健康委员会办公室", ())],
        ),
    ],
)
def test_other_runs_are_flagged_without_a_guess(linter, text: str, expected) -> None:
    assert _cjk(linter, text) == expected


def test_a_label_and_its_untranslated_value_are_told_apart(linter) -> None:
    """`来源：新华社`: the label gets its English, the value is flagged without a guess."""
    text = "来源：县卫生健康局\n\nThe county hospital opened a new ward for children on Monday."
    assert _cjk(linter, text) == [
        ("untranslated-label", "来源", ("Source",)),
        ("untranslated-cjk", "县卫生健康局", ()),
    ]
