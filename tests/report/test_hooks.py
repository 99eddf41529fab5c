"""The pre-commit hooks and the example workflow are valid, and `fix --write` spares markup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from mtfix.cli import app
from mtfix.document import Document
from mtfix.formats import prose_view

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parents[1] / "data" / "formats"


def test_pre_commit_hooks() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) == {"mtfix-check", "mtfix-fix"}
    assert by_id["mtfix-check"]["entry"] == "mtfix check"
    assert by_id["mtfix-fix"]["entry"] == "mtfix fix --write"
    for hook in hooks:
        assert {"name", "entry", "language", "files"} <= set(hook)


def test_example_workflow_uses_real_flags() -> None:
    workflow = yaml.safe_load((ROOT / "docs" / "github-workflow.yml").read_text(encoding="utf-8"))
    commands = [step["run"] for step in workflow["jobs"]["prose"]["steps"] if "run" in step]
    assert any("--format github" in command for command in commands)
    assert any("--format sarif" in command for command in commands)
    runner = CliRunner()
    help_text = runner.invoke(app, ["check", "--help"], terminal_width=200).stdout
    for flag in ("--format", "--fail-on", "--exit-zero", "--baseline", "--write-baseline", "--input-format"):
        assert flag in help_text


@pytest.mark.parametrize("name", ["article.md", "article.html"])
def test_fix_write_leaves_markup_byte_identical(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    shutil.copyfile(DATA / name, target)
    before = target.read_text(encoding="utf-8")
    command = ["fix", str(target), "--write", "--select", "doubled-comma,space-after-comma"]
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    after = target.read_text(encoding="utf-8")
    assert after != before
    old = prose_view(Document(before, path=name))
    new = prose_view(Document(after, path=name))
    assert old is not None and new is not None
    assert new.markup_runs() == old.markup_runs()
