"""The public Python API: check and fix strings and files from a program, not a subprocess.

Everything here is re-exported by the `mtfix` package (`mtfix.check_text`, `mtfix.Linter`,
...); the names listed in `__all__` are the stable surface, the modules behind them are not.

Why a `Linter` object: building one loads the rule packs, and its first documents load the
word tables (about a second together), after which a document takes milliseconds. A
program that checks more than a handful of texts builds one `Linter` and keeps it; the
module-level functions build a fresh one per call, for scripts and notebooks. A `Linter`
remembers verdicts between documents (that is where its speed comes from), so it belongs to
one thread: give each thread, process or Dask worker its own.

Results are the command line's, finding for finding: `mtfix check` reads files with the
same reader and runs the same engine, and `CheckResult.records()` gives exactly the lines of
`mtfix check --format jsonl`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtfix.config import GrammarSettings, Settings, find_config, load_settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.errors import ConfigError, FixError, InputError, MtfixError
from mtfix.files import read_document, write_atomic
from mtfix.fixer import fix_document
from mtfix.linter import Linter as _Engine
from mtfix.models import Applicability, Edit, Finding, RuleInfo, Severity

TEXT_PATH = "<text>"  # the path a string is checked under unless the caller names one


@dataclass(frozen=True)
class CheckResult:
    """The findings for one text, in document order.

    `problems` are rules that failed on this text (a pattern that timed out) and
    `warnings` backends that could not run (LanguageTool unreachable): the findings are
    complete only when both are empty. Iterating a result iterates its findings.
    """

    document: Document
    findings: tuple[Finding, ...]
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def text(self) -> str:
        return self.document.text

    def __iter__(self) -> Any:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def line_column(self, finding: Finding) -> tuple[int, int]:
        """1-based line and column (in code points) where `finding` starts."""
        return self.document.line_column(finding.start)

    def records(self) -> list[dict[str, Any]]:
        """The findings as the JSON Lines records of `mtfix check --format jsonl`."""
        from mtfix.report.jsonl import PENDING, content_fingerprint, finding_record

        digest = content_fingerprint(self.document)
        return [finding_record(self.document, finding, digest, PENDING) for finding in self.findings]


@dataclass(frozen=True)
class FixResult:
    """A fixed text and how it was reached.

    `applied` holds the findings whose fix was applied, pass by pass (offsets refer to the
    text of their own pass); `remaining` what a check of the fixed text still reports
    (findings with no safe fix, or unsafe ones when `unsafe` was not asked for).
    """

    document: Document
    text: str
    applied: tuple[Finding, ...] = ()
    remaining: tuple[Finding, ...] = ()
    passes: int = 0
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def changed(self) -> bool:
        return self.text != self.document.text


class Linter:
    """The rules chosen by one `Settings`, ready for any number of texts and files.

    >>> linter = Linter(Settings(select=("punct",)))
    >>> [f.rule for f in linter.check_text("Prices rose ,and sales fell.")]
    ['space-before-comma']
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self._engine = _Engine(Resources(settings or Settings()))

    @classmethod
    def from_config(cls, path: str | os.PathLike[str] | None = None) -> Linter:
        """A linter from a config file (`mtfix.toml` or `pyproject.toml` with [tool.mtfix]);
        with no path, the config the command line would find from the current folder."""
        return cls(settings_from_config(path))

    @property
    def settings(self) -> Settings:
        return self._engine.resources.settings

    @property
    def rules(self) -> list[RuleInfo]:
        """Every loaded rule (enabled or not), by category and id, as `mtfix rules` lists them."""
        return self._engine.rules

    def rule(self, rule_id: str) -> RuleInfo | None:
        """The rule with this id (enabled or not), or None."""
        return self._engine.rule(rule_id)

    @property
    def engine(self) -> _Engine:
        """The internal linter the command line drives (not part of the stable API)."""
        return self._engine

    def check_document(self, document: Document) -> CheckResult:
        """Findings for an already decoded `Document`."""
        result = self._engine.check(document)
        return CheckResult(
            document, tuple(result.findings), tuple(result.problems), tuple(self._engine.take_warnings())
        )

    def check_text(self, text: str, *, path: str = TEXT_PATH) -> CheckResult:
        """Findings for `text`. `path` matters when it names a format (`.md`, `.html`) or
        matches a per-path ignore of the settings; the text is not read from it."""
        return self.check_document(Document(text, path=path))

    def check_file(self, path: str | os.PathLike[str], *, encoding: str | None = None) -> CheckResult:
        """Findings for a file, read as `mtfix check` reads it (BOM, else UTF-8, else GB18030).

        Raises `InputError` when the file cannot be read or decoded.
        """
        return self.check_document(read_document(os.fspath(path), encoding or self.settings.encoding))

    def fix_document(self, document: Document, *, unsafe: bool = False) -> FixResult:
        """Apply fixes until the text is stable. Raises `FixError` when they do not converge."""
        result = fix_document(document, self._engine, unsafe=unsafe)
        return FixResult(
            document,
            result.text,
            tuple(result.applied),
            tuple(result.remaining),
            result.passes,
            tuple(result.problems),
            tuple(self._engine.take_warnings()),
        )

    def fix_text(self, text: str, *, unsafe: bool = False, path: str = TEXT_PATH) -> FixResult:
        """The fixed text (safe fixes only unless `unsafe`), with what was applied."""
        return self.fix_document(Document(text, path=path), unsafe=unsafe)

    def fix_file(
        self,
        path: str | os.PathLike[str],
        *,
        unsafe: bool = False,
        encoding: str | None = None,
        output: str | os.PathLike[str] | None = None,
        in_place: bool = False,
    ) -> FixResult:
        """Fix a file. Nothing is written unless asked: `output` writes the fixed text there,
        `in_place=True` rewrites the file (atomically, refused if it changed since it was
        read). Encoding, BOM and newlines are kept as they were."""
        if output is not None and in_place:
            raise ValueError("give either output or in_place, not both")
        document = read_document(os.fspath(path), encoding or self.settings.encoding)
        result = self.fix_document(document, unsafe=unsafe)
        if output is not None:
            write_atomic(document, result.text, os.fspath(output))
        elif in_place and result.changed:
            write_atomic(document, result.text)
        return result


def settings_from_config(path: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from a config file, or (no path) from the nearest config at or above the
    current folder, as the command line finds it; defaults when there is none."""
    if path is not None:
        return load_settings(Path(path))
    return load_settings(find_config(Path.cwd()))


def check_text(text: str, settings: Settings | None = None, *, path: str = TEXT_PATH) -> CheckResult:
    """Findings for `text` (builds a `Linter` per call: keep one for many texts)."""
    return Linter(settings).check_text(text, path=path)


def fix_text(
    text: str, settings: Settings | None = None, *, unsafe: bool = False, path: str = TEXT_PATH
) -> FixResult:
    """`text` with its fixes applied (builds a `Linter` per call: keep one for many texts)."""
    return Linter(settings).fix_text(text, unsafe=unsafe, path=path)


def check_file(
    path: str | os.PathLike[str], settings: Settings | None = None, *, encoding: str | None = None
) -> CheckResult:
    """Findings for a file (builds a `Linter` per call: keep one for many files)."""
    return Linter(settings).check_file(path, encoding=encoding)


def fix_file(
    path: str | os.PathLike[str],
    settings: Settings | None = None,
    *,
    unsafe: bool = False,
    encoding: str | None = None,
    output: str | os.PathLike[str] | None = None,
    in_place: bool = False,
) -> FixResult:
    """Fix a file; writes only to `output` or, with `in_place=True`, over the file."""
    return Linter(settings).fix_file(path, unsafe=unsafe, encoding=encoding, output=output, in_place=in_place)


__all__ = [
    "Applicability",
    "CheckResult",
    "ConfigError",
    "Document",
    "Edit",
    "Finding",
    "FixError",
    "FixResult",
    "GrammarSettings",
    "InputError",
    "Linter",
    "MtfixError",
    "RuleInfo",
    "Settings",
    "Severity",
    "check_file",
    "check_text",
    "fix_file",
    "fix_text",
    "settings_from_config",
]
