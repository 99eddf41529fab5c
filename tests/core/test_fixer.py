"""The fixer: conflicts resolved deterministically, passes repeat until stable, idempotence."""

from __future__ import annotations

import pytest

from helpers import finding
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.errors import FixError
from mtfix.fixer import apply_edits, choose_edits, fix_document
from mtfix.linter import Linter
from mtfix.models import Applicability, Edit, Finding, RuleInfo, Severity


def test_apply_edits_handles_insertions_and_replacements():
    assert apply_edits("ab,cd", [Edit(3, 3, " "), Edit(0, 1, "A")]) == "Ab, cd"


def test_apply_edits_refuses_overlap():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])


def test_overlapping_edits_keep_the_earliest_and_safe_first():
    first = finding(0, 3, "a,b", "a, b", rule="z")
    overlapping = finding(1, 2, ",", ", ", rule="a")
    same_span_unsafe = finding(0, 3, "a,b", "A, B", rule="a", applicability=Applicability.UNSAFE)
    chosen = choose_edits([overlapping, same_span_unsafe, first], unsafe=True)
    assert chosen == [first]


def test_two_insertions_at_one_point_conflict():
    one = finding(2, 2, "", " ", rule="a")
    two = finding(2, 2, "", "-", rule="b")
    assert choose_edits([two, one]) == [one]


def test_unsafe_fixes_need_the_flag():
    unsafe = finding(0, 1, "a", "b", applicability=Applicability.UNSAFE)
    assert choose_edits([unsafe]) == []
    assert choose_edits([unsafe], unsafe=True) == [unsafe]


def test_flag_only_findings_never_apply():
    flagged = finding(0, 1, "a", "b", applicability=Applicability.NONE)
    assert choose_edits([flagged], unsafe=True) == []


class _Toggle:
    """A broken check whose fix undoes itself: the fixer must report non-convergence."""

    info = RuleInfo("toggle", "spelling", Severity.INFO, Applicability.SAFE, "flip a and b")

    def rules(self):
        return (self.info,)

    def check(self, context):
        text = context.document.text
        index = max(text.find("a"), text.find("b"))
        if index >= 0:
            other = "b" if text[index] == "a" else "a"
            yield Finding(
                "toggle",
                "spelling",
                Severity.INFO,
                index,
                index + 1,
                text[index],
                "m",
                (other,),
                Applicability.SAFE,
            )


class _Grow:
    """A broken check that always finds something more to add."""

    info = RuleInfo("grow", "spelling", Severity.INFO, Applicability.SAFE, "append x")

    def rules(self):
        return (self.info,)

    def check(self, context):
        end = len(context.document.text)
        yield Finding("grow", "spelling", Severity.INFO, end, end, "", "m", ("x",), Applicability.SAFE)


@pytest.mark.parametrize("check", [_Toggle(), _Grow()])
def test_non_convergence_is_an_error(check):
    linter = Linter(Resources(Settings()), [check])
    with pytest.raises(FixError, match="do not converge"):
        fix_document(Document("a", path="loop.txt"), linter)


def test_fix_is_idempotent_and_keeps_astral_offsets(linter):
    text = "😀🇨🇳 The team,,arrived, ,and the public,watched.\n"
    first = fix_document(Document(text), linter)
    assert first.changed
    assert "😀🇨🇳" in first.text
    second = fix_document(Document(first.text), linter)
    assert second.text == first.text
    assert not second.applied


def test_fix_reports_what_remains(linter):
    result = fix_document(Document("The public,watched.\n"), linter)
    assert result.text == "The public, watched.\n"
    assert result.passes >= 1
    assert all(not f.fixable or f.applicability is not Applicability.SAFE for f in result.remaining)


def test_two_rules_giving_the_same_advice_on_one_span_report_once():
    from mtfix.linter import dedupe

    first = finding(0, 7, "Addtime", "Add time", rule="glued-page-label")
    twin = finding(0, 7, "Addtime", "Add time", rule="glued-words")
    other_advice = finding(0, 7, "Addtime", "Added time", rule="another")
    assert dedupe([first, twin, other_advice]) == [first, other_advice]


def test_a_case_fix_inside_a_whole_name_fix_is_reported_once_by_the_whole():
    from mtfix.linter import drop_partial_fixes

    text = "the national people's congress met"
    whole = finding(4, 30, text[4:30], "National People's Congress", rule="glossary-term")
    part = finding(13, 30, text[13:30], "People's Congress", rule="lowercase-institution-name")
    other = finding(31, 34, "met", "Met", rule="another")
    assert drop_partial_fixes([whole, part, other]) == [whole, other]


def test_a_word_lower_cased_inside_a_name_the_whole_fix_capitalises_goes():
    from mtfix.linter import drop_partial_fixes

    name = "technical College party committee"
    whole = finding(
        0, len(name), name, "Technical College Party Committee", rule="lowercase-institution-name"
    )
    contrary = finding(10, 17, "College", "college", rule="capitalised-common-word")
    assert drop_partial_fixes([whole, contrary]) == [whole]


def test_two_categories_giving_the_same_fix_on_one_span_report_once():
    from mtfix.linter import dedupe

    glossary = finding(
        0, 20, "dragon boat festival", "Dragon Boat Festival", rule="glossary-term", category="term.glossary"
    )
    calendar = finding(
        0,
        20,
        "dragon boat festival",
        "Dragon Boat Festival",
        rule="lowercase-calendar-or-language",
        category="case.proper",
    )
    unfixed = finding(0, 20, "dragon boat festival", rule="third", category="case.proper")
    assert dedupe([glossary, calendar, unfixed]) == [glossary, unfixed]
