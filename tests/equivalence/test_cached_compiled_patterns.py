"""Built-in rules read back from the analysed-pack cache come with their patterns already
compiled (`regex` pickles a pattern with its compiled program); each finds exactly what
the same pattern compiled afresh finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import RULE_PIECES
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import DeferredPattern
from mtfix.rulepack.loader import load_rules


@pytest.fixture(scope="module")
def cached_and_fresh(
    tmp_path_factory: pytest.TempPathFactory,
) -> list[tuple[PatternCheck, regex.Pattern[str]]]:
    folder: Path = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MTFIX_CACHE_DIR", str(folder))
        load_rules([builtin_rules_dir()])  # writes the cache
        cached = load_rules([builtin_rules_dir()])  # reads it
    pairs = []
    for check in cached:
        pattern = check.rule.pattern
        assert isinstance(pattern, DeferredPattern) and pattern.is_compiled, check.id
        pairs.append((check, regex.compile(pattern.pattern, pattern.flags, cache_pattern=False)))
    return pairs


def test_cached_patterns_are_the_rules_patterns(cached_and_fresh):
    for check, fresh in cached_and_fresh:
        compiled = check.rule.compiled()
        assert (compiled.pattern, compiled.flags, compiled.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groupindex,
        )
        texts = [bad.text for bad in check.info.bad_examples] + list(check.info.good_examples)
        for text in [*texts, " ".join(texts)]:
            assert _found(compiled, text) == _found(fresh, text), check.id


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(RULE_PIECES), max_size=60))
def test_cached_patterns_find_what_fresh_ones_find(cached_and_fresh, pieces):
    text = "".join(pieces)
    for check, fresh in cached_and_fresh:
        assert _found(check.rule.compiled(), text) == _found(fresh, text), check.id


def _found(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]
