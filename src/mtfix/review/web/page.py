"""What the page shows: each document cut into plain text and highlighted suggestions, one
card per suggestion, and the decision state the page's script keeps in step.

The document is shown exactly as it is on disk (Markdown and HTML markup intact), as text:
the template escapes every piece, so nothing in a document can become markup. Suggestions
may overlap; a highlight cannot nest, so one that starts inside an earlier highlight is
shown as a marker where that highlight ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mtfix.models import Applicability
from mtfix.review.render import inline_diff, visible
from mtfix.review.session import Suggestion, Verdict
from mtfix.review.web.workspace import FileReview, Workspace

SAFETY = {
    Applicability.SAFE: ("safe", "safe fix"),
    Applicability.UNSAFE: ("unsafe", "unsafe fix: check the meaning"),
    Applicability.NONE: ("flag-only", "flag only: the rule cannot be sure"),
}


@dataclass(frozen=True)
class Segment:
    """A stretch of the document; `number` is the suggestion highlighted there (0: none)."""

    text: str
    number: int = 0
    marker: bool = False  # an insertion point or an overlapping suggestion: no text of its own


@dataclass(frozen=True)
class Card:
    number: int
    rule: str
    category: str
    safety: str  # safe, unsafe, flag-only (a CSS class and a filter)
    safety_label: str
    message: str
    line: int
    column: int
    before: str
    old: str
    new: str
    after: str
    replacement: str
    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class FileView:
    index: int
    path: str
    segments: tuple[Segment, ...]
    cards: tuple[Card, ...]
    categories: tuple[str, ...]
    problems: tuple[str, ...]


def segments(text: str, suggestions: tuple[Suggestion, ...]) -> tuple[Segment, ...]:
    """The text cut at the suggestions (in text order), each highlighted once."""
    pieces: list[Segment] = []
    cursor = 0
    for suggestion in suggestions:
        start, end = suggestion.finding.start, suggestion.finding.end
        if start < cursor or start == end:
            at = max(cursor, start)
            if at > cursor:
                pieces.append(Segment(text[cursor:at]))
                cursor = at
            pieces.append(Segment("", suggestion.number, marker=True))
            continue
        if start > cursor:
            pieces.append(Segment(text[cursor:start]))
        pieces.append(Segment(text[start:end], suggestion.number))
        cursor = end
    if cursor < len(text):
        pieces.append(Segment(text[cursor:]))
    return tuple(pieces)


def card(review: FileReview, suggestion: Suggestion) -> Card:
    finding = suggestion.finding
    document = review.document
    line, column = document.line_column(finding.start)
    diff = inline_diff(document.text, finding.start, finding.end, suggestion.replacement)
    safety, label = SAFETY[finding.applicability]
    return Card(
        number=suggestion.number,
        rule=finding.rule,
        category=finding.category,
        safety=safety,
        safety_label=label,
        message=finding.message,
        line=line,
        column=column,
        before=diff.before,
        old=visible(diff.old),
        new=visible(diff.new),
        after=diff.after,
        replacement=suggestion.replacement,
        alternatives=finding.replacements[1:4],
    )


def file_view(index: int, review: FileReview) -> FileView:
    suggestions = review.session.suggestions
    return FileView(
        index=index,
        path=review.path,
        segments=segments(review.document.text, suggestions),
        cards=tuple(card(review, s) for s in suggestions),
        categories=tuple(sorted({s.finding.category for s in suggestions})),
        problems=tuple(review.problems),
    )


def views(workspace: Workspace) -> list[FileView]:
    return [file_view(index, review) for index, review in enumerate(workspace.files)]


def state(workspace: Workspace) -> dict[str, Any]:
    """The decisions of every file, as the page's script reads them after each request."""
    files = []
    for index, review in enumerate(workspace.files):
        session = review.session
        items = []
        for suggestion in session.suggestions:
            decision = session.decision(suggestion)
            if decision is not None and decision.verdict is Verdict.ACCEPT:
                status, content = "accepted", decision.content
            elif decision is not None and decision.verdict is Verdict.REJECT:
                status, content = "rejected", suggestion.replacement
            elif session.blocker(suggestion) is not None:
                status, content = "blocked", suggestion.replacement
            else:
                status, content = "pending", suggestion.replacement
            items.append({"number": suggestion.number, "status": status, "content": content})
        left = sum(1 for item in items if item["status"] == "pending")
        files.append({"index": index, "path": review.path, "left": left, "suggestions": items})
    return {"files": files, "left": sum(f["left"] for f in files)}
