"""The command-line contract: commands, output formats, exit codes, bad input, config."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import run_cli

DRAFT = "The public,watched the ceremony, , and left.\n"
CLEAN = "The public watched the ceremony and left.\n"
JSONL_KEYS = {
    "path",
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "line",
    "column",
    "text",
    "message",
    "replacements",
    "applicability",
    "source",
}


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_check_reports_findings_and_exits_1(draft):
    result = run_cli("check", str(draft))
    assert result.returncode == 1
    out = result.stdout.decode()
    assert f"{draft}:1:11: space-after-comma [punct.spacing]" in out
    assert "^" in out


def test_check_clean_file_exits_0(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    result = run_cli("check", str(clean))
    assert result.returncode == 0, result.stdout.decode()
    assert result.stdout == b"No findings in 1 file\n"


def test_jsonl_lines_follow_the_contract(draft):
    result = run_cli("check", "--format", "jsonl", str(draft))
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records
    for record in records:
        assert record.keys() >= JSONL_KEYS
        assert DRAFT[record["start"] : record["end"]] == record["text"]
        assert record["severity"] in {"error", "warning", "info"}
        assert record["applicability"] in {"safe", "unsafe", "none"}
        assert isinstance(record["replacements"], list)
        assert record["line"] == 1 and record["column"] == record["start"] + 1


def test_check_reads_stdin():
    result = run_cli("check", "--format", "jsonl", "-", input=DRAFT.encode())
    assert result.returncode == 1
    assert json.loads(result.stdout.decode().splitlines()[0])["path"] == "<stdin>"


def test_select_and_ignore_by_rule_category_and_family(draft):
    only_doubled = run_cli("check", "--format", "jsonl", "--select", "punct.doubled", str(draft))
    rules = {json.loads(line)["category"] for line in only_doubled.stdout.decode().splitlines()}
    assert rules == {"punct.doubled"}
    nothing = run_cli("check", "--ignore", "punct", str(draft))
    punct_lines = [line for line in nothing.stdout.decode().splitlines() if "[punct." in line]
    assert punct_lines == []


def test_directories_recurse_into_text_and_markdown(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "c.py").write_text("x = 1,2\n", encoding="utf-8")
    result = run_cli("check", "--format", "jsonl", str(tmp_path))
    paths = {Path(json.loads(line)["path"]).name for line in result.stdout.decode().splitlines()}
    assert paths == {"a.md", "b.txt"}


def test_fix_prints_a_diff_by_default_and_writes_nothing(draft):
    result = run_cli("fix", str(draft))
    assert result.returncode == 1
    diff = result.stdout.decode()
    assert diff.startswith("diff --git")
    assert "+The public, watched the ceremony, and left." in diff
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_fix_diff_applies_with_patch(tmp_path, draft):
    if shutil.which("patch") is None:
        pytest.skip("patch is not installed")
    diff = run_cli("fix", "--diff", "draft.txt", cwd=tmp_path).stdout
    subprocess.run(["patch", "-p1", "--quiet"], input=diff, cwd=tmp_path, check=True)
    assert draft.read_text(encoding="utf-8") == "The public, watched the ceremony, and left.\n"


def test_fix_write_is_idempotent_and_keeps_crlf_and_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfThe public,watched.\r\nSecond line, , here.\r\n")
    first = run_cli("fix", "--write", str(path))
    assert first.returncode == 0, first.stderr.decode()
    assert path.read_bytes() == b"\xef\xbb\xbfThe public, watched.\r\nSecond line, here.\r\n"
    before = path.read_bytes()
    second = run_cli("fix", "--write", str(path))
    assert second.returncode == 0
    assert path.read_bytes() == before


def test_fix_output_writes_the_fixed_text_to_a_file(tmp_path, draft):
    out = tmp_path / "fixed.txt"
    result = run_cli("fix", str(draft), "--output", str(out))
    assert result.returncode == 0
    assert out.read_text(encoding="utf-8") == "The public, watched the ceremony, and left.\n"
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_fix_output_needs_a_single_input(tmp_path, draft):
    other = tmp_path / "other.txt"
    other.write_text(DRAFT, encoding="utf-8")
    result = run_cli("fix", str(draft), str(other), "--output", str(tmp_path / "o.txt"))
    assert result.returncode == 2
    assert b"exactly one input" in result.stderr


def test_fix_modes_are_exclusive(draft):
    result = run_cli("fix", "--diff", "--write", str(draft))
    assert result.returncode == 2


def test_rules_lists_every_rule_with_category_and_applicability():
    result = run_cli("rules")
    assert result.returncode == 0
    line = next(row for row in result.stdout.decode().splitlines() if row.startswith("space-after-comma"))
    assert "punct.spacing" in line and "safe" in line


def test_rules_explain_shows_doc_and_examples():
    result = run_cli("rules", "explain", "space-after-comma")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "Flagged:" in out and "Not flagged:" in out and "->" in out


def test_rules_explain_unknown_rule_is_a_usage_error():
    result = run_cli("rules", "explain", "no-such-rule")
    assert result.returncode == 2
    assert b"no rule 'no-such-rule'" in result.stderr


def test_rules_test_passes_for_the_builtins():
    result = run_cli("rules", "test")
    assert result.returncode == 0, result.stdout.decode()
    assert b" 0 failures" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary\x00" * 50, "binary file"),
        (b"caf\xc3 is \xff\xfe broken", "invalid utf-8 at byte offset 3"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_and_others_still_run(tmp_path, draft, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = (
        run_cli("check", "--encoding", "utf-8", str(bad), str(draft))
        if b"caf" in content
        else run_cli("check", str(bad), str(draft))
    )
    assert result.returncode == 2
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 1, errors
    assert str(bad) in errors[0] and message in errors[0].lower()
    assert "Traceback" not in result.stderr.decode()
    assert str(draft) in result.stdout.decode()


def test_missing_path_and_empty_directory_are_input_errors(tmp_path, draft):
    (tmp_path / "empty").mkdir()
    result = run_cli("check", str(tmp_path / "missing.txt"), str(tmp_path / "empty"), str(draft))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert "missing.txt: no such file or directory" in stderr
    assert "empty: directory holds no text files" in stderr
    assert str(draft) in result.stdout.decode()


def test_unknown_option_is_a_usage_error(draft):
    assert run_cli("check", "--no-such-flag", str(draft)).returncode == 2
