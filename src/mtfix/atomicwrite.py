"""The one way mtfix writes a file so that no reader ever sees it half-written.

Every writer that replaces a whole file (fixed drafts, review results, baselines, the
start-up caches) calls `write_bytes_atomically`. The bytes go to `.mtfix-<name>-<random>.tmp`
in the destination's own folder (a rename is atomic only within one file system), are
synced, take the mode (and, when allowed, the owner) the file should have, and are renamed
over the destination; the folder is then synced so the rename itself survives a power cut.
SIGINT and SIGTERM wait until the temporary file is renamed or removed: only SIGKILL or a
power cut can leave one behind, and the destination then still holds its old content.

Core layer: this module imports nothing of mtfix, and failures are plain `OSError`s that
each caller turns into its own message (an input error, a best-effort cache that is skipped).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

# Names longer than this are cut in the temporary file's prefix (file systems cap names at 255).
_NAME_IN_PREFIX = 80


class ChangedOnDisk(OSError):
    """The destination is no longer the file that was read: another program wrote to it."""


@dataclass(frozen=True, slots=True)
class FileState:
    """What a file was when it was read: size, modification time and SHA-256 of its bytes.

    Compared right before the rename, so an edit made while the fixed text was being
    written and synced (a large file, a slow disk) is not silently overwritten.
    """

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileState:
        """The state of the file at `path` now (read in chunks: a large file is not held twice)."""
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            return cls(info.st_size, info.st_mtime_ns, _sha256(handle))


def _sha256(handle: io.BufferedReader) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
    return digest.hexdigest()


def write_bytes_atomically(
    path: str | os.PathLike[str], data: bytes, mode: int | None = None, expected: FileState | None = None
) -> None:
    """Replace the file at `path` (symlinks followed) with `data`, all or nothing.

    `mode` is the new file's permission bits; by default an existing file keeps its mode and
    owner and a new one gets `0o666` minus the umask, as `open()` would give it. With
    `expected`, the destination must still be in that state right before the rename (after
    the new bytes are written and synced), else `ChangedOnDisk` is raised and nothing
    changes. Raises `OSError` (nothing changed, no temporary file left) when the write
    cannot be done.
    """
    real = os.path.realpath(path)
    try:
        existing: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        existing = None
    if mode is None:
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    with _interruptions_deferred():
        _replace(real, data, mode, existing, expected)
    _sync_folder(os.path.dirname(real) or ".")


def _replace(
    real: str, data: bytes, mode: int, existing: os.stat_result | None, expected: FileState | None
) -> None:
    """Write a synced temporary file beside `real` and rename it over; remove it on failure."""
    folder = os.path.dirname(real) or "."
    prefix = f".mtfix-{os.path.basename(real)[:_NAME_IN_PREFIX]}-"
    descriptor, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        if existing is not None and (existing.st_uid, existing.st_gid) != _owner(temporary):
            _try_chown(temporary, existing.st_uid, existing.st_gid)
        if expected is not None:
            _require_unchanged(real, expected)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _require_unchanged(real: str, expected: FileState) -> None:
    """Refuse when the file moved on since it was read: size and time first, then the hash."""
    try:
        info = os.stat(real)
    except FileNotFoundError:
        raise ChangedOnDisk(errno.ENOENT, "removed since it was read", real) from None
    if (info.st_size, info.st_mtime_ns) != (expected.size, expected.mtime_ns):
        raise ChangedOnDisk(errno.EBUSY, "changed on disk since it was read", real)
    if FileState.of(real).sha256 != expected.sha256:
        raise ChangedOnDisk(errno.EBUSY, "changed on disk since it was read", real)


@contextlib.contextmanager
def _interruptions_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM until the temporary file is renamed or removed.

    Otherwise a signal landing between creating the temporary file and entering the
    clean-up could leave it behind; the signal is delivered as soon as the write ends.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _owner(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def _try_chown(path: str, uid: int, gid: int) -> None:
    """Keep the owner when we may (running as root on a user's file); otherwise ours stays."""
    with contextlib.suppress(OSError):
        os.chown(path, uid, gid)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fsync(descriptor)
    os.close(descriptor)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
