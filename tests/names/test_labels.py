"""English of untranslated labels from the CC-CEDICT label table, composed piece by piece."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.context import Resources
from mtfix.names.labels import english_label, labels, load_labels
from mtfix.paths import data_file

TABLE = labels(Resources())


@pytest.mark.parametrize(
    ("label", "english"),
    [
        ("来源", "Source"),
        ("作者", "Author"),
        ("记者", "Reporter"),
        ("日期", "Date"),
        ("发布时间", "Release time"),
    ],
)
def test_labels_read_from_the_dictionary(label: str, english: str) -> None:
    assert english_label(label, TABLE) == english


@pytest.mark.parametrize("label", ["李明", "黄梅", "会议由县卫生局主持"])
def test_no_english_for_names_or_sentences(label: str) -> None:
    # A name's characters and a sentence of several words get no word-for-word guess.
    assert english_label(label, TABLE) is None


def test_shipped_labels_read_from_the_cache_equal_the_parsed_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(cache))
    shipped = data_file("cedict/labels.tsv")
    built = load_labels(shipped)
    assert (cache / "labels.bin").is_file()
    assert load_labels(shipped) == built
    assert built["作者"] == "author"
