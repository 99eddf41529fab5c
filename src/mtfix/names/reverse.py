"""Reverse dictionary: which Chinese place an English phrase translated by meaning stands for.

`Stone Well Town` -> 石井镇 (Shijing Town), `Peony River City` -> 牡丹江市 (Mudanjiang City),
`Yellow Plum County` -> 黄梅县 (Huangmei County): each English word is matched to the glosses
(CC-CEDICT, `names.glosses`) of one character or word of the name, in order, and every
character of the name must be accounted for. The candidates are the gazetteer's divisions and
the townships of the type the suffix names; ranking them by the places a document names is
the caller's job.

Why built lazily and once per process: the index covers about 43,000 names and is needed only
when a document has a phrase of English words before a place suffix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Union

import regex

from mtfix.context import Resources
from mtfix.names.gazetteer import Place, gazetteer
from mtfix.names.glosses import english_forms, meanings
from mtfix.names.townships import Township, parse_township, townships

NamedPlace = Union[Place, Township]  # noqa: UP007 (a runtime alias)
MAX_UNIT = 4  # the longest Chinese word a single English word may stand for


@dataclass(frozen=True)
class Reading:
    """A Chinese name an English phrase may translate: `partial` when the phrase's one word
    covers all but the name's last character (`Yellow County` for 黄梅县)."""

    place: NamedPlace
    partial: bool


def stem(place: NamedPlace) -> str:
    """The Chinese name without its suffix: the characters its syllables romanise."""
    return place.chinese[: len(place.syllables)]


@dataclass(frozen=True)
class ReverseDictionary:
    meanings: Mapping[str, frozenset[str]]
    # first character -> (stem, kind, place): a township as its table line, parsed only when
    # a phrase reads it (parsing all 40,000 up front cost more than building the index).
    by_first: dict[str, tuple[tuple[str, str, Place | str], ...]]
    inverse: dict[str, frozenset[str]]  # character -> its one-word keywords

    def units(self, word: str) -> frozenset[str]:
        """The Chinese characters and words an English word glosses, in any of its forms."""
        found: set[str] = set()
        for form in english_forms(word):
            found.update(self.meanings.get(form, ()))
        return frozenset(found)

    def readings(self, words: Sequence[str], kinds: Iterable[str]) -> list[Reading]:
        """The places of one of `kinds` whose stems the English words translate, in order."""
        wanted = frozenset(kinds)
        options = [self.units(word) for word in words]
        if not options or not all(options):
            return []
        found: list[Reading] = []
        firsts = {unit[0] for unit in options[0]}
        for first in sorted(firsts):
            for name, kind, place in self.by_first.get(first, ()):
                if kind not in wanted:
                    continue
                if _aligns(name, options):
                    found.append(Reading(_parsed(place), partial=False))
                elif len(options) == 1 and len(name) == 2 and name[0] in options[0]:
                    found.append(Reading(_parsed(place), partial=True))
        return found

    def spellings(self, text: str, name: str) -> Iterator[tuple[int, int]]:
        """Where `text` spells a two-character name by meaning, one English word a character
        (`yellow plum` for 黄梅), in any case and with no type word required."""
        if len(name) != 2:
            return
        second = sorted(self.inverse.get(name[1], ()))
        if not second:
            return
        pattern = regex.compile(
            r"(?<![\p{L}'’-])(\p{L}+)\s+(?i:"
            + "|".join(map(regex.escape, second))
            + r")(?:e?s|ing|ed)?(?![\p{L}'’-])"
        )
        for match in pattern.finditer(text, overlapped=True):
            if name[0] in self.units(match[1]) and name[1] in self.units(match[0].split()[-1]):
                yield match.start(), match.end()


def _aligns(name: str, options: Sequence[frozenset[str]]) -> bool:
    """Whether the words' units, one per word and in order, spell `name` exactly."""
    ends = {0}
    for units in options:
        ends = {end + len(unit) for end in ends for unit in units if name.startswith(unit, end)}
        if not ends:
            return False
    return len(name) in ends


def _parsed(place: Place | str) -> NamedPlace:
    return parse_township(place) if isinstance(place, str) else place


def build(resources: Resources) -> ReverseDictionary:
    by_first: defaultdict[str, list[tuple[str, str, Place | str]]] = defaultdict(list)
    for place in gazetteer(resources).places:
        name = stem(place)
        if len(name) >= 2:  # a one-character name read by meaning cannot be told from English
            by_first[name[0]].append((name, place.kind, place))
    for line in townships(resources).lines:  # as `stem` reads a parsed row
        _county, chinese, syllables, kind = line.split("\t")
        name = chinese[: len(syllables.split())]
        if len(name) >= 2:
            by_first[name[0]].append((name, kind, line))
    glossed = meanings(resources)
    inverse: defaultdict[str, set[str]] = defaultdict(set)
    for keyword, units in glossed.items():
        if keyword.isalpha():
            for unit in units:
                if len(unit) == 1:
                    inverse[unit].add(keyword)
    return ReverseDictionary(
        glossed,
        {char: tuple(found) for char, found in by_first.items()},
        {char: frozenset(words) for char, words in inverse.items()},
    )


def reverse_dictionary(resources: Resources) -> ReverseDictionary:
    """The index, built the first time a check asks for it."""
    return resources.load("names.reverse-dictionary", build)
