"""Engine speed-ups change nothing: required-character prefilters are sound and chunked
scanning finds exactly the matches of one scan over the whole text."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.context import CheckContext, split_chunks
from mtfix.document import Document
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import PatternRule
from mtfix.rulepack.literals import required_characters

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpus import DraftGenerator, sample_sentences  # noqa: E402


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r",(?:\s*,)+", {","}),
        (r"(?<=[\p{Latin}\d)\]])[ \t]+,(?!\d)", {","}),
        (r"(?P<open>\()[ \t]+|[ \t]+(?P<close>\))", {"(", ")"}),
        (r"(?<=\p{L})(?: >(?=\p{L})|>(?<!<[^<>\n]{0,40}>) (?=\p{L}))", {">"}),
        (r"[，。：]+", {"，", "。", "："}),
        (r"(?i)k;", {";"}),
        (r"(?i:ab)c", {"c"}),
        (r"\\p{x}", {"\\"}),
        (r"x{0,3}y", {"y"}),
    ],
)
def test_required_characters(pattern, expected):
    assert required_characters(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [r"a?b*", r"\p{Han}+", r"[[:alpha:]]", r"(?i)k", r"[^,]+", r"\w+", r"(?<name>x)", r"(?:,|\s)", r"a|"],
)
def test_no_prefilter_when_unsure(pattern):
    assert required_characters(pattern) is None


def pattern_rules(linter) -> list[PatternCheck]:
    return [check for check in linter.checks if isinstance(check, PatternCheck)]


CHARACTERS = "aAkKtT .,;:!?()[]<>\"'“”‘’，。：；！？（）、\u3000\u00a0\t\n0123河-&@/"
ALPHABET = [*CHARACTERS, "the", "The", "www."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40))
def test_prefilter_never_skips_a_text_a_rule_matches(linter, pieces):
    text = "".join(pieces)
    for rule in pattern_rules(linter):
        required = rule.analysis.required
        if required is not None and rule.rule.pattern.search(text):
            assert any(character in text for character in required), rule.id


def test_every_rule_with_a_prefilter_still_flags_its_bad_examples(linter):
    for rule in pattern_rules(linter):
        required = rule.analysis.required
        for bad in rule.info.bad_examples:
            if rule.rule.pattern.search(bad.text):
                assert required is None or any(c in bad.text for c in required), rule.id


def test_chunks_cover_the_text_in_order():
    text = ("A paragraph of some length.\n\n" * 50) + "x" * 3000
    chunks = split_chunks(text, size=500)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chunks))
    assert all(text[end - 1] == "\n" for _, end in chunks[:-1] if end < len(text) - 3000)
    assert split_chunks("short") == ((0, 5),)


def test_chunked_scan_equals_one_scan(linter):
    generator = DraftGenerator(sample_sentences(ROOT / "samples"), seed=3)
    text = "\n\n".join(generator.document(400) for _ in range(6))
    context = CheckContext(Document(text, "<bench>"), linter.resources)
    context.__dict__["chunks"] = split_chunks(text, size=700)  # many chunks, cut mid-paragraph too
    assert len(context.chunks) > 5
    for rule in pattern_rules(linter):
        whole = [m.span() for m in rule.rule.pattern.finditer(text)]
        assert [m.span() for m in rule.matches(context)] == whole, rule.id


def test_chunked_scan_keeps_matches_that_cross_a_chunk_end(linter):
    rule = next(r for r in pattern_rules(linter))
    text = "ab" * 10
    crossing = PatternCheck.of(PatternRule(rule.info, regex.compile(r"b(?:ab){3}"), "m"))
    context = CheckContext(Document(text, "<t>"), linter.resources)
    context.__dict__["chunks"] = split_chunks(text, size=4)
    assert [m.span() for m in crossing.matches(context)] == [
        m.span() for m in crossing.rule.pattern.finditer(text)
    ]
