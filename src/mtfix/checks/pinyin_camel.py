"""CamelCase pinyin fusions (`name.pinyin-camel`): `WeiJian bureau`, `ShouYuanDe`.

Why a programmatic check: telling `WeiJian` (卫健, transliterated instead of translated)
from `WeChat` or `LinkedIn` needs the pinyin syllable inventory and the brand list, and the
fix comes from the glossary with the case of its context (`WeiJian bureau` -> `health
bureau`, `WeiJian Bureau` -> `Health Bureau`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.casing import in_context_case
from mtfix.names.gazetteer import gazetteer
from mtfix.names.glossary import GlossaryEntry, absorbed_span, glossary
from mtfix.names.pinyin import PinyinAnalyzer, TokenKind, occurrences
from mtfix.names.protection import name_protection, run_pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.townships import townships
from mtfix.patterns import compiled
from mtfix.verdicts import Verdicts

RULE_ID = "pinyin-camel-case"
MAX_VERDICTS = 200_000  # distinct words remembered across documents before starting afresh

RULE = RuleInfo(
    id=RULE_ID,
    category="name.pinyin-camel",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="Pinyin syllables fused with inner capitals: a term transliterated instead of translated",
    doc=(
        "What it does: flags words made of two or more capitalised pinyin syllables (`WeiJian`,\n"
        "`ShouYuanDe`); when the glossary knows the term it proposes the translation.\n"
        "Why it matters: the machine translation kept a Chinese abbreviation (卫健 health) as pinyin;\n"
        "no English reader can decode it.\n"
        "Not flagged: known brands (`WeChat`, `LinkedIn`, `YouTube`), words with a non-pinyin part\n"
        "(`McDonald`), all-capital acronyms, URLs and e-mail addresses.\n"
        "Example: `the WeiJian bureau` -> `the health bureau`.\n"
        "Fix safety: safe when the glossary has the term (no English reading of a pinyin fusion\n"
        "exists) or the fusion joined is a gazetteer or township name (`HangZhou` -> `Hangzhou`);\n"
        "unsafe for a surname and given name (`LiuJianGuo` -> `Liu Jianguo`) or another name\n"
        "joined; flag only before an institution's head word. Add terms with `glossaries`."
    ),
    bad_examples=(
        BadExample(
            "Officials of the WeiJian bureau inspected the clinic.",
            "Officials of the health bureau inspected the clinic.",
        ),
        BadExample(
            "The county WeiJianWei issued a notice on vaccination.",
            "The county Health Commission issued a notice on vaccination.",
        ),
        BadExample(
            "Inspectors of the ShiJianJu bureau checked the scales at the market.",
            "Inspectors of the Market Regulation Bureau checked the scales at the market.",
        ),
        BadExample(
            "He thanked the WeiJian Bureau of Nanzhuang County.",
            "He thanked the Health Bureau of Nanzhuang County.",
        ),
        BadExample(
            "Director LiuJianGuo met the visitors in HangZhou on Monday.",
            "Director Liu Jianguo met the visitors in Hangzhou on Monday.",
        ),
    ),
    good_examples=(
        "Residents can book appointments on WeChat or YouTube channels of the hospital.",
        "Director Zhang Zhongping of Huicheng District met staff from Xi'an.",
        "The CPPCC and the WHO sent a delegation to McDonald County.",
    ),
)


_Fusion = tuple[str, GlossaryEntry | None]  # a fusion and its glossary entry, if any


class PinyinCamelCheck(ProgrammaticCheck):
    """Finds CamelCase pinyin tokens and translates them through the glossary.

    Whether a word is a fusion, and its glossary entry, depend on the word alone: decided
    once per distinct word for the whole run; only fusions are looked up in the text.
    """

    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        # Word -> its fusion, for the words that are one; the others (most) are passed over in C.
        analyzer, words = run_pinyin_analyzer(context), run_lexicon(context)
        judge = partial(self._judge, analyzer, words)
        memory: Verdicts[_Fusion] = context.memo("pinyin-camel.fusions", judge, MAX_VERDICTS)
        held = memory.among(context.words.distinct)  # first: past its limit it starts a new table
        fusions = map(memory.verdicts.__getitem__, held)
        found = []
        for word, entry in fusions:
            for start in occurrences(text, word):
                end = start + len(word)
                if context.protected.overlaps(start, end):
                    continue
                if word.isupper() and not _HEAD_AFTER.match(text, end):
                    continue  # capitals alone may be a heading or a byline (`ZHANG JIANGUO`)
                if entry is None:
                    reading = self._reading(analyzer, words, word, text, end)
                    if reading is None:
                        found.append(_finding(start, end, word, "", ()))
                    else:
                        found.append(_finding(start, end, word, "", (reading[0],), reading[1]))
                else:
                    replacement = in_context_case(entry.en, text, start, end)
                    start, end = absorbed_span(text, start, end, replacement)
                    found.append(_finding(start, end, text[start:end], entry.zh, (replacement,)))
        found.sort(key=lambda finding: finding.start)
        yield from found

    def _reading(
        self, analyzer: PinyinAnalyzer, words: Lexicon, word: str, text: str, end: int
    ) -> tuple[str, Applicability] | None:
        """What a fusion without a glossary entry stands for, when its structure says so:
        a gazetteer or township name joined (`HangZhou` -> `Hangzhou`, safe), a surname and a
        two-syllable given name (`LiuJianGuo` -> `Liu Jianguo`, unsafe), or any other name
        written as one word (`ChiLeChuan` -> `Chilechuan`, unsafe). None before an
        institution's head word (`ShiJianJu bureau`): an abbreviation, not a name."""
        if word.isupper() or _HEAD_AFTER.match(text, end):
            return None
        joined = word[:1] + word[1:].lower()
        if gazetteer(self.resources).lookup(joined) or townships(self.resources).lookup(joined):
            return joined, Applicability.SAFE
        parts = _CAMEL_PARTS.findall(word)
        syllables = analyzer.segment(word.lower())
        if (
            syllables is not None
            and not _PLACE_AFTER.match(text, end)
            and len(syllables) == 3
            and len(parts) == 3
            and parts[0].lower() in surname_syllables(self.resources)
        ):
            return f"{parts[0]} {parts[1]}{parts[2].lower()}", Applicability.UNSAFE
        if any(words.frequency(part.lower()) >= _COMMON_ENGLISH for part in parts if len(part) > 2):
            return None  # `DateTime`: common English words, not a name
        return joined, Applicability.UNSAFE

    def _judge(self, analyzer: PinyinAnalyzer, words: Lexicon, word: str) -> _Fusion | None:
        if word.isupper() and len(word) >= 5:
            return self._judge_capitals(analyzer, words, word)
        if len(word) < 4 or word[1:].islower() or word.isupper():
            return None  # fast path: no inner capital (or all capitals), not a fusion
        if analyzer.classify(word).kind is not TokenKind.PINYIN_CAMEL:
            return None
        protection = name_protection(self.resources)
        if protection.accepted_words and word in protection.accepted_words:
            return None
        return word, glossary(self.resources).lookup(word)

    def _judge_capitals(self, analyzer: PinyinAnalyzer, words: Lexicon, word: str) -> _Fusion | None:
        """`SHIJIAN`, `WEIJIAN`: pinyin of two or more syllables in capitals, no English word
        or acronym; the check asks for an institution's head word after it."""
        lower = word.lower()
        if not word.isalpha() or words.is_word(lower):
            return None
        syllables = analyzer.segment(lower)
        if syllables is None or not 2 <= len(syllables) <= 4:
            return None
        entry = glossary(self.resources).lookup(word)
        return None if entry is not None else (word, None)  # the glossary check reports it


_COMMON_ENGLISH = 4.0  # Zipf frequency of a common English word (`date` 5.2; `mao` 3.6, `lang` 3.9)
_CAMEL_PARTS = compiled(r"\p{Lu}\p{Ll}*")
# A place's type word right after a fusion: the fusion is a place, not a person.
_PLACE_AFTER = compiled(
    r"\s+(?i:village|town|township|county|city|district|province|river|mountain|lake|road|street)\b"
)
# An institution's head word right after a word in capitals: `SHIJIAN bureau`.
_HEAD_AFTER = compiled(
    r"\s+(?i:bureau|committee|commission|office|department|centre|center|station|institute|hospital)\b"
)


def _finding(
    start: int,
    end: int,
    word: str,
    chinese: str,
    replacements: tuple[str, ...],
    applicability: Applicability = Applicability.SAFE,
) -> Finding:
    if replacements and not chinese:
        message = f"`{word}` is a name with inner capitals: write `{replacements[0]}`"
    elif replacements:
        message = f"`{word}` is pinyin ({chinese}) left untranslated: write `{replacements[0]}`"
    else:
        message = f"`{word}` looks like fused pinyin syllables: translate the term or write it as one name"
    return Finding(
        rule=RULE_ID,
        category=RULE.category,
        severity=RULE.severity,
        start=start,
        end=end,
        text=word,
        message=message,
        replacements=replacements,
        applicability=applicability if replacements else Applicability.NONE,
        source="checks",
    )


def pinyin_camel_check(resources: Resources) -> PinyinCamelCheck:
    return PinyinCamelCheck(resources)
