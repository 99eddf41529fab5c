"""A run's verdicts on distinct keys (words, whitespace tokens), judged once each.

Why: a check that judges each of a document's distinct words in Python costs more than its
whole logic, and a document's words mostly recur from earlier documents. Here each key
is judged the first time it is seen; per document, the keys never seen before are found
by a set difference and the ones with a verdict by an intersection (C code). The memory is
bounded: past its limit it starts afresh (in new tables, so a caller still holding the old
ones keeps consistent answers).

`RunMemory` is the one place a run keeps such memories: the Linter owns one per run and a
check reaches it through `CheckContext.memo(name, judge, limit)`, so checks, resources and
analyses hold no mutable state of their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from collections.abc import Set as AbstractSet
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
T = TypeVar("T")

MAX_REMEMBERED = 200_000


class RunWords(frozenset[str]):
    """A document's distinct words, numbered in the run's order, with those no earlier
    document of the run held (`fresh`). Made by `Vocabulary.words`.

    Why: a dozen memories are asked about each document's distinct words, and finding
    which of them a memory has not judged yet (a set difference over every word) cost more
    than their judging. A memory asked about every document before this one has judged all
    but the `fresh` words, found once per document for all of them (`Verdicts.among`)."""

    order: int
    fresh: frozenset[str]
    vocabulary: Vocabulary


class Vocabulary:
    """The words a run has met (bounded: past its limit it starts afresh, which only makes
    later `fresh` sets larger than they need be) and how many documents it has numbered."""

    __slots__ = ("_limit", "_met", "documents")

    def __init__(self, limit: int = MAX_REMEMBERED) -> None:
        self._limit = limit
        self._met: set[str] = set()
        self.documents = 0

    def words(self, words: Iterable[str]) -> RunWords:
        """The distinct `words` of the run's next document."""
        distinct = RunWords(words)
        fresh = distinct.difference(self._met)
        if len(self._met) + len(fresh) > self._limit:
            self._met = set()  # later fresh sets hold words met before: judged again
        self._met |= fresh
        self.documents += 1
        distinct.order, distinct.fresh, distinct.vocabulary = self.documents, fresh, self
        return distinct


class Verdicts(Generic[V]):
    """`judge(key)` once per distinct key, for the run; None means "no verdict"."""

    __slots__ = ("_hits", "_judge", "_limit", "_seen", "_through", "_vocabulary", "verdicts")

    def __init__(self, judge: Callable[[Any], V | None], limit: int = MAX_REMEMBERED) -> None:
        self._judge = judge
        self._limit = limit
        self._seen: set[Any] = set()
        self._hits: set[Any] = set()
        self.verdicts: dict[Any, V] = {}  # key -> verdict, for the keys that have one
        # The last `RunWords.order` up to which every document's words have been asked
        # about (0: none), so that `_seen` holds all the words the run met by then; the
        # vocabulary that numbers them (one memory follows one vocabulary).
        self._through = 0
        self._vocabulary: Vocabulary | None = None

    def __len__(self) -> int:
        return len(self._seen)

    def __contains__(self, key: object) -> bool:
        return key in self._seen

    def among(
        self, keys: set[Any] | frozenset[Any], judge: Callable[[Any], V | None] | None = None
    ) -> set[Any]:
        """The keys of `keys` that have a verdict (`verdicts[key]`). `judge`, when given,
        judges this call's new keys instead of the memory's own (see `of`)."""
        unseen = self._unseen(keys)
        if unseen:
            if len(self._seen) + len(unseen) > self._limit:
                self._seen, self._hits, self.verdicts = set(), set(), {}
                self._through = -1  # never again complete: the run's words are forgotten
                unseen = set(keys)
            verdicts, hits = self.verdicts, self._hits
            if judge is None:
                judge = self._judge
            for key in unseen:
                verdict = judge(key)
                if verdict is not None:
                    verdicts[key] = verdict
                    hits.add(key)
            self._seen |= unseen
        return self._hits.intersection(keys)

    def _unseen(self, keys: set[Any] | frozenset[Any]) -> AbstractSet[Any]:
        """The keys of `keys` this memory has not judged (or a few more, judged again)."""
        if isinstance(keys, RunWords) and self._through >= 0:
            if self._vocabulary is None:
                self._vocabulary = keys.vocabulary
            elif keys.vocabulary is not self._vocabulary:  # words of another run
                self._through = -1
                return keys.difference(self._seen)
            if keys.order == self._through + 1:  # every earlier document's words asked about
                self._through = keys.order
                return keys.fresh
            if keys.order == self._through:  # this document's words again
                return frozenset()
            # A document was missed: its words may be unjudged, and `_through` now never
            # equals an order minus one again.
        return keys.difference(self._seen)

    def of(self, key: Any, judge: Callable[[Any], V | None] | None = None) -> V | None:
        """The verdict on one key (None: no verdict), judged the first time it is asked.

        `judge`, when given, judges the key instead of the memory's own: for verdicts that
        need what only the caller holds (the lexicon, the run's name guard). It must give
        the verdict any other call would give for the key."""
        try:
            return self.verdicts[key]
        except KeyError:
            pass
        if key in self._seen:
            return None
        if len(self._seen) >= self._limit:
            self._seen, self._hits, self.verdicts = set(), set(), {}
            self._through = -1
        verdict = (self._judge if judge is None else judge)(key)
        self._seen.add(key)
        if verdict is not None:
            self.verdicts[key] = verdict
            self._hits.add(key)
        return verdict


class Remembered(dict[Any, V]):
    """A run's memory of a judge whose every answer counts (no "no verdict"): a key judged
    before costs one dict look-up in C (`memory[key]`), with no Python call. Bounded: past
    `limit` keys it starts afresh. Why: the lexicon's look-ups are asked some 25,000 times
    per 200,000 words, and a `Verdicts.of` call per look-up cost more than its answer; the
    words of each whitespace token (`wordindex.TokenWords`) are read the same way. Made by
    `RunMemory.own(name, partial(Remembered, judge, limit))` or held by such a memory."""

    __slots__ = ("_judge", "_limit")

    def __init__(self, judge: Callable[[Any], V], limit: int = MAX_REMEMBERED) -> None:
        super().__init__()
        self._judge = judge
        self._limit = limit

    def __missing__(self, key: Any) -> V:
        if len(self) >= self._limit:
            self.clear()
        verdict = self[key] = self._judge(key)
        return verdict


def judged_by_caller(key: object) -> Any:
    """The judge of a memory whose every call gives its own (`Verdicts.of(key, judge)`)."""
    raise TypeError(f"no judge given for {key!r}: this memory's callers judge")


class RunMemory:
    """Every bounded verdict memory of one run, by name.

    Why one owner: a check, the shared resources (read-only data) and the per-document
    analyses then hold no caches; a run that starts afresh starts with an empty memory.
    The first `judge` given for a name serves the whole run, so it must depend only on
    the key and on the run's read-only resources.
    """

    __slots__ = ("_lock", "_memos")

    def __init__(self) -> None:
        self._memos: dict[str, Any] = {}
        self._lock = threading.RLock()  # a build may ask for another memory (`own`)

    def memo(self, name: str, judge: Callable[[Any], V | None], limit: int = MAX_REMEMBERED) -> Verdicts[V]:
        """The memory `name` of this run, made with `judge` and `limit` on first use."""
        try:
            return self._memos[name]
        except KeyError:
            pass
        with self._lock:
            if name not in self._memos:
                self._memos[name] = Verdicts(judge, limit)
            return self._memos[name]

    def own(self, name: str, build: Callable[[], T]) -> T:
        """A run memory of another shape than `Verdicts` (the word index's token table),
        built on first use; `build()` must return an object that bounds itself."""
        try:
            return self._memos[name]  # type: ignore[return-value]
        except KeyError:
            pass
        with self._lock:
            if name not in self._memos:
                self._memos[name] = build()  # type: ignore[assignment]
            return self._memos[name]  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._memos)
