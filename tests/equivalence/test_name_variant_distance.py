"""Name variants: the bounded edit distance and the closest supported name are those of the
plain computations they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.name_variants import MAX_DISTANCE, Strong, closest_supported, within_distance
from mtfix.names.gazetteer import Place
from mtfix.names.mentions import (
    best_supported,
)

SYLLABLES = ("he", "heng", "ce", "bei", "hu", "nan", "xin", "le")


KINDS = ("County", "City", "District")


class _Scores:
    """A stand-in for `PlaceContext` with fixed scores (what `best_supported` reads)."""

    def __init__(self, scores: dict[str, int]) -> None:
        self.scores = scores

    def score(self, place: Place, exclude: object = ()) -> int:
        return self.scores[place.code]


places = st.lists(
    st.tuples(
        st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(tuple),
        st.sampled_from(KINDS),
        st.integers(min_value=4, max_value=9),
    ),
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(
    places,
    st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(tuple),
    st.sets(st.sampled_from(KINDS), min_size=1).map(frozenset),
)
def test_closest_supported_is_best_supported_over_the_candidates(
    found: list[tuple[tuple[str, ...], str, int]], syllables: tuple[str, ...], kinds: frozenset[str]
) -> None:
    strong: dict[int, list[Strong]] = {}
    scores: dict[str, int] = {}
    for number, (place_syllables, kind, score) in enumerate(found):
        place = Place(str(number), "", 3, "", place_syllables, kind)
        scores[place.code] = score
        strong.setdefault(len(place_syllables), []).append(
            Strong(place, score, "".join(place_syllables), place_syllables[-1])
        )
    written = "".join(syllables)
    candidates = [
        entry.place
        for entry in strong.get(len(syllables), ())
        if entry.place.kind in kinds
        and (
            entry.place.syllables[-1] == syllables[-1]
            or within_distance("".join(entry.place.syllables), written, MAX_DISTANCE)
        )
    ]
    expected = best_supported(candidates, _Scores(scores))  # type: ignore[arg-type]
    assert closest_supported(syllables, kinds, strong) is expected


def _levenshtein(first: str, second: str) -> int:
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        current = [i]
        for j, b in enumerate(second, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


@given(st.text("aehngzü'", max_size=10), st.text("aehngzü'", max_size=10), st.integers(0, 3))
def test_distance_limit(first: str, second: str, limit: int) -> None:
    assert within_distance(first, second, limit) == (_levenshtein(first, second) <= limit)
