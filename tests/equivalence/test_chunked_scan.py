"""Chunked scanning (each chunk with its own timeout) finds exactly the matches of one scan
over the whole text."""

from __future__ import annotations

import itertools
import sys

import regex

from helpers import ROOT
from mtfix.context import CheckContext, split_chunks
from mtfix.document import Document
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import PatternRule

sys.path.insert(0, str(ROOT / "bench"))
from corpus import DraftGenerator, sample_sentences

from helpers import pattern_checks


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
    for rule in pattern_checks(linter):
        whole = [m.span() for m in rule.rule.pattern.finditer(text)]
        assert [m.span() for m in rule.matches(context)] == whole, rule.id


def test_chunked_scan_keeps_matches_that_cross_a_chunk_end(linter):
    rule = next(r for r in pattern_checks(linter))
    text = "ab" * 10
    crossing = PatternCheck.of(PatternRule(rule.info, regex.compile(r"b(?:ab){3}"), "m"))
    context = CheckContext(Document(text, "<t>"), linter.resources)
    context.__dict__["chunks"] = split_chunks(text, size=4)
    assert [m.span() for m in crossing.matches(context)] == [
        m.span() for m in crossing.rule.pattern.finditer(text)
    ]
