"""The review file of a browser session: saved after every decision, read back on start.

It is the offline review format (`mtfix check --format jsonl` lines with a `decision`),
so `mtfix apply FILE review.jsonl` applies what was decided in the page, and a reviewer
who closes the tab finds their decisions again. An edited replacement is stored as
`replacements[0]` (with `"edited": true`), as a reviewer editing the file by hand would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mtfix.atomicwrite import write_bytes_atomically
from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.report.jsonl import PENDING, content_fingerprint, finding_record
from mtfix.review.offline import ReviewRecord, read_review_file, same_file
from mtfix.review.session import ReviewSession, Verdict

_WRITTEN = {Verdict.ACCEPT: "accept", Verdict.REJECT: "reject"}


def session_lines(document: Document, session: ReviewSession) -> Iterator[str]:
    """One review-file line per suggestion, with its decision (pending when undecided)."""
    content_hash = content_fingerprint(document)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for suggestion in session.suggestions:
        decision = session.decision(suggestion)
        verdict = _WRITTEN.get(decision.verdict, PENDING) if decision else PENDING
        record = finding_record(document, suggestion.finding, content_hash, verdict)
        if decision is not None and decision.edited:
            record["replacements"] = [decision.content, *record["replacements"]]
            record["edited"] = True
        yield encode(record)


def save(path: Path, parts: Iterable[tuple[Document, ReviewSession]], kept: Iterable[str] = ()) -> None:
    """Write every file's lines to `path` atomically (a crash never leaves half a file).

    `kept` are lines of files outside this session, found in the review file at start:
    they are written back unchanged, so one review file can serve several sessions.
    """
    lines = [*kept, *(line for document, session in parts for line in session_lines(document, session))]
    try:
        write_bytes_atomically(path, "".join(f"{line}\n" for line in lines).encode("utf-8"))
    except OSError as error:
        raise InputError(str(path), f"cannot save the review: {error.strerror or error}") from None


@dataclass(frozen=True)
class Saved:
    """A review file as read at start: the records of the files under review, the rest as lines."""

    records: list[ReviewRecord]
    others: list[str]  # lines about files outside this session, kept verbatim


def load(path: Path, documents: Sequence[Document]) -> Saved:
    """The saved records (none when there is no review file yet), split by file."""
    if not path.exists():
        return Saved([], [])
    records = read_review_file(str(path))
    lines = [line for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    mine: list[ReviewRecord] = []
    others: list[str] = []
    for record, line in zip(records, lines, strict=True):
        if any(same_file(record.path, document.path) for document in documents):
            mine.append(record)
        else:
            others.append(line)
    return Saved(mine, others)


def restore(document: Document, session: ReviewSession, records: Iterable[ReviewRecord]) -> tuple[int, int]:
    """Put back the decisions saved for this document; returns (restored, dropped).

    Only records of the same text (fingerprint) count, and each must name a suggestion
    the session has (same rule, span and text); anything else is left pending, and a
    decision that cannot be put back is counted as dropped.
    """
    current = content_fingerprint(document)
    by_place = {(s.rule, s.finding.start, s.finding.end, s.finding.text): s for s in session.suggestions}
    restored = dropped = 0
    for record in records:
        if record.verdict not in _WRITTEN or not same_file(record.path, document.path):
            continue
        suggestion = by_place.get((record.rule, record.start, record.end, record.text))
        if suggestion is None or record.fingerprint != current:
            dropped += 1
            continue
        try:
            session.decide(suggestion.number, record.verdict, record.replacement)
        except ValueError:  # overlaps a decision restored before it: leave it pending
            dropped += 1
            continue
        restored += 1
    return restored, dropped
