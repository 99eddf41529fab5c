"""The files of one browser review, their suggestions and decisions, and applying them.

Files are known by their position in the list given on the command line, never by a path
a request names: the page can only ever read or write those files. Every change of state
is saved to the review file at once. One lock serialises the requests (the server may
answer on several threads; decisions are quick).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mtfix.document import Document
from mtfix.errors import InputError, MtfixError
from mtfix.files import read_document
from mtfix.linter import Linter
from mtfix.models import Applicability
from mtfix.review.converge import Settled, settle
from mtfix.review.plan import StaleFileError, write_text
from mtfix.review.session import ReviewSession, Verdict, reviewable
from mtfix.review.web import store


class ReviewError(Exception):
    """A request the review cannot carry out; `status` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class FileReview:
    """One file: the text the page was built from and the decisions on its suggestions."""

    path: str
    document: Document
    session: ReviewSession
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Applied:
    """What applying one file's decisions did."""

    path: str
    accepted: int
    settled: Settled | None  # None when there was nothing to write

    @property
    def message(self) -> str:
        if self.settled is None:
            return f"{self.path}: nothing accepted, nothing written"
        parts = [f"{self.path}: applied {self.accepted} accepted change{'s' if self.accepted != 1 else ''}"]
        if self.settled.followups:
            parts.append(f"settled {len(self.settled.followups)} follow-up edit(s)")
        return ", ".join(parts)


class Workspace:
    """The files under review; all state of a `mtfix serve` session."""

    def __init__(
        self, paths: Sequence[str], linter: Linter, review_file: Path, encoding: str | None = None
    ) -> None:
        self.linter = linter
        self.review_file = review_file
        self.encoding = encoding
        self.lock = threading.Lock()
        self.files = [self._read(path) for path in paths]
        saved = store.load(review_file, [f.document for f in self.files])
        self.others = saved.others
        counts = [store.restore(f.document, f.session, saved.records) for f in self.files]
        self.restored = sum(restored for restored, _ in counts)
        self.dropped = sum(dropped for _, dropped in counts)  # saved for a text that has changed
        self.save()

    def _read(self, path: str) -> FileReview:
        document = read_document(path, self.encoding)
        lint = self.linter.check(document)
        return FileReview(path, document, ReviewSession(reviewable(lint.findings)), list(lint.problems))

    def save(self) -> None:
        store.save(self.review_file, ((f.document, f.session) for f in self.files), self.others)

    def file(self, index: int) -> FileReview:
        if not 0 <= index < len(self.files):
            raise ReviewError("no such file in this review", status=404)
        return self.files[index]

    def decide(self, index: int, number: int, decision: str, content: str | None = None) -> None:
        """Record `accept` (with `content` when edited), `reject` or `pending` and save."""
        verdicts = {"accept": Verdict.ACCEPT, "reject": Verdict.REJECT, "pending": None}
        if decision not in verdicts:
            raise ReviewError(f"unknown decision {decision!r}")
        review = self.file(index)
        try:
            review.session.decide(number, verdicts[decision], content)
        except ValueError as error:
            raise ReviewError(str(error), status=409) from None
        self.save()

    def accept_safe(self, index: int | None = None) -> int:
        """Accept every undecided safe fix (of one file, or of all); returns how many."""
        reviews = self.files if index is None else [self.file(index)]
        count = 0
        for review in reviews:
            session = review.session
            for suggestion in session.suggestions:
                if suggestion.finding.applicability is not Applicability.SAFE:
                    continue
                if session.decision(suggestion) is not None or session.blocker(suggestion) is not None:
                    continue
                session.decide(suggestion.number, Verdict.ACCEPT)
                count += 1
        self.save()
        return count

    def apply(self, index: int) -> Applied:
        """Write the accepted changes (settled as `fix` would) and review the new text.

        A file that changed on disk since the page was built is refused (StaleFileError
        becomes a 409) and left alone; its decisions stay saved.
        """
        review = self.file(index)
        changes = review.session.accepted()
        if not changes:
            return Applied(review.path, 0, None)
        try:
            settled = settle(review.document, changes, review.session.declined(), self.linter)
            write_text(review.document, settled.text)
        except StaleFileError as error:
            raise ReviewError(f"{error}; reload the file to review it again", status=409) from None
        except MtfixError as error:
            raise ReviewError(str(error), status=409) from None
        self.files[index] = self._read(review.path)
        self.save()
        return Applied(review.path, len(changes), settled)

    def reload(self, index: int) -> None:
        """Read the file again (after it changed on disk); its old decisions are dropped."""
        review = self.file(index)
        try:
            self.files[index] = self._read(review.path)
        except InputError as error:
            raise ReviewError(str(error), status=409) from None
        self.save()
