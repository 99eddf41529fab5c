"""The review file of a browser session: saved after every decision, read back on start.

It is the offline review format (`mtfix check --format jsonl` lines with a `decision`),
so `mtfix apply FILE review.jsonl` applies what was decided in the page, and a reviewer
who closes the tab finds their decisions again. An edited replacement is stored as
`replacements[0]` (with `"edited": true`), as a reviewer editing the file by hand would.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from mtfix.document import Document
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


def save(path: Path, parts: Iterable[tuple[Document, ReviewSession]]) -> None:
    """Write every file's lines to `path` atomically (a crash never leaves half a file)."""
    lines = [line for document, session in parts for line in session_lines(document, session)]
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write("".join(f"{line}\n" for line in lines))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(path: Path) -> list[ReviewRecord]:
    """The saved records, or none when there is no review file yet."""
    if not path.exists():
        return []
    return read_review_file(str(path))


def restore(document: Document, session: ReviewSession, records: Iterable[ReviewRecord]) -> int:
    """Put back the decisions saved for this document; returns how many were restored.

    Only records of the same text (fingerprint) count, and each must name a suggestion
    the session has (same rule, span and text); anything else is left pending.
    """
    current = content_fingerprint(document)
    by_place = {(s.rule, s.finding.start, s.finding.end, s.finding.text): s for s in session.suggestions}
    restored = 0
    for record in records:
        if record.verdict not in _WRITTEN or record.fingerprint != current:
            continue
        if not same_file(record.path, document.path):
            continue
        suggestion = by_place.get((record.rule, record.start, record.end, record.text))
        if suggestion is None:
            continue
        try:
            session.decide(suggestion.number, record.verdict, record.replacement)
        except ValueError:  # overlaps a decision restored before it: leave it pending
            continue
        restored += 1
    return restored
