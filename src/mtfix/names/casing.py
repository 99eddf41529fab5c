"""Case helpers shared by the name checks: sentence starts and context-dependent capitals."""

from __future__ import annotations

from mtfix.patterns import compiled

_SENTENCE_BEFORE = compiled(r"(?:^|[.!?。！？]\s*|\n\s*)[\"'“‘(\[]*$")
_NEXT_WORD = compiled(r"\s+(\p{L})")
_LOOKBEHIND = 12


def starts_sentence(text: str, start: int) -> bool:
    """True when the word at `start` opens the text, a line or a sentence."""
    return bool(_SENTENCE_BEFORE.search(text[max(0, start - _LOOKBEHIND) : start]))


def next_word_capitalised(text: str, end: int) -> bool:
    match = _NEXT_WORD.match(text, end)
    return bool(match and match.group(1).isupper())


def capitalise_words(phrase: str) -> str:
    """`people’s political consultative conference` -> `People’s Political Consultative Conference`;
    small words inside stay lower case (`of`, `and`, `for`, `the`)."""
    small = {"of", "and", "for", "the", "in", "on", "at", "to"}
    words = phrase.split(" ")
    return " ".join(
        word if index and word in small else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def in_context_case(replacement: str, text: str, start: int, end: int) -> str:
    """A lower-case replacement (a modifier such as `health`) takes the case of its place:
    capitalised at a sentence start or before a capitalised word (`WeiJian Bureau`)."""
    if not replacement[:1].islower():
        return replacement
    if starts_sentence(text, start) or next_word_capitalised(text, end):
        return replacement[:1].upper() + replacement[1:]
    return replacement
