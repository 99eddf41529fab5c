"""Reverse dictionary: which Chinese place an English phrase translated by meaning stands for.

`Stone Well Town` -> 石井镇 (Shijing Town), `Peony River City` -> 牡丹江市 (Mudanjiang City),
`Yellow Plum County` -> 黄梅县 (Huangmei County): each English word is matched to the glosses
(CC-CEDICT, `names.glosses`) of one character or word of the name, in order, and every
character of the name must be accounted for. The candidates are the gazetteer's divisions and
the townships of the type the suffix names; ranking them by the places a document names is
the caller's job.

Why built lazily and once per process: the index covers about 43,000 names and is needed only
when a document has a phrase of English words before a place suffix. Its plain data (which
character each name begins with, each character's keywords) is kept in the start-up cache,
and a township's line is read only when a phrase's first word glosses its first character.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import regex

from mtfix.cachefiles import cached_data
from mtfix.context import Resources
from mtfix.names import gazetteer as gazetteer_module
from mtfix.names import glosses as glosses_module
from mtfix.names import townships as townships_module
from mtfix.names.gazetteer import Place, gazetteer
from mtfix.names.glosses import english_forms, meanings
from mtfix.names.townships import Township, parse_township, townships
from mtfix.paths import data_file
from mtfix.patterns import compiled
from mtfix.text import find_starts
from mtfix.verdicts import RunMemory

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
class LowerCased:
    """A document lower-cased for `spellings`: its text offset for offset (`text.folded_text`)
    and a set holding each of its distinct words lower-cased (and maybe other strings). Why:
    a spelling's second word is a whole word of the document, so a name whose
    second-character keywords the document lacks needs no scan at all."""

    text: str
    words: frozenset[str]

    @classmethod
    def of(
        cls, folded: str | None, words: frozenset[str], memory: RunMemory | None = None
    ) -> LowerCased | None:
        """None when the text has no offset-keeping lower-cased copy (then the plain scan).
        With the run's `memory`, a word is lower-cased once a run: the set is then the words
        as written and the lower-cased forms of those that have capitals."""
        if folded is None:
            return None
        if memory is None:
            return cls(folded, frozenset(map(str.lower, words)))
        lowered = memory.memo(_LOWERED, _lowered_if_cased)
        cased = lowered.among(words)  # first: past its limit the memory starts a new table
        return cls(folded, words.union(map(lowered.verdicts.__getitem__, cased)))


_LOWERED = "names.reverse.lowered"  # the run's memory: word -> its lower case, if it differs


def _lowered_if_cased(word: str) -> str | None:
    lower = word.lower()
    return None if lower == word else lower


@dataclass(frozen=True)
class ReverseDictionary:
    meanings: Mapping[str, frozenset[str]]
    # The gazetteer's divisions and, by first character, the (stem, kind, position among
    # them) of their names: a position is turned into its place only when a phrase reads
    # that character, so no table of every name is built per process.
    places: Sequence[Place]
    places_by_first: Mapping[str, Sequence[tuple[str, str, int]]]
    # The township table's lines (loaded when a phrase is first read) and, one character a
    # line, the first character of each line's Chinese name: a township is parsed only when
    # a phrase reads its first character (`str.find` in this string), so no index of 40,000
    # rows is built per process.
    township_lines: Callable[[], Sequence[str]]
    township_firsts: str
    inverse: Mapping[str, frozenset[str]]  # character -> its one-word keywords

    def units(self, word: str) -> frozenset[str]:
        """The Chinese characters and words an English word glosses, in any of its forms."""
        found: set[str] = set()
        for form in english_forms(word):
            found.update(self.meanings.get(form, ()))
        return frozenset(found)

    def named(self, first: str) -> Iterator[tuple[str, str, Place | str]]:
        """(stem, kind, place or township line) of the names of two characters or more that
        begin with `first`: the gazetteer's divisions, then the townships in table order."""
        places = self.places
        for name, kind, position in self.places_by_first.get(first, ()):
            yield name, kind, places[position]
        firsts = self.township_firsts
        index = firsts.find(first)
        lines = self.township_lines() if index >= 0 else ()
        while index >= 0:
            line = lines[index]
            _county, chinese, syllables, kind = line.split("\t")  # as `stem` reads a parsed row
            name = chinese[: len(syllables.split())]
            if len(name) >= 2:  # a one-character name read by meaning cannot be told from English
                yield name, kind, line
            index = firsts.find(first, index + 1)

    def readings(self, words: Sequence[str], kinds: Iterable[str]) -> list[Reading]:
        """The places of one of `kinds` whose stems the English words translate, in order."""
        wanted = frozenset(kinds)
        options = [self.units(word) for word in words]
        if not options or not all(options):
            return []
        found: list[Reading] = []
        firsts = {unit[0] for unit in options[0]}
        for first in sorted(firsts):
            for name, kind, place in self.named(first):
                if kind not in wanted:
                    continue
                if _aligns(name, options):
                    found.append(Reading(_parsed(place), partial=False))
                elif len(options) == 1 and len(name) == 2 and name[0] in options[0]:
                    found.append(Reading(_parsed(place), partial=True))
        return found

    def spellings(self, text: str, name: str, lowered: LowerCased | None = None) -> Iterator[tuple[int, int]]:
        """Where `text` spells a two-character name by meaning, one English word a character
        (`yellow plum` for 黄梅), in any case and with no type word required.

        `lowered` (the same text's, optional) lets the scan start from the second word: only
        the keywords of the name's second character the document holds are looked up, and the
        word before each is tried. Without it the whole text is scanned (what that gives)."""
        if len(name) != 2:
            return
        second = sorted(self.inverse.get(name[1], ()))
        if not second:
            return
        pattern = _spelling_pattern(second)
        if lowered is None:
            matches: Iterable[regex.Match[str] | None] = pattern.finditer(text, overlapped=True)
        else:
            matches = (pattern.match(text, start) for start in _spelling_starts(text, second, lowered))
        for match in filter(None, matches):
            if name[0] in self.units(match[1]) and name[1] in self.units(match[0].split()[-1]):
                yield match.start(), match.end()


def _spelling_pattern(second: Sequence[str]) -> regex.Pattern[str]:
    """A word, then one of `second` (any case) with an English ending, as whole words."""
    return regex.compile(
        r"(?<![\p{L}'’-])(\p{L}+)\s+(?i:"
        + "|".join(map(regex.escape, second))
        + r")(?:e?s|ing|ed)?(?![\p{L}'’-])"
    )


_ENDINGS = ("", "s", "es", "ing", "ed")  # as `_spelling_pattern` allows after a keyword
# The word and the blanks before a position: where a spelling ending in the word there begins.
_WORD_BEFORE = compiled(r"(?r)(?<![\p{L}'’-])\p{L}+\s+")


def _spelling_starts(text: str, second: Sequence[str], lowered: LowerCased) -> list[int]:
    """Where `_spelling_pattern(second)` may match, in order: before each occurrence of a
    keyword with its ending that the document holds as a word, the word there.

    Why this finds every match: a match's second part is a whole run of letters after
    blanks, so a whole word of the document (`WordIndex`'s words; one with `'s` is cut
    before it, and the pattern refuses a letter run that `'` follows anyway). The keywords
    are ASCII lower case, which `str.lower` folds onto exactly as the pattern's case-insensitive
    match does in a text `folded_text` accepts; the lower-cased text keeps offsets, so the
    word occurs there where it occurs in `text`. Each start is then matched by the pattern."""
    forms = {keyword + ending for keyword in second for ending in _ENDINGS}
    starts: set[int] = set()
    for form in forms.intersection(lowered.words):
        for index in find_starts(lowered.text, form):
            before = _WORD_BEFORE.match(text, 0, index)
            if before is not None:
                starts.add(before.start())
    return sorted(starts)


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
    places = gazetteer(resources).places
    firsts, by_first_index, inverse = cached_data(
        "reverse-dictionary",
        (
            data_file("gazetteer.tsv"),
            data_file("townships.tsv"),
            data_file("cedict/glosses.tsv"),
            Path(__file__),
            Path(gazetteer_module.__file__),
            Path(townships_module.__file__),
            Path(glosses_module.__file__),
        ),
        lambda: _index(places, townships(resources).lines, meanings(resources)),
    )
    return ReverseDictionary(
        meanings(resources),
        places,
        by_first_index,
        lambda: townships(resources).lines,
        firsts,
        inverse,
    )


def _index(
    places: Sequence[Place], lines: Sequence[str], glossed: Mapping[str, frozenset[str]]
) -> tuple[str, dict[str, tuple[tuple[str, str, int], ...]], dict[str, frozenset[str]]]:
    """The plain data of the index (kept in the start-up cache): the first character of
    each township line's name, the gazetteer's names by first character (with the place's
    position) and each character's one-word keywords."""
    by_first: defaultdict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for index, place in enumerate(places):
        name = stem(place)
        if len(name) >= 2:  # a one-character name read by meaning cannot be told from English
            by_first[name[0]].append((name, place.kind, index))
    firsts = "".join(line.split("\t", 2)[1][:1] or "\n" for line in lines)
    inverse: defaultdict[str, set[str]] = defaultdict(set)
    for keyword, units in glossed.items():
        if keyword.isalpha():
            for unit in units:
                if len(unit) == 1:
                    inverse[unit].add(keyword)
    return (
        firsts,
        {char: tuple(found) for char, found in by_first.items()},
        {char: frozenset(words) for char, words in inverse.items()},
    )


def reverse_dictionary(resources: Resources) -> ReverseDictionary:
    """The index, built the first time a check asks for it."""
    return resources.load("names.reverse-dictionary", build)
