"""The value types: validation at construction, derived edits."""

from __future__ import annotations

import pytest

from helpers import finding
from mtfix.categories import CATEGORIES
from mtfix.models import Applicability, Edit, Severity

VALID = dict(
    rule="space-after-comma", start=3, end=4, text=",", message="Missing space", replacements=(", ",)
)


def make(**changes):
    """A valid finding with `changes` made (to see which ones the model refuses)."""
    return finding(**{**VALID, **changes})


def test_taxonomy_has_the_seventeen_guide_categories_and_the_source_family():
    guide = [name for name in CATEGORIES if not name.startswith("source.")]
    assert len(guide) == 17
    assert len(CATEGORIES) - len(guide) == 5  # found only against a bilingual input's source
    assert {"punct.doubled", "name.pinyin-camel", "term.glossary", "grammar"} <= set(CATEGORIES)


def test_finding_rejects_unknown_category():
    with pytest.raises(ValueError, match="unknown category"):
        make(category="punct.weird")


def test_finding_rejects_span_text_mismatch():
    with pytest.raises(ValueError, match="text does not match span"):
        make(text=",,")


def test_finding_rejects_negative_or_reversed_span():
    with pytest.raises(ValueError):
        make(start=5, end=4, text="")


def test_edit_comes_from_the_first_replacement():
    assert make(replacements=(", ", ",")).edit() == Edit(3, 4, ", ")


def test_flag_only_finding_is_not_fixable():
    assert not make(applicability=Applicability.NONE).fixable
    assert not make(replacements=()).fixable
    assert make().fixable


def test_severity_ranks_are_ordered():
    assert Severity.INFO.rank < Severity.WARNING.rank < Severity.ERROR.rank


def test_a_rule_builds_its_findings_from_its_own_metadata():
    from mtfix.models import RuleInfo

    rule = RuleInfo("space-after-comma", "punct.spacing", Severity.WARNING, Applicability.SAFE, "Missing")
    finding = rule.finding(3, ",", "Missing space", (", ",))
    assert finding == make(source="checks")
    assert rule.finding(3, ",", "m", applicability=Applicability.NONE).applicability is Applicability.NONE
    assert rule.finding(0, "", "m", source="rules").end == 0
