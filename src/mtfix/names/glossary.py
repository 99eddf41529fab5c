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

A wrong rendering matches whole words, case-insensitively. An `en` in lower case (a modifier
such as `health` for the abbreviation `WeiJian`) takes the case of its context: capitalised
before a capitalised word or at a sentence start (`WeiJian Bureau` -> `Health Bureau`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtfix.context import Resources
from mtfix.datafiles import read_data_text
from mtfix.errors import ConfigError
from mtfix.paths import data_file

_ENTRY_KEYS = {"zh", "en", "wrong", "note"}


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
        folded = rendering.casefold()
        for entry in reversed(self.entries):
            if any(wrong.casefold() == folded for wrong in entry.wrong):
                return entry
        return None

    def target_terms(self) -> frozenset[str]:
        return frozenset(entry.en for entry in self.entries)


def load_glossary_file(path: Path) -> tuple[GlossaryEntry, ...]:
    """Parse and validate one glossary file; every error names the file and the entry."""
    try:
        data = tomllib.loads(read_data_text(path))
    except tomllib.TOMLDecodeError as error:
        raise GlossaryError(path, None, f"invalid TOML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise GlossaryError(path, None, f"cannot read: {error}") from error
    unknown = set(data) - {"term"}
    if unknown:
        raise GlossaryError(path, None, f"unknown key(s): {', '.join(sorted(unknown))}; expected [[term]]")
    terms = data.get("term", [])
    if not isinstance(terms, list):
        raise GlossaryError(path, None, "'term' must be an array of tables ([[term]])")
    return tuple(_entry(item, index, path) for index, item in enumerate(terms, start=1))


def _entry(item: Any, index: int, path: Path) -> GlossaryEntry:
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
    if any(w.casefold() == en.casefold() for w in wrong):
        raise fail("a wrong rendering equals the right one")
    for key in ("zh", "note"):
        if not isinstance(item.get(key, ""), str):
            raise fail(f"'{key}' must be a string")
    return GlossaryEntry(
        zh=item.get("zh", ""),
        en=en.strip(),
        wrong=tuple(w.strip() for w in wrong),
        note=item.get("note", ""),
        origin=str(path),
    )


def load_glossaries(paths: Iterable[Path]) -> Glossary:
    """Every entry of every file, in order (a later file's entry wins on the same wrong rendering)."""
    return Glossary(tuple(entry for path in paths for entry in load_glossary_file(path)))


def glossary(resources: Resources) -> Glossary:
    """The built-in glossaries (the generated departments first, so the hand-written entries
    win) plus the user's `glossaries` files, loaded once per process."""

    def build(resources: Resources) -> Glossary:
        built_in = [data_file("glossary-departments.toml"), data_file("glossary.toml")]
        return load_glossaries(
            [*(path for path in built_in if path.is_file()), *resources.settings.glossaries]
        )

    return resources.load("names.glossary", build)
