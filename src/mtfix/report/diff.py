"""Unified diffs that `git apply` and `patch -p1` accept, with newline styles intact.

Header paths follow git: inside a git work tree, relative to its root (as `git diff`
writes them, so `git apply` works from any subfolder); elsewhere relative to the current
folder; forward slashes always. A file outside both (an absolute path elsewhere, or
`../x`) is named by its absolute path without the leading slash, as `git diff
--no-index` does, so the patch applies from `/`. `patch -p1` reads the paths from the
folder it runs in: run it from the root of a git work tree. A name
with a space gets a trailing tab on its `---`/`+++` lines (where `patch` stops reading
the name); a name with a quote, backslash or control character is C-quoted as git
quotes it. UTF-8 names are written as they are (git's `core.quotePath=false` style).

`document_diff` gives the bytes a patch tool needs for the file itself: headers in UTF-8,
content lines in the file's own encoding (GB18030 stays GB18030) and a UTF-8 BOM kept on
the first line. UTF-16/32 files are not line-oriented bytes for patch tools; their diff
is UTF-8 text, for reading only.
"""

from __future__ import annotations

import codecs
import difflib
import os
from typing import TextIO

from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.gitrepo import git_root

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\t": "\\t",
    "\n": "\\n",
    "\r": "\\r",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}


def diff_path(path: str, cwd: str | None = None) -> str:
    """The path to name in the a/ b/ headers (without the prefix).

    Inside a git work tree, a file of that tree is named from the tree's root, as `git
    diff` names it: `git apply` reads header paths from the root wherever it runs, so a
    path relative to a subfolder would match nothing and apply nothing, silently.
    """
    if path.startswith("<"):
        return "stdin"
    here = os.path.abspath(cwd or os.getcwd())
    absolute = os.path.normpath(os.path.join(here, path))
    root = git_root(here)
    base = root if root is not None and _inside(absolute, root) else here
    relative = os.path.relpath(absolute, base)
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        relative = os.path.splitdrive(absolute)[1].lstrip(os.sep)
    return relative.replace(os.sep, "/")


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder


def _needs_quotes(name: str) -> bool:
    return any(ch in '"\\' or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name)


def quote_name(name: str) -> str:
    """A header name as git writes it: C-quoted only when it must be."""
    if not _needs_quotes(name):
        return name
    body = "".join(
        _ESCAPES.get(ch, f"\\{ord(ch):03o}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch) for ch in name
    )
    return f'"{body}"'


def unified_diff(path: str, before: str, after: str, cwd: str | None = None) -> str:
    """A git-style unified diff of one file; empty when nothing changed.

    Lines keep their own endings (CRLF stays CRLF); a missing final newline gets the
    standard `\\ No newline at end of file` marker so patch tools reproduce it exactly.
    """
    return "".join(_diff_lines(path, before, after, cwd))


def _diff_lines(path: str, before: str, after: str, cwd: str | None) -> list[str]:
    """Header lines (the first three) then hunk lines, each ending in a newline."""
    if before == after:
        return []
    name = diff_path(path, cwd)
    old_name, new_name = quote_name(f"a/{name}"), quote_name(f"b/{name}")
    end_of_name = "\t" if " " in name and not _needs_quotes(name) else ""
    out = [
        f"diff --git {old_name} {new_name}\n",
        f"--- {old_name}{end_of_name}\n",
        f"+++ {new_name}{end_of_name}\n",
    ]
    lines = difflib.unified_diff(_lines(before), _lines(after), n=3)
    next(lines), next(lines)  # difflib's own ---/+++ headers, replaced above
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:
            out.extend((line + "\n", "\\ No newline at end of file\n"))
    return out


def _line_oriented(encoding: str) -> bool:
    """Can patch tools treat this encoding's bytes as lines (ASCII-compatible)?"""
    try:
        return "a\n".encode(encoding) == b"a\n" and not codecs.lookup(encoding).name.startswith(
            ("utf-16", "utf-32")
        )
    except LookupError:
        return False


def document_diff(document: Document, after: str, cwd: str | None = None) -> bytes:
    """The diff of a document as bytes that apply to the file on disk (see module doc)."""
    if not _line_oriented(document.encoding):
        return unified_diff(document.path, document.text, after, cwd).encode("utf-8", "surrogateescape")
    bom = "\ufeff" if document.bom == codecs.BOM_UTF8 else ""
    lines = _diff_lines(document.path, bom + document.text, bom + after, cwd)
    try:
        body = b"".join(line.encode(document.encoding) for line in lines[3:])
    except UnicodeEncodeError as error:
        raise InputError(
            document.path, f"cannot encode the fixed text as {document.encoding}: {error.reason}"
        ) from None
    return "".join(lines[:3]).encode("utf-8", "surrogateescape") + body


def write_diff(
    out: TextIO, document: Document, after: str, cwd: str | None = None, colour: bool = False
) -> None:
    """Write `document_diff` to a text stream's byte buffer (as text if it has none).

    With `colour` (a terminal), removed lines are red, added ones green and hunk headers
    cyan; a piped diff stays the exact bytes `git apply` needs.
    """
    data = document_diff(document, after, cwd)
    if colour:
        data = _coloured(data)
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8", "replace"))
        return
    out.flush()
    buffer.write(data)
    buffer.flush()


_COLOURS = (
    (b"---", b"\033[1m"),
    (b"+++", b"\033[1m"),
    (b"@@", b"\033[36m"),
    (b"-", b"\033[31m"),
    (b"+", b"\033[32m"),
)


def _coloured(data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    for index, line in enumerate(lines):
        for prefix, code in _COLOURS:
            if line.startswith(prefix):
                body = line.rstrip(b"\r\n")
                lines[index] = code + body + b"\033[0m" + line[len(body) :]
                break
    return b"".join(lines)


def _lines(text: str) -> list[str]:
    """Split on LF only, as patch tools do (CR stays part of its line)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
