"""The shipped dictionary word list: what the lexicon's word-hood answers come from.

`rules/data/dictionary-words.txt` replaces reading symspellpy's bundled dictionary at run
time; these tests hold the list to its source (when symspellpy is installed, as the
`lexicon-data` extra installs it) and to its documented provenance.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from helpers import ROOT
from mtfix.lexicon import DICTIONARY_FILE, dictionary_path, load_dictionary


def build_script():
    script = ROOT / "scripts" / "build_dictionary.py"
    spec = importlib.util.spec_from_file_location("build_dictionary", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_script_keeps_the_words_and_drops_the_counts() -> None:
    lines = ["the 23135851162", "thereon 1234", "abut 987", "", "the 5"]
    assert build_script().words_of(lines) == ["abut", "the", "thereon"]


def test_shipped_list_holds_rare_real_words_and_no_web_misspellings() -> None:
    words = load_dictionary()
    assert len(words) == 82_834
    assert {"seethe", "afire", "abut", "thereon", "county"} <= words
    assert not {"alongwith", "principlesof"} & words


def test_shipped_list_is_what_the_script_writes(tmp_path: Path) -> None:
    pytest.importorskip("symspellpy", reason="regenerating needs the lexicon-data extra")
    output = tmp_path / DICTIONARY_FILE
    assert build_script().main(["--output", str(output)]) == 0
    assert output.read_bytes() == dictionary_path().read_bytes()


def test_provenance_names_the_source_and_its_licence() -> None:
    provenance = (ROOT / "rules" / "data" / "PROVENANCE.md").read_text(encoding="utf-8")
    row = next(line for line in provenance.splitlines() if line.startswith(f"| `{DICTIONARY_FILE}`"))
    assert "symspellpy" in row and "MIT" in row and "SCOWL" in row
