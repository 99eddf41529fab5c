"""Proper nouns written in lower case (`case.proper`): `hubei province`, `ceheng`,
`third people’s hospital`, `Hunan cancer hospital`.

Why a programmatic check: whether `huizhou` is a name needs the gazetteer and the English
lexicon (`china`, `he`, `long` are words), whether `ceheng` is needs the document's own
context (its prefecture is named), and institution names need a vocabulary of their parts.

Two rules:
- `lowercase-place-name`: a gazetteer place in lower case, with its lower-case suffix
  (`hubei province` -> `Hubei Province`), or alone when the document names it capitalised
  or names its prefecture or province (`ceheng` beside `Qianxinan`), or when CC-CEDICT's
  glosses write it only as a name (`in shanghai`; `names/name_words.py`);
- `lowercase-institution-name`: `people’s hospital/government/congress/court/political
  consultative conference` and a capitalised place followed by a lower-case institution
  (`Hunan cancer hospital`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, lexicon_in_run
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.casing import capitalise_words
from mtfix.names.gazetteer import Gazetteer, gazetteer
from mtfix.names.mentions import (
    Mention,
    PlaceContext,
    mentions,
    place_context,
    places_named,
    substring_starts,
    word_spans,
)
from mtfix.names.name_words import name_words
from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.protection import pinyin_analyzer_in_run
from mtfix.names.wordmarks import (
    HEAD,
    HEADS,
    MODIFIER,
    MODIFIERS,
    PLACE,
    head_of,
    may_head_institution,
    word_marks,
)
from mtfix.patterns import compiled
from mtfix.text import APOSTROPHES, byte_class, matches_at
from mtfix.verdicts import RunMemory, Verdicts, judged_by_caller

PLACE_RULE = "lowercase-place-name"
INSTITUTION_RULE = "lowercase-institution-name"
TYPE_WORD_RULE = "lowercase-place-type-word"

_ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)
_ORDINAL = rf"(?:{'|'.join(_ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))"
_MAX_WORDINGS = 10_000  # findings' wordings kept for the run before the cache is emptied
PEOPLES = compiled(
    rf"(?<![\p{{L}}-])(?:{_ORDINAL}\s+)?people['’]s\s+(?:political\s+consultative\s+conference|hospital"
    r"|government|congress|court|procuratorate|liberation\s+army|armed\s+police)(?![\p{L}-])",
    regex.IGNORECASE,
)
_TAIL = compiled(rf"(?:\s+(?:{MODIFIERS}))*\s+(?:{HEADS})(?![\p{{L}}-])")
PLACE_INSTITUTION = compiled(
    rf"(?P<place>\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?)(?P<tail>(?:\s+(?:{MODIFIERS}))+\s+(?:{HEADS}))(?![\p{{L}}-])"
)
# An article just before a place: matched backwards from the place (`(?r)`), not searched for.
# Public: an equivalence test holds the fast path equal to it (tests use public names).
ARTICLE_BEFORE = compiled(r"(?r)\b(?:a|an|one|each|every|any|another)\s+", regex.IGNORECASE)
# A place and its modifiers, matched backwards from a head word (`(?r)`): where a match of
# PLACE_INSTITUTION ending with that head begins.
_BEFORE_HEAD = compiled(rf"(?r)\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?(?:\s+(?:{MODIFIERS}))+\s+")
# Letters and digits, then spaces, just before an offset (an ordinal before `people’s`).
_WORD_AND_SPACES_BEFORE = compiled(r"(?r)[\p{L}\d]+\s+")


# A PLACE_INSTITUTION match whose place may head an institution is, in the document's words,
# a word ending with that place, modifiers and a head word in a row (only spaces between).
_INSTITUTION_WORDS = re.compile(byte_class(PLACE) + byte_class(MODIFIER) + b"+" + byte_class(HEAD))
_INSTITUTION_BITS = PLACE | MODIFIER | HEAD

PLACE_INFO = RuleInfo(
    id=PLACE_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A Chinese place name written in lower case",
    doc=(
        "What it does: capitalises a gazetteer place in lower case followed by its suffix\n"
        "(`hubei province`), or alone when the document writes it capitalised elsewhere or names\n"
        "its prefecture or province.\n"
        "Why it matters: Chinese has no capitals, so a translation may leave names in lower case.\n"
        "Not flagged: English words that are also places (`he`, `long`), one-syllable names,\n"
        "lower-case suffixes after a capitalised name (`Hebei province` is accepted style).\n"
        "Example: `in hubei province` -> `in Hubei Province`.\n"
        "Fix safety: safe: the word is a gazetteer name and no English word."
    ),
    bad_examples=(
        BadExample(
            "Experts from hubei province visited the clinic.",
            "Experts from Hubei Province visited the clinic.",
        ),
        BadExample(
            "Doctors sent to ceheng met officials of Qianxinan Prefecture.",
            "Doctors sent to Ceheng met officials of Qianxinan Prefecture.",
        ),
    ),
    good_examples=(
        "Experts from Hebei province visited the clinic in Xinle City.",
        "He said the long road to China was worth it.",
    ),
)
INSTITUTION_INFO = RuleInfo(
    id=INSTITUTION_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="An institution's name written in lower case",
    doc=(
        "What it does: capitalises `people’s hospital`, `people’s government`, `people’s political\n"
        "consultative conference` (with an ordinal: `third people’s hospital`) and a lower-case\n"
        "institution after a capitalised place (`Hunan cancer hospital`).\n"
        "Why it matters: these are the proper names of Chinese institutions.\n"
        "Not flagged: after `a`/`an`/`each` (`a Hunan county hospital` is a description), a bare\n"
        "place plus head (`Hunan hospitals`).\n"
        "Example: `the third people’s hospital` -> `the Third People’s Hospital`.\n"
        "Fix safety: safe for the people’s names; unsafe after a place, where a description is possible."
    ),
    bad_examples=(
        BadExample(
            "Nurses of the third people’s hospital joined the team.",
            "Nurses of the Third People’s Hospital joined the team.",
        ),
        BadExample(
            "He is vice chairman of the Chinese people's political consultative conference.",
            "He is vice chairman of the Chinese People's Political Consultative Conference.",
        ),
        BadExample(
            "Two surgeons from Hunan cancer hospital arrived.",
            "Two surgeons from Hunan Cancer Hospital arrived.",
        ),
    ),
    good_examples=(
        "Nurses of the Third People’s Hospital joined the team.",
        "It is a Hunan cancer hospital with 500 beds, unlike other Hunan hospitals.",
    ),
)
TYPE_WORD_INFO = RuleInfo(
    id=TYPE_WORD_RULE,
    category="case.proper",
    severity=Severity.INFO,
    applicability=Applicability.SAFE,
    description="A capitalised place with its type word in lower case (`Jiangxi province`): a house style",
    doc=(
        "What it does: capitalises the type word after a capitalised gazetteer place\n"
        "(`Jiangxi province`, `Haidian district`), as China's official English writes them.\n"
        "Why it matters: a publication that writes `Jiangxi Province` wants one form throughout.\n"
        "Opt-in: `Jiangxi province` is accepted English (news agencies write it so), so the rule\n"
        "runs only when selected by its id.\n"
        "Not flagged: a place the gazetteer lacks or of another type (`Xinle county` when Xinle\n"
        "is a city), lakes, rivers and mountains (no gazetteer of them), a lower-case name\n"
        "(`lowercase-place-name` capitalises the whole).\n"
        "Example: `in Jiangxi province` -> `in Jiangxi Province`.\n"
        "Fix safety: safe: the name is a gazetteer place of that type."
    ),
    bad_examples=(
        BadExample(
            "Experts from Jiangxi province visited the clinic.",
            "Experts from Jiangxi Province visited the clinic.",
        ),
        BadExample(
            "The Haidian district court heard the case.",
            "The Haidian District court heard the case.",
        ),
    ),
    good_examples=("Experts from Jiangxi Province visited the clinic.", "The province sent doctors."),
    opt_in=True,
)


class ProperCaseCheck(ProgrammaticCheck):
    RULES = (PLACE_INFO, INSTITUTION_INFO, TYPE_WORD_INFO)

    # Verdicts on a word or name alone, kept in the run's memory: a document's words mostly
    # recur. (name, suffix) of a lower-case mention -> whether it is a place's name and suffix;
    # (text found, what it is) -> (message, replacement): the same names recur.
    _PLACE_WORDS = "proper-case.place-words"
    _INSTITUTION_PLACES = "proper-case.institution-places"
    _LOWER_PLACE_WORDS = "proper-case.lower-place-words"
    _HEADS = "proper-case.heads"
    _LOWER_MENTIONS = "proper-case.lower-mentions"
    _WORDINGS = "proper-case.wordings"

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        findings: list[Finding] = []
        if context.is_enabled(INSTITUTION_RULE):
            findings.extend(self.institutions(context, text))
        if context.is_enabled(PLACE_RULE) or context.is_enabled(TYPE_WORD_RULE):
            taken = [(f.start, f.end) for f in findings]
            findings.extend(
                f
                for f in self._places(context, text)
                if context.is_enabled(f.rule) and not any(f.start < e and s < f.end for s, e in taken)
            )
        yield from sorted(findings, key=lambda finding: finding.start)

    def _places(self, context: CheckContext, text: str) -> Iterator[Finding]:
        places = gazetteer(self.resources)
        memory = context.memory
        lower_mentions: Verdicts[bool] = memory.memo(self._LOWER_MENTIONS, judged_by_caller)
        covered: set[int] = set()  # offsets inside a mention already reported
        house_style = context.is_enabled(TYPE_WORD_RULE)
        for mention in mentions(context):
            if house_style and mention.suffix.islower() and mention.name.istitle():
                yield from self._type_word(context, text, places, mention)
                continue
            if not mention.name.islower() or not mention.suffix.islower():
                continue
            written = (mention.name, mention.suffix)
            named = lower_mentions.of(
                written,
                lambda _, mention=mention: (
                    self._is_place_word(memory, mention.name)  # type: ignore[misc]
                    and bool(places_named(places, mention.name, mention))
                ),
            )
            if not named:
                continue
            end = mention.end
            tail = _TAIL.match(text, end)
            if tail is not None:
                end = tail.end()
            covered.update(range(mention.start, end))
            yield self._finding(
                context.memory, PLACE_INFO, text, mention.start, end, Applicability.SAFE, "a place name"
            )
        # Lower-case place words, decided once per distinct word; positions only for those.
        words = context.words.distinct
        lower_place_words: Verdicts[bool] = memory.memo(
            self._LOWER_PLACE_WORDS, partial(self._is_lower_place_word, memory)
        )
        known_names = name_words(self.resources)
        # Performance: the memory of place words fetched once for all of this document's new words.
        judge = partial(_lower_place_word, self._place_words(memory))
        flagged = [
            word
            for word in lower_place_words.among(words, judge)
            if _capitalised_in(word, words)
            or (word in known_names and places.lookup(word))  # `in shanghai`: a name, never a word
            or _supported(word, places, place_context(context))
        ]
        for start, end in word_spans(text, flagged):
            if start in covered or context.protected.overlaps(start, end):
                continue
            yield self._finding(
                context.memory, PLACE_INFO, text, start, end, Applicability.SAFE, "a place name"
            )

    def _type_word(
        self, context: CheckContext, text: str, places: Gazetteer, mention: Mention
    ) -> Iterator[Finding]:
        """`Jiangxi province` -> `Jiangxi Province` (the opt-in house style)."""
        if not places_named(places, mention.name, mention) or context.protected.overlaps(
            mention.start, mention.end
        ):
            return
        written = text[mention.start : mention.end]
        fixed = capitalise_words(written)
        message = f"`{written}`: the type word of a named place is capitalised in this style: `{fixed}`"
        yield TYPE_WORD_INFO.finding(mention.start, written, message, (fixed,))

    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    def institutions(self, context: CheckContext, text: str) -> Iterator[Finding]:
        for match in peoples(text, context.folded_text):
            if _already_capitalised(match.group(0)) or context.protected.overlaps(*match.span()):
                continue
            start, end = match.span()
            yield self._finding(
                context.memory,
                INSTITUTION_INFO,
                text,
                start,
                end,
                Applicability.SAFE,
                "an institution's name",
            )
        # No such words in a row (the words' marks say, C code): no PLACE_INSTITUTION finding.
        marked = word_marks(context)
        if marked.present & _INSTITUTION_BITS != _INSTITUTION_BITS:
            return
        if not _INSTITUTION_WORDS.search(marked.marks):
            return
        # A match ends with a head word after modifiers after its place: matched backwards
        # from each head the document writes, this gives where a match may begin.
        starts = set()
        heads: Verdicts[str] = context.memo(self._HEADS, head_of)
        for head in {heads.verdicts[word] for word in heads.among(context.words.distinct)}:
            for index in substring_starts(text, (head,)):
                before = _BEFORE_HEAD.match(text, 0, index)
                if before is not None:
                    starts.add(before.start())
        for start in sorted(starts):
            match = PLACE_INSTITUTION.match(text, start)
            if match is None or not self.is_institution_place(context.memory, match.group("place")):
                continue
            if ARTICLE_BEFORE.match(text, 0, match.start()) or PEOPLES.search(match.group("tail")):
                continue
            start, end = match.span()
            yield self._finding(
                context.memory,
                INSTITUTION_INFO,
                text,
                start,
                end,
                Applicability.UNSAFE,
                "an institution's name",
            )

    def _finding(
        self,
        memory: RunMemory,
        info: RuleInfo,
        text: str,
        start: int,
        end: int,
        applicability: Applicability,
        what: str,
    ) -> Finding:
        found = text[start:end]
        wording = memory.memo(self._WORDINGS, _wording, _MAX_WORDINGS).of((found, what))
        assert wording is not None  # every (found, what) has one
        message, replacement = wording
        return Finding(
            rule=info.id,
            category=info.category,
            severity=info.severity,
            start=start,
            end=end,
            text=found,
            message=message,
            replacements=(replacement,),
            applicability=applicability,
            source="checks",
        )

    def _is_lower_place_word(self, memory: RunMemory, word: str) -> bool | None:
        return True if word.islower() and self._is_place_word(memory, word) else None

    def _is_place_word(self, memory: RunMemory, word: str) -> bool:
        """Two or more pinyin syllables and no English word (`china`, `change` are words;
        `wuhan`, which the dictionary also lists, is a name)."""
        return self._place_words(memory).of(word)  # type: ignore[return-value]

    def _place_words(self, memory: RunMemory) -> Verdicts[bool]:
        """The run's memory of `_place_word` verdicts."""
        judge = partial(
            _place_word,
            lexicon_in_run(self.resources, memory),
            pinyin_analyzer_in_run(self.resources, memory),
            name_words(self.resources),
        )
        return memory.memo(self._PLACE_WORDS, judge)

    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    def is_institution_place(self, memory: RunMemory, place: str) -> bool:
        """A gazetteer name of two or more syllables may head an institution (`Hunan`)."""
        judge = partial(self._institution_place, memory)
        return memory.memo(self._INSTITUTION_PLACES, judge).of(place)  # type: ignore[return-value]

    def _institution_place(self, memory: RunMemory, place: str) -> bool:
        analyzer = pinyin_analyzer_in_run(self.resources, memory)
        return may_head_institution(place, gazetteer(self.resources), analyzer)


def _place_word(words: Lexicon, analyzer: PinyinAnalyzer, known_names: frozenset[str], word: str) -> bool:
    """See `ProperCaseCheck._is_place_word`."""
    return (
        (not words.is_word(word) or word in known_names)  # `wuhan` is listed
        and words.frequency(word) < 4.5
        and len(analyzer.segment(word) or ()) >= 2  # last: segmenting costs most
    )


def _lower_place_word(place_words: Verdicts[bool], word: str) -> bool | None:
    """`ProperCaseCheck._is_lower_place_word` with the memory of place words at hand."""
    return True if word.islower() and place_words.of(word) else None


def _wording(key: tuple[str, str]) -> tuple[str, str]:
    """(message, replacement) of a finding on `found`, which is `what`."""
    found, what = key
    replacement = capitalise_words(found)
    return f"`{found}` is {what}: write `{replacement}`", replacement


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def peoples(text: str, folded: str | None) -> list[regex.Match[str]]:
    """The matches of `PEOPLES.finditer(text)`, matching only at each `people` of the text
    lower-cased offset for offset (`folded`) and inside the word before it (an ordinal)."""
    if folded is None:
        return list(PEOPLES.finditer(text))
    starts: set[int] = set()
    for people in substring_starts(folded, ("people",)):
        if people + 6 >= len(text) or text[people + 6] not in APOSTROPHES:
            continue  # every match has `people's` (`local people` is none)
        starts.add(people)
        before = _WORD_AND_SPACES_BEFORE.match(text, 0, people)
        if before is None:
            continue
        word = before.group().rstrip()
        if not (word.isascii() and word.isalpha()):
            starts.update(range(before.start(), people))
        elif word.lower() in _ORDINAL_WORDS:
            starts.add(before.start())  # an ordinal can begin after no letter: at the start only
    return matches_at(PEOPLES, text, starts)


def _already_capitalised(phrase: str) -> bool:
    return capitalise_words(phrase) == phrase


def _capitalised_in(word: str, words: frozenset[str]) -> bool:
    """The document also writes the word capitalised (`Ceheng` beside `ceheng`)."""
    capitalised = word[:1].upper() + word[1:]
    return capitalised[:1].isupper() and capitalised in words


def _supported(word: str, places: Gazetteer, context: PlaceContext) -> bool:
    """The document names the place's prefecture or province (so the lower-case word is it)."""
    return any(context.score(place, exclude=(place.code,)) >= 2 for place in places.lookup(word))


def proper_case_check(resources: Resources) -> ProperCaseCheck:
    return ProperCaseCheck(resources)
