"""The `mtfix` command: parse flags, call the library, print, choose the exit code.

Exit codes: 0 nothing found (or nothing to change), 1 findings (or changes proposed),
2 usage, configuration or input error (other inputs are still processed).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from mtfix.config import Settings, split_csv
from mtfix.errors import MtfixError
from mtfix.files import STDIN, discover, write_atomic
from mtfix.linter import Linter
from mtfix.report.diff import unified_diff
from mtfix.report.jsonl import write_jsonl
from mtfix.report.text import use_colour, write_text
from mtfix.runner import Outcome, build_linter, check_files, fix_files, resolve_settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    name="mtfix",
    help="Find and fix the artifacts of English machine-translated from Chinese.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="List, explain and test rules.", invoke_without_command=True, rich_markup_mode=None)
app.add_typer(rules_app, name="rules")


class OutputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


PathsArgument = Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")]
SelectOption = Annotated[
    Optional[list[str]], typer.Option("--select", help="Only these rule ids, categories or families (comma-separated).")
]
IgnoreOption = Annotated[
    Optional[list[str]], typer.Option("--ignore", help="Skip these rule ids, categories or families.")
]
ConfigOption = Annotated[
    Optional[Path], typer.Option("--config", help="Use this mtfix.toml / pyproject.toml instead of searching upward.")
]
EncodingOption = Annotated[
    Optional[str], typer.Option("--encoding", help="Input encoding (default: BOM, else UTF-8, else GB18030).")
]


def _error(message: str) -> None:
    typer.echo(f"mtfix: error: {message}", err=True)


def _settings(paths: list[str], config: Path | None, **overrides: object) -> Settings:
    return resolve_settings(paths, config).merged(**overrides)


def _prepare(
    paths: list[str], config: Path | None, select: list[str] | None, ignore: list[str] | None, encoding: str | None
) -> tuple[Linter, list[str], int]:
    """Settings, linter and the files to process; input errors are printed here."""
    settings = _settings(paths, config, select=split_csv(select), ignore=split_csv(ignore), encoding=encoding)
    linter = build_linter(settings)
    found = discover(paths)
    for error in found.errors:
        _error(str(error))
    return linter, found.files, EXIT_ERROR if found.errors else EXIT_CLEAN


def _report_problems(outcome: Outcome) -> bool:
    """Print an outcome's error and problems; True if it failed."""
    for problem in outcome.problems:
        _error(problem)
    if outcome.error:
        _error(outcome.error)
        return True
    return False


@app.command()
def check(
    paths: PathsArgument,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.text,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Report artifacts. Exit 0: none; 1: findings; 2: usage or input error."""
    try:
        linter, files, status = _prepare(paths, config, select, ignore, encoding)
        colour = use_colour(sys.stdout)
        any_findings = False
        for outcome in check_files(files, linter, encoding):
            failed = _report_problems(outcome)
            status = EXIT_ERROR if failed or outcome.problems else status
            if outcome.document is None:
                continue
            if output_format is OutputFormat.jsonl:
                write_jsonl(outcome.document, outcome.findings, sys.stdout)
            else:
                write_text(outcome.document, outcome.findings, sys.stdout, colour)
            any_findings = any_findings or bool(outcome.findings)
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(status or (EXIT_FINDINGS if any_findings else EXIT_CLEAN))


@app.command()
def fix(
    paths: PathsArgument,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff; write nothing (the default).")] = False,
    write: Annotated[bool, typer.Option("--write", help="Rewrite files in place, atomically.")] = False,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the fixed text of a single input here.")
    ] = None,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="Also apply fixes marked unsafe.")] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Apply fixes. Exit 0: nothing to change or written; 1: diff shown; 2: error."""
    if sum((diff, write, output is not None)) > 1:
        _error("choose one of --diff, --write and --output")
        raise typer.Exit(EXIT_ERROR)
    try:
        linter, files, status = _prepare(paths, config, select, ignore, encoding)
        if output is not None and len(files) != 1:
            _error(f"--output needs exactly one input file, got {len(files)}")
            raise typer.Exit(EXIT_ERROR)
        if write and STDIN in files:
            _error("--write cannot rewrite standard input; use --diff or --output")
            raise typer.Exit(EXIT_ERROR)
        changed = False
        for outcome in fix_files(files, linter, encoding, unsafe):
            if _report_problems(outcome):
                status = EXIT_ERROR
                continue
            assert outcome.document is not None and outcome.fixed_text is not None
            changed = changed or outcome.changed
            if output is not None:
                write_atomic(outcome.document, outcome.fixed_text, str(output))
            elif write:
                if outcome.changed:
                    write_atomic(outcome.document, outcome.fixed_text)
                    typer.echo(f"fixed {outcome.path}", err=True)
            else:
                sys.stdout.write(unified_diff(outcome.path, outcome.document.text, outcome.fixed_text))
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    if status:
        raise typer.Exit(status)
    show_diff = not write and output is None
    raise typer.Exit(EXIT_FINDINGS if show_diff and changed else EXIT_CLEAN)


@rules_app.callback()
def rules_list(
    ctx: typer.Context,
    config: ConfigOption = None,
) -> None:
    """List every rule: id, category, applicability, description."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        linter = build_linter(_settings(["."], config))
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    rules = linter.rules
    width = max(len(rule.id) for rule in rules)
    for rule in rules:
        typer.echo(f"{rule.id:<{width}}  {rule.category:<18} {rule.applicability.value:<6}  {rule.description}")


@rules_app.command("explain")
def rules_explain(rule_id: str, config: ConfigOption = None) -> None:
    """Print a rule's documentation and examples."""
    linter = build_linter(_settings(["."], config))
    rule = linter.rule(rule_id)
    if rule is None:
        _error(f"no rule {rule_id!r}; `mtfix rules` lists them")
        raise typer.Exit(EXIT_ERROR)
    typer.echo(f"{rule.id}  [{rule.category}]  severity {rule.severity.value}, fix {rule.applicability.value}")
    typer.echo(f"\n{rule.description}")
    if rule.doc:
        typer.echo(f"\n{rule.doc}")
    typer.echo(f"\nDefined in: {rule.origin}\n\nFlagged:")
    for bad in rule.bad_examples:
        typer.echo(f"  - {bad.text!r}")
        if bad.fixed != bad.text:
            typer.echo(f"    -> {bad.fixed!r}")
    typer.echo("Not flagged:")
    for good in rule.good_examples:
        typer.echo(f"  - {good!r}")


@rules_app.command("test")
def rules_test(
    path: Annotated[Optional[Path], typer.Argument(help="A rule folder or file; default: every loaded rule.")] = None,
    config: ConfigOption = None,
) -> None:
    """Run rules' own examples as tests. Exit 0: all pass; 1: failures; 2: invalid rules."""
    from mtfix.rulepack.examples import check_examples

    try:
        settings = _settings(["."], config)
        if path is not None:
            settings = settings.merged(rule_dirs=(*settings.rule_dirs, path))
        linter = build_linter(settings)
        if path is not None:
            from mtfix.rulepack.loader import load_rules

            wanted = {rule.id for rule in load_rules([path])}
            rules = [rule for rule in linter.rules if rule.id in wanted]
        else:
            rules = linter.rules
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    failures = [failure for rule in rules for failure in check_examples(rule, linter)]
    for failure in failures:
        typer.echo(f"FAIL {failure}")
    examples = sum(len(rule.bad_examples) + len(rule.good_examples) for rule in rules)
    typer.echo(f"{len(rules)} rules, {examples} examples, {len(failures)} failures")
    raise typer.Exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
