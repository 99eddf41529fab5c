"""Place mentions in a document and the gazetteer context they give.

Why shared: the calque, variant and case checks all read `<name> County/District/...`
mentions and rank gazetteer candidates by the places the document mentions elsewhere
(`Zhiheng County, Qianxinan Prefecture` -> a county under Qianxinan).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from mtfix.names.gazetteer import Gazetteer, Place, name_key
from mtfix.names.pinyin import PinyinAnalyzer, tokens

# Written suffix (lower case) -> gazetteer types it may stand for.
SUFFIX_KINDS: dict[str, frozenset[str]] = {
    "autonomous prefecture": frozenset({"Autonomous Prefecture"}),
    "autonomous county": frozenset({"Autonomous County"}),
    "autonomous region": frozenset({"Autonomous Region"}),
    "province": frozenset({"Province", "Autonomous Region"}),
    "prefecture": frozenset({"Prefecture", "Autonomous Prefecture", "City", "League"}),
    "county": frozenset({"County", "Autonomous County"}),
    "district": frozenset({"District", "New Area", "Forestry District"}),
    "city": frozenset({"City", "Municipality"}),
    "banner": frozenset({"Banner", "Autonomous Banner"}),
}
_SUFFIX = "|".join(sorted((s.replace(" ", r"\s+") for s in SUFFIX_KINDS), key=len, reverse=True))
MENTION = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<name>\p{{L}}+(?:['’-]\p{{L}}+)*)\s+(?P<suffix>(?i:{_SUFFIX}))(?!\p{{L}})"
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # of the name
    end: int  # of the suffix
    name: str
    suffix: str  # as written

    @property
    def text(self) -> str:
        return f"{self.name} {self.suffix}"

    @property
    def kinds(self) -> frozenset[str]:
        return SUFFIX_KINDS[" ".join(self.suffix.casefold().split())]


def mentions(text: str) -> Iterator[Mention]:
    return iter(_mentions(text))


@lru_cache(maxsize=4)
def _mentions(text: str) -> tuple[Mention, ...]:
    """Memo of a pure function: the case, calque and variant checks all read the mentions."""
    return tuple(
        Mention(match.start(), match.end(), match.group("name"), match.group("suffix"))
        for match in MENTION.finditer(text)
    )


@dataclass(frozen=True)
class PlaceContext:
    """The gazetteer places a document names (any case), by code, with how often."""

    gazetteer: Gazetteer
    named: dict[str, int]  # place code -> mentions in the document

    @classmethod
    def of(
        cls, text: str, places: Gazetteer, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool]
    ) -> PlaceContext:
        named: dict[str, int] = {}
        for token in tokens(text):
            word = token.text
            if len(analyzer.segment(word) or ()) < 2 or (word.islower() and is_word(word)):
                continue  # `He`, `Lu`, `china`: one syllable or an English word, not evidence
            for place in places.lookup(word):
                named[place.code] = named.get(place.code, 0) + 1
        return cls(places, named)

    def mentioned(self, place: Place) -> bool:
        return place.code in self.named

    def score(self, place: Place, exclude: Iterable[str] = ()) -> int:
        """Support for `place` in the document: its own name (3), each ancestor named (2)."""
        excluded = set(exclude)
        score = 3 if place.code in self.named and place.code not in excluded else 0
        return score + sum(2 for ancestor in self.gazetteer.ancestors(place) if ancestor.code in self.named)


def fits(place: Place, mention: Mention) -> bool:
    return place.kind in mention.kinds


def places_named(places: Gazetteer, name: str, mention: Mention) -> list[Place]:
    return [place for place in places.lookup(name) if fits(place, mention)]


def key(name: str) -> str:
    return name_key(name)


def best_supported(
    candidates: Iterable[Place], context: PlaceContext, exclude: Iterable[str] = ()
) -> Place | None:
    """The one candidate the document supports most, or None when none or several tie."""
    excluded = tuple(exclude)
    scored = sorted(
        ((context.score(place, excluded), place) for place in candidates), key=lambda pair: -pair[0]
    )
    if not scored or scored[0][0] == 0:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]
