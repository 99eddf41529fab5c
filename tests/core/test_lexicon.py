"""The lexicon reads a curly apostrophe as a straight one and knows words coined from a
dictionary word by one productive affix (issue 18: `you’re`, `growable` in clean prose)."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.lexicon import lexicon


def test_a_curly_apostrophe_is_read_as_a_straight_one(resources) -> None:
    words = lexicon(resources)
    assert words.is_word("you’re") and words.frequency("you’re") == words.frequency("you're")


@pytest.mark.parametrize("word", ["growable", "callables", "undecoded", "destructure", "nonlinear"])
def test_coined_forms_of_dictionary_words_are_derived(resources, word: str) -> None:
    assert lexicon(resources).is_derived(word)


@pytest.mark.parametrize("word", ["thehospital", "patinets", "instaled", "Growable", "peoplesing"])
def test_glued_words_typos_and_names_are_not_derived(resources, word: str) -> None:
    assert not lexicon(resources).is_derived(word)


def test_prose_with_coined_technical_words_stays_quiet(linter) -> None:
    text = "The buffer is growable, and the callables of the module leave undecoded bytes alone."
    assert [f.rule for f in findings_for(linter, text) if f.category in ("space.glued", "spelling")] == []
