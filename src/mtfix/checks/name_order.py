"""Chinese personal names in both orders within one document (`name.order`):
`Yazhou Xiao` among `Li Weiwei` and `Zou Zhongping`.

Why a programmatic check: the order of a two-word pinyin name is told by which word is a
surname (rules/data/surnames.tsv) and which a two-syllable given name; the document's own
majority says which order it uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.mentions import WordVerdicts, substring_starts
from mtfix.names.pinyin import PinyinAnalyzer, TokenKind
from mtfix.names.protection import pinyin_analyzer

RULE_ID = "name-order"
_PAIR = regex.compile(
    r"(?<![\p{L}'’-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?) (?P<second>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)"
    r"(?![\p{L}'’-])(?!\s+\p{Lu})"
)
# (syllables, is a surname) -> its role in a pair; a word marked as a surname.
_ROLES = {(1, True): 1, (2, False): 2}
_SURNAME_MARK = re.compile(rb"\x01")
# Two ASCII words where `_PAIR` may match them (a superset: no boundary checks).
_ASCII_PAIR = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?) (?=([A-Z][a-z]+(?:-[a-z]+)?))")
_COMMON_ENGLISH = 5.0  # Zipf frequency above which a one-syllable word is English (`He`, `Long`)
SURNAME_FIRST, GIVEN_FIRST = "surname first", "given name first"

RULE = RuleInfo(
    id=RULE_ID,
    category="name.order",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A Chinese personal name in the opposite order to the document's other names",
    doc=(
        "What it does: classifies two-word pinyin names as surname first (`Li Weiwei`) or given\n"
        "name first (`Weiwei Li`) and flags the minority order when the document clearly prefers one.\n"
        "Why it matters: the same document must not name people in two orders; readers cannot tell\n"
        "which word is the surname.\n"
        "Not flagged: names of two one-syllable words (`Zhang Wei` reads either way), names followed\n"
        "by another capitalised word (`Huicheng District`), English words.\n"
        "Example: `Yazhou Xiao` among `Li Weiwei`, `Zou Zhongping` -> `Xiao Yazhou`.\n"
        "Fix safety: unsafe: some people keep the Western order in Chinese news."
    ),
    bad_examples=(
        BadExample(
            "Director Li Weiwei and deputy Zou Zhongping met nurse Yazhou Xiao on Monday.",
            "Director Li Weiwei and deputy Zou Zhongping met nurse Xiao Yazhou on Monday.",
        ),
        BadExample(
            "Chen Jianguo, Wang Xiuying and Guoqiang Liu signed the agreement.",
            "Chen Jianguo, Wang Xiuying and Liu Guoqiang signed the agreement.",
        ),
    ),
    good_examples=(
        "Director Li Weiwei and deputy Zou Zhongping met nurse Xiao Yazhou on Monday.",
        "Zhang Wei met Li Na in Huicheng District and Guizhou Province.",
    ),
)


@dataclass(frozen=True, slots=True)
class _Name:
    start: int
    end: int
    first: str
    second: str
    order: str


class NameOrderCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def __init__(self, resources: Resources) -> None:
        super().__init__(resources)
        # word -> (syllables, is a surname) for a pinyin name that is no English word, else
        # None; kept for the run, since it depends on the word alone.
        self._parts: dict[str, tuple[int, bool] | None] = {}
        self._surnames: WordVerdicts[int] = WordVerdicts(self._surname_role)
        self._given_names: dict[str, bool] = {}

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        # A pair classifies only when it is two consecutive words, a one-syllable surname and
        # a two-syllable given name in either order. The surnames among the document's words
        # are marked by C code (one byte per word), and only the words beside them are judged.
        surnames = self._surnames
        if not surnames.among(context.words.distinct):
            return
        words = context.words.words
        marks = bytes(map(surnames.verdicts.get, words, repeat(0)))
        last = len(words) - 1
        surname_first = given_first = 0
        pairs = set()
        for index in map(_start, _SURNAME_MARK.finditer(marks)):
            if index < last and self._is_given_name(words[index + 1]):
                surname_first += 1
                pairs.add(f"{words[index]} {words[index + 1]}")
            if index and self._is_given_name(words[index - 1]):
                given_first += 1
                pairs.add(f"{words[index - 1]} {words[index]}")
        # Each name the pattern finds is one such pair, in the same order, so when the pairs
        # show no two orders (the usual case) the document has no finding.
        if not surname_first or not given_first or surname_first + given_first < 3:
            return
        # An ASCII pair is found where `_ASCII_PAIR` matches (one C scan); the rare pair with
        # other letters is looked for as it is written.
        starts = {found.start() for found in _ASCII_PAIR.finditer(text) if f"{found[1]} {found[2]}" in pairs}
        starts.update(substring_starts(text, [pair for pair in pairs if not pair.isascii()]))
        names = [
            name
            for start in sorted(starts)
            if (match := _PAIR.match(text, start)) is not None and (name := self._classify(match)) is not None
        ]
        counts = {SURNAME_FIRST: 0, GIVEN_FIRST: 0}
        for name in names:
            counts[name.order] += 1
        majority = max(counts, key=lambda order: counts[order])
        minority = GIVEN_FIRST if majority == SURNAME_FIRST else SURNAME_FIRST
        if counts[majority] < 2 or counts[minority] >= counts[majority] or not counts[minority]:
            return
        for name in names:
            if name.order != minority:
                continue
            replacement = f"{name.second} {name.first}"
            yield Finding(
                rule=RULE_ID,
                category=RULE.category,
                severity=RULE.severity,
                start=name.start,
                end=name.end,
                text=text[name.start : name.end],
                message=f"`{name.first} {name.second}` is {minority}; the document writes names {majority}"
                f" ({counts[majority]} names): `{replacement}`",
                replacements=(replacement,),
                applicability=RULE.applicability,
                source="checks",
            )

    def _name_part(self, word: str) -> tuple[int, bool] | None:
        """(syllables, is a surname) of a pinyin name that is no English word, else None."""
        try:
            return self._parts[word]
        except KeyError:
            pass
        analyzer = self._analyzer
        analysis = analyzer.classify(word)
        part = None
        if analysis.kind is TokenKind.PINYIN_NAME and not _english(
            word, len(analysis.syllables), self._lexicon
        ):
            part = (len(analysis.syllables), word.casefold() in analyzer.surnames)
        self._parts[word] = part
        return part

    @cached_property
    def _analyzer(self) -> PinyinAnalyzer:
        return pinyin_analyzer(self.resources)

    @cached_property
    def _lexicon(self) -> Lexicon:
        return lexicon(self.resources)

    def _role(self, word: str) -> int | None:
        """1 for a one-syllable surname, 2 for a two-syllable given name, else None."""
        if not word[:1].isupper():
            return None  # no pinyin name (`_name_cased`), judged without classifying
        analyzer = self._analyzer
        surname = word.casefold() in analyzer.surnames
        if not surname and self._lexicon.is_word(word):
            return None  # not a surname, so only a given name, which must be no English word
        if len(analyzer.segment(word) or ()) != (1 if surname else 2):
            return None  # a surname has one syllable, a given name two
        return _ROLES.get(self._name_part(word))  # type: ignore[arg-type]

    def _surname_role(self, word: str) -> int | None:
        """1 for a one-syllable surname (the byte its words are marked with), else None."""
        if word.casefold() not in self._analyzer.surnames:
            return None
        return 1 if self._role(word) == 1 else None

    def _is_given_name(self, word: str) -> bool:
        found = self._given_names.get(word)
        if found is None:
            found = self._given_names[word] = self._role(word) == 2
        return found

    def _classify(self, match: regex.Match[str]) -> _Name | None:
        first, second = match.group("first"), match.group("second")
        first_part, second_part = self._name_part(first), self._name_part(second)
        if first_part is None or second_part is None:
            return None
        (first_syllables, first_is_surname), (second_syllables, second_is_surname) = first_part, second_part
        if first_is_surname and first_syllables == 1 and second_syllables == 2 and not second_is_surname:
            order = SURNAME_FIRST
        elif second_is_surname and second_syllables == 1 and first_syllables == 2 and not first_is_surname:
            order = GIVEN_FIRST
        else:
            return None
        return _Name(match.start(), match.end(), first, second, order)


def _start(match: re.Match[bytes]) -> int:
    return match.start()


def _english(word: str, syllables: int, words: Lexicon) -> bool:
    """A given name must be no dictionary word; a surname only no very common one (`He`, `Long`),
    since dictionaries list surnames such as `Chen` and `Wang`."""
    if syllables == 1:
        return words.frequency(word) >= _COMMON_ENGLISH
    return words.is_word(word)


def name_order_check(resources: Resources) -> NameOrderCheck:
    return NameOrderCheck(resources)
