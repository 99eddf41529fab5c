"""Glossary terms checked against the source (`source-term-missing`, bilingual inputs only).

Why: the glossary (`names/glossary.py`) says how a Chinese institution is named in English;
monolingually it can only catch the wrong renderings it lists. With the source, a term the
source holds (县人民医院) must appear as its official rendering (`County People's
Hospital`) whatever the translation did instead. The longest term wins (县人民医院 over
人民医院). A listed wrong rendering in the target is left to `glossary-term`, which fixes
it; anything else is flagged: the check cannot tell which words stand for the term.
"""

from __future__ import annotations

from collections.abc import Iterator

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._source import example, targets
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.glossary import GlossaryEntry, glossary

RULE = RuleInfo(
    id="source-term-missing",
    category="source.term",
    severity=Severity.WARNING,
    applicability=Applicability.NONE,
    description="A glossary term of the source lacks its official rendering in the translation",
    doc=(
        "## What it does\nOn bilingual inputs, flags a segment whose source holds a glossary "
        "term (县人民医院) while the translation lacks its rendering (`County People's "
        "Hospital`).\n\n## Fix safety\nFlag only: which words stand for the term is unknown."
    ),
    bad_examples=(
        BadExample(
            example("县人民医院派出医疗队。", "The county hospital sent a medical team."),
            example("县人民医院派出医疗队。", "The county hospital sent a medical team."),
        ),
        BadExample(
            example("县卫健局召开会议。", "The county health office held a meeting."),
            example("县卫健局召开会议。", "The county health office held a meeting."),
        ),
    ),
    good_examples=(
        example("县人民医院派出医疗队。", "The County People's Hospital sent a medical team."),
        example("县卫健局召开会议。", "The county Health Bureau held a meeting."),
    ),
    origin=__name__,
)


class SourceTermCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.segments:
            return
        entries = [entry for entry in glossary(self.resources).entries if entry.zh]
        by_length = sorted(entries, key=lambda entry: -len(entry.zh))
        for target in targets(context):
            if not target.text.strip():
                continue  # an empty target is `empty-target`'s
            folded = target.text.casefold()
            for entry in _terms(target.segment.source, by_length):
                if entry.en.casefold() in folded or any(w.casefold() in folded for w in entry.wrong):
                    continue
                yield RULE.finding(
                    target.start,
                    target.whole,
                    f"the source's {entry.zh} should read `{entry.en}` in the translation",
                )


def _terms(source: str, entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
    """The glossary terms in `source`, longest first, none inside a longer one found."""
    taken = [False] * len(source)
    found: list[GlossaryEntry] = []
    for entry in entries:
        start = source.find(entry.zh)
        while start >= 0:
            end = start + len(entry.zh)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                if entry not in found:
                    found.append(entry)
            start = source.find(entry.zh, end)
    return found


def source_term_check(resources: Resources) -> SourceTermCheck:
    return SourceTermCheck(resources)
