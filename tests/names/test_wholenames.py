"""Whole names with lower-case parts, found by structure: companies, institutions, calendar words,
person names."""

from __future__ import annotations

import pytest

from mtfix.context import Resources
from mtfix.lexicon import lexicon
from mtfix.names.institutions import institution_names
from mtfix.names.persons import names_capitalised_elsewhere, person_names
from mtfix.names.protection import pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.wholenames import calendar_and_language_names, company_names

RESOURCES = Resources()


def _fixes(found, text: str) -> list[tuple[str, str]]:
    return [(text[fix.start : fix.end], fix.replacement) for fix in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beds came from jinhe hotel co., LTD. in May.",
            [("jinhe hotel co., LTD.", "Jinhe Hotel Co., Ltd.")],
        ),
        ("We visited good food co., ltd.", [("good food co., ltd.", "Good Food Co., Ltd.")]),
        ("Beds came from Jinhe Hotel Co., Ltd. in May.", []),
    ],
)
def test_company_names(text, expected) -> None:
    assert _fixes(company_names(text, lexicon(RESOURCES).is_word), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Experts of the Hefei academy of Sciences came.",
            [("Hefei academy of Sciences", "Hefei Academy of Sciences")],
        ),
        (
            "He spoke at the Ministry of agriculture today.",
            [("Ministry of agriculture", "Ministry of Agriculture")],
        ),
        ("the Bureau of civil affairs", [("Bureau of civil affairs", "Bureau of Civil Affairs")]),
        ("the Banner trade Union met", [("Banner trade Union", "Banner Trade Union")]),
        ("The Hospital staff of Beijing met residents of Shanghai.", []),
        ("The Committee of experts said so.", []),
        ("The hospital of Beijing opened.", []),
    ],
)
def test_institution_names(text, expected) -> None:
    assert _fixes(institution_names(text), text) == expected


def test_calendar_festival_and_language_words() -> None:
    text = "in january, on monday, in english, the dragon boat festival, in may"
    assert _fixes(calendar_and_language_names(text), text) == [
        ("january", "January"),
        ("monday", "Monday"),
        ("english", "English"),
        ("dragon boat festival", "Dragon Boat Festival"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It went to ye Xiaodong.", [("ye Xiaodong", "Ye Xiaodong")]),
        ("It went to Zhang jianguo.", [("Zhang jianguo", "Zhang Jianguo")]),
        ("said li-yuan wang", [("li-yuan wang", "Li-yuan Wang")]),
        ("read by director liu.", [("liu", "Liu")]),
        ("Li said the long road was worth it.", []),
        ("when he Xiaodong", []),
    ],
)
def test_person_names(text, expected) -> None:
    found = person_names(
        text, pinyin_analyzer(RESOURCES), surname_syllables(RESOURCES), lexicon(RESOURCES).is_word
    )
    assert _fixes(found, text) == expected


def test_a_name_the_document_capitalises_elsewhere() -> None:
    text = "Zhongshan Road was closed. It was held in zhongshan, not in the longer hall."
    found = names_capitalised_elsewhere(text, pinyin_analyzer(RESOURCES), lexicon(RESOURCES).is_word)
    assert _fixes(found, text) == [("zhongshan", "Zhongshan")]


def _surnames_by_meaning(text: str) -> list[tuple[str, str]]:
    from mtfix.names.gazetteer import gazetteer
    from mtfix.names.persons import surname_meanings, surnames_by_meaning

    found = surnames_by_meaning(
        text,
        pinyin_analyzer(RESOURCES),
        surname_syllables(RESOURCES),
        lexicon(RESOURCES),
        lambda: surname_meanings(RESOURCES),
        lambda name: bool(gazetteer(RESOURCES).lookup(name)),
    )
    return _fixes(found, text)


def test_a_surname_translated_by_meaning() -> None:
    text = "The medal went to king Xiaoming, by Jianguo, in beautiful Nanping."
    assert _surnames_by_meaning(text) == [("king", "Wang")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prize went to plum Hua of the county team.", [("plum", "Li")]),
        # One syllable needs a lower-case English word and nothing name-like after it.
        ("The prize went to Plum Hua of the county team.", []),
        ("Buyers prized the yellow Qing porcelain and yellow Ming vases.", []),
        ("The golden Tang Dynasty poems were read aloud.", []),
    ],
)
def test_a_surname_by_meaning_before_a_one_syllable_given_name(text: str, expected) -> None:
    assert _surnames_by_meaning(text) == expected


def _place_led(text: str) -> list[tuple[str, str]]:
    from mtfix.names.gazetteer import gazetteer
    from mtfix.names.institutions import place_led_names

    places = gazetteer(RESOURCES)
    found = place_led_names(text, lambda name, _suffix: bool(places.lookup(name)))
    return _fixes(found, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors of the xuhui District People’s Procuratorate met the press.",
            [("xuhui District People’s Procuratorate", "Xuhui District People’s Procuratorate")],
        ),
        (
            "Staff of the xuhui district people’s procuratorate and the court met.",
            [("xuhui district people’s procuratorate", "Xuhui District People’s Procuratorate")],
        ),
        (
            "He joined the wuchang District Bureau of civil affairs last year.",
            [("wuchang District Bureau of civil affairs", "Wuchang District Bureau of Civil Affairs")],
        ),
        ("Roads in the wuchang District were repaired.", [("wuchang District", "Wuchang District")]),
        # A place and its type alone, in lower case, are the place-name check's.
        ("Roads in wuchang district were repaired.", []),
        # The type word's adjective (`provincial`, `municipal`) heads the institution too.
        (
            "A notice of the hunan provincial department of education was read.",
            [("hunan provincial department of education", "Hunan Provincial Department of Education")],
        ),
        # `provincial` without an institution after it is no name.
        ("The hunan provincial roads were repaired.", []),
        # Already capitalised, or a sentence's first word.
        ("The Wuchang District People’s Court met.", []),
    ],
)
def test_a_lower_case_place_heading_an_institution(text: str, expected) -> None:
    assert _place_led(text) == expected
