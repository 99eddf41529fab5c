"""The glossary loader: entries, validation errors naming file and entry, user files via settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.linter import Linter
from mtfix.names.glossary import BUILT_IN, GlossaryError, glossary, load_glossaries, load_glossary_file
from mtfix.paths import data_file


def test_shipped_glossary_loads_and_knows_weijian() -> None:
    entries = load_glossary_file(data_file("glossary.toml"))
    assert len(entries) >= 10
    by_en = {entry.en: entry for entry in entries}
    assert "WeiJianWei" in by_en["Health Commission"].wrong
    assert by_en["health"].follows_context_case


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[term]]\nzh = "x"\nwrong = ["A"]\n', "term #1: 'en'"),
        ('[[term]]\nen = "Health Bureau"\n', "term #1 (Health Bureau): 'wrong'"),
        ('[[term]]\nen = "B"\nwrong = ["B"]\n', "equals the right one"),
        ('[[term]]\nen = "B"\nwrong = ["C"]\ncolour = 1\n', "unknown key(s): colour"),
        ("[[term]\n", "invalid TOML"),
        ('title = "x"\n', "expected [[term]]"),
        ('[[term]]\nen = "B"\nwrong = ["C"]\nsafe = "no"\n', "'safe' must be true or false"),
        ("protect_words = 1\n", "'protect_words' must be true or false"),
    ],
)
def test_errors_name_the_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GlossaryError) as error:
        load_glossary_file(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_user_glossary_from_settings_is_applied(tmp_path: Path) -> None:
    path = tmp_path / "terms.toml"
    path.write_text(
        '[[term]]\nzh = "农业农村局"\nen = "Agriculture and Rural Affairs Bureau"\n'
        'wrong = ["Agricultural and Rural Bureau"]\n',
        encoding="utf-8",
    )
    resources = Resources(Settings(glossaries=(path,)))
    assert (
        glossary(resources).lookup("agricultural and rural bureau").en
        == "Agriculture and Rural Affairs Bureau"
    )
    findings = (
        Linter(resources).check(Document("The Agricultural and Rural Bureau met.", path="<t>")).findings
    )
    assert [(f.rule, f.replacements[0]) for f in findings if f.category == "term.glossary"] == [
        ("glossary-term", "Agriculture and Rural Affairs Bureau")
    ]


def test_shipped_glossaries_read_back_from_the_start_up_cache_are_those_parsed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Built (and written to the cache) or read back from it, the shipped glossary holds the
    entries its TOML files give, in order, each with its file as origin."""
    monkeypatch.setenv("MTFIX_CACHE_DIR", str(tmp_path))
    parsed = load_glossaries(data_file(path) for _, path in BUILT_IN).entries
    built = glossary(Resources()).entries
    assert len(list(tmp_path.glob("glossary-*.bin"))) == len(BUILT_IN)
    assert glossary(Resources()).entries == built == parsed


def test_a_context_must_be_a_known_one(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text(
        '[[term]]\nen = "China Daily"\nwrong = ["china daily"]\ncontext = "report"\n', encoding="utf-8"
    )
    assert load_glossary_file(path)[0].context == "report"
    path.write_text(
        '[[term]]\nen = "China Daily"\nwrong = ["china daily"]\ncontext = "headline"\n', encoding="utf-8"
    )
    with pytest.raises(GlossaryError, match="context"):
        load_glossary_file(path)
