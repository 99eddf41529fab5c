"""The lexicon's word table, packed into one cache file so that start-up does not rebuild it.

Why: building the table (importing wordfreq, unpacking its 320,000-word list, reading
the dictionary word list, making a dict and a set of them) takes about 0.4 s, more than all
the checks spend on a short file. Even reading a pickled dict back costs 0.15 s, because
every one of 400,000 strings is made and hashed. So the table is never unpacked: the file
holds the words in 32,768 buckets chosen by CRC-32, and a lookup searches one bucket of
about a dozen records (`bytes.find`) the first time a word is asked; the run remembers
the answer (`Lexicon.in_run`).
A run asks for a few thousand distinct words, so loading is reading one file (~5 ms).

The file is `lexicon.bin` in the cache folder (`MTFIX_CACHE_DIR`, else
`$XDG_CACHE_HOME/mtfix`, else `~/.cache/mtfix`). Its first line names the format, the mtfix
version and the identity (path, size, modification time) of wordfreq's data file and of
the shipped word list (`rules/data/dictionary-words.txt`), so a change of either rebuilds
it, and a CRC-32 of the rest, so a damaged file is rebuilt rather than believed. It is
written atomically (`atomicwrite`); a folder that cannot be written only costs the rebuild
on the next run.
Accepted words are not in it: they are read from the user's lists on every run.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mtfix.cachefiles import cache_header, file_identities, read_cache_file, write_cache_file
from mtfix.version import __version__

# wordfreq's list the table is made from (its data file's identity keys the cache).
WORDFREQ_LIST = "large"
FORMAT = "mtfix-lexicon-1"
FILE_NAME = "lexicon.bin"
BUCKETS = 1 << 15
_ABSENT = (0.0, False)

Sources = Callable[[], tuple[Mapping[str, float], frozenset[str]]]


class WordTable(Protocol):
    """Case-folded word -> (Zipf frequency, listed in the dictionary)."""

    def lookup(self, folded: str) -> tuple[float, bool]: ...


@dataclass(frozen=True)
class MappingTable:
    """The table as a dict and a set (tests, tools, and when no cache can be used)."""

    zipf: Mapping[str, float]
    dictionary: frozenset[str] = frozenset()

    def lookup(self, folded: str) -> tuple[float, bool]:
        return self.zipf.get(folded, 0.0), folded in self.dictionary


class PackedTable:
    """Case-folded word -> (Zipf frequency, in the dictionary), read from packed records.

    A record is `\\n word \\t zipf \\t 1|0` (UTF-8; zipf empty for a dictionary word that
    wordfreq has not seen); the records of bucket `b` lie between `offsets[b]` and
    `offsets[b + 1]` after `base`.
    """

    def __init__(self, data: bytes, base: int, offsets: array[int]) -> None:
        self._data = data
        self._base = base
        self._offsets = offsets

    def lookup(self, folded: str) -> tuple[float, bool]:
        """Search the word's bucket. It remembers nothing: a run remembers its lookups in
        its own memory (`Lexicon.in_run`)."""
        try:
            key = folded.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no word of the table
            return _ABSENT
        bucket = zlib.crc32(key) % BUCKETS
        start = self._base + self._offsets[bucket]
        end = self._base + self._offsets[bucket + 1]
        needle = b"\n" + key + b"\t"
        found = self._data.find(needle, start, end)
        if found < 0:
            return _ABSENT
        found += len(needle)
        stop = self._data.find(b"\n", found, end)
        zipf, listed = self._data[found : end if stop < 0 else stop].split(b"\t")
        return (float(zipf) if zipf else 0.0), listed == b"1"


def pack(zipf: Mapping[str, float], dictionary: frozenset[str]) -> bytes:
    """The bucket offsets (little-endian uint32) followed by the records."""
    buckets: list[list[bytes]] = [[] for _ in range(BUCKETS)]
    for word in zipf.keys() | dictionary:
        if "\n" in word or "\t" in word:
            raise ValueError(f"a word the packed table cannot hold: {word!r}")
        key = word.encode("utf-8")
        value = repr(zipf[word]).encode() if word in zipf else b""
        buckets[zlib.crc32(key) % BUCKETS].append(
            b"\n%s\t%s\t%s" % (key, value, b"1" if word in dictionary else b"0")
        )
    offsets = array("I", [0])
    for records in buckets:
        offsets.append(offsets[-1] + sum(map(len, records)))
    if sys.byteorder != "little":
        offsets.byteswap()
    return offsets.tobytes() + b"".join(record for records in buckets for record in records)


def unpack(payload: bytes, base: int = 0) -> PackedTable:
    """The table in `payload[base:]` (as written by `pack`); ValueError if it is not whole."""
    offsets = array("I")
    size = offsets.itemsize * (BUCKETS + 1)
    offsets.frombytes(payload[base : base + size])
    if sys.byteorder != "little":
        offsets.byteswap()
    if len(offsets) != BUCKETS + 1 or base + size + offsets[-1] != len(payload):
        raise ValueError("truncated lexicon table")
    return PackedTable(payload, base + size, offsets)


def load_table(folder: Path | None, key: str | None, sources: Sources) -> WordTable:
    """The table from `folder`'s cache file when it was made for `key`, else built from
    `sources` and written there for the next run (best effort: errors mean no cache)."""
    path = folder / FILE_NAME if folder is not None else None
    if path is not None and key is not None:
        table = _read(path, key)
        if table is not None:
            return table
    zipf, dictionary = sources()
    try:
        payload = pack(zipf, dictionary)
    except ValueError:
        return MappingTable(zipf, dictionary)  # a word with a tab or a line break: keep it whole
    if path is not None and key is not None:
        write_cache_file(path, _header(key, payload), payload)
    return unpack(payload)


def _header(key: str, payload: bytes | memoryview) -> bytes:
    return cache_header(FORMAT, key, payload)


def _read(path: Path, key: str) -> PackedTable | None:
    found = read_cache_file(path, FORMAT, key)
    if found is None:
        return None  # missing, stale (another mtfix or other data files) or damaged: rebuild
    try:
        return unpack(*found)
    except ValueError:
        return None


def source_key(dictionary: Path) -> str | None:
    """What the table is made from: mtfix's version and the identity of wordfreq's data file
    (found without importing wordfreq) and of the `dictionary` word list; None when a file
    cannot be found (then no cache)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    frequencies = Path(next(iter(spec.submodule_search_locations))) / f"data/{WORDFREQ_LIST}_en.msgpack.gz"
    files = file_identities((frequencies, dictionary))
    return None if files is None else "|".join([__version__, *files])
