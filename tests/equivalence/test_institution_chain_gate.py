"""Institution names: the chains skipped without reading their words (no part word with a
capital before it and a capital or `of` after) are chains whose words give no fix, so the
names found equal those of reading every chain that holds a part and a capital."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from helpers import every_institution_chain
from mtfix.names.institutions import institution_names

# Names with lower-case parts on either side of their capitals, `of` before a part, and
# letters that fold to a part's (`ﬁ`, `ſ`) or take a capital's place in no ASCII text.
GATE_PIECES = (
    *NAME_PIECES,
    *(" Hefei academy of Sciences", " Ministry of agriculture", "Banner trade Union", " of ", "of-"),
    *(" Bureau", " health", " trade", " Union", " ﬁnance", " ſcience", " Über", " the ", " said"),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=20).map("".join))
@example("Experts of the Hefei academy of Sciences and the Bureau of- health met.")
@example("The Bureau ﬁnance Office and the Museum ſcience Hall opened the office.")
def test_institution_names_skip_only_chains_without_a_fix(text: str) -> None:
    assert list(institution_names(text)) == list(every_institution_chain(text))
