"""Chinese person names with lower-case parts: `ye Xiaodong`, `Zhang jianguo`, `li-yuan wang`,
`director liu`; and a name the document writes capitalised elsewhere (`held in zhongkezheng`).

Why by structure: a person's name is a surname from the surname table beside a given name of
two pinyin syllables (one word, maybe hyphenated); when one part is clear, the other is known
to be a name too, even when it is also an English word (`song Jianguo`, `bai Xiaoli`). The
given name itself must be no English word, so `Long said` or `Li will` stay alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import regex

from mtfix.cachefiles import cached_data
from mtfix.context import Resources
from mtfix.lexicon import Lexicon
from mtfix.names import glosses as glosses_module
from mtfix.names import surnames as surnames_module
from mtfix.names.glosses import meanings
from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.surnames import load_surnames
from mtfix.names.wholenames import NameFix, capitalise, letter_runs
from mtfix.names.word_pairs import (
    CAPITALISED_GIVEN,
    CAPITALISED_SURNAME,
    GIVEN_LIKE,
    LOWER_GIVEN,
    LOWER_SURNAME,
    MEANING_MARKS,
    MEANING_WORD,
    PERSON_MARKS,
    add_role,
    pair_marks,
    pairs_in_order,
)
from mtfix.paths import data_file
from mtfix.patterns import compiled
from mtfix.text import StringSearch, find_any_starts, find_starts, folded_text, matches_at

Words = set[str] | frozenset[str]  # a text's distinct words, as `Verdicts.among` takes them
# Public: the equivalence test scans with it.
PAIR = compiled(r"(?<![\p{L}'’.@/-])(\p{L}+(?:-\p{L}+)?) (\p{L}+(?:-\p{L}+)?)(?![\p{L}'’@/-])")
# Public: the equivalence test scans with it.
TITLED = compiled(
    r"(?<![\p{L}-])(?i:director|secretary|mayor|chairman|chairwoman|president|professor|dean|governor"
    r"|minister|comrade|teacher|doctor|dr\.|mr\.|ms\.|mrs\.|academician|principal|captain|chief)"
    r" (\p{Ll}+)(?![\p{L}'’-])"
)
# The titles of `TITLED`, lower-cased (`chair` begins two, `mr` and `ms` begin `mr.`, `ms.`, `mrs.`).
_TITLES = StringSearch(
    (
        *("director", "secretary", "mayor", "chair", "president", "professor", "dean", "governor"),
        *("minister", "comrade", "teacher", "doctor", "dr.", "mr", "ms.", "academician", "principal"),
        *("captain", "chief"),
    ),
    reused=True,
)
# Function words that are also surnames: a lower-case one is the English word.
_ENGLISH_FIRST = frozenset({"he", "an", "you", "yu", "e", "me", "wan", "man", "fan", "bo", "ban", "lang"})
_PLACE_SUFFIX_AFTER = compiled(
    r"\s+(?i:province|prefecture|city|county|district|banner|league|town|township|sub-district|village)\b"
)


def person_names(
    text: str,
    analyzer: PinyinAnalyzer,
    surnames: frozenset[str],
    is_word: Callable[[str], bool],
    given_names: Callable[[Words], set[str]] | None = None,
    folded: str | None = None,
    distinct: Words | None = None,
    in_order: tuple[str, ...] | None = None,
    surname_roles: Callable[[Words], Mapping[str, int]] | None = None,
    marks: bytes | None = None,
) -> Iterator[NameFix]:
    """Surname and given name with a lower-case part, in either order. `given_names`, when
    given, picks the given names among a set of words as `is_given_name` would (the run's
    memory of its verdicts, so each distinct word is judged once per run). `folded` and
    `distinct`: the text's `folded_text` and distinct words (`WordIndex.distinct`), when
    the caller has them. `in_order`: the text's words in order (`WordIndex.words`, with
    `distinct`), when the caller has them: the pairs are then found among them
    (`word_pairs`); `surname_roles`, when given, gives the `surname_role` of the words
    among a set that have one (the run's memory); `marks`, when given, are the words'
    `pair_marks` with their person roles (`add_person_roles`), built for several checks."""

    def given_among(words: Words) -> set[str]:
        return {word for word in words if is_given_name(word, analyzer, is_word)}

    # The words pairs are made of, or more: a word that is in no pair changes nothing. (A
    # word of a pair is a whole word of the text, with no apostrophe.)
    words = set(PERSON_PAIRS.word.findall(text)) if distinct is None else distinct
    found = (given_names or given_among)(words)
    if in_order is not None:
        if marks is None:
            if surname_roles is None:
                roles = {word: role for word in words if (role := surname_role(word, surnames)) is not None}
            else:
                roles = dict(surname_roles(words))
            codes: dict[str, int] = {}
            add_person_roles(codes, roles, found)
            marks = pair_marks(in_order, codes)
        pairs = pairs_in_order(text, in_order, marks, PERSON_MARKS, PAIR)
    else:
        pairs = PERSON_PAIRS.pairs_around(text, fixable_pair_words(found, surnames, words))
    for pair in pairs:
        fixed = person_pair_fix(pair[1], pair[2], found, surnames)
        if fixed is not None and not _PLACE_SUFFIX_AFTER.match(text, pair.end()):
            yield NameFix(pair.start(), pair.end(), f"{fixed[0]} {fixed[1]}", "person")
    if all(map(is_word, surnames.intersection(words))):
        return  # a titled surname is one of the words, and no English word (the usual case)
    for titled in titled_matches(text, folded):
        word = titled[1]
        if word in surnames and not is_word(word):
            yield NameFix(titled.start(1), titled.end(1), capitalise(word), "person")


def person_pair_fix(
    first: str, second: str, given: AbstractSet[str], surnames: frozenset[str]
) -> tuple[str, str] | None:
    """The two words of a pair as a person's name, when one is in lower case (`ye Xiaodong`,
    `Zhang jianguo`, `li-yuan wang`); None when they are not a name or need no fix.
    `given`: the given names among the text's words."""

    def surname(word: str) -> bool:
        return word.lower() in surnames

    lower_first = first.islower() and surname(first) and first not in _ENGLISH_FIRST
    if first.islower() and second.islower():
        if (lower_first and second in given) or (
            first in given and surname(second) and second not in _ENGLISH_FIRST
        ):
            return (capitalise(first), capitalise(second))
    elif lower_first and _capitalised(second) and second in given:
        return (capitalise(first), second)
    elif _capitalised(first) and second.islower() and surname(first) and second in given:
        return (first, capitalise(second))
    return None


def fixable_pair_words(given: AbstractSet[str], surnames: frozenset[str], words: Words) -> set[str]:
    """Words one of which every pair `person_pair_fix` fixes holds: the given names in lower
    case, and the surnames among `words` (the text's) that are no English function word.

    Why: a fixed pair always holds a lower-case given name or surname, and those are rare;
    the capitalised given names (`Beijing`, `Xinhua`) are frequent, and trying the pairs
    around them all cost more than the rest of the check."""
    return {word for word in given if word.islower()} | (surnames.intersection(words) - _ENGLISH_FIRST)


def titled_matches(text: str, folded: str | None = None) -> list[regex.Match[str]]:
    """The matches of `TITLED.finditer(text)`, tried only where a title begins.

    Why: a case-insensitive alternation is tried at every position of a plain scan; the
    titles are found in the lower-cased text (`folded`, the text's `folded_text` when the
    caller has it) in one pass. A text that cannot be searched lower-cased is scanned."""
    if folded is None:
        folded = folded_text(text)
    if folded is None:
        return list(TITLED.finditer(text))
    return matches_at(TITLED, text, _TITLES.starts(folded))


@dataclass(frozen=True)
class PairScan:
    """Two words a space apart (`pattern`, overlapped), found only around wanted words.

    Why: every fix of a pair check needs a given name in its pair, and judging each distinct
    word once beats trying a pair at every word of the text. `word` finds the pair's words as
    the pattern takes them (greedy), `before` the word before a space, read backwards."""

    pattern: regex.Pattern[str]
    word: regex.Pattern[str]
    before: regex.Pattern[str]

    def pairs_around(self, text: str, wanted: AbstractSet[str]) -> list[regex.Match[str]]:
        """The matches of `pattern.finditer(text, overlapped=True)` with a word of `wanted`
        (words as `word` finds them), tried only at the wanted words and the words before them."""
        if not wanted:
            return []
        if len(wanted) <= _FEW_WANTED:  # a search per word (in C) beats a loop over all words
            found: Iterable[int] = (start for word in wanted for start in find_starts(text, word))
        else:
            found = find_any_starts(text, wanted)
        starts: set[int] = set()
        for start in found:  # where a wanted word may stand (a superset: the filter below)
            starts.add(start)
            before = self.before.match(text, 0, start)
            if before is not None:
                starts.add(before.start())
        return [
            pair
            for start in sorted(starts)
            if (pair := self.pattern.match(text, start)) is not None
            and (pair[1] in wanted or pair[2] in wanted)
        ]


_FEW_WANTED = 32  # up to this many wanted words, each is searched for on its own


def is_given_name(word: str, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool]) -> bool:
    """Two pinyin syllables, four letters or more, no English word (`jianguo`, `xiao-li`).
    (The cheapest test first: most words are short or English.)"""
    plain = word.replace("-", "")
    if len(plain) < 4:
        return False
    lower = plain.lower()
    if is_word(lower):
        return False
    syllables = analyzer.segment(lower)
    return syllables is not None and len(syllables) == 2


PERSON_PAIRS = PairScan(PAIR, regex.compile(r"\p{L}+(?:-\p{L}+)?"), regex.compile(r"(?r)\p{L}+(?:-\p{L}+)? "))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].replace("-", "").islower()


def is_pinyin_name_word(word: str, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool]) -> bool:
    """A lower-case word of two or more pinyin syllables, no English word (`zhongshan`)."""
    return word.islower() and not is_word(word) and len(analyzer.segment(word) or ()) >= 2


def names_capitalised_elsewhere(
    text: str,
    analyzer: PinyinAnalyzer,
    is_word: Callable[[str], bool],
    distinct: Words | None = None,
    pinyin_words: Callable[[Words], set[str]] | None = None,
) -> Iterator[NameFix]:
    """A lower-case pinyin word of two or more syllables that the document also writes
    capitalised (`held in zhongkezheng` beside `Zhongkezheng Automation`), as a run of
    letters (`Zhongkezheng-based`). `distinct`: the text's distinct words
    (`WordIndex.distinct`), when the caller has them; `pinyin_words`, when given, picks
    the words among a set as `is_pinyin_name_word` would (the run's memory)."""
    if distinct is None:
        runs = letter_runs(text)
        candidates = {word for word in runs if is_pinyin_name_word(word, analyzer, is_word)}
        names = sorted(lower for lower in candidates if capitalise(lower) in runs)
    else:
        # A name is found only as a whole word; its capitalised form may stand inside a joined
        # word (`Zhongshan-based`), so that is looked for as a run of letters in the text.
        chosen = (
            pinyin_words(distinct)
            if pinyin_words
            else {word for word in distinct if is_pinyin_name_word(word, analyzer, is_word)}
        )
        names = sorted(lower for lower in chosen if _is_letter_run(text, capitalise(lower)))
    for start, end in whole_word_spans(text, names):
        if _PLACE_SUFFIX_AFTER.match(text, end):
            continue  # `lianshan district`: the place-name check capitalises name and suffix
        yield NameFix(start, end, capitalise(text[start:end]), "elsewhere")


_NOT_JOINED_BEFORE = compiled(r"(?<![\p{L}'’-])")
_NOT_JOINED_AFTER = compiled(r"(?![\p{L}'’-])")


def whole_word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where `words` (runs of letters) stand with no letter, apostrophe or hyphen on either
    side, in text order: what `finditer` of one alternation of them finds.

    Why: the words are one document's, so the alternation would be compiled per document,
    which costs more than a `str.find` pass per word (there are few)."""
    found = []
    for word in words:
        size = len(word)
        for start in find_starts(text, word):
            if (
                _NOT_JOINED_BEFORE.match(text, start) is not None
                and _NOT_JOINED_AFTER.match(text, start + size) is not None
            ):
                found.append((start, start + size))
    found.sort()
    return found


_RUN_AT = compiled(r"(?<!\p{L})\p{L}+")  # a whole run of letters


def _is_letter_run(text: str, letters: str) -> bool:
    """Whether `letters` stands in `text` as a whole run of letters (as `letter_runs` finds)."""
    size = len(letters)
    for start in find_starts(text, letters):
        run = _RUN_AT.match(text, start)
        if run is not None and run.end() == start + size:
            return True
    return False


def surname_meanings(resources: Resources) -> Mapping[str, tuple[str, ...]]:
    """English gloss -> the pinyin of the one-character surnames it translates (`king` -> Wang,
    `plum` -> Li, Mei), in the surname table's order (the Hundred Family Surnames)."""

    def index() -> dict[str, tuple[str, ...]]:
        table = load_surnames(data_file("surnames.tsv"))
        rank = {name: position for position, name in enumerate(name for name in table if len(name) == 1)}
        # A set, not the dict: an intersection with a set walks the smaller of the two.
        one_character = frozenset(rank)
        found: dict[str, list[str]] = {}
        for keyword, units in meanings(resources).items():
            # The surnames among the units (a set intersection), in the table's order.
            for name in sorted(units.intersection(one_character), key=rank.__getitem__):
                found.setdefault(keyword, []).append(table[name][0].capitalize())
        return {keyword: tuple(dict.fromkeys(names)) for keyword, names in found.items()}

    def build(_: Resources) -> Mapping[str, tuple[str, ...]]:
        # Kept in the start-up cache: walking every gloss cost a run that asks about 5 ms.
        sources = (data_file("surnames.tsv"), data_file("cedict/glosses.tsv"))
        modules = (Path(__file__), Path(glosses_module.__file__), Path(surnames_module.__file__))
        return MappingProxyType(cached_data("surname-meanings", (*sources, *modules), index))

    return resources.load("names.surname-meanings", build)


# Public: the equivalence test scans with it.
MEANING_PAIR = compiled(r"(?<![\p{L}'’-])(\p{L}+) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])")
MEANING_PAIRS = PairScan(MEANING_PAIR, regex.compile(r"\p{L}+"), regex.compile(r"(?r)\p{L}+ "))
# After a one-syllable given name: another name word, or an era (`Ming Dynasty`, `Tang poems`).
_AFTER_ONE_SYLLABLE = compiled(
    r"\s+(?:\p{Lu}|(?i:dynasty|dynasties|era|period|style|porcelain|vases?|poems?)\b)"
)
_FUNCTION_WORD = 6.0  # Zipf frequency of function words (`the`, `by`, `with`): never a surname


def is_given_like(
    word: str, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool], is_place: Callable[[str], bool]
) -> bool:
    """A capitalised word of one or two pinyin syllables, no English word, and of two no
    place's name (`Xiaoming`, `Hua`, not `Nanping`): what a given name after a surname read
    by its meaning must be."""
    if not word[:1].isupper():
        return False
    lower = word.lower()
    if is_word(lower):  # before segmenting: most capitalised words are English
        return False
    syllables = len(analyzer.segment(lower) or ())
    if syllables not in (1, 2):
        return False
    return syllables == 1 or not is_place(word)


def surnames_by_meaning(
    text: str,
    analyzer: PinyinAnalyzer,
    surnames: frozenset[str],
    lexicon: Lexicon,
    by_meaning: Callable[[], Mapping[str, tuple[str, ...]]],
    is_place: Callable[[str], bool],
    distinct: Words | None = None,
    given_like: Callable[[Words], set[str]] | None = None,
    in_order: tuple[str, ...] | None = None,
    meaning_words: Callable[[Words], set[str]] | None = None,
    marks: bytes | None = None,
) -> Iterator[NameFix]:
    """`king Xiaoming` -> `Wang Xiaoming`: an English word that glosses a surname, right before
    a capitalised two-syllable pinyin given name that is no English word and no place's name
    (`beautiful Nanping`, `green Fujian` are adjectives before places). A one-syllable given
    name (`plum Hua`) needs more: the English word in lower case, and no capitalised word or
    era word after the name (`yellow Ming vases`, `the Ming Dynasty`). `distinct`: the
    text's distinct words (`WordIndex.distinct`, a whole word of the text is one of them),
    when the caller has them; `given_like`, when given, picks the words among a set as
    `is_given_like` would (the run's memory). `in_order`: the text's words in order
    (`WordIndex.words`, with `distinct`), when the caller has them: the pairs are then found
    among them (`word_pairs`), and `meaning_words`, when given, picks the words among a
    set as `is_meaning_word` would (the run's memory); `marks`, when given, are the words'
    `pair_marks` with these roles (`add_meaning_roles`), built for several checks."""
    index: Mapping[str, tuple[str, ...]] | None = None
    words = letter_runs(text) if distinct is None else distinct
    # Every given name the loop below accepts is one of these (it decides the rest).
    if given_like is None:
        wanted = {word for word in words if is_given_like(word, analyzer, lexicon.is_word, is_place)}
    else:
        wanted = given_like(words)
    if in_order is not None and wanted:
        index = by_meaning()
        if meaning_words is None:
            firsts = {word for word in words if is_meaning_word(word, lexicon, surnames, index)}
        else:
            firsts = meaning_words(words)
        if marks is None:
            codes: dict[str, int] = {}
            add_meaning_roles(codes, firsts, wanted)
            marks = pair_marks(in_order, codes)
        marked = pairs_in_order(text, in_order, marks, MEANING_MARKS, MEANING_PAIR)
        pairs = [pair for pair in marked if pair[1] in firsts and pair[2] in wanted]
    else:
        pairs = MEANING_PAIRS.pairs_around(text, wanted)
    for pair in pairs:
        word, given = pair[1], pair[2]
        lower = word.lower()
        if lower in surnames or lexicon.frequency(lower) >= _FUNCTION_WORD or not lexicon.is_word(lower):
            continue  # a pinyin surname (`song`) is the person check's; `the`, `by` are no names
        syllables = analyzer.segment(given.lower())
        if syllables is None or lexicon.is_word(given.lower()):
            continue
        if len(syllables) == 2 and is_place(given):
            continue  # one syllable is rarely a place written alone (`Hua` is Hua County)
        if len(syllables) == 1:
            if not word.islower() or _AFTER_ONE_SYLLABLE.match(text, pair.end()):
                continue
        elif len(syllables) != 2:
            continue
        if index is None:
            index = by_meaning()
        found = index.get(lower)
        if found:
            yield NameFix(pair.start(), pair.start() + len(word), found[0], "surname-meaning", found[1:])


def is_meaning_word(
    word: str, lexicon: Lexicon, surnames: frozenset[str], by_meaning: Mapping[str, tuple[str, ...]]
) -> bool:
    """An English word, no function word and no pinyin surname, that glosses a surname: what
    the word before a given name in a fix of `surnames_by_meaning` must be."""
    lower = word.lower()
    return (
        bool(by_meaning.get(lower))
        and lower not in surnames
        and lexicon.frequency(lower) < _FUNCTION_WORD
        and lexicon.is_word(lower)
    )


def surname_role(word: str, surnames: frozenset[str]) -> int | None:
    """A word's surname roles in a pair `person_pair_fix` fixes (`word_pairs`), or None."""
    if word.lower() not in surnames:
        return None
    role = 0
    if word.islower() and word not in _ENGLISH_FIRST:
        role |= LOWER_SURNAME
    if _capitalised(word):
        role |= CAPITALISED_SURNAME
    return role or None


def add_person_roles(
    codes: dict[str, int], surname_roles: Mapping[str, int], given: AbstractSet[str]
) -> None:
    """Give the words of `codes` their roles in person pairs: `surname_roles` (each word's
    `surname_role`) and the given names among the text's words by their case."""
    for word, role in surname_roles.items():
        codes[word] = codes.get(word, 0) | role
    add_role(codes, (word for word in given if word.islower()), LOWER_GIVEN)
    add_role(codes, (word for word in given if _capitalised(word)), CAPITALISED_GIVEN)


def add_meaning_roles(codes: dict[str, int], firsts: AbstractSet[str], given: AbstractSet[str]) -> None:
    """Give the words of `codes` their roles in pairs of a surname read by its meaning: the
    words that gloss a surname (`is_meaning_word`) and the possible given names after them."""
    add_role(codes, firsts, MEANING_WORD)
    add_role(codes, given, GIVEN_LIKE)
