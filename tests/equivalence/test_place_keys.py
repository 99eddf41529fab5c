"""Gazetteer keys: the syllables joined and lower-cased give the key that romanising them,
case-folding and dropping apostrophes gives (`Place.key`'s plain reading)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.names.gazetteer import gazetteer, place_key, romanise


def _plain_key(syllables: tuple[str, ...]) -> str:
    """The written name, case-folded, without its apostrophes."""
    return romanise(syllables).casefold().replace("'", "")


# Pinyin syllables, vowel-initial ones (an apostrophe before them), capitals, an apostrophe
# inside a syllable, and non-ASCII letters whose capital folds differently (ß, ı, ǅ, ü).
SYLLABLES = st.lists(
    st.one_of(
        st.sampled_from(("xi", "an", "e", "ou", "shi", "jing", "lü", "Zhang", "ß", "ı", "ǅa", "a'b", "")),
        st.text(max_size=4),
    ),
    max_size=4,
).map(tuple)


@settings(max_examples=2000, deadline=None)
@given(SYLLABLES)
@example(("xi", "an"))
@example(("ı", "an"))
@example(())
def test_key_equals_the_romanised_key(syllables: tuple[str, ...]) -> None:
    assert place_key(syllables) == _plain_key(syllables)


def test_every_shipped_place_keeps_its_key(resources: Resources) -> None:
    for place in gazetteer(resources).places:
        assert place.key == _plain_key(place.syllables)
