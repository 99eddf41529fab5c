"""Where an institution's name may have a lower-case part: the few blocks of a document that
`institution_names` needs to read, found from the document's words.

Why: `institution_names` walks out from every lower-case part word (`health`, `bureau`; a
news document has hundreds), reads the chain of words around it and searches it for
capitals, yet a part needs a fix only with a capitalised word before it over connectors and
other parts, that word not at a sentence's start, and after it either a capitalised word
over connectors and parts or `<Head> of` right before it. The document's words (`WordIndex`,
built once for every check) each get one role character (`word_role`, remembered for the
run), and one C search of those characters finds such sequences. Only their words are then
located in the text (counting earlier occurrences of a part word: its code is its own) and
held to the text: one separator apart, the capital not at a sentence start. What passes marks
a block, a run of letters, apostrophes, hyphens and spaces (no chain crosses its edge), and
the plain walk reads that block alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat
from operator import countOf

from mtfix.names.institutions import CONNECTORS, PART_WORDS, institution_names, starts_sentence
from mtfix.names.wholenames import NameFix
from mtfix.patterns import compiled
from mtfix.text import WORD_AT, strip_possessive
from mtfix.wordindex import WordIndex

# The roles of words in a chain, one byte each. A lower-case part word has a code of its own
# (so its earlier occurrences can be counted in C); a part word written otherwise in lower
# case (`ﬁnance`) shares one.
CAPITAL = 1  # a capitalised word: a name's anchor
NAME_WORD = 2  # a connector or a part word in other than lower case: a name may go on over it
OTHER_PART = 3  # a lower-case part word without a code of its own
OF = 4  # `of`, a connector after which a head word's part may follow (`Ministry of agriculture`)
_FIRST_CODE = 5
_PART_CODES = {word: _FIRST_CODE + number for number, word in enumerate(sorted(PART_WORDS))}
assert _FIRST_CODE + len(_PART_CODES) <= 256  # a byte each
_PARTS = b"[\\x03\\x05-\\xff]"  # OTHER_PART and the part codes (from _FIRST_CODE)
_NAME_WORDS = b"[\\x02-\\xff]"  # NAME_WORD, OF and the parts
# A capital, then a run of connectors and parts holding a lower-case part, followed by a
# capital or, after `of`, a part: the words of every chain `institution_names` fixes
# (its first fixed part has a capital before it and one after, or `<Head> of` before it).
# Matches cannot overlap a capital, so each capital is tried.
_CANDIDATE = re.compile(
    b"\\x01(?:%s*%s%s*(?=\\x01)|\\x04%s%s*)" % (_NAME_WORDS, _PARTS, _NAME_WORDS, _PARTS, _NAME_WORDS)
)
_PART = re.compile(_PARTS)
# A word (`text.WORD`) and the separators after it, read back from the next word; a
# separator and the word after it. Words of one chain stand only separators apart.
_WORD_BEFORE = compiled(r"(?r)\p{L}+(?:['’\-]\p{L}+)*[ '’\-]+")
_WORD_AFTER = compiled(r"[ '’\-]+\p{L}+(?:['’\-]\p{L}+)*")
# The block around an offset: letters, apostrophes, hyphens and spaces.
_BLOCK_BEFORE = compiled(r"(?r)[\p{L}'’\- ]*")
_BLOCK_AFTER = compiled(r"[\p{L}'’\- ]*")


def word_role(word: str) -> int | None:
    """The role byte of a document word (`WordIndex.words`) in an institution's name,
    decided as `institution_names` decides it for a chain's word; None for any other word."""
    if word[:1].isupper():
        return CAPITAL
    if word == "of":
        return OF
    if word in CONNECTORS:
        return NAME_WORD
    if word.casefold() not in PART_WORDS:
        return None
    if not word.islower():
        return NAME_WORD
    return _PART_CODES.get(word, OTHER_PART)


def role_marks(words: tuple[str, ...]) -> bytes:
    """The role byte of each of `words` (0 for a word with none); `word_marks` (a document's
    word marks, built once for the name checks) gives the same as `institution_roles`."""
    roles = {word: role for word in set(words) if (role := word_role(word)) is not None}
    return bytes(map(roles.get, words, repeat(0)))


def gated_institution_names(
    text: str, words: tuple[str, ...] | None = None, marks: bytes | None = None
) -> Iterator[NameFix]:
    """What `institution_names(text)` finds, read only in the blocks where a name can be.
    `words`: the text's words (`WordIndex.words`); `marks`: their role bytes (`role_marks`);
    both found here when not given."""
    if words is None:
        words = WordIndex.of(text).words
    if marks is None:
        marks = role_marks(words)
    for start, end in institution_blocks(text, words, marks):
        yield from institution_names(text, start, end)


def institution_blocks(text: str, words: tuple[str, ...], marks: bytes) -> list[tuple[int, int]]:
    """The blocks of `text` (in order, apart) that may hold a chain `institution_names` fixes.
    `marks`: the role byte of each of `words` (the text's words), as `role_marks` gives them."""
    blocks: list[tuple[int, int]] = []
    for candidate in _CANDIDATE.finditer(marks):
        capital, after = candidate.start(), candidate.end()
        first = _PART.search(marks, capital + 1)
        assert first is not None  # the candidate holds a part
        part = first.start()
        found = _word_span(text, words[part], _occurrences_before(marks, words, part))
        if found is None:
            return [(0, len(text))]  # not found as the word index finds it: read everything
        start, end = found
        if blocks and start < blocks[-1][1]:
            continue  # in the block found last
        if not _is_fixable_there(text, marks, capital, part, after, start, end):
            continue
        before = _BLOCK_BEFORE.match(text, 0, start)
        after_block = _BLOCK_AFTER.match(text, start)
        assert before is not None and after_block is not None  # they match the empty string
        blocks.append((before.start(), after_block.end()))
    return blocks


def _occurrences_before(marks: bytes, words: tuple[str, ...], index: int) -> int:
    """How often `words[index]` occurs before `index` (a part with a code: counted in `marks`)."""
    code = marks[index]
    if code != OTHER_PART:
        return marks.count(code, 0, index)
    return countOf(words[:index], words[index])


def _word_span(text: str, word: str, earlier: int) -> tuple[int, int] | None:
    """The span of the word `word` (as `WordIndex` reads words: a possessive `'s` left out of
    the word, not of the span) after `earlier` others, or None."""
    index = text.find(word)
    while index >= 0:
        found = WORD_AT.match(text, index)
        if found is not None and strip_possessive(found.group()) == word:
            if not earlier:
                return found.span()
            earlier -= 1
        index = text.find(word, index + 1)
    return None


def _is_fixable_there(
    text: str, marks: bytes, capital: int, part: int, after: int, start: int, end: int
) -> bool:
    """Whether the candidate's words stand in the text as a chain needs them: from the capital
    (`capital`, a word index) to the first part (`part`, at `start`..`end` in the text), one
    separator apart and the capital at no sentence start; then either `of` between the two,
    or one separator apart on to the capital after the run (`after`, when one follows)."""
    position = start
    for _ in range(part - capital):
        word = _WORD_BEFORE.match(text, 0, position)
        if word is None:
            return False
        position = word.start()
    if starts_sentence(text, position):
        return False
    if marks[capital + 1] == OF and part == capital + 2:
        return True
    if after >= len(marks) or marks[after] != CAPITAL:
        return False
    position = end
    for _ in range(after - part):
        word = _WORD_AFTER.match(text, position)
        if word is None:
            return False
        position = word.end()
    return True
