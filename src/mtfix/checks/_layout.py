"""How a document lays out its prose, judged once per document by the checks that depend on
it (line starts, quote pairing, spacing). Why here: checks share code only through
`checks/_*.py` helpers or lower layers, never by importing each other.

A hard-wrapped document (a licence, a book's source, package documentation) breaks its
paragraphs into lines of similar length, so a line break inside a paragraph means nothing;
a machine-translated draft keeps each paragraph on one line, so there a line is a unit of
its own (a lower-case line start is a lost sentence start, a quote open at a line end is
left open).
"""

from __future__ import annotations

# A document is hard-wrapped when this many long lines (and this share of all pairs of
# adjacent non-blank lines) run on into the next line without ending a sentence.
WRAP_LENGTH = 50
MIN_WRAPS = 3
MIN_WRAP_SHARE = 0.3
SENTENCE_ENDS = (".", "!", "?", ":", "。", "！", "？", "：")


def is_hard_wrapped(text: str) -> bool:
    """Whether many long lines of `text` go on into the next line mid-sentence."""
    pairs = wraps = 0
    previous = ""
    for line in text.splitlines():
        current = line.strip()
        if previous and current:
            pairs += 1
            if len(previous) >= WRAP_LENGTH and not previous.endswith(SENTENCE_ENDS):
                wraps += 1
        previous = current
    return wraps >= MIN_WRAPS and wraps >= MIN_WRAP_SHARE * pairs
