"""`--jobs`: several worker processes give exactly the serial output, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtfix.cli import app
from mtfix.runner import MIN_PARALLEL_BYTES, check_files, default_jobs, fix_files

TEMPLATES = (
    "The township held a meeting on spring farming,,and {n} farmers attended.\n",
    "Recently,the county sent {n} doctors to the villages.\n",
    "The new bridge is {n} meters long and was opened to traffic on Monday.\n",
)


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    paths = []
    for index in range(9):
        path = tmp_path / f"draft{index:02d}.txt"
        path.write_text(TEMPLATES[index % 3].format(n=index + 10) * (index + 1), encoding="utf-8")
        paths.append(str(path))
    return paths


def summary(outcomes) -> list[tuple]:
    return [(o.path, o.error, [(f.rule, f.start, f.end) for f in o.findings], o.fixed_text) for o in outcomes]


def test_parallel_check_equals_serial_in_input_order(corpus, api_linter):
    serial = summary(check_files(corpus, api_linter, jobs=1))
    parallel = summary(check_files(list(reversed(corpus)), api_linter, jobs=2))
    assert parallel == list(reversed(serial))
    assert any(findings for _, _, findings, _ in serial)


def test_parallel_fix_equals_serial(corpus, api_linter):
    serial = summary(fix_files(corpus, api_linter, jobs=1))
    assert summary(fix_files(corpus, api_linter, jobs=2)) == serial
    assert any(fixed and ",," not in fixed for _, _, _, fixed in serial)


def test_unreadable_file_is_an_outcome_not_a_crash(corpus, api_linter, tmp_path):
    missing = str(tmp_path / "gone.txt")
    outcomes = list(check_files([corpus[0], missing, corpus[1]], api_linter, jobs=2))
    assert [o.path for o in outcomes] == [corpus[0], missing, corpus[1]]
    assert outcomes[1].error and not outcomes[0].error


def test_default_jobs(corpus, tmp_path):
    assert default_jobs(corpus[:1]) == 1
    assert default_jobs(corpus) == 1  # small inputs: start-up would cost more than it saves
    big = []
    for index in range(3):
        path = tmp_path / f"big{index}.txt"
        path.write_text("word " * (MIN_PARALLEL_BYTES // 5 + 1), encoding="utf-8")
        big.append(str(path))
    assert 1 <= default_jobs(big) <= 3
    assert default_jobs([*big, "-"]) == 1


@pytest.mark.parametrize("command", ["check", "fix"])
def test_cli_output_is_the_same_with_jobs(corpus, command):
    runner = CliRunner()
    serial = runner.invoke(app, [command, *corpus, "--jobs", "1"])
    parallel = runner.invoke(app, [command, *corpus, "--jobs", "3"])
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.stdout == serial.stdout


def test_stats_accepts_jobs(corpus):
    serial = CliRunner().invoke(app, ["stats", *corpus, "--jobs", "1"])
    parallel = CliRunner().invoke(app, ["stats", *corpus, "-j", "2"])
    assert serial.exit_code == parallel.exit_code == 0
    assert parallel.stdout == serial.stdout
