"""Artifact density: findings per 1,000 words, per category and overall, per file and in total.

Why a density and not a count: it compares drafts of any length, and a threshold on it
(`--max-density`) makes a CI quality gate that does not punish long documents.
Words are whitespace-separated tokens (as `wc -w` counts them), so a glued
`principlesof` is one word, as a reader would see it before the fix.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from mtfix.models import Finding

PER_WORDS = 1000


def count_words(text: str) -> int:
    return len(text.split())


def density(count: int, words: int) -> float:
    """Artifacts per 1,000 words; 0 for an empty text (nothing can be wrong with it)."""
    return count * PER_WORDS / words if words else 0.0


@dataclass
class Tally:
    """Words and findings by category for one file or for a whole run."""

    label: str
    words: int = 0
    by_category: Counter[str] = field(default_factory=Counter)

    @property
    def artifacts(self) -> int:
        return sum(self.by_category.values())

    @property
    def density(self) -> float:
        return density(self.artifacts, self.words)

    def category_density(self, category: str) -> float:
        return density(self.by_category[category], self.words)

    def add(self, other: Tally) -> None:
        self.words += other.words
        self.by_category.update(other.by_category)


def tally(label: str, text: str, findings: Iterable[Finding]) -> Tally:
    return Tally(label, count_words(text), Counter(finding.category for finding in findings))


def total(tallies: Iterable[Tally]) -> Tally:
    combined = Tally("total")
    for one in tallies:
        combined.add(one)
    return combined


def render_tally(one: Tally) -> str:
    """A header line with the overall density, then one line per category, densest first."""
    lines = [f"{one.label}: {one.words} words, {one.artifacts} artifacts, {one.density:.1f} per 1,000 words"]
    for category, count in sorted(one.by_category.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {category:<20}{count:>6}{one.category_density(category):>9.1f}")
    return "\n".join(lines) + "\n"


def tally_record(one: Tally) -> dict[str, object]:
    """Plain data for `--format json`."""
    return {
        "path": one.label,
        "words": one.words,
        "artifacts": one.artifacts,
        "per_1000_words": round(one.density, 3),
        "categories": {
            category: {"artifacts": count, "per_1000_words": round(one.category_density(category), 3)}
            for category, count in sorted(one.by_category.items())
        },
    }
