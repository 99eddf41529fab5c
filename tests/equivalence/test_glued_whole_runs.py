"""Glued words (`glued-words`): a letter run that `whole_word` settles is left whole by the
full split, as a field label or not, without asking the guard, so passing it over
without remembering a verdict changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtfix.checks.glued_words import split_token, whole_word
from mtfix.context import Resources
from mtfix.lexicon import lexicon

# Letter runs: words, glued words, names, short and non-ASCII runs, as the word index holds them.
RUNS = st.lists(
    st.sampled_from(
        ["the", "principles", "of", "along", "with", "Zhong", "ping", "Add", "time", "é", "x", "CPC"]
    ),
    min_size=1,
    max_size=4,
).map("".join)


class AskedGuard:
    """A guard that says no to every name and notes that it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def is_name(self, token: str) -> bool:
        self.asked.append(token)
        return False


@pytest.fixture(scope="module")
def words():
    return lexicon(Resources())


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(RUNS, st.booleans())
def test_a_whole_word_is_not_split_and_no_name_is_asked(words, run: str, label: bool) -> None:
    guard = AskedGuard()
    split = split_token(run, words, guard, label=label)
    if whole_word(run, words):
        assert split is None and guard.asked == []


def test_a_glued_pair_is_not_a_whole_word(words) -> None:
    assert whole_word("principles", words)
    assert not whole_word("principlesof", words)
