"""Dictionary words that are names: a lower-case city the English word list also holds is
still a place name written wrongly, and English words CC-CEDICT writes in lower case stay words."""

from __future__ import annotations

from helpers import findings_for
from mtfix.context import Resources
from mtfix.names.name_words import name_words


def test_cities_the_dictionary_lists_are_names_and_common_words_are_not():
    words = name_words(Resources())
    assert {"wuhan", "hangzhou", "lanzhou"} <= words
    assert not {"jingle", "dean", "lean", "china", "long", "song"} & words


def test_a_listed_city_in_lower_case_before_its_type_word_is_flagged(linter):
    text = "The delegation visited wuhan city and lanzhou city last week."
    findings = findings_for(linter, text, "lowercase-place-name")
    assert [(f.text, f.replacements[0]) for f in findings] == [
        ("wuhan city", "Wuhan City"),
        ("lanzhou city", "Lanzhou City"),
    ]


def test_a_listed_city_alone_in_lower_case_is_flagged_and_an_english_word_is_not(linter):
    text = "The mayor of beijing met traders in shanghai, and a dean spoke of the jingle."
    found = [(f.text, f.replacements[0]) for f in findings_for(linter, text, "lowercase-place-name")]
    assert found == [("beijing", "Beijing"), ("shanghai", "Shanghai")]


def test_a_listed_city_heads_its_municipal_government(linter):
    text = "Officials of the wuhan municipal people's government met the press."
    found = [(f.text, f.replacements[0]) for f in findings_for(linter, text, "case.proper")]
    assert found == [("wuhan municipal people's government", "Wuhan Municipal People's Government")]
