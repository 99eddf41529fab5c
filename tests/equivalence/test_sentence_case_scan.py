"""Sentence case: full stops and quoted sentence starts found by the shortcut scans are those
of the full scans they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import clause_texts as texts
from mtfix.checks import sentence_case

CASE_PIECES = [
    "Huaguo", "Township", "of", "county", "Center", "Town", "ABc", "aB", "Éa", "x'", "’", "-", "well-known",
    " ", "  ", "\n", ".", '"', "“", "(", ")", "A", "b", "Z", "é", "É", "ß", "ª", "Ǆ", "ǅ", "1", "\u00a0",
    "Abcdefghijklm", "Abcdefghijkl", "in", "the",
]  # fmt: skip


CASE_TEXTS = st.lists(st.sampled_from(CASE_PIECES), max_size=40).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


@settings(max_examples=600, deadline=None)
@given(CASE_TEXTS)
def test_full_stops_before_other_letters_are_those_of_the_full_scan(text: str) -> None:
    expected = [
        match.span()
        for match in sentence_case.AFTER_FULL_STOP.finditer(text)
        if text[match.start("letter")] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    ]
    found = [match.span() for match in sentence_case.AFTER_FULL_STOP_NOT_ASCII_CAPITAL.finditer(text)]
    assert found == expected


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from([*CASE_PIECES, "!", "?", "”", "’", "‘", "“", "!”", "? ("]), max_size=40).map(
        "".join
    )
)
def test_stops_found_mark_by_mark_are_those_of_the_scan_for_all_marks(text: str) -> None:
    expected = [
        (match.span(), match.groupdict())
        for match in sentence_case.AFTER_FULL_STOP_NOT_ASCII_CAPITAL.finditer(text)
    ]
    found = [(match.span(), match.groupdict()) for match in sentence_case.stops_before_other_letters(text)]
    assert found == expected


@settings(max_examples=400, deadline=None)
@given(texts)
def test_quoted_starts_are_those_of_the_full_scan(text):
    expected = [match.span() for match in sentence_case.QUOTED.finditer(text)]
    assert [match.span() for match in sentence_case.quoted(text)] == expected


def test_stops_of_every_mark_are_found_in_text_order() -> None:
    text = "It rose! the ward opened. the staff came? yes. Then it ended! all of it."
    found = [match.start() for match in sentence_case.stops_before_other_letters(text)]
    assert found == [
        match.start() for match in sentence_case.AFTER_FULL_STOP_NOT_ASCII_CAPITAL.finditer(text)
    ]
    assert [text[start] for start in found] == ["!", ".", "?", "!"]
