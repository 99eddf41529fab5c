"""Compiled `regex` patterns kept between runs, for the patterns mtfix's modules define.

Why: `regex` compiles in pure Python, about half a millisecond for a typical pattern of ours
and several for the largest, so the hundred-odd patterns the checks compile when they are
imported cost every run tens of milliseconds before it reads a word. A compiled `regex`
pattern pickles with its program and loads in microseconds, so `compiled(pattern, flags)`
keeps what it compiles in one file of the cache folder (`cachefiles`) and reads it back in
the next process.

Only constant patterns belong here (those written in the source, or built from shipped data):
a pattern made from a document's words would grow the file without end. The file is keyed by
the `regex` and Python versions (a pickled program is theirs), checked by a checksum, written
atomically at the end of a process that compiled something new, and deleting it is always
safe. Without a cache folder, or with a damaged or stale file, patterns compile as usual.

The store is the process's, as `regex` keeps its own cache of compiled patterns: module-level
patterns are compiled at import, before any run or `Resources` exists. It holds only compiled
patterns, which never change once made.
"""

from __future__ import annotations

import atexit
import pickle
import sys
import threading
from pathlib import Path

import regex

from mtfix.cachefiles import cache_folder, cache_header, read_cache_file, write_cache_file

FILE_FORMAT = "mtfix-patterns-1"
FILE_NAME = "patterns.pickle"
# Past this many patterns the file keeps only those this process used (a stale pattern of an
# older mtfix is dropped once the file grows, not kept for ever).
MAX_KEPT = 4000


class PatternStore:
    """Compiled patterns by (source, flags): those of `path` (read on first use) and those
    this process compiled, which `save` writes back when there are any."""

    def __init__(self, path: Path | None, key: str) -> None:
        self.path = path
        self.key = key
        self._known: dict[tuple[str, int], regex.Pattern[str]] | None = None
        self._used: set[tuple[str, int]] = set()
        self._added = False
        self._lock = threading.Lock()

    def compiled(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        with self._lock:
            known = self._known if self._known is not None else self._read()
            entry = (pattern, flags)
            self._used.add(entry)
            found = known.get(entry)
            if found is None:
                found = known[entry] = regex.compile(pattern, flags)
                self._added = True
            return found

    def save(self) -> None:
        """Write the patterns back if this process compiled any (a failure only means the next
        process compiles them again)."""
        with self._lock:
            if not self._added or self._known is None or self.path is None:
                return
            kept = self._known
            if len(kept) > MAX_KEPT:
                kept = {entry: kept[entry] for entry in self._used}
            try:
                payload = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
            except (pickle.PicklingError, TypeError):
                return
            write_cache_file(self.path, cache_header(FILE_FORMAT, self.key, payload), payload)
            self._added = False

    def _read(self) -> dict[tuple[str, int], regex.Pattern[str]]:
        self._known = {}
        if self.path is None:
            return self._known
        found = read_cache_file(self.path, FILE_FORMAT, self.key)
        if found is not None:
            data, start = found
            try:
                loaded = pickle.loads(memoryview(data)[start:])
            except Exception:  # unreadable despite its checksum: compile again
                loaded = None
            if isinstance(loaded, dict):
                self._known = loaded
        return self._known


def store_key() -> str:
    """What a pickled pattern depends on: the `regex` module's version and Python's."""
    return f"regex {regex.__version__}|python {'.'.join(map(str, sys.version_info[:3]))}"


def _process_store() -> PatternStore:
    global _STORE
    if _STORE is None:
        folder = cache_folder()
        _STORE = PatternStore(None if folder is None else folder / FILE_NAME, store_key())
        atexit.register(_STORE.save)
    return _STORE


_STORE: PatternStore | None = None


def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, read from the cache folder when an earlier process
    compiled it (see the module's docstring for which patterns belong here)."""
    return _process_store().compiled(pattern, flags)
