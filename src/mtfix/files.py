"""Reading inputs and writing results: path discovery, decoding, atomic in-place writes.

Writes go through `atomicwrite` (a synced temporary file in the same folder renamed over the
original, keeping its permissions); a file that changed on disk since it was read is refused.
A process killed mid-write leaves the original intact (the rename is the only commit point).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from mtfix.atomicwrite import ChangedOnDisk, FileState, write_bytes_atomically
from mtfix.document import Document, decode
from mtfix.errors import InputError

# Extensions checked when a directory is given; an explicitly named file is always checked.
TEXT_EXTENSIONS = frozenset(
    {
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".mdown",
        ".htm",
        ".html",
        ".xlf",
        ".xliff",
        ".sdlxliff",
        ".mqxliff",
        ".tmx",
    }
)
# Larger inputs are refused rather than risk exhausting memory in a CI runner.
MAX_FILE_BYTES = 512 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True)
class Discovery:
    """Files to check, and inputs that failed before any reading."""

    files: list[str]
    errors: list[InputError]


def discover(paths: list[str], extensions: frozenset[str] = TEXT_EXTENSIONS) -> Discovery:
    """Expand the command-line paths into files, in a stable order."""
    files: list[str] = []
    errors: list[InputError] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            files.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            errors_before = len(errors)
            found = list(_walk(path, extensions, errors))
            if not found and len(errors) == errors_before:
                errors.append(InputError(raw, "directory holds no text files (.txt, .md, .html)"))
            for item in found:
                if item not in seen:
                    seen.add(item)
                    files.append(item)
        elif path.exists() or path.is_symlink():
            if raw not in seen:
                seen.add(raw)
                files.append(raw)
        else:
            errors.append(InputError(raw, "no such file or directory"))
    return Discovery(files, errors)


def display_path(path: str) -> str:
    """A forward-slash path relative to the working directory (the checkout in CI),
    as reports and baselines name files; `<stdin>` and other `<...>` names become `stdin`."""
    if path.startswith("<"):
        return "stdin"
    relative = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return relative.replace(os.sep, "/")


def _walk(root: Path, extensions: frozenset[str], errors: list[InputError]) -> Iterator[str]:
    """Files under `root` with a text extension; follows no symlinked folders (no loops)."""
    visited: set[tuple[int, int]] = set()

    def on_error(error: OSError) -> None:
        errors.append(InputError(str(error.filename or root), f"cannot read directory: {error.strerror}"))

    for folder, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        try:
            info = os.stat(folder)
        except OSError:
            continue
        key = (info.st_dev, info.st_ino)
        if key in visited:
            dirnames.clear()
            continue
        visited.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if Path(name).suffix.lower() in extensions and not name.startswith("."):
                candidate = os.path.join(folder, name)
                if _is_special(candidate):
                    reason = "not a regular file (a pipe, socket or device); skipped"
                    errors.append(InputError(candidate, reason))
                    continue
                yield candidate


def _is_special(path: str) -> bool:
    """A FIFO, socket or device: opening or reading it could block or never end."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # reading reports the real problem (broken link, loop, permission)
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _is_device(path: str) -> bool:
    """Devices and sockets are refused even when named; a pipe (`<(command)`) is read."""
    mode = os.stat(path).st_mode
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def read_document(path: str, encoding: str | None = None) -> Document:
    """Read and decode one input, raising InputError with the file name on any failure."""
    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError("<stdin>", f"input is larger than the {MAX_FILE_BYTES} byte limit")
        return decode(data, "<stdin>", encoding)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise InputError(path, f"file is {size} bytes, above the {MAX_FILE_BYTES} byte limit")
        if os.path.isdir(path):
            raise InputError(path, "is a directory")
        if _is_device(path):
            raise InputError(path, "not a regular file (a device or socket); skipped")
        with open(path, "rb") as handle:
            # Bounded even when stat lies (a pipe, /dev/zero): read at most one byte past the limit.
            data = handle.read(MAX_FILE_BYTES + 1)
            info = os.fstat(handle.fileno())
        if len(data) > MAX_FILE_BYTES:
            raise InputError(path, f"file is larger than the {MAX_FILE_BYTES} byte limit")
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(path, "no such file (or a broken symlink)") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(path, "symbolic link loop; skipped") from None
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    # An empty file is clean, as empty standard input is: nothing in it can be wrong, and a
    # placeholder file in a checked folder must not fail a CI job.
    return replace(decode(data, path, encoding), raw_stat=(info.st_size, info.st_mtime_ns))


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint_file(path: str) -> str:
    """`fingerprint` of a file's bytes, read in chunks so a large file is not held twice."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_atomic(document: Document, text: str, target: str | None = None) -> None:
    """Write `text` back in the document's encoding and BOM, atomically.

    When writing over the source (`target` None), refuse if it changed since it was read.
    The write itself is `atomicwrite.write_bytes_atomically`: a synced temporary file beside
    the destination, keeping its permissions and owner, renamed over it.
    """
    destination = target or document.path
    data = document.encode(text)
    real = os.path.realpath(destination)
    try:
        info: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InputError(destination, f"cannot write: {error.strerror}") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise InputError(destination, "not a regular file; not written")
    expected = None
    if target is None and document.raw_fingerprint:
        size, mtime_ns = document.raw_stat or (-1, -1)
        expected = FileState(size, mtime_ns, document.raw_fingerprint)
        try:
            current = fingerprint_file(real)
        except OSError as error:
            raise InputError(destination, f"cannot re-read before writing: {error.strerror}") from None
        if current != document.raw_fingerprint:
            raise InputError(destination, "changed on disk since it was read; not written")
        if document.raw_stat is None:  # read without a stat: the hash alone decides
            info_now = os.stat(real)
            expected = FileState(info_now.st_size, info_now.st_mtime_ns, current)
    try:
        # The state is checked again right before the rename, after the new bytes are synced.
        write_bytes_atomically(real, data, expected=expected)
    except ChangedOnDisk:
        raise InputError(destination, "changed on disk while it was being written; not written") from None
    except OSError as error:
        raise InputError(destination, f"cannot write: {error.strerror or error}") from None
