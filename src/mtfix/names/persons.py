"""Chinese person names with lower-case parts: `ye Xiaodong`, `Zhang jianguo`, `li-yuan wang`,
`director liu`; and a name the document writes capitalised elsewhere (`held in zhongkezheng`).

Why by structure: a person's name is a surname from the surname table beside a given name of
two pinyin syllables (one word, maybe hyphenated); when one part is clear, the other is known
to be a name too, even when it is also an English word (`song Jianguo`, `bai Xiaoli`). The
given name itself must be no English word, so `Long said` or `Li will` stay alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.wholenames import NameFix, capitalise

_PAIR = regex.compile(r"(?<![\p{L}'’.@/-])(\p{L}+(?:-\p{L}+)?) (\p{L}+(?:-\p{L}+)?)(?![\p{L}'’@/-])")
_TITLED = regex.compile(
    r"(?<![\p{L}-])(?i:director|secretary|mayor|chairman|chairwoman|president|professor|dean|governor"
    r"|minister|comrade|teacher|doctor|dr\.|mr\.|ms\.|mrs\.|academician|principal|captain|chief)"
    r" (\p{Ll}+)(?![\p{L}'’-])"
)
# Function words that are also surnames: a lower-case one is the English word.
_ENGLISH_FIRST = frozenset({"he", "an", "you", "yu", "e", "me", "wan", "man", "fan", "bo", "ban", "lang"})
_WORD = regex.compile(r"\p{L}+")
_PLACE_SUFFIX_AFTER = regex.compile(
    r"\s+(?i:province|prefecture|city|county|district|banner|league|town|township|sub-district|village)\b"
)


def person_names(
    text: str, analyzer: PinyinAnalyzer, surnames: frozenset[str], is_word: Callable[[str], bool]
) -> Iterator[NameFix]:
    """Surname and given name with a lower-case part, in either order."""

    def given(word: str) -> bool:
        plain = word.replace("-", "")
        syllables = analyzer.segment(plain.lower())
        return (
            syllables is not None and len(syllables) == 2 and not is_word(plain.lower()) and len(plain) >= 4
        )

    def surname(word: str) -> bool:
        return word.lower() in surnames

    for pair in _PAIR.finditer(text, overlapped=True):
        first, second = pair[1], pair[2]
        fixed: tuple[str, str] | None = None
        lower_first = first.islower() and surname(first) and first not in _ENGLISH_FIRST
        if first.islower() and second.islower():
            if (lower_first and given(second)) or (
                given(first) and surname(second) and second not in _ENGLISH_FIRST
            ):
                fixed = (capitalise(first), capitalise(second))
        elif lower_first and _capitalised(second) and given(second):
            fixed = (capitalise(first), second)
        elif _capitalised(first) and second.islower() and surname(first) and given(second):
            fixed = (first, capitalise(second))
        if fixed is not None and not _PLACE_SUFFIX_AFTER.match(text, pair.end()):
            yield NameFix(pair.start(), pair.end(), f"{fixed[0]} {fixed[1]}", "person")
    for titled in _TITLED.finditer(text):
        word = titled[1]
        if word in surnames and not is_word(word):
            yield NameFix(titled.start(1), titled.end(1), capitalise(word), "person")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].replace("-", "").islower()


def names_capitalised_elsewhere(
    text: str, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool]
) -> Iterator[NameFix]:
    """A lower-case pinyin word of two or more syllables that the document also writes
    capitalised (`held in zhongkezheng` beside `Zhongkezheng Automation`)."""
    words = list(_WORD.finditer(text))
    capitalised = {word[0] for word in words if _capitalised(word[0])}
    for word in words:
        lower = word[0]
        if not lower.islower() or capitalise(lower) not in capitalised or is_word(lower):
            continue
        if _PLACE_SUFFIX_AFTER.match(text, word.end()):
            continue  # `lianshan district`: the place-name check capitalises name and suffix
        syllables = analyzer.segment(lower)
        if syllables is not None and len(syllables) >= 2:
            yield NameFix(word.start(), word.end(), capitalise(lower), "elsewhere")
