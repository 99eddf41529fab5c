"""Quote pairing: a paragraph the one-match test finds paired in turn gives what the walk
gives (nothing), protected spans, quoted code and cited marks included."""

from __future__ import annotations

import bisect

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.checks.quotes import (
    WHITESPACE,
    is_hard_wrapped,
    paragraph_findings,
    paragraph_findings_plain,
    quote_kinds,
    quoted_paragraphs,
)
from mtfix.protect import ProtectedSpans
from mtfix.text import find_starts

# A line long enough to run on into the next one (three such make a hard-wrapped text).
_RUNS_ON = "the county hospital opened a new ward for the elderly in the town\n"
# Quotes and what `_role` reads around them: spaces, opening and closing marks, words,
# code, cited marks, protected tokens (a number, a web address) and line breaks.
_PIECES = st.sampled_from(
    [
        *('"', '"', "“", "”", "‘", "’", "'", "(", ")", "[", "]", "—", "-", "/", "…", ".", ",", "!", ":"),
        *("green channel", "we", "said", "Li", "-O", "<=", "self.name", "f(x)", "x", "1"),
        *(" ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x0c", "\u2028", "\r", "\r\n"),
        *("\n", "\n", "\n\n", _RUNS_ON, _RUNS_ON),
        *("3.5", "27", "6'2", "www.example.com", "a@b.cn", '"3.5"', "“3.5”"),
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _findings(text: str, fast: bool, protected: ProtectedSpans | None = None) -> list:
    quotes = sorted(at for mark in '"“”' for at in find_starts(text, mark))
    protected = ProtectedSpans.find(text) if protected is None else protected
    kinds = quote_kinds(text, quotes)
    found = []
    for start, end, continues in quoted_paragraphs(text, quotes, is_hard_wrapped(text)):
        first, last = bisect.bisect_left(quotes, start), bisect.bisect_left(quotes, end)
        inside = quotes[first:last]
        if fast:
            found.extend(
                paragraph_findings(text, (start, end, continues), protected, inside, kinds[first:last])
            )
        else:
            found.extend(paragraph_findings_plain(text, start, end, protected, continues, inside))
    return found


@settings(max_examples=2500, deadline=None)
@given(_TEXTS)
def test_paired_paragraphs_give_what_the_walk_gives(text: str) -> None:
    assert _findings(text, True) == _findings(text, False)


# Few pieces, dense in quotes: every role and pair within a dozen characters.
_DENSE_TEXTS = st.lists(
    st.sampled_from(['"', '"', "“", "”", "x", " ", "\t", "\u00a0", "(", ")", ".", "\n"]), max_size=12
).map("".join)


@settings(max_examples=2500, deadline=None)
@given(_DENSE_TEXTS)
@example('"x "')
@example(' "\tx" ')
@example('"ab (" ')
@example("“(”)")
@example("(“)”")
def test_paired_paragraphs_dense_in_quotes_give_what_the_walk_gives(text: str) -> None:
    assert _findings(text, True) == _findings(text, False)


@st.composite
def _texts_with_spans(draw):
    """A text and sorted, non-overlapping protected spans anywhere in it (over quotes too:
    whatever the protected patterns may come to cover)."""
    text = draw(_TEXTS)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=6)))
    pairs = [(cuts[at], cuts[at + 1]) for at in range(0, len(cuts) - 1, 2) if cuts[at] < cuts[at + 1]]
    spans = ProtectedSpans(
        tuple(a for a, _ in pairs), tuple(b for _, b in pairs), tuple("url" for _ in pairs)
    )
    return text, spans


@settings(max_examples=2500, deadline=None)
@given(_texts_with_spans())
def test_paired_paragraphs_with_protected_quotes_give_what_the_walk_gives(case) -> None:
    text, spans = case
    assert _findings(text, True, spans) == _findings(text, False, spans)


def test_paired_paragraphs_are_left_out_and_others_walked() -> None:
    text = 'The "green channel” opened, he said " we act (") now".'
    assert _findings(text, True) == _findings(text, False) != []
    assert _findings('The "green channel" and “fast lane” opened.', True) == []


def test_whitespace_is_that_of_str_isspace() -> None:
    assert "".join(char for char in map(chr, range(0x110000)) if char.isspace()) == WHITESPACE
