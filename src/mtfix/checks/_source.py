"""What the source-aware checks share: each segment's target text and its words.

A bilingual input gives the check context one `Segment` per unit (source text, target
span); monolingual text gives none, and these checks then do nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mtfix.context import CheckContext
from mtfix.models import Segment
from mtfix.names.source import name_key, written_as
from mtfix.text import WORD

__all__ = ["PLACEHOLDER", "Target", "Word", "example", "has_han", "name_key", "runs", "targets", "written_as"]

PLACEHOLDER = re.compile(r"\{\d+\}|\{[A-Za-z_]\w*\}|%(?:\d+\$)?[sdifu@]")
_HAN = r"[\u3400-\u9fff]"  # compiled on first use (`re` keeps it): source checks only


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int  # offset in the checked document
    end: int


@dataclass(frozen=True, slots=True)
class Target:
    """A segment and its target text, with offsets in the checked document."""

    segment: Segment
    text: str

    @property
    def start(self) -> int:
        return self.segment.start

    @property
    def whole(self) -> str:
        """The target up to its first standalone code (`<x/>` shows as U+FFFC in the view):
        what a finding about the whole segment marks, since a finding may not cover a code."""
        return self.text.partition("\ufffc")[0]

    def words(self) -> list[Word]:
        return [
            Word(m.group(), self.start + m.start(), self.start + m.end()) for m in WORD.finditer(self.text)
        ]


def targets(context: CheckContext) -> Iterator[Target]:
    """Every segment with its target text (none for monolingual documents)."""
    text = context.document.text
    for segment in context.segments:
        yield Target(segment, text[segment.start : segment.end])


def has_han(text: str) -> bool:
    return re.search(_HAN, text) is not None


def runs(words: list[Word], text: str, base: int, longest: int = 4) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of 1..`longest` words separated by single spaces or nothing else."""
    for first in range(len(words)):
        for last in range(first + 1, min(first + longest, len(words)) + 1):
            if last - 1 > first:
                gap = text[words[last - 2].end - base : words[last - 1].start - base]
                if gap != " ":
                    break
            yield first, last


def example(source: str, target: str) -> str:
    """A one-unit XLIFF 1.2 file: how the source-aware rules state their examples."""
    return (
        '<xliff version="1.2"><file source-language="zh-CN" target-language="en" datatype="plaintext" '
        f'original="example"><body><trans-unit id="1"><source>{source}</source><target>{target}</target>'
        "</trans-unit></body></file></xliff>"
    )
