"""Accepted changes land where `mtfix fix` would: apply them, re-check, settle the follow-ups.

Why: a reviewer's decisions are applied in one pass, but one edit can create or uncover
another artifact at the same place. Accepting the full-width comma in `Hospital ，more`
gives `Hospital , more` (now a space before a comma); accepting the stray space in
`farms ,and` gives `farms,and` (now a missing space). `fix` catches these because it
re-checks and repeats; review must too, or accepting every suggestion leaves artifacts
that `fix` would not.

So after the accepted edits, the text is checked again and a finding is settled
automatically when it sits at a changed place (overlapping or touching it), it was not
already there before (the image of a suggestion the reviewer rejected or left undecided
stays untouched), and either its rule is one the reviewer accepted, or its fix is safe
and the reviewer did not turn that rule down at this place. Everything else found at the
changed places is left as a new suggestion. Passes repeat until nothing changes; fixes
that do not settle raise `FixError`, as in the fixer.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from mtfix.document import Document
from mtfix.errors import FixError
from mtfix.fixer import MAX_PASSES, apply_edits, non_overlapping
from mtfix.linter import Linter
from mtfix.models import Applicability, Edit, Finding
from mtfix.review.plan import Change, Place, document_edits


class Ruled(Protocol):
    """What a change's origin must tell: the rule that proposed it."""

    @property
    def rule(self) -> str: ...


@dataclass(frozen=True)
class Region:
    """A changed stretch of the current text, and the rules the reviewer declined around it."""

    start: int
    end: int
    declined: frozenset[str] = frozenset()

    def touches(self, start: int, end: int) -> bool:
        return start <= self.end and end >= self.start


@dataclass
class Settled:
    """The text after the accepted changes and their follow-ups."""

    text: str
    accepted: int  # accepted changes applied
    followups: list[Finding] = field(default_factory=list)  # offsets relative to their own pass
    passes: int = 0  # follow-up passes
    regions: list[Region] = field(default_factory=list)  # the changed places, in `text`
    new_suggestions: list[Finding] = field(default_factory=list)  # at those places, not settled

    @property
    def rules_followed(self) -> list[str]:
        return sorted({finding.rule for finding in self.followups})


def settle(
    document: Document,
    accepted: Sequence[Change[Any]],
    declined: Iterable[Place],
    linter: Linter,
    *,
    max_passes: int = MAX_PASSES,
) -> Settled:
    """Apply the accepted changes (origins name their `rule`), then settle their follow-ups.

    `declined` are the suggestions the reviewer rejected or left undecided, in the
    document's offsets. The changes must not overlap (callers report overlaps first).
    """
    edits = document_edits(document, accepted)
    accepted_rules = frozenset(_rule(change.origin) for change in accepted)
    kept = list(declined)
    regions = _first_regions(edits, kept)
    text = apply_edits(document.text, edits)
    regions = _map_regions(regions, edits)
    known = _map_places(kept, edits)
    result = Settled(text, accepted=len(edits))
    if not edits:
        return result
    seen = {hash(document.text), hash(text)}
    current = document.with_text(text)
    for _ in range(max_passes + 1):
        found = [f for f in linter.check(current).findings if _at(f, regions) and _new(f, known)]
        chosen = non_overlapping(f for f in found if _settles(f, regions, accepted_rules))
        if not chosen:
            result.text, result.regions = current.text, regions
            result.new_suggestions = [f for f in found if f.replacements and f.replacements[0] != f.text]
            return result
        if result.passes == max_passes:
            break
        pass_edits = [Edit(f.start, f.end, f.replacements[0]) for f in chosen]
        new_text = apply_edits(current.text, pass_edits)
        if hash(new_text) in seen:
            raise FixError(_unsettled(document, chosen, "the follow-up fixes undo each other"))
        seen.add(hash(new_text))
        regions = _map_regions(regions + [Region(e.start, e.end) for e in pass_edits], pass_edits)
        known = _map_places(known, pass_edits)
        result.followups.extend(chosen)
        result.passes += 1
        current = current.with_text(new_text)
    raise FixError(_unsettled(document, chosen, f"still changing after {max_passes} passes"))


def _rule(origin: Ruled) -> str:
    return origin.rule


def _first_regions(edits: Sequence[Edit], declined: Sequence[Place]) -> list[Region]:
    """One region per accepted edit, with the rules declined at or next to it."""
    ordered = sorted(declined, key=lambda place: place.start)
    starts = [place.start for place in ordered]
    longest = max((place.end - place.start for place in ordered), default=0)
    regions = []
    for edit in edits:
        first = bisect.bisect_left(starts, edit.start - longest)
        last = bisect.bisect_right(starts, edit.end)
        rules = frozenset(p.rule for p in ordered[first:last] if p.end >= edit.start)
        regions.append(Region(edit.start, edit.end, rules))
    return regions


def _touching(regions: Sequence[Region], start: int, end: int) -> list[Region]:
    """The regions (sorted, apart) that overlap or touch start..end, found by bisection."""
    index = bisect.bisect_right(regions, end, key=lambda region: region.start) - 1
    found = []
    while index >= 0 and regions[index].end >= start:
        found.append(regions[index])
        index -= 1
    return found


def _at(finding: Finding, regions: Sequence[Region]) -> bool:
    return bool(_touching(regions, finding.start, finding.end))


def _new(finding: Finding, known: frozenset[Place]) -> bool:
    """False for the image of a suggestion the reviewer declined (it is theirs to keep)."""
    return Place(finding.rule, finding.start, finding.end) not in known


def _settles(finding: Finding, regions: Sequence[Region], accepted_rules: frozenset[str]) -> bool:
    if finding.rule in accepted_rules:
        return True
    if finding.applicability is not Applicability.SAFE:
        return False
    return not any(
        finding.rule in region.declined for region in _touching(regions, finding.start, finding.end)
    )


class _EditMap:
    """Offsets before a set of non-overlapping edits -> offsets after them (bisection over
    the sorted edits, so mapping every suggestion of a long file stays cheap)."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.edits = sorted(edits, key=lambda edit: (edit.start, edit.end))
        self.starts = [edit.start for edit in self.edits]
        self.ends = [edit.end for edit in self.edits]  # sorted too: the edits do not overlap
        self.before = [0]  # before[k]: the length change of the first k edits
        for edit in self.edits:
            self.before.append(self.before[-1] + len(edit.content) - (edit.end - edit.start))

    def new_start(self, index: int) -> int:
        return self.starts[index] + self.before[index]

    def point(self, point: int) -> int:
        """Where `point` lands; inside an edit it goes to that edit's new start, and an
        insertion exactly at `point` stays after it."""
        index = bisect.bisect_left(self.ends, point)
        while index < len(self.edits) and self.ends[index] == point and self.starts[index] < point:
            index += 1
        if index < len(self.edits) and self.starts[index] < point:
            return self.new_start(index)
        return point + self.before[index]

    def touching(self, start: int, end: int) -> range:
        """The indexes of the edits that overlap or touch start..end."""
        return range(bisect.bisect_left(self.ends, start), bisect.bisect_right(self.starts, end))

    def hits(self, start: int, end: int) -> bool:
        """Does an edit change start..end (overlap it, or insert at its start)?"""
        for index in self.touching(start, end):
            edit = self.edits[index]
            if (edit.start < end and start < edit.end) or edit.start == start:
                return True
        return False


def _map_regions(regions: Sequence[Region], edits: Sequence[Edit]) -> list[Region]:
    """The regions in the text after `edits` (sorted, apart), each widened to the new text
    of every edit touching it; regions that come to touch are merged."""
    mapping = _EditMap(edits)
    mapped: list[Region] = []
    for region in regions:
        start, end = mapping.point(region.start), mapping.point(region.end)
        for index in mapping.touching(region.start, region.end):
            new_start = mapping.new_start(index)
            start = min(start, new_start)
            end = max(end, new_start + len(mapping.edits[index].content))
        mapped.append(Region(start, max(start, end), region.declined))
    mapped.sort(key=lambda region: (region.start, region.end))
    merged: list[Region] = []
    for region in mapped:
        if merged and merged[-1].touches(region.start, region.end):
            last = merged[-1]
            merged[-1] = Region(last.start, max(last.end, region.end), last.declined | region.declined)
        else:
            merged.append(region)
    return merged


def _map_places(places: Iterable[Place], edits: Sequence[Edit]) -> frozenset[Place]:
    """The places no edit changed, moved to the text after `edits`; the others are gone."""
    mapping = _EditMap(edits)
    return frozenset(
        Place(place.rule, mapping.point(place.start), mapping.point(place.end))
        for place in places
        if not mapping.hits(place.start, place.end)
    )


def _unsettled(document: Document, findings: Sequence[Finding], why: str) -> str:
    rules = ", ".join(sorted({f.rule for f in findings}))
    return f"{document.path}: accepted changes do not settle ({why}; rules: {rules}); file left unchanged"
