"""Programmatic checks: one concern per module, registered explicitly here.

Add a check by writing a module with a class that has `rules()` and `check(context)`,
then listing its factory below. `tests/test_structure.py` fails on an unlisted module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtfix.context import Resources
    from mtfix.interface import Check


def _factories() -> tuple[Callable[[Resources], Check], ...]:
    from mtfix.checks.article_sound import article_sound_check
    from mtfix.checks.brackets import bracket_pairing_check
    from mtfix.checks.calque import calque_check
    from mtfix.checks.cjk_text import untranslated_cjk_check
    from mtfix.checks.clause_start import clause_start_check
    from mtfix.checks.fullwidth import fullwidth_punctuation_check
    from mtfix.checks.glossary_terms import glossary_check
    from mtfix.checks.glued_words import glued_words_check
    from mtfix.checks.line_start import line_start_check
    from mtfix.checks.meaning_calque import meaning_calque_check
    from mtfix.checks.midsentence_capital import midsentence_capital_check
    from mtfix.checks.name_order import name_order_check
    from mtfix.checks.name_variants import place_variant_check
    from mtfix.checks.phrase_variants import name_form_variant_check
    from mtfix.checks.pinyin_camel import pinyin_camel_check
    from mtfix.checks.proper_case import proper_case_check
    from mtfix.checks.quotes import quote_pairing_check
    from mtfix.checks.sentence_case import sentence_case_check
    from mtfix.checks.sentence_spacing import sentence_spacing_check
    from mtfix.checks.shouted_word import shouted_word_check
    from mtfix.checks.source_completeness import source_completeness_check
    from mtfix.checks.source_names import source_name_check
    from mtfix.checks.source_numbers import source_number_check
    from mtfix.checks.source_tags import source_tag_check
    from mtfix.checks.source_terms import source_term_check
    from mtfix.checks.spelling import spelling_check
    from mtfix.checks.township_names import township_name_check
    from mtfix.checks.whole_names import whole_name_check

    return (
        untranslated_cjk_check,
        fullwidth_punctuation_check,
        quote_pairing_check,
        bracket_pairing_check,
        sentence_case_check,
        sentence_spacing_check,
        clause_start_check,
        line_start_check,
        midsentence_capital_check,
        shouted_word_check,
        pinyin_camel_check,
        glossary_check,
        calque_check,
        meaning_calque_check,
        place_variant_check,
        proper_case_check,
        township_name_check,
        whole_name_check,
        name_form_variant_check,
        name_order_check,
        glued_words_check,
        spelling_check,
        article_sound_check,
        source_name_check,
        source_number_check,
        source_completeness_check,
        source_term_check,
        source_tag_check,
    )


PROGRAMMATIC_CHECKS: tuple[Callable[[Resources], Check], ...] = _factories()
