"""Script tests shared by the CJK checks: which characters are CJK, and how much of a
text is Latin. Kept apart so `script.cjk` and `punct.fullwidth` agree on what counts as
"inside CJK text" (an artifact of one category must not be reported as the other)."""

from __future__ import annotations

import regex

CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_LATIN_OR_CJK = regex.compile(r"(?P<latin>\p{Latin}+)|(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+)")


def is_cjk(char: str) -> bool:
    return bool(char) and CJK_CHAR.match(char) is not None


def latin_and_cjk_counts(text: str) -> tuple[int, int]:
    """Latin letters and CJK characters in `text` (digits and punctuation count for neither)."""
    latin = cjk = 0
    for match in _LATIN_OR_CJK.finditer(text):
        if match.group("latin"):
            latin += len(match.group("latin"))
        else:
            cjk += len(match.group("cjk"))
    return latin, cjk


def is_mostly_cjk(text: str) -> bool:
    """True when CJK characters outnumber Latin letters: Chinese text, not English."""
    latin, cjk = latin_and_cjk_counts(text)
    return cjk > latin


def neighbour(text: str, index: int, step: int) -> str:
    """The nearest character before (step -1) or after (step 1) `index` on the same line,
    skipping spaces; empty at the line's edge."""
    position = index + step
    while 0 <= position < len(text):
        char = text[position]
        if char in "\r\n":
            return ""
        if char not in " \t\u00a0\u3000":
            return char
        position += step
    return ""
