"""The `mtfix batch` command: flags -> `run_batch` -> one summary line -> exit code.

Exit codes as for `check`: 0 no findings, 1 findings, 2 a document or partition failed
(the others were still checked and written), or a usage or configuration error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mtfix.cli_options import ConfigOption, EncodingOption, IgnoreOption, SelectOption
from mtfix.config import split_csv
from mtfix.errors import MtfixError
from mtfix.runner import resolve_settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def batch_command(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders, globs ('news/**/*.txt') or fsspec URLs (s3://bucket/news/)."),
    ] = None,
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", metavar="FOLDER", help="Folder for findings/part-*.jsonl and summary.json."
        ),
    ] = Path("mtfix-batch"),
    manifest: Annotated[
        list[str] | None,
        typer.Option(
            "--manifest", metavar="FILE", help="A file (or URL) listing one document path or URL a line."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Address of a running Dask scheduler (default: a local cluster).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Worker processes of the local cluster (default: CPUs)."),
    ] = None,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="Documents per partition (the unit of resume).")
    ] = 500,
    fix_to: Annotated[
        Path | None,
        typer.Option(
            "--fix-to",
            metavar="FOLDER",
            help="Also write fixed copies here, keeping relative paths (never in place).",
        ),
    ] = None,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="With --fix-to: also apply unsafe fixes.")] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Check many documents on a Dask cluster; a rerun skips finished partitions."""
    from mtfix.batch.run import run_batch

    if not sources and not manifest:
        typer.echo("mtfix: error: give documents, folders, globs or --manifest", err=True)
        raise typer.Exit(EXIT_ERROR)
    local = [source for source in sources or [] if "://" not in source and "*" not in source]
    try:
        settings = resolve_settings(local or ["."], config).merged(
            select=split_csv(select), ignore=split_csv(ignore), encoding=encoding
        )
        summary = run_batch(
            sources or [],
            out,
            settings=settings,
            manifests=manifest or [],
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            fix_to=fix_to,
            unsafe=unsafe,
            encoding=encoding,
        )
    except MtfixError as error:
        typer.echo(f"mtfix: error: {error}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    for path, reason in summary.failures:
        typer.echo(f"mtfix: error: {path}: {reason}", err=True)
    for name, reason in summary.partitions_failed:
        typer.echo(f"mtfix: error: partition {name} failed ({reason}); rerun to retry it", err=True)
    typer.echo(f"mtfix: batch: {summary.line()}; results in {out}", err=True)
    if summary.failures or summary.partitions_failed:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if summary.findings else EXIT_CLEAN)
