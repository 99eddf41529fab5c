"""Surnames by meaning: the index read back from the start-up cache equals the one built from
the glosses and the surname table."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.context import Resources
from mtfix.names.persons import surname_meanings


def test_surname_meanings_from_the_cache_equal_the_built_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(cache))
    built = dict(surname_meanings(Resources()))
    assert (cache / "surname-meanings.bin").is_file()
    assert dict(surname_meanings(Resources())) == built
    assert built["king"] == ("Wang",) and built["plum"][:2] == ("Li", "Mei")
