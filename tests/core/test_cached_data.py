"""Plain data kept between runs (`cachefiles.cached_data`): built once, read back equal, built
again when a source changes or the file is damaged, and never an error without a cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtfix.cachefiles import cached_data
from mtfix.names.glosses import load_meanings
from mtfix.names.townships import load_townships
from mtfix.paths import data_file

TABLE = {"shijing": ("Shijing Town", "Shijing Township"), "xi'an": ("Xi'an",), "中文": ()}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(folder))
    return folder


def _source(tmp_path: Path, text: str = "shijing\n") -> Path:
    path = tmp_path / "source.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def _counting(calls: list[int], value: object):
    def build():
        calls.append(1)
        return value

    return build


def test_data_is_built_once_and_read_back_equal(cache: Path, tmp_path: Path) -> None:
    source, calls = _source(tmp_path), []
    first = cached_data("table", [source], _counting(calls, TABLE))
    second = cached_data("table", [source], _counting(calls, TABLE))
    assert first == second == TABLE
    assert calls == [1]
    assert (cache / "table.bin").is_file()


def test_a_changed_source_builds_again(cache: Path, tmp_path: Path) -> None:
    source, calls = _source(tmp_path), []
    cached_data("table", [source], _counting(calls, TABLE))
    source.write_text("shijing\nmengziling\n", encoding="utf-8")
    assert cached_data("table", [source], _counting(calls, {"changed": ()})) == {"changed": ()}
    assert calls == [1, 1]


def test_a_damaged_file_builds_again(cache: Path, tmp_path: Path) -> None:
    source, calls = _source(tmp_path), []
    cached_data("table", [source], _counting(calls, TABLE))
    path = cache / "table.bin"
    data = path.read_bytes()
    path.write_bytes(data[:-3] + b"xyz")
    assert cached_data("table", [source], _counting(calls, TABLE)) == TABLE
    assert calls == [1, 1]


def test_no_cache_when_a_source_is_missing_or_the_data_is_not_plain(cache: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    missing = tmp_path / "missing.tsv"
    assert cached_data("table", [missing], _counting(calls, TABLE)) == TABLE
    value = object()
    assert cached_data("objects", [_source(tmp_path)], _counting(calls, value)) is value
    assert calls == [1, 1]
    assert not cache.exists() or sorted(os.listdir(cache)) == []


def test_shipped_tables_read_from_the_cache_equal_the_parsed_files(cache: Path) -> None:
    townships, glosses = data_file("townships.tsv"), data_file("cedict/glosses.tsv")
    built = (load_townships(townships), load_meanings(glosses))
    assert (cache / "townships.bin").is_file() and (cache / "glosses.bin").is_file()
    cached = (load_townships(townships), load_meanings(glosses))
    assert cached[0].lines == built[0].lines
    assert all(
        cached[0].lookup(name) == built[0].lookup(name) for name in ("Shijing", "Dongzhimen", "London")
    )
    assert cached[1] == built[1]
