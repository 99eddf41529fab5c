"""Where mtfix keeps its start-up caches (the packed lexicon, the analysed rule pack) and how
one is written: atomically, and never at the cost of the run (a read-only or full disk only
means the next run builds the data again)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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


def write_cache_file(path: Path, header: bytes, payload: bytes) -> None:
    """Write `header` then `payload` to `path` through a temporary file and a rename."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(header)
            stream.write(payload)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
