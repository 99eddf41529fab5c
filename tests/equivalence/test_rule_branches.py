"""A pattern opening with an alternation, matched branch by branch, gives the plain scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import engine_spans, plain_spans, probe_rule
from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.rulepack.matching.matcher import BranchStarts

BRANCHED = [
    r"(?:many[ ]+(?:doctor|nurse)|a[ ]+number[ ]+of[ ]+(?:doctor|nurse))\b",
    r"\b(?i:(?:various|numerous)[ ]+cit(?:y|ies)|an?[ ]+couple[ ]+of|the(?=[ ]+one))",
    r"(?<!\w)(?:the[ ]+(?:many|one)|(?:one|two)[ ]+of|\d+[ ]+items)[ ]+\w+",
    r"(?P<q>several|(?:a|one)[ ]+of[ ]+the)[ ]+\K(?:doctor|nurse)s?(?![\w-])",
]


BRANCH_PIECES = [*" .,\u00a0\n3", "many", "Many", "a", "A", "number", "of", "doctor", "nurse", "nurses"]


BRANCH_PIECES += ["various"]


BRANCH_PIECES += ["cities", "city", "an", "couple", "the", "The", "one", "two", "several", "x"]


BRANCH_PIECES += ["many doctor", "a number of nurse", "various cities", "an couple of", "the one x"]


BRANCH_PIECES += ["two of the", "3 items x", "several nurses", "one of the doctor", "A Number of"]


@pytest.mark.parametrize("pattern", BRANCHED)
def test_a_leading_alternation_is_read_branch_by_branch(pattern):
    assert probe_rule(pattern).analysis.branches is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BRANCH_PIECES), max_size=40))
def test_branch_candidates_give_the_plain_scan(pieces):
    text = "".join(pieces)
    for pattern in BRANCHED:
        rule = probe_rule(pattern)
        assert engine_spans(rule, text) == plain_spans(rule, text), pattern


def test_a_branch_whose_strings_are_absent_gives_no_candidates():
    rule = probe_rule(BRANCHED[0])
    text = "a doctor said many nurse and a nurse came"
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    branches = rule.analysis.branches
    assert branches is not None
    assert BranchStarts(branches, None).starts(context) == [text.index("many")]
