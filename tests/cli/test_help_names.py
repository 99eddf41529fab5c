"""Help texts name arguments in plain words (`FILE`, `RULES`), never a Python type."""

import re

import pytest
from typer.testing import CliRunner

from mtfix.cli import app

COMMANDS = ["check", "fix", "rules", "serve", "batch", "review", "apply", "stats", "score", "eval"]
TYPE_NAMES = re.compile(r"<(?:str|path|int|float|list\[[^>]*\])>|\{\w+\}")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_no_type_names(command):
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert not TYPE_NAMES.findall(result.output), result.output
