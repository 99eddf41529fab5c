"""The packed lexicon table: same answers as a dict, a cache file that is reused when current
and rebuilt, silently and correctly, when stale, damaged or impossible to write."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtfix import lexicon_cache
from mtfix.cachefiles import cache_folder
from mtfix.lexicon_cache import FILE_NAME, MappingTable, load_table, pack, unpack

ZIPF = {"principles": 4.41, "of": 7.4, "huicheng": 1.2, "café": 3.05, "naïve": 3.3, "xi'an": 2.5, "zero": 0.0}
DICTIONARY = frozenset({"principles", "of", "café", "seethe", "afire"})
PROBES = [*ZIPF, *DICTIONARY, "", "principle", "principlesof", "CAFÉ", "ça", "\udc80", "of ", "a\tb", "中文"]


def sources_counting(calls: list[int]):
    def sources():
        calls.append(1)
        return ZIPF, DICTIONARY

    return sources


def expected(word: str) -> tuple[float, bool]:
    return MappingTable(ZIPF, DICTIONARY).lookup(word)


def test_packed_table_answers_like_a_dict() -> None:
    table = unpack(pack(ZIPF, DICTIONARY))
    for word in PROBES:
        assert table.lookup(word) == expected(word), word
        assert table.lookup(word) == expected(word), word  # memoised answer


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=12).filter(
            lambda w: "\t" not in w and "\n" not in w and not any(0xD800 <= ord(c) < 0xE000 for c in w)
        ),
        st.floats(0, 8, allow_nan=False).map(lambda z: round(z, 2)),
        max_size=30,
    ),
    st.lists(st.text(max_size=12), max_size=10),
)
def test_packed_table_on_any_words(zipf: dict[str, float], probes: list[str]) -> None:
    dictionary = frozenset(list(zipf)[::2])
    table = unpack(pack(zipf, dictionary))
    reference = MappingTable(zipf, dictionary)
    for word in [*zipf, *probes]:
        assert table.lookup(word) == reference.lookup(word)


def test_cache_is_written_then_reused(tmp_path: Path) -> None:
    calls: list[int] = []
    first = load_table(tmp_path, "key-1", sources_counting(calls))
    second = load_table(tmp_path, "key-1", sources_counting(calls))
    assert calls == [1]
    assert (tmp_path / FILE_NAME).is_file()
    assert (
        [second.lookup(w) for w in PROBES] == [first.lookup(w) for w in PROBES] == list(map(expected, PROBES))
    )
    assert not [path for path in tmp_path.iterdir() if path.name != FILE_NAME]  # no temporary left


def test_other_sources_rebuild_the_cache(tmp_path: Path) -> None:
    calls: list[int] = []
    load_table(tmp_path, "wordfreq 3.1", sources_counting(calls))
    load_table(tmp_path, "wordfreq 3.2", sources_counting(calls))
    load_table(tmp_path, "wordfreq 3.2", sources_counting(calls))
    assert calls == [1, 1]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-3] + bytes([data[-3] ^ 0x20]) + data[-2:],  # a flipped bit
        lambda data: b"",  # empty
        lambda data: b"\x00\xff garbage without a header",
        lambda data: data.replace(b"\t", b" ", 1),  # a damaged header
    ],
)
def test_damaged_cache_is_rebuilt_silently(tmp_path: Path, damage) -> None:
    calls: list[int] = []
    load_table(tmp_path, "key", sources_counting(calls))
    path = tmp_path / FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    table = load_table(tmp_path, "key", sources_counting(calls))
    assert calls == [1, 1]
    assert [table.lookup(w) for w in PROBES] == list(map(expected, PROBES))
    assert load_table(tmp_path, "key", sources_counting(calls)).lookup("of") == (7.4, True)
    assert calls == [1, 1]  # the rebuilt file is whole again


def test_unwritable_cache_folder_still_gives_the_table(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    calls: list[int] = []
    table = load_table(blocked / "mtfix", "key", sources_counting(calls))
    assert [table.lookup(w) for w in PROBES] == list(map(expected, PROBES))
    table = load_table(None, "key", sources_counting(calls))
    assert table.lookup("principles") == (4.41, True)
    assert calls == [1, 1]


def test_words_the_file_cannot_hold_fall_back_to_a_dict(tmp_path: Path) -> None:
    table = load_table(tmp_path, "key", lambda: ({"tab\there": 3.0}, frozenset()))
    assert table.lookup("tab\there") == (3.0, False)
    assert not (tmp_path / FILE_NAME).exists()


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(tmp_path / "own"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "own"
    monkeypatch.delenv("MTFIX_CACHE_DIR")
    assert cache_folder() == tmp_path / "xdg" / "mtfix"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "home" / ".cache" / "mtfix"


def test_source_key_names_both_data_files(tmp_path: Path) -> None:
    from mtfix.lexicon import DICTIONARY_FILE, dictionary_path

    key = lexicon_cache.source_key(dictionary_path())
    assert key is not None
    assert "wordfreq" in key and DICTIONARY_FILE in key
    edited = tmp_path / DICTIONARY_FILE
    edited.write_text("county\n", encoding="utf-8")
    assert lexicon_cache.source_key(edited) not in (None, key)
    assert lexicon_cache.source_key(tmp_path / "missing.txt") is None


def test_real_lexicon_from_cache_matches_the_sources(tmp_path: Path) -> None:
    from mtfix.lexicon import sources

    zipf, dictionary = sources()
    built = load_table(tmp_path, "real", sources)
    cached = load_table(tmp_path, "real", lambda: pytest.fail("the cache was not used"))
    sample = [*list(zipf)[::97], *sorted(dictionary)[::31], "principlesof", "huicheng", "wechat"]
    for word in sample:
        assert cached.lookup(word) == built.lookup(word) == (zipf.get(word, 0.0), word in dictionary)
