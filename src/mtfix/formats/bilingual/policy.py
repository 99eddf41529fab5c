"""Where the source settles a question, a monolingual guess about it is dropped.

On its own the text can only guess: `WeiJian` or `Wei Jian` reads as the abbreviation 卫健
(`Health`), a calque check proposes the nearest county. With the source at hand the answer
is known (魏健: `Wei Jian`), so on a bilingual input a monolingual finding is dropped when

- it overlaps a fixable source-aware finding (which says what the text should be; as a
  competing fix the guess could win the fixer's tie on the same span), or
- it would change a name the source gives, written exactly as the source gives it (its
  replacement no longer holds the name as a whole word).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from mtfix.context import Resources
from mtfix.models import Finding, Segment
from mtfix.names.source import person_candidates, source_name_index, source_places, written_as

SOURCE_FAMILY = "source."


def prefer_source(
    findings: Iterable[Finding], segments: Sequence[Segment], text: str, resources: Resources
) -> list[Finding]:
    """`findings` (in view offsets) without the monolingual ones the source contradicts."""
    findings = list(findings)
    settled = [(f.start, f.end) for f in findings if f.category.startswith(SOURCE_FAMILY) and f.replacements]
    starts = [segment.start for segment in segments]
    index = source_name_index(resources)
    names: dict[int, tuple[str, ...]] = {}

    def source_names(position: int) -> tuple[str, ...]:
        if position not in names:
            source = segments[position].source
            places = source_places(source, index)
            people = person_candidates(source, index, places)
            names[position] = tuple(
                form
                for name in (*places, *people)
                for form in name.forms
                if " " in form or name.kind == "place"
            )
        return names[position]

    kept: list[Finding] = []
    for finding in findings:
        if finding.category.startswith(SOURCE_FAMILY):
            kept.append(finding)
            continue
        if any(
            (start < finding.end and finding.start < end) or finding.start == start for start, end in settled
        ):
            continue
        if not finding.replacements:
            kept.append(finding)
            continue
        position = bisect.bisect_right(starts, finding.start) - 1
        if position >= 0 and finding.end <= segments[position].end:
            found, replacement = text[finding.start : finding.end], finding.replacements[0]
            if any(written_as(found, f) and not written_as(replacement, f) for f in source_names(position)):
                continue
        kept.append(finding)
    return kept
