"""The English of a short untranslated Chinese label (`来源` -> `Source`, `作者` -> `Author`).

The table (rules/data/cedict/labels.tsv, CC BY-SA 4.0) holds the first CC-CEDICT gloss of
wordfreq's most frequent Chinese words; scripts/build_cedict_names.py generates it.

Why composed: labels are often two words written as one (`发布时间` publish + time), which no
dictionary lists; a label the table covers piece by piece, longest word first, reads as
the pieces' glosses in order (`Release time`). A label with an uncovered character gets no
English: a guess would be worse than none.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from mtfix.cachefiles import cached_data
from mtfix.context import Resources
from mtfix.paths import data_file

MAX_PIECES = 2  # more pieces read as a word-for-word gloss, not a label


def load_labels(path: Path) -> dict[str, str]:
    """Chinese word -> its first English gloss (kept in the start-up cache,
    `cachefiles.cached_data`: parsing the table's 12,000 lines cost every run about 5 ms)."""
    if not path.is_file():
        return {}
    return cached_data("labels", (path, Path(__file__)), lambda: _read_labels(path))


def _read_labels(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            chinese, _, english = line.partition("\t")
            table[chinese] = english
    return table


def english_label(label: str, table: Mapping[str, str]) -> str | None:
    """`label` in English, sentence case, or None when the table does not cover it."""
    pieces: list[str] = []
    position = 0
    longest = 4
    while position < len(label):
        for size in range(min(longest, len(label) - position), 1, -1):
            english = table.get(label[position : position + size])
            if english is not None:
                pieces.append(english)
                position += size
                break
        else:
            return None
        if len(pieces) > MAX_PIECES:
            return None
    text = " ".join(pieces)
    return text[:1].upper() + text[1:]


def labels(resources: Resources) -> Mapping[str, str]:
    """The shipped table, loaded the first time a check asks (read-only: shared data)."""
    return resources.load(
        "names.labels", lambda _: MappingProxyType(load_labels(data_file("cedict/labels.tsv")))
    )
