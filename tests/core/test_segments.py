"""Very long plain text is checked segment by segment with the same findings at the same offsets."""

from __future__ import annotations

import itertools

from mtfix.document import Document
from mtfix.segments import segments

PARAGRAPH = "The public,watched the ceremony, , and left.Officials met them.\n\n"


def test_segments_cover_the_text_in_order_and_end_at_paragraphs():
    text = PARAGRAPH * 50
    spans = segments(text, size=500)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    assert all(text[:end].endswith("\n\n") for _, end in spans[:-1])
    assert all(end - start <= 500 for start, end in spans)


def test_unbroken_text_is_still_cut():
    spans = segments("x" * 1050, size=500)
    assert spans == [(0, 500), (500, 1000), (1000, 1050)]


def test_a_long_document_gives_the_findings_of_its_paragraphs(linter):
    copies = 1_000_000 // len(PARAGRAPH) + 50
    text = PARAGRAPH * copies
    whole = linter.check(Document(text, path="long.txt")).findings
    one = linter.check(Document(PARAGRAPH, path="one.txt")).findings
    assert len(whole) == len(one) * copies
    for finding in whole[-len(one) :]:
        assert text[finding.start : finding.end] == finding.text
    last_offset = len(PARAGRAPH) * (copies - 1)
    assert [(f.rule, f.start - last_offset) for f in whole[-len(one) :]] == [(f.rule, f.start) for f in one]
