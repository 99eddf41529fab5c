"""`mtfix score` gives sacrebleu's own figures, in line-aligned and whole-document modes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtfix.cli import app
from mtfix.measure.score import LINE_ALIGNED, WHOLE_DOCUMENT, as_one_segment, score_texts, split_lines

DRAFT = (
    "The county held a meeting on rural roads ,and decided to repair 20 kilometers this year.\n"
    "More than 300 villagers,,including the elderly, attended the meeting.\n"
    "The work will start in March and end before the rainy season.\n"
)
REFERENCE = (
    "The county held a meeting on rural roads and decided to repair 20 kilometres this year.\n"
    "More than 300 villagers, including the elderly, attended the meeting.\n"
    "Work will start in March and finish before the rainy season.\n"
)


METRICS = ("-m", "bleu", "chrf", "ter")


def sacrebleu_cli(reference: Path, hypothesis: Path) -> dict[str, dict]:
    """sacrebleu's own command line with default settings, keyed by metric name."""
    completed = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(reference), "-i", str(hypothesis), *METRICS],
        capture_output=True,
        text=True,
        check=True,
    )
    return {entry["name"]: entry for entry in json.loads(completed.stdout)}


def mtfix_score(*args: str) -> dict:
    result = CliRunner().invoke(app, ["score", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    draft, reference = tmp_path / "draft.txt", tmp_path / "reference.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    reference.write_text(REFERENCE, encoding="utf-8")
    return draft, reference


def assert_same_as_cli(ours: dict, theirs: dict[str, dict]) -> None:
    assert set(ours) == set(theirs) == {"BLEU", "chrF2", "TER"}
    for name, entry in theirs.items():
        assert round(ours[name]["score"], 1) == entry["score"], name
        assert ours[name]["signature"] == entry["signature"], name


def test_line_aligned_figures_equal_sacrebleu_cli(files):
    draft, reference = files
    record = mtfix_score(str(draft), "--ref", str(reference))
    assert record["mode"] == LINE_ALIGNED
    assert record["segments"] == 3
    assert_same_as_cli(record["draft"], sacrebleu_cli(reference, draft))


def test_fixed_draft_is_scored_beside_the_draft(files, tmp_path):
    draft, reference = files
    record = mtfix_score(str(draft), "--ref", str(reference), "--fixed")
    assert record["fixes_applied"] >= 1
    fixed_file = tmp_path / "fixed.txt"
    fix = CliRunner().invoke(app, ["fix", str(draft), "--output", str(fixed_file)])
    assert fix.exit_code == 0, fix.output
    assert_same_as_cli(record["fixed"], sacrebleu_cli(reference, fixed_file))
    assert record["fixed"]["chrF2"]["score"] > record["draft"]["chrF2"]["score"]


def test_different_line_counts_score_whole_documents(files, tmp_path):
    draft, _ = files
    rewrapped = tmp_path / "rewrapped.txt"
    rewrapped.write_text(REFERENCE.replace(" and decided", "\nand decided"), encoding="utf-8")
    record = mtfix_score(str(draft), "--ref", str(rewrapped))
    assert record["mode"] == WHOLE_DOCUMENT
    assert record["segments"] == 1
    one_line_draft, one_line_reference = tmp_path / "draft.one", tmp_path / "reference.one"
    one_line_draft.write_text(as_one_segment(DRAFT) + "\n", encoding="utf-8")
    one_line_reference.write_text(
        as_one_segment(rewrapped.read_text(encoding="utf-8")) + "\n", encoding="utf-8"
    )
    assert_same_as_cli(record["draft"], sacrebleu_cli(one_line_reference, one_line_draft))


def test_text_output_names_the_mode_and_signatures(files):
    draft, reference = files
    result = CliRunner().invoke(app, ["score", str(draft), "--ref", str(reference), "--fixed"])
    assert result.exit_code == 0
    assert "mode: line-aligned (3 segments" in result.stdout
    assert "BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp" in result.stdout
    assert "chrF2" in result.stdout and "TER" in result.stdout


def test_missing_reference_is_an_input_error(files, tmp_path):
    draft, _ = files
    result = CliRunner().invoke(app, ["score", str(draft), "--ref", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2


def test_lines_split_like_sacrebleu():
    assert split_lines("a \r\nb\n\nc") == ["a", "b", "", "c"]
    assert split_lines("a\rb\n") == ["a\rb"]


def test_identical_texts_score_perfectly():
    report = score_texts(REFERENCE, REFERENCE)
    scores = {score.name: round(score.score, 6) for score in report.draft}
    assert scores == {"BLEU": 100.0, "chrF2": 100.0, "TER": 0.0}
