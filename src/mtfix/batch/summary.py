"""The run summary: partition tallies added up into `summary.json`.

Documents, words, findings per category with their density per 1,000 words (as `mtfix
stats` counts words: whitespace-separated tokens), every failure with its reason, and how
many partitions ran, were skipped as already done, or failed. Lists are sorted, so two runs
over the same inputs give the same summary apart from the timing fields.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mtfix.batch.partition import PartitionSummary
from mtfix.measure.stats import density


@dataclass
class RunSummary:
    """Built up while partitions report back; `to_json` is what `summary.json` holds."""

    inputs: int = 0
    partitions: int = 0
    documents: int = 0
    words: int = 0
    fixed: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    partitions_run: int = 0
    partitions_skipped: int = 0
    partitions_failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 0

    def add(self, partition: PartitionSummary) -> None:
        self.documents += partition.documents
        self.words += partition.words
        self.fixed += partition.fixed
        self.categories.update(dict(partition.categories))
        self.failures.extend(partition.failures)
        self.problems.extend(partition.problems)
        if partition.skipped:
            self.partitions_skipped += 1
        else:
            self.partitions_run += 1

    def add_failures(self, failures: Iterable[tuple[str, str]]) -> None:
        self.failures.extend(failures)

    @property
    def findings(self) -> int:
        return sum(self.categories.values())

    @property
    def complete(self) -> bool:
        """Every partition has its output (none failed)."""
        return not self.partitions_failed

    def to_json(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "failed_documents": len({path for path, _ in self.failures}),
            "words": self.words,
            "findings": self.findings,
            "per_1000_words": round(density(self.findings, self.words), 3),
            "categories": {
                category: {"findings": count, "per_1000_words": round(density(count, self.words), 3)}
                for category, count in sorted(self.categories.items())
            },
            "fixed_documents": self.fixed,
            "failures": [{"path": path, "reason": reason} for path, reason in sorted(self.failures)],
            "problems": [{"path": path, "message": message} for path, message in sorted(self.problems)],
            "partitions": {
                "total": self.partitions,
                "run": self.partitions_run,
                "skipped": self.partitions_skipped,
                "failed": [
                    {"partition": name, "reason": why} for name, why in sorted(self.partitions_failed)
                ],
            },
            "workers": self.workers,
            "seconds": round(self.seconds, 3),
        }

    def line(self) -> str:
        """One line for the terminal."""
        failed = len({path for path, _ in self.failures})
        return (
            f"{self.documents:,} documents ({failed:,} failed), {self.words:,} words, "
            f"{self.findings:,} findings ({density(self.findings, self.words):.1f} per 1,000 words); "
            f"partitions: {self.partitions_run} run, {self.partitions_skipped} skipped"
            + (f", {len(self.partitions_failed)} failed" if self.partitions_failed else "")
            + f"; {self.seconds:.1f} s"
        )
