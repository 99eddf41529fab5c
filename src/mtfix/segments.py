"""Cut a very long plain-text document into paragraph-aligned segments.

Why: document-wide checks (names, consistency, tokenisation) keep per-document data, so a
100 MB file checked as one document would hold all of it at once. Checked segment by segment,
memory stays bounded and cost stays linear; consistency checks then see one segment (about a
million characters, far more than any article) at a time.
"""

from __future__ import annotations

SEGMENT_CHARS = 1_000_000
# How far back from the target size a paragraph break (then a line break, then a space) is sought.
_SEARCH_WINDOW = 200_000


def segments(text: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """[start, end) spans covering `text` in order, each at most about `size` characters,
    ending after a blank line where possible, else after a line break, else after a space."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while length - start > size:
        target = start + size
        floor = max(start + 1, target - _SEARCH_WINDOW)
        end = -1
        for separator in ("\n\n", "\r\n\r\n", "\r\r", "\n", "\r", " "):
            found = text.rfind(separator, floor, target)
            if found >= 0:
                end = found + len(separator)
                break
        if end <= start:
            end = target  # one unbroken run of text: cut it where it is
        spans.append((start, end))
        start = end
    spans.append((start, length))
    return spans
