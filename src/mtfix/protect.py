"""Technical tokens that prose rules must not touch: URLs (and `mailto:`/`tel:` links),
e-mail addresses, domains (with a port), file names, numbers with separators (decimals,
thousands, times, versions, ratios, IP addresses), dotted abbreviations (`U.S.`, `Ph.D.`),
dotted code names (`java.util.List`, and `stream.Writable` when quotes or brackets enclose
it: `{stream.Writable}`, `"types.ModuleType"`), lower-case pairs joined by a colon
(`user:passwd`, `host:port`: credentials and keys, not a label) and HTML character entities
(`&nbsp;`).

Why a separate pass: every punctuation rule would otherwise need its own exceptions for
`mp.weixin.qq.com`, `3.5`, `9:30` and `U.S.`; one shared list keeps them consistent.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from mtfix.patterns import compiled
from mtfix.verdicts import MAX_REMEMBERED, Verdicts
from mtfix.wordindex import whitespace_token_starts

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

# Public: an equivalence test holds the fast path equal to it (tests use public names).
PROTECTED = compiled(
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
  | (?P<pair>(?<![\w.:/@-])[a-z_][a-z0-9_-]*:[a-z_][a-z0-9_-]*(?![\w:/@]))
  | (?P<enclosed>(?<=[{"“'`<\[(])[A-Za-z_]\w*\.[A-Za-z_]\w*(?=[}"”'`>\])]))
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
# `_TRIGGER`; tests/equivalence/test_protected_spans.py compares both scans.
_TRIGGER = compiled(r"[^\s\w]\S|[\d_]|localhost")
_TOKEN_REST = compiled(r"\S*")
_TOKEN_START = compiled(r"\S*", regex.REVERSE)


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


# Characters `str.split()` cuts at but regex's `\s` does not (checked over all of Unicode by
# tests/equivalence/test_protected_spans.py); a text holding one is scanned token by token instead.
# Public: an equivalence test holds the fast path equal to it (tests use public names).
SPLIT_ONLY_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")


TokenSpans = tuple[tuple[int, int, str], ...]


def _token_spans(token: str) -> TokenSpans:
    """Protected spans of one whitespace-delimited token, relative to its start.

    The token is scanned between two spaces: no alternative looks further than the
    whitespace around a token, and every whitespace character (or the text's edge) looks
    the same to them, so the spans hold wherever the token occurs.
    """
    if _SEPARATORS.isdisjoint(token):
        return ()  # every alternative holds one of these (see `_SEPARATOR_AHEAD`)
    if token[:-1].isalnum():
        return ()  # `said,` `2023.`: no alternative ends with its only separator
    if _TRIGGER.search(token) is None:
        return ()
    padded = f" {token} "
    return tuple(
        (match.start() - 1, match.end() - 1, match.lastgroup or "")
        for match in PROTECTED.finditer(padded, 1, len(padded))
    )


# Beyond this many distinct tokens holding a span, placing each with `str.find` (one pass
# over the text per token) would cost more than `_scan`'s single pass.
_MAX_PLACED_TOKENS = 48
_SEPARATORS = frozenset(".@:,/;")


def spans_if_any(token: str) -> TokenSpans | None:
    """A token's spans, or None when it holds none (tokens without a separator never do)."""
    if _SEPARATORS.isdisjoint(token):
        return None
    return _token_spans(token) or None


def token_span_memory(limit: int = MAX_REMEMBERED) -> Verdicts[TokenSpans]:
    """A run's memory of the tokens holding a protected span, for `ProtectedSpans.find`."""
    return Verdicts(spans_if_any, limit)


@dataclass(frozen=True)
class ProtectedSpans:
    """Sorted, non-overlapping spans with their kind, queried by overlap."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    kinds: tuple[str, ...]

    @classmethod
    def find(
        cls,
        text: str,
        memory: Verdicts[TokenSpans] | None = None,
        tokens: set[str] | frozenset[str] | None = None,
    ) -> ProtectedSpans:
        """Performance: spans are worked out once per distinct token (`str.split` in C) and
        placed with `str.find` only for the few tokens that hold one; same result as
        `_scan`, which a text whose whitespace `str.split` reads differently, or a text dense
        with technical tokens, still takes. `memory` may be kept across the documents of a
        run, so a token seen before costs nothing. `tokens`, when given, must be
        `set(text.split())` (the word index has it already)."""
        if any(space in text for space in SPLIT_ONLY_SPACE):
            return cls._scan(text)
        known = token_span_memory() if memory is None else memory
        holding = known.among(set(text.split()) if tokens is None else tokens)
        if len(holding) > _MAX_PLACED_TOKENS:
            return cls._scan(text)
        spans_of = known.verdicts
        found = [
            (at + start, at + stop, kind)
            for token in holding
            for at in whitespace_token_starts(text, token)
            for start, stop, kind in spans_of[token]
        ]
        found.sort()
        return cls(tuple(f[0] for f in found), tuple(f[1] for f in found), tuple(f[2] for f in found))

    @classmethod
    def _scan(cls, text: str) -> ProtectedSpans:
        """The full pattern inside every candidate token, found by `_TRIGGER`."""
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        length = len(text)
        for token_start, token_end in candidate_tokens(text):
            # One character past the token lets lookaheads see the whitespace that ends it.
            for match in PROTECTED.finditer(text, token_start, min(length, token_end + 1)):
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
