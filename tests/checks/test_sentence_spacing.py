"""Two spaces between sentences judged by the document, column layout as layout (issue 18 item 4)."""

from __future__ import annotations

from helpers import findings_for

DOUBLE_SPACED = (
    "The county opened the new ward on Monday.  It has forty beds.  The nurses moved in on "
    "Tuesday.  Patients arrive next week.  Doctors follow. The director thanked the volunteers.\n"
)
SINGLE_SPACED = (
    "The county opened the new ward.  It has forty beds. The nurses moved in. Patients arrive soon.\n"
)
COLUMNS = "Town      Beds  Nurses\nCeheng    120   45\nAnlong    80    30\n"


def test_a_double_spaced_document_keeps_its_convention_and_flags_the_minority(linter) -> None:
    found = findings_for(linter, DOUBLE_SPACED, "space.extra")
    assert [(f.rule, f.text, f.replacements) for f in found] == [("sentence-spacing", " ", ("  ",))]
    assert found[0].start == DOUBLE_SPACED.index(". The director") + 1


def test_a_stray_double_space_in_single_spaced_prose_is_still_flagged(linter) -> None:
    found = findings_for(linter, SINGLE_SPACED, "space.extra")
    assert [(f.rule, f.text, f.replacements) for f in found] == [("sentence-spacing", "  ", (" ",))]


def test_columns_are_reported_as_layout_without_a_fix(linter) -> None:
    found = findings_for(linter, COLUMNS, "space.extra")
    assert found and {(f.rule, f.severity.value, f.fixable) for f in found} == {
        ("alignment-spaces", "info", False)
    }


MIXED = (
    "The fund pays for roads.  It also pays for schools. Towns apply each spring.  The county "
    "reviews each plan. Work starts in May.  Inspectors visit twice. Reports go to the province. "
    "Payments follow the reports.\n"
)
NUMBERED_SECTIONS = (
    "  1. Scope.\n\n  The rules cover every road.  They apply from May.  Towns must comply.\n\n"
    "  2. Payments.\n\n  The county pays in June.  Towns report in July.\n"
)


def test_a_document_that_mixes_both_forms_throughout_has_no_stray(linter) -> None:
    assert findings_for(linter, MIXED, "sentence-spacing") == []


def test_a_section_number_at_a_line_start_ends_no_sentence(linter) -> None:
    assert findings_for(linter, NUMBERED_SECTIONS, "sentence-spacing") == []


def test_a_quoted_or_bracketed_sentence_start_counts_as_a_sentence_gap(linter) -> None:
    """`.  "x" is` and `.  [1]` follow the document's convention like `.  The`."""
    double = 'The rule is old.  "x" names the road.  [1] The county agreed.  Work starts soon.\n'
    single = 'The rule is old.  "x" names the road. [1] The county agreed. Work starts soon.\n'
    assert findings_for(linter, double, "space.extra") == []
    assert [f.text for f in findings_for(linter, single, "space.extra")] == ["  "]
