"""A run's verdicts on distinct strings (words, whitespace tokens), judged once each.

Why: a check that judges each of a document's distinct words in Python costs more than its
whole logic, and a document's words mostly recur from earlier documents. Here each string
is judged the first time it is seen; per document, the strings never seen before are found
by a set difference and the ones with a verdict by an intersection (C code). The memory is
bounded: past `MAX_REMEMBERED` strings it starts afresh (in new tables, so a caller still
holding the old ones keeps consistent answers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")

MAX_REMEMBERED = 200_000


class Verdicts(Generic[V]):
    """`judge(string)` once per distinct string, for the run; None means "no verdict"."""

    __slots__ = ("_hits", "_judge", "_limit", "_seen", "verdicts")

    def __init__(self, judge: Callable[[str], V | None], limit: int = MAX_REMEMBERED) -> None:
        self._judge = judge
        self._limit = limit
        self._seen: set[str] = set()
        self._hits: set[str] = set()
        self.verdicts: dict[str, V] = {}  # string -> verdict, for the strings that have one

    def __len__(self) -> int:
        return len(self._seen)

    def __contains__(self, string: object) -> bool:
        return string in self._seen

    def among(self, strings: set[str] | frozenset[str]) -> set[str]:
        """The strings of `strings` that have a verdict (`verdicts[string]`)."""
        unseen = strings.difference(self._seen)
        if unseen:
            if len(self._seen) + len(unseen) > self._limit:
                self._seen, self._hits, self.verdicts = set(), set(), {}
                unseen = set(strings)
            judge, verdicts, hits = self._judge, self.verdicts, self._hits
            for string in unseen:
                verdict = judge(string)
                if verdict is not None:
                    verdicts[string] = verdict
                    hits.add(string)
            self._seen |= unseen
        return self._hits.intersection(strings)
