"""BLEU, chrF and TER of a draft (and of mtfix's auto-fixed draft) against a reference.

Why: an editor wants to know whether the cleanup moved the text toward a reference
translation or post-edit. The figures come from sacrebleu with its default settings, so
they equal `sacrebleu REF -i HYP -m bleu chrf ter` and carry sacrebleu's signatures.

Two modes: files with the same number of lines are scored line by line as a corpus
(sentence-aligned, as sacrebleu's CLI does); otherwise each file is one segment, its
lines joined with single spaces.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from sacrebleu.metrics import BLEU, CHRF, TER

LINE_ALIGNED = "line-aligned"
WHOLE_DOCUMENT = "whole-document"
# TER counts edits, so lower is better; for BLEU and chrF higher is better.
LOWER_IS_BETTER = frozenset({"TER"})


def split_lines(text: str) -> list[str]:
    """Lines as sacrebleu's CLI reads them: split on LF only, trailing whitespace stripped."""
    return [line.rstrip() for line in io.StringIO(text, newline="\n")]


def as_one_segment(text: str) -> str:
    """A whole document as one segment: non-blank lines joined by single spaces."""
    return " ".join(line.strip() for line in split_lines(text) if line.strip())


@dataclass(frozen=True)
class MetricScore:
    """One metric's corpus score and sacrebleu's description of how it was computed."""

    name: str
    score: float
    signature: str
    detail: str  # sacrebleu's formatted score line (BLEU's n-gram precisions, ...)

    @property
    def lower_is_better(self) -> bool:
        return self.name in LOWER_IS_BETTER


@dataclass(frozen=True)
class ScoreReport:
    """The draft's scores and, when asked, the auto-fixed draft's, in one mode."""

    mode: str
    segments: int
    draft: tuple[MetricScore, ...]
    fixed: tuple[MetricScore, ...] = ()
    fixes_applied: int = 0
    notes: tuple[str, ...] = field(default=())


def choose_mode(reference: str, *hypotheses: str) -> str:
    """Line-aligned when every hypothesis has the reference's line count, else whole-document."""
    lines = len(split_lines(reference))
    if all(len(split_lines(text)) == lines for text in hypotheses):
        return LINE_ALIGNED
    return WHOLE_DOCUMENT


def segments(text: str, mode: str) -> list[str]:
    return split_lines(text) if mode == LINE_ALIGNED else [as_one_segment(text)]


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str]) -> tuple[MetricScore, ...]:
    """BLEU, chrF and TER over aligned segments, each with sacrebleu's default settings."""
    results = []
    for metric in (BLEU(), CHRF(), TER()):
        score = metric.corpus_score(list(hypotheses), [list(references)])
        results.append(
            MetricScore(score.name, score.score, metric.get_signature().format(), score.format(width=1))
        )
    return tuple(results)


def score_texts(draft: str, reference: str, fixed: str | None = None, fixes_applied: int = 0) -> ScoreReport:
    """Score `draft` (and `fixed`, if given) against `reference` in one shared mode."""
    hypotheses = (draft,) if fixed is None else (draft, fixed)
    mode = choose_mode(reference, *hypotheses)
    notes: list[str] = []
    if mode == WHOLE_DOCUMENT and len(split_lines(draft)) == len(split_lines(reference)):
        notes.append("the fixes changed the line count, so both texts are scored as whole documents")
    references = segments(reference, mode)
    report = ScoreReport(
        mode=mode,
        segments=len(references),
        draft=corpus_scores(segments(draft, mode), references),
        fixed=corpus_scores(segments(fixed, mode), references) if fixed is not None else (),
        fixes_applied=fixes_applied,
        notes=tuple(notes),
    )
    return report


def render_score(report: ScoreReport) -> str:
    """A side-by-side table (draft, fixed, change) followed by sacrebleu's signatures."""
    if report.mode == LINE_ALIGNED:
        lines = [f"mode: {LINE_ALIGNED} ({report.segments} segments, scored as a corpus)"]
    else:
        lines = [f"mode: {WHOLE_DOCUMENT} (line counts differ, each file scored as one segment)"]
    lines.extend(f"note: {note}" for note in report.notes)
    if report.fixed:
        lines.append(f"safe fixes applied: {report.fixes_applied}")
        lines.append(f"{'metric':<8}{'draft':>8}{'fixed':>8}{'change':>9}")
        for before, after in zip(report.draft, report.fixed, strict=False):
            change = after.score - before.score
            better = change < 0 if before.lower_is_better else change > 0
            verdict = "" if round(change, 1) == 0 else ("  better" if better else "  worse")
            lines.append(f"{before.name:<8}{before.score:>8.1f}{after.score:>8.1f}{change:>+9.1f}{verdict}")
    else:
        lines.append(f"{'metric':<8}{'draft':>8}")
        lines.extend(f"{score.name:<8}{score.score:>8.1f}" for score in report.draft)
    lines.append("(BLEU, chrF: higher is closer to the reference; TER: lower is closer)")
    lines.append("signatures:")
    lines.extend(f"  {score.name}|{score.signature}" for score in report.draft)
    return "\n".join(lines) + "\n"


def score_record(report: ScoreReport) -> dict[str, object]:
    """The report as plain data for `--format json`."""

    def metrics(scores: Sequence[MetricScore]) -> dict[str, dict[str, object]]:
        return {s.name: {"score": s.score, "signature": s.signature, "detail": s.detail} for s in scores}

    record: dict[str, object] = {
        "mode": report.mode,
        "segments": report.segments,
        "draft": metrics(report.draft),
    }
    if report.fixed:
        record["fixed"] = metrics(report.fixed)
        record["fixes_applied"] = report.fixes_applied
    if report.notes:
        record["notes"] = list(report.notes)
    return record
