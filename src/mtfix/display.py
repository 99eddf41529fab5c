"""Names and texts as mtfix prints or records them: no control character reaches a terminal,
no undecodable byte breaks an encoder, and the original stays recoverable.

A file name is bytes; Python reads an undecodable byte as a lone surrogate (`\\udcXX`,
PEP 383), which UTF-8 cannot encode (SARIF came out empty, JSON invalid). An escape
sequence or newline in a name would reach the terminal or split a `path:line:col` line.
`escape_path` writes each such character as a backslash escape (`\\xNN` for the byte or
the control character, `\\uNNNN` for a line or paragraph separator); `printable` does the
same for any other text printed (messages, a server's error body). Ordinary names, however
non-ASCII, are unchanged.

Core layer: imports nothing of mtfix.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, line and paragraph separators, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# The same but keeping tab and newline, for multi-line text.
_UNSAFE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_path(path: str) -> str:
    """`path` safe to print and to encode as UTF-8 (see the module docstring)."""
    return path if path.isprintable() else _UNSAFE.sub(_escape, path)


def printable(text: str, keep_newlines: bool = False) -> str:
    """`text` with control characters and lone surrogates escaped."""
    if text.isprintable():
        return text
    return (_UNSAFE_IN_TEXT if keep_newlines else _UNSAFE).sub(_escape, text)


__all__ = ["escape_path", "printable"]
