"""Reading the small files a user points mtfix at: config, rule files, word lists, glossaries.

Why not `Path.read_text`: `words = ["/dev/zero"]`, a FIFO or a multi-gigabyte file named in
a config would be read without limit (or block forever) until the machine kills the
process. These files must be regular files under `MAX_DATA_BYTES`; anything else is a
`DataFileError` (an `OSError`, so callers' existing "cannot read" handling names the file).

Core layer: imports nothing of mtfix.
"""

from __future__ import annotations

import errno
import os
import stat

# A word list or glossary of this size already holds millions of entries.
MAX_DATA_BYTES = 64 * 1024 * 1024


class DataFileError(OSError):
    """A data file that is not a regular file or is too large; `str()` is the reason alone."""

    def __str__(self) -> str:
        return str(self.strerror)


def read_data_text(path: str | os.PathLike[str], limit: int = MAX_DATA_BYTES) -> str:
    """The UTF-8 text of the regular file at `path`, refused if larger than `limit` bytes.

    Opened non-blocking, so a FIFO with no writer cannot hang the open; its type is judged
    on the open descriptor (no race with a swapped path) before a byte is read.
    """
    descriptor = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DataFileError(errno.EINVAL, "not a regular file (a device, pipe, socket or folder)")
        if info.st_size > limit:
            raise DataFileError(errno.EFBIG, f"file is {info.st_size} bytes, above the {limit} byte limit")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise DataFileError(errno.EFBIG, f"file is larger than the {limit} byte limit")
    return data.decode("utf-8")


__all__ = ["MAX_DATA_BYTES", "DataFileError", "read_data_text"]
