"""Glossary renderings: every anchor found in one automaton pass, unfiltered by the document's
words, gives the spans the anchors of the renderings those words can hold give (one `str.find`
pass each), which are the spans of the full pattern of them all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import context_of
from mtfix.checks.glossary_terms import Renderings
from mtfix.context import Resources
from mtfix.names.glossary import GlossaryEntry, glossary
from mtfix.verdicts import RunMemory

SETTINGS = settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def renderings(resources: Resources) -> Renderings:
    return Renderings.of(glossary(resources))


# Renderings and their words, glued or apart, the words inside longer words (`xi` in `xinhua`),
# apostrophes both ways, and characters the automaton or the lower-cased text cannot take.
PIECES = (
    *("Health and Health Commission", "health and family planning", "WeiJianWei", "weijian", "Xi", "xi"),
    *("Xinhua", "xinhua news agency", "people", "People's", "people’s", "daily", "Daily", "all", "All"),
    *("all-china", "Bo", "bo", "pan", "Uber", "state", "State Council", "new year", "New Year", "medical"),
    *("co", "Co.", "Chinese People", "communist party of china", "supreme people's court", "national"),
    *("bureau", "Bureau", "health", "healthy", "commission", "the", "of", " ", " ", "  ", "-", "'", "’"),
    *(".", ",", "\n", "s", "x", "é", "中", "K", "ſ", "\ud800"),
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


def _prefiltered_spans(renderings: Renderings, text: str, resources: Resources) -> list[tuple[int, int]]:
    """The spans found from the prefiltered anchors (the scan the automaton pass replaced)."""
    context = context_of(text, resources)
    folded = context.folded_text
    if folded is None or renderings.anchors is None:
        return [match.span() for match in renderings.full_pattern().finditer(text)]
    memory = RunMemory()
    found = renderings.prefiltered_starts(folded, context.words.distinct, memory)
    return list(renderings.spans_at(text, folded, found, memory))


@SETTINGS
@given(TEXTS)
@example("The WeiJianWei and the Health and Health Commission of Xinhua met all People’s Daily staff.")
@example("xi\ud800 health and health commission")
def test_anchor_automaton_finds_the_prefiltered_spans(
    renderings: Renderings, resources: Resources, text: str
) -> None:
    context = context_of(text, resources)
    spans = list(renderings.spans(text, context.folded_text, context.words.distinct))
    assert spans == _prefiltered_spans(renderings, text, resources)
    assert spans == [match.span() for match in renderings.full_pattern().finditer(text)]


# Two anchors at one offset (`health`, `healthy`), and renderings past ASCII after an anchor.
SMALL_TABLE = {
    "health's bureau": GlossaryEntry("", "Health Bureau", ("health's bureau",)),
    "healthy": GlossaryEntry("", "Healthy", ("healthy",)),
    "healthy city office": GlossaryEntry("", "Healthy City Office", ("healthy city office",)),
    "bureau café": GlossaryEntry("", "Bureau Cafe", ("bureau café",)),
}
SMALL_PIECES = (
    "health",
    "Health",
    "healthy",
    "'s",
    "’s",
    "bureau",
    "city",
    "office",
    "café",
    "CAFÉ",
    " ",
    "-",
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SMALL_PIECES), max_size=14).map("".join))
def test_anchor_automaton_on_a_small_table(resources: Resources, text: str) -> None:
    renderings = Renderings(SMALL_TABLE)
    context = context_of(text, resources)
    spans = list(renderings.spans(text, context.folded_text, context.words.distinct))
    assert spans == _prefiltered_spans(renderings, text, resources)
