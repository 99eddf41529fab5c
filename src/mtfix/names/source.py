"""The names a Chinese source segment holds, written as the translation should write them.

Why: with the source at hand a name is no longer guessed from its English shape. Places
come from the gazetteer: a county, district or county-level city counts only with its
type character (册亨县; 和平 alone is the word "peace"), a province or prefecture also
without it (贵州, 黔西南). People come from the surname table: every surname character
followed by one or two Han characters is a candidate (林晓玲 -> `Lin Xiaoling`, pinyin from
pypinyin), and the check keeps only the candidates the translation gives evidence of, since
a surname character starts many ordinary words (林业 is forestry).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mtfix.context import Resources
from mtfix.names.gazetteer import Place, gazetteer, romanise
from mtfix.names.surnames import load_surnames
from mtfix.paths import data_file

_HAN_START, _HAN_END = "\u4e00", "\u9fff"
# Characters that end a village, street or landmark name (王村 is Wangcun, a village, not
# a Mr Wang Cun): a surname + given-name candidate that holds or precedes one is no person.
_PLACE_ENDINGS = frozenset("村镇乡庄屯寨湾坝沟街路河山湖桥港岛岭坡洲口营堡店园")


@dataclass(frozen=True, slots=True)
class SourceName:
    """A name of the source and its written forms in English."""

    chinese: str
    written: str  # `Ceheng`, `Lin Xiaoling`
    kind: str  # place or person
    type_word: str = ""  # `County` when the source names the type (册亨县)
    surname: str = ""  # people: `Lin`
    given: str = ""  # people: `Xiaoling`
    calques: tuple[str, ...] = ()  # people: what the surname means in English (forest)
    last_syllable: str = ""  # places: `heng` of Ceheng, which a garbled form often keeps
    position: int = 0  # where it starts in the source
    exonyms: tuple[str, ...] = ()  # places: usual English names besides the pinyin (Tibet)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every right way to write it: a person in either order, a place also by its exonym."""
        if self.kind == "person":
            return (self.written, f"{self.given} {self.surname}")
        return (self.written, *self.exonyms)


@dataclass(frozen=True)
class SourceNameIndex:
    places: dict[str, tuple[Place, ...]]
    longest_place: int
    surnames: dict[str, tuple[str, ...]]
    calques: dict[str, tuple[str, ...]]
    exonyms: dict[str, tuple[str, ...]]


def _build_index(resources: Resources) -> SourceNameIndex:
    places: defaultdict[str, list[Place]] = defaultdict(list)
    for place in gazetteer(resources).places:
        places[place.chinese].append(place)
        short = place.chinese[: len(place.syllables)]
        if place.level < 3 and len(short) >= 2 and short != place.chinese:
            places[short].append(place)
    return SourceNameIndex(
        {name: tuple(found) for name, found in places.items()},
        max((len(name) for name in places), default=0),
        load_surnames(data_file("surnames.tsv")),
        load_word_table(data_file("cedict/surname-calques.tsv")),
        load_word_table(data_file("cedict/place-exonyms.tsv")),
    )


def load_word_table(path: Path) -> dict[str, tuple[str, ...]]:
    """A two-column table: Chinese, then comma-separated English words."""
    table: dict[str, tuple[str, ...]] = {}
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            surname, _, words = line.partition("\t")
            table[surname.strip()] = tuple(w.strip() for w in words.split(",") if w.strip())
    return table


def source_name_index(resources: Resources) -> SourceNameIndex:
    """The place and surname tables keyed by Chinese, built once per process."""
    return resources.load("names.source-index", _build_index)


def source_places(source: str, index: SourceNameIndex) -> list[SourceName]:
    """The places named in `source`, longest name first at each position."""
    found: list[SourceName] = []
    position = 0
    while position < len(source):
        for length in range(min(index.longest_place, len(source) - position), 1, -1):
            candidates = index.places.get(source[position : position + length])
            if not candidates:
                continue
            spellings = {place.pinyin for place in candidates}
            if len(spellings) == 1:
                chinese = source[position : position + length]
                full = all(place.chinese == chinese for place in candidates)
                kinds = {place.kind for place in candidates}
                type_word = kinds.pop() if full and len(kinds) == 1 else ""
                syllables = candidates[0].syllables
                found.append(
                    SourceName(
                        chinese,
                        spellings.pop(),
                        "place",
                        type_word,
                        last_syllable=syllables[-1] if syllables else "",
                        position=position,
                        exonyms=index.exonyms.get(candidates[0].chinese[: len(syllables)], ()),
                    )
                )
            position += length - 1
            break
        position += 1
    return found


def _is_han(ch: str) -> bool:
    return _HAN_START <= ch <= _HAN_END


def given_name(characters: str) -> str | None:
    """A given name in pinyin as it is written (晓玲 -> `Xiaoling`); None if pypinyin has no
    reading for a character."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(characters, style=Style.NORMAL)
    if not all(syllable.isalpha() for syllable in syllables):
        return None
    return romanise(syllable.replace("ü", "u").replace("v", "u") for syllable in syllables)


def person_candidates(
    source: str,
    index: SourceNameIndex,
    places: list[SourceName],
    reading: Callable[[str], str | None] = given_name,
) -> Iterator[SourceName]:
    """Every surname + one or two Han characters in `source` outside place names; `reading`
    gives the given name's pinyin (a check passes the run's memory of `given_name`)."""
    covered = {place.position + offset for place in places for offset in range(len(place.chinese))}
    for position in range(len(source)):
        for surname_length in (2, 1):
            surname = source[position : position + surname_length]
            spellings = index.surnames.get(surname)
            if not spellings:
                continue
            for given_length in (2, 1):
                start = position + surname_length
                given = source[start : start + given_length]
                if len(given) != given_length or not all(_is_han(c) for c in given):
                    continue
                if any(offset in covered for offset in range(position, start + given_length)):
                    continue
                if (
                    given[-1] in _PLACE_ENDINGS
                    or source[start + given_length : start + given_length + 1] in _PLACE_ENDINGS
                ):
                    continue
                given_written = reading(given)
                if given_written is None:
                    continue
                family = romanise([spellings[0].replace("ü", "u")])
                yield SourceName(
                    surname + given,
                    f"{family} {given_written}",
                    "person",
                    surname=family,
                    given=given_written,
                    calques=index.calques.get(surname, ()),
                    position=position,
                )


def name_key(text: str) -> str:
    """How two spellings of a name are compared: letters only, case-folded."""
    return "".join(filter(str.isalpha, text.casefold()))


def written_as(text: str, form: str) -> bool:
    """Is `form` in `text` as a whole word sequence, exactly cased (an apostrophe optional)?"""
    pattern = re.escape(form).replace("'", "['’]?")
    return re.search(rf"(?<![\w'’-]){pattern}(?![\w-])", text) is not None
