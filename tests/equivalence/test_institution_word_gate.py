"""Institution names: read only in the blocks the document's words point to (a capital, then
connectors and parts holding a lower-case part, then a capital or `of` and a part, held to
the text), they are the names the plain walk from every part word finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from helpers import context_of, every_institution_chain
from mtfix.context import Resources
from mtfix.names.institution_blocks import gated_institution_names, role_marks, word_role
from mtfix.names.wordmarks import word_marks
from mtfix.wordindex import TokenWords, WordIndex

# Names around lower-case parts, with what may stand between their words (joiners, stops,
# quotes, breaks), possessives, parts in other cases, and letters that fold onto a part's.
GATE_PIECES = (
    *NAME_PIECES,
    *("Hefei", " academy", " of", " Sciences", "Ministry", " agriculture", " and", " for", " trade"),
    *(" Union", " unions", " reunion", " Bureau", " civil", " affairs", " people's", " people’s"),
    *(" hEALTH", " Health", " OF", " ﬁnance", " ſcience", " Über", " The", "The ", " said", " in"),
    *(". ", "; ", ": ", "? ", " “", "(", " -", "- ", "--", "-'", "'s", "’s", " s", "  ", "\n", "\t", "5"),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=24).map("".join))
@example("Experts of the Hefei academy of Sciences and the Bureau of- health met.")
@example("He met the Bureau ﬁnance Office; the Ministry of agriculture and people's Union came.")
@example("Hunan's health Bureau and the Ministry of hEALTH and- trade Union met.")
@example("He reported to the Ministry of agriculture on Monday.")
@example("We met the Bureau ﬁnance Office and health workers.")
@example("The Bureau trade and--health Office met.")
def test_names_read_in_the_gated_blocks_are_the_plain_walks(text: str) -> None:
    assert list(gated_institution_names(text)) == list(every_institution_chain(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(GATE_PIECES), max_size=16).map("".join), min_size=2, max_size=4))
def test_a_run_s_token_table_changes_nothing(texts: list[str]) -> None:
    """As a run reads documents: one token table for all of them."""
    table = TokenWords()
    for text in texts:
        index = WordIndex.of(text, table)
        assert list(gated_institution_names(text, index.words, role_marks(index.words))) == list(
            every_institution_chain(text)
        )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=24).map("".join))
def test_the_roles_that_come_with_the_word_marks_are_the_words_roles(resources: Resources, text: str) -> None:
    context = context_of(text, resources)
    assert word_marks(context).institution_roles == role_marks(context.words.words)


def test_roles_are_those_of_a_chain_s_words() -> None:
    roles = {word: word_role(word) for word in ["Hefei", "of", "and", "academy", "hEALTH", "ﬁnance", "said"]}
    assert roles["Hefei"] == 1 and roles["of"] == 4 and roles["and"] == 2
    assert roles["hEALTH"] == 2 and roles["ﬁnance"] == 3
    assert roles["academy"] >= 5 and roles["said"] is None
