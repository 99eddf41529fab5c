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
