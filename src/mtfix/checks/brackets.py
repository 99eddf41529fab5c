"""Brackets that do not pair (`quote.mismatch`, the category of marks that come in pairs):
`(see the report]`, an opening `(` never closed in its paragraph, a `)` with none open.

Why a programmatic check: pairing needs a stack walked through the paragraph; no regex
can tell `(a [b] c)` from `(a [b) c]`. What is left alone, and why:
- list markers and enumerations (`1)`, `a)`, `ii)` after a line start or a space): they
  close what was never opened, on purpose;
- emoticons (`:)`, `;(`) and half-open intervals (`[0, 1)`), which pair unlike brackets;
- protected tokens (URLs and e-mail addresses may hold brackets);
- a paragraph is the unit: a parenthesis may span a hard-wrapped line, not a blank line.
Only a mismatched closer has a fix (the closer that matches the open bracket), unsafe.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.patterns import compiled
from mtfix.text import find_starts, matches_at

MISMATCHED, UNCLOSED, UNOPENED = "mismatched-bracket", "unclosed-bracket", "unopened-bracket"
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}
_MARKS = "()[]{}"
# The standard `re`: it skips to the line breaks of a text holding CJK (stored as two or four
# bytes per character) far faster than `regex` does (1 against 17 ms per 200,000 words).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# `1)`, `b)`, `iv)` after a line start or a space: an enumeration, not a closing bracket.
ENUMERATION = compiled(r"(?:^|(?<=\s))(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})\)", regex.MULTILINE)
# Public (with `INTERVAL`): the equivalence test scans with them.
EMOTICON = compiled(r"(?:^|(?<=\s))[:;=][-^']?[()\[\]]", regex.MULTILINE)
INTERVAL = compiled(r"[\[(][ \t]*-?[\d.]+[ \t]*,[ \t]*-?[\d.]+[ \t]*[\])]")
_MAX_PARAGRAPH = 20_000  # a longer "paragraph" is data or code: not walked

_MISMATCHED_RULE = RuleInfo(
    id=MISMATCHED,
    category="quote.mismatch",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A closing bracket of another kind than the open one (`(see the report]`)",
    doc=(
        "What it does: flags a closing bracket that does not match the bracket open before it\n"
        "(`( ... ]`, `[ ... )`) and proposes the matching one.\n"
        "Why it matters: full-width brackets (`（`, `【`, `〔`) were converted to different ASCII ones.\n"
        "Not flagged: half-open intervals (`[0, 1)`), emoticons and enumerations (`1)`).\n"
        "Example: `the rules (see Annex 2] apply` -> `the rules (see Annex 2) apply`.\n"
        "Fix safety: unsafe; the opening bracket may be the wrong one instead."
    ),
    bad_examples=(
        BadExample(
            "The rules (see Annex 2] apply to all staff.", "The rules (see Annex 2) apply to all staff."
        ),
        BadExample("The report [Xinhua) was published.", "The report [Xinhua] was published."),
    ),
    good_examples=(
        "The rules (see Annex 2) apply to all staff.",
        "The value lies in [0, 1) for every case.",
        "The report [Xinhua] was published (in May [2022]).",
    ),
    origin=__name__,
)
_UNCLOSED_RULE = RuleInfo(
    id=UNCLOSED,
    category="quote.mismatch",
    severity=Severity.INFO,
    applicability=Applicability.NONE,
    description="An opening bracket never closed in its paragraph",
    doc=(
        "What it does: flags `(`, `[` or `{` with no closing bracket before the paragraph ends.\n"
        "Why it matters: a closing bracket was lost in conversion, or the bracketed note was cut.\n"
        "Not flagged: emoticons (`:(`), brackets inside URLs and other protected tokens, and a\n"
        "bracket that closes on a later line of the same paragraph.\n"
        "Fix safety: none; where the bracket should close cannot be known."
    ),
    bad_examples=(
        BadExample("The team (led by Li Wei visited the ward.", "The team (led by Li Wei visited the ward."),
        BadExample(
            "The notice [No. 5 was issued.\n\nIt applies now.",
            "The notice [No. 5 was issued.\n\nIt applies now.",
        ),
    ),
    good_examples=(
        "The team (led by Li Wei) visited the ward.",
        "The team (led by Li Wei and\nWang Fang) visited the ward.",
        "That is sad :( but true.",
    ),
    origin=__name__,
)
_UNOPENED_RULE = RuleInfo(
    id=UNOPENED,
    category="quote.mismatch",
    severity=Severity.INFO,
    applicability=Applicability.NONE,
    description="A closing bracket with no opening bracket before it in its paragraph",
    doc=(
        "What it does: flags `)`, `]` or `}` that closes nothing in its paragraph.\n"
        "Why it matters: the opening bracket was lost in conversion.\n"
        "Not flagged: enumerations (`1)`, `a)`, `iv)`), emoticons (`:)`) and protected tokens.\n"
        "Fix safety: none; where the bracket should open cannot be known."
    ),
    bad_examples=(
        BadExample("The team led by Li Wei) visited the ward.", "The team led by Li Wei) visited the ward."),
        BadExample(
            "The report was issued in May] by the bureau.", "The report was issued in May] by the bureau."
        ),
    ),
    good_examples=(
        "Steps: 1) wash hands, 2) wear a mask, b) keep apart.",
        "That is nice :) and true.",
        "i) Apply online.\nii) Wait.",
    ),
    origin=__name__,
)


class BracketPairingCheck(ProgrammaticCheck):
    """Walks each paragraph's brackets with a stack; see the module docstring."""

    RULES = (_MISMATCHED_RULE, _UNCLOSED_RULE, _UNOPENED_RULE)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        marks = sorted(at for mark in _MARKS for at in find_starts(text, mark))
        if not marks:
            return
        skipped = skipped_marks(text, marks)
        enumerations = enumeration_closers(text, marks)
        start = 0
        for boundary in [*_PARAGRAPH_BREAK.finditer(text), None]:
            end = boundary.start() if boundary else len(text)
            if end - start <= _MAX_PARAGRAPH:
                first = bisect.bisect_left(marks, start)
                last = bisect.bisect_left(marks, end, first)
                if first < last:  # most paragraphs hold no bracket
                    inside = marks[first:last]
                    yield from _paragraph(context, text, inside, skipped, enumerations)
            start = boundary.end() if boundary else end


# Public: an equivalence test holds it equal to the plain scan of `ENUMERATION`.
def enumeration_closers(text: str, marks: list[int]) -> set[int]:
    """Offsets of the `)` of enumerations (`1)`, `b)`): they close a bracket only when one is
    open. `marks`: the offsets of every bracket in `text`, in order.

    Performance: an enumeration is one to four characters and its `)`, so the pattern is
    tried only in the four places before each `)` instead of at every position."""
    starts = [at - back for at in marks if text[at] == ")" for back in range(4, 0, -1) if at >= back]
    return {match.end() - 1 for match in matches_at(ENUMERATION, text, starts)}


# Public: an equivalence test holds it equal to the plain scans of `EMOTICON` and `INTERVAL`.
def skipped_marks(text: str, marks: list[int]) -> set[int]:
    """Offsets of the marks that pair unlike brackets: emoticons and intervals. `marks` are
    the offsets of every bracket in `text`, in order.

    Performance: both patterns are tried only near brackets (an interval starts with one,
    an emoticon ends with one, one or two characters after its start) instead of scanned
    for at every position."""
    openers = [at for at in marks if text[at] in "(["]
    eyes = [at - back for at in marks if text[at] in "()[]" for back in (1, 2) if at >= back]
    skipped: set[int] = set()
    for interval in matches_at(INTERVAL, text, openers):
        skipped.update((interval.start(), interval.end() - 1))
    skipped.update(emoticon.end() - 1 for emoticon in matches_at(EMOTICON, text, eyes))
    return skipped


def _paragraph(
    context: CheckContext, text: str, marks: list[int], skipped: set[int], enumerations: set[int]
) -> Iterator[Finding]:
    stack: list[int] = []
    for at in marks:
        mark = text[at]
        if at in skipped or context.protected.overlaps(at, at + 1):
            continue
        if at in enumerations and not any(text[index] == "(" for index in stack):
            continue
        if mark in _PAIRS:
            stack.append(at)
            continue
        if not stack:
            if context.is_enabled(UNOPENED):
                yield _UNOPENED_RULE.finding(at, mark, f"'{mark}' closes no open bracket")
            continue
        opener = text[stack[-1]]
        if _CLOSERS[mark] == opener:
            stack.pop()
            continue
        if _CLOSERS[mark] in (text[index] for index in stack):
            while text[stack[-1]] != _CLOSERS[mark]:  # inner brackets left open: `(a [b c)`
                inner = stack.pop()
                if context.is_enabled(UNCLOSED):
                    yield _unclosed(text, inner)
            stack.pop()
            continue
        stack.pop()
        if context.is_enabled(MISMATCHED):
            wanted = _PAIRS[opener]
            yield _MISMATCHED_RULE.finding(
                at, mark, f"'{mark}' closes '{opener}': '{wanted}' expected", (wanted,)
            )
    if context.is_enabled(UNCLOSED):
        for at in stack:
            yield _unclosed(text, at)


def _unclosed(text: str, at: int) -> Finding:
    return _UNCLOSED_RULE.finding(at, text[at], f"'{text[at]}' is never closed in its paragraph")


def bracket_pairing_check(resources: Resources) -> BracketPairingCheck:
    return BracketPairingCheck(resources)
