"""Where mtfix keeps its start-up caches (the packed lexicon, the analysed rule pack, tables
parsed from text files) and how one is written: atomically, and never at the cost of the run
(a read-only or full disk only means the next run builds the data again)."""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from mtfix.atomicwrite import write_bytes_atomically
from mtfix.version import __version__

T = TypeVar("T")
DATA_FORMAT = "mtfix-data-1"


def cache_folder() -> Path | None:
    """`MTFIX_CACHE_DIR`, else `$XDG_CACHE_HOME/mtfix`, else `~/.cache/mtfix` (None if no home)."""
    chosen = os.environ.get("MTFIX_CACHE_DIR")
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "mtfix"
    try:
        return Path.home() / ".cache" / "mtfix"
    except (RuntimeError, KeyError):
        return None


def cache_header(file_format: str, key: str, payload: bytes | memoryview) -> bytes:
    """The first line of a cache file: its format, what it was made from, a checksum."""
    return f"{file_format}\t{key}\t{zlib.crc32(payload):08x}\n".encode()


def read_cache_file(path: Path, file_format: str, key: str) -> tuple[bytes, int] | None:
    """The file's bytes and where its payload starts, or None when it is missing, of another
    format or key (stale: rebuild) or damaged (its checksum does not match)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    end = data.find(b"\n") + 1
    if end <= 0 or not data.startswith(f"{file_format}\t{key}\t".encode()):
        return None
    if data[:end] != cache_header(file_format, key, memoryview(data)[end:]):
        return None
    return data, end


def write_cache_file(path: Path, header: bytes, payload: bytes) -> None:
    """Write `header` then `payload` to `path` atomically (`atomicwrite`), creating its folder;
    any failure is ignored: without the file, the next run builds the data again."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, header + payload)


def cached_data(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """`build()`'s plain data (strings, numbers, tuples, lists, dicts, sets: what `marshal`
    writes), kept as `<name>.bin` in the cache folder between runs.

    Why: a table parsed from a text file (the townships, the glosses) costs a start-up a tenth
    of a second or more; marshal reads it back in milliseconds. The key holds mtfix's and
    Python's versions and each source's path, size and modification time; the module that
    builds the data belongs among `sources`, so an edit to it rebuilds. A missing source,
    a missing cache folder or data marshal cannot write means no cache, never an error."""
    folder = cache_folder()
    key = _data_key(sources)
    if folder is None or key is None:
        return build()
    path = folder / f"{name}.bin"
    found = read_cache_file(path, DATA_FORMAT, key)
    if found is not None:
        data, end = found
        try:
            value: Any = marshal.loads(memoryview(data)[end:])
        except (EOFError, ValueError, TypeError):
            pass  # unreadable despite its checksum: build it again
        else:
            return value  # type: ignore[no-any-return]
    value = build()
    try:
        payload = marshal.dumps(value)
    except ValueError:
        return value  # not plain data: built every run
    write_cache_file(path, cache_header(DATA_FORMAT, key, payload), payload)
    return value  # type: ignore[no-any-return]


def _data_key(sources: Sequence[Path]) -> str | None:
    files = file_identities(sources)
    python = ".".join(map(str, sys.version_info[:3]))
    return None if files is None else "|".join([__version__, python, *files])


def file_identities(paths: Sequence[Path]) -> list[str] | None:
    """Each file as `path:size:modification time` (a cache key's part: an edit changes it);
    None when one cannot be found (then no cache)."""
    parts = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            return None
        parts.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
    return parts
