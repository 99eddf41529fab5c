"""Inline tags and placeholders checked against the source (`source-tag-mismatch`).

Why a programmatic check: the codes come from the file's structure (`Segment.source_codes`
and `target_codes`: `<g>`, `<x/>`, `<ph>`, `<pc>`, TMX `<bpt>`/`<ept>`), the placeholders
from the texts (`{0}`, `{name}`, `%s`, `%1$d`). A code or placeholder of the source that the
target lacks breaks the document the translation is merged back into; one the target has
twice duplicates formatting or a value; codes in another order may nest wrongly. Flag only:
where a tag belongs in the English is the translator's call.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._source import PLACEHOLDER, Target, example, targets
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity

RULE = RuleInfo(
    id="source-tag-mismatch",
    category="source.tag",
    severity=Severity.ERROR,
    applicability=Applicability.NONE,
    description="An inline tag or placeholder of the source is missing, repeated or moved",
    doc=(
        "## What it does\nOn bilingual inputs, compares the inline codes (`<g>`, `<x/>`, "
        "`<ph>`, `<pc>`, `<bpt>`/`<ept>`) and placeholders (`{0}`, `%s`) of source and "
        "target: each must appear as often as in the source, in the same order.\n\n"
        "## Fix safety\nFlag only: where a tag belongs in the English is the translator's call."
    ),
    bad_examples=(
        BadExample(
            example('点击<g id="1">这里</g>下载<x id="2"/>。', "Click here to download."),
            example('点击<g id="1">这里</g>下载<x id="2"/>。', "Click here to download."),
        ),
        BadExample(
            example("魏健在{0}发表讲话。", "Wei Jian spoke at the meeting."),
            example("魏健在{0}发表讲话。", "Wei Jian spoke at the meeting."),
        ),
    ),
    good_examples=(
        example(
            '点击<g id="1">这里</g>下载<x id="2"/>。', 'Click <g id="1">here</g> to download<x id="2"/>.'
        ),
        example("魏健在{0}发表讲话。", "Wei Jian spoke at {0}."),
    ),
    origin=__name__,
)


class SourceTagCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for target in targets(context):
            if not target.text.strip():
                continue  # an empty target is `empty-target`'s
            problem = _problem(target)
            if problem:
                yield RULE.finding(target.start, target.whole, problem)


def _problem(target: Target) -> str | None:
    segment = target.segment
    source = [*segment.source_codes, *PLACEHOLDER.findall(segment.source)]
    if not source and not segment.target_codes and not PLACEHOLDER.search(target.text):
        return None
    found = [*segment.target_codes, *PLACEHOLDER.findall(target.text)]
    wanted, have = Counter(source), Counter(found)
    missing = sorted((wanted - have).elements())
    extra = sorted((have - wanted).elements())
    if missing:
        return f"the translation lacks the source's {_names(missing)}"
    if extra:
        return f"the translation has {_names(extra)} more often than the source"
    if segment.source_codes != segment.target_codes:
        return f"the inline tags are in another order than in the source ({_names(segment.source_codes)})"
    return None


def _names(codes: Sequence[str]) -> str:
    return ", ".join(code if not code[:1].isalpha() and code[:1] != "/" else f"<{code}>" for code in codes)


def source_tag_check(resources: Resources) -> SourceTagCheck:
    return SourceTagCheck(resources)
