"""Institution names with lower-case parts: a lower-case word inside a capitalised institution
name (`Hefei academy of Sciences`, `Ministry of agriculture`), and a lower-case place and its type
word heading one (`haidian District People’s Procuratorate`).

Why by structure: the name's extent comes from the capitalised words around the lower-case one,
joined by `of`/`and`, so the suggestion is the whole corrected name. The vocabularies below are
English words for the parts of institution names, not names.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

import regex

from mtfix.names.wholenames import NameFix, capitalise
from mtfix.patterns import compiled
from mtfix.text import WORD, StringSearch, folded_text, matches_at


def _words(text: str) -> frozenset[str]:
    """A vocabulary written as one string of words."""
    return frozenset(text.split())


# Words that end (head) an institution's name.
HEAD_WORDS = _words(
    """hospital hospitals university college bureau commission committee government centre center institute
    academy administration department association federation procuratorate court congress school ministry
    union unions festival headquarters office society league party company group museum library
    corporation council conference forum foundation park zone bank brigade troupe theatre theater
    stadium factory prison laboratory clinic station agency network command"""
)
# Lower-case words that are parts of institution names (their field or kind), not descriptions.
NAME_PART_WORDS = _words(
    """agriculture agricultural rural affairs civil health education commerce finance financial science
    sciences technology technical vocational normal polytechnic medical justice culture cultural tourism
    transport transportation water resources natural ecology ecological environment environmental housing
    urban development construction industry industrial information human social security public veterans
    emergency management foreign defense defence market regulation supervision statistics audit taxation
    customs sports medicine traditional forestry grassland fisheries land planning reform ethnic religious
    trade labor labour personnel propaganda organization legal political arts literature engineering
    economics energy railways communications meteorological meteorology archives press publication
    radio television film prevention control disease family maternal child children women youth
    cancer stomatological rehabilitation infectious diseases mental psychiatric general central
    municipal provincial discipline inspection procuratorial people people's people’s"""
)
CONNECTORS = frozenset({"of", "and", "for"})
# A lower-case name part or head word is a whole run of letters, apostrophes and hyphens
# (the words hold no other marks), where a chain that may need a fix is looked for. The part
# words are searched for in one automaton pass (built once), not every run of the text
# looked up, nor an alternation of 200 words tried at every position.
PART_WORDS = NAME_PART_WORDS | HEAD_WORDS
_PART_SEARCH = StringSearch(sorted(PART_WORDS), reused=True)
# A whole run: no letter, apostrophe or hyphen before it.
_RUN_AT = compiled(r"(?<![\p{L}'’-])[\p{L}'’-]+")
# A chain's words around a part, read backwards and forwards: words of letters, apostrophes
# and hyphens one space apart (a word before a space ends in a letter or an apostrophe).
_CHAIN_BEFORE = compiled(r"(?r)(?:[\p{L}'’-]*[\p{L}'’] )*")
_CHAIN_AFTER = compiled(r"(?: \p{L}[\p{L}'’-]*)*")
_SENTENCE_END = ".!?:;\n"
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our"})


def institution_names(text: str, start: int = 0, end: int | None = None) -> Iterator[NameFix]:
    """`Hefei academy of Sciences`, `Banner trade Union`, `Ministry of agriculture`: lower-case
    name parts between capitalised words of one name, or after `<Head> of`. Only the text
    from `start` to `end` is read, which must cut no run of letters, apostrophes, hyphens
    and spaces (a block of `institution_blocks`): no chain crosses such a cut."""
    hits = _part_word_starts(text, start, end)
    done = 0  # the end of the last chain looked at
    for hit in hits:
        if hit < done:
            continue  # in the chain looked at last (whole part or not: it changes nothing)
        part = _whole_part_at(text, hit)
        if part is None:
            continue
        chain_start, chain_end = chain_span(text, *part)
        done = chain_end
        written = text[chain_start:chain_end]
        if written.islower():
            continue  # no capital in the chain: no name to complete (its words are all lower)
        if written.isascii() and not _may_need_fix(text, chain_start, chain_end, hits):
            continue
        yield from chain_fixes(text, chain_start, chain_end)


def chain_fixes(text: str, start: int, end: int) -> Iterator[NameFix]:
    """The fix of the chain at `start`..`end` (see `chain_span`), when a part in it needs one."""
    return _fix_chain(text, list(WORD.finditer(text, start, end)))


# A capital, the last capital, and `of` with the marks after it read back from a part.
_CAPITAL = compiled(r"[A-Z]")
_LAST_CAPITAL = compiled(r"(?r)[A-Z]")
_OF_BEFORE = compiled(r"(?r)of[^A-Za-z]*")


def _may_need_fix(text: str, start: int, end: int, hits: list[int]) -> bool:
    """Whether the chain at `start`..`end`, ASCII text, holds a part word with a capital before
    it and, after it, a capital or `of` right before it: any part `_fix_chain` capitalises
    has them (its name's capitalised words on both sides, or `<Head> of` before it).

    Why: most chains that hold a part and a capital need no fix, and this costs a few
    searches in C instead of reading the chain's words. `hits`: the sorted offsets of the
    part words in the text. (Only in ASCII is a part written as the word it folds to.)"""
    first = _CAPITAL.search(text, start, end)
    last = _LAST_CAPITAL.search(text, start, end)
    if first is None or last is None:
        return False
    for hit in hits[bisect_left(hits, first.start() + 1) : bisect_left(hits, end)]:
        if last.start() > hit or _OF_BEFORE.match(text, start, hit) is not None:
            return True
    return False


def chain_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words one space apart around the part at `start`..`end`: the chain it may belong to.

    Why from a lower-case name part outwards: only chains holding one can need a fix, and a
    document has few, so the rest of the text is never split into words."""
    before = _CHAIN_BEFORE.match(text, 0, start)
    after = _CHAIN_AFTER.match(text, end)
    return before.start() if before else start, after.end() if after else end


def name_parts(text: str) -> list[tuple[int, int]]:
    """Where the lower-case name parts and head words of `text` are, each a whole run of
    letters, apostrophes and hyphens, in text order."""
    return _whole_parts(text, _part_word_starts(text))


def _part_word_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset where a part word occurs (as a word or inside one) from `start` to `end`,
    sorted, no repeats."""
    if start == 0 and end is None:
        return sorted(set(_PART_SEARCH.starts(text)))
    return sorted({start + index for index in _PART_SEARCH.starts(text[start:end])})


def _whole_parts(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """The spans of the `hits` (part word offsets) where a whole run is a part word."""
    return [part for hit in hits if (part := _whole_part_at(text, hit)) is not None]


def _whole_part_at(text: str, start: int) -> tuple[int, int] | None:
    """The span of the whole run at `start` when it is a part word."""
    run = _RUN_AT.match(text, start)
    return run.span() if run is not None and run[0] in PART_WORDS else None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _fix_chain(text: str, chain: list[regex.Match[str]]) -> Iterator[NameFix]:
    flags = [False] * len(chain)
    for position, word in enumerate(chain):
        lower = word[0]
        if not lower.islower() or lower in CONNECTORS or not _is_part(lower):
            continue
        left = _anchor(chain, position, -1)
        if left is None or starts_sentence(text, chain[left].start()):
            continue
        right = _anchor(chain, position, 1, stop_at_and=lower.casefold() in HEAD_WORDS)
        after_head_of = (
            position >= 2
            and chain[position - 1][0] == "of"
            and chain[position - 2][0].casefold() in HEAD_WORDS
            and _is_capitalised(chain[position - 2][0])
        ) or (position >= 1 and flags[position - 1] and right is None)
        head_right = any(word[0].casefold() in HEAD_WORDS for word in _name_after(chain, position))
        if (right is not None and head_right) or after_head_of:
            flags[position] = True
    flagged = [position for position, flag in enumerate(flags) if flag]
    if not flagged:
        return
    # The whole name: from the capitalised word before the first flagged word to the last
    # capitalised or flagged word after it.
    first = _anchor(chain, flagged[0], -1)
    assert first is not None
    while first > 0 and (
        (_is_capitalised(chain[first - 1][0]) and chain[first - 1][0] not in _DETERMINERS)
        or chain[first - 1][0] in CONNECTORS
    ):
        if chain[first - 1][0] in CONNECTORS and not (first >= 2 and _is_capitalised(chain[first - 2][0])):
            break
        first -= 1
    last = flagged[-1]
    while last + 1 < len(chain):
        following = chain[last + 1][0]
        if flags[last + 1] or _is_capitalised(following):
            last += 1
        elif following in CONNECTORS and last + 2 < len(chain) and _is_capitalised(chain[last + 2][0]):
            last += 2
        else:
            break
    if starts_sentence(text, chain[first].start()) and not _is_capitalised(chain[first][0]):
        return
    start, end = chain[first].start(), chain[last].end()
    pieces = []
    cursor = start
    for position in range(first, last + 1):
        word = chain[position]
        pieces.append(text[cursor : word.start()])
        pieces.append(capitalise(word[0]) if flags[position] else word[0])
        cursor = word.end()
    yield NameFix(start, end, "".join(pieces), "institution")


def _is_part(word: str) -> bool:
    folded = word.casefold()
    return folded in NAME_PART_WORDS or folded in HEAD_WORDS


def _name_after(chain: list[regex.Match[str]], position: int) -> Iterator[regex.Match[str]]:
    """The words from `position` on that may belong to the same name."""
    for word in chain[position:]:
        if not (_is_capitalised(word[0]) or word[0] in CONNECTORS or _is_part(word[0])):
            return
        yield word


def _anchor(
    chain: list[regex.Match[str]], position: int, step: int, *, stop_at_and: bool = False
) -> int | None:
    """The nearest capitalised word from `position` in direction `step`, over connectors and
    other name parts; None when a word of another kind comes first. After a head word
    (`bureau`), `and` ends the name (`the bureau and Hangzhou`), `of` continues it."""
    index = position + step
    while 0 <= index < len(chain):
        word = chain[index][0]
        if _is_capitalised(word):
            return index
        if stop_at_and and word == "and":
            return None
        if word not in CONNECTORS and not _is_part(word):
            return None
        index += step
    return None


_BEFORE_SENTENCE_START = frozenset(" \t\"“'‘(")


def starts_sentence(text: str, start: int) -> bool:
    """Whether only spaces, quotes and brackets stand between `start` and a sentence's end.
    (Read backwards from `start`: copying the text before it would cost its length per call.)"""
    index = start
    while index > 0 and text[index - 1] in _BEFORE_SENTENCE_START:
        index -= 1
    return index == 0 or text[index - 1] in _SENTENCE_END


# A lower-case place word, its type word, and the words that may continue an institution's name.
# Public: the equivalence test scans with it.
PLACE_LED = compiled(
    r"(?<![\p{L}'’.-])(?P<place>\p{Ll}+(?:['’]\p{Ll}+)?)\s+(?P<suffix>(?i:autonomous\s+(?:region|prefecture|county)"
    r"|province|provincial|prefecture|city|municipal|county|district|banner|league|town|township|sub-district))"
    r"(?![\p{L}-])"
)
# How each type word of `PLACE_LED` begins, lower-cased (`town` covers `township`).
_PLACE_TYPE_STARTS = StringSearch(
    (
        *("autonomous", "province", "provincial", "prefecture", "city", "municipal", "county"),
        *("district", "banner", "league", "town", "sub-district"),
    ),
    reused=True,
)
# The place word and the spaces before a type word, read backwards from the type word.
_PLACE_BEFORE = compiled(r"(?r)\p{Ll}+(?:['’]\p{Ll}+)?\s+")


def place_led_matches(text: str, folded: str | None = None) -> list[regex.Match[str]]:
    """The matches of `PLACE_LED.finditer(text)`, tried only at the word before a type word.

    Why: the pattern begins with any lower-case word, so a plain scan tries it at nearly
    every word; the type words are rare, found in the lower-cased text (`folded`, the
    text's `folded_text` when the caller has it) in one pass. A text that cannot be
    searched lower-cased is scanned plainly."""
    if folded is None:
        folded = folded_text(text)
    if folded is None:
        return list(PLACE_LED.finditer(text))
    starts = []
    for index in _PLACE_TYPE_STARTS.starts(folded):
        before = _PLACE_BEFORE.match(text, 0, index)
        if before is not None:
            starts.append(before.start())
    return matches_at(PLACE_LED, text, starts)


def place_led_names(
    text: str, is_place: Callable[[str, str], bool], folded: str | None = None
) -> Iterator[NameFix]:
    """`haidian District People’s Procuratorate`, `haidian district people’s procuratorate`,
    `hubei provincial department of education`: a lower-case place and its type word (or its
    adjective: `provincial`, `municipal`) at the head of an institution's name; the whole name
    is the fix. A place and its type alone (`hubei province`) are the place-name check's.
    `folded`: the text's `folded_text`, when the caller has it."""
    for led in place_led_matches(text, folded):
        suffix = led["suffix"]
        words = list(_name_words(text, led.end()))
        heads = [index for index, word in enumerate(words) if word[0].casefold() in HEAD_WORDS]
        if not heads and not suffix[:1].isupper():
            continue  # `hubei province`: the place-name check's
        if not is_place(led["place"], suffix) or starts_sentence(text, led.start()):
            continue
        last = heads[-1] if heads else -1  # without a head word, only capitalised words follow
        after_of = False  # `Bureau of civil affairs`: name parts after `of` continue the name
        while last + 1 < len(words):
            following = words[last + 1][0]
            if _is_capitalised(following) or (after_of and _is_part(following)):
                last += 1
            elif heads and following == "of" and last + 2 < len(words) and _is_part(words[last + 2][0]):
                last, after_of = last + 2, True
            else:
                break
        end = words[last].end() if last >= 0 else led.end()
        pieces = [capitalise(led["place"]), text[led.end("place") : led.start("suffix")]]
        pieces.append(" ".join(capitalise(part) for part in suffix.split(" ")))
        cursor = led.end()
        for word in words[: last + 1]:
            pieces.append(text[cursor : word.start()])
            pieces.append(word[0] if word[0] in CONNECTORS else capitalise(word[0]))
            cursor = word.end()
        yield NameFix(led.start(), end, "".join(pieces), "institution")


def _name_words(text: str, position: int) -> Iterator[regex.Match[str]]:
    """The words after `position`, one space apart, that may belong to an institution's name:
    capitalised words, name parts and head words, connectors between them."""
    while position + 1 < len(text) and text[position] == " ":
        word = WORD.match(text, position + 1)
        if word is None:
            return
        lower = word[0].casefold()
        if not (_is_capitalised(word[0]) or _is_part(lower) or lower in CONNECTORS):
            return
        yield word
        position = word.end()
