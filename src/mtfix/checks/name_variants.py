"""One place written in different ways within a document (`name.variant`).

Why a programmatic check: deciding that `Zhiheng County` is the document's `Ceheng` needs
the gazetteer (Zhiheng is no county; Ceheng is, under the Qianxinan and Guizhou the document
names) and a grouping of the document's mentions by shared syllables. Two cases:

- a `<name> County/District/City/...` that the gazetteer lacks, beside a real place of the
  same type that shares its last syllable or is a letter or two away and that the document
  itself names or places (its prefecture or province is named);
- a province one letter away from the province every other named place belongs to
  (`Hubei Province` in an article about places in Hebei that also names Hebei).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.gazetteer import Gazetteer, Place, gazetteer
from mtfix.names.mentions import (
    Mention,
    PlaceContext,
    mentions,
    place_context,
    places_named,
)
from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.verdicts import Verdicts, judged_by_caller

RULE_ID = "place-name-variant"
# Public: an equivalence test holds the fast path equal to it (tests use public names).
MAX_DISTANCE = 2  # letters between a garbled name and the real one
_STRONG_SUPPORT = 4  # the name itself, or both its prefecture and its province, are named

RULE = RuleInfo(
    id=RULE_ID,
    category="name.variant",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A place written differently from the real place the document names elsewhere",
    doc=(
        "What it does: flags a county, district, city or province name that is not in the\n"
        "gazetteer (or is in the wrong province) when the document names a real place of the same\n"
        "type with the same last syllable or one or two letters away, and proposes that name.\n"
        "Why it matters: a translation renders one 县 several ways (`Zhiheng`, `ceheng`,\n"
        "`Title-heng`); readers think they are different places.\n"
        "Not flagged: names in the gazetteer that fit the document, names with no supported match.\n"
        "Example: `Zhiheng County` beside `ceheng` and `Qianxinan Prefecture` -> `Ceheng County`.\n"
        "Fix safety: unsafe: the match rests on the document's context."
    ),
    bad_examples=(
        BadExample(
            "Doctors from ceheng serve Zhiheng County in Qianxinan Prefecture, Guizhou Province.",
            "Doctors from ceheng serve Ceheng County in Qianxinan Prefecture, Guizhou Province.",
        ),
        BadExample(
            "Xinle City and Dingzhou City in Hebei share a clinic network. Hubei Province praised it.",
            "Xinle City and Dingzhou City in Hebei share a clinic network. Hebei Province praised it.",
        ),
    ),
    good_examples=(
        "Doctors from Ceheng serve Ceheng County in Qianxinan Prefecture, Guizhou Province.",
        "Yuelu District of Changsha in Hunan Province and Wuhan in Hubei Province signed a deal.",
        "Experts visited Huihui City last week.",
    ),
)


class PlaceVariantCheck(ProgrammaticCheck):
    RULES = (RULE,)

    # The run's memories of verdicts that depend on the written name alone (most names
    # recur): its syllables, the places it names, and place code -> its province code.
    _SYLLABLES = "place-variant.syllables"
    _NAMED = "place-variant.named"
    _PROVINCE_OF = "place-variant.province-of"

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        found = mentions(context)
        if not found:
            return
        text = context.document.text
        resolved: dict[tuple[str, str], Place | None] = {}  # one answer per written name
        judge = partial(_name_syllables, analyzer=run_pinyin_analyzer(context), words=run_lexicon(context))
        syllables_of = context.memo(self._SYLLABLES, judge).of
        for mention in found:
            written = (mention.name, mention.suffix)
            best = resolved.get(written, _UNRESOLVED)
            if best is _UNRESOLVED:
                syllables = syllables_of(mention.name)
                best = resolved[written] = (
                    None if syllables is None else self._resolve(syllables, mention, context)
                )
            if best is None:
                continue
            replacement = f"{best.pinyin} {mention.suffix}"
            yield Finding(
                rule=RULE_ID,
                category=RULE.category,
                severity=RULE.severity,
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                message=f"`{mention.text}` is {best.pinyin} ({best.chinese}) elsewhere: `{replacement}`",
                replacements=(replacement,),
                applicability=RULE.applicability,
                source="checks",
            )

    def _resolve(self, syllables: tuple[str, ...], mention: Mention, context: CheckContext) -> Place | None:
        """The place this mention should name, given what the document names."""
        kinds = mention.kinds
        key = (mention.name, kinds)
        named = context.memo(self._NAMED, judged_by_caller).of(
            key, lambda _: places_named(gazetteer(self.resources), mention.name, mention)
        )
        if named:
            if any(place.level != 1 for place in named):
                return None  # only a province name can be a province slip
            provinces = context.shared(_PROVINCES_BELOW, self._provinces_below)
            return _province_slip(named, provinces, place_context(context))
        strong = context.shared(_STRONGLY_SUPPORTED, _strongly_supported)
        return closest_supported(syllables, kinds, strong)

    def _provinces_below(self, context: CheckContext) -> set[str]:
        """The provinces of the places the document names below province level."""
        places = gazetteer(self.resources)
        province_of: Verdicts[str] = context.memo(self._PROVINCE_OF, partial(_province_below, places=places))
        found = set()
        for code in place_context(context).named:
            province = province_of.of(code)
            if province:
                found.add(province)
        return found


_UNRESOLVED = Place("", "", 0, "", (), "")  # marks a written name not resolved yet
_STRONGLY_SUPPORTED = "place-variant.strongly-supported"
_PROVINCES_BELOW = "place-variant.provinces-below"


def _name_syllables(name: str, analyzer: PinyinAnalyzer, words: Lexicon) -> tuple[str, ...] | None:
    """The syllables of a name that may garble a place: capitalised pinyin of two or more
    syllables and no English word (calques and lower-case names belong to other rules)."""
    syllables = None
    if "-" not in name and name[:1].isupper():
        segmented = analyzer.segment(name)
        if segmented is not None and len(segmented) >= 2 and not words.is_word(name):
            syllables = segmented
    return syllables


def _strongly_supported(context: CheckContext) -> dict[int, list[Strong]]:
    """The places the document supports with at least _STRONG_SUPPORT, by syllable count,
    each with its score and its pinyin joined (asked per mention, so computed once here).

    A score of 3 for the place's own name and 2 per named ancestor reaches 4 only for a place
    named under a named place, or below two named places, that is below the nearer of them,
    itself named under a named place. So these places are found from the few the document
    names, not by scoring the gazetteer.
    """
    support = place_context(context)
    places = support.gazetteer
    found: dict[str, Place] = {}
    for code in support.named:
        place = places.get(code)
        if place is None or not any(ancestor in support.named for ancestor in places.ancestor_codes(place)):
            continue
        found[place.code] = place
        for member in places.descendants(place):
            found[member.code] = member
    strong: dict[int, list[Strong]] = {}
    for place in found.values():
        score = support.score(place)
        if score >= _STRONG_SUPPORT:
            strong.setdefault(len(place.syllables), []).append(
                Strong(place, score, "".join(place.syllables), place.syllables[-1])
            )
    return strong


# Public: an equivalence test holds the fast path equal to it (tests use public names).
class Strong(NamedTuple):
    """A strongly supported place with what `closest_supported` compares."""

    place: Place
    score: int  # `PlaceContext.score(place)`
    written: str  # its syllables joined
    last: str  # its last syllable


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def closest_supported(
    syllables: tuple[str, ...], kinds: frozenset[str], strong: dict[int, list[Strong]]
) -> Place | None:
    """The real place an unknown name most likely garbles, if the document supports one.

    A candidate is a place of the mention's type with as many syllables and the same last
    syllable, or at most MAX_DISTANCE letters away. One is proposed only when it is the
    single best supported and scores at least _STRONG_SUPPORT; any candidate scoring less
    can then neither win nor tie, so only the strongly supported places are compared.
    As `best_supported` over the candidates: the first with the highest score, unless
    another candidate has that score too (scores here are never 0).
    """
    written = "".join(syllables)
    last = syllables[-1]
    best: Place | None = None
    top = 0
    tied = False
    for place, score, name, place_last in strong.get(len(syllables), ()):
        if place.kind not in kinds or score < top:
            continue
        if place_last != last and not within_distance(name, written, MAX_DISTANCE):
            continue
        if score > top:
            best, top, tied = place, score, False
        else:
            tied = True
    return None if tied else best


def _province_slip(named: list[Place], provinces: set[str], context: PlaceContext) -> Place | None:
    """A named province with no named place under it, one letter from the one that has them."""
    if any(place.code in provinces for place in named) or not provinces:
        return None
    places = context.gazetteer
    slips = [
        code
        for code in provinces
        if (other := places.get(code)) is not None
        and code in context.named
        and any(_distance(other.key, place.key) == 1 for place in named)
    ]
    if len(slips) > 1:  # the province of the place named first wins
        order: dict[str, int] = {}
        for code in context.in_text_order:
            if province := _province_below(code, places):
                order.setdefault(province, len(order))
        slips.sort(key=order.__getitem__)
    return places.get(slips[0]) if slips else None


def _province_below(code: str, places: Gazetteer) -> str | None:
    """The province of a named place below province level, if it has one."""
    place = places.get(code)
    if place is None or place.level <= 1:
        return None
    top = [ancestor for ancestor in places.ancestors(place) if ancestor.level == 1]
    return top[0].code if top else None


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def within_distance(first: str, second: str, limit: int) -> bool:
    """Levenshtein distance at most `limit` (C code that stops past the limit)."""
    return Levenshtein.distance(first, second, score_cutoff=limit) <= limit


def _distance(first: str, second: str) -> int:
    """Levenshtein distance."""
    return Levenshtein.distance(first, second)


def place_variant_check(resources: Resources) -> PlaceVariantCheck:
    return PlaceVariantCheck(resources)
