"""The decision state machine of an interactive review, kept free of any terminal.

Suggestions are shown in text order. Each step records a decision (accept, possibly with
an edited replacement; reject; skip), and every step can be undone, including "accept all
remaining of this rule", which undoes as one step. A suggestion that overlaps one already
accepted is never offered (it could not be applied with it); it comes back if that
acceptance is undone. Skipped suggestions stay unchanged unless the reviewer revisits them.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mtfix.models import Applicability, Edit, Finding
from mtfix.review.plan import Change, Place, conflicts


class Verdict(str, enum.Enum):
    ACCEPT = "accept"
    REJECT = "reject"
    SKIP = "skip"


@dataclass(frozen=True)
class Suggestion:
    """A finding offered for review, numbered in presentation order (from 1)."""

    number: int
    finding: Finding

    @property
    def replacement(self) -> str:
        return self.finding.replacements[0]

    @property
    def rule(self) -> str:
        return self.finding.rule


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    content: str = ""  # the text put in place of the span, for ACCEPT
    edited: bool = False  # the reviewer typed `content` instead of taking the suggestion


@dataclass(frozen=True)
class Tally:
    accepted: int
    edited: int
    rejected: int
    skipped: int
    overlapping: int  # never offered: they overlap an accepted change
    undecided: int


def reviewable(findings: Iterable[Finding]) -> list[Finding]:
    """Findings a reviewer can act on: they propose a replacement that changes the text.

    Flag-only findings with suggestions (applicability `none`) are included: a human is
    deciding, which is exactly what they lack. Safe fixes come before unsafe ones at a tie.
    """
    order = {Applicability.SAFE: 0, Applicability.UNSAFE: 1, Applicability.NONE: 2}
    chosen = [f for f in findings if f.replacements and f.replacements[0] != f.text]
    return sorted(chosen, key=lambda f: (f.start, f.end, order[f.applicability], f.rule))


class ReviewSession:
    """Walks a reviewer through suggestions; pure state, no input or output."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        # Text order; the sort is stable, so ties keep the caller's order (safe first).
        ordered = sorted(findings, key=lambda finding: (finding.start, finding.end))
        self.suggestions: tuple[Suggestion, ...] = tuple(
            Suggestion(number, finding) for number, finding in enumerate(ordered, start=1)
        )
        self._decisions: dict[int, Decision] = {}
        # Each step: the suggestions it changed, with their decision before it (None: undecided).
        self._history: list[dict[int, Decision | None]] = []
        self._index: tuple[list[int], list[Suggestion], int] | None = None

    @property
    def total(self) -> int:
        return len(self.suggestions)

    def decision(self, suggestion: Suggestion) -> Decision | None:
        return self._decisions.get(suggestion.number)

    def blocker(self, suggestion: Suggestion) -> Suggestion | None:
        """The accepted suggestion this one overlaps, if any."""
        starts, accepted, longest = self._accepted_index()
        finding = suggestion.finding
        edit = Edit(finding.start, finding.end, "")
        # Only accepted spans starting at or before this one's end, and no further back
        # than the longest accepted span, can overlap it.
        index = bisect.bisect_right(starts, finding.end) - 1
        while index >= 0 and starts[index] >= finding.start - longest:
            other = accepted[index]
            if other is not suggestion and conflicts(edit, Edit(other.finding.start, other.finding.end, "")):
                return other
            index -= 1
        return None

    def _accepted_index(self) -> tuple[list[int], list[Suggestion], int]:
        """Accepted suggestions sorted by start (rebuilt only after a decision changes)."""
        if self._index is None:
            accepted = sorted(
                (s for s in self.suggestions if self._verdict(s) is Verdict.ACCEPT),
                key=lambda s: s.finding.start,
            )
            longest = max((s.finding.end - s.finding.start for s in accepted), default=0)
            self._index = ([s.finding.start for s in accepted], accepted, longest)
        return self._index

    def _offerable(self, suggestion: Suggestion) -> bool:
        return suggestion.number not in self._decisions and self.blocker(suggestion) is None

    @property
    def current(self) -> Suggestion | None:
        """The next suggestion to decide, or None when every one is decided or blocked."""
        return next((s for s in self.suggestions if self._offerable(s)), None)

    @property
    def done(self) -> bool:
        return self.current is None

    def _require_current(self) -> Suggestion:
        suggestion = self.current
        if suggestion is None:
            raise RuntimeError("no suggestion left to decide")
        return suggestion

    def _record(self, decided: dict[int, Decision | None]) -> None:
        """Apply one undoable step: new decisions by suggestion number (None: undecided)."""
        self._history.append({number: self._decisions.get(number) for number in decided})
        for number, decision in decided.items():
            self._set(number, decision)

    def _set(self, number: int, decision: Decision | None) -> None:
        self._index = None
        if decision is None:
            self._decisions.pop(number, None)
        else:
            self._decisions[number] = decision

    def accept(self, content: str | None = None) -> Suggestion:
        """Accept the current suggestion, with `content` instead of its replacement if given."""
        suggestion = self._require_current()
        if content is None:
            decision = Decision(Verdict.ACCEPT, suggestion.replacement)
        else:
            decision = Decision(Verdict.ACCEPT, content, edited=True)
        self._record({suggestion.number: decision})
        return suggestion

    def reject(self) -> Suggestion:
        suggestion = self._require_current()
        self._record({suggestion.number: Decision(Verdict.REJECT)})
        return suggestion

    def skip(self) -> Suggestion:
        """Leave the current suggestion unchanged for now (`revisit_skipped` offers it again)."""
        suggestion = self._require_current()
        self._record({suggestion.number: Decision(Verdict.SKIP)})
        return suggestion

    def decide(self, number: int, verdict: Verdict | None, content: str | None = None) -> Suggestion:
        """Decide suggestion `number` out of turn (the browser page); None makes it undecided.

        Accepting one that overlaps an accepted change raises ValueError: the two could
        not be applied together, so the other must be taken back first.
        """
        if not 1 <= number <= self.total:
            raise ValueError(f"no suggestion {number}")
        suggestion = self.suggestions[number - 1]
        decision: Decision | None = None
        if verdict is Verdict.ACCEPT:
            blocker = self.blocker(suggestion)
            if blocker is not None:
                raise ValueError(f"it overlaps accepted suggestion {blocker.number}; reject that one first")
            if content is None or content == suggestion.replacement:
                decision = Decision(Verdict.ACCEPT, suggestion.replacement)
            else:
                decision = Decision(Verdict.ACCEPT, content, edited=True)
        elif verdict is not None:
            decision = Decision(verdict)
        self._record({number: decision})
        return suggestion

    def accept_rule(self) -> list[Suggestion]:
        """Accept the current suggestion and every later undecided one of the same rule.

        One that overlaps a change accepted earlier in the same sweep is left undecided
        (and so not offered), exactly as if they had been accepted one by one.
        """
        first = self._require_current()
        step: dict[int, Decision | None] = {}
        last_start, furthest_end = -1, -1  # of this sweep's acceptances (text order)
        for suggestion in self.suggestions[first.number - 1 :]:
            start, end = suggestion.finding.start, suggestion.finding.end
            if suggestion.rule != first.rule or not self._offerable(suggestion):
                continue
            if start == last_start or start < furthest_end:
                continue
            step[suggestion.number] = Decision(Verdict.ACCEPT, suggestion.replacement)
            last_start, furthest_end = start, max(furthest_end, end)
        self._record(step)
        return [self.suggestions[number - 1] for number in step]

    def undo(self) -> list[Suggestion]:
        """Take back the last step; returns the suggestions it changed (empty: nothing to undo)."""
        if not self._history:
            return []
        step = self._history.pop()
        for number, previous in step.items():
            self._set(number, previous)
        return [self.suggestions[number - 1] for number in step]

    def skipped(self) -> list[Suggestion]:
        return [s for s in self.suggestions if self._verdict(s) is Verdict.SKIP]

    def revisit_skipped(self) -> int:
        """Offer the skipped suggestions again (an undoable step); returns how many."""
        step: dict[int, Decision | None] = {s.number: None for s in self.skipped()}
        if step:
            self._record(step)
        return len(step)

    def _verdict(self, suggestion: Suggestion) -> Verdict | None:
        decision = self._decisions.get(suggestion.number)
        return decision.verdict if decision else None

    def accepted(self) -> list[Change[Suggestion]]:
        """The accepted changes in text order: they never overlap (blocked ones are not offered)."""
        return [
            Change(Edit(s.finding.start, s.finding.end, self._decisions[s.number].content), s)
            for s in self.suggestions
            if self._verdict(s) is Verdict.ACCEPT and self._decisions[s.number].content != s.finding.text
        ]

    def declined(self) -> list[Place]:
        """Where the text stays as it was: every suggestion not among the accepted changes."""
        changed = {change.origin.number for change in self.accepted()}
        return [
            Place(s.rule, s.finding.start, s.finding.end) for s in self.suggestions if s.number not in changed
        ]

    def tally(self) -> Tally:
        verdicts = [self._verdict(s) for s in self.suggestions]
        undecided = [s for s in self.suggestions if self._verdict(s) is None]
        overlapping = sum(1 for s in undecided if self.blocker(s) is not None)
        return Tally(
            accepted=verdicts.count(Verdict.ACCEPT),
            edited=sum(1 for d in self._decisions.values() if d.edited),
            rejected=verdicts.count(Verdict.REJECT),
            skipped=verdicts.count(Verdict.SKIP),
            overlapping=overlapping,
            undecided=len(undecided) - overlapping,
        )
