"""Opt-in rules (a house style, not an error): off by default and under `ALL`, a category or a
family; on when `select` names them by id. The first is `lowercase-place-type-word`."""

from __future__ import annotations

from helpers import findings_for
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.linter import Linter, is_selected
from mtfix.models import Applicability, RuleInfo, Severity

TEXT = "Experts from Jiangxi province and hubei province met in Haidian district."
HOUSE = RuleInfo("house", "case.proper", Severity.INFO, Applicability.SAFE, "a house style", opt_in=True)


def test_only_its_own_id_selects_an_opt_in_rule():
    assert not is_selected(HOUSE, (), ())
    assert not is_selected(HOUSE, ("ALL", "case", "case.proper"), ())
    assert is_selected(HOUSE, ("ALL", "house"), ())
    assert not is_selected(HOUSE, ("house",), ("house",))


def test_place_type_words_are_capitalised_only_when_the_style_is_chosen(linter):
    assert [f.rule for f in findings_for(linter, TEXT, "case.proper")] == ["lowercase-place-name"]
    chosen = Linter(Resources(Settings(select=("ALL", "lowercase-place-type-word"))))
    found = [(f.rule, f.text, f.replacements[0]) for f in findings_for(chosen, TEXT, "case.proper")]
    assert found == [
        ("lowercase-place-type-word", "Jiangxi province", "Jiangxi Province"),
        ("lowercase-place-name", "hubei province", "Hubei Province"),
        ("lowercase-place-type-word", "Haidian district", "Haidian District"),
    ]
