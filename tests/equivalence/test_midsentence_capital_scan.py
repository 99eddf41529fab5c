"""Mid-sentence capitals: the candidate scan finds what the full scan finds."""

from __future__ import annotations

from hypothesis import given, settings

from equivalence.pieces import clause_texts as texts
from mtfix.checks import midsentence_capital


@settings(max_examples=400, deadline=None)
@given(texts)
def test_capital_candidates_are_those_of_the_full_scan(text):
    pattern = midsentence_capital.CANDIDATE
    expected = [match.span("word") for match in pattern.finditer(text)]
    words = {text[start:end] for start, end in expected}
    found = []
    for start, end, previous in sorted(midsentence_capital.occurrences(text, words)):
        match = pattern.match(text, previous)
        if match is not None and match.span("word") == (start, end):
            found.append((start, end))
    assert found == expected
