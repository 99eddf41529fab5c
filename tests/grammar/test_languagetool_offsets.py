"""Paragraph batching and UTF-16 -> code-point offsets, unit and end to end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lt_server import LoopbackServer
from mtfix.config import GrammarSettings, Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.grammar import batching
from mtfix.grammar.batching import Segment, Utf16Offsets
from mtfix.linter import Linter


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from("ab \n😀𝒞中é")))
def test_utf16_boundaries_map_to_code_points(text):
    offsets = Utf16Offsets(text)
    assert offsets.units == utf16_units(text)
    for index in range(len(text) + 1):
        units = utf16_units(text[:index])
        assert offsets.start(units) == index
        assert offsets.end(units) == index


def test_offset_inside_a_surrogate_pair_snaps_outward():
    offsets = Utf16Offsets("a😀b")  # units: a=0, 😀=1..2, b=3
    assert offsets.start(2) == 1  # start inside the emoji: the emoji
    assert offsets.end(2) == 2  # end inside the emoji: after it


def test_segments_are_paragraphs_with_exact_offsets():
    text = "First line\nstill first paragraph.\n\n\n  \nSecond paragraph.\r\n\r\nThird 😀.\n"
    found = batching.segments(text, 4000)
    assert [s.text for s in found] == ["First line\nstill first paragraph.", "Second paragraph.", "Third 😀."]
    for segment in found:
        assert text[segment.start : segment.end] == segment.text


def test_a_long_paragraph_is_cut_at_line_ends():
    lines = [f"Line {n} of a hard-wrapped paragraph." for n in range(10)]
    text = "\n".join(lines)
    found = batching.segments(text, 100)
    assert len(found) > 1
    assert all(len(s.text) <= 100 for s in found)
    assert "\n".join(s.text for s in found) == text


def test_group_packs_segments_up_to_the_budget():
    pieces = [Segment(i * 100, "x" * 40) for i in range(5)]
    batches = batching.group(pieces, 100)
    assert [len(b) for b in batches] == [2, 2, 1]  # 40 + 2 + 40 fits, a third would not


def test_locate_rejects_a_span_across_the_separator():
    batch = [Segment(0, "abc"), Segment(10, "defg")]
    text, starts = batching.joined(batch)
    assert text == "abc\n\ndefg"
    assert batching.locate(starts, batch, 5, 7) == (1, 0)
    assert batching.locate(starts, batch, 2, 6) is None


@pytest.fixture(scope="module")
def server():
    with LoopbackServer() as running:
        yield running


def test_astral_characters_before_matches_across_paragraphs(server):
    text = (
        "🎉🎉 Celebrations 𝒞 began as the goverment opened the road.\n\n"
        "😀 Residents said the delegation recieved 🌅 a warm welcome.\n"
    )
    linter = Linter(
        Resources(
            Settings(
                grammar=GrammarSettings(backend="languagetool", server=server.url), select=("lt-spelling",)
            )
        )
    )
    findings = linter.check(Document(text, path="<astral>")).findings
    assert [(f.text, text[f.start : f.end]) for f in findings] == [
        ("goverment", "goverment"),
        ("recieved", "recieved"),
    ]
    sent = server.check_requests[-1]["text"]
    assert "\n\n" in sent  # both paragraphs went in one request


def test_real_answer_with_astral_offset_is_mapped_to_the_word():
    import json

    from lt_server import DATA
    from mtfix.grammar.response import parse_check_response

    text = "𝒞𝒞𝒞𝒫 was the akronym of a country."
    payload = json.loads((DATA / "responses" / "issue-11361-astral-offset.json").read_text(encoding="utf-8"))
    (match,) = parse_check_response(payload, text)
    assert text[match.start : match.end] == "akronym"
    assert (match.start, match.end) == (13, 20)
