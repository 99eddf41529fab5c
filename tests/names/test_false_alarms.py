"""Real names (pinyin places and persons, brands) in news-style sentences: the lexical checks
(glued words, spelling) must leave every one alone. The list and its provenance are in
tests/data/protected-names.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.document import Document

NAMES_FILE = Path(__file__).parents[1] / "data" / "protected-names.txt"
LEXICAL_RULES = {"glued-words", "misspelled-word", "split-compound"}
TEMPLATES = (
    "{name} attended the meeting on epidemic prevention and control.",
    "The working group visited {name} to inspect the anti-epidemic work.",
    "Officials from {name} and the county health bureau signed the agreement.",
    "According to {name}, the project will be completed by 2023-06-30.",
)


def _names() -> list[str]:
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_list_is_large_enough():
    assert len(_names()) >= 300


@pytest.fixture(scope="module")
def lexical_linter(linter):
    return linter.restricted(LEXICAL_RULES)


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_lexical_finding_on_any_name(lexical_linter, template):
    flagged = []
    for name in _names():
        text = template.format(name=name)
        findings = lexical_linter.check(Document(text, path="<name>")).findings
        flagged.extend(f"{name}: {f.rule} {f.text!r}" for f in findings)
    assert not flagged, "\n".join(flagged)
