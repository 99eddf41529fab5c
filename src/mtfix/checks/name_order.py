"""Chinese personal names in both orders within one document (`name.order`):
`Yazhou Xiao` among `Li Weiwei` and `Zou Zhongping`.

Why a programmatic check: the order of a two-word pinyin name is told by which word is a
surname (rules/data/surnames.tsv) and which a two-syllable given name; the document's own
majority says which order it uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import partial

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.mentions import substring_starts
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.names.wordmarks import GIVEN_NAME, SURNAME, name_part, word_marks
from mtfix.patterns import compiled
from mtfix.text import find_any_starts
from mtfix.verdicts import Verdicts

RULE_ID = "name-order"
_PAIR = compiled(
    r"(?<![\p{L}'’-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?) (?P<second>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)"
    r"(?![\p{L}'’-])(?!\s+\p{Lu})"
)
# A word marked as a surname, once the marks are cut down to the roles (`_ROLES_ONLY`).
_SURNAME_MARK = re.compile(bytes((SURNAME,)))
_ROLE_BITS = SURNAME | GIVEN_NAME
_ROLES_ONLY = bytes(mark & _ROLE_BITS for mark in range(256))
# Two ASCII words where `_PAIR` may match them (a superset: no boundary checks).
# Public: an equivalence test scans with it (tests use public names).
ASCII_PAIR = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?) (?=([A-Z][a-z]+(?:-[a-z]+)?))")
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

    # The run's memory of word -> (syllables, is a surname) for a pinyin name that is no
    # English word (None for other words): it depends on the word alone.
    _PARTS = "name-order.name-parts"

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        # A pair classifies only when it is two consecutive words, a one-syllable surname and
        # a two-syllable given name in either order: the words' marks (`names.wordmarks`,
        # one byte per word, shared with the institution check) tell where they are.
        marked = word_marks(context)
        if marked.present & _ROLE_BITS != _ROLE_BITS:
            return  # no surname or no given name: no pair
        # `\x01\x02` is a surname then a given name; neither pattern can overlap itself, so
        # `count` counts every pair (C code, on the marks of the roles alone).
        marks = marked.marks.translate(_ROLES_ONLY)
        surname_first, given_first = marks.count(b"\x01\x02"), marks.count(b"\x02\x01")
        # Each name the pattern finds is one such pair, in the same order, so when the pairs
        # show no two orders (the usual case) the document has no finding.
        if not surname_first or not given_first or surname_first + given_first < 3:
            return
        words = context.words.words
        last = len(words) - 1
        pairs = set()
        for index in map(_start, _SURNAME_MARK.finditer(marks)):
            if index < last and marks[index + 1] == GIVEN_NAME:
                pairs.add(f"{words[index]} {words[index + 1]}")
            if index and marks[index - 1] == GIVEN_NAME:
                pairs.add(f"{words[index - 1]} {words[index]}")
        starts = pair_starts(text, pairs)
        judge = partial(name_part, analyzer=run_pinyin_analyzer(context), words=run_lexicon(context))
        parts: Verdicts[tuple[int, bool]] = context.memo(self._PARTS, judge)
        names = [
            name
            for start in sorted(starts)
            if (match := _PAIR.match(text, start)) is not None
            and (name := self._classify(match, parts)) is not None
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

    def _classify(self, match: regex.Match[str], parts: Verdicts[tuple[int, bool]]) -> _Name | None:
        first, second = match.group("first"), match.group("second")
        first_part, second_part = parts.of(first), parts.of(second)
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


def pair_starts(text: str, pairs: AbstractSet[str]) -> set[int]:
    """Where the pairs (`Surname Given`, written as the document's words) may stand: an ASCII
    pair where `ASCII_PAIR.finditer` finds it, a pair with other letters as it is written.

    Why each pair searched for: the document's pairs are a few dozen, and a `str.find` pass
    per pair (an automaton pass for many) costs less than matching `ASCII_PAIR` at every
    capitalised word of the text. Where `_PAIR` can match, `finditer` finds `ASCII_PAIR`'s
    match at the same offset (no letter or hyphen before it), so matching there alone is
    what the scan found."""
    ascii_pairs = [pair for pair in pairs if pair.isascii()]
    found = (
        substring_starts(text, ascii_pairs)
        if len(ascii_pairs) <= FEW_PAIRS
        else sorted(set(find_any_starts(text, ascii_pairs)))
    )
    starts = {
        start
        for start in found
        if (match := ASCII_PAIR.match(text, start)) is not None and f"{match[1]} {match[2]}" in pairs
    }
    starts.update(substring_starts(text, [pair for pair in pairs if not pair.isascii()]))
    return starts


# Up to this many pairs, each is searched for on its own (public: a test passes it). Why so
# few: a `str.find` pass costs about a tenth of the automaton's fixed cost (building it and
# one pass), and a document names some twenty pairs.
FEW_PAIRS = 6


def _start(match: re.Match[bytes]) -> int:
    return match.start()


def name_order_check(resources: Resources) -> NameOrderCheck:
    return NameOrderCheck(resources)
