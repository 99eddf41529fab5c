"""Score the rules against a gold corpus (format: the shared corpus GUIDE), in-process.

Why in-process: rule authors run it after every change, and one linter for the whole
corpus is much faster than two processes per document. The figures follow the shared
scorer (`mteval.py`) definition for definition, so both give the same numbers:

- recall: gold artifacts overlapped by at least one finding (`locates`);
- precision: findings that overlap some gold artifact, over all findings;
- suggestion: fixable gold artifacts for which an overlapping finding's first
  replacement yields exactly the gold text around them (`suggestion_matches`);
- gap closed: 1 - TER(fixed, gold) / TER(draft, gold), sacrebleu's case-sensitive TER
  over the whole corpus, where "fixed" is the draft after `mtfix fix` (safe fixes).

Texts are read as the scorer reads them (UTF-8, universal newlines) while findings come
from the document as `mtfix check` decodes it, so both see the same offsets.
"""

from __future__ import annotations

import codecs
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonlines

from mtfix.api import Linter
from mtfix.errors import FixError, InputError
from mtfix.files import read_document

GOLD_SPANS = ".gold.jsonl"
GOLD_TEXT = ".gold.txt"


@dataclass(frozen=True)
class Span:
    """The part of a finding or gold record that scoring needs."""

    start: int
    end: int


def locates(finding: Span, gold: Span) -> bool:
    """A finding locates a gold artifact if their spans meet and it is not much wider."""
    gold_width = gold.end - gold.start
    if finding.end - finding.start > max(3 * gold_width, gold_width + 20):
        return False
    if gold.start == gold.end:
        return finding.start <= gold.start <= finding.end
    if finding.start == finding.end:
        return gold.start <= finding.start <= gold.end
    return finding.start < gold.end and gold.start < finding.end


def suggestion_matches(draft: str, finding: Span, replacement: str, gold: Span, gold_fix: str) -> bool:
    """Applying the finding's replacement gives the gold text over the union of both spans."""
    low, high = min(finding.start, gold.start), max(finding.end, gold.end)
    wanted = draft[low : gold.start] + gold_fix + draft[gold.end : high]
    got = draft[low : finding.start] + replacement + draft[finding.end : high]
    return wanted == got


def gold_documents(folders: Iterable[str | Path]) -> list[Path]:
    """Drafts `ID.txt` that have `ID.gold.jsonl`, folder by folder, sorted by name."""
    found = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            if not path.name.endswith(GOLD_TEXT) and path.with_name(path.stem + GOLD_SPANS).exists():
                found.append(path)
    return found


def read_gold_spans(path: Path) -> list[dict[str, Any]]:
    """The records of an `ID.gold.jsonl` file (JSON Lines, read by `jsonlines`; blank lines skipped)."""
    with jsonlines.open(path) as reader:
        return list(reader.iter(type=dict, skip_empty=True))


def _read_as_scorer(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class Evaluation:
    """Counts over a corpus, from which every reported figure derives."""

    docs: int = 0
    per_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    findings: int = 0
    findings_on_gold: int = 0
    fixable: int = 0
    suggestions_right: int = 0
    ter_draft: float = 0.0
    ter_fixed: float = 0.0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The same keys and rounding as the shared scorer's `--json`."""
        total = sum(t for _, t in self.per_category.values())
        found = sum(d for d, _ in self.per_category.values())
        return {
            "docs": self.docs,
            "gold": total,
            "recall": round(found / total, 4) if total else None,
            "findings": self.findings,
            "precision": round(self.findings_on_gold / self.findings, 4) if self.findings else None,
            "suggestion": round(self.suggestions_right / self.fixable, 4) if self.fixable else None,
            "ter_draft": round(self.ter_draft, 3),
            "ter_fixed": round(self.ter_fixed, 3),
            "gap_closed": round(1 - self.ter_fixed / self.ter_draft, 4) if self.ter_draft else None,
            "seconds": round(self.seconds, 2),
            "errors": list(self.errors),
            "per_category": {
                c: {"detected": d, "total": t} for c, (d, t) in sorted(self.per_category.items())
            },
        }


def evaluate(
    documents: Sequence[Path], linter_for: Callable[[Path], Linter], *, unsafe: bool = False
) -> Evaluation:
    """Check and fix every gold document with the linter its config gives, and count."""
    from sacrebleu.metrics import TER

    result = Evaluation(docs=len(documents))
    drafts: list[str] = []
    fixeds: list[str] = []
    golds: list[str] = []
    for path in documents:
        draft = _read_as_scorer(path)
        gold = read_gold_spans(path.with_name(path.stem + GOLD_SPANS))
        started = time.perf_counter()
        findings, fixed = _check_and_fix(path, linter_for(path), unsafe, result.errors)
        result.seconds += time.perf_counter() - started
        _count(result, path.stem, draft, gold, findings)
        drafts.append(draft)
        fixeds.append(draft if fixed is None else fixed)
        golds.append(_read_as_scorer(path.with_name(path.stem + GOLD_TEXT)))
    ter = TER(case_sensitive=True)
    result.ter_draft = ter.corpus_score(drafts, [golds]).score
    result.ter_fixed = ter.corpus_score(fixeds, [golds]).score
    return result


@dataclass(frozen=True)
class Found:
    """What scoring needs of a finding: where, which rule, its first replacement if any."""

    span: Span
    rule: str
    replacement: str | None
    message: str


def _check_and_fix(
    path: Path, linter: Linter, unsafe: bool, errors: list[str]
) -> tuple[list[Found], str | None]:
    """The findings of `mtfix check`, and the text `mtfix fix --output` would write, as read back."""
    try:
        document = read_document(str(path))
    except InputError as error:
        errors.append(f"{path.name}: {error}")
        return [], None
    lint = linter.check_document(document)
    errors.extend(f"{path.name}: {problem}" for problem in lint.problems)
    findings = [
        Found(Span(f.start, f.end), f.rule, f.replacements[0] if f.replacements else None, f.message)
        for f in lint.findings
    ]
    try:
        fixed = linter.fix_document(document, unsafe=unsafe).text
    except FixError as error:
        errors.append(f"{path.name}: {error}")
        return findings, None
    bom = "\ufeff" if document.bom == codecs.BOM_UTF8 else ""
    return findings, _universal_newlines(bom + fixed)


def _count(
    result: Evaluation, stem: str, draft: str, gold: list[dict[str, Any]], findings: list[Found]
) -> None:
    gold_spans = [Span(g["start"], g["end"]) for g in gold]
    for record, span in zip(gold, gold_spans, strict=False):
        hits = [f for f in findings if locates(f.span, span)]
        tally = result.per_category[record["category"]]
        tally[1] += 1
        tally[0] += bool(hits)
        if not hits:
            result.misses.append(f"{stem} {record['category']}: {record['text']!r}")
        if record["fix"] is not None:
            result.fixable += 1
            result.suggestions_right += any(
                f.replacement is not None
                and suggestion_matches(draft, f.span, f.replacement, span, record["fix"])
                for f in hits
            )
    for found in findings:
        result.findings += 1
        if any(locates(found.span, g) for g in gold_spans):
            result.findings_on_gold += 1
        else:
            text = draft[found.span.start : found.span.end]
            result.alarms.append(f"{stem} {found.rule}: {text!r} {found.message[:60]}")


def render_evaluation(result: Evaluation, show: bool = False) -> str:
    """Per-category recall (largest categories first), optional misses and alarms, a summary."""
    lines = [
        f"{category:20s} {detected:4d}/{total:<4d} {detected / total:6.1%}"
        for category, (detected, total) in sorted(result.per_category.items(), key=lambda kv: -kv[1][1])
    ]
    if show:
        lines += ["", "missed:", *("  " + miss for miss in result.misses)]
        lines += ["", "false alarms:", *("  " + alarm for alarm in result.alarms)]
    lines += [f"error: {error}" for error in result.errors]
    s = result.summary()
    lines += [
        "",
        f"docs {s['docs']}  gold {s['gold']}  findings {s['findings']}  recall {s['recall']}  "
        f"precision {s['precision']}  suggestion {s['suggestion']}  "
        f"TER {s['ter_draft']} -> {s['ter_fixed']}  gap closed {s['gap_closed']}  ({s['seconds']} s)",
    ]
    return "\n".join(lines) + "\n"
