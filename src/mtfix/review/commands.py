"""The `mtfix review` and `mtfix apply` commands, registered by `mtfix.cli`.

Exit codes, both commands: 0 done (changes written, or nothing to write); 1 nothing
written because the file changed since it was checked (stale) or accepted edits overlap;
2 usage or input error (unreadable file, invalid review file, wrong file for the review).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from rich.console import Console

from mtfix.cli_options import ConfigOption, EncodingOption, IgnoreOption, SelectOption
from mtfix.config import split_csv
from mtfix.document import Document
from mtfix.errors import InputError, MtfixError
from mtfix.files import STDIN, read_document
from mtfix.linter import Linter
from mtfix.report.diff import write_diff
from mtfix.report.text import use_colour
from mtfix.review.converge import Settled, settle
from mtfix.review.interactive import ReviewLoop
from mtfix.review.offline import plan_apply, read_review_file, records_for
from mtfix.review.plan import Change, Place, StaleFileError, write_text
from mtfix.review.session import reviewable
from mtfix.review.terminal import open_input
from mtfix.runner import build_linter, resolve_settings

EXIT_DONE, EXIT_NOT_WRITTEN, EXIT_ERROR = 0, 1, 2

FileArgument = Annotated[str, typer.Argument(help="The text file to review.", metavar="FILE")]


def _error(message: str) -> None:
    typer.echo(f"mtfix: error: {message}", err=True)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _settle_or_exit(
    document: Document, changes: Sequence[Change[Any]], declined: Sequence[Place], linter: Linter
) -> Settled:
    """Apply the accepted changes and settle their follow-ups; fixes that never settle end the command."""
    try:
        return settle(document, changes, declined, linter)
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_NOT_WRITTEN) from None


def _write_or_exit(document: Document, text: str) -> None:
    """Write the settled text atomically; a stale file or a write error ends the command."""
    try:
        write_text(document, text)
    except StaleFileError as error:
        _error(str(error))
        raise typer.Exit(EXIT_NOT_WRITTEN) from None
    except InputError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None


def settled_note(settled: Settled) -> str:
    """What happened after the accepted changes, for the reviewer (empty: nothing more)."""
    parts = []
    if settled.followups:
        parts.append(
            f"settled {_plural(len(settled.followups), 'follow-up edit')} at the accepted places "
            f"({', '.join(settled.rules_followed)})"
        )
    if settled.new_suggestions:
        parts.append(
            f"{_plural(len(settled.new_suggestions), 'new suggestion')} at the accepted places: review again"
        )
    return "; ".join(parts)


def review(
    file: FileArgument,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Review suggested fixes one by one, then write the accepted ones.

    Keys: y accept, n reject, e edit, a accept all of this rule, s skip, u undo, q quit,
    ? help. Exit 0: done; 1: the file changed meanwhile, nothing written; 2: error.
    """
    if file == STDIN:
        _error("review needs a file to write back to, not standard input")
        raise typer.Exit(EXIT_ERROR)
    try:
        settings = resolve_settings([file], config).merged(
            select=split_csv(select), ignore=split_csv(ignore), encoding=encoding
        )
        document = read_document(file, settings.encoding)
        linter = build_linter(settings)
        lint = linter.check_document(document)
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    for problem in lint.problems:
        _error(problem)
    findings = reviewable(lint.findings)
    if not findings:
        typer.echo(f"{file}: nothing to review")
        raise typer.Exit(EXIT_DONE)
    out = sys.stdout
    colour = use_colour(out)
    console = Console(
        file=out, color_system="auto" if colour else None, highlight=False, emoji=False, markup=False
    )
    result = ReviewLoop(document, findings, open_input(out), console, colour).run()
    if not result.write:
        if result.changes:
            typer.echo(f"{file} left unchanged")
        raise typer.Exit(EXIT_DONE)
    settled = _settle_or_exit(document, result.changes, result.declined, linter.engine)
    _write_or_exit(document, settled.text)
    typer.echo(f"wrote {_plural(len(result.changes), 'change')} to {file}")
    note = settled_note(settled)
    if note:
        typer.echo(note)
    raise typer.Exit(EXIT_DONE)


def apply(
    file: Annotated[str, typer.Argument(help="The file that was checked.", metavar="FILE")],
    review_file: Annotated[
        str,
        typer.Argument(
            help="`mtfix check --format jsonl` output with a decision on each line.", metavar="REVIEW_JSONL"
        ),
    ],
    diff: Annotated[bool, typer.Option("--diff", help="Print the changes as a diff; write nothing.")] = False,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Apply the accepted suggestions of an offline review file.

    Set "decision": "accept" or "reject" on each line (and edit replacements[0] if
    needed); pending lines are skipped. The accepted edits' follow-ups are settled as
    `fix` would. Exit 0: applied or nothing to apply; 1: the file changed since the
    check, or accepted edits overlap (nothing written); 2: input error.
    """
    try:
        records = read_review_file(review_file)
        document = read_document(file, encoding)
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    mine = records_for(records, file)
    if records and not mine:
        covered = ", ".join(sorted({record.path for record in records})[:5])
        _error(f"{review_file} has no findings for {file} (it covers: {covered})")
        raise typer.Exit(EXIT_ERROR)
    plan = plan_apply(document, mine, review_file)
    for problem in (*plan.stale, *plan.conflicts):
        _error(problem)
    if plan.blocked:
        _error(f"{file} left unchanged")
        raise typer.Exit(EXIT_NOT_WRITTEN)
    counts = (
        f"{plan.accepted} accepted, {plan.rejected} rejected, {plan.undecided} without a decision (skipped)"
    )
    if not plan.changes:
        typer.echo(f"{file}: nothing to apply ({counts})", err=True)
        raise typer.Exit(EXIT_DONE)
    try:
        linter = build_linter(resolve_settings([file], config)).engine
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    settled = _settle_or_exit(document, plan.changes, plan.declined, linter)
    if diff:
        write_diff(sys.stdout, document, settled.text)
        raise typer.Exit(EXIT_DONE)
    _write_or_exit(document, settled.text)
    typer.echo(f"{file}: applied {_plural(len(plan.changes), 'edit')} ({counts})", err=True)
    note = settled_note(settled)
    if note:
        typer.echo(f"{file}: {note}", err=True)
    raise typer.Exit(EXIT_DONE)
