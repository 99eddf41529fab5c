"""What a newcomer meets first (issue 17): --version, -h, the summary line, what `fix --write`
reports, `fix --output -`, and usage lines with plain argument names."""

from __future__ import annotations

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


def test_summary_line_counts_fixable_and_unsafe(draft):
    result = run_cli("check", str(draft))
    last = result.stdout.decode().splitlines()[-1]
    assert last == "Found 4 findings in 1 file (2 fixable with mtfix fix, 1 more with --unsafe)", (
        result.stdout
    )


def test_summary_fixable_equals_what_fix_applies(draft, tmp_path):
    fixed = tmp_path / "fixed.txt"
    run_cli("fix", "--output", str(fixed), str(draft))
    after = run_cli("check", str(fixed)).stdout.decode().splitlines()[-1]
    assert after == "Found 2 findings in 1 file (0 fixable with mtfix fix, 1 more with --unsafe)"


def test_fix_write_says_what_it_applied_and_what_remains(draft):
    result = run_cli("fix", "--write", str(draft))
    assert result.returncode == 0
    assert (
        "Applied 3 fixes to 1 file; 2 remaining (1 with --unsafe, 1 to fix by hand)" in result.stderr.decode()
    )


def test_fix_output_dash_writes_standard_output(draft, tmp_path):
    """Issue 17: `mtfix fix --output - -` wrote a file named `-`."""
    result = run_cli("fix", "--output", "-", "-", input=DRAFT.encode("utf-8"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode("utf-8").startswith("The county said, the bridge will open.\n")
    assert not (tmp_path / "-").exists()
    from_file = run_cli("fix", "-o", "-", str(draft), cwd=tmp_path)
    assert from_file.stdout == result.stdout
