"""Compiled patterns kept between runs (`patterns.py`): read back instead of compiled, and
never at the cost of a run when the file is missing, damaged, stale or cannot be written."""

from __future__ import annotations

import pytest
import regex

from mtfix.patterns import PatternStore, store_key

PLACE = r"(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(?i:county|district)(?![\p{L}])"
TEXT = "The officials of Ceheng county and Haidian District met in the city."


def spans(pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(TEXT)]


def test_a_pattern_compiled_once_is_read_back_by_the_next_process(tmp_path, monkeypatch):
    path = tmp_path / "patterns.pickle"
    first = PatternStore(path, store_key())
    expected = spans(first.compiled(PLACE, regex.IGNORECASE))
    first.save()
    assert path.exists()

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex, "compile", no_compiling)
    second = PatternStore(path, store_key())
    assert spans(second.compiled(PLACE, regex.IGNORECASE)) == expected == [(17, 30), (35, 51)]


def test_flags_are_part_of_the_pattern(tmp_path):
    store = PatternStore(tmp_path / "patterns.pickle", store_key())
    assert store.compiled("county").search("Ceheng County") is None
    assert store.compiled("county", regex.IGNORECASE).search("Ceheng County") is not None


@pytest.mark.parametrize("damage", ["truncated", "other key", "not a pickle"])
def test_a_damaged_or_stale_file_means_compiling_again(tmp_path, damage):
    path = tmp_path / "patterns.pickle"
    store = PatternStore(path, store_key())
    store.compiled(PLACE)
    store.save()
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "not a pickle":
        header, _, _ = data.partition(b"\n")
        path.write_bytes(header + b"\nnot a pickle at all")
    again = PatternStore(path, store_key() if damage != "other key" else "regex 0.0|python 0.0")
    assert spans(again.compiled(PLACE)) == [(17, 30), (35, 51)]


def test_no_cache_folder_or_an_unwritable_one_is_no_error(tmp_path):
    assert PatternStore(None, store_key()).compiled(PLACE).search(TEXT) is not None
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    store = PatternStore(blocked / "patterns.pickle", store_key())
    assert store.compiled(PLACE).search(TEXT) is not None
    store.save()  # cannot write: the next process compiles again
    assert not (blocked / "patterns.pickle").exists()
