"""Pinyin analysis: split a word into Mandarin syllables and say what kind of token it is.

Why: a machine translation leaves Chinese names as pinyin. A correct name (`Huicheng`,
`Xi'an`, `Zhong-ping`) must never be touched by a speller or a word splitter, while a
CamelCase fusion (`WeiJian`, `ShouYuanDe`) is an artifact: an institution abbreviation
that was transliterated instead of translated. Both are recognised by segmenting the word
over the syllable inventory generated from pypinyin's data (rules/data/pinyin_syllables.txt).
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from mtfix.patterns import compiled
from mtfix.text import WORD, WORD_AT, find_starts, strip_possessive
from mtfix.verdicts import RunMemory, Verdicts

# Spellings of ü used in romanised names and ASCII text (Lü -> Lv, Lyu, Lu; Nü -> Nv, Nyu).
_UMLAUT_SPELLINGS = {"lü": ("lv", "lyu"), "nü": ("nv", "nyu"), "lüe": ("lve", "lue"), "nüe": ("nve", "nue")}
# A word: letters, with inner apostrophes (Xi'an) and hyphens (Zhong-ping) allowed.
_LONGEST_SYLLABLE = 6  # zhuang, shuang, chuang
_UNREACHED = 1 << 30  # more syllables than any word has: no segmentation reaches this end


class TokenKind(str, enum.Enum):
    """What a token is, as far as pinyin is concerned."""

    PINYIN_NAME = "pinyin-name"  # Huicheng, Xi'an, Zhong-ping: capitalised, all syllables
    PINYIN_CAMEL = "pinyin-camel"  # WeiJian, ShouYuanDe: inner capitals between syllables
    PINYIN_LOWER = "pinyin-lower"  # huicheng: lower case but all syllables (also many English words)
    BRAND = "brand"  # WeChat, iPhone: a known CamelCase name, never an artifact
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class TokenAnalysis:
    kind: TokenKind
    syllables: tuple[str, ...] = ()  # lower-case syllables when the token is pinyin

    @property
    def is_pinyin(self) -> bool:
        return self.kind in (TokenKind.PINYIN_NAME, TokenKind.PINYIN_CAMEL, TokenKind.PINYIN_LOWER)


class Token(NamedTuple):
    """One word and its code-point span (a tuple: built by C code, many per document)."""

    start: int
    end: int
    text: str


_SYLLABLE_BREAK = compiled(r"['’\-]")  # forced syllable boundaries: Xi'an, Zhong-ping
_CAMEL_PART = compiled(r"\p{Lu}\p{Ll}*")
_MATCH = type(WORD.match("a"))


def tokens(text: str) -> Iterator[Token]:
    """Words with their code-point spans; a possessive `'s` is left outside the word.

    Offsets and words are read off the matches and each `Token` is made by `tuple.__new__`,
    all through `map` (C code): no Python runs per word but for words with an apostrophe.
    """
    matches = list(WORD.finditer(text))
    make = tuple.__new__
    columns = zip(
        map(_MATCH.start, matches), map(_MATCH.end, matches), map(_MATCH.group, matches), strict=True
    )
    found = list(map(make, repeat(Token), columns))
    if "'" in text or "’" in text:
        for index, token in enumerate(found):
            word = strip_possessive(token.text)
            if word is not token.text:
                found[index] = make(Token, (token.start, token.start + len(word), word))
    return iter(found)


def occurrences(text: str, word: str) -> Iterator[int]:
    """Start offsets of `word` in `text` as `tokens` finds it (exact case), in order.

    For the few words a check flags: `str.find` proposes, the word pattern confirms, so
    no walk over every word and no pattern compiled per document.
    """
    for index in find_starts(text, word):
        match = WORD_AT.match(text, index)
        if match is not None and strip_possessive(match.group()) == word:
            yield index


def load_syllables(path: Path) -> frozenset[str]:
    """The syllable file (one a line, `#` comments), plus the ASCII spellings of ü."""
    syllables: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            syllables.add(line)
            syllables.update(_UMLAUT_SPELLINGS.get(line, ()))
    return frozenset(syllables)


def load_word_list(path: Path) -> frozenset[str]:
    """A plain list, one entry a line; `#` starts a comment."""
    entries = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(entry for entry in entries if entry)


class PinyinAnalyzer:
    """Segments words into syllables and classifies tokens. Immutable after construction.

    The shared analyzer remembers nothing; `in_run(memory)` gives the run's own copy,
    whose `segment`, `classify` and `is_pinyin_name` keep their verdicts in the run's
    memory (pure functions of the word, asked for the same words in every document).
    """

    def __init__(
        self, syllables: Iterable[str], brands: Iterable[str] = (), surnames: Iterable[str] = ()
    ) -> None:
        self.syllables = frozenset(syllables)
        self.brands = frozenset(brands)
        self._brands_folded = frozenset(brand.casefold() for brand in self.brands)
        self.surnames = frozenset(name.casefold() for name in surnames)

    def in_run(self, memory: RunMemory) -> PinyinAnalyzer:
        """A copy whose word verdicts are remembered in `memory` (the same data, shared)."""
        run = copy.copy(self)
        # Instance attributes shadow the methods; each judge is the plain method bound to
        # the copy, so `classify` reaches the remembered `segment` in turn.
        run.segment = memory.memo(_SEGMENTS, partial(PinyinAnalyzer.segment, run)).of  # type: ignore[method-assign,assignment]
        run.classify = memory.memo(_CLASSES, partial(PinyinAnalyzer.classify, run)).of  # type: ignore[method-assign,assignment]
        run.is_pinyin_name = memory.memo(  # type: ignore[method-assign,assignment]
            _PINYIN_NAMES, partial(PinyinAnalyzer.is_pinyin_name, run)
        ).of
        return run

    def segment(self, word: str) -> tuple[str, ...] | None:
        """The syllables of `word` (any case; `'`, `’` and `-` are forced boundaries), or None.

        Of the possible segmentations the one with the fewest syllables wins, which is the
        pinyin convention (`xian` is one syllable; two would be written `xi'an`).
        """
        pieces = _SYLLABLE_BREAK.split(word.casefold())
        result: list[str] = []
        for piece in pieces:
            found = self.segment_piece(piece)
            if found is None:
                return None
            result.extend(found)
        return tuple(result)

    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    def segment_piece(self, piece: str) -> tuple[str, ...] | None:
        """Fewest syllables by dynamic programming: `count[end]` syllables reach `end`, the
        last one starting at `back[end]` (the earliest start on a tie). Only reached starts
        are extended, so an English word fails after a syllable or two."""
        if not piece:
            return None
        size = len(piece)
        syllables = self.syllables
        count: list[int] = [0] + [_UNREACHED] * size
        back = [0] * (size + 1)
        for start in range(size):
            reached = count[start] + 1
            if reached > _UNREACHED:
                continue
            for end in range(start + 1, min(size, start + _LONGEST_SYLLABLE) + 1):
                if reached < count[end] and piece[start:end] in syllables:
                    count[end] = reached
                    back[end] = start
        if count[size] >= _UNREACHED:
            return None
        found = []
        end = size
        while end:
            found.append(piece[back[end] : end])
            end = back[end]
        return tuple(reversed(found))

    def is_brand(self, token: str) -> bool:
        return token in self.brands or (token.casefold() in self._brands_folded and not token.islower())

    def classify(self, token: str) -> TokenAnalysis:
        """Say whether `token` is a pinyin name, a CamelCase pinyin fusion, a brand or other."""
        if not token or (not token.isalpha() and not WORD.fullmatch(token)):
            return TokenAnalysis(TokenKind.OTHER)
        if self.is_brand(token):
            return TokenAnalysis(TokenKind.BRAND)
        camel = self._camel_parts(token)
        if camel is not None:
            return TokenAnalysis(TokenKind.PINYIN_CAMEL, camel)
        syllables = self.segment(token)
        if syllables is None:
            return TokenAnalysis(TokenKind.OTHER)
        if token.islower():
            return TokenAnalysis(TokenKind.PINYIN_LOWER, syllables)
        if _name_cased(token):
            return TokenAnalysis(TokenKind.PINYIN_NAME, syllables)
        return TokenAnalysis(TokenKind.OTHER, syllables)

    def _camel_parts(self, token: str) -> tuple[str, ...] | None:
        """Syllables of a CamelCase fusion: 2+ capitalised parts, each one or two syllables."""
        if not token.isalpha() or not token[0].isupper():
            return None
        parts = _CAMEL_PART.findall(token)
        if len(parts) < 2 or "".join(parts) != token:
            return None
        syllables: list[str] = []
        for part in parts:
            found = self.segment(part)
            if found is None or len(found) > 2:
                return None
            syllables.extend(found)
        return tuple(syllables)

    def is_pinyin_name(self, token: str) -> bool:
        """A correctly written pinyin name: capitalised, 2+ syllables or a known surname.

        Chinese names run to four syllables per written word (`Xishuangbanna`); a longer
        parse is an English word that happens to split into syllables (`Releasetime`).
        """
        analysis = self.classify(token)
        if analysis.kind is not TokenKind.PINYIN_NAME or len(analysis.syllables) > MAX_NAME_SYLLABLES:
            return False
        return len(analysis.syllables) >= 2 or token.casefold() in self.surnames


MAX_NAME_SYLLABLES = 4
# The run memories of `PinyinAnalyzer.in_run`.
_SEGMENTS = "names.pinyin.segment"
_CLASSES = "names.pinyin.classify"
_PINYIN_NAMES = "names.pinyin.is-pinyin-name"


def _name_cased(token: str) -> bool:
    """`Huicheng`, `Xi'an`, `Zhong-ping`, `Zhong-Ping`: each piece capitalised or lower case."""
    pieces = _SYLLABLE_BREAK.split(token)
    if not pieces[0][:1].isupper() or (not pieces[0][1:].islower() and len(pieces[0]) > 1):
        return False
    return all(piece.islower() or (piece[:1].isupper() and piece[1:].islower()) for piece in pieces[1:])


class RunPresence:
    """Which of a fixed set of lower-case words occur in a document as a whole run of letters.

    Why: a pattern that can only match where one of these words begins need not scan a
    document that holds none of them. A run of letters never spans `'`, `’` or `-`, and
    every run lies in one word of the document's `WordIndex` (the `s` of a possessive
    aside), so the runs of its *distinct* words answer. Lower-casing stands for
    case-insensitive matching only where `str.lower` keeps offsets and no character folds
    onto an ASCII letter unlike `str.lower` (see `folded_text`). Plain data: the run's
    memory of each word's runs is `QuietRunPresence`'s.
    """

    def __init__(self, wanted: Iterable[str]) -> None:
        self.wanted = frozenset(wanted)

    def runs(self, word: str) -> tuple[str, ...]:
        """The wanted runs of letters of `word`, lower-cased."""
        pieces = _SYLLABLE_BREAK.split(word) if "-" in word or "'" in word or "’" in word else (word,)
        return tuple(run for run in map(str.lower, pieces) if run in self.wanted)

    def present(self, words: Iterable[str]) -> set[str]:
        found: set[str] = {"s"} & self.wanted  # possessive `s`: not in the index's words
        for word in words:
            found.update(self.runs(word))
        return found


class QuietRunPresence:
    """`RunPresence.present`, with the words whose runs hold none of the wanted ones (most
    words) remembered for the run and passed over in C: they add nothing to its answer
    beyond the possessive `s` it adds for any words. Each word is asked about once a run.
    Shared by the checks that prefilter on words (compound prefixes, glossary renderings)."""

    __slots__ = ("_name", "_possessive", "presence")

    def __init__(self, wanted: Iterable[str], name: str) -> None:
        self.presence = RunPresence(wanted)
        self._possessive = self.presence.present(())
        self._name = name  # of its memory in the run's `RunMemory`

    def _telling(self, word: str) -> tuple[str, ...] | None:
        runs = self.presence.runs(word)
        return runs if set(runs) - self._possessive else None

    def present(self, memory: RunMemory, words: AbstractSet[str]) -> set[str]:
        telling: Verdicts[tuple[str, ...]] = memory.memo(self._name, self._telling, _MAX_REMEMBERED)
        found = set(self._possessive)
        runs_of = telling.verdicts
        for word in telling.among(frozenset(words)):
            found.update(runs_of[word])
        return found


_MAX_REMEMBERED = 200_000  # distinct words remembered across documents before starting afresh
