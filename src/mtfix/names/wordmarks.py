"""One mark byte per word of a document, built once for the name checks that look at words
side by side: a surname beside a given name (name order), a place, modifiers and a head
word in a row (an institution's name).

Why shared: mapping every word of a document to a byte is C code, but over a whole document
it costs as much as either check's own logic, so it is done once per document for both,
from verdicts per distinct word kept for the run. The checks search the bytes with `re`
(C code) and go to the text only when the words they need stand in a row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial, reduce
from itertools import repeat
from operator import or_

from mtfix.context import CheckContext
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.names.gazetteer import Gazetteer, gazetteer
from mtfix.names.institution_blocks import word_role
from mtfix.names.pinyin import PinyinAnalyzer, TokenKind
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.patterns import compiled
from mtfix.text import APOSTROPHES
from mtfix.verdicts import Verdicts

# The bits of a word's mark.
SURNAME = 1  # a one-syllable pinyin surname that is no common English word
GIVEN_NAME = 2  # a two-syllable pinyin given name that is no English word
PLACE = 4  # a word that may end with the place of an institution's name (`Hunan`)
MODIFIER = 8  # a word that may stand between that place and the head (`cancer`)
HEAD = 16  # an institution's head word (`hospital`)

# Words that head an institution name, and words that may stand between a place and its head.
HEADS = (
    "hospital|university|college|bureau|commission|committee|government|centre|center|institute|academy"
    "|administration|department|association|federation|procuratorate|court|congress|school"
)
MODIFIERS = (
    "cancer|tumou?r|children['’]s|women['’]s|maternal|and|child|health|care|traditional|chinese|medicine"
    "|people['’]s|central|general|municipal|provincial|first|second|third|fourth|fifth|sixth|seventh"
    "|stomatological|eye|chest|infectious|diseases?|mental|psychiatric|rehabilitation|education|public"
    "|security|finance|civil|affairs|medical|normal|agricultural|science|technology|red|cross"
    "|disease|control|prevention|planning|family|development|reform|emergency|management"
)
_HEAD_WORDS = frozenset(HEADS.split("|"))
# The part of a word that may be a place before an institution: it ends the word.
# Public: an equivalence test holds the lower-case shortcut to it (tests use public names).
PLACE_ENDING = compiled(r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?\Z")
# (syllables, is a surname) of a name part -> its role in a pair.
_ROLES = {(1, True): SURNAME, (2, False): GIVEN_NAME}
_COMMON_ENGLISH = 5.0  # Zipf frequency above which a one-syllable word is English (`He`, `Long`)
_MARKS = "names.word-marks"
_MARKS_BY_WORD = "names.word-marks-by-word"
_NO_VERDICT = bytes(2)


def _alternatives(pattern: str) -> set[str]:
    """Every string an alternation of words matches, for the few optional parts MODIFIERS
    uses (`tumou?r`, `diseases?`, `children['’]s`)."""
    found = set()
    for word in pattern.split("|"):
        forms = [word]
        for part, choices in (("['’]", ("'", "’")), ("u?", ("u", "")), ("s?", ("s", ""))):
            if part in word:
                forms = [form.replace(part, choice) for form in forms for choice in choices]
        found.update(forms)
    return found


# The words a modifier is, as `WordIndex.words` cuts them (a possessive `'s` left out).
MODIFIER_WORDS = frozenset(
    form[:-2] if form[-2:-1] in APOSTROPHES and form[-1] == "s" else form for form in _alternatives(MODIFIERS)
)


@dataclass
class WordMarks:
    """A document's words as marks: the bits some word has, and a byte per word in order.

    A word's verdict holds two bytes: its marks, and its role in an institution's name
    (`institution_blocks.word_role`, the second byte). Both come from one pass over the
    words (the pass costs more than anything done with its bytes)."""

    _verdicts: dict[str, bytes]
    _words: tuple[str, ...]

    @cached_property
    def present(self) -> int:
        """The union of the words' marks (from the bytes, in C: nearly every document needs
        them, and a loop over the words with a verdict would cost more)."""
        return reduce(or_, set(self.marks), 0)

    @cached_property
    def _both(self) -> bytes:
        """Two bytes per word: its marks, its role in an institution's name (joining the
        words' two-byte verdicts costs what mapping them to one byte each does)."""
        return b"".join(map(self._verdicts.get, self._words, repeat(_NO_VERDICT)))

    @cached_property
    def marks(self) -> bytes:
        """One byte per word of `WordIndex.words` (0 for a word with no mark)."""
        return self._both[0::2]

    @cached_property
    def institution_roles(self) -> bytes:
        """One byte per word of `WordIndex.words`: its `word_role` (0 for a word with none),
        as `institution_blocks.role_marks` gives them."""
        return self._both[1::2]


def word_marks(context: CheckContext) -> WordMarks:
    """The document's word marks, built once for the name checks (the bytes when first asked)."""
    return context.shared(_MARKS, _build_marks)


def _build_marks(context: CheckContext) -> WordMarks:
    verdicts: Verdicts[bytes] = context.memo(_MARKS_BY_WORD, _mark_judge(context))
    verdicts.among(context.words.distinct)  # every word judged, for the bytes
    return WordMarks(verdicts.verdicts, context.words.words)


def _mark_judge(context: CheckContext) -> Callable[[str], bytes | None]:
    return partial(
        _mark_of,
        analyzer=run_pinyin_analyzer(context),
        words=run_lexicon(context),
        places=gazetteer(context.resources),
    )


def _mark_of(word: str, analyzer: PinyinAnalyzer, words: Lexicon, places: Gazetteer) -> bytes | None:
    """The word's marks, then its role in an institution's name: two bytes (None for zeros)."""
    mark = name_role(word, analyzer, words) or 0
    if any(may_head_institution(place, places, analyzer) for place in place_endings(word)):
        mark |= PLACE
    if word in MODIFIER_WORDS:
        mark |= MODIFIER
    if head_of(word) is not None:
        mark |= HEAD
    role = word_role(word) or 0
    return bytes((mark, role)) if mark or role else None


def place_endings(word: str) -> Iterator[str]:
    """The places a word may end with before an institution: its `PLACE_ENDING`, or that of
    the word and a possessive `'s` (`Hunan's` is the word `Hunan`), in that order.

    A place ending begins with a capital, so a word in lower case (most words) is not
    searched: it has none."""
    if word.islower():
        return
    for form in (word, word + "'s", word + "’s"):
        place = PLACE_ENDING.search(form)
        if place is not None:
            yield place.group()


def name_part(word: str, analyzer: PinyinAnalyzer, words: Lexicon) -> tuple[int, bool] | None:
    """(syllables, is a surname) of a pinyin name that is no English word, else None."""
    analysis = analyzer.classify(word)
    if analysis.kind is TokenKind.PINYIN_NAME and not _english(word, len(analysis.syllables), words):
        return (len(analysis.syllables), word.casefold() in analyzer.surnames)
    return None


def name_role(
    word: str,
    analyzer: PinyinAnalyzer,
    words: Lexicon,
    part: Callable[[str], tuple[int, bool] | None] | None = None,
) -> int | None:
    """SURNAME for a one-syllable surname, GIVEN_NAME for a two-syllable given name, else
    None. `part` is `name_part` (a caching one may be given)."""
    if not word[:1].isupper():
        return None  # no pinyin name, judged without classifying
    surname = word.casefold() in analyzer.surnames
    if not surname and words.is_word(word):
        return None  # not a surname, so only a given name, which must be no English word
    if len(analyzer.segment(word) or ()) != (1 if surname else 2):
        return None  # a surname has one syllable, a given name two
    found = part(word) if part is not None else name_part(word, analyzer, words)
    return _ROLES.get(found)  # type: ignore[arg-type]


def _english(word: str, syllables: int, words: Lexicon) -> bool:
    """A given name must be no dictionary word; a surname only no very common one (`He`, `Long`),
    since dictionaries list surnames such as `Chen` and `Wang`."""
    if syllables == 1:
        return words.frequency(word) >= _COMMON_ENGLISH
    return words.is_word(word)


def may_head_institution(place: str, places: Gazetteer, analyzer: PinyinAnalyzer) -> bool:
    """A gazetteer name of two or more syllables may head an institution (`Hunan`)."""
    return bool(places.lookup(place)) and len(analyzer.segment(place) or ()) >= 2


def head_of(word: str) -> str | None:
    """The head word a document word is, as an institution's name ends with it: `hospital`,
    or `hospital` before an apostrophe (`hospital's`, whose word is `hospital` too)."""
    head = word.partition("'")[0].partition("’")[0]
    return head if head in _HEAD_WORDS else None
