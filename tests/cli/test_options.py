"""Shared command-line options: declared once, spread by `with_option_groups`, gathered back
into one object, and applied over the config file's settings."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Annotated

import typer
from typer.testing import CliRunner

from mtfix.cli import app
from mtfix.cli_options import GrammarFlags, LintFlags, with_option_groups
from mtfix.config import GrammarSettings, Settings


@dataclasses.dataclass(frozen=True)
class Inner:
    colour: Annotated[str | None, typer.Option("--colour")] = None


@dataclasses.dataclass(frozen=True)
class Outer:
    size: Annotated[int | None, typer.Option("--size")] = None
    inner: Inner = Inner()
    loud: Annotated[bool, typer.Option("--loud")] = False


def toy_app(seen: list[tuple[str, Outer]]) -> typer.Typer:
    toy = typer.Typer()

    @toy.command()
    @with_option_groups
    def run(name: str, outer: Outer = Outer(), last: Annotated[int, typer.Option()] = 0) -> None:
        seen.append((name, outer))

    return toy


def test_a_group_parses_into_its_dataclass_nested_groups_included():
    seen: list[tuple[str, Outer]] = []
    result = CliRunner().invoke(toy_app(seen), ["paper", "--size", "3", "--colour", "red", "--loud"])
    assert result.exit_code == 0, result.output
    assert seen == [("paper", Outer(size=3, inner=Inner(colour="red"), loud=True))]


def test_an_absent_group_gives_its_defaults():
    seen: list[tuple[str, Outer]] = []
    assert CliRunner().invoke(toy_app(seen), ["paper"]).exit_code == 0
    assert seen == [("paper", Outer())]


def test_help_lists_a_groups_fields_at_its_place():
    help_text = CliRunner().invoke(toy_app([]), ["--help"], terminal_width=200).stdout
    order = [help_text.index(flag) for flag in ("--size", "--colour", "--loud", "--last")]
    assert order == sorted(order)


def option_names(command: str) -> list[str]:
    """The long options in the order `mtfix COMMAND --help` lists them (both spellings of a switch)."""
    help_text = CliRunner().invoke(app, [command, "--help"], terminal_width=200).stdout
    spellings = (re.findall(r"--[\w-]+", line.strip().split("  ")[0]) for line in help_text.splitlines())
    return [name for line in spellings for name in line]


def test_check_and_fix_take_the_same_shared_options_in_the_same_order():
    shared = [f"--{field.name.replace('_', '-')}" for field in dataclasses.fields(GrammarFlags)]
    assert "--lt-timeout" in shared
    for command in ("check", "fix"):
        names = option_names(command)
        assert all(name in names for name in ("--select", "--ignore", "--config", "--encoding", "--jobs"))
        assert "--input-format" in names
        grammar = [name for name in names if name.startswith(("--grammar", "--lt-"))]
        assert grammar == shared
        assert names.index("--no-lt-picky") == names.index("--lt-picky") + 1


def test_grammar_flags_override_the_config_files_grammar_settings_one_by_one():
    from_file = GrammarSettings(backend="languagetool", language="en-GB", disabled_rules=("A",))
    flags = GrammarFlags(lt_picky=True, lt_disabled_rules=["B,C", "D"], lt_timeout=5.0)
    assert flags.applied_to(from_file) == GrammarSettings(
        backend="languagetool", language="en-GB", picky=True, disabled_rules=("B", "C", "D"), timeout=5.0
    )
    assert GrammarFlags().applied_to(from_file) == from_file


def test_lint_flags_apply_over_settings_and_keep_what_was_not_given():
    settings = Settings(select=("punct",), encoding="gb18030", config_path=Path("mtfix.toml"))
    merged = LintFlags(ignore=["space"], grammar_flags=GrammarFlags(lt_server="http://x")).applied_to(
        settings
    )
    assert merged.select == ("punct",) and merged.ignore == ("space",) and merged.encoding == "gb18030"
    assert merged.grammar == GrammarSettings(server="http://x")
    assert merged.config_path == Path("mtfix.toml")


def test_a_check_run_imports_no_pydantic(tmp_path: Path):
    """typer converts values through pydantic; mtfix's plain options do not (`cli_values`),
    which saves every run the import (a quarter of a one-file run)."""
    import subprocess
    import sys

    draft = tmp_path / "draft.txt"
    draft.write_text("The county held a meeting ,and the mayor spoke.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from mtfix.cli import main\n"
        f"sys.argv = ['mtfix', 'check', '-j', '1', '--format', 'jsonl', {str(draft)!r}]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'pydantic'), file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert '"rule"' in run.stdout  # the run found the stray comma
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_bad_option_values_are_usage_errors_that_say_why():
    for arguments, message in (
        (["--jobs", "0"], "'0' is not at least 1."),
        (["--jobs", "two"], "'two' is not a whole number."),
        (["--format", "xml"], "'xml' is not one of 'text', 'jsonl', 'json', 'sarif', 'github'."),
        (["--lt-timeout", "soon"], "'soon' is not a number."),
    ):
        result = CliRunner().invoke(app, ["check", *arguments, "-"], input="text\n")
        assert result.exit_code == 2, arguments
        assert message in result.output, result.output
