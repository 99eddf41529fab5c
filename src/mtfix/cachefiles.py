"""Where mtfix keeps its start-up caches (the packed lexicon, the analysed rule pack) and how
one is written: atomically, and never at the cost of the run (a read-only or full disk only
means the next run builds the data again)."""

from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path

from mtfix.atomicwrite import write_bytes_atomically


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
