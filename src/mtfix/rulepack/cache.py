"""The built-in rule pack, loaded and analysed, kept in one cache file between runs.

Why: loading the built-in rules (reading the TOML, validating, parsing every pattern and
deriving its required strings, anchors, shape and branches) costs about 0.1 s on every
run, a quarter of `mtfix check` on a short file; reading the finished rules back costs a
few milliseconds. Only the built-in folder is cached: user folders are small and edited
often, so they are read afresh every run.

The file is `rulepack.bin` in the cache folder (the lexicon's: `MTFIX_CACHE_DIR`, else
`$XDG_CACHE_HOME/mtfix`, else `~/.cache/mtfix`). Its first line names the format and the
key: the mtfix, Python and `regex` versions, the loading options and a digest of the
folder's path and every rule file's name and bytes, so any edit or upgrade rebuilds it;
then a CRC-32 of the rest, so a damaged file is rebuilt rather than believed. The rest is
the pickled checks (rules with their compiled patterns, their analyses and chosen
matchers; a pickle is only read from the user's own cache folder, and only when its key
and checksum match). Writes are atomic; a folder that cannot be written only costs the
rebuild on the next run. A rule pack with an error is never cached, so the error is
reported on every run exactly as without the cache.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import regex

from mtfix import models
from mtfix.cachefiles import cache_header, read_cache_file, write_cache_file
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import DeferredPattern
from mtfix.version import __version__

FORMAT = "mtfix-rulepack-3"
FILE_NAME = "rulepack.bin"


def load_cached(folder: Path | None, key: str, build: Callable[[], list[PatternCheck]]) -> list[PatternCheck]:
    """The rules cached in `folder` for `key`, else `build()` written there for next time."""
    path = folder / FILE_NAME if folder is not None else None
    if path is not None:
        rules = _read(path, key)
        if rules is not None:
            return rules
    rules = build()
    if path is not None:
        payload = _dump(rules)
        if payload is not None:
            write_cache_file(path, _header(key, payload), payload)
    return rules


# The code that loads and analyses rules: what the cache holds is its output, so an edit to it
# (a development checkout, a patched install) must not be answered from an older cache; and
# the models it pickles (a field added to `RuleInfo` must not meet a pickle of the old shape).
ANALYSIS_CODE = tuple(sorted([*Path(__file__).parent.rglob("*.py"), Path(models.__file__)]))


def source_key(root: Path, files: list[Path], options: str, code: tuple[Path, ...] = ANALYSIS_CODE) -> str:
    """What the cached rules are made from: versions, options, the rule files' bytes and the
    bytes of the code that analyses them."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(str(root).encode("utf-8", "surrogatepass"))
    for path in (*code, *files):
        digest.update(b"\0" + str(path).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(path.read_bytes())
    version = ".".join(map(str, sys.version_info[:3]))
    return f"{__version__}|py{version}|regex{regex.__version__}|{options}|{digest.hexdigest()}"


def _header(key: str, payload: bytes | memoryview) -> bytes:
    return cache_header(FORMAT, key, payload)


def _dump(rules: list[PatternCheck]) -> bytes | None:
    """The pickled rules, each pattern with its compiled program (`regex` pickles a pattern
    so that loading it compiles nothing: a rule pack's compiles cost tens of milliseconds
    in every run that used them)."""
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = copyreg.dispatch_table.copy()
    pickler.dispatch_table[DeferredPattern] = _reduce_pattern
    try:
        pickler.dump(rules)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return None  # something a pickle cannot hold: load from the files every run
    return stream.getvalue()


def _reduce_pattern(
    pattern: DeferredPattern,
) -> tuple[type[DeferredPattern], tuple[str, int, regex.Pattern[str] | None]]:
    try:
        compiled: regex.Pattern[str] | None = pattern.compiled
    except regex.error:
        compiled = None  # only `regex` could judge it: fails on first use, as without the cache
    return DeferredPattern, (pattern.pattern, pattern.flags, compiled)


def _read(path: Path, key: str) -> list[PatternCheck] | None:
    found = read_cache_file(path, FORMAT, key)
    if found is None:
        return None  # missing, stale (another mtfix or edited rules) or damaged: rebuild
    data, end = found
    payload = memoryview(data)[end:]
    try:
        rules = pickle.loads(payload)
    except Exception:  # any unreadable cache is rebuilt, never fatal
        return None
    if not isinstance(rules, list) or not all(isinstance(rule, PatternCheck) for rule in rules):
        return None
    return rules
