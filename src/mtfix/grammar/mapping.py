"""Which mtfix rule (and so which artifact category) a LanguageTool match belongs to.

The LanguageTool rule id decides first (a few core rules whose meaning is exact, such as
`WHITESPACE_RULE` or `DOUBLE_PUNCTUATION`), then its category, then a default. A spelling
match whose best suggestion only inserts a space is a glued word, the commonest
machine-translation artifact LanguageTool reports as a typo.
"""

from __future__ import annotations

from mtfix.grammar.response import LtMatch

SPELLING = "lt-spelling"
GLUED = "lt-space-glued"
GRAMMAR = "lt-grammar"
STYLE = "lt-style"
PUNCT_DOUBLED = "lt-punct-doubled"
PUNCT_SPACING = "lt-punct-spacing"
SPACE_EXTRA = "lt-space-extra"
CASE_SENTENCE = "lt-case-sentence"
CASE_PROPER = "lt-case-proper"
WORD_DOUBLED = "lt-word-doubled"
QUOTE_MISMATCH = "lt-quote-mismatch"

DEFAULT_RULE = GRAMMAR

BY_LT_RULE: dict[str, str] = {
    "DOUBLE_PUNCTUATION": PUNCT_DOUBLED,
    "COMMA_PARENTHESIS_WHITESPACE": PUNCT_SPACING,
    "SENTENCE_WHITESPACE": PUNCT_SPACING,
    "WHITESPACE_RULE": SPACE_EXTRA,
    "UPPERCASE_SENTENCE_START": CASE_SENTENCE,
    "EN_SPECIFIC_CASE": CASE_PROPER,
    "ENGLISH_WORD_REPEAT_RULE": WORD_DOUBLED,
    "EN_UNPAIRED_QUOTES": QUOTE_MISMATCH,
    "EN_UNPAIRED_BRACKETS": QUOTE_MISMATCH,
}

BY_CATEGORY: dict[str, str] = {
    "TYPOS": SPELLING,
    "GRAMMAR": GRAMMAR,
    "CONFUSED_WORDS": GRAMMAR,
    "COLLOCATIONS": GRAMMAR,
    "SEMANTICS": GRAMMAR,
    "MISC": GRAMMAR,
    "NONSTANDARD_PHRASES": GRAMMAR,
    "PUNCTUATION": PUNCT_SPACING,
    "TYPOGRAPHY": PUNCT_SPACING,
    "CASING": CASE_SENTENCE,
    "REPETITIONS": WORD_DOUBLED,
    "STYLE": STYLE,
    "REDUNDANCY": STYLE,
    "PLAIN_ENGLISH": STYLE,
    "REPETITIONS_STYLE": STYLE,
    "WIKIPEDIA": STYLE,
    "GENDER_NEUTRALITY": STYLE,
    "COLLOQUIALISMS": STYLE,
    "REGIONALISMS": STYLE,
}


def rule_for(match: LtMatch, text: str) -> str:
    """The mtfix rule id for `match` found in `text` (the text the match offsets refer to)."""
    rule = BY_LT_RULE.get(match.rule_id) or BY_CATEGORY.get(match.category_id, DEFAULT_RULE)
    if rule == SPELLING and is_glued(text[match.start : match.end], match.replacements):
        return GLUED
    return rule


def is_glued(word: str, replacements: tuple[str, ...]) -> bool:
    """True when the best suggestion is `word` with spaces put in (`inthe` -> `in the`)."""
    if not replacements or " " not in replacements[0] or " " in word:
        return False
    return replacements[0].replace(" ", "") == word
