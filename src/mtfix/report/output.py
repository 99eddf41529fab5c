"""What `mtfix check` prints and how it exits: formats, baseline filter, quiet, statistics.

Streaming formats (text, jsonl, github) print each file as it is checked; whole-run
formats (json, sarif) print once at the end. Text output ends with a summary line
(`Found 3 findings in 1 file (2 fixable with mtfix fix, 1 more with --unsafe)`, as
Ruff ends its output). `--statistics` goes after the text output, or to stderr for machine
formats so stdout stays parseable. `--quiet` hides the text findings and prints only the
summary line, and nothing at all on a clean run.

Exit policy: 1 if any reported finding is at or above `--fail-on` (default `info`: any
finding fails), else 0; `--exit-zero` makes findings never fail. Input and
configuration errors still exit 2 (decided by the caller).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from mtfix.document import Document
from mtfix.models import Finding, RuleInfo, Severity
from mtfix.report.statistics import Statistics

if TYPE_CHECKING:
    from mtfix.baseline import Baseline

FORMATS = ("text", "jsonl", "json", "sarif", "github")
STREAMING = ("text", "jsonl", "github")


@dataclass
class CheckReport:
    """Collects per-file findings for one `check` run and prints them in the chosen format
    (each format's writer is imported when first used: a run prints one format)."""

    output_format: str
    out: TextIO
    err: TextIO
    colour: bool = False
    width: int = 80  # columns the text output fits in
    quiet: bool = False
    statistics: bool = False
    baseline: Baseline | None = None
    results: list[tuple[Document, list[Finding]]] = field(default_factory=list)

    def add(self, document: Document, findings: Sequence[Finding], *, show: bool = True) -> list[Finding]:
        """Record one file's findings (minus baseline ones); print them if the format streams."""
        kept = list(findings) if self.baseline is None else self.baseline.new_findings(document, findings)
        self.results.append((document, kept))
        if not show:
            return kept
        if self.output_format == "jsonl":
            from mtfix.report.jsonl import write_jsonl

            write_jsonl(document, kept, self.out)
        elif self.output_format == "github":
            from mtfix.report.github import write_github

            write_github(document, kept, self.out)
        elif self.output_format == "text" and not self.quiet:
            from mtfix.report.text import write_text

            write_text(document, kept, self.out, self.colour, self.width)
        return kept

    def finish(self, rules: Sequence[RuleInfo]) -> None:
        """Print whole-run formats, the summary (quiet) and the statistics table."""
        if self.output_format == "json":
            from mtfix.report.json import write_json

            write_json(self.results, self.out)
        elif self.output_format == "sarif":
            from mtfix.report.sarif import write_sarif

            write_sarif(self.results, rules, self.out)
        to_stdout = self.output_format == "text"
        if self.statistics:
            (self.out if to_stdout else self.err).write(Statistics.of(self.results).table())
        elif to_stdout:
            stats = Statistics.of(self.results)  # counted only when something prints them
            if stats.findings or (stats.files and not self.quiet):  # nothing read: no summary
                self.out.write(stats.summary_line() + "\n")

    def failed(self, fail_on: Severity, exit_zero: bool = False) -> bool:
        """Do the reported findings fail the run under the exit policy?"""
        if exit_zero:
            return False
        return any(f.severity.rank >= fail_on.rank for _, findings in self.results for f in findings)
