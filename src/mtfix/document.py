"""A decoded document: its text, where it came from and how to write it back unchanged.

Offsets everywhere in mtfix are code points into `Document.text`, which is the file's
content decoded as-is: the BOM is dropped (and remembered), newlines are not translated.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import re
from dataclasses import dataclass, field
from functools import cached_property

from mtfix.errors import InputError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_FEED = re.compile(r"\n")

# The order matters: UTF-32 LE's BOM starts with UTF-16 LE's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of C0 control bytes (besides tab, CR, LF, FF) above which a file counts as binary.
_BINARY_CONTROL_SHARE = 0.01
# Fallbacks tried in order when UTF-8 fails and no encoding was given: Chinese sources
# are usually GB18030 (a superset of GBK and GB2312). A Western file that GB18030 reads as
# rare, isolated hanzi is read as cp1252 instead (`_latin_misread`).
_FALLBACK_ENCODINGS = ("gb18030",)


@dataclass(frozen=True)
class Document:
    """Text plus what is needed to write it back byte-for-byte in the same style."""

    text: str
    path: str = "<stdin>"
    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"
    raw_fingerprint: str = field(default="", compare=False)
    # (size, modification time in ns) of the file when it was read; None for stdin or text.
    raw_stat: tuple[int, int] | None = field(default=None, compare=False)
    # True when no BOM or --encoding said it and UTF-8 failed: the encoding is mtfix's guess.
    guessed: bool = field(default=False, compare=False)

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets where each line starts; CRLF, CR and LF all end a line (one linear scan;
        a text without CR is scanned for LF alone, which `re` skips to several times faster
        than it tries the alternation at every position)."""
        breaks = _LINE_BREAK if "\r" in self.text else _LINE_FEED
        return [0, *(match.end() for match in breaks.finditer(self.text))]

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line_index = bisect.bisect_right(self.line_starts, offset) - 1
        return line_index + 1, offset - self.line_starts[line_index] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def with_text(self, text: str) -> Document:
        return Document(
            text,
            self.path,
            self.encoding,
            self.bom,
            self.newline,
            self.raw_fingerprint,
            self.raw_stat,
            self.guessed,
        )

    def encode(self, text: str | None = None) -> bytes:
        """Bytes to write back: same encoding, same BOM; newlines are kept as in `text`."""
        body = self.text if text is None else text
        try:
            return self.bom + body.encode(self.encoding)
        except UnicodeEncodeError as error:
            raise InputError(
                self.path,
                f"cannot encode the fixed text as {self.encoding} "
                f"(character {body[error.start]!r} at offset {error.start})",
            ) from error


def detect_newline(text: str) -> str:
    """The dominant newline style, used when new lines must be written."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


# C0 control bytes that text does not contain (tab, LF, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not per byte
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def _binary_reason(data: bytes) -> str:
    """Say so when the NULs look like UTF-16 without a BOM, which `--encoding` can read."""
    sample = data[:4096]
    halves = (sample[0::2], sample[1::2])
    if len(sample) >= 4 and any(half.count(0) > 0.9 * len(half) for half in halves):
        return "binary file (or UTF-16 without a BOM: pass --encoding utf-16-le or utf-16-be); skipped"
    return "binary file (not text); skipped"


def _wide(name: str) -> bool:
    """UTF-16/32 text is full of NUL bytes, so the byte sniff cannot apply to it."""
    return name.startswith(("utf-16", "utf-32"))


def _explicit_encoding(data: bytes, path: str, encoding: str) -> tuple[bytes, str]:
    """The BOM and exact codec for a user-given encoding, so writing back gives the same bytes.

    Codecs that add or strip a BOM themselves (`utf-8-sig`, `utf-16`, `utf-32`) are mapped to
    their fixed-order forms with the BOM kept aside, as for a detected BOM.
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}") from None
    family = {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}.get(name)
    for mark, bom_codec in _BOMS:
        if data.startswith(mark) and (name == bom_codec or (family and bom_codec.startswith(family))):
            return mark, bom_codec
    if family in ("utf-16", "utf-32"):
        return b"", f"{family}-le"
    return b"", family or name


def decode(data: bytes, path: str, encoding: str | None = None) -> Document:
    """Decode file bytes into a Document, or raise InputError naming the file.

    With no `encoding`, a BOM decides; otherwise UTF-8, then GB18030 (common for Chinese
    sources). An explicit `encoding` is used strictly. `Document.encode()` gives back the
    same bytes.
    """
    import hashlib

    fingerprint = hashlib.sha256(data).hexdigest()
    bom = b""
    chosen: str | None = None
    if encoding is not None:
        bom, chosen = _explicit_encoding(data, path, encoding)
    else:
        for mark, name in _BOMS:
            if data.startswith(mark):
                bom, chosen = mark, name
                break
    body = data[len(bom) :]
    if not (chosen and _wide(chosen)) and _looks_binary(body):
        raise InputError(path, _binary_reason(body))
    candidates = [chosen] if chosen else ["utf-8", *_FALLBACK_ENCODINGS]
    first_error: UnicodeDecodeError | None = None
    for name in candidates:
        try:
            text = body.decode(name)
        except UnicodeDecodeError as error:
            first_error = first_error or error
            continue
        if name == "gb18030" and not bom and encoding is None and not _plausible_fallback(text):
            continue
        if name == "gb18030" and not bom and encoding is None and _latin_misread(text):
            with contextlib.suppress(UnicodeDecodeError):  # cp1252 leaves five bytes undefined
                text, name = body.decode("cp1252"), "cp1252"
        if _wide(name) and _looks_binary(text[:65536].encode("utf-8", "replace")):
            raise InputError(path, "binary file (not text); skipped")
        guessed = name != "utf-8" and not bom and encoding is None
        return Document(text, path, name, bom, detect_newline(text), fingerprint, guessed=guessed)
    assert first_error is not None
    offset = first_error.start + len(bom)
    line = data.count(b"\n", 0, offset) + 1
    where = "" if _wide(candidates[0]) else f"line {line}, "
    raise InputError(
        path,
        f"invalid {candidates[0]} at byte offset {offset} "
        f"({where}byte 0x{data[offset]:02x}); pass --encoding to read it",
    )


def _plausible_fallback(text: str) -> bool:
    """GB18030 decodes almost any bytes; accept it only if the result is mostly CJK or ASCII."""
    sample = text[:1_000_000]  # enough to judge; a Python loop over 100 MB would take seconds
    if not sample:
        return True
    odd = sum(1 for ch in sample if ord(ch) > 127 and not _is_cjk_or_fullwidth(ch))
    return odd / len(sample) < 0.05


_CJK_RUN = re.compile("[\u3000-\u9fff\uff00-\uffef]+")
# GB2312's first level (lead bytes 0xB0-0xD7) holds the 3,755 most common hanzi.
_COMMON_LEADS = range(0xB0, 0xD8)


def _latin_misread(text: str) -> bool:
    """Does GB18030 text look like a Latin-1/cp1252 file read wrongly?

    An accented letter's byte followed by an ASCII letter decodes as one GBK hanzi, almost
    always a rare one (GBK's extension area, outside GB2312's common first level), and
    these stand alone between Latin words. Real Chinese text is mostly common hanzi in runs.
    """
    sample = text[:1_000_000]
    runs = _CJK_RUN.findall(sample)
    if not runs:
        return False
    hanzi = [ch for run in runs for ch in run]
    rare = sum(1 for ch in hanzi if not _common_hanzi(ch))
    mean_run = len(hanzi) / len(runs)
    return rare > len(hanzi) / 2 or (mean_run < 1.5 and rare > len(hanzi) / 4)


def _common_hanzi(ch: str) -> bool:
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and encoded[0] in _COMMON_LEADS


def _is_cjk_or_fullwidth(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
