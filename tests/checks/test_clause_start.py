"""Clause starts after `,` and `;` (`checks/clause_start.py`): the whole correction in one
finding, names and titles left alone, and the fixer's one-pass result."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.models import Applicability


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("The leaders met the research team,Chatted with the members.", ",Chatted", ", chatted"),
        ("We must stay alert and not relax,Raise safety awareness early.", ",Raise", ", raise"),
        ("We will deepen the reform;The county held a meeting on Monday.", ";The", "; the"),
        ("The work covers every village in our county; We should act now.", "We", "we"),
        ("After the festival, The police visited every village.", "The", "the"),
    ],
)
def test_clause_start_is_one_finding_with_the_whole_correction(linter, text, span, fix):
    found = [f for f in findings_for(linter, text) if f.text == span]
    assert [f.replacements[0] for f in found] == [fix]
    # the space-only fix at the same place gave way to the whole correction
    assert not [f for f in findings_for(linter, text) if f.rule == "space-after-comma"]


@pytest.mark.parametrize(
    "text",
    [
        "At the 2015 Milan World Expo in Italy,China Pavilion held a tea event.",
        "The route was planned in 2022,Tuo Ying said on Monday.",
        "Present: Li Wei, Director Huang, Secretary Wang and others.",
        "Categories: Health,Education,Sports",
        "The commission on Culture,Education and Sports met.",
        "The nurse said yes,I agreed at once.",
        "The report (see Annex,B) is attached.",
    ],
)
def test_names_titles_and_lists_keep_their_capitals(linter, text):
    found = findings_for(linter, text)
    assert not [f for f in found if f.rule.endswith("clause-start") or f.rule == "comma-before-new-sentence"]


def test_a_long_clause_before_a_subject_pronoun_reads_as_two_sentences(linter):
    text = (
        "The court closely followed the goal of fairness in every case and adhered to the main line "
        "of justice for the people, We faithfully fulfilled our duties."
    )
    (found,) = [f for f in findings_for(linter, text) if f.rule == "comma-before-new-sentence"]
    assert found.replacements == (". We", ", we")
    assert found.applicability is Applicability.UNSAFE


def test_an_introductory_phrase_keeps_the_comma(linter):
    text = "In the past year, We built two new wards in the county."
    found = findings_for(linter, text)
    assert [(f.rule, f.replacements[0]) for f in found] == [("capitalised-clause-start", "we")]


def test_the_fixer_applies_the_whole_correction_in_one_pass(linter):
    text = "Raise awareness of the disease,Create a good atmosphere; We will act."
    result = fix_document(Document(text, path="<test>"), linter)
    assert result.text == "Raise awareness of the disease, create a good atmosphere; we will act."


def test_a_pronoun_the_document_capitalises_as_a_defined_term_keeps_its_capital(linter):
    """Issue 18: a licence writes `You` mid-sentence throughout; `However, You may` is right."""
    text = (
        "This licence is granted to You by the county. The office sends You the forms, and if You "
        "lose them, the office gives You new ones. However, You may not sell them.\n"
    )
    assert findings_for(linter, text, "capitalised-clause-start") == []
    once = "The office sends You the forms. However, You may not sell them, and they stay with the office.\n"
    assert [f.text for f in findings_for(linter, once, "capitalised-clause-start")] == ["You"]
