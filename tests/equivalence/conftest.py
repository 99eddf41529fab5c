"""Fixtures of the equivalence tests: one instance of each word-level check per module."""

from __future__ import annotations

import pytest

from mtfix.checks import glued_words, spelling
from mtfix.checks.glossary_terms import GlossaryCheck
from mtfix.checks.pinyin_camel import PinyinCamelCheck
from mtfix.context import Resources


@pytest.fixture(scope="module")
def checks(resources: Resources):
    return {
        "glued": glued_words.GluedWordsCheck(resources),
        "spelling": spelling.SpellingCheck(resources),
        "pinyin": PinyinCamelCheck(resources),
        "glossary": GlossaryCheck(resources),
    }
