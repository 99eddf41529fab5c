"""Offline review files: `mtfix check --format jsonl` output with a `decision` on each line.

Each line comes with `"decision": "pending"`; a reviewer sets it to `"accept"` or
`"reject"` (and may edit `replacements[0]`); pending lines (or lines without a decision)
are skipped and counted. The browser review (`mtfix serve`) saves its decisions in this
same format. Before anything is applied the file must be exactly the one that was
checked: the records' `fingerprint` must match the file's decoded text and each record's
`text` must still be at [start:end]. Accepted edits that overlap are reported by
review-file line, never merged.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import jsonlines

from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.models import Edit
from mtfix.report.jsonl import content_fingerprint
from mtfix.review.plan import Change, Place, find_overlaps
from mtfix.review.session import Verdict

_DECISIONS = {"accept": Verdict.ACCEPT, "reject": Verdict.REJECT, "pending": None, "skip": None, "": None}
_REQUIRED = {"path": str, "start": int, "end": int, "text": str, "fingerprint": str}


@dataclass(frozen=True)
class ReviewRecord:
    """One line of a review file, validated."""

    line: int  # 1-based line number in the review file
    path: str
    start: int
    end: int
    text: str
    fingerprint: str
    rule: str
    verdict: Verdict | None
    replacement: str | None  # replacements[0], when present


@dataclass
class ApplyPlan:
    """What applying a review file to one document would do, or why it must not."""

    changes: list[Change[ReviewRecord]] = field(default_factory=list)
    declined: list[Place] = field(default_factory=list)  # rejected or undecided: left as they are
    accepted: int = 0
    rejected: int = 0
    undecided: int = 0
    stale: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.stale or self.conflicts)


def read_review_file(path: str) -> list[ReviewRecord]:
    """Parse and validate every line; an invalid line raises InputError naming it."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return list(_records(handle, path))
    except FileNotFoundError:
        raise InputError(path, "no such review file") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"review file is not UTF-8: {error.reason}") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None


def _records(lines: Iterable[str], review_path: str, first_line: int = 1) -> Iterator[ReviewRecord]:
    """The records of JSON Lines `lines` (read by `jsonlines`), blank lines skipped.

    Lines are read one `Reader.read` at a time (not with `skip_empty`) so that each record
    knows its line number, which every message about it names.
    """
    reader = jsonlines.Reader(lines)
    for number in itertools.count(first_line):
        try:
            data = reader.read(allow_none=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as error:
            if not error.line.strip():
                continue
            raise InputError(f"{review_path}:{number}", f"not valid JSON ({_why(error)})") from None
        yield record_from(data, number, review_path)


def _why(error: jsonlines.InvalidLineError) -> str:
    """The JSON decoder's own words (what and at which column), as before jsonlines read it."""
    cause = error.__cause__
    if isinstance(cause, json.JSONDecodeError):
        return f"{cause.msg} at column {cause.colno}"
    return str(error)


def parse_record(raw: str, number: int, review_path: str) -> ReviewRecord:
    """One non-blank JSONL line -> ReviewRecord, or InputError `review.jsonl:N: why`."""
    return next(_records([raw], review_path, number))


def record_from(data: Any, number: int, review_path: str) -> ReviewRecord:
    """A decoded JSONL line -> ReviewRecord, or InputError `review.jsonl:N: why`."""

    def fail(reason: str) -> InputError:
        return InputError(f"{review_path}:{number}", reason)

    if not isinstance(data, dict):
        raise fail("each line must be a JSON object (a finding from `mtfix check --format jsonl`)")
    for key, kind in _REQUIRED.items():
        if key not in data:
            raise fail(f"missing key {key!r}")
        if not isinstance(data[key], kind) or isinstance(data[key], bool):
            raise fail(f"{key!r} must be {'an integer' if kind is int else 'a string'}")
    if not 0 <= data["start"] <= data["end"] or data["end"] - data["start"] != len(data["text"]):
        raise fail("'start', 'end' and 'text' do not describe one span")
    verdict = _verdict(data.get("decision"), fail)
    replacement = _replacement(data.get("replacements"), fail)
    if verdict is Verdict.ACCEPT and replacement is None:
        raise fail("accepted, but there is no replacement: put the new text in replacements[0]")
    return ReviewRecord(
        line=number,
        path=data["path"],
        start=data["start"],
        end=data["end"],
        text=data["text"],
        fingerprint=data["fingerprint"],
        rule=str(data.get("rule", "?")),
        verdict=verdict,
        replacement=replacement,
    )


def _verdict(value: Any, fail: Any) -> Verdict | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.strip().lower() not in _DECISIONS:
        raise fail(f'\'decision\' must be "accept", "reject" or "pending", not {json.dumps(value)}')
    return _DECISIONS[value.strip().lower()]


def _replacement(value: Any, fail: Any) -> str | None:
    if value is None or value == []:
        return None
    if not isinstance(value, list) or not isinstance(value[0], str):
        raise fail("'replacements' must be a list of strings")
    return value[0]


def same_file(recorded: str, target: str) -> bool:
    """Does a record's `path` (as given to `mtfix check`) name the file being applied to?"""
    try:
        return os.path.samefile(recorded, target)
    except OSError:
        return os.path.normpath(os.path.abspath(recorded)) == os.path.normpath(os.path.abspath(target))


def records_for(records: Iterable[ReviewRecord], target: str) -> list[ReviewRecord]:
    return [record for record in records if same_file(record.path, target)]


def plan_apply(document: Document, records: list[ReviewRecord], review_path: str) -> ApplyPlan:
    """Check the records against the document and collect the accepted changes."""
    plan = ApplyPlan()
    current = content_fingerprint(document)

    def where(record: ReviewRecord) -> str:
        line, column = document.line_column(min(record.start, len(document.text)))
        return f"{review_path}:{record.line} ({record.rule} at line {line}, column {column})"

    for record in records:
        if record.verdict is Verdict.ACCEPT:
            plan.accepted += 1
        elif record.verdict is Verdict.REJECT:
            plan.rejected += 1
        else:
            plan.undecided += 1
    stale_prints = sorted({record.fingerprint for record in records if record.fingerprint != current})
    if stale_prints:
        plan.stale.append(
            f"{document.path} changed since {review_path} was made (fingerprint {', '.join(stale_prints)}, "
            f"now {current}); run `mtfix check --format jsonl` again"
        )
        return plan
    for record in records:
        if record.end > len(document.text) or document.text[record.start : record.end] != record.text:
            plan.stale.append(f"{where(record)}: {document.path} no longer holds {record.text!r} there")
    if plan.stale:
        return plan
    plan.changes = [
        Change(Edit(record.start, record.end, record.replacement), record)
        for record in records
        if record.verdict is Verdict.ACCEPT
        and record.replacement is not None
        and record.replacement != record.text
    ]
    changed = {change.origin.line for change in plan.changes}
    plan.declined = [Place(r.rule, r.start, r.end) for r in records if r.line not in changed]
    for first, second in find_overlaps(plan.changes):
        plan.conflicts.append(
            f"{where(first.origin)} overlaps {where(second.origin)}: accept only one of them"
        )
    return plan
