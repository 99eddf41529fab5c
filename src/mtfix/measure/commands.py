"""The `score`, `stats` and `eval` commands: flags -> measure library -> output -> exit code.

`cli.py` registers these functions; they follow its exit codes (0 clean, 1 over a
threshold, 2 usage or input error).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from mtfix.api import Linter
from mtfix.cli_options import (
    ConfigOption,
    EncodingOption,
    IgnoreOption,
    JobsOption,
    PathsArgument,
    SelectOption,
)
from mtfix.config import find_config, load_settings, split_csv
from mtfix.errors import FixError, InputError, MtfixError
from mtfix.files import read_document
from mtfix.inputs import gather
from mtfix.measure.evaluate import evaluate, gold_documents, render_evaluation
from mtfix.measure.score import render_score, score_record, score_texts
from mtfix.measure.stats import Tally, render_tally, tally, tally_record, total
from mtfix.runner import build_linter, check_files, resolve_settings

EXIT_CLEAN, EXIT_OVER, EXIT_ERROR = 0, 1, 2


class MeasureFormat(str, Enum):
    text = "text"
    json = "json"


FormatOption = Annotated[MeasureFormat, typer.Option("--format", help="Output format.")]


def _error(message: str) -> None:
    typer.echo(f"mtfix: error: {message}", err=True)


def score_command(
    hypothesis: Annotated[Path, typer.Argument(help="The draft to score.")],
    reference: Annotated[
        Path, typer.Option("--ref", metavar="FILE", help="A reference translation or post-edit.")
    ],
    fixed: Annotated[
        bool, typer.Option("--fixed", help="Also score the draft after mtfix's safe fixes.")
    ] = False,
    output_format: FormatOption = MeasureFormat.text,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
) -> None:
    """BLEU, chrF and TER of a draft (and its auto-fixed version) against a reference."""
    try:
        draft = read_document(str(hypothesis), encoding)
        ref = read_document(str(reference), encoding)
        fixed_text, applied = None, 0
        if fixed:
            linter = build_linter(resolve_settings([str(hypothesis)], config).merged(encoding=encoding))
            result = linter.fix_document(draft)
            fixed_text, applied = result.text, len(result.applied)
        report = score_texts(draft.text, ref.text, fixed_text, applied)
    except (MtfixError, FixError) as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    if output_format is MeasureFormat.json:
        typer.echo(json.dumps(score_record(report), ensure_ascii=False))
    else:
        sys.stdout.write(render_score(report))


def stats_command(
    paths: PathsArgument,
    max_density: Annotated[
        float | None,
        typer.Option(
            "--max-density", min=0, help="Exit 1 when the total artifacts per 1,000 words exceed this."
        ),
    ] = None,
    output_format: FormatOption = MeasureFormat.text,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    encoding: EncodingOption = None,
    jobs: JobsOption = None,
) -> None:
    """Artifacts per 1,000 words, by category, per file and in total. Exit 1 above --max-density."""
    status = EXIT_CLEAN
    tallies: list[Tally] = []
    try:
        settings = resolve_settings(paths or [], config).merged(
            select=split_csv(select), ignore=split_csv(ignore), encoding=encoding
        )
        linter = build_linter(settings)
        found = gather(paths, settings.exclude)
        for error in found.errors:
            _error(str(error))
            status = EXIT_ERROR
        for outcome in check_files(found.files, linter, encoding, jobs):
            for problem in outcome.problems:
                _error(problem)
            if outcome.error or outcome.document is None:
                _error(outcome.error or f"{outcome.path}: not read")
                status = EXIT_ERROR
                continue
            tallies.append(tally(outcome.path, outcome.document.text, outcome.findings))
    except MtfixError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    overall = total(tallies)
    if output_format is MeasureFormat.json:
        record = {"files": [tally_record(one) for one in tallies], "total": tally_record(overall)}
        typer.echo(json.dumps(record, ensure_ascii=False))
    else:
        for one in tallies:
            sys.stdout.write(render_tally(one))
        if len(tallies) > 1:
            sys.stdout.write(render_tally(overall))
    if status:
        raise typer.Exit(status)
    if max_density is not None and overall.density > max_density:
        _error(
            f"artifact density {overall.density:.1f} per 1,000 words is above --max-density {max_density:g}"
        )
        raise typer.Exit(EXIT_OVER)


def eval_command(
    folders: Annotated[
        list[Path], typer.Argument(help="Gold corpus folders (ID.txt + ID.gold.jsonl + ID.gold.txt).")
    ],
    show: Annotated[bool, typer.Option("--show", help="List misses and false alarms.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON summary.")] = False,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="Also apply unsafe fixes.")] = False,
    config: ConfigOption = None,
) -> None:
    """Recall, precision, suggestion accuracy and TER gap closed on a gold corpus."""
    for folder in folders:
        if not folder.is_dir():
            _error(f"{folder}: not a directory")
            raise typer.Exit(EXIT_ERROR)
    documents = gold_documents(folders)
    if not documents:
        _error("no gold documents found (ID.txt with ID.gold.jsonl)")
        raise typer.Exit(EXIT_ERROR)
    linters: dict[Path | None, Linter] = {}

    def linter_for(path: Path) -> Linter:
        """As `mtfix check FILE` would: the config nearest the file, unless --config."""
        key = config if config is not None else find_config(path)
        if key not in linters:
            linters[key] = build_linter(load_settings(key))
        return linters[key]

    try:
        result = evaluate(documents, linter_for, unsafe=unsafe)
    except (MtfixError, InputError, UnicodeDecodeError, ValueError, KeyError) as error:
        _error(f"cannot evaluate: {error}")
        raise typer.Exit(EXIT_ERROR) from None
    if as_json:
        typer.echo(json.dumps(result.summary(), ensure_ascii=False))
    else:
        sys.stdout.write(render_evaluation(result, show))
