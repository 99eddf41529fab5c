"""Place mentions in a document and the gazetteer context they give, built once per document.

Why shared: the calque, variant and case checks all read `<name> County/District/...`
mentions and rank gazetteer candidates by the places the document mentions elsewhere
(`Zhiheng County, Qianxinan Prefecture` -> a county under Qianxinan). Both analyses are
built once per document (`CheckContext.shared`) from verdicts per distinct word that are
kept for the whole run, so no check walks the document's tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import NamedTuple

import regex

from mtfix.context import CheckContext
from mtfix.lexicon import run_lexicon
from mtfix.names.gazetteer import Gazetteer, Place, gazetteer, name_key
from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.patterns import compiled
from mtfix.text import WORD_AT, find_starts, strip_possessive
from mtfix.verdicts import Verdicts

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
MENTION = compiled(
    rf"(?<![\p{{L}}'’-])(?P<name>\p{{L}}+(?:['’-]\p{{L}}+)*)\s+(?P<suffix>(?i:{_SUFFIX}))(?!\p{{L}})"
)
# The first word of every suffix: each mention has one right after the spaces ending its name.
_SUFFIX_HEADS = tuple(sorted({suffix.split()[0] for suffix in SUFFIX_KINDS}))
# The suffix part of MENTION, matched where a suffix word begins, with the name and spaces
# before it in a look-behind (matched backwards: the longest name, as the forward match
# takes it); one regex call per mention instead of two. What may not precede a name
# (letters cannot: the look-behind took them all) is checked after.
_SUFFIX_AFTER_NAME = compiled(rf"(?<=(\p{{L}}+(?:['’-]\p{{L}}+)*)\s+)(?i:{_SUFFIX})(?!\p{{L}})")
_JOINERS = "'’-"
# A word of `WordIndex.words` where it begins: no letter, nor a letter and a joiner, before it.
_MENTIONS = "names.mentions"
_PLACE_CONTEXT = "names.place-context"
_PLACE_CODES = "names.place-codes-by-word"
_HEADS_BY_WORD = "names.suffix-heads-by-word"


class Mention(NamedTuple):
    """A place mention. A named tuple (immutable like a frozen dataclass) since a document
    holds tens of them per thousand words and a tuple is built several times faster."""

    start: int  # of the name
    end: int  # of the suffix
    name: str
    suffix: str  # as written

    @property
    def text(self) -> str:
        return f"{self.name} {self.suffix}"

    @property
    def kinds(self) -> frozenset[str]:
        return suffix_kinds(self.suffix)


def suffix_kinds(suffix: str) -> frozenset[str]:
    """The gazetteer types a suffix as written stands for (any case and spacing)."""
    return SUFFIX_KINDS[" ".join(suffix.casefold().split())]


def mentions(context: CheckContext) -> tuple[Mention, ...]:
    """The document's place mentions in text order, found once for the name checks."""
    return context.shared(_MENTIONS, _find_mentions)


def _find_mentions(context: CheckContext) -> tuple[Mention, ...]:
    return find_mentions(context.document.text, context.folded_text, _heads_written(context))


def _heads_written(context: CheckContext) -> tuple[str, ...]:
    """The suffix heads some word of the document begins with (any case).

    Why: a mention's suffix begins a word (spaces precede it), so a head no word begins with
    starts no mention, and the text need not be searched for it (`banner`, `prefecture` are
    rare). The folded text is `text.lower()` offset for offset, so a head found there at a
    word's start is the start of that word lower-cased.
    """
    heads: Verdicts[tuple[str, ...]] = context.memo(_HEADS_BY_WORD, _heads_beginning)
    found = heads.among(context.words.distinct)
    return tuple(sorted({head for word in found for head in heads.verdicts[word]}))


def _heads_beginning(word: str) -> tuple[str, ...] | None:
    lowered = word.lower()
    return tuple(head for head in _SUFFIX_HEADS if lowered.startswith(head)) or None


def find_mentions(
    text: str, folded: str | None = None, heads: Collection[str] = _SUFFIX_HEADS
) -> tuple[Mention, ...]:
    """Exactly the matches of `MENTION.finditer(text)`, found from their suffixes.

    Why: tried at every word, the pattern cost more than everything the name checks do with
    its few dozen matches. `str.find` in `folded` (the text lower-cased offset for offset, None
    when that is not possible) lists where a suffix word may begin; there one match gives the
    suffix part of the pattern and, in a look-behind (matched backwards: the longest, as the
    forward match takes it), the name and spaces before it; then the pattern's look-behind
    is checked. Starts grow with suffix positions, so skipping a start inside the previous
    match reproduces finditer's non-overlapping scan. `heads` may leave out suffix heads
    that begin no word of the text.
    """
    if folded is None:
        return tuple(_mention(match) for match in MENTION.finditer(text))
    found: list[Mention] = []
    resume = 0  # where finditer would search next
    match_at = _SUFFIX_AFTER_NAME.match
    for head in substring_starts(folded, heads):
        match = match_at(text, head)
        if match is None:
            continue
        start, name_end = match.span(1)
        if start < resume or (start and text[start - 1] in _JOINERS):
            continue
        resume = match.end()
        found.append(Mention(start, resume, text[start:name_end], match.group()))
    return tuple(found)


def _mention(match: regex.Match[str]) -> Mention:
    name, suffix = match.groups()
    return Mention(match.start(), match.end(), name, suffix)


def substring_starts(text: str, strings: Iterable[str]) -> list[int]:
    """Every offset where one of `strings` occurs in `text`, sorted and without repeats.

    Why: a pattern that can only match where one of a few strings begins is matched at
    these offsets alone (`str.find` is C code), not tried at every word of the document.
    """
    found: set[int] = set()
    for string in strings:
        found.update(find_starts(text, string))
    return sorted(found)


def _is_word_at(text: str, start: int, word: str) -> bool:
    """Whether `word` is, as `WordIndex.words` cuts words, the word that begins at `start`."""
    match = WORD_AT.match(text, start)
    return match is not None and strip_possessive(match.group()) == word


def first_word_start(text: str, word: str) -> int:
    """Where `word` (one of the text's words) first occurs as a whole word."""
    index = text.find(word)
    while index >= 0 and not _is_word_at(text, index, word):
        index = text.find(word, index + 1)
    return index if index >= 0 else len(text)


def word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of `words` as whole words, as `WordIndex.words` cuts
    them (a possessive `'s` left out), in text order.

    Why not `WordIndex.locate`: it compiles a pattern per document (about a millisecond);
    for the few words a name check flags, `str.find` and one match per hit cost less.
    """
    spans = [
        (index, index + len(word))
        for word in words
        for index in find_starts(text, word)
        if _is_word_at(text, index, word)
    ]
    return sorted(spans)


@dataclass(frozen=True)
class PlaceContext:
    """The gazetteer places a document names (any case), by code."""

    gazetteer: Gazetteer
    named: frozenset[str]  # codes of the places the document names
    text: str = field(repr=False)
    naming: dict[str, tuple[str, ...]] = field(repr=False)  # word -> codes it names

    def mentioned(self, place: Place) -> bool:
        return place.code in self.named

    def score(self, place: Place, exclude: Collection[str] = ()) -> int:
        """Support for `place` in the document: its own name (3), each ancestor named (2)."""
        named = self.named
        score = 3 if place.code in named and place.code not in exclude else 0
        return score + 2 * sum(code in named for code in self.gazetteer.ancestor_codes(place))

    @cached_property
    def in_text_order(self) -> tuple[str, ...]:
        """The named codes in the order of the first word naming each (a word's places in
        gazetteer order); located only when asked, since most documents never ask."""
        firsts = sorted((first_word_start(self.text, word), word) for word in self.naming)
        return tuple(dict.fromkeys(code for _, word in firsts for code in self.naming[word]))


def place_context(context: CheckContext) -> PlaceContext:
    """The places the document names, built once for the name checks."""
    return context.shared(_PLACE_CONTEXT, _build_place_context)


def _build_place_context(context: CheckContext) -> PlaceContext:
    """Only the distinct words naming a place are looked at."""
    resources = context.resources
    places = gazetteer(resources)
    analyzer = run_pinyin_analyzer(context)
    is_word = run_lexicon(context).is_word
    codes: Verdicts[tuple[str, ...]] = context.memo(
        _PLACE_CODES, partial(_codes_named, places=places, analyzer=analyzer, is_word=is_word)
    )
    naming = {word: codes.verdicts[word] for word in codes.among(context.words.distinct)}
    named = frozenset(code for found in naming.values() for code in found)
    return PlaceContext(places, named, context.document.text, naming)


def _codes_named(
    word: str, places: Gazetteer, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool]
) -> tuple[str, ...] | None:
    """The places a word names; none for `He`, `Lu`, `china` (one syllable or an English word)."""
    found = places.lookup(word)  # first: most words name no place, and need no segmenting
    if not found or len(analyzer.segment(word) or ()) < 2 or (word.islower() and is_word(word)):
        return None
    return tuple(place.code for place in found)


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
