"""Institutional terms rendered wrongly (`term.glossary`): `Health and Health Bureau`.

Why a programmatic check: the table is the glossary (rules/data/glossary.toml plus the
user's `glossaries` files), shared with the pinyin checks, and a lower-case target takes
the case of its context. Single CamelCase pinyin renderings (`WeiJianWei`) are left to
`pinyin-camel-case`, so one artifact gives one finding.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.casing import in_context_case
from mtfix.names.glossary import Glossary, GlossaryEntry, glossary
from mtfix.names.pinyin import TokenKind
from mtfix.names.protection import pinyin_analyzer

RULE_ID = "glossary-term"

RULE = RuleInfo(
    id=RULE_ID,
    category="term.glossary",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="An institutional term rendered in a way the glossary corrects",
    doc=(
        "What it does: finds the wrong renderings listed in the glossary and proposes the right one.\n"
        "Why it matters: 卫生健康局 literally gives `Health and Health Bureau`; the body is the\n"
        "Health Bureau. Each entry names the Chinese term and why the rendering is wrong.\n"
        "Not flagged: renderings that are a single CamelCase pinyin word (see pinyin-camel-case).\n"
        "Example: `the county Health and Health Bureau` -> `the county Health Bureau`.\n"
        "Fix safety: safe: the glossary lists only renderings that no legitimate text uses.\n"
        "Add terms with the `glossaries` setting (TOML files in the same format)."
    ),
    bad_examples=(
        BadExample(
            "The county Health and Health Bureau held a training session.",
            "The county Health Bureau held a training session.",
        ),
        BadExample(
            "Staff of the Health and Planning Commission visited the ward.",
            "Staff of the Health and Family Planning Commission visited the ward.",
        ),
    ),
    good_examples=(
        "The county Health Bureau held a training session.",
        "The Health and Family Planning Commission was merged in 2018.",
    ),
)


class GlossaryCheck(ProgrammaticCheck):
    """Matches every wrong rendering of the glossary in one pass."""

    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        terms = glossary(context.resources)
        pattern, table = context.resources.load("names.glossary-pattern", lambda _: _compile(terms))
        if pattern is None:
            return
        analyzer = pinyin_analyzer(context.resources)
        text = context.document.text
        for match in pattern.finditer(text):
            start, end = match.span()
            found = match.group(0)
            if analyzer.classify(found).kind is TokenKind.PINYIN_CAMEL or context.protected.overlaps(
                start, end
            ):
                continue
            entry = table[_key(found)]
            replacement = in_context_case(entry.en, text, start, end)
            if replacement == found:
                continue
            yield Finding(
                rule=RULE_ID,
                category=RULE.category,
                severity=RULE.severity,
                start=start,
                end=end,
                text=found,
                message=f"`{found}` renders {entry.zh or 'this term'} wrongly: write `{replacement}`"
                + (f" ({entry.note})" if entry.note and entry.note != entry.zh else ""),
                replacements=(replacement,),
                applicability=RULE.applicability,
                source="checks",
            )


def _key(rendering: str) -> str:
    """Case and apostrophe style do not matter: `People's` matches `people’s`."""
    return rendering.casefold().replace("’", "'")


def _compile(terms: Glossary) -> tuple[regex.Pattern[str] | None, dict[str, GlossaryEntry]]:
    table = {_key(wrong): entry for wrong, entry in terms.by_wrong().items()}
    if not table:
        return None, table
    keys = sorted(table, key=len, reverse=True)
    body = "|".join(regex.escape(key).replace("'", "['’]") for key in keys)
    return regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.IGNORECASE), table


def glossary_check(resources: Resources) -> GlossaryCheck:
    return GlossaryCheck(resources)
