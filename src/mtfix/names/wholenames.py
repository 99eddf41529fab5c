"""Whole proper names with lower-case parts: company names before `Co., Ltd`, months, weekdays,
festivals and languages (institution names are `names.institutions`), and the fix they share.

Why by structure: Chinese has no capitals, so a translation leaves parts of a name in lower case
(`tumed hotel co., LTD.`, `in january`). A company name's extent comes from its structure (the
words before `Co., Ltd`), so the suggestion is the whole corrected name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import regex

from mtfix.patterns import compiled
from mtfix.text import WORD_AT, find_any_starts, find_starts, folded_text, matches_at


def _words(text: str) -> frozenset[str]:
    """A vocabulary written as one string of words."""
    return frozenset(text.split())


_LETTERS = compiled(r"\p{L}+")
# Months (without `may` and `march`, which are English words), weekdays, languages and nationalities.
CALENDAR_WORDS = _words(
    """january february april june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday"""
)
LANGUAGE_WORDS = _words(
    """english chinese french german japanese korean russian spanish arabic mandarin cantonese tibetan
    mongolian uyghur uygur portuguese italian"""
)
_CALENDAR_OR_LANGUAGE = CALENDAR_WORDS | LANGUAGE_WORDS
FESTIVALS = compiled(
    r"(?<![\p{L}-])(?:spring|lantern|dragon\s+boat|mid-autumn|qingming|double\s+ninth|tomb-sweeping)"
    r"\s+festival(?![\p{L}-])"
)
_WORD_INITIAL_LOWER = compiled(r"(?<![\p{L}])\p{Ll}")
# A festival's first words and the spaces before `festival`, read backwards from it (no first
# word ends as another does, so a `festival` has one such start at the most).
_BEFORE_FESTIVAL = compiled(
    r"(?r)(?:spring|lantern|dragon\s+boat|mid-autumn|qingming|double\s+ninth|tomb-sweeping)\s+"
)
# Words that end a company name's run backwards: function words and verbs a sentence puts before it.
_NOT_COMPANY = _words(
    """the a an of and or for with from by to in at on as is are was were be been has have had said says
    its their our his her this that these those such including include includes like than between among
    about into over under after before during signed visited"""
)
# Public: the equivalence test scans with it.
COMPANY = compiled(r"(?<![\p{L}-])co\.,?\s*(?:ltd|limited)\b\.?", regex.IGNORECASE)
_CO = compiled(r"(?i)\bco\b")
_LTD = compiled(r"(?i)\bltd\b")
_LIMITED = compiled(r"(?i)\blimited\b")
_WORD = compiled(r"\p{L}+(?:['’-]\p{L}+)*")
_MAX_COMPANY_WORDS = 6


@dataclass(frozen=True, slots=True)
class NameFix:
    """A name with lower-case parts: where it is, and the name with them capitalised."""

    start: int
    end: int
    replacement: str
    kind: str  # company, institution, calendar, festival, language, person, elsewhere, surname-meaning
    alternatives: tuple[str, ...] = ()  # further replacements, less likely than `replacement`


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def company_names(text: str, is_word: Callable[[str], bool], folded: str | None = None) -> Iterator[NameFix]:
    """`tumed hotel co., LTD.` -> `Tumed Hotel Co., Ltd.`: the lower-case words before `co., ltd`.

    `is_word` tells English words: a past participle (`visited`) ends the run, a name (`tumed`) not.
    `folded`: the text's `folded_text`, when the caller has it.
    """
    for company in company_matches(text, folded):
        words: list[regex.Match[str]] = []
        position = company.start()
        while len(words) < _MAX_COMPANY_WORDS:
            gap_end = position
            while position > 0 and text[position - 1] == " ":
                position -= 1
            if position == gap_end and words:
                break
            previous = _last_word(text, position)
            if previous is None or previous[0].lower() in _NOT_COMPANY:
                break
            if previous[0].endswith("ed") and is_word(previous[0]):
                break
            if not previous[0].islower():
                break
            words.append(previous)
            position = previous.start()
        if not words:
            continue
        start = words[-1].start()
        suffix = text[company.start() : company.end()]
        fixed_suffix = _CO.sub("Co", suffix)
        fixed_suffix = _LTD.sub("Ltd", fixed_suffix)
        fixed_suffix = _LIMITED.sub("Limited", fixed_suffix)
        name = " ".join(capitalise(word[0]) for word in reversed(words))
        between = text[words[0].end() : company.start()]
        yield NameFix(start, company.end(), name + between + fixed_suffix, "company")


def company_matches(text: str, folded: str | None = None) -> list[regex.Match[str]]:
    """The matches of `COMPANY.finditer(text)`, tried only where the lower-cased text (`folded`,
    the text's `folded_text` when the caller has it) holds `co.`.

    Why: the pattern is case-insensitive and begins with a look-behind, so a plain scan tries
    it at every position; `co.` is rare and found by `str.find`. A text that cannot be
    searched lower-cased is scanned plainly."""
    if folded is None:
        folded = folded_text(text)
    if folded is None:
        return list(COMPANY.finditer(text))
    return matches_at(COMPANY, text, find_starts(folded, "co."))


def _last_word(text: str, end: int) -> regex.Match[str] | None:
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
        start -= 1
    if start == end:
        return None
    return _WORD.fullmatch(text, start, end)


def letter_runs(text: str) -> set[str]:
    """The distinct runs of letters in `text` (one scan that several name checks share)."""
    return set(_LETTERS.findall(text))


def calendar_and_language_names(text: str, distinct: AbstractSet[str] | None = None) -> Iterator[NameFix]:
    """`in january`, `on monday`, `in english`, `dragon boat festival`. `distinct`: the text's
    distinct words (`WordIndex.distinct`), when the caller has them.

    Why searched, not walked: a calendar or language word is a whole word (and a run of
    letters), so only those among the text's words are looked for, and a festival only
    where its first word is."""
    present = _CALENDAR_OR_LANGUAGE.intersection(letter_runs(text) if distinct is None else distinct)
    for start in sorted(set(find_any_starts(text, present))) if present else ():
        word = WORD_AT.match(text, start)  # the word `finditer` finds there, if one starts there
        if word is None or word[0] not in present:
            continue
        lower = word[0]
        if lower in CALENDAR_WORDS:
            yield NameFix(word.start(), word.end(), capitalise(lower), "calendar")
        else:
            yield NameFix(word.start(), word.end(), capitalise(lower), "language")
    for festival in festival_matches(text):
        written = festival[0]
        fixed = _WORD_INITIAL_LOWER.sub(lambda m: m[0].upper(), written)
        if fixed != written:
            yield NameFix(festival.start(), festival.end(), fixed, "festival")


def festival_matches(text: str) -> list[regex.Match[str]]:
    """The matches of `FESTIVALS.finditer(text)`, tried only where a festival's first word
    stands before a `festival` (read back from each: the word `festival` is rarer than
    the first words, `spring` and `double` among them)."""
    starts = []
    for index in find_starts(text, "festival"):
        before = _BEFORE_FESTIVAL.match(text, 0, index)
        if before is not None:
            starts.append(before.start())
    return matches_at(FESTIVALS, text, starts)
