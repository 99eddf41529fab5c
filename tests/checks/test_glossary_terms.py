"""The glossary check's renderings: their layout, built or read back from the start-up cache,
is the one worked out from the renderings, and a user's glossary file takes part in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.checks.glossary_terms import glossary_renderings, rendering_layout
from mtfix.config import Settings
from mtfix.context import Resources


def _layout_parts(resources: Resources) -> tuple[object, ...]:
    renderings = glossary_renderings(resources)
    return renderings.keys, renderings.anchors, renderings.anchor_keys, renderings.ascii_lengths


def test_layout_read_back_from_the_cache_is_the_one_worked_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(tmp_path))
    built = _layout_parts(Resources())
    assert (tmp_path / "glossary-renderings.bin").is_file()
    read_back = _layout_parts(Resources())
    renderings = glossary_renderings(Resources())
    assert built == read_back == rendering_layout(list(renderings.table))


def test_a_user_glossary_changes_the_layout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(tmp_path / "cache"))
    _layout_parts(Resources())  # the shipped glossaries' layout, now in the cache
    path = tmp_path / "terms.toml"
    path.write_text(
        '[[term]]\nen = "Rural Affairs Bureau"\nwrong = ["Zzyzx-rural Bureau\'s Office"]\n', encoding="utf-8"
    )
    keys, anchors, anchor_keys, _ = _layout_parts(Resources(Settings(glossaries=(path,))))
    assert "zzyzx-rural bureau's office" in keys
    assert anchors is not None and anchors["zzyzx"] == ("zzyzx-rural bureau's office",)
    assert anchor_keys["zzyzx-rural bureau's office"] == ("zzyzx-rural bureau's office",)
