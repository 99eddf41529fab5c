"""Technical tokens that prose rules must not touch: URLs (and `mailto:`/`tel:` links),
e-mail addresses, domains (with a port), file names, numbers with separators (decimals,
thousands, times, versions, ratios, IP addresses), dotted abbreviations (`U.S.`, `Ph.D.`),
dotted code names (`java.util.List`) and HTML character entities (`&nbsp;`).

Why a separate pass: every punctuation rule would otherwise need its own exceptions for
`mp.weixin.qq.com`, `3.5`, `9:30` and `U.S.`; one shared list keeps them consistent.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

_TLDS = (
    "com|cn|net|org|gov|edu|int|mil|info|biz|io|co|uk|hk|tw|mo|sg|jp|kr|de|fr|ru|eu|us|au|ca"
    "|top|xyz|app|dev|site|online|tech|ai|me|tv|cc|asia"
)
_FILE_EXTENSIONS = (
    "pdf|docx?|xlsx?|pptx?|txt|md|html?|php|aspx?|jsp|jpe?g|png|gif|svg|webp|zip|rar|7z|gz|csv"
    "|json|xml|py|js|exe|apk|mp4|mp3|wav|avi|mov"
)

# Degrees and titles whose inner full stop is followed by a capital (`Ph.D.`), which the
# generic "single letters and dots" alternative cannot see.
_DOTTED_TITLES = r"Ph\.D|M\.Sc|B\.Sc|M\.Phil|D\.Phil|Ed\.D|Psy\.D|LL\.[BMD]|M\.Eng|B\.Eng|M\.Ed|B\.Ed"

# Every alternative below holds one of `.@:,/;` after a run of word characters from its
# start; testing that first skips ordinary words at half the cost of trying each alternative.
_SEPARATOR_AHEAD = r"(?=[\w+&#-]*[.@:,/;])"

_PROTECTED = regex.compile(
    _SEPARATOR_AHEAD
    + r"""
    (?:
    (?P<url>(?:\b(?:https?|ftp)://|\bwww\.|\b(?:mailto|tel|doi|urn):)[^\s<>"'“”‘’()\[\]{}]+(?<![.,;:!?]))
  | (?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<domain>(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:"""
    + _TLDS
    + r""")(?![\w-])(?::\d{2,5})?(?:/[^\s<>"'“”]*(?<![.,;:!?]))?)
  | (?P<file>(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?i:"""
    + _FILE_EXTENSIONS
    + r""")(?![\w]))
  | (?P<number>(?<![\w.])[v]?\d+(?:[.,:/]\d+)+(?:[a-z]{1,2}\b)?)
  | (?P<abbreviation>(?<![\w.])(?:(?:"""
    + _DOTTED_TITLES
    + r""")\.?|(?:\p{L}\.){2,}(?!\p{L}{2}|\.)))
  | (?P<code>(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}(?![\w.]))
  | (?P<entity>&(?:\#\d{1,7}|\#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<host>\blocalhost:\d{2,5}\b)
    )
    """,
    regex.VERBOSE,
)


# Performance: the full pattern is tried only inside whitespace-delimited tokens that could
# hold a protected span, which is a few percent of prose. No protected span contains
# whitespace, and every one contains a digit, an underscore, `localhost`, or a character
# that is neither a word character nor whitespace and is not the token's last character
# (`a.b`, `x@y`, `&amp;`, `http://`). A new alternative that breaks this must extend
# `_TRIGGER`; tests/test_measure_protect_speed.py compares both scans.
_TRIGGER = regex.compile(r"[^\s\w]\S|[\d_]|localhost")
_TOKEN_REST = regex.compile(r"\S*")
_TOKEN_START = regex.compile(r"\S*", regex.REVERSE)


def candidate_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace-delimited tokens that contain a `_TRIGGER`, in order."""
    tokens: list[tuple[int, int]] = []
    token_end = -1
    for trigger in _TRIGGER.finditer(text):
        position = trigger.start()
        if position < token_end:
            continue  # another trigger in the token already taken
        start = _TOKEN_START.match(text, 0, position).start()  # type: ignore[union-attr]
        token_end = _TOKEN_REST.match(text, position).end()  # type: ignore[union-attr]
        tokens.append((start, token_end))
    return tokens


@dataclass(frozen=True)
class ProtectedSpans:
    """Sorted, non-overlapping spans with their kind, queried by overlap."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    kinds: tuple[str, ...]

    @classmethod
    def find(cls, text: str) -> ProtectedSpans:
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        length = len(text)
        for token_start, token_end in candidate_tokens(text):
            # One character past the token lets lookaheads see the whitespace that ends it.
            for match in _PROTECTED.finditer(text, token_start, min(length, token_end + 1)):
                starts.append(match.start())
                ends.append(match.end())
                kinds.append(match.lastgroup or "")
        return cls(tuple(starts), tuple(ends), tuple(kinds))

    def overlaps(self, start: int, end: int) -> bool:
        """True if [start, end) meets a protected span; an empty span at p meets one covering p."""
        probe = end if end > start else start + 1
        index = bisect.bisect_left(self.starts, probe) - 1  # the last span starting before probe
        return index >= 0 and self.ends[index] > start

    def kind_at(self, offset: int) -> str | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.starts[index] <= offset < self.ends[index]:
            return self.kinds[index]
        return None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(zip(self.starts, self.ends, self.kinds, strict=True))
