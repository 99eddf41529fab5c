"""Unknown selectors are errors that name the nearest valid ones (issue 17, defect 1).

Before: `mtfix check --select space-after-coma draft.txt` printed nothing and exited 0,
so a CI job passed while checking nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.errors import ConfigError
from mtfix.linter import Linter
from mtfix.selectors import did_you_mean, nearest, valid_selectors

DRAFT = "The county said,the villagers welcomed the bridge.\n"


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_nearest_names_a_typo_and_a_prefix():
    valid = valid_selectors(["space-after-comma", "space-after-colon", "doubled-comma"])
    assert nearest("space-after-coma", valid)[0] == "space-after-comma"
    assert nearest("punct.spacin", valid) == ["punct.spacing"]
    assert did_you_mean("zzzz", valid) == ""


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_unknown_flag_selector_exits_2_with_a_suggestion(draft, flag):
    result = run_cli("check", flag, "space-after-coma", str(draft))
    assert result.returncode == 2
    assert "'space-after-coma'" in result.stderr.decode()
    assert "did you mean 'space-after-comma'" in result.stderr.decode()
    assert result.stdout == b""


def test_review_select_is_validated_too(draft):
    result = run_cli("review", "--select", "punct.spacin", str(draft), input=b"q\n")
    assert result.returncode == 2, result.stderr.decode()
    assert "did you mean 'punct.spacing'" in result.stderr.decode()


def test_valid_selectors_still_work(draft):
    for selector in ("space-after-comma", "punct.spacing", "punct", "ALL"):
        assert run_cli("check", "--select", selector, str(draft)).returncode == 1, selector


@pytest.mark.parametrize(
    "table",
    [
        'select = ["punct", "spellling"]\n',
        'ignore = ["word.dubled"]\n',
        '[per-path-ignore]\n"*.txt" = ["casee"]\n',
        '[severity]\n"space-after-coma" = "error"\n',
    ],
)
def test_unknown_config_selectors_exit_2(tmp_path, draft, table):
    (tmp_path / "mtfix.toml").write_text(table, encoding="utf-8")
    result = run_cli("check", str(draft), cwd=tmp_path)
    assert result.returncode == 2, result.stderr.decode()
    assert "did you mean" in result.stderr.decode()


def test_the_linter_refuses_unknown_selectors_whoever_builds_it():
    with pytest.raises(ConfigError, match="did you mean 'space-after-comma'"):
        Linter(Resources(Settings(ignore=("space-after-coma",))))
