"""Numbers, dates, times and percentages checked against the source (`source-number-mismatch`).

Why a programmatic check: values are compared, not strings (see `mtfix.quantities`), so
3月5日 and `5 March`, 1.2万 and `12,000` agree. A source value that the translation lacks
while the translation holds a value of the same kind that the source lacks is a wrong
value: the finding marks the differing part (`6` of `March 6`) and offers the source's.
A date's day or month is certain (safe); other numbers may carry a unit conversion the
check cannot see (unsafe). A source value with no counterpart at all is flagged on the
whole target. Values the translation adds (a year for clarity) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._source import PLACEHOLDER, Target, example, targets
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.quantities import MONTHS, Quantity, number_words, source_quantities, target_quantities

RULE = RuleInfo(
    id="source-number-mismatch",
    category="source.number",
    severity=Severity.ERROR,
    applicability=Applicability.UNSAFE,
    description="A number, date, time or percentage differs from the source",
    doc=(
        "## What it does\nOn bilingual inputs, compares the values of source and "
        "translation: 3月5日 = `March 5` = `5 March`, 1.2万 = `12,000`, 二〇二一年 = `2021`, "
        "百分之三十 = `30%`.\n\n## Fix safety\nA date's day or month: safe. Other numbers: "
        "unsafe (a unit may have been converted). A value missing altogether: flag only."
    ),
    bad_examples=(
        BadExample(
            example("2021年3月5日召开会议。", "The meeting was held on March 6, 2021."),
            example("2021年3月5日召开会议。", "The meeting was held on March 5, 2021."),
        ),
        BadExample(
            example("全县共有1.2万名志愿者。", "The county has 1,200 volunteers."),
            example("全县共有1.2万名志愿者。", "The county has 12,000 volunteers."),
        ),
    ),
    good_examples=(
        example("活动于3月5日举行。", "The event was held on 5 March."),
        example(
            "参与率达到百分之三十，共1.2万人。", "Participation reached 30 per cent, 12 thousand people."
        ),
    ),
    origin=__name__,
)


class SourceNumberCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for target in targets(context):
            if not target.text.strip():
                continue  # an empty target is `empty-target`'s
            yield from _compare(target)


def _compare(target: Target) -> Iterator[Finding]:
    source_values = list(source_quantities(_masked(target.segment.source)))
    if not source_values:
        return
    target_values = list(target_quantities(_masked(target.text)))
    words = number_words(target.text)
    unmatched_source: list[Quantity] = []
    for value in source_values:
        partner = next((t for t in target_values if value.matches(t)), None)
        if partner is not None:
            target_values.remove(partner)
        elif value.kind == "number" and value.parts[0] in words:
            words.remove(Decimal(value.parts[0]))
        else:
            unmatched_source.append(value)
    spare = [t for t in target_values if t.kind != "month"]  # `May` is also a verb
    missing: list[Quantity] = []
    for value in unmatched_source:
        partner = next((t for t in spare if t.kind == value.kind), None)
        if partner is None:
            missing.append(value)
            continue
        spare.remove(partner)
        yield from _mismatch(target, value, partner)
    if missing:
        written = ", ".join(target.segment.source[v.start : v.end] for v in missing)
        yield RULE.finding(
            target.start,
            target.whole,
            f"the source's {written} is not in the translation",
            applicability=Applicability.NONE,
        )


def _masked(text: str) -> str:
    """`text` with its placeholders blanked (`{0}` is no zero), offsets kept."""
    return PLACEHOLDER.sub(lambda match: " " * len(match.group()), text)


def _mismatch(target: Target, wanted: Quantity, found: Quantity) -> Iterator[Finding]:
    source_text = target.segment.source[wanted.start : wanted.end]
    if found.kind == "date":
        for index, (start, end) in enumerate(found.part_spans):
            if wanted.parts[index] == found.parts[index]:
                continue
            written = target.text[start:end]
            replacement = str(wanted.parts[index])
            if index == 0:
                month = MONTHS[int(wanted.parts[0]) - 1]
                replacement = month if len(written) > 3 else month[:3]
            yield RULE.finding(
                target.start + start,
                written,
                f"the source says {source_text}: `{written}` should be `{replacement}`",
                (replacement,),
                applicability=Applicability.SAFE,
            )
        return
    start, end = found.part_spans[0]
    written = target.text[start:end]
    suggestion = _like(written, wanted, found)
    yield RULE.finding(
        target.start + start,
        written,
        f"the source says {source_text}: `{written}` differs",
        (suggestion,) if suggestion else (),
        applicability=Applicability.UNSAFE if suggestion else Applicability.NONE,
    )


def _like(written: str, wanted: Quantity, found: Quantity) -> str | None:
    """The source's value written as the translation wrote its own (commas, scale word)."""
    if found.kind not in ("number", "percent"):
        return None
    value = Decimal(wanted.parts[0])
    shown = Decimal(written.replace(",", "")) if written.replace(",", "").replace(".", "").isdigit() else None
    if shown is None or shown == 0:
        return None
    scale = Decimal(found.parts[0]) / shown  # 1 unless `million` followed the digits
    value = value / scale
    if value != value.to_integral_value():
        return None if "," in written else f"{value.normalize():f}"
    return f"{int(value):,}" if "," in written else str(int(value))


def source_number_check(resources: Resources) -> SourceNumberCheck:
    return SourceNumberCheck(resources)
