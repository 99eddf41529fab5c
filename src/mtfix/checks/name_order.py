"""Chinese personal names in both orders within one document (`name.order`):
`Yazhou Xiao` among `Li Weiwei` and `Zou Zhongping`.

Why a programmatic check: the order of a two-word pinyin name is told by which word is a
surname (rules/data/surnames.tsv) and which a two-syllable given name; the document's own
majority says which order it uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.pinyin import PinyinAnalyzer, TokenKind
from mtfix.names.protection import pinyin_analyzer

RULE_ID = "name-order"
_PAIR = regex.compile(
    r"(?<![\p{L}'’-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?) (?P<second>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)"
    r"(?![\p{L}'’-])(?!\s+\p{Lu})"
)
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

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        analyzer = pinyin_analyzer(context.resources)
        words = lexicon(context.resources)
        text = context.document.text
        names = [
            name
            for match in _PAIR.finditer(text, overlapped=True)
            if (name := _classify(match, analyzer, words)) is not None
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


def _classify(match: regex.Match[str], analyzer: PinyinAnalyzer, words: Lexicon) -> _Name | None:
    first, second = match.group("first"), match.group("second")
    parts = []
    for word in (first, second):
        analysis = analyzer.classify(word)
        if analysis.kind is not TokenKind.PINYIN_NAME or _english(word, len(analysis.syllables), words):
            return None
        parts.append(analysis.syllables)
    first_is_surname = first.casefold() in analyzer.surnames
    second_is_surname = second.casefold() in analyzer.surnames
    if first_is_surname and len(parts[0]) == 1 and len(parts[1]) == 2 and not second_is_surname:
        order = SURNAME_FIRST
    elif second_is_surname and len(parts[1]) == 1 and len(parts[0]) == 2 and not first_is_surname:
        order = GIVEN_FIRST
    else:
        return None
    return _Name(match.start(), match.end(), first, second, order)


def _english(word: str, syllables: int, words: Lexicon) -> bool:
    """A given name must be no dictionary word; a surname only no very common one (`He`, `Long`),
    since dictionaries list surnames such as `Chen` and `Wang`."""
    if syllables == 1:
        return words.frequency(word) >= _COMMON_ENGLISH
    return words.is_word(word)


def name_order_check(resources: Resources) -> NameOrderCheck:
    return NameOrderCheck(resources)
