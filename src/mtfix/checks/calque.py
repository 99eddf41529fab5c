"""Names whose characters were translated by meaning (`name.calque`): `Title-heng County`.

Why a programmatic check: the real name is found by matching the pinyin part (`heng`)
against the gazetteer and ranking the counties that end with it by the places the document
names (`Qianxinan`, `Guizhou` -> Ceheng County, 册亨县, whose 册 was read as "title").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.gazetteer import Place, gazetteer
from mtfix.names.mentions import Mention, best_supported, fits, mentions, place_context
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.patterns import compiled
from mtfix.verdicts import Verdicts, judged_by_caller

RULE_ID = "calqued-place-name"
_CALQUE = compiled(r"(?P<word>\p{L}+)-(?P<pinyin>\p{L}+)")
_MAX_EXTRA_SYLLABLES = 2  # an English word stands for one or two characters of the name

RULE = RuleInfo(
    id=RULE_ID,
    category="name.calque",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A place name with an English word in place of a character (`Title-heng County`)",
    doc=(
        "What it does: flags `<English word>-<pinyin> County/District/City/...` and proposes the\n"
        "gazetteer name whose pinyin ends the same way, chosen by the prefecture or province the\n"
        "document names.\n"
        "Why it matters: the translation read a character of the name by its meaning (册 'title').\n"
        "Not flagged: hyphenated pinyin (`Dong-an`), names without a hyphenated English word.\n"
        "Example: `Title-heng County` beside `Qianxinan Prefecture` -> `Ceheng County`.\n"
        "Fix safety: unsafe: the choice rests on context; flag only when no single county fits."
    ),
    bad_examples=(
        BadExample(
            "Doctors went to Title-heng County in Qianxinan Prefecture, Guizhou Province.",
            "Doctors went to Ceheng County in Qianxinan Prefecture, Guizhou Province.",
        ),
        BadExample(
            "The team from Guizhou returned from Conferring-Heng County last week.",
            "The team from Guizhou returned from Ceheng County last week.",
        ),
    ),
    good_examples=(
        "Doctors went to Ceheng County in Qianxinan Prefecture, Guizhou Province.",
        "The long-term plan covers Dong-an County and Wu-an City.",
        "A well-known district hospital opened in Huicheng District.",
    ),
)


class CalqueCheck(ProgrammaticCheck):
    RULES = (RULE,)

    # The run's memory of (name, suffix types) -> its English word and the places it may
    # stand for, or None when the name is no calque: it depends on the name alone.
    _CALQUES = "calque.calques"

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        calques: Verdicts[tuple[str, list[Place]]] = context.memo(self._CALQUES, judged_by_caller)
        for mention in mentions(context):
            if "-" not in mention.name:
                continue
            judge = partial(self._calque_of, context, mention)
            calque = calques.of((mention.name, mention.kinds), judge)
            if calque is None:
                continue
            word, candidates = calque
            best = best_supported(candidates, place_context(context))
            replacements: tuple[str, ...] = (f"{best.pinyin} {mention.suffix}",) if best else ()
            where = f" ({best.chinese})" if best else ""
            yield Finding(
                rule=RULE_ID,
                category=RULE.category,
                severity=RULE.severity,
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                message=(
                    f"`{word}` is an English word inside a place name: "
                    + (f"probably `{replacements[0]}`{where}" if best else "find the real name")
                ),
                replacements=replacements,
                applicability=RULE.applicability if best else Applicability.NONE,
                source="checks",
            )

    def _calque_of(
        self, context: CheckContext, mention: Mention, _key: object
    ) -> tuple[str, list[Place]] | None:
        return self._calque(context, mention)

    def _calque(self, context: CheckContext, mention: Mention) -> tuple[str, list[Place]] | None:
        """`<English word>-<pinyin>`: the word and the places of this type whose pinyin ends
        with the pinyin part and has one or two syllables more."""
        analyzer = run_pinyin_analyzer(context)
        words = run_lexicon(context)
        match = _CALQUE.fullmatch(mention.name)
        if match is None or analyzer.segment(match["word"]) is not None or not words.is_word(match["word"]):
            return None
        tail = analyzer.segment(match["pinyin"])
        if tail is None:
            return None
        candidates = [
            place
            for place in gazetteer(self.resources).with_last_syllable(tail[-1])
            if fits(place, mention)
            and place.syllables[-len(tail) :] == tail
            and 0 < len(place.syllables) - len(tail) <= _MAX_EXTRA_SYLLABLES
        ]
        return match["word"], candidates


def calque_check(resources: Resources) -> CalqueCheck:
    return CalqueCheck(resources)
