"""Baselines: record today's findings so CI reports only new ones.

A finding's fingerprint must survive edits elsewhere in the file, so it never uses
offsets or line numbers: it hashes the rule, the flagged text and a window of the words
around it on the same line (case normalised), then appends the occurrence index among
findings of the same file with the same hash (the second identical `,,` in the same
phrase). Inserting a paragraph above leaves every fingerprint below unchanged.

The file is one JSON document (not JSON Lines, so `jsonlines` has no part here), sorted, one
entry per finding with its rule, text and line for people reading a diff of it; only `path`
and `fingerprint` are used for matching. It is written atomically: a CI job killed while
saving keeps the previous baseline rather than half of a new one.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mtfix.atomicwrite import write_bytes_atomically
from mtfix.display import escape_path
from mtfix.document import Document
from mtfix.errors import ConfigError
from mtfix.files import display_path
from mtfix.models import Finding
from mtfix.patterns import compiled

VERSION = 1
# Words of context on each side, and how far to look for them.
_WINDOW_WORDS = 4
_WINDOW_CHARS = 160
_WORD = compiled(r"[\p{L}\p{N}]+")


def _window(text: str, start: int, end: int) -> tuple[str, str]:
    """Words around [start, end) on the same line: edits on other lines never change them."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_ends = [i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0]
    line_end = min(line_ends) if line_ends else len(text)
    before = _WORD.findall(text[max(line_start, start - _WINDOW_CHARS) : start])[-_WINDOW_WORDS:]
    after = _WORD.findall(text[end : min(line_end, end + _WINDOW_CHARS)])[:_WINDOW_WORDS]
    return " ".join(before).casefold(), " ".join(after).casefold()


def baseline_key(path: str) -> str:
    """How a baseline names a file: the displayed path (forward slashes, relative), escaped as
    reports escape it, so a name with control characters or undecodable bytes is still
    valid UTF-8 JSON and matches on the next run."""
    return escape_path(display_path(path))


def fingerprints(document: Document, findings: Sequence[Finding]) -> list[str]:
    """One fingerprint per finding, in order: content hash plus occurrence index."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        before, after = _window(document.text, finding.start, finding.end)
        flagged = " ".join(finding.text.split()) or finding.text
        key = "\x00".join((finding.rule, flagged, before, after))
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        result.append(f"{digest}:{seen[digest]}")
        seen[digest] += 1
    return result


@dataclass(frozen=True)
class Baseline:
    """Known findings per path, matched by fingerprint."""

    known: dict[str, frozenset[str]]

    def new_findings(self, document: Document, findings: Sequence[Finding]) -> list[Finding]:
        known = self.known.get(baseline_key(document.path), frozenset())
        return [
            f
            for f, print_ in zip(findings, fingerprints(document, findings), strict=True)
            if print_ not in known
        ]


def save_baseline(path: Path, results: Iterable[tuple[Document, Sequence[Finding]]]) -> int:
    """Write the baseline file; returns how many findings it records."""
    files: dict[str, list[dict[str, object]]] = {}
    for document, findings in results:
        entries = files.setdefault(baseline_key(document.path), [])
        for finding, print_ in zip(findings, fingerprints(document, findings), strict=True):
            line, _ = document.line_column(finding.start)
            entries.append({"fingerprint": print_, "rule": finding.rule, "line": line, "text": finding.text})
    for entries in files.values():
        entries.sort(key=lambda entry: (entry["line"], entry["rule"], entry["fingerprint"]))  # type: ignore[arg-type, return-value]
    data = {"version": VERSION, "tool": "mtfix", "files": dict(sorted(files.items()))}
    try:
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        write_bytes_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot write baseline: {error.strerror or error}") from error
    return sum(len(entries) for entries in files.values())


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read baseline: {error.strerror or error}") from error
    except ValueError as error:
        raise ConfigError(f"{path}: not a baseline file (invalid JSON: {error})") from error
    if (
        not isinstance(data, dict)
        or data.get("version") != VERSION
        or not isinstance(data.get("files"), dict)
    ):
        raise ConfigError(f"{path}: not an mtfix baseline (version {VERSION})")
    known = {
        name: frozenset(str(entry.get("fingerprint")) for entry in entries if isinstance(entry, dict))
        for name, entries in data["files"].items()
        if isinstance(entries, list)
    }
    return Baseline(known)
