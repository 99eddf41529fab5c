"""The `mtfix` command: parse flags, call the library, print, choose the exit code.

Exit codes: 0 nothing found (or nothing to change), 1 findings (or changes proposed),
2 usage, configuration or input error (other inputs are still processed).

Why the library is imported inside each command: typer parses every command line, and
help, usage errors and each command then load only what they use. Options shared by
several commands are declared once in `cli_options.py`.
"""

from __future__ import annotations

import gc
import importlib
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Optional

import typer
from typer.core import TyperGroup
from typer.main import get_command_from_info

from mtfix.cli_options import (
    LINT_DEFAULTS,
    ConfigOption,
    LintFlags,
    PathsArgument,
    PlainCommand,
    PlainGroup,
    with_option_groups,
)
from mtfix.config import split_csv
from mtfix.display import escape_path, printable
from mtfix.errors import MtfixError
from mtfix.models import Applicability, Finding, Severity

if TYPE_CHECKING:
    from mtfix.api import Linter
    from mtfix.baseline import Baseline
    from mtfix.config import Settings
    from mtfix.runner import Outcome

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _LazyGroup(PlainGroup):
    """The top-level group; commands whose modules import heavy libraries (sacrebleu, rich)
    are built only when invoked or listed in help, so `mtfix check` starts fast."""

    LAZY: ClassVar[dict[str, tuple[str, str]]] = {
        "score": ("mtfix.measure.commands", "score_command"),
        "stats": ("mtfix.measure.commands", "stats_command"),
        "eval": ("mtfix.measure.commands", "eval_command"),
        "review": ("mtfix.review.commands", "review"),
        "apply": ("mtfix.review.commands", "apply"),
        "batch": ("mtfix.batch.command", "batch_command"),
        "serve": ("mtfix.review.web.command", "serve"),
    }

    def list_commands(self, ctx: Any) -> list[str]:
        """Plain commands, then the lazy ones, then sub-groups: the order of registration."""
        names = super().list_commands(ctx)
        groups = [name for name in names if isinstance(self.commands[name], TyperGroup)]
        plain = [name for name in names if name not in groups and name not in self.LAZY]
        return [*plain, *self.LAZY, *groups]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            module, attribute = self.LAZY[cmd_name]
            callback = getattr(importlib.import_module(module), attribute)
            registrar = typer.Typer()  # registers exactly as `app.command(name)` would
            registrar.command(cmd_name, cls=PlainCommand)(callback)
            self.commands[cmd_name] = get_command_from_info(
                registrar.registered_commands[0],
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
        return super().get_command(ctx, cmd_name)


# -h as well as --help, on every command.
_CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="mtfix",
    help="Find and fix the artifacts of English machine-translated from Chinese.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    cls=_LazyGroup,
    context_settings=_CONTEXT,
)
rules_app = typer.Typer(
    help="List, explain and test rules.",
    invoke_without_command=True,
    rich_markup_mode=None,
    cls=PlainGroup,
    context_settings=_CONTEXT,
)
app.add_typer(rules_app, name="rules")


def _print_version(value: bool) -> None:
    if value:
        from mtfix.version import __version__

        typer.echo(f"mtfix {__version__}")
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", is_eager=True, callback=_print_version, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Find and fix the artifacts of English machine-translated from Chinese."""


class OutputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"
    json = "json"
    sarif = "sarif"
    github = "github"


def _jobs(linter: Linter, jobs: int | None) -> int | None:
    """One process when a grammar backend runs: one LanguageTool server per run, which
    already checks paragraphs in parallel."""
    return 1 if linter.settings.grammar.backend != "none" else jobs


def _error(message: str) -> None:
    """One `mtfix: error:` line per line of `message` (a config file lists each mistake)."""
    for line in str(message).splitlines() or [""]:
        typer.echo(f"mtfix: error: {printable(line)}", err=True)


def _settings(paths: list[str] | None, config: Path | None) -> Settings:
    from mtfix.runner import resolve_settings

    return resolve_settings(paths or [], config)


def _prepare(paths: list[str] | None, flags: LintFlags) -> tuple[Linter, list[str], int]:
    """Settings, linter and the files to process; input errors are printed here."""
    from mtfix.inputs import gather
    from mtfix.runner import build_linter, settle_collector

    settings = flags.applied_to(_settings(paths, flags.config))
    linter = build_linter(settings)
    settle_collector()
    found = gather(paths, settings.exclude)
    for error in found.errors:
        _error(str(error))
    if flags.source is not None and len(found.files) != 1:
        raise MtfixError(f"--source pairs one target file with its source, got {len(found.files)} inputs")
    return linter, found.files, EXIT_ERROR if found.errors else EXIT_CLEAN


def _report_problems(outcome: Outcome) -> bool:
    """Print an outcome's notes, warnings, error and problems; True if it failed."""
    for note in outcome.notes:
        typer.echo(f"mtfix: note: {note}", err=True)
    for warning in outcome.warnings:
        typer.echo(f"mtfix: warning: {printable(warning)}", err=True)
    for problem in outcome.problems:
        _error(problem)
    if outcome.error:
        _error(outcome.error)
        return True
    return False


@app.command(cls=PlainCommand)
@with_option_groups
def check(
    paths: PathsArgument = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.text,
    lint: LintFlags = LINT_DEFAULTS,
    fail_on: Annotated[
        Severity, typer.Option("--fail-on", help="Exit 1 on a finding at or above this severity.")
    ] = Severity.INFO,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Count per rule and category.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Text: only the summary line.")] = False,
    baseline: Annotated[
        Optional[Path],
        typer.Option("--baseline", metavar="FILE", help="Report only findings not in this baseline file."),
    ] = None,
    write_baseline: Annotated[
        Optional[Path],
        typer.Option(
            "--write-baseline", metavar="FILE", help="Record today's findings in this file; exit 0."
        ),
    ] = None,
) -> None:
    """Report artifacts, each with its line, a caret and the suggested fix, then a summary.

    Exit 0: none (below --fail-on); 1: findings; 2: usage, configuration or input error.
    """
    from mtfix.report.output import CheckReport
    from mtfix.report.text import output_width, use_colour
    from mtfix.runner import check_files

    try:
        linter, files, status = _prepare(paths, lint)
        report = CheckReport(
            output_format.value,
            sys.stdout,
            sys.stderr,
            colour=use_colour(sys.stdout),
            width=output_width(sys.stdout),
            quiet=quiet,
            statistics=statistics,
            baseline=_load_baseline(baseline) if baseline is not None else None,
        )
        encoding = linter.settings.encoding  # the flag, else the config file's key
        for outcome in check_files(files, linter, encoding, _jobs(linter, lint.jobs)):
            failed = _report_problems(outcome)
            status = EXIT_ERROR if failed or outcome.problems or outcome.warnings else status
            if outcome.document is not None:
                report.add(outcome.document, outcome.findings, show=write_baseline is None)
        if write_baseline is not None:
            from mtfix.baseline import save_baseline

            count = save_baseline(write_baseline, report.results)
            typer.echo(f"mtfix: recorded {count} findings in {write_baseline}", err=True)
            raise typer.Exit(status)
        report.finish(linter.rules)
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(status or (EXIT_FINDINGS if report.failed(fail_on, exit_zero) else EXIT_CLEAN))


def _load_baseline(path: Path) -> Baseline:
    from mtfix.baseline import load_baseline  # imported only when a baseline is used

    return load_baseline(path)


def _write_fixed(outcome: Outcome, output: Path | None) -> int:
    """Write one outcome (in place, to `output`, or to standard output for `-`); a refused
    write fails only that file."""
    from mtfix import files

    assert outcome.document is not None and outcome.fixed_text is not None
    if output is not None and str(output) == files.STDIN:
        sys.stdout.flush()
        sys.stdout.buffer.write(outcome.document.encode(outcome.fixed_text))
        sys.stdout.buffer.flush()
        return EXIT_CLEAN
    if output is None and not outcome.changed:
        return EXIT_CLEAN
    try:
        files.write_atomic(outcome.document, outcome.fixed_text, None if output is None else str(output))
    except MtfixError as error:
        _error(str(error))
        return EXIT_ERROR
    if output is None:
        typer.echo(f"fixed {escape_path(outcome.path)}", err=True)
    return EXIT_CLEAN


def _fix_summary(applied: int, files: int, remaining: list[Finding]) -> str:
    """What `fix --write` did and what is left for a person (unsafe fixes, flag-only findings)."""
    unsafe = sum(1 for f in remaining if f.applicability is Applicability.UNSAFE and f.replacements)
    left = len(remaining) - unsafe
    fixes = "fix" if applied == 1 else "fixes"
    return (
        f"Applied {applied} {fixes} to {files} {'file' if files == 1 else 'files'};"
        f" {len(remaining)} remaining ({unsafe} with --unsafe, {left} to fix by hand)"
    )


@app.command(cls=PlainCommand)
@with_option_groups
def fix(
    paths: PathsArgument = None,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print a unified diff; write nothing (the default).")
    ] = False,
    write: Annotated[bool, typer.Option("--write", help="Rewrite files in place, atomically.")] = False,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the fixed text of a single input here (- for stdout).",
        ),
    ] = None,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="Also apply fixes marked unsafe.")] = False,
    lint: LintFlags = LINT_DEFAULTS,
) -> None:
    """Fix artifacts: print a unified diff of the safe fixes unless told to write.

    --write rewrites the files in place, --output writes one input's fixed text elsewhere.
    Exit 0: nothing to change, or written; 1: a diff was printed; 2: error.
    """
    from mtfix.files import STDIN
    from mtfix.report.diff import write_diff
    from mtfix.report.text import use_colour
    from mtfix.runner import fix_files

    if sum((diff, write, output is not None)) > 1:
        _error("choose one of --diff, --write and --output")
        raise typer.Exit(EXIT_ERROR)
    try:
        linter, files, status = _prepare(paths, lint)
        if output is not None and len(files) != 1:
            _error(f"--output needs exactly one input file, got {len(files)}")
            raise typer.Exit(EXIT_ERROR)
        if write and STDIN in files:
            _error("--write cannot rewrite standard input; use --diff or --output")
            raise typer.Exit(EXIT_ERROR)
        changed, colour = False, use_colour(sys.stdout)
        applied, touched, remaining = 0, 0, []
        encoding = linter.settings.encoding  # the flag, else the config file's key
        for outcome in fix_files(files, linter, encoding, unsafe, _jobs(linter, lint.jobs)):
            if _report_problems(outcome) or outcome.problems or outcome.warnings:
                status = EXIT_ERROR
            if outcome.error:
                continue
            assert outcome.document is not None and outcome.fixed_text is not None
            changed = changed or outcome.changed
            if output is not None or write:
                written = _write_fixed(outcome, output)
                status = written or status
                if written == EXIT_CLEAN:  # what the summary of --write counts
                    applied += outcome.applied
                    touched += outcome.changed
                    remaining.extend(outcome.findings)
            else:
                write_diff(sys.stdout, outcome.document, outcome.fixed_text, colour=colour)
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    if write:
        typer.echo(_fix_summary(applied, touched, remaining), err=True)
    if status:
        raise typer.Exit(status)
    show_diff = not write and output is None
    raise typer.Exit(EXIT_FINDINGS if show_diff and changed else EXIT_CLEAN)


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


@rules_app.callback()
def rules_list(
    ctx: typer.Context,
    category: Annotated[
        Optional[list[str]],
        typer.Option(
            "--category", "-c", metavar="CATEGORY", help="Only rules in this category or family (repeatable)."
        ),
    ] = None,
    output_format: Annotated[
        RulesFormat, typer.Option("--format", help="A table, or JSON with each rule's documentation URL.")
    ] = RulesFormat.text,
    config: ConfigOption = None,
) -> None:
    """List every rule: id, category, severity, the fix safety its findings carry, description.

    A rule whose findings carry different safeties says `varies: safe, unsafe`.
    """
    if ctx.invoked_subcommand is not None:
        return
    from mtfix.report.rules import catalogue, select_entries, write_json, write_table
    from mtfix.runner import build_linter
    from mtfix.selectors import check_selectors, valid_selectors

    try:
        linter = build_linter(_settings(["."], config))
        wanted = split_csv(category) or ()
        check_selectors(wanted, valid_selectors(()) - {"ALL"}, "--category")
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    entries = select_entries(catalogue(linter.engine), wanted)
    (write_json if output_format is RulesFormat.json else write_table)(entries, sys.stdout)


@rules_app.command("explain", cls=PlainCommand)
def rules_explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id, as `mtfix rules` lists them.")],
    config: ConfigOption = None,
) -> None:
    """Print a rule's documentation, examples and documentation link."""
    from mtfix.report.rules import find_rule, observed_safeties, rule_url
    from mtfix.runner import build_linter

    linter = build_linter(_settings(["."], config))
    rule = find_rule(linter.engine, rule_id)
    if rule is None:
        from mtfix.grammar.rules import LT_RULES
        from mtfix.selectors import did_you_mean

        known = [*(known.id for known in linter.rules), *(known.id for known in LT_RULES)]
        _error(f"no rule {rule_id!r}{did_you_mean(rule_id, known)}; `mtfix rules` lists them")
        raise typer.Exit(EXIT_ERROR)
    safeties = observed_safeties(rule, linter.engine) if linter.rule(rule_id) else (rule.applicability,)
    safety = "/".join(safety.value for safety in safeties)
    typer.echo(f"{rule.id}  [{rule.category}]  severity {rule.severity.value}, fix {safety}")
    typer.echo(f"\n{rule.description}")
    if rule.doc:
        typer.echo(f"\n{rule.doc}")
    typer.echo(f"\nDefined in: {rule.origin}\nDocumentation: {rule_url(rule.id)}\n\nFlagged:")
    for bad in rule.bad_examples:
        typer.echo(f"  - {bad.text!r}")
        if bad.fixed != bad.text:
            typer.echo(f"    -> {bad.fixed!r}")
    typer.echo("Not flagged:")
    for good in rule.good_examples:
        typer.echo(f"  - {good!r}")


@rules_app.command("test", cls=PlainCommand)
def rules_test(
    path: Annotated[
        Optional[Path], typer.Argument(help="A rule folder or file; default: every loaded rule.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Run rules' own examples as tests, and check each rule file is named for its id.

    A rule without its `doc` block is reported (WARN) without failing.
    Exit 0: all pass; 1: failures; 2: invalid rules.
    """
    from mtfix.rule_examples import check_examples, check_rule_file, missing_doc
    from mtfix.runner import build_linter

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
    failures = [
        failure
        for rule in rules
        for failure in (*check_rule_file(rule), *check_examples(rule, linter.engine))
    ]
    for rule in rules:
        warning = missing_doc(rule)
        if warning is not None:
            typer.echo(f"WARN {warning}")
    for failure in failures:
        typer.echo(f"FAIL {failure}")
    examples = sum(len(rule.bad_examples) + len(rule.good_examples) for rule in rules)
    typer.echo(f"{len(rules)} rules, {examples} examples, {len(failures)} failures")
    raise typer.Exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


def _harden_process() -> None:
    """Output never crashes on odd file names or a non-UTF-8 terminal, and SIGTERM unwinds.

    Undecodable file names arrive as lone surrogates: a UTF-8 stream writes their original
    bytes back, any other stream escapes what it cannot show. Turning SIGTERM into SystemExit
    lets an interrupted atomic write remove its temporary file.
    """
    import codecs
    import io
    import signal

    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            utf8 = codecs.lookup(stream.encoding).name == "utf-8"
            stream.reconfigure(errors="surrogateescape" if utf8 else "backslashreplace")
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def main() -> None:
    """Console entry point."""
    _harden_process()
    # Young collections every 50,000 net allocations, not 700, from here on: a command
    # imports the library and builds its rules and checks, objects that live as long as the
    # process, and the default ran some 60 collections over them (about 10 ms of a run).
    # A checking command then freezes them (`runner.settle_collector`).
    gc.set_threshold(50_000, 20, 20)
    app()


if __name__ == "__main__":
    main()
