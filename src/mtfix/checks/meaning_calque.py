"""Place names translated by meaning (`name.calque`): `Stone Well Town` for 石井镇 (Shijing Town),
`Peony River City` for 牡丹江市 (Mudanjiang City), `Yellow Plum County` for 黄梅县.

Why a programmatic check: the real name is read back with a reverse dictionary
(`names.reverse`): each English word before the place suffix is matched to the CC-CEDICT
glosses of one character or word of a gazetteer or township name, in order, every character
accounted for. Several places may share a reading; those with different pinyin are ranked by
the places the document names (a township's county, prefecture, province).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.gazetteer import Gazetteer, Place, gazetteer
from mtfix.names.mentions import PlaceContext, place_context
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.names.reverse import NamedPlace, Reading, reverse_dictionary
from mtfix.names.townships import Township


def _words(text: str) -> frozenset[str]:
    """A vocabulary written as one string of words."""
    return frozenset(text.split())


RULE_ID = "place-name-by-meaning"
# Written suffix (lower case) -> the types of names it may follow. A translation mixes up
# town (镇) and township (乡), so each stands for both.
SUFFIX_KINDS: dict[str, frozenset[str]] = {
    "county": frozenset({"County", "Autonomous County"}),
    "city": frozenset({"City", "Municipality"}),
    "district": frozenset({"District", "New Area"}),
    "town": frozenset({"Town", "Ethnic Town", "Township", "Ethnic Township"}),
    "township": frozenset({"Township", "Ethnic Township", "Town", "Ethnic Town"}),
    "sub-district": frozenset({"Sub-district"}),
    "subdistrict": frozenset({"Sub-district"}),
    "banner": frozenset({"Banner", "Autonomous Banner"}),
}
_SUFFIX = regex.compile(
    r"(?<![\p{L}-])(?i:sub-?district|township|county|city|district|town|banner)(?![\p{L}-])"
)
_WORDS_BEFORE = regex.compile(r"(?r)(?<![\p{L}'’-])(\p{L}+)\s+(?:(\p{L}+)\s+)?(?:(\p{L}+)\s+)?\Z")
_MAX_WORDS = 3
# Words that describe or point at a place rather than translate its name.
NOT_NAME_WORDS = _words(
    "the a an this that these those each every our their its his her same whole said other another all"
    " some any no of and or in at to for with from by on per whose which what local entire nearby"
    " neighbouring neighboring surrounding remote rural urban poor major main key pilot model border"
    " mountainous coastal central home host capital inner outer downtown county city town district"
    " township street banner provincial municipal level"
)

RULE = RuleInfo(
    id=RULE_ID,
    category="name.calque",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A Chinese place name translated word by word (`Stone Well Town` for Shijing Town)",
    doc=(
        "What it does: reads the English words before County/City/District/Town/Township/Banner\n"
        "back into Chinese with CC-CEDICT's glosses and proposes the gazetteer or township name\n"
        "they spell (`Yellow Plum County` -> `Huangmei County`), ranked by the places the\n"
        "document names when several fit.\n"
        "Why it matters: the translation rendered the characters of a name by their meaning; the\n"
        "reader cannot find the place.\n"
        "Not flagged: pinyin names, descriptive words (`the rural county`), a single English word\n"
        "unless the document names the place's county, prefecture or province.\n"
        "Example: `Peony River City` -> `Mudanjiang City`.\n"
        "Fix safety: unsafe: English words may also be a description."
    ),
    bad_examples=(
        BadExample(
            "The delegation from Yellow Plum County arrived in Huanggang on Monday.",
            "The delegation from Huangmei County arrived in Huanggang on Monday.",
        ),
        BadExample(
            "Flights to Peony River City in Heilongjiang Province resumed.",
            "Flights to Mudanjiang City in Heilongjiang Province resumed.",
        ),
    ),
    good_examples=(
        "The delegation from Huangmei County arrived in Huanggang on Monday.",
        "Doctors visited the rural county and the old town on Monday.",
        "She moved to New York City and later to Salt Lake City.",
    ),
)


_READINGS = "meaning-calque.readings"  # the run's memory: (phrase, suffix kinds) -> its readings


class MeaningCalqueCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        suffixes = list(_SUFFIX.finditer(text))
        if not suffixes:
            return
        for suffix in suffixes:
            found = self._reading(context, text, suffix)
            if found is not None:
                yield found

    def _reading(self, context: CheckContext, text: str, suffix: regex.Match[str]) -> Finding | None:
        before = _WORDS_BEFORE.search(text, max(0, suffix.start() - 80), suffix.start())
        if before is None:
            return None
        words = [word for word in (before[3], before[2], before[1]) if word]
        words = list(reversed(words))  # in text order
        kinds = SUFFIX_KINDS[suffix[0].lower()]
        for size in range(min(len(words), _MAX_WORDS), 0, -1):
            phrase = words[-size:]
            if not self._english(context, phrase):
                continue
            # The readings of a phrase depend on its words and suffix alone: the run keeps them.
            readings = context.memo(_READINGS, self._readings).of((tuple(phrase), kinds)) or []
            choice = self._choose(context, readings, len(phrase))
            if choice is None:
                continue
            start = suffix.start()
            for word in reversed(phrase):
                start = text.rindex(word, 0, start)
            return self._finding(text, start, suffix, choice)
        return None

    def _readings(self, key: tuple[tuple[str, ...], frozenset[str]]) -> list[Reading]:
        """The readings of (phrase, suffix kinds)."""
        return reverse_dictionary(self.resources).readings(*key)

    def _english(self, context: CheckContext, phrase: list[str]) -> bool:
        """Every word an English word (no pinyin, no descriptive or function word)."""
        words = run_lexicon(context)
        analyzer = run_pinyin_analyzer(context)
        for word in phrase:
            lower = word.lower()
            if lower in NOT_NAME_WORDS or not words.is_word(lower) or len(lower) < 3:
                return False
            if word[:1].isupper() and analyzer.segment(word) is not None:
                return False  # `Shijing`, `Fang`: a capitalised pinyin word is a name already
        return True

    def _choose(self, context: CheckContext, readings: list[Reading], size: int) -> NamedPlace | bool | None:
        """The place the phrase stands for; True when it is surely a calque but the place is not
        clear; None when it is no calque."""
        if not readings:
            return None
        places = gazetteer(self.resources)
        where = place_context(context)
        full = [reading.place for reading in readings if not reading.partial]
        partial = [
            reading.place for reading in readings if reading.partial and isinstance(reading.place, Place)
        ]
        if full:
            best = _best(full, places, where)
            if best is not None:
                return best
            if size >= 2:
                return True  # two words spelling a real name: a calque, place unclear
            return None
        best = _best(partial, places, where, needs_support=True)
        return best

    def _finding(self, text: str, start: int, suffix: regex.Match[str], choice: NamedPlace | bool) -> Finding:
        end = suffix.end()
        written = text[start:end]
        suffix_word = suffix[0][:1].upper() + suffix[0][1:]
        if isinstance(choice, bool):
            replacements: tuple[str, ...] = ()
            message = (
                f"`{written}` looks like a Chinese place name translated word by word: find its pinyin name"
            )
            applicability = Applicability.NONE
        else:
            replacements = (f"{choice.pinyin} {suffix_word}",)
            message = (
                f"`{written}` translates the characters of {choice.chinese} by meaning: "
                f"probably `{replacements[0]}`"
            )
            applicability = RULE.applicability
        return Finding(
            rule=RULE_ID,
            category=RULE.category,
            severity=RULE.severity,
            start=start,
            end=end,
            text=written,
            message=message,
            replacements=replacements,
            applicability=applicability,
            source="checks",
        )


def _score(place: NamedPlace, places: Gazetteer, where: PlaceContext) -> int:
    """Support in the document: a township through its county, a division through itself."""
    if isinstance(place, Township):
        county = places.get(place.county)
        return 0 if county is None else where.score(county)
    return where.score(place)


def _best(
    candidates: Sequence[NamedPlace], places: Gazetteer, where: PlaceContext, *, needs_support: bool = False
) -> NamedPlace | None:
    """One pinyin shared by every candidate, or the one the document supports most."""
    if not candidates:
        return None
    spellings = {place.pinyin for place in candidates}
    if len(spellings) == 1 and not needs_support:
        return candidates[0]
    scored = sorted(
        ((_score(place, places, where), place) for place in candidates), key=lambda pair: -pair[0]
    )
    top = scored[0][0]
    if top == 0:
        return None
    leaders = {place.pinyin for score, place in scored if score == top}
    return scored[0][1] if len(leaders) == 1 else None


def meaning_calque_check(resources: Resources) -> MeaningCalqueCheck:
    return MeaningCalqueCheck(resources)
