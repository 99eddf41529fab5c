"""The rule engine's shortcuts (anchors, required strings, token trigrams, deferred
compilation) must give exactly the findings of one plain `finditer` scan per rule."""

from __future__ import annotations

import string

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.errors import RuleError
from mtfix.linter import Linter
from mtfix.rulepack.anchors import leading_literals
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import DeferredPattern
from mtfix.rulepack.loader import build_rule
from mtfix.rulepack.matching.matcher import BranchStarts
from mtfix.rulepack.matching.structure import read
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.shape import EXTRA_CASES, Shape, Step

PIECES = [
    *"aAnNtT .,;:!?()\u00a0\t\n\u3000-'’\"”",
    "the",
    "The",
    "staffs",
    "medical",
    "many",
    "hospital",
    "facility",
    "a",
    "an",
    "An",
    "university",
    "hour",
    "talked",
    "waiting",
    "despite",
    "of",
    "more",
    "better",
    "than",
    "several",
    "doctor",
    "datas",
    "equipments",
    "Releasetime",
    "ſ",
    "İ",
    "K",
    "number",
    "various",
    "one",
    "city",
]


def _rules() -> list[PatternCheck]:
    linter = Linter(Resources(Settings()))
    return [check for check in linter.checks if isinstance(check, PatternCheck)]


RULES = _rules()


def _plain(rule: PatternCheck, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in rule.rule.compiled().finditer(text)]


def _engine(rule: PatternCheck, text: str) -> list[tuple[int, int]]:
    """The matches of the rule's chosen matcher (gates, candidates, fallback scan)."""
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    return [match.span() for match in rule.matches(context)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_every_shortcut_gives_the_plain_scan(pieces):
    text = "".join(pieces)
    for rule in RULES:
        assert _engine(rule, text) == _plain(rule, text), rule.id


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_examples_give_the_plain_scan(rule):
    texts = [bad.text for bad in rule.info.bad_examples] + list(rule.info.good_examples)
    for text in [*texts, " ".join(texts), "\n\n".join(texts) * 5]:
        assert _engine(rule, text) == _plain(rule, text)


def test_a_leading_run_anchors_on_its_last_character_and_the_literal():
    anchors = leading_literals(r"(?<=\w)[ \t]+,(?!\d)")
    assert anchors is not None and set(anchors.literals) == {" ,", "\t,"} and anchors.run == {" ", "\t"}


def test_a_lookahead_extends_the_literals():
    anchors = leading_literals(r"(?<![\w-])(?:a|A)(?=[ ]+[aeiou])")
    assert anchors is not None and set(anchors.literals) == {"a ", "A "}


def test_a_leading_literal_is_left_to_regex():
    assert leading_literals(r"\.(?=\p{Lu})") is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?i:big|small)[ ]+staffs\b", {" staffs"}),
        (r"(?<=despite )of\b", {"despite "}),
        (r"talk(?:ed|ing)?", {"talk"}),
    ],
)
def test_required_strings(pattern, expected):
    found = required_strings_in(read(pattern))
    assert found is not None and found[0] == frozenset(expected)


def test_patterns_compile_on_first_use():
    rule = next(check.rule for check in RULES if isinstance(check.rule.pattern, DeferredPattern))
    assert rule.pattern.pattern and rule.compiled() is rule.compiled()


def _rule_data(pattern: str) -> dict:
    return {
        "id": "probe",
        "category": "punct.spacing",
        "severity": "warning",
        "applicability": "none",
        "description": "d",
        "message": "m",
        "pattern": pattern,
        "examples": {"bad": [{"text": "a b"}, {"text": "c d"}], "good": ["x", "y"]},
    }


@pytest.mark.parametrize("pattern", [r"(unclosed", r"\p{NoSuchProperty}x", r"(?&missing)", r"a{2,1}"])
def test_a_bad_pattern_is_still_refused_at_load(pattern):
    with pytest.raises(RuleError, match="bad pattern"):
        build_rule(_rule_data(pattern), "probe.toml")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_a_shape_admits_every_position_the_pattern_matches_at(pieces):
    text = "".join(pieces)
    for rule in RULES:
        shape = rule.analysis.shape
        if shape is None:
            continue
        match_at = rule.rule.compiled().match
        for position in range(len(text) + 1):
            if match_at(text, position) is not None:
                assert shape.admits(text, position), (rule.id, position)


SHAPES = [rule.analysis.shape for rule in RULES if rule.analysis.shape is not None] + [
    branch.shape for rule in RULES for branch in rule.analysis.branches or () if branch.shape is not None
]
SHAPES += [
    Shape((Step(frozenset("ab")), Step(None), Step(frozenset(" \n"), 0, run=True), Step(frozenset("-]^\\")))),
    Shape((Step(frozenset("a")), Step(frozenset()))),
    Shape((Step(frozenset(" "), 2, run=True),)),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "\n", "-", "]", "^", "\\", "ab", "a\n-"]), max_size=40))
def test_a_shape_admits_the_same_positions_through_its_compiled_matcher(pieces):
    text = "".join(pieces)
    positions = range(len(text) + 2)
    for shape in SHAPES:
        assert shape.admitted(text, positions) == [p for p in positions if shape.admits(text, p)], shape


def test_a_shape_drops_an_article_before_a_consonant():
    rule = next(rule for rule in RULES if rule.id == "a-before-vowel")
    shape = rule.analysis.shape
    assert shape is not None
    text = "a  building and a  orphanage"
    assert shape.admitted(text, [0, 16]) == [16]


def test_case_variants_are_those_regex_folds():
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter in string.ascii_lowercase:
        folded = set(regex.findall(f"(?i){letter}", every))
        assert folded == {letter, letter.upper(), *EXTRA_CASES.get(letter, "")}, letter


WORD_PIECES = [
    *" \u00a0-'’.,3_",
    "the",
    "The",
    "THE",
    "s",
    "S",
    "an",
    "Xi'an",
    "well",
    "known",
    "Known",
    "ok",
    "o\u212a",
    "\u017fo",
    "so",
    "\u0130t",
    "it",
    "caf\u00e9",
    "CAF\u00c9",
    "\u2161",
    "\u2171",
    "\u0301",
    "\u4e2d",
]
REPEATED = [rule for rule in RULES if rule.rule.prefilter == "repeated-word"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=40))
def test_repeated_word_candidates_give_the_plain_scan(pieces):
    text = "".join(pieces)
    for rule in REPEATED:
        assert _engine(rule, text) == _plain(rule, text), rule.id


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORD_PIECES), max_size=20).map("".join), max_size=4))
def test_repeated_word_candidates_with_a_run_memory_give_the_plain_scan(texts):
    resources = Resources(Settings())  # shared, as in a run: per-token verdicts carry over
    for text in texts:
        context = CheckContext(Document(text, "t.txt"), resources)
        for rule in REPEATED:
            assert [match.span() for match in rule.matches(context)] == _plain(rule, text), rule.id


def test_the_doubled_word_rule_declares_its_prefilter():
    assert [rule.id for rule in REPEATED] == ["doubled-word"]


def test_an_unknown_prefilter_is_refused_at_load():
    with pytest.raises(RuleError, match="unknown prefilter"):
        build_rule({**_rule_data(r"\b(\w+) \1"), "prefilter": "no-such"}, "probe.toml")


@pytest.mark.parametrize(
    "text",
    [
        "The hospital in Xi'an's s district opened.",
        "Zhang’s s plan",
        "a well-known known expert and the the-best plan",
        "the The THE the",
        "ok o\u212a and \u017fo so and it \u0130t",
        "caf\u00e9 caf\u00e9 and CAF\u00c9 caf\u00e9",
        "chapter \u2161 \u2171 and the\u2161 the\u2171, a\u2161b a\u2171b",
        "3the the 3 the the_ the",
        "\u4e2d the the\u4e2d the",
    ],
)
def test_repeated_word_edge_cases_give_the_plain_scan(text):
    for rule in REPEATED:
        assert _engine(rule, text) == _plain(rule, text)


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
    assert build_rule(_rule_data(pattern), "probe.toml").analysis.branches is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BRANCH_PIECES), max_size=40))
def test_branch_candidates_give_the_plain_scan(pieces):
    text = "".join(pieces)
    for pattern in BRANCHED:
        rule = build_rule(_rule_data(pattern), "probe.toml")
        assert _engine(rule, text) == _plain(rule, text), pattern


def test_a_branch_whose_strings_are_absent_gives_no_candidates():
    rule = build_rule(_rule_data(BRANCHED[0]), "probe.toml")
    text = "a doctor said many nurse and a nurse came"
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    branches = rule.analysis.branches
    assert branches is not None
    assert BranchStarts(branches, None).starts(context) == [text.index("many")]


MANY_STRINGS = frozenset({"of The", "in The", "to The", "at The", "by The", "and The", "or\u00a0The", "xyz"})


HELD_PIECES = [*" \u00a0", "of", "in", "to", "and", "The", "the", "xyz", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(HELD_PIECES), max_size=30))
def test_a_large_required_set_is_held_exactly_when_one_string_occurs(pieces):
    from mtfix.rulepack.occurrences import Occurrences

    text = "".join(pieces)
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    occurrences = Occurrences(context)
    assert occurrences.holds_any(MANY_STRINGS, False) == any(string in text for string in MANY_STRINGS)


INDEX_PIECES = [*PIECES, "aa", "\U0001f600", "\u4e2d", "é", "of The", "  "]
INDEXED = [
    "aa",
    "aaa",
    "a ",
    "an ",
    "An\u00a0",
    " ,",
    "of The",
    "The",
    "the",
    "\U0001f600a",
    "\u4e2d ",
    "é",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(INDEX_PIECES), max_size=60))
def test_the_literal_index_gives_the_offsets_of_str_find(pieces):
    from mtfix.rulepack.anchors import find_all
    from mtfix.rulepack.literal_index import LiteralIndex

    text = "".join(pieces)
    index = LiteralIndex(INDEXED, [literal.lower() for literal in INDEXED])
    assert "x" not in index.exact  # one character: left to `str.find`
    for folded, searched in ((False, text), (True, text.lower())):
        found = index.find(searched, folded)
        assert found is not None
        for literal in index.literals(folded):
            assert found.get(literal, []) == find_all(searched, literal, len(searched)), literal


def test_rules_loaded_together_share_one_literal_index():
    indexes = {id(rule.index) for rule in RULES}
    assert len(indexes) == 1 and RULES[0].index is not None


@pytest.mark.parametrize("text", ["many doctor \ud800 said , a equipments", "\ud800"])
def test_a_text_the_automaton_cannot_take_is_searched_literal_by_literal(text):
    from mtfix.rulepack.literal_index import LiteralIndex

    assert LiteralIndex(["many "], []).find(text, False) is None
    for rule in RULES:
        assert _engine(rule, text) == _plain(rule, text), rule.id
