"""Counts of findings per rule, category and severity: `--statistics` and the run summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from typing import Any

from mtfix.document import Document
from mtfix.models import Applicability, Finding


@dataclass
class Statistics:
    files: int = 0
    files_with_findings: int = 0
    findings: int = 0
    fixable: int = 0
    safe: int = 0  # what `mtfix fix` applies
    unsafe: int = 0  # what `mtfix fix --unsafe` applies besides
    by_rule: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    rule_category: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, results: Iterable[tuple[Document, Sequence[Finding]]]) -> Statistics:
        """Counted with `Counter` over attribute getters (C loops): a run's summary reads
        every finding, and a Python step per finding cost as much as printing them."""
        per_file = [findings for _, findings in results]
        every = list(chain.from_iterable(per_file))
        rules = list(map(attrgetter("rule"), every))
        categories = list(map(attrgetter("category"), every))
        fixable = [finding for finding in every if finding.fixable]
        changing = [finding for finding in fixable if finding.replacements[0] != finding.text]
        safe = sum(finding.applicability is Applicability.SAFE for finding in changing)
        return cls(
            files=len(per_file),
            files_with_findings=sum(map(bool, per_file)),
            findings=len(every),
            fixable=len(fixable),
            safe=safe,
            unsafe=len(changing) - safe,
            by_rule=Counter(rules),
            by_category=Counter(categories),
            by_severity=Counter(
                {
                    severity.value: count
                    for severity, count in Counter(map(attrgetter("severity"), every)).items()
                }
            ),
            rule_category=dict(zip(rules, categories, strict=True)),
        )

    def summary(self) -> dict[str, Any]:
        """The machine-readable summary (the `summary` object of `--format json`)."""
        return {
            "files": self.files,
            "files_with_findings": self.files_with_findings,
            "findings": self.findings,
            "fixable": self.fixable,
            "by_severity": dict(sorted(self.by_severity.items())),
            "by_category": dict(sorted(self.by_category.items())),
            "by_rule": dict(sorted(self.by_rule.items())),
        }

    def summary_line(self) -> str:
        """One line for people, as Ruff prints: how many, where, and how many `fix` applies.

        "fixable" counts findings whose fix `mtfix fix` applies (safe, with a replacement
        that changes the text); "more with --unsafe" the unsafe ones `--unsafe` adds.
        """
        files = _plural(self.files, "file")
        if not self.findings:
            return f"No findings in {files}"
        fixes = f"{self.safe} fixable with mtfix fix"
        if self.unsafe:
            fixes += f", {self.unsafe} more with --unsafe"
        where = _plural(self.files_with_findings, "file")
        return f"Found {_plural(self.findings, 'finding')} in {where} ({fixes})"

    def table(self) -> str:
        """Counts per rule (with its category), then per category, most frequent first."""
        if not self.findings:
            return "no findings\n"
        width = max(len(rule) for rule in self.by_rule)
        lines = ["per rule:"]
        for rule, count in sorted(self.by_rule.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"{count:6d}  {rule:<{width}}  {self.rule_category[rule]}")
        lines.append("per category:")
        for category, count in sorted(self.by_category.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"{count:6d}  {category}")
        lines.append(self.summary_line())
        return "\n".join(lines) + "\n"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
