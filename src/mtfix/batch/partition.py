"""One partition of a batch run: a fixed slice of the document list, checked as a unit.

A partition is the unit of output and of resumption. Its findings are written to
`part-NNNNN.jsonl` (the lines of `mtfix check --format jsonl`, document after document) and
then its marker `part-NNNNN.done.json` (its tallies and failures, and a key naming its
inputs and settings). Both are written through a temporary file and a rename, marker last,
so a partition with a marker is complete; a rerun with the same key skips it and reads its
tallies back instead of checking it again. This code runs on the workers: it reads, checks,
writes and returns a small summary, never the findings themselves.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtfix.api import CheckResult, Linter
from mtfix.atomicwrite import write_bytes_atomically
from mtfix.batch.inputs import read_location
from mtfix.config import Settings
from mtfix.errors import InputError, MtfixError
from mtfix.fixer import allowed
from mtfix.measure.stats import count_words
from mtfix.report.jsonl import write_jsonl
from mtfix.runner import internal_error
from mtfix.version import __version__

FINDINGS_FOLDER = "findings"


@dataclass(frozen=True)
class BatchJob:
    """What every partition of one run shares; sent to the workers with each task."""

    settings: Settings
    out_dir: str
    fix_to: str | None = None  # a folder for fixed copies; None: check only
    fix_root: str = ""  # fixed copies keep their path relative to this folder
    unsafe: bool = False
    encoding: str | None = None

    def key(self, partition: Partition) -> str:
        """Names everything a partition's output depends on; a rerun skips only on a match."""
        identity = repr((__version__, self.settings, self.fix_to, self.fix_root, self.unsafe, self.encoding))
        digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass"))
        for location in partition.locations:
            digest.update(b"\0" + location.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def findings_path(self, partition: Partition) -> Path:
        return Path(self.out_dir) / FINDINGS_FOLDER / f"{partition.name}.jsonl"

    def marker_path(self, partition: Partition) -> Path:
        return Path(self.out_dir) / FINDINGS_FOLDER / f"{partition.name}.done.json"


@dataclass(frozen=True)
class Partition:
    index: int
    locations: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def split(locations: Sequence[str], size: int) -> list[Partition]:
    """Consecutive slices of `size` documents (the last may be shorter)."""
    if size < 1:
        raise ValueError("a partition holds at least one document")
    return [
        Partition(index, tuple(locations[start : start + size]))
        for index, start in enumerate(range(0, len(locations), size))
    ]


@dataclass(frozen=True)
class PartitionSummary:
    """A partition's tallies: what the run summary adds up, and what its marker holds."""

    name: str
    documents: int = 0  # read and checked
    words: int = 0
    categories: tuple[tuple[str, int], ...] = ()  # category -> findings, sorted by category
    failures: tuple[tuple[str, str], ...] = ()  # location -> why it was not checked (or not fixed)
    problems: tuple[tuple[str, str], ...] = ()  # location -> a rule or backend that failed on it
    fixed: int = 0  # fixed copies whose text changed
    skipped: bool = field(default=False, compare=False)  # read back from a marker, not run

    @property
    def findings(self) -> int:
        return sum(count for _, count in self.categories)

    def to_json(self, key: str) -> dict[str, Any]:
        return {
            "key": key,
            "name": self.name,
            "documents": self.documents,
            "words": self.words,
            "categories": dict(self.categories),
            "failures": [list(pair) for pair in self.failures],
            "problems": [list(pair) for pair in self.problems],
            "fixed": self.fixed,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PartitionSummary:
        return cls(
            data["name"],
            data["documents"],
            data["words"],
            tuple(sorted(data["categories"].items())),
            tuple((path, reason) for path, reason in data["failures"]),
            tuple((path, message) for path, message in data["problems"]),
            data["fixed"],
            skipped=True,
        )


def finished(partition: Partition, job: BatchJob) -> PartitionSummary | None:
    """The summary of a partition a previous run completed with the same key, else None."""
    try:
        # surrogateescape: a file name that is not UTF-8 was written back as its own bytes
        data = json.loads(job.marker_path(partition).read_bytes().decode("utf-8", "surrogateescape"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != job.key(partition):
        return None
    if not job.findings_path(partition).is_file():
        return None
    return PartitionSummary.from_json(data)


def process(partition: Partition, job: BatchJob, linter: Linter) -> PartitionSummary:
    """Check (and with `job.fix_to`, fix) every document of `partition`; write its output.

    A document that cannot be read, decoded, checked or fixed becomes a failure with its
    reason and the partition goes on; only an output that cannot be written fails the
    partition (the task raises, the run reports it, a rerun retries it).
    """
    buffer = io.StringIO()
    categories: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    problems: list[tuple[str, str]] = []
    documents = words = fixed = 0
    for location in partition.locations:
        try:
            document = read_location(location, job.encoding)
            result = linter.check_document(document)
        except InputError as error:
            failures.append((location, error.reason))
            continue
        except Exception as error:  # a bug in one check must not cost the partition
            failures.append((location, internal_error(location, error)))
            continue
        documents += 1
        words += count_words(document.text)
        categories.update(finding.category for finding in result.findings)
        problems.extend((location, message) for message in (*result.problems, *result.warnings))
        write_jsonl(document, result.findings, buffer)
        if job.fix_to is not None:
            outcome = _write_fixed_copy(location, result, job, linter)
            if isinstance(outcome, str):
                failures.append((location, outcome))
            else:
                fixed += outcome
    summary = PartitionSummary(
        partition.name,
        documents,
        words,
        tuple(sorted(categories.items())),
        tuple(failures),
        tuple(problems),
        fixed,
    )
    key = job.key(partition)
    write_atomically(job.findings_path(partition), buffer.getvalue().encode("utf-8", "surrogateescape"))
    marker = json.dumps(summary.to_json(key), ensure_ascii=False, indent=1)
    write_atomically(job.marker_path(partition), marker.encode("utf-8", "surrogateescape"))
    return summary


def _write_fixed_copy(location: str, checked: CheckResult, job: BatchJob, linter: Linter) -> int | str:
    """Write the fixed text beside the others under `job.fix_to`: 1 if it changed, 0 if
    not, or the reason it could not be fixed or written. The fixer runs only when a
    finding has a fix it may apply (it would re-check the text for nothing otherwise)."""
    assert job.fix_to is not None
    document = checked.document
    text = document.text
    try:
        if any(allowed(finding, job.unsafe) for finding in checked.findings):
            text = linter.fix_document(document, unsafe=job.unsafe).text
        write_atomically(fixed_copy_path(location, job.fix_to, job.fix_root), document.encode(text))
    except (MtfixError, OSError) as error:
        return f"not fixed: {error}"
    except Exception as error:  # as in `process`: one document's bug, not the run's
        return internal_error(location, error)
    return int(text != document.text)


def fixed_copy_path(location: str, fix_to: str, root: str) -> Path:
    """Where a document's fixed copy goes: its path relative to `root`, under `fix_to`."""
    relative = os.path.relpath(_local_part(location), root) if root else os.path.basename(location)
    if relative.startswith(os.pardir):
        relative = os.path.basename(location)
    return Path(fix_to) / relative


def _local_part(location: str) -> str:
    """A URL's path (`s3://bucket/a/b.txt` -> `bucket/a/b.txt`), a local path as it is."""
    return location.split("://", 1)[1] if "://" in location else os.path.abspath(location)


def common_root(locations: Sequence[str]) -> str:
    """The deepest folder holding every location, so fixed copies keep their layout."""
    folders = [os.path.dirname(_local_part(location)) for location in locations]
    if not folders:
        return ""
    try:
        return os.path.commonpath(folders)
    except ValueError:  # mixed absolute and relative, or different drives
        return ""


def write_atomically(path: Path, data: bytes) -> None:
    """Write all or nothing (so a reader, or a rerun, never sees half a partition), creating
    the folder first: partitions and fixed copies go to folders that may not exist yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(path, data)
