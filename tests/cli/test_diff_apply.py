"""`mtfix fix --diff` output applies cleanly with `git apply` and `patch -p1`.

Covers relative paths, subfolders, CRLF files, a missing final newline, non-ASCII names
and names with spaces or quotes, a UTF-8 BOM, GB18030 content, and files given by an
absolute path (inside the current folder, and outside it: applied from `/`).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.document import decode
from mtfix.report.diff import diff_path, document_diff, quote_name, unified_diff
from review.test_workspace import DRAFT, make_workspace

TOOLS = {
    "git": ["git", "apply", "-p1", "-"],
    "patch": ["patch", "-p1", "--batch", "--quiet", "--no-backup-if-mismatch"],
}
# DRAFT after its safe fixes (the two comma rules); the unsafe ones are not applied.
FIXED_DRAFT = (
    "Officials in Yellow-stone Village said, the new bridge, which cost 3,000,000 yuan, will open in June.\n"
    "The the villagers welcomed the the project, and the county praised it.\n"
)


def apply_patch(tool: str, patch: bytes, cwd: Path) -> None:
    if shutil.which(TOOLS[tool][0]) is None:
        pytest.skip(f"{TOOLS[tool][0]} is not installed")
    result = subprocess.run(TOOLS[tool], input=patch, cwd=cwd, capture_output=True, timeout=60)
    assert result.returncode == 0, (
        f"{tool} refused the diff:\n{result.stderr.decode()}\n{patch.decode('utf-8', 'replace')}"
    )


CASES = {
    "subfolder": (
        "docs/news/draft.txt",
        "utf-8",
        "The county said,, yes.\nSecond line.\n",
        "The county said, yes.\nSecond line.\n",
    ),
    "crlf": (
        "crlf.txt",
        "utf-8",
        "First line.\r\nThe county said,, yes.\r\nLast line.\r\n",
        "First line.\r\nThe county said, yes.\r\nLast line.\r\n",
    ),
    "no-final-newline": ("tail.txt", "utf-8", "One.\nThe county said,, yes.", "One.\nThe county said, yes."),
    "crlf-no-final-newline": (
        "tail-crlf.txt",
        "utf-8",
        "One.\r\nThe county said,, yes.",
        "One.\r\nThe county said, yes.",
    ),
    "non-ascii-name": (
        "报道/草稿 第一版.txt",
        "utf-8",
        "The county said,, yes.\n",
        "The county said, yes.\n",
    ),
    "quote-in-name": ('notes/say "hi".txt', "utf-8", "The county said,, yes.\n", "The county said, yes.\n"),
    "line-starting-with-dashes": (
        "dashes.txt",
        "utf-8",
        "-- editor,note\nBody.\n",
        "-- editor, note\nBody.\n",
    ),
    "utf-8-bom": (
        "bom.txt",
        "utf-8-sig",
        "The county said,, yes.\nMore.\n",
        "The county said, yes.\nMore.\n",
    ),
    "gb18030": (
        "gb.txt",
        "gb18030",
        "黄石村 officials said,, yes.\n第二行。\n",
        "黄石村 officials said, yes.\n第二行。\n",
    ),
}


@pytest.mark.parametrize("tool", sorted(TOOLS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_diff_applies(tmp_path, tool, case):
    name, encoding, before, after = CASES[case]
    target = tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(before.encode(encoding))
    document = decode(target.read_bytes(), name)
    patch = document_diff(document, after, cwd=str(tmp_path))
    apply_patch(tool, patch, tmp_path)
    assert target.read_bytes() == after.encode(encoding)


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_fix_diff_from_the_command_line_applies(tmp_path, tool):
    make_workspace(tmp_path)
    target = tmp_path / "docs" / "news" / "draft.txt"
    target.parent.mkdir(parents=True)
    target.write_text(DRAFT, encoding="utf-8")
    result = run_cli("fix", "--diff", "docs/news/draft.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr.decode()
    assert result.stdout.startswith(b"diff --git a/docs/news/draft.txt b/docs/news/draft.txt\n")
    apply_patch(tool, result.stdout, tmp_path)
    assert target.read_text(encoding="utf-8") == FIXED_DRAFT


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_fix_diff_of_an_absolute_path_outside_the_current_folder_applies_from_the_root(tmp_path, tool):
    project = make_workspace(tmp_path / "project")
    target = project / "draft.txt"
    target.write_text(DRAFT, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_cli("fix", "--diff", str(target), cwd=elsewhere)
    assert result.returncode == 1, result.stderr.decode()
    header = str(target).lstrip("/")
    assert result.stdout.startswith(f"diff --git a/{header} b/{header}\n".encode())
    apply_patch(tool, result.stdout, Path("/"))
    assert target.read_text(encoding="utf-8") == FIXED_DRAFT


def test_an_absolute_path_inside_the_current_folder_is_made_relative(tmp_path):
    assert diff_path(str(tmp_path / "a" / "b.txt"), cwd=str(tmp_path)) == "a/b.txt"
    assert diff_path("./a/../b.txt", cwd=str(tmp_path)) == "b.txt"
    assert diff_path("../x.txt", cwd=str(tmp_path / "sub")) == f"{str(tmp_path).lstrip('/')}/x.txt"
    assert diff_path("<stdin>") == "stdin"


def test_names_are_quoted_only_when_git_would():
    assert quote_name("a/草稿 一.txt") == "a/草稿 一.txt"
    assert quote_name('a/say "hi".txt') == '"a/say \\"hi\\".txt"'
    assert quote_name("a/tab\there.txt") == '"a/tab\\there.txt"'


def test_unified_diff_is_empty_when_nothing_changed_and_marks_a_missing_final_newline():
    assert unified_diff("x.txt", "same", "same") == ""
    diff = unified_diff("x.txt", "one,,", "one,")
    assert diff.endswith("-one,,\n\\ No newline at end of file\n+one,\n\\ No newline at end of file\n")


def test_utf16_diffs_are_readable_text(tmp_path):
    document = decode("The county said,, yes.\n".encode("utf-16"), "wide.txt")
    data = document_diff(document, "The county said, yes.\n", cwd=str(tmp_path))
    assert data.decode("utf-8").endswith("-The county said,, yes.\n+The county said, yes.\n")


def test_fix_diff_piped_to_git_apply_from_a_subfolder_changes_the_file(tmp_path):
    """Issue 17: run in `repo/sub/`, the diff once named `draft.txt` while `git apply`
    reads paths from the repository root, so it applied nothing and exited 0."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    sub = repo / "news" / "today"
    sub.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True, timeout=60)
    draft = sub / "draft.txt"
    draft.write_text("The county said,, yes.\n", encoding="utf-8")
    diff = run_cli("fix", "--diff", "draft.txt", cwd=sub)
    assert diff.returncode == 1, diff.stderr.decode()
    assert b"--- a/news/today/draft.txt" in diff.stdout
    applied = subprocess.run(
        ["git", "apply", "-"], input=diff.stdout, cwd=sub, capture_output=True, timeout=60
    )
    assert applied.returncode == 0, applied.stderr.decode()
    assert draft.read_text(encoding="utf-8") == "The county said, yes.\n"
    # and from the root, given the path from there
    draft.write_text("The county said,, yes.\n", encoding="utf-8")
    diff = run_cli("fix", "--diff", "news/today/draft.txt", cwd=repo)
    subprocess.run(["git", "apply", "-"], input=diff.stdout, cwd=repo, check=True, timeout=60)
    assert draft.read_text(encoding="utf-8") == "The county said, yes.\n"
