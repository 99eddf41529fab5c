"""`check` with no path reads the current folder, without what git ignores or the `exclude`
setting names (issue 17); a file named on the command line is always read."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.inputs import excluded

DRAFT = "The county said,,the bridge will open in June.\n"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=60)
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    for name in ("news/draft.txt", "build/copy.txt", "refs/draft.ref.txt", "notes.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(DRAFT, encoding="utf-8")
    return tmp_path


def reported(result: subprocess.CompletedProcess) -> list[str]:
    return sorted({line.split(":")[0] for line in result.stdout.decode().splitlines() if ":1:" in line})


def test_check_with_no_path_reads_the_current_folder_minus_git_ignored(project):
    result = run_cli("check", cwd=project)
    assert result.returncode == 1, result.stderr.decode()
    assert reported(result) == ["news/draft.txt", "notes.md", "refs/draft.ref.txt"]


def test_exclude_setting_drops_walked_files_but_not_named_ones(project):
    (project / "mtfix.toml").write_text('exclude = ["refs"]\n', encoding="utf-8")
    assert reported(run_cli("check", cwd=project)) == ["news/draft.txt", "notes.md"]
    assert reported(run_cli("check", "refs/draft.ref.txt", cwd=project)) == ["refs/draft.ref.txt"]
    stats = run_cli("stats", ".", cwd=project)
    assert "draft.ref.txt" not in stats.stdout.decode()


def test_a_folder_outside_the_work_tree_keeps_git_ignoring_the_folders_inside(project, tmp_path_factory):
    """git refuses a question naming a path outside its work tree: only the paths inside
    are asked about, so the ignored file inside stays out and the folder outside is read."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "other.txt").write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", ".", str(elsewhere), cwd=project)
    found = reported(result)
    assert "./build/copy.txt" not in found and "./news/draft.txt" in found, result.stderr.decode()
    assert any(path.endswith("other.txt") for path in found)


def test_no_path_outside_git_reads_every_text_file(tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "b.txt").write_text(DRAFT, encoding="utf-8")
    assert reported(run_cli("check", cwd=tmp_path)) == ["a.txt", "build/b.txt"]


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("corpus/refs/a.txt", "refs", True),
        ("corpus/refs/a.txt", "refs/*.txt", True),
        ("corpus/a.ref.txt", "*.ref.txt", True),
        ("./corpus/a.txt", "corpus/a.txt", True),
        ("corpus/drafts/a.txt", "refs", False),
        ("corpus/prefs.txt", "refs", False),
    ],
)
def test_exclude_globs(path, pattern, expected):
    assert excluded(path, [pattern]) is expected
