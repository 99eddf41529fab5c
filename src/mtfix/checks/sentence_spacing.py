"""Spaces between sentences and spaces for alignment, judged by the document (`space.extra`).

Why a programmatic check: two spaces after a full stop is a typographic convention (older
style guides, monospaced text, licences), not a translation artifact, when a document uses
it throughout. Only the document can say which form is its own, so the sentence gaps are
counted and the minority form is flagged: a stray double space in single-spaced prose (the
usual machine-translation case, as before), or a single space in a double-spaced text. A
document that mixes both forms throughout (a licence edited by many hands) has no stray,
and the full stop of a section number at a line start (`  1. Definitions`) ends no sentence.
A line with two or more wide gaps lays out columns (a table in plain text): that is layout,
reported as such at `info` severity without a fix. `multiple-spaces` leaves both cases here.
"""

from __future__ import annotations

from collections.abc import Iterator

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.patterns import compiled

SENTENCE_RULE = "sentence-spacing"
LAYOUT_RULE = "alignment-spaces"
# A sentence end, its closing quote or bracket, one or two ordinary spaces, then a sentence start
# (a capital, or a quote, bracket or emphasis mark before a word: `.  "x" is`, `.  [1]`).
# (The leading `(?= )` lets the lookbehind run only at spaces, not at every position.)
GAP = compiled(r"(?= )(?<=[^\s.][.!?][\"'”’)\]]?)( {1,2})(?=\p{Lu}|[\"'“‘(\[*]+\w)")
# The two-space matches of `GAP`, found from their spaces (rare: a literal search in C).
_DOUBLE_GAP = compiled(r"  (?<=[^\s.][.!?][\"'”’)\]]?  )(?=\p{Lu}|[\"'“‘(\[*]+\w)")
# A line holding two or more gaps of two or more spaces (or tabs) between visible text, not
# after a sentence end: columns. `multiple-spaces` reads a column gap the same way.
_COLUMN_GAP = r"[^\s.!?](?: {2,}|\t)\S"
COLUMNS = compiled(rf"(?m)^[^\n]*?{_COLUMN_GAP}[^\n]*?{_COLUMN_GAP}[^\n]*$")
_WIDE = compiled(r"(?<=[^\s.!?]) {2,}(?=\S)")
_MIN_DOUBLE = 3  # sentence gaps of two spaces before the document counts as double-spaced
_MIXED_SHARE = 0.2  # each form this common: the document mixes them, neither is a stray
# A section or list number that opens a line (`  1. Definitions`): its full stop ends no sentence.
_NUMBERING = compiled(r"[ \t]*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]$")
_CONVENTION_SHARE = 0.8  # share of double gaps that makes two spaces the document's convention

SENTENCE = RuleInfo(
    id=SENTENCE_RULE,
    category="space.extra",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A sentence gap that differs from the document's own (one space or two)",
    doc=(
        "What it does: counts the gaps after sentence ends; in a single-spaced document it flags\n"
        "a double space, in a document that puts two spaces after most sentences a single one.\n"
        "Why it matters: a stray double space is a copy-and-paste artifact; two spaces used\n"
        "throughout are a typographic convention and are left alone.\n"
        "Example: `medicines.  Liu said` in single-spaced prose -> `medicines. Liu said`.\n"
        "Fix safety: safe: the document's own spacing is restored."
    ),
    bad_examples=(
        BadExample(
            "The plan works.  The county agreed. It starts soon.",
            "The plan works. The county agreed. It starts soon.",
        ),
        BadExample(
            "Prices rose. Sales fell.  Wages held. Rents rose.",
            "Prices rose. Sales fell. Wages held. Rents rose.",
        ),
    ),
    good_examples=(
        "The plan works.  The county agreed.  It starts soon.  Work begins in May.",
        "The plan works. The county agreed. It starts soon.",
    ),
)

LAYOUT = RuleInfo(
    id=LAYOUT_RULE,
    category="space.extra",
    severity=Severity.INFO,
    applicability=Applicability.NONE,
    description="Spaces that align columns (layout, not an error)",
    doc=(
        "What it does: notes a line whose words are spaced into columns (two or more wide gaps).\n"
        "Why it matters: it is layout; converted to prose or a real table it may need changing.\n"
        "Example: `triggers  triggers  Depends` in a plain-text table.\n"
        "Fix safety: none: only the author knows the intended layout."
    ),
    bad_examples=(
        BadExample("name      beds  nurses", "name      beds  nurses"),
        BadExample("Ceheng    120   45", "Ceheng    120   45"),
    ),
    good_examples=("The county hospital has 120 beds.", "A single  gap is no column."),
)


class SentenceSpacingCheck(ProgrammaticCheck):
    RULES = (SENTENCE, LAYOUT)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        if "  " not in text:
            return
        columns = column_lines(text)
        if context.is_enabled(LAYOUT_RULE):
            yield from self._layout(text, columns)
        if context.is_enabled(SENTENCE_RULE):
            yield from self._sentences(text, columns)

    def _layout(self, text: str, columns: list[tuple[int, int]]) -> Iterator[Finding]:
        for line_start, line_end in columns:
            for match in _WIDE.finditer(text, line_start, line_end):
                yield _finding(
                    LAYOUT, match.start(), match.end(), text, "Spaces align columns here (layout)", ()
                )

    def _sentences(self, text: str, columns: list[tuple[int, int]]) -> Iterator[Finding]:
        if not any(
            not _inside(start, columns) and not _is_numbering(text, start) for start in double_gaps(text)
        ):
            return  # no gap of two spaces: no stray double, and two spaces are no convention
        gaps = [
            match.span(1)
            for match in GAP.finditer(text)
            if not _inside(match.start(1), columns) and not _is_numbering(text, match.start(1))
        ]
        double = sum(1 for start, end in gaps if end - start == 2)
        single = len(gaps) - double
        if double >= _MIN_DOUBLE and min(single, double) > _MIXED_SHARE * len(gaps):
            return  # the document mixes both forms throughout: neither is a stray
        double_spaced = double >= _MIN_DOUBLE and double > single
        # One space is today's norm, so a stray double is flagged whenever singles lead; a
        # stray single only where two spaces are the document's clear convention.
        flag_singles = double_spaced and double >= _CONVENTION_SHARE * len(gaps)
        for start, end in gaps:
            if flag_singles and end - start == 1:
                message = "One space after this sentence; the document puts two after most sentences"
                yield _finding(SENTENCE, start, end, text, message, ("  ",))
            elif not double_spaced and end - start == 2:
                yield _finding(SENTENCE, start, end, text, "Extra spaces", (" ",))


def double_gaps(text: str) -> Iterator[int]:
    """Where each two-space match of `GAP.finditer(text)` starts. Why: sentence gaps are
    reported only where a document has a gap of two spaces, and most have none, so one
    search for the rare double space settles most documents."""
    for match in _DOUBLE_GAP.finditer(text):
        yield match.start()


def column_lines(text: str) -> list[tuple[int, int]]:
    """The spans of `COLUMNS.finditer(text)`, trying the pattern only on lines holding a
    double space or a tab. Why: its lazy scan costs every line of prose; a column needs a gap
    of two spaces or a tab, and most lines have none."""
    spans: list[tuple[int, int]] = []
    position, length = 0, len(text)
    while position < length:
        spaces, tab = text.find("  ", position), text.find("\t", position)
        hit = min(spaces, tab) if spaces >= 0 and tab >= 0 else max(spaces, tab)
        if hit < 0:
            break
        line_start = text.rfind("\n", 0, hit) + 1
        line_end = text.find("\n", hit)
        if line_end < 0:
            line_end = length
        match = COLUMNS.match(text, line_start, line_end)
        if match is not None:
            spans.append(match.span())
        position = line_end + 1
    return spans


def _is_numbering(text: str, gap: int) -> bool:
    return _NUMBERING.match(text, text.rfind("\n", 0, gap) + 1, gap) is not None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _finding(
    rule: RuleInfo, start: int, end: int, text: str, message: str, replacements: tuple[str, ...]
) -> Finding:
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        start=start,
        end=end,
        text=text[start:end],
        message=message,
        replacements=replacements,
        applicability=rule.applicability,
        source="checks",
    )


def sentence_spacing_check(resources: Resources) -> SentenceSpacingCheck:
    return SentenceSpacingCheck(resources)
