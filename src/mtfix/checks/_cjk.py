"""Script tests shared by the CJK checks: which characters are CJK, and how much of a
text is Latin. Kept apart so `script.cjk` and `punct.fullwidth` agree on what counts as
"inside CJK text" (an artifact of one category must not be reported as the other)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtfix.patterns import compiled

if TYPE_CHECKING:
    from mtfix.context import CheckContext

CJK_CHAR = compiled(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_LATIN_RUN = compiled(r"\p{Latin}+")
_CJK_RUN = compiled(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")


def is_cjk(char: str) -> bool:
    return bool(char) and CJK_CHAR.match(char) is not None


def latin_and_cjk_counts(text: str) -> tuple[int, int]:
    """Latin letters and CJK characters in `text` (digits and punctuation count for neither)."""
    # findall and map(len) stay in C: a loop over match objects cost 10 ms per 4,000 words.
    return sum(map(len, _LATIN_RUN.findall(text))), sum(map(len, _CJK_RUN.findall(text)))


# ASCII bytes that are not letters, deleted to count the ASCII letters in C.
_ASCII_NON_LETTERS = bytes(byte for byte in range(128) if not chr(byte).isalpha())


def is_mostly_cjk(text: str) -> bool:
    """True when CJK characters outnumber Latin letters: Chinese text, not English."""
    ascii_only = text.encode("ascii", "ignore")
    # Fast answer for English: CJK characters are at most the non-ASCII ones, and Latin
    # letters at least the ASCII ones, so more ASCII letters than non-ASCII characters is "no".
    if len(ascii_only.translate(None, _ASCII_NON_LETTERS)) >= len(text) - len(ascii_only):
        return False
    latin, cjk = latin_and_cjk_counts(text)
    return cjk > latin


def document_is_mostly_cjk(context: CheckContext) -> bool:
    """`is_mostly_cjk` of the document, counted once for the checks that ask (both CJK
    checks do, in most documents with CJK in them)."""
    return context.shared("cjk.mostly-cjk", lambda shared: is_mostly_cjk(shared.document.text))


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
