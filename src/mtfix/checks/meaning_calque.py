"""Place names translated by meaning (`name.calque`): `Stone Well Town` for 石井镇 (Shijing Town),
`Peony River City` for 牡丹江市 (Mudanjiang City), `Yellow Plum County` for 黄梅县.

Why a programmatic check: the real name is read back with a reverse dictionary
(`names.reverse`): each English word before the place suffix is matched to the CC-CEDICT
glosses of one character or word of a gazetteer or township name, in order, every character
accounted for. Several places may share a reading; those with different pinyin are ranked by
the places the document names (a township's county, prefecture, province).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, partial
from types import MappingProxyType

import regex

from mtfix.checks._anchored import anchored_finditer
from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.gazetteer import Gazetteer, Place, gazetteer
from mtfix.names.mentions import PlaceContext, place_context
from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.names.reverse import LowerCased, NamedPlace, Reading, reverse_dictionary, stem
from mtfix.names.source import source_name_index
from mtfix.names.townships import Township
from mtfix.patterns import compiled
from mtfix.verdicts import judged_by_caller


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
# A place suffix and `flag` as written words. Public: the equivalence test scans with them.
SUFFIX = compiled(r"(?<![\p{L}-])(?i:sub-?district|township|county|city|district|town|banner)(?![\p{L}-])")
# Where each match of `SUFFIX` begins: at its word, or before `district` where `sub` or
# `sub-` stands (`anchored_finditer`).
_SUFFIX_ANCHORS = {
    "county": ("",),
    "city": ("",),
    "town": ("",),
    "district": ("", "sub", "sub-"),
    "banner": ("",),
}
_WORDS_BEFORE = compiled(r"(?r)(?<![\p{L}'’-])(\p{L}+)\s+(?:(\p{L}+)\s+)?(?:(\p{L}+)\s+)?\Z")
_MAX_WORDS = 3
# 旗 read by meaning: a banner's name before `flag` (`urat front flag`).
FLAG = compiled(r"(?<![\p{L}-])(?i:flag)(?![\p{L}-])")
_FLAG_ANCHORS = {"flag": ("",)}
_WORDS_BEFORE_FLAG = compiled(r"(?r)(?<![\p{L}'’-])\p{L}+(?:\s+\p{L}+){0,3}\s+\Z")
SPELLED_SUPPORT = 3  # the whole name spelled by meaning elsewhere: as strong as the place named


def _phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """The words of a calque written anywhere, in any case, with no letter around them."""
    return regex.compile(
        r"(?<![\p{L}'’-])(?i:" + r"\s+".join(map(regex.escape, phrase.split())) + r")(?![\p{L}'’-])"
    )


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
        "Also: the same place written again without its type word (`yellow plum`), and a banner\n"
        "whose 旗 became `flag` (`urat front flag` -> `Urat Front Banner`).\n"
        "Not flagged: pinyin names, descriptive words (`the rural county`), a single English word\n"
        "unless the document names the place's county, prefecture or province or spells its whole\n"
        "name by meaning elsewhere (`Yellow County` beside `yellow plum` for 黄梅).\n"
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
        BadExample(
            "Herders of Urat Front flag sold their wool in Bayannur.",
            "Herders of Urat Front Banner sold their wool in Bayannur.",
        ),
    ),
    good_examples=(
        "The delegation from Huangmei County arrived in Huanggang on Monday.",
        "Doctors visited the rural county and the old town on Monday.",
        "She moved to New York City and later to Salt Lake City.",
        "Pupils raised a plain blue flag and the national flag.",
    ),
)


_READINGS = "meaning-calque.readings"  # the run's memory: (phrase, suffix kinds) -> its readings
_ENGLISH_WORDS = "meaning-calque.english-words"  # the run's memory: word -> True if a calque's


class MeaningCalqueCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        suffixes = place_suffixes(text, context.folded_text)
        flags = written_flags(text, context.folded_text)
        if not suffixes and not flags:
            return
        # Where the document spells a name by meaning, asked for each place a suffix may
        # stand for: found once per name in this document (`functools.cache` of this call).
        spellings = cache(self._spellings(context))
        english = self._english(context)  # one verdict function for the document's suffixes
        found: list[tuple[Finding, NamedPlace | bool, str]] = []
        for suffix in suffixes:
            reading = self._reading(context, text, suffix, spellings, english)
            if reading is not None:
                found.append(reading)
        for flag in flags:
            banner = self._banner(context, text, flag)
            if banner is not None:
                found.append((banner, True, ""))
        taken = [(finding.start, finding.end) for finding, _, _ in found]
        yield from (finding for finding, _, _ in found)
        yield from self._written_again(text, found, taken, spellings)

    def _spellings(self, context: CheckContext) -> Callable[[str], tuple[tuple[int, int], ...]]:
        """Where this document spells a name (its stem) by meaning (`ReverseDictionary.spellings`)."""
        text = context.document.text
        return lambda name: tuple(reverse_dictionary(self.resources).spellings(text, name, _lowered(context)))

    def _banner(self, context: CheckContext, text: str, flag: regex.Match[str]) -> Finding | None:
        """`urat front flag` for 乌拉特前旗: a banner's name (pinyin or its English name in
        CC-CEDICT) before `flag`, the word for 旗 by meaning."""
        before = _WORDS_BEFORE_FLAG.search(text, max(0, flag.start() - 60), flag.start())
        if before is None:
            return None
        words = before[0].split()
        names = banner_names(self.resources)
        for size in range(len(words), 0, -1):
            name = names.get(" ".join(words[-size:]).casefold())
            if name is None or self._plain_english(context, words[-size:]):
                continue
            start = flag.start()
            for word in reversed(words[-size:]):
                start = text.rindex(word, 0, start)
            written = text[start : flag.end()]
            replacement = f"{name} Banner"
            return RULE.finding(
                start,
                written,
                f"`{written}` renders 旗 (banner) by its meaning: probably `{replacement}`",
                (replacement,),
            )
        return None

    def _english_name(self, phrase: list[str], place: NamedPlace) -> bool:
        """The phrase is the place's English name in CC-CEDICT (an exonym, not a calque)."""
        names = source_name_index(self.resources).exonyms.get(stem(place), ())
        return " ".join(phrase).casefold() in {name.casefold() for name in names}

    def _plain_english(self, context: CheckContext, words: list[str]) -> bool:
        """`a plain blue flag` is English although 正蓝旗 is Plain Blue Banner: lower-case
        English words alone are not taken for a banner's name."""
        is_word = run_lexicon(context).is_word
        return all(word.islower() and is_word(word) for word in words)

    def _written_again(
        self,
        text: str,
        found: list[tuple[Finding, NamedPlace | bool, str]],
        taken: list[tuple[int, int]],
        spellings: Callable[[str], tuple[tuple[int, int], ...]],
    ) -> Iterator[Finding]:
        """A place the document names by meaning with its type word, written again without
        it (`the yellow plum growers` beside `Yellow County` for 黄梅): the same words, or
        two words spelling the whole name one character each."""
        for finding, place, phrase in found:
            if isinstance(place, bool):
                continue
            spots = list(spellings(stem(place)))
            if len(phrase.split()) >= 2:  # one word (`Yellow`) is no name without its type word
                spots.extend((match.start(), match.end()) for match in _phrase_pattern(phrase).finditer(text))
            for start, end in sorted(set(spots), key=lambda spot: (spot[0], -spot[1])):
                if any(start < other_end and other_start < end for other_start, other_end in taken):
                    continue
                taken.append((start, end))
                written = text[start:end]
                message = f"`{written}` names {place.chinese} by meaning, as `{finding.text}` does"
                yield RULE.finding(start, written, f"{message}: probably `{place.pinyin}`", (place.pinyin,))

    def _reading(
        self,
        context: CheckContext,
        text: str,
        suffix: regex.Match[str],
        spellings: Callable[[str], tuple[tuple[int, int], ...]],
        english: Callable[[str], bool | None],
    ) -> tuple[Finding, NamedPlace | bool, str] | None:
        before = _WORDS_BEFORE.search(text, max(0, suffix.start() - 80), suffix.start())
        if before is None:
            return None
        words = [word for word in before.groups() if word]  # in text order, at most _MAX_WORDS
        tail = english_tail(words, english)
        if not tail:
            return None  # (most suffixes: the word before is pinyin or a descriptive word)
        kinds = SUFFIX_KINDS[suffix[0].lower()]
        for size in range(tail, 0, -1):
            phrase = words[-size:]
            # The readings of a phrase depend on its words and suffix alone: the run keeps them.
            readings = context.memo(_READINGS, self._readings).of((tuple(phrase), kinds)) or []
            choice = self._choose(context, readings, len(phrase), spellings)
            if choice is None:
                continue
            if not isinstance(choice, bool) and self._english_name(phrase, choice):
                return None  # `Bordered Yellow Banner` is 镶黄旗's own English name
            start = suffix.start()
            for word in reversed(phrase):
                start = text.rindex(word, 0, start)
            return self._finding(text, start, suffix, choice), choice, " ".join(phrase)
        return None

    def _readings(self, key: tuple[tuple[str, ...], frozenset[str]]) -> list[Reading]:
        """The readings of (phrase, suffix kinds)."""
        return reverse_dictionary(self.resources).readings(*key)

    def _english(self, context: CheckContext) -> Callable[[str], bool | None]:
        """Whether a word is an English word (no pinyin, no descriptive or function word);
        the run remembers each word's verdict (the lexicon is reached only for a new word)."""
        memory = context.memo(_ENGLISH_WORDS, judged_by_caller)
        judge: Callable[[str], bool | None] | None = None

        def verdict(word: str) -> bool | None:
            nonlocal judge
            if judge is None and word not in memory:
                judge = partial(_english_word, run_lexicon(context), run_pinyin_analyzer(context))
            return memory.of(word, judge)

        return verdict

    def _choose(
        self,
        context: CheckContext,
        readings: list[Reading],
        size: int,
        spellings: Callable[[str], tuple[tuple[int, int], ...]],
    ) -> NamedPlace | bool | None:
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
        return _best(
            partial, places, where, needs_support=True, spelled=lambda place: bool(spellings(stem(place)))
        )

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
        return RULE.finding(start, written, message, replacements, applicability=applicability)


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def place_suffixes(text: str, folded: str | None) -> list[regex.Match[str]]:
    """`SUFFIX.finditer(text)`, matched only where a suffix word occurs in `folded` (the text
    lower-cased offset for offset; None: the plain scan)."""
    return list(anchored_finditer(SUFFIX, text, folded, _SUFFIX_ANCHORS))


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def written_flags(text: str, folded: str | None) -> list[regex.Match[str]]:
    """`FLAG.finditer(text)`, matched only where `flag` occurs in `folded`."""
    return list(anchored_finditer(FLAG, text, folded, _FLAG_ANCHORS))


# Public: an equivalence test holds it equal to trying every phrase (tests use public names).
def english_tail(words: Sequence[str], is_english: Callable[[str], object]) -> int:
    """How many of `words`, counted back from the last, are English before one is not.

    Why: every phrase a suffix's reading tries ends with the word before the suffix, so a
    phrase is all English exactly when it lies within this tail: one verdict a word instead
    of one a word for each phrase it is in (most words before a suffix are pinyin)."""
    count = 0
    for word in reversed(words):
        if not is_english(word):
            break
        count += 1
    return count


def _english_word(words: Lexicon, analyzer: PinyinAnalyzer, word: str) -> bool | None:
    """True when `word` may be a word of a calque: an English word, no pinyin, no descriptive
    or function word (None: it may not)."""
    lower = word.lower()
    if lower in NOT_NAME_WORDS or not words.is_word(lower) or len(lower) < 3:
        return None
    if word[:1].isupper() and analyzer.segment(word) is not None:
        return None  # `Shijing`, `Fang`: a capitalised pinyin word is a name already
    return True


def _lowered(context: CheckContext) -> LowerCased | None:
    """The document lower-cased for `spellings`, made once per document."""
    return context.shared(
        "meaning-calque.lowered",
        lambda context: LowerCased.of(context.folded_text, context.words.distinct, context.memory),
    )


def _score(place: NamedPlace, places: Gazetteer, where: PlaceContext) -> int:
    """Support in the document: a township through its county, a division through itself."""
    if isinstance(place, Township):
        county = places.get(place.county)
        return 0 if county is None else where.score(county)
    return where.score(place)


def _best(
    candidates: Sequence[NamedPlace],
    places: Gazetteer,
    where: PlaceContext,
    *,
    needs_support: bool = False,
    spelled: Callable[[NamedPlace], bool] | None = None,
) -> NamedPlace | None:
    """One pinyin shared by every candidate, or the one the document supports most: by the
    places it names, or (`spelled`) by writing the whole name by meaning elsewhere."""
    if not candidates:
        return None
    spellings = {place.pinyin for place in candidates}
    if len(spellings) == 1 and not needs_support:
        return candidates[0]
    scored = sorted(
        (
            (
                _score(place, places, where)
                + (SPELLED_SUPPORT if spelled is not None and spelled(place) else 0),
                place,
            )
            for place in candidates
        ),
        key=lambda pair: -pair[0],
    )
    top = scored[0][0]
    if top == 0:
        return None
    leaders = {place.pinyin for score, place in scored if score == top}
    return scored[0][1] if len(leaders) == 1 else None


def banner_names(resources: Resources) -> Mapping[str, str]:
    """A banner's name in lower case (`wulatezhongqi`, `urat front`) -> as written (`Urat Front`):
    the pinyin of every banner and the English names CC-CEDICT gives them."""

    def build(resources: Resources) -> Mapping[str, str]:
        exonyms = source_name_index(resources).exonyms
        names: dict[str, str] = {}
        for place in gazetteer(resources).places:
            if place.kind in ("Banner", "Autonomous Banner"):
                for name in (place.pinyin, *exonyms.get(stem(place), ())):
                    names.setdefault(name.casefold(), name)
        return MappingProxyType(names)

    return resources.load("meaning-calque.banner-names", build)


def meaning_calque_check(resources: Resources) -> MeaningCalqueCheck:
    return MeaningCalqueCheck(resources)
