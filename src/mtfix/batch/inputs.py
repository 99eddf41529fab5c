"""Which documents a batch run reads, and how one is read: local paths or fsspec URLs.

Sources are expanded once, on the client, into a flat list in a stable order (the order
decides the partitions, so a rerun must see the same list to resume): a folder is walked as
`mtfix check` walks it, a glob is matched, a manifest lists one location a line. Local
files are read by the command line's own reader, so a batch run and `mtfix check` decode
every byte the same way; URLs (`s3://`, `gs://`, `https://`, ...) go through `fsspec`, with
whatever protocol packages are installed.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mtfix.document import Document, decode
from mtfix.errors import InputError
from mtfix.files import MAX_FILE_BYTES, TEXT_EXTENSIONS, discover, read_document

_GLOB_MAGIC = frozenset("*?[")


@dataclass(frozen=True)
class Listing:
    """The documents to read, and sources that named nothing readable (with the reason)."""

    locations: tuple[str, ...]
    errors: tuple[tuple[str, str], ...] = field(default=())


def is_url(location: str) -> bool:
    """A location with a protocol (`s3://...`); `file://` URLs count, plain paths do not."""
    return "://" in location


def expand(sources: Sequence[str], manifests: Sequence[str] = ()) -> Listing:
    """Every document named by `sources` (files, folders, globs, URLs) and by the lines of
    `manifests`, each once, in the order they were named (folders and globs sorted)."""
    locations: list[str] = []
    errors: list[tuple[str, str]] = []
    for source in sources:
        found, problem = _expand_one(source)
        locations.extend(found)
        if problem:
            errors.append((source, problem))
    for manifest in manifests:
        try:
            locations.extend(read_manifest(manifest))
        except (OSError, InputError, UnicodeDecodeError) as error:
            errors.append((manifest, f"cannot read manifest: {error}"))
    return Listing(tuple(dict.fromkeys(locations)), tuple(errors))


def _expand_one(source: str) -> tuple[list[str], str | None]:
    if is_url(source):
        return _expand_url(source)
    if any(mark in source for mark in _GLOB_MAGIC) and not os.path.exists(source):
        matches = sorted(path for path in glob.glob(source, recursive=True) if os.path.isfile(path))
        return matches, None if matches else "glob matches no file"
    found = discover([source])
    return found.files, "; ".join(error.reason for error in found.errors) or None


def _expand_url(source: str) -> tuple[list[str], str | None]:
    import fsspec

    filesystem, path = fsspec.core.url_to_fs(source)
    if any(mark in path for mark in _GLOB_MAGIC):
        names = sorted(filesystem.glob(path))
    elif filesystem.isdir(path):
        names = sorted(name for name in filesystem.find(path) if _has_text_extension(name))
    else:
        return [source], None
    matches = [filesystem.unstrip_protocol(name) for name in names]
    return matches, None if matches else "no text files found"


def _has_text_extension(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in TEXT_EXTENSIONS


def read_manifest(location: str) -> list[str]:
    """One location a line; blank lines and lines starting with # are skipped."""
    data = _read_bytes(location) if is_url(location) else Path(location).read_bytes()
    return list(_manifest_lines(data.decode("utf-8").splitlines()))


def _manifest_lines(lines: Iterable[str]) -> Iterable[str]:
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield stripped


def read_location(location: str, encoding: str | None) -> Document:
    """Decode one document; raises InputError (naming the location) when it cannot be read."""
    if not is_url(location):
        return read_document(location, encoding)
    try:
        data = _read_bytes(location)
    except InputError:
        raise
    except Exception as error:  # fsspec backends raise their own types (ClientError, ...)
        raise InputError(location, f"cannot read: {type(error).__name__}: {error}") from None
    if not data:
        raise InputError(location, "empty file; nothing to check")
    return decode(data, location, encoding)


def _read_bytes(location: str) -> bytes:
    """A URL's bytes, refusing (like local files) anything above the size limit."""
    import fsspec

    with fsspec.open(location, "rb") as handle:
        data: bytes = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(location, f"file is larger than the {MAX_FILE_BYTES} byte limit")
    return data
