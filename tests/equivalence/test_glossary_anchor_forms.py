"""Glossary anchors past the first word: an anchor runs on through digits, spaces, hyphens
and one apostrophe (searched for as `'` and as `’`), and the spans found from such anchors
are the spans of the full pattern of the renderings, in the automaton pass and in the
prefiltered one alike."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import context_of
from mtfix.checks.glossary_terms import Renderings, anchor_forms, rendering_layout
from mtfix.context import Resources
from mtfix.names.glossary import GlossaryEntry
from mtfix.verdicts import RunMemory


def _entry(wrong: str, right: str) -> GlossaryEntry:
    return GlossaryEntry("", right, (wrong,))


# Anchors that hold a hyphen, an apostrophe, a digit or two apostrophes; one anchor that
# begins another's rendering (`people's` / `people's bureau of g20`); one first word with two
# anchors (`xi'an` / `xi-an`).
TABLE = {
    "xi'an jiaotong university": _entry("xi'an jiaotong university", "Xi'an Jiaotong University"),
    "xi-an office": _entry("xi-an office", "Xi'an Office"),
    "all-china youth league": _entry("all-china youth league", "All-China Youth League"),
    "people's": _entry("people's", "People's"),
    "people's bureau of g20": _entry("people's bureau of g20", "G20 People's Bureau"),
    "bo'ao forum's hall": _entry("bo'ao forum's hall", "Bo'ao Forum Hall"),
    "pan-asia 2 games": _entry("pan-asia 2 games", "Pan-Asian Games"),
}
PIECES = (
    *("xi", "Xi", "XI", "'an", "’an", "-an", "an", "jiaotong", "Jiaotong", "university", "office"),
    *("all", "All", "-china", "-China", "china", "youth", "League", "people", "People", "'s", "’s"),
    *("bureau", "of", "g20", "G20", "bo", "Bo", "'ao", "’ao", "forum", "hall", "pan", "-asia", "2", "games"),
    *("taxi", "small", " ", " ", "  ", "-", "'", "’", ".", "x", "é", "\n"),
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


def _full_spans(renderings: Renderings, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in renderings.full_pattern().finditer(text)]


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS)
@example("Staff of Xi’an Jiaotong University met the People’s Bureau of G20 at the Bo’ao Forum’s Hall.")
@example("A taxi-an office, the ALL-CHINA YOUTH LEAGUE and the Pan-Asia 2 Games.")
@example("Guests of the Bo’ao Forum's Hall and the bo'ao forum’s hall.")
def test_long_anchors_give_the_spans_of_the_full_pattern(resources: Resources, text: str) -> None:
    renderings = Renderings(TABLE)
    context = context_of(text, resources)
    folded = context.folded_text
    spans = list(renderings.spans(text, folded, context.words.distinct))
    assert spans == _full_spans(renderings, text)
    if folded is not None:
        memory = RunMemory()
        found = renderings.prefiltered_starts(folded, context.words.distinct, memory)
        assert list(renderings.spans_at(text, folded, found, memory)) == spans


def test_an_anchor_runs_past_hyphens_and_one_apostrophe() -> None:
    _, anchors, _, _ = rendering_layout(list(TABLE))
    assert anchors is not None
    assert set(anchors["xi"]) == {"xi'an jiaotong university", "xi-an office"}
    assert anchors["people"] == ("people's",)
    assert anchors["bo"] == ("bo'ao forum",)  # a second apostrophe ends the anchor
    assert anchor_forms("bo'ao forum") == ("bo'ao forum", "bo’ao forum")
    assert anchor_forms("pan-asia 2 games") == ("pan-asia 2 games",)
