"""Anchored matching (trying a pattern only where its leading literals occur) must give
exactly the matches of a plain scan, for every built-in rule and for tricky texts."""

from __future__ import annotations

import pytest

from helpers import pattern_checks
from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.rulepack.anchors import leading_literals
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.matching.matcher import AnchorStarts, matches_at, scan
from mtfix.rulepack.structure import read
from mtfix.text import folded_text

TEXTS = (
    "Many hospital were built , and several doctor has visited various village in the county .",
    "The officials said that that the equipments and informations were sent to the the township.",
    "Those staffs paid attention the problem,, and an university student listen the report!!",
    "A Ministry of Health expert participated the meeting ; a number of school closed .. Then  it rained.",
    "\u017fome ſtrange İstanbul text with MANY HOSPITAL and Kelvin \u212a signs , more better results.",
    "Releasetime: 2021-03-04 Clickcount: 12 > Home > News ( photo ) ( report )",
)


def _spans(rule: PatternCheck, text: str, anchored: bool) -> list[tuple[int, int]] | None:
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    if anchored:
        anchors = rule.analysis.anchors
        assert anchors is not None
        starts = AnchorStarts(anchors, rule.analysis.shape, rule.index).starts(context)
        found = None if starts is None else matches_at(rule.rule, context, starts)
        return None if found is None else [match.span() for match in found]
    return [match.span() for match in scan(rule.rule, context)]


@pytest.mark.parametrize(
    "rule", [r for r in pattern_checks() if r.analysis.anchors is not None], ids=lambda r: r.id
)
def test_anchored_matches_equal_a_plain_scan(rule: PatternCheck) -> None:
    texts = list(TEXTS) + [example.text for example in rule.info.bad_examples] + list(rule.info.good_examples)
    for text in [*texts, " ".join(texts), "\n\n".join(texts) * 3]:
        anchored = _spans(rule, text, anchored=True)
        if anchored is not None:
            assert anchored == _spans(rule, text, anchored=False), text


def test_leading_literals() -> None:
    anchors = leading_literals(r"(?<![\w-])(?i:many|several)[ ]+\w+")
    assert anchors is not None and anchors.folded and set(anchors.literals) == {"many ", "several "}
    assert leading_literals(r"\w+ing") is None  # no literal start
    assert leading_literals(r"(?:a|b*)c") is None  # a branch may start anywhere
    assert leading_literals(r"(?i:\u03c3)x") is None  # non-ASCII folding is not modelled


def test_folded_text_refuses_unsafe_characters() -> None:
    assert folded_text("Many Hospitals") == "many hospitals"
    assert folded_text("\u017fome") is None
    assert folded_text("\u0130stanbul") is None


def test_repeated_group_names_are_analysed() -> None:
    # `regex` allows a name once per branch; the analysis renames the repeats, not escapes or sets.
    anchors = leading_literals(r"(?P<w>an)(?=[ ](?P<n>U))|(?P<w>An)(?=[ ](?P<n>E))")
    assert anchors is not None and set(anchors.literals) == {"an U", "An E"}
    assert leading_literals(r"[(?P<a>](?P<a>x)|(?P<a>y)") is None  # a set leads: no literal start
    assert read(r"\(?P<a>(?P<a>b)") is not None


def test_article_name_rule_is_anchored() -> None:
    rule = next(rule for rule in pattern_checks() if rule.id == "an-before-consonant-name")
    anchors = rule.analysis.anchors
    assert anchors is not None and "an " in anchors.literals
