"""An English lexicon: how common a string is, and whether a dictionary lists it as a word.

Why: deciding that `principlesof` is two words, or that `presened` is a typo of
`presented`, needs two facts that no single list gives well:

- frequency, from `wordfreq` (its `large` English list: about 320,000 strings pooled from
  Wikipedia, subtitles, news, books, web text and social media). It knows the proper nouns
  of news (`changsha`, `wechat`, `xinhua`) but, being web-derived, also common misspellings
  (`alongwith`, `hih`), so it cannot say what is a word;
- word-hood, from the dictionary bundled with `symspellpy` (82,765 words: SCOWL, the spell
  checker word lists, intersected with Google Books n-grams). It lists rare but real words
  (`seethe`, `afire`, `abut`, `thereon`) that a frequency model would happily split.

Both are built once per process through `Resources.load("lexicon", ...)`: read from a
cache file in a few milliseconds (see `lexicon_cache.py`), built from the two packages in
about 0.5 s the first time or after an upgrade.

The Zipf value of a word is log10 of its frequency per billion words: 7.7 for `the`,
4.4 for `principles`, 2.0 for the web misspelling `alongwith`, 0 for an unseen string.
Users extend the lexicon with accepted words (config key `words`): an accepted word is
never split, never spelled differently, and counts as known.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

from mtfix.cachefiles import cache_folder
from mtfix.errors import ConfigError
from mtfix.lexicon_cache import load_table, source_key

if TYPE_CHECKING:
    from mtfix.context import Resources

WORDFREQ_LIST = "large"
SYMSPELL_DICTIONARY = "frequency_dictionary_en_82_765.txt"
ACCEPTED_WORDS_FILE = "accepted-words.txt"  # under rules/data/


class WordTable(Protocol):
    """Case-folded word -> (Zipf frequency, listed in the dictionary)."""

    def lookup(self, folded: str) -> tuple[float, bool]: ...


@dataclass(frozen=True)
class MappingTable:
    """The table as a dict and a set (tests, tools, and when no cache can be used)."""

    zipf: Mapping[str, float]
    dictionary: frozenset[str] = frozenset()

    def lookup(self, folded: str) -> tuple[float, bool]:
        return self.zipf.get(folded, 0.0), folded in self.dictionary


class Lexicon:
    """Lower-case word -> Zipf frequency and dictionary membership, plus the words a user
    has accepted."""

    def __init__(self, table: WordTable, accepted: frozenset[str] = frozenset()) -> None:
        self.table = table
        self.accepted = accepted  # case-folded

    def frequency(self, word: str) -> float:
        """Zipf frequency of `word` in any case; 0.0 when the lexicon has never seen it."""
        return self.table.lookup(word.casefold())[0]

    def knows(self, word: str, min_zipf: float = 1.0) -> bool:
        """True for an accepted word or one at least as common as `min_zipf`."""
        return self.is_accepted(word) or self.frequency(word) >= min_zipf

    def is_word(self, word: str) -> bool:
        """True for a dictionary word or an accepted word, in any case."""
        folded = word.casefold()
        return self.table.lookup(folded)[1] or folded in self.accepted

    def is_accepted(self, word: str) -> bool:
        return word.casefold() in self.accepted


def load_word_list(path: Path) -> frozenset[str]:
    """A plain word list, one entry a line, `#` starts a comment; entries case-folded."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read word list: {error}") from error
    entries = (line.split("#", 1)[0].strip() for line in lines)
    return frozenset(entry.casefold() for entry in entries if entry)


def zipf_table(buckets: Sequence[Sequence[str]]) -> Mapping[str, float]:
    """wordfreq's frequency list (bucket i holds the words at -i centibels, i.e. a
    frequency of 10**(-i/100)) -> read-only table of Zipf values (9 - i/100).

    Reading the buckets directly is three times faster than `get_frequency_dict` plus a
    logarithm per word; later buckets are written first so a word keeps its best value.
    """
    table: dict[str, float] = {}
    for index in range(len(buckets) - 1, -1, -1):
        if buckets[index]:
            table.update(dict.fromkeys(buckets[index], round(9.0 - index / 100, 2)))
    return MappingProxyType(table)


def accepted_words(resources: Resources) -> frozenset[str]:
    """The built-in accepted list plus every list named by the `words` setting (shared)."""
    return resources.load("accepted-words", _load_accepted_words)


def _load_accepted_words(resources: Resources) -> frozenset[str]:
    from mtfix.registry import builtin_rules_dir

    paths: list[Path] = [builtin_rules_dir() / "data" / ACCEPTED_WORDS_FILE, *resources.settings.words]
    words: set[str] = set()
    for path in paths:
        if path.is_file() or path in resources.settings.words:
            words.update(load_word_list(path))
    return frozenset(words)


def lexicon(resources: Resources) -> Lexicon:
    """The process-wide lexicon, built on first use (from the cache file when it is current).

    The accepted words are loaded first, outside the lexicon's factory: `Resources.load`
    holds a non-reentrant lock while a factory runs, so a factory must not load another key.
    """
    accepted = accepted_words(resources)
    return resources.load(
        "lexicon", lambda _: Lexicon(load_table(cache_folder(), source_key(), _sources), accepted)
    )


def _sources() -> tuple[Mapping[str, float], frozenset[str]]:
    """The word frequencies of wordfreq and the words of symspellpy's dictionary."""
    import wordfreq

    return zipf_table(wordfreq.get_frequency_list("en", wordlist=WORDFREQ_LIST)), load_dictionary()


def load_dictionary() -> frozenset[str]:
    """symspellpy's bundled English dictionary (`word count` lines), words only."""
    text = (importlib.resources.files("symspellpy") / SYMSPELL_DICTIONARY).read_text(encoding="utf-8")
    return frozenset(line.split(" ", 1)[0] for line in text.splitlines() if line)


def lexicon_from_words(
    words: Iterable[tuple[str, float]], dictionary: Iterable[str] = (), accepted: Iterable[str] = ()
) -> Lexicon:
    """A small lexicon from (word, zipf) pairs: for tests and tools, no data files needed."""
    table = {word.casefold(): zipf for word, zipf in words}
    return Lexicon(
        MappingTable(MappingProxyType(table), frozenset(word.casefold() for word in dictionary)),
        frozenset(word.casefold() for word in accepted),
    )
