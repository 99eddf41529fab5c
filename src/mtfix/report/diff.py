"""Unified diffs that `git apply` and `patch -p1` accept, with newline styles intact."""

from __future__ import annotations

import difflib
import os


def _diff_path(path: str) -> str:
    """A relative, forward-slash path for the a/ b/ headers."""
    if path.startswith("<"):
        return "stdin"
    relative = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return relative.replace(os.sep, "/")


def unified_diff(path: str, before: str, after: str) -> str:
    """A git-style unified diff of one file; empty when nothing changed.

    Lines keep their own endings (CRLF stays CRLF); a missing final newline gets the
    standard `\\ No newline at end of file` marker so patch tools reproduce it exactly.
    """
    if before == after:
        return ""
    name = _diff_path(path)
    old_lines = _lines(before)
    new_lines = _lines(after)
    out: list[str] = [f"diff --git a/{name} b/{name}\n"]
    for line in difflib.unified_diff(old_lines, new_lines, f"a/{name}", f"b/{name}", n=3):
        if line.startswith(("---", "+++")):
            out.append(line if line.endswith("\n") else line + "\n")
            continue
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Split on LF only, as patch tools do (CR stays part of its line)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
