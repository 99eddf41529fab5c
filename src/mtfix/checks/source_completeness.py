"""Segments left untranslated or translated in part (bilingual inputs only).

Why a programmatic check: each rule compares a target with its own source. An empty
target, or one identical to a source holding Chinese, is certain. A dropped sentence is
judged from two signs together, because either alone has innocent readings: the
translation is short for its source (under `SHORT_RATIO` letters per source character,
where a full English rendering of Chinese news runs to about three), and a source sentence
whose numbers and place names all fail to appear in the translation. Chinese left inside
an English target is the monolingual `untranslated-cjk` rule's, which runs on targets too.
None of these can be fixed: only a translator knows the missing English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._source import Target, example, has_han, targets, written_as
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.source import SourceNameIndex, source_name_index, source_places
from mtfix.quantities import source_quantities, target_quantities

SHORT_RATIO = 1.6
_SENTENCE_END = re.compile(r"(?<=[。！？；!?])")


def _rule(rule_id: str, description: str, doc: str, bad: tuple[str, ...], good: tuple[str, ...]) -> RuleInfo:
    return RuleInfo(
        id=rule_id,
        category="source.missing",
        severity=Severity.ERROR,
        applicability=Applicability.NONE,
        description=description,
        doc=doc,
        bad_examples=tuple(BadExample(text, text) for text in bad),
        good_examples=good,
        origin=__name__,
    )


EMPTY = _rule(
    "empty-target",
    "A segment whose source has text has an empty translation",
    "## What it does\nFlags a unit whose target is missing, empty or blank.",
    (example("工作人员表示将继续努力。", ""), example("会议结束。", "  ")),
    (example("会议结束。", "The meeting ended."), example("", "")),
)
SAME = _rule(
    "target-same-as-source",
    "A translation identical to its Chinese source (left untranslated)",
    "## What it does\nFlags a target that repeats a source holding Chinese characters.",
    (example("这是一个测试。", "这是一个测试。"), example("县政府", "县政府")),
    (example("这是一个测试。", "This is a test."), example("COVID-19", "COVID-19")),
)
PARTIAL = _rule(
    "partial-translation",
    "A translation that drops a sentence of its source",
    (
        "## What it does\nFlags a target that is short for its source when a source sentence's "
        "numbers and place names are all absent from it.\n\n## Why it matters\nMachine "
        "translation and tired post-editors both drop the last sentence of a long segment."
    ),
    (
        example("今年预算为2.4亿元。全县新建道路50公里。", "This year's budget is 240 million yuan."),
        example("册亨县举行了会议。望谟县有3个项目开工。", "Ceheng County held a meeting."),
    ),
    (
        example(
            "今年预算为2.4亿元。全县新建道路50公里。",
            "The budget is 240 million yuan. 50 km of road was built.",
        ),
        example("册亨县举行了会议。", "Ceheng County held a meeting."),
    ),
)


class SourceCompletenessCheck(ProgrammaticCheck):
    RULES = (EMPTY, SAME, PARTIAL)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.segments:
            return
        index = source_name_index(self.resources)
        for target in targets(context):
            source = target.segment.source.strip()
            if not source:
                continue
            if not target.text.strip():
                yield EMPTY.finding(target.start, target.whole, "the translation of this segment is empty")
            elif target.text.strip() == source and has_han(source):
                yield SAME.finding(target.start, target.whole, "the translation repeats its Chinese source")
            elif context.is_enabled(PARTIAL.id):
                dropped = _dropped_sentence(target, index)
                if dropped is not None:
                    yield PARTIAL.finding(
                        target.start,
                        target.whole,
                        f"the translation seems to leave out the source's sentence {dropped!r}",
                    )


def _dropped_sentence(target: Target, index: SourceNameIndex) -> str | None:
    """A source sentence none of whose numbers and places are in the target, when the target
    is also short for its source."""
    source = target.segment.source.strip()
    letters = sum(ch.isalpha() and ch.isascii() for ch in target.text)
    if letters >= SHORT_RATIO * len(source):
        return None
    sentences = [s for s in _SENTENCE_END.split(source) if s.strip()]
    if len(sentences) < 2:
        return None
    found = list(target_quantities(target.text))
    for sentence in sentences:
        values = list(source_quantities(sentence))
        places = source_places(sentence, index)
        if not values and not places:
            continue
        if any(any(v.matches(t) for t in found) for v in values):
            continue
        if any(written_as(target.text, place.written) for place in places):
            continue
        return sentence.strip()
    return None


def source_completeness_check(resources: Resources) -> SourceCompletenessCheck:
    return SourceCompletenessCheck(resources)
