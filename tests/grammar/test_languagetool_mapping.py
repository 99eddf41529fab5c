"""Reading LanguageTool answers, mapping them to mtfix rules, protecting names, deduplicating."""

from __future__ import annotations

import json

import pytest

from helpers import finding
from lt_server import DATA
from mtfix.grammar import mapping
from mtfix.grammar.dedupe import drop_backend_duplicates
from mtfix.grammar.names import protect_names
from mtfix.grammar.response import MAX_REPLACEMENTS, LtMatch, MalformedResponse, parse_check_response
from mtfix.grammar.rules import LT_RULES

RESPONSES = DATA / "responses"


def load(name: str):
    return json.loads((RESPONSES / name).read_text(encoding="utf-8"))


def lt(rule_id: str, category: str, start: int = 0, end: int = 1, replacements=()) -> LtMatch:
    return LtMatch(start, end, "message", tuple(replacements), rule_id, category)


def test_real_answer_is_read():
    (match,) = parse_check_response(load("issue-887-uppercase-sentence-start.json"), "a simple test")
    assert (match.start, match.end, match.rule_id, match.category_id) == (
        0,
        1,
        "UPPERCASE_SENTENCE_START",
        "CASING",
    )
    assert match.replacements == ("A",)
    assert match.issue_type == "typographical"
    assert mapping.rule_for(match, "a simple test") == mapping.CASE_SENTENCE


def test_real_answer_without_matches():
    assert (
        parse_check_response(load("issue-1430-no-matches.json"), "A sentence that is is a bit too long.")
        == []
    )


def test_replacements_are_capped_best_first():
    raw = load("language-tool-python-morfologik-match.json")
    (match,) = parse_check_response({"matches": [raw]}, "This is noot okay.")
    assert match.replacements[:3] == ("newt", "not", "new")
    assert len(match.replacements) == MAX_REPLACEMENTS
    assert mapping.rule_for(match, "This is noot okay.") == mapping.SPELLING


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"software": {}},
        {"matches": [{"offset": 0}]},
        {"matches": [{"offset": -1, "length": 1, "rule": {"id": "X", "category": {"id": "MISC"}}}]},
        {"matches": [{"offset": 0, "length": 99, "rule": {"id": "X", "category": {"id": "MISC"}}}]},
        {"matches": [{"offset": 0, "length": 1, "rule": {"id": 3, "category": {"id": "MISC"}}}]},
    ],
)
def test_malformed_answers_raise(payload):
    with pytest.raises(MalformedResponse):
        parse_check_response(payload, "short")


@pytest.mark.parametrize(
    ("rule_id", "category", "expected"),
    [
        ("MORFOLOGIK_RULE_EN_GB", "TYPOS", "lt-spelling"),
        ("MANY_NN", "GRAMMAR", "lt-grammar"),
        ("EN_A_VS_AN", "MISC", "lt-grammar"),
        ("SOME_NEW_RULE", "SOME_NEW_CATEGORY", "lt-grammar"),
        ("DOUBLE_PUNCTUATION", "PUNCTUATION", "lt-punct-doubled"),
        ("COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "lt-punct-spacing"),
        ("UNLIKELY_OPENING_PUNCTUATION", "PUNCTUATION", "lt-punct-spacing"),
        ("WHITESPACE_RULE", "TYPOGRAPHY", "lt-space-extra"),
        ("UPPERCASE_SENTENCE_START", "CASING", "lt-case-sentence"),
        ("EN_SPECIFIC_CASE", "CASING", "lt-case-proper"),
        ("ENGLISH_WORD_REPEAT_RULE", "MISC", "lt-word-doubled"),
        ("EN_UNPAIRED_QUOTES", "PUNCTUATION", "lt-quote-mismatch"),
        ("ENGLISH_WORD_REPEAT_BEGINNING_RULE", "REPETITIONS_STYLE", "lt-style"),
    ],
)
def test_mapping_by_rule_then_category(rule_id, category, expected):
    assert mapping.rule_for(lt(rule_id, category), "x") == expected


def test_a_spelling_match_fixed_by_a_space_is_a_glued_word():
    assert mapping.rule_for(lt("MORFOLOGIK_RULE_EN_US", "TYPOS", 0, 5, ["in the"]), "inthe") == mapping.GLUED
    assert (
        mapping.rule_for(lt("MORFOLOGIK_RULE_EN_US", "TYPOS", 0, 5, ["inter"]), "inthe") == mapping.SPELLING
    )


def test_every_mapped_rule_is_declared_with_examples():
    declared = {rule.id: rule for rule in LT_RULES}
    targets = {
        mapping.DEFAULT_RULE,
        mapping.GLUED,
        *mapping.BY_LT_RULE.values(),
        *mapping.BY_CATEGORY.values(),
    }
    assert targets <= set(declared)
    for rule in LT_RULES:
        assert len(rule.bad_examples) >= 2 and len(rule.good_examples) >= 2, rule.id


NAMES = {"Huicheng", "Qianxinan", "family"}


def test_spelling_match_on_a_name_is_dropped():
    text = "Officials from Huicheng met."
    match = lt("MORFOLOGIK_RULE_EN_US", "TYPOS", 15, 23, ["Hutching"])
    assert protect_names([(match, mapping.SPELLING)], text, NAMES.__contains__) == []


def test_suggestion_that_would_replace_a_name_is_dropped_from_other_matches():
    text = "huicheng Huicheng county"
    match = lt("SOME_CASE_RULE", "CASING", 9, 24, ["Huicheng County", "Hutching County"])
    ((kept, _),) = protect_names([(match, mapping.CASE_SENTENCE)], text, NAMES.__contains__)
    assert kept.replacements == ("Huicheng County",)
    only_bad = lt("SOME_CASE_RULE", "CASING", 9, 24, ["Hutching County"])
    ((kept, _),) = protect_names([(only_bad, mapping.CASE_SENTENCE)], text, NAMES.__contains__)
    assert kept.replacements == ()  # flag-only now


def test_lower_case_protected_words_do_not_block_grammar_fixes():
    text = "many family"
    match = lt("MANY_NN", "GRAMMAR", 0, 11, ["many families"])
    ((kept, _),) = protect_names([(match, mapping.GRAMMAR)], text, NAMES.__contains__)
    assert kept.replacements == ("many families",)


@pytest.mark.parametrize(
    ("engine", "backend", "dropped"),
    [
        (
            finding(5, 7, category="punct.doubled", source="rules"),
            finding(5, 7, category="punct.doubled", source="languagetool"),
            True,
        ),
        (
            finding(0, 10, category="space.glued", source="checks"),
            finding(0, 10, category="space.glued", source="languagetool"),
            True,
        ),
        (
            finding(0, 7, category="name.pinyin-camel", source="checks"),
            finding(0, 7, category="spelling", source="languagetool"),
            True,
        ),
        (
            finding(3, 5, category="punct.spacing", source="rules"),
            finding(4, 9, category="grammar", source="languagetool"),
            True,
        ),
        (
            finding(3, 5, category="punct.spacing", source="rules"),
            finding(4, 9, category="case.sentence", source="languagetool"),
            False,
        ),
        (
            finding(5, 7, category="punct.doubled", source="rules"),
            finding(8, 10, category="punct.doubled", source="languagetool"),
            False,
        ),
        (
            finding(5, 5, category="punct.spacing", source="rules"),
            finding(4, 6, category="punct.spacing", source="languagetool"),
            True,
        ),
    ],
)
def test_backend_finding_yields_to_an_overlapping_compatible_rule_finding(engine, backend, dropped):
    kept = drop_backend_duplicates([engine, backend])
    assert (backend not in kept) is dropped
    assert engine in kept
