"""What a check is given besides the document: shared resources and per-document analysis.

`Resources` holds heavy data (lexicon, gazetteer, glossary, ...) loaded once per process
on first use and handed explicitly to every check: no module-level caches. It is read-only
data: what a run learns as it goes (verdicts on words, compiled subsets) lives in the run's
`RunMemory`, reached through `CheckContext.memo`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, TypeVar

from mtfix.config import Settings
from mtfix.document import Document
from mtfix.models import Segment
from mtfix.protect import ProtectedSpans, spans_if_any
from mtfix.text import folded_text, non_ascii
from mtfix.verdicts import MAX_REMEMBERED, RunMemory, Verdicts
from mtfix.wordindex import TokenWords, WordIndex

T = TypeVar("T")

# Long documents are scanned in chunks of about this many characters, cut after a line
# break, so a pattern's timeout applies per chunk and cost stays linear in length.
CHUNK_CHARS = 200_000
# A chunk's scan may read this far past its end, so a match that starts inside the chunk
# is found whole (patterns that look further than this are not expected in prose).
CHUNK_MARGIN = 10_000


class Resources:
    """Lazily loaded, process-wide read-only data, keyed by name.

    A factory builds a value that is never changed afterwards (no caches, no counters):
    run memory goes through `CheckContext.memo`, so one Resources may serve many runs.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._loaded: dict[str, Any] = {}
        self._lock = threading.RLock()  # a factory may load what it depends on

    def load(self, key: str, factory: Callable[[Resources], T]) -> T:
        """Return the resource `key`, building it with `factory(self)` the first time."""
        try:
            return self._loaded[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = factory(self)
            return self._loaded[key]  # type: ignore[no-any-return]

    def loaded(self) -> dict[str, Any]:
        """The resources loaded so far, by key (a copy, for inspection)."""
        return dict(self._loaded)


@dataclass
class CheckContext:
    """Everything a check may consult for one document."""

    document: Document
    resources: Resources
    is_enabled: Callable[[str], bool] = field(default=lambda rule_id: True)
    memory: RunMemory = field(default_factory=RunMemory)  # the run's, shared by its documents
    # A bilingual input's units (source text, target span); empty for monolingual text.
    segments: tuple[Segment, ...] = ()

    def memo(self, name: str, judge: Callable[[Any], T | None], limit: int = MAX_REMEMBERED) -> Verdicts[T]:
        """The run's bounded memory `name` of `judge`'s verdicts (made on first use; the same
        name gives the same memory for the whole run). Checks remember verdicts only here."""
        return self.memory.memo(name, judge, limit)

    @cached_property
    def protected(self) -> ProtectedSpans:
        """URLs, e-mails, numbers and abbreviations in this document."""
        memory = self.memo("protected-token-spans", spans_if_any)
        return ProtectedSpans.find(self.document.text, memory, self.words.tokens)

    @cached_property
    def chunks(self) -> tuple[tuple[int, int], ...]:
        """(start, end) spans covering the text in order; one span for most documents."""
        return split_chunks(self.document.text)

    @cached_property
    def non_ascii(self) -> str:
        """The text's characters outside ASCII, joined (`text.non_ascii`), found once for the
        checks that ask a Unicode property of them."""
        return non_ascii(self.document.text)

    @cached_property
    def folded_text(self) -> str | None:
        """The text lower-cased offset for offset, shared by case-insensitive pattern anchors."""
        return folded_text(self.document.text)

    def shared(self, key: str, build: Callable[[CheckContext], T]) -> T:
        """A per-document analysis several checks read (place context, name mentions, ...),
        built by the first check that asks for it and reused by the others."""
        try:
            return self._shared[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._shared[key] = build(self)
            return value

    @cached_property
    def _shared(self) -> dict[str, Any]:
        return {}

    @cached_property
    def words(self) -> WordIndex:
        """The document's words, found once for every word-level check."""
        table = self.memory.own("word-index-tokens", TokenWords)
        return WordIndex.of(self.document.text, table)

    @property
    def settings(self) -> Settings:
        return self.resources.settings

    def release(self) -> None:
        """Drop the per-document analyses once every check has run. Why: some of them refer
        back to the context (a reference cycle), so without this each document's words and
        offsets would wait for the cyclic garbage collector instead of going at once."""
        for name in [name for name in self.__dict__ if name not in _FIELDS]:
            del self.__dict__[name]


_FIELDS = frozenset(field.name for field in fields(CheckContext))


def split_chunks(text: str, size: int = CHUNK_CHARS) -> tuple[tuple[int, int], ...]:
    """Cut `text` into spans of about `size` characters, each ending after a line break when
    one is near (a blank line preferred), so paragraphs stay whole."""
    length = len(text)
    spans: list[tuple[int, int]] = []
    start = 0
    while length - start > size:
        target = start + size
        end = text.rfind("\n\n", start + size // 2, target) + 2  # after the blank line
        if end < 2:
            end = text.rfind("\n", start + size // 2, target) + 1
        if end < 1:
            end = target
        spans.append((start, end))
        start = end
    spans.append((start, length))
    return tuple(spans)
