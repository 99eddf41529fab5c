"""`mtfix stats`: artifact density per category, per file and in total, and its CI gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import finding
from mtfix.cli import app
from mtfix.measure.stats import count_words, density, tally, total

# 20 words, two doubled commas and one missing space after a comma.
DRAFT = (
    "The village built a new road,,and the villagers planted trees,,flowers and grass along it,"
    "which made the whole village beautiful.\n"
)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def stats_json(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["stats", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else {}


def test_words_are_whitespace_tokens():
    assert count_words("principlesof the CPC ,and  more\n") == 5
    assert count_words("") == 0


def test_density_is_per_thousand_words():
    assert density(3, 1500) == 2.0
    assert density(5, 0) == 0.0


def test_tallies_add_up_by_category():
    first = tally(
        "a", "one two three four", [finding(category="punct.doubled"), finding(category="space.glued")]
    )
    second = tally("b", "five six seven eight", [finding(category="punct.doubled")])
    combined = total([first, second])
    assert combined.words == 8
    assert combined.artifacts == 3
    assert combined.by_category["punct.doubled"] == 2
    assert combined.density == 375.0
    assert combined.category_density("space.glued") == 125.0


def test_stats_reports_per_file_and_total(draft):
    status, record = stats_json(str(draft))
    assert status == 0
    (only,) = record["files"]
    assert only["words"] == count_words(DRAFT)
    assert only["categories"]["punct.doubled"]["artifacts"] == 2
    assert record["total"]["artifacts"] == only["artifacts"] >= 2
    expected = only["artifacts"] * 1000 / only["words"]
    assert record["total"]["per_1000_words"] == pytest.approx(expected, abs=0.001)


def test_max_density_is_a_quality_gate(draft):
    _, record = stats_json(str(draft))
    observed = record["total"]["per_1000_words"]
    assert stats_json(str(draft), "--max-density", str(observed + 1))[0] == 0
    assert stats_json(str(draft), "--max-density", str(observed - 1))[0] == 1


def test_input_error_exits_2(draft, tmp_path):
    status, record = stats_json(str(draft), str(tmp_path / "missing.txt"), "--max-density", "100000")
    assert status == 2
    assert len(record["files"]) == 1  # the readable file is still counted


def test_text_output_shows_categories_and_total(draft, tmp_path):
    second = tmp_path / "clean.txt"
    second.write_text("Nothing is wrong with this short sentence.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["stats", str(draft), str(second)])
    assert result.exit_code == 0
    assert "per 1,000 words" in result.stdout
    assert "punct.doubled" in result.stdout
    assert any(line.startswith("total: ") for line in result.stdout.splitlines())
