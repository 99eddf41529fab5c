"""Check or fix many inputs: read, lint, fix, and collect per-file outcomes.

The CLI prints what this yields; nothing here writes to a terminal. An input that cannot
be read becomes an outcome with an error and the run goes on with the other files.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mtfix.config import Settings, find_config, load_settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.errors import FixError, InputError
from mtfix.files import read_document
from mtfix.fixer import fix_document
from mtfix.linter import Linter
from mtfix.models import Finding


@dataclass
class Outcome:
    """What happened to one input."""

    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    fixed_text: str | None = None
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. the grammar backend could not run

    @property
    def changed(self) -> bool:
        return (
            self.document is not None
            and self.fixed_text is not None
            and self.fixed_text != self.document.text
        )


def resolve_settings(paths: Iterable[str], config: Path | None) -> Settings:
    """Settings from `--config`, or from the config file nearest to the first input."""
    if config is not None:
        return load_settings(config)
    first = next((p for p in paths if p != "-"), ".")
    return load_settings(find_config(Path(first)))


def build_linter(settings: Settings) -> Linter:
    return Linter(Resources(settings))


def settle_collector() -> None:
    """Tune the cyclic garbage collector for a command that checks many files: what exists
    now (rules, checks, settings) lives as long as the process, so later collections skip it,
    and young collections run less often. Checks build few reference cycles, and the caches
    they keep for a run are long-lived, so the default (a collection every 700 allocations,
    each re-walking the growing caches) cost about 5% of a large run."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def internal_error(path: str, error: Exception) -> str:
    """One line for a bug in mtfix itself, with where it happened, for the bug report."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{path}: internal error{where} ({type(error).__name__}: {error}); please report it with this file"


def check_one(path: str, linter: Linter, encoding: str | None) -> Outcome:
    try:
        document = read_document(path, encoding)
    except InputError as error:
        return Outcome(path, error=str(error))
    try:
        result = linter.check(document)
    except Exception as error:  # a bug in one check must not cost the other files a report
        return Outcome(path, document, error=internal_error(path, error))
    return Outcome(path, document, result.findings, problems=result.problems, warnings=linter.take_warnings())


def fix_one(path: str, linter: Linter, encoding: str | None, unsafe: bool) -> Outcome:
    try:
        document = read_document(path, encoding)
    except InputError as error:
        return Outcome(path, error=str(error))
    try:
        result = fix_document(document, linter, unsafe=unsafe)
    except FixError as error:
        return Outcome(path, document, error=str(error), warnings=linter.take_warnings())
    except Exception as error:  # as in check_one; the file is left unchanged
        return Outcome(path, document, error=internal_error(path, error))
    return Outcome(
        path,
        document,
        result.remaining,
        result.text,
        problems=result.problems,
        warnings=linter.take_warnings(),
    )


def check_files(paths: Iterable[str], linter: Linter, encoding: str | None = None) -> Iterator[Outcome]:
    for path in paths:
        yield check_one(path, linter, encoding)


def fix_files(
    paths: Iterable[str], linter: Linter, encoding: str | None = None, unsafe: bool = False
) -> Iterator[Outcome]:
    for path in paths:
        yield fix_one(path, linter, encoding, unsafe)
