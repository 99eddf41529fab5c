"""The zh->en institutional glossary: wrong renderings a machine translation produces, and the
right one (rules/data/glossary.toml plus the files listed in the `glossaries` setting).

Why data: the same Chinese term (卫健委) comes out as `WeiJianWei`, `Health and Health
Commission` or `Health and Wellness Committee`; each is fixed by one table entry, and a user
adds the terms of their own field without writing code.

File format (TOML), one table per term:

    [[term]]
    zh = "卫健委"                               # the Chinese term (documentation)
    en = "Health Commission"                   # the right rendering
    wrong = ["WeiJianWei", "Health and Health Commission"]
    note = "卫生健康委员会, the health commission"
    safe = true                                # false: a rendering a writer may mean (optional)
    context = "report"                         # only as the source of a report (optional)

A file may say `protect_words = false` before its terms: then the words of its multi-word
targets are not shielded from the speller and the glued-word splitter (a table of general names
such as `New York Times` would otherwise shield `Times` in `ClickTimes`); one-word targets
(`TikTok`) always are.

`context = "report"` makes a rendering that is also ordinary English count only where it
names the source of a report (`people's daily reported`, `according to people's daily`), not
in `the people's daily lives`.

A wrong rendering matches whole words, case-insensitively. One that differs from `en` only in
case (`xinhua news agency`) catches the name with any word lower-cased, never the name itself
nor the name in capitals (a heading). An `en` in lower case (a modifier such as `health` for
the abbreviation `WeiJian`) takes the case of its context: capitalised before a capitalised
word or at a sentence start (`WeiJian Bureau` -> `Health Bureau`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtfix.cachefiles import cached_data
from mtfix.context import Resources
from mtfix.datafiles import read_data_text
from mtfix.errors import ConfigError
from mtfix.paths import data_file
from mtfix.patterns import compiled

_ENTRY_KEYS = {"zh", "en", "wrong", "note", "safe", "context"}
CONTEXTS = ("", "report")  # anywhere; only as the source of a report


class GlossaryError(ConfigError):
    """A glossary file or entry that does not validate; names the file and the entry."""

    def __init__(self, path: Path | str, entry: str | None, reason: str) -> None:
        where = f"{path}: term {entry}" if entry else str(path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    zh: str
    en: str
    wrong: tuple[str, ...]
    note: str = ""
    origin: str = ""
    safe: bool = True  # False for literal renderings a writer may have chosen on purpose
    protects_words: bool = True  # the words of `en` are names no speller may touch
    context: str = ""  # "report": a rendering only where it is the source of a report

    @property
    def follows_context_case(self) -> bool:
        """A lower-case target is a modifier whose case depends on where it lands."""
        return self.en[:1].islower()


@dataclass(frozen=True)
class Glossary:
    entries: tuple[GlossaryEntry, ...] = ()

    def by_wrong(self) -> dict[str, GlossaryEntry]:
        """Case-folded wrong rendering -> entry (a later file overrides an earlier one)."""
        return {wrong.casefold(): entry for entry in self.entries for wrong in entry.wrong}

    def lookup(self, rendering: str) -> GlossaryEntry | None:
        """The entry of which `rendering` is a wrong rendering; never one whose right name it
        is (`DiDi` is the name that the lower-case rendering `didi` stands for)."""
        folded = rendering.casefold()
        for entry in reversed(self.entries):
            if any(wrong.casefold() == folded for wrong in entry.wrong):
                return None if rendering == entry.en else entry
        return None

    def target_terms(self) -> frozenset[str]:
        """The right renderings whose words no speller or splitter may change."""
        return frozenset(
            entry.en for entry in self.entries if entry.protects_words or len(entry.en.split()) == 1
        )


def load_glossary_file(path: Path) -> tuple[GlossaryEntry, ...]:
    """Parse and validate one glossary file; every error names the file and the entry."""
    try:
        data = tomllib.loads(read_data_text(path))
    except tomllib.TOMLDecodeError as error:
        raise GlossaryError(path, None, f"invalid TOML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise GlossaryError(path, None, f"cannot read: {error}") from error
    unknown = set(data) - {"term", "protect_words"}
    if unknown:
        raise GlossaryError(path, None, f"unknown key(s): {', '.join(sorted(unknown))}; expected [[term]]")
    terms = data.get("term", [])
    if not isinstance(terms, list):
        raise GlossaryError(path, None, "'term' must be an array of tables ([[term]])")
    protects_words = data.get("protect_words", True)
    if not isinstance(protects_words, bool):
        raise GlossaryError(path, None, "'protect_words' must be true or false")
    return tuple(_entry(item, index, path, protects_words) for index, item in enumerate(terms, start=1))


def _entry(item: Any, index: int, path: Path, protects_words: bool = True) -> GlossaryEntry:
    label = f"#{index}"
    if isinstance(item, Mapping) and isinstance(item.get("en"), str):
        label = f"#{index} ({item['en']})"

    def fail(reason: str) -> GlossaryError:
        return GlossaryError(path, label, reason)

    if not isinstance(item, Mapping):
        raise fail("must be a table")
    unknown = set(item) - _ENTRY_KEYS
    if unknown:
        raise fail(f"unknown key(s): {', '.join(sorted(unknown))}")
    en = item.get("en")
    if not isinstance(en, str) or not en.strip():
        raise fail("'en' (the right rendering) is required")
    wrong = item.get("wrong")
    if isinstance(wrong, str):
        wrong = [wrong]
    if not isinstance(wrong, list) or not wrong or not all(isinstance(w, str) and w.strip() for w in wrong):
        raise fail("'wrong' must be a non-empty list of renderings")
    if any(w.strip() == en.strip() for w in wrong):
        raise fail("a wrong rendering equals the right one")
    for key in ("zh", "note"):
        if not isinstance(item.get(key, ""), str):
            raise fail(f"'{key}' must be a string")
    if not isinstance(item.get("safe", True), bool):
        raise fail("'safe' must be true or false")
    if item.get("context", "") not in CONTEXTS:
        raise fail(f"'context' must be one of: {', '.join(repr(c) for c in CONTEXTS)}")
    return GlossaryEntry(
        zh=item.get("zh", ""),
        en=en.strip(),
        wrong=tuple(w.strip() for w in wrong),
        note=item.get("note", ""),
        origin=str(path),
        safe=item.get("safe", True),
        protects_words=protects_words,
        context=item.get("context", ""),
    )


def load_glossaries(paths: Iterable[Path]) -> Glossary:
    """Every entry of every file, in order (a later file's entry wins on the same wrong rendering)."""
    return Glossary(tuple(entry for path in paths for entry in load_glossary_file(path)))


# The shipped glossaries, in order, each with the name of its start-up cache.
BUILT_IN = (
    ("glossary-cedict", "cedict/glossary.toml"),
    ("glossary-departments", "glossary-departments.toml"),
    ("glossary-hand", "glossary.toml"),
)


def load_built_in_file(name: str, path: Path) -> tuple[GlossaryEntry, ...]:
    """A shipped glossary file's entries, parsed once and kept in the start-up cache
    (`cachefiles.cached_data`, `name`). Why: parsing the shipped TOML cost every run about
    35 ms, and every run reads the glossary (name protection does)."""
    rows = cached_data(
        name, (path, Path(__file__)), lambda: [_row(entry) for entry in load_glossary_file(path)]
    )
    return tuple(
        GlossaryEntry(zh, en, tuple(wrong), note, str(path), safe, protects_words, context)
        for zh, en, wrong, note, safe, protects_words, context in rows
    )


def _row(entry: GlossaryEntry) -> tuple[str, str, tuple[str, ...], str, bool, bool, str]:
    """An entry as plain data (its origin is the file it is read from)."""
    return entry.zh, entry.en, entry.wrong, entry.note, entry.safe, entry.protects_words, entry.context


def glossary(resources: Resources) -> Glossary:
    """The built-in glossaries plus the user's `glossaries` files, loaded once per process.
    A later file wins on the same rendering: CC-CEDICT's general names first, then the
    departments table made for local government bodies, then the hand-written entries."""

    def build(resources: Resources) -> Glossary:
        shipped = [(name, data_file(path)) for name, path in BUILT_IN]
        entries = [
            entry for name, path in shipped if path.is_file() for entry in load_built_in_file(name, path)
        ]
        return Glossary((*entries, *load_glossaries(resources.settings.glossaries).entries))

    return resources.load("names.glossary", build)


def absorbed_span(text: str, start: int, end: int, replacement: str) -> tuple[int, int]:
    """The span a glossary replacement should cover so that a head word the text already writes
    beside the term is not doubled.

    Why: a translation that keeps an abbreviation often adds its head word in English
    (`ShiJianJu bureau`, `the MinZhengTing department`, `the Bureau of MinZhengJu`); replacing
    the abbreviation alone would give `Market Regulation Bureau bureau`. A head word that the
    replacement itself holds, right after the term or before it as `<head> of`, is taken in."""
    words = replacement.split()
    if not words:
        return start, end
    heads = {words[-1].casefold()}
    if len(words) > 2 and words[1] == "of":
        heads.add(words[0].casefold())
    heads &= _HEAD_WORDS
    if not heads:
        return start, end
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).casefold() in heads:
        end = after.end()
    before = _HEAD_OF_BEFORE.search(text, max(0, start - _LOOKBEHIND), start)
    if before is not None and before.group(1).casefold() in heads:
        start = before.start()
    return start, end


_HEAD_WORDS = frozenset(
    [
        "administration",
        "agency",
        "association",
        "bureau",
        "center",
        "centre",
        "commission",
        "committee",
        "council",
        "department",
        "federation",
        "institute",
        "ministry",
        "office",
        "procuratorate",
        "station",
    ]
)
_WORD_AFTER = compiled(r"\s+(\p{L}+)(?![\w-])")
_HEAD_OF_BEFORE = compiled(r"(?<![\w-])(\p{L}+)\s+of\s+$")
_LOOKBEHIND = 40
