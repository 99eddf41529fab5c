"""`mtfix check` parsed without typer gives the command exactly what typer would give it,
and leaves every unusual command line to typer."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from typer.testing import CliRunner

import mtfix.cli as cli
from mtfix.fastpath import direct_arguments

PLAIN = [
    ["draft.txt"],
    ["a.txt", "b.md", "-"],
    ["--format", "jsonl", "a.txt"],
    ["--format=sarif", "a.txt"],
    ["a.txt", "--select", "doubled-comma,punct", "--select", "case", "--ignore=space"],
    ["--jobs", "3", "a.txt"],
    ["-j", "1", "a.txt"],
    ["--lt-picky", "--grammar", "languagetool", "--lt-server", "http://localhost:8081", "a.txt"],
    ["--no-lt-picky", "--lt-timeout", "2.5", "--lt-language=en-GB", "a.txt"],
    ["--lt-enabled-rules", "A,B", "--lt-disabled-categories", "C", "a.txt"],
    ["--config", "conf/mtfix.toml", "--encoding", "gb18030", "--input-format", "markdown", "a"],
    ["--fail-on", "warning", "--exit-zero", "--statistics", "-q", "a.txt"],
    ["--baseline", "base.json", "--write-baseline=new.json", "--quiet", "a.txt"],
]

LEFT_TO_TYPER = [
    [],
    ["--help"],
    ["a.txt", "--help"],
    ["--format", "yaml", "a.txt"],
    ["--format", "JSONL", "a.txt"],
    ["-j", "0", "a.txt"],
    ["-j", "two", "a.txt"],
    ["-j2", "a.txt"],
    ["-qj", "2", "a.txt"],
    ["--jobs", "+2", "a.txt"],
    ["--lt-timeout", "1e3", "a.txt"],
    ["--format", "json", "--format", "text", "a.txt"],
    ["--quiet", "--quiet", "a.txt"],
    ["--quiet=yes", "a.txt"],
    ["--no-exit-zero", "a.txt"],
    ["--select", "a.txt"],
    ["--select", "-x", "a.txt"],
    ["--", "-odd-name.txt"],
    ["--unknown", "a.txt"],
    ["--encoding", "", "a.txt"],
]


def typer_arguments(argv: list[str]) -> dict[str, Any]:
    """The keyword arguments typer passes to `check` for `argv`."""
    seen: dict[str, Any] = {}

    @functools.wraps(cli.check)
    def record(**arguments: Any) -> None:
        seen.update(arguments)

    infos = [info for info in cli.app.registered_commands if info.callback is cli.check]
    assert len(infos) == 1
    infos[0].callback = record
    try:
        result = CliRunner().invoke(cli.app, ["check", *argv])
    finally:
        infos[0].callback = cli.check
    assert result.exit_code == 0, result.output
    return seen


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_command_lines_give_typers_arguments(argv):
    direct = direct_arguments(cli.check, argv)
    assert direct is not None
    expected = typer_arguments(argv)
    assert direct == expected
    assert [type(value) for value in direct.values()] == [type(value) for value in expected.values()]


@pytest.mark.parametrize("argv", LEFT_TO_TYPER)
def test_unusual_command_lines_are_left_to_typer(argv):
    assert direct_arguments(cli.check, argv) is None


def test_shell_completion_is_left_to_typer(monkeypatch):
    monkeypatch.setenv("_MTFIX_COMPLETE", "bash_complete")
    assert direct_arguments(cli.check, ["a.txt"]) is None
