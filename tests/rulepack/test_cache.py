"""The built-in rule pack's cache: a current file gives the same rules (with the same
derived analysis) without reading a rule file; a stale key, a damaged file or a folder
that cannot be written mean a silent rebuild; broken rules and user folders are never
cached."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from mtfix.cachefiles import cache_header
from mtfix.errors import RuleError
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack import cache, loader
from mtfix.rulepack.cache import FILE_NAME, FORMAT, load_cached, source_key
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.loader import load_rules, rule_files

RULE = """id = "space-before-semicolon-test"
category = "punct.spacing"
severity = "warning"
applicability = "safe"
description = "A test rule"
message = "Stray space before semicolon in '{0}'"
pattern = '''(?<=\\p{L}) ;'''
replacement = ";"

[examples]
good = ["The county; the city", "ratio 3 ; 1"]
bad = [
    { text = "The county ; the city", fixed = "The county; the city" },
    { text = "The town ; the road", fixed = "The town; the road" },
]
"""


def summary(check: PatternCheck) -> tuple[Any, ...]:
    """Everything a rule is and has derived (a pattern compares by its source and flags)."""
    rule = check.rule
    return (
        rule.info,
        rule.pattern.pattern,
        rule.pattern.flags,
        rule.message,
        rule.replacements,
        rule.protect,
        rule.timeout,
        dict(rule.lookup),
        rule.prefilter,
        rule.trusted,
        check.analysis,
        type(check.matcher).__name__,
        check.formatted,
        check.literal_replacements,
    )


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(folder))
    return folder


def no_rule_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any, **__: Any) -> PatternCheck:
        raise AssertionError("a rule file was read although the cache is current")

    monkeypatch.setattr(loader, "load_rule_file", refuse)


def test_builtin_rules_come_back_from_the_cache_unchanged(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = load_rules([builtin_rules_dir()])
    assert (cache_dir / FILE_NAME).is_file()
    no_rule_files(monkeypatch)
    cached = load_rules([builtin_rules_dir()])
    assert [summary(rule) for rule in cached] == [summary(rule) for rule in built]
    assert all(check.rule.trusted and check.index is not None for check in cached)
    text = "The county ,the city  and and the road"
    for old, new in zip(built, cached, strict=True):
        assert old.rule.compiled().findall(text) == new.rule.compiled().findall(text)


def test_a_user_folder_is_read_every_time_and_never_cached(cache_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "space-before-semicolon-test.toml").write_text(RULE, encoding="utf-8")
    rules = load_rules([folder])
    assert [rule.id for rule in rules] == ["space-before-semicolon-test"]
    assert not rules[0].rule.trusted
    assert not (cache_dir / FILE_NAME).exists()


def test_key_follows_every_rule_file_byte_and_the_options(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), folder)
    files = rule_files(folder)
    first = source_key(folder, files, "min2")
    assert source_key(folder, files, "min2") == first
    assert source_key(folder, files, "min1") != first
    files[-1].write_bytes(files[-1].read_bytes() + b"\n")
    assert source_key(folder, files, "min2") != first
    assert source_key(folder, files[:-1], "min2") != source_key(folder, files, "min2")


def test_key_follows_the_analysis_code(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), folder)
    files = rule_files(folder)
    code = tmp_path / "analysis.py"
    code.write_text("def analyse(): ...\n", encoding="utf-8")
    first = source_key(folder, files, "min2", (code,))
    code.write_text("def analyse(): return 1\n", encoding="utf-8")
    assert source_key(folder, files, "min2", (code,)) != first
    assert {"required.py", "structure.py", "matcher.py"} <= {path.name for path in cache.ANALYSIS_CODE}


def sample_rules(tmp_path: Path) -> list[PatternCheck]:
    path = tmp_path / "space-before-semicolon-test.toml"
    path.write_text(RULE, encoding="utf-8")
    return [loader.load_rule_file(path, trusted=True)]


def counting(rules: list[PatternCheck], calls: list[int]):
    def build() -> list[PatternCheck]:
        calls.append(1)
        return rules

    return build


def test_a_current_cache_is_read_and_a_stale_key_rebuilds(tmp_path: Path) -> None:
    rules = sample_rules(tmp_path)
    calls: list[int] = []
    load_cached(tmp_path / "c", "key-1", counting(rules, calls))
    again = load_cached(tmp_path / "c", "key-1", counting(rules, calls))
    assert calls == [1]
    assert [summary(rule) for rule in again] == [summary(rule) for rule in rules]
    assert again[0] is not rules[0]
    rebuilt = load_cached(tmp_path / "c", "key-2", counting(rules, calls))
    assert calls == [1, 1]
    assert rebuilt is rules
    load_cached(tmp_path / "c", "key-2", counting(rules, calls))
    assert calls == [1, 1]  # the rebuilt file now serves the new key


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-10],
        lambda data: data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:],
        lambda data: b"",
        lambda data: data.split(b"\n", 1)[0],
        lambda data: b"garbage\n" + data,
    ],
)
def test_a_damaged_cache_is_rebuilt_silently(tmp_path: Path, damage: Any) -> None:
    rules = sample_rules(tmp_path)
    calls: list[int] = []
    load_cached(tmp_path / "c", "key", counting(rules, calls))
    path = tmp_path / "c" / FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    assert load_cached(tmp_path / "c", "key", counting(rules, calls)) is rules
    assert calls == [1, 1]
    assert load_cached(tmp_path / "c", "key", counting(rules, calls))[0].id == rules[0].id
    assert calls == [1, 1]  # repaired by the rebuild


def test_a_checksummed_file_that_is_not_rules_is_rebuilt(tmp_path: Path) -> None:
    import pickle

    payload = pickle.dumps({"not": "rules"})
    (tmp_path / FILE_NAME).write_bytes(cache_header(FORMAT, "key", payload) + payload)
    rules = sample_rules(tmp_path)
    calls: list[int] = []
    assert load_cached(tmp_path, "key", counting(rules, calls)) is rules
    assert calls == [1]


def test_an_unwritable_or_missing_folder_only_costs_the_rebuild(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    rules = sample_rules(tmp_path)
    calls: list[int] = []
    for folder in (blocker / "cache", None):
        assert load_cached(folder, "key", counting(rules, calls)) is rules
        assert load_cached(folder, "key", counting(rules, calls)) is rules
    assert calls == [1, 1, 1, 1]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file", "space-before-semicolon-test.toml"]


def test_broken_rules_are_reported_every_run_and_never_cached(tmp_path: Path) -> None:
    def broken() -> list[PatternCheck]:
        raise RuleError("rules/x.toml", "x", "bad pattern: missing )")

    for _ in range(2):
        with pytest.raises(RuleError, match="missing"):
            load_cached(tmp_path, "key", broken)
    assert not (tmp_path / FILE_NAME).exists()
