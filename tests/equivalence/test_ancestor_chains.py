"""Gazetteer ancestors: the codes built once per parent chain at load are the codes a walk up
from each place through `Gazetteer.parent` finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.names.gazetteer import Gazetteer, Place, gazetteer


def _walked(places: Gazetteer, place: Place) -> tuple[str, ...]:
    """The plain walk: parent after parent, while the code is a place's."""
    return tuple(ancestor.code for ancestor in places.ancestors(place))


# Small trees: codes that repeat, parents missing from the table, chains of several levels.
CODES = ("1", "2", "3", "4", "5", "6")
PLACES = st.lists(st.tuples(st.sampled_from(CODES), st.sampled_from((*CODES, "0", ""))), max_size=10)


def _tree(rows: list[tuple[str, str]]) -> list[Place]:
    """Rows whose parents are only ever smaller codes (a table has no cycles)."""
    return [
        Place(code, parent if parent < code else "", 1, "石井", ("shi", "jing"), "Town")
        for code, parent in rows
    ]


@settings(max_examples=1000, deadline=None)
@given(PLACES)
def test_chains_equal_the_walk(rows: list[tuple[str, str]]) -> None:
    places = Gazetteer.from_places(_tree(rows))
    for place in places.places:
        if places.get(place.code) is place:
            assert places.ancestor_codes(place) == _walked(places, place)


def test_every_shipped_place_keeps_its_chain(resources: Resources) -> None:
    places = gazetteer(resources)
    for place in places.places:
        assert places.ancestor_codes(place) == _walked(places, place)
