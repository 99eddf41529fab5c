"""Township names written wrongly (`case.proper`, `name.variant`): `shijing town` ->
`Shijing Town`, `Meng Ziling township` -> `Mengziling Township`.

Why a programmatic check: whether `shijing` or `Meng Ziling` is a township's name needs the
township table (`names.townships`, about 40,000 names, loaded only when a document has a
township suffix), and how sure the fix is depends on whether the document names the
township's county, prefecture or province.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtfix.checks._anchored import anchored_finditer
from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.gazetteer import gazetteer
from mtfix.names.mentions import place_context
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.names.townships import Township, townships
from mtfix.patterns import compiled

LOWER_RULE = "lowercase-township-name"
SPLIT_RULE = "split-township-name"
_SUFFIX = r"(?P<suffix>(?i:town|township|sub-district|subdistrict))(?![\p{L}-])"
# One or two pinyin words before a township suffix. Public: the equivalence test scans with it.
# (Possessive: a word never gives back letters, as a letter can never follow it.)
NAMED = compiled(
    r"(?<![\p{L}'’-])(?P<name>\p{L}++(?:['’]\p{L}++)?(?:\s++\p{L}++(?:['’]\p{L}++)?)?)\s++" + _SUFFIX
)
# Where a match can end: a suffix after white space. Read backwards from one, the one or two
# words before it (`_WORDS_BEFORE`) are where a match can start.
_SUFFIX_AFTER_SPACE = compiled(r"(?<=\s)" + _SUFFIX)
# Where each match of `_SUFFIX_AFTER_SPACE` begins: at `town`, or at `sub` or `sub-` before
# `district` (`anchored_finditer`).
_SUFFIX_ANCHORS = {"town": ("",), "district": ("sub", "sub-")}
_WORDS_BEFORE = compiled(r"(?r)(?:\p{L}+(?:['’]\p{L}+)?\s+){1,2}")
_WORD_AFTER_SPACE = compiled(r"\s+(?=\p{L})")
_SUFFIX_WORDS = {
    "town": "Town",
    "township": "Township",
    "sub-district": "Sub-district",
    "subdistrict": "Sub-district",
}

LOWER_INFO = RuleInfo(
    id=LOWER_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A township's name in lower case",
    doc=(
        "What it does: capitalises a lower-case pinyin word and its suffix when they name a\n"
        "township, town or sub-district of the township table (`shijing town` -> `Shijing Town`).\n"
        "Why it matters: a township's name is a proper noun.\n"
        "Not flagged: English words (`old town`), names no township has.\n"
        "Example: `villagers of shijing town` -> `villagers of Shijing Town`.\n"
        "Fix safety: safe: the name is a real township's pinyin and no English word."
    ),
    bad_examples=(
        BadExample("Villagers of shijing town planted trees.", "Villagers of Shijing Town planted trees."),
        BadExample(
            "The clinic of dongzhimen sub-district opened.", "The clinic of Dongzhimen Sub-district opened."
        ),
    ),
    good_examples=("Villagers of Shijing Town planted trees.", "Tourists walked through the old town."),
)
SPLIT_INFO = RuleInfo(
    id=SPLIT_RULE,
    category="name.variant",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A township's name split into two words (`Meng Ziling Township`)",
    doc=(
        "What it does: joins two pinyin words before Town/Township/Sub-district when together they\n"
        "spell a township's name and apart they do not (`Meng Ziling Township` -> `Mengziling\n"
        "Township`).\n"
        "Why it matters: a place name is written as one word in pinyin.\n"
        "Not flagged: a first word that is a place's name itself, English words.\n"
        "Example: `Meng Ziling township` -> `Mengziling Township`.\n"
        "Fix safety: safe when the document names the township's county, prefecture or province;\n"
        "unsafe otherwise."
    ),
    bad_examples=(
        BadExample(
            "Doctors visited Meng Ziling township in Hebei.", "Doctors visited Mengziling Township in Hebei."
        ),
        BadExample("He grew up in shi jing town.", "He grew up in Shijing Town."),
    ),
    good_examples=("Doctors visited Mengziling Township in Hebei.", "He met Li Ming in Shijing Town."),
)


class TownshipNameCheck(ProgrammaticCheck):
    RULES = (LOWER_INFO, SPLIT_INFO)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        lower_on, split_on = context.is_enabled(LOWER_RULE), context.is_enabled(SPLIT_RULE)
        if not (lower_on or split_on):
            return
        reported_to = 0  # the end of the last finding: an overlapping match is the same name
        for match in named_townships(text, context.folded_text):
            if match.start() < reported_to:
                continue
            words = match["name"].split()
            if len(words) == 2 and split_on:
                finding = self._split(context, text, match, words)
                if finding is not None:
                    reported_to = finding.end
                    yield finding
                    continue
            if lower_on:
                finding = self._lower(context, text, match, words[-1])
                if finding is not None:
                    reported_to = finding.end
                    yield finding

    def _syllables(self, context: CheckContext, name: str) -> int:
        return len(run_pinyin_analyzer(context).segment(name.lower()) or ())

    def _found(self, context: CheckContext, name: str) -> tuple[Township, ...]:
        analyzer = run_pinyin_analyzer(context)
        syllables = analyzer.segment(name.lower().replace("'", "").replace("’", ""))
        if syllables is None or len(syllables) < 2 or run_lexicon(context).is_word(name.lower()):
            return ()
        return townships(self.resources).lookup(name)

    def _lower(self, context: CheckContext, text: str, match: regex.Match[str], name: str) -> Finding | None:
        if not name.islower() or not match["suffix"].islower():
            return None
        if not self._found(context, name):
            return None
        start = match.end() - len(match["suffix"])
        start = text.rindex(name, 0, start)
        suffix = _SUFFIX_WORDS[match["suffix"].lower()]
        replacement = f"{name[:1].upper()}{name[1:]} {suffix}"
        written = text[start : match.end()]
        return LOWER_INFO.finding(
            start, written, f"`{written}` is a township's name: `{replacement}`", (replacement,)
        )

    def _split(
        self, context: CheckContext, text: str, match: regex.Match[str], words: list[str]
    ) -> Finding | None:
        is_word = run_lexicon(context).is_word
        if any(is_word(word.lower()) for word in words):
            return None
        joined = words[0] + words[1].lower()
        found = self._found(context, joined)
        first = words[0]
        if (
            not found
            or self._found(context, first)
            or (self._syllables(context, first) >= 2 and gazetteer(self.resources).lookup(first))
        ):
            return None  # `Xiaoyi Ziling Town`: the first word names a place of its own
        suffix = _SUFFIX_WORDS[match["suffix"].lower()]
        replacement = f"{joined[:1].upper()}{joined[1:]} {suffix}"
        written = text[match.start() : match.end()]
        places = gazetteer(self.resources)
        where = place_context(context)
        supported = any(
            (county := places.get(row.county)) is not None and where.score(county) > 0 for row in found
        )
        return SPLIT_INFO.finding(
            match.start(),
            written,
            f"`{written}` splits a township's name: `{replacement}`",
            (replacement,),
            applicability=Applicability.SAFE if supported else Applicability.UNSAFE,
        )


def named_townships(text: str, folded: str | None = None) -> list[regex.Match[str]]:
    """`NAMED.finditer(text, overlapped=True)`, tried only at the one or two words before each
    suffix. Why: the plain scan starts at every word of the text; suffixes are rare. With
    `folded` (the text lower-cased offset for offset) the suffixes too are looked for only
    where their words occur (`anchored_finditer`)."""
    starts: set[int] = set()
    for suffix in anchored_finditer(_SUFFIX_AFTER_SPACE, text, folded, _SUFFIX_ANCHORS):
        before = _WORDS_BEFORE.match(text, 0, suffix.start())
        if before is None:
            continue
        starts.add(before.start())
        second = _WORD_AFTER_SPACE.search(text, before.start(), before.end())
        if second is not None and second.end() < before.end():
            starts.add(second.end())
    return [match for start in sorted(starts) if (match := NAMED.match(text, start)) is not None]


def township_name_check(resources: Resources) -> TownshipNameCheck:
    return TownshipNameCheck(resources)
