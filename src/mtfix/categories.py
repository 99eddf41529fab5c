"""The artifact taxonomy: every finding carries exactly one of these categories.

Kept in step with the gold-corpus guide so that evaluation per category is meaningful.
"""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "punct.doubled": "repeated or doubled punctuation",
    "punct.spacing": "missing space after, or stray space before, punctuation",
    "punct.fullwidth": "CJK full-width punctuation left in English text",
    "space.extra": "two or more spaces inside a line",
    "space.glued": "words or tokens run together with no space",
    "quote.mismatch": "quotes that do not pair: mixed curly/straight, unbalanced",
    "script.cjk": "untranslated CJK text inside English prose",
    "word.doubled": "the same word twice in a row by mistake",
    "case.proper": "a proper noun or name part written in lower case",
    "case.sentence": "sentence start in lower case, or a common word capitalised mid-sentence",
    "name.pinyin-camel": "pinyin syllables fused with inner capitals, an untranslated abbreviation",
    "name.calque": "a name whose characters were translated by meaning",
    "name.variant": "one entity written in different ways within the document",
    "name.order": "a Chinese personal name in the opposite order to the rest of the document",
    "term.glossary": "an institutional term rendered wrongly in a way a glossary fixes",
    "spelling": "a non-word typo",
    "grammar": "a clear grammatical error",
    # Found only on bilingual inputs (XLIFF, TMX, aligned files), against the source; the
    # monolingual gold corpus has none of them.
    "source.name": "a name of the source garbled, calqued or mis-cased in the translation",
    "source.number": "a number, date, time or percentage that differs from the source",
    "source.missing": "an empty, untranslated or partly translated segment",
    "source.term": "a glossary term of the source whose official rendering is missing",
    "source.tag": "an inline tag or placeholder of the source missing, repeated or moved",
}


def is_category(name: str) -> bool:
    return name in CATEGORIES
