"""Quantifiers with a singular noun (`quantifier-singular-noun`, `-y`): the `a number of`
branch, written with a look-behind so that the rule is anchored on `number`, `range`, ...
rather than on every `a `, matches as the branch written from `a` does."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import pattern_checks

RULES = {rule.id: rule for rule in pattern_checks() if rule.id.startswith("quantifier-singular-noun")}
_ADJECTIVES = "large|great|small|growing|wide|broad|huge|whole|increasing|certain"
_COUNTS = "number|range|variety|series|host|couple|handful"
_BEHIND = rf"(?<=\ban?[ \u00a0]+(?:(?:{_ADJECTIVES})[ \u00a0]+)?)(?:{_COUNTS})[ \u00a0]+of)"
_FROM_A = rf"an?[ \u00a0]+(?:(?:{_ADJECTIVES})[ \u00a0]+)?(?:{_COUNTS})[ \u00a0]+of)"

PIECES = (
    "a", "an", "A", "An", "one", "two", "many", "of", "the", "large", "certain", "number", "Number",
    "range", "couple", "doctor", "hospital", "city", "cities", "county", "were", "in", "local", "new",
    "banana", "data", " ", " ", " ", "  ", "\u00a0", ".", ",", "\n", "-",
)  # fmt: skip


def _written_from_a(rule_id: str) -> regex.Pattern[str]:
    pattern = RULES[rule_id].rule.pattern.pattern
    assert _BEHIND in pattern
    return regex.compile(pattern.replace(_BEHIND, _FROM_A), RULES[rule_id].rule.compiled().flags)


@pytest.mark.parametrize("rule_id", sorted(RULES))
@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_the_counted_branch_matches_as_written_from_a(rule_id: str, text: str) -> None:
    ours = [match.span() for match in RULES[rule_id].rule.compiled().finditer(text)]
    assert ours == [match.span() for match in _written_from_a(rule_id).finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A large number of doctor were sent, and a range of city joined.",
        "an increasing number of hospital in the county",
        "banana number of doctor in; a number of the doctor were there",
    ],
)
def test_counted_phrases_match_as_written_from_a(text: str) -> None:
    for rule_id in RULES:
        ours = [match.span() for match in RULES[rule_id].rule.compiled().finditer(text)]
        assert ours == [match.span() for match in _written_from_a(rule_id).finditer(text)], rule_id
