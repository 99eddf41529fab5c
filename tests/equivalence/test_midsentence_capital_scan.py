"""Mid-sentence capitals: the candidate scan finds what the full scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks import midsentence_capital

PIECES = [
    "said",
    "says",
    "say",
    "pointed out",
    "stressed",
    "the",
    "He",
    "county",
    "Center",
    "vice",
    "President",
    "Town",
    "well-known",
    "x'",
    "’",
    "-",
    ",",
    ":",
    ";",
    " ",
    "  ",
    "\u00a0",
    "\n",
    '"',
    "“",
    "”",
    "by",
    "we",
    "We",
    "é",
    "Éa",
    "1",
    ".",
    "——",
    "—",
    "……",
    "…",
    "，",
    "（",
    "Ａ",
]


# Whole phrases that match, so the scans are tried on hits as well as near misses.
PHRASES = ['said, "we', "added: “by", 'says,"so', "county Center in", "the vice President of", "a Town."]


texts = st.lists(st.sampled_from(PIECES + PHRASES), max_size=40).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


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
