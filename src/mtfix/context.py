"""What a check is given besides the document: shared resources and per-document analysis.

`Resources` holds heavy data (lexicon, gazetteer, glossary, ...) loaded once per process
on first use and handed explicitly to every check: no module-level caches.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from mtfix.config import Settings
from mtfix.document import Document
from mtfix.protect import ProtectedSpans

T = TypeVar("T")


class Resources:
    """Lazily loaded, process-wide read-only data, keyed by name."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

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


@dataclass
class CheckContext:
    """Everything a check may consult for one document."""

    document: Document
    resources: Resources
    is_enabled: Callable[[str], bool] = field(default=lambda rule_id: True)

    @cached_property
    def protected(self) -> ProtectedSpans:
        """URLs, e-mails, numbers and abbreviations in this document."""
        return ProtectedSpans.find(self.document.text)

    @property
    def settings(self) -> Settings:
        return self.resources.settings
