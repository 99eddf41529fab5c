"""What a newcomer meets first (issue 17): --version, -h, the summary line, what `fix --write`
reports, `fix --output -`, and usage lines with plain argument names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.version import __version__

# Two safe fixes (`,,`, `said:“`), one unsafe (a lower-case sentence start after a quote
# opener), one flag-only (untranslated CJK). Fixing `,,` then finds `said,the`: `fix` applies
# three safe fixes where `check` counted two, as Ruff's counts do.
DRAFT = "The county said,,the bridge will open.\nThe mayor said:“we are ready.”\nThe 会议 ended.\n"


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_version():
    for flag in ("--version", "-V"):
        result = run_cli(flag)
        assert (result.returncode, result.stdout.decode()) == (0, f"mtfix {__version__}\n")


@pytest.mark.parametrize("command", [[], ["check"], ["fix"], ["rules"], ["rules", "explain"], ["review"]])
def test_short_help_on_every_command(command):
    short, long = run_cli(*command, "-h"), run_cli(*command, "--help")
    assert short.returncode == 0 and short.stdout == long.stdout and b"Usage:" in short.stdout


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        (["check"], "Usage: mtfix check [OPTIONS] [PATH]..."),
        (["fix"], "Usage: mtfix fix [OPTIONS] [PATH]..."),
        (["review"], "Usage: mtfix review [OPTIONS] FILE"),
        (["rules", "explain"], "Usage: mtfix rules explain [OPTIONS] RULE"),
    ],
)
def test_usage_lines_use_plain_argument_names(command, usage):
    text = run_cli(*command, "-h").stdout.decode().replace("python -m mtfix", "mtfix")
    assert text.splitlines()[0] == usage
    assert "<list[str]>" not in text and "{" not in text.splitlines()[0]


def test_fix_help_says_it_prints_a_diff_unless_told_to_write():
    assert "print a unified diff" in run_cli("fix", "-h").stdout.decode()


def counts(path: Path) -> tuple[int, int, int]:
    """Findings, safe fixes and unsafe fixes of a file, from its JSON Lines records."""
    records = [
        json.loads(line) for line in run_cli("check", "--format", "jsonl", str(path)).stdout.splitlines()
    ]
    fixes = [r["applicability"] for r in records if r["replacements"] and r["replacements"][0] != r["text"]]
    return len(records), fixes.count("safe"), fixes.count("unsafe")


def test_summary_line_counts_fixable_and_unsafe(draft):
    findings, safe, unsafe = counts(draft)
    assert safe >= 2 and unsafe >= 1 and findings > safe + unsafe  # the draft holds each kind
    last = run_cli("check", str(draft)).stdout.decode().splitlines()[-1]
    assert (
        last
        == f"Found {findings} findings in 1 file ({safe} fixable with mtfix fix, {unsafe} more with --unsafe)"
    )


def test_summary_of_a_fixed_file_has_nothing_fixable(draft, tmp_path):
    fixed = tmp_path / "fixed.txt"
    run_cli("fix", "--output", str(fixed), str(draft))
    findings, safe, unsafe = counts(fixed)
    assert safe == 0
    after = run_cli("check", str(fixed)).stdout.decode().splitlines()[-1]
    assert (
        after
        == f"Found {findings} findings in 1 file (0 fixable with mtfix fix, {unsafe} more with --unsafe)"
    )


def test_fix_write_says_what_it_applied_and_what_remains(draft, tmp_path):
    expected = tmp_path / "expected.txt"
    run_cli("fix", "--output", str(expected), str(draft))
    findings, _, unsafe = counts(expected)
    result = run_cli("fix", "--write", str(draft))
    assert result.returncode == 0
    summary = result.stderr.decode().splitlines()[-1]
    assert re.fullmatch(
        rf"Applied [3-9] fixes to 1 file; {findings} remaining"
        rf" \({unsafe} with --unsafe, {findings - unsafe} to fix by hand\)",
        summary,
    ), summary


def test_fix_output_dash_writes_standard_output(draft, tmp_path):
    """Issue 17: `mtfix fix --output - -` wrote a file named `-`."""
    result = run_cli("fix", "--output", "-", "-", input=DRAFT.encode("utf-8"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode("utf-8").startswith("The county said, the bridge will open.\n")
    assert not (tmp_path / "-").exists()
    from_file = run_cli("fix", "-o", "-", str(draft), cwd=tmp_path)
    assert from_file.stdout == result.stdout
