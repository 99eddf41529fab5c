"""Pinyin segmentation and token classification: names pass, CamelCase fusions are found."""

from __future__ import annotations

import pytest

from mtfix.context import Resources
from mtfix.names import name_protection, pinyin_analyzer
from mtfix.names.pinyin import TokenKind, tokens


@pytest.fixture(scope="module")
def analyzer(resources: Resources):
    return pinyin_analyzer(resources)


@pytest.mark.parametrize(
    "word", ["Huicheng", "Zhongping", "Xi'an", "Xi’an", "Zhong-ping", "Qianxinan", "Lu'an"]
)
def test_valid_pinyin_names(analyzer, word: str) -> None:
    assert analyzer.classify(word).kind is TokenKind.PINYIN_NAME
    assert analyzer.is_pinyin_name(word)


def test_apostrophe_is_a_syllable_boundary(analyzer) -> None:
    assert analyzer.segment("Xi'an") == ("xi", "an")
    assert analyzer.segment("Xian") == ("xian",)  # fewest syllables: the pinyin convention


def test_hyphenated_given_name_keeps_both_parts(analyzer) -> None:
    assert analyzer.classify("Zhong-ping").syllables == ("zhong", "ping")
    assert analyzer.classify("Jian-Guo").kind is TokenKind.PINYIN_NAME


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("WeiJian", ("wei", "jian")),
        ("ShouYuanDe", ("shou", "yuan", "de")),
        ("WeiJianWei", ("wei", "jian", "wei")),
    ],
)
def test_camel_case_fusions(analyzer, word: str, syllables: tuple[str, ...]) -> None:
    analysis = analyzer.classify(word)
    assert analysis.kind is TokenKind.PINYIN_CAMEL
    assert analysis.syllables == syllables


@pytest.mark.parametrize(
    "word", ["WeChat", "iPhone", "PowerPoint", "YouTube", "TikTok", "LinkedIn", "JavaScript", "McDonald"]
)
def test_brands_are_not_artifacts(analyzer, word: str) -> None:
    assert analyzer.classify(word).kind is TokenKind.BRAND


@pytest.mark.parametrize("word", ["Hospital", "Strengthen", "COVID", "Hih-tech", "x"])
def test_english_and_other_tokens(analyzer, word: str) -> None:
    assert analyzer.classify(word).kind is TokenKind.OTHER


def test_single_syllable_is_a_name_only_as_a_surname(analyzer) -> None:
    assert analyzer.is_pinyin_name("Li")
    assert analyzer.is_pinyin_name("Xiao")
    assert not analyzer.is_pinyin_name("Zhua")


def test_lower_case_pinyin_is_recognised_but_not_a_name(analyzer) -> None:
    assert analyzer.classify("huicheng").kind is TokenKind.PINYIN_LOWER
    assert not analyzer.is_pinyin_name("huicheng")


def test_tokens_keep_apostrophes_and_drop_possessives() -> None:
    found = [(t.text, t.start) for t in tokens("Xi'an's doctors met Zhong-ping in the people’s hall.")]
    assert found[0] == ("Xi'an", 0)
    assert ("Zhong-ping", 20) in found
    assert ("people", 38) in found


def test_protection_covers_names_brands_and_places(resources: Resources) -> None:
    protection = name_protection(resources)
    for token in ("Huicheng", "Xi'an", "WeChat", "Li", "Health"):
        assert protection.is_protected(token), token
    for token in ("WeiJian", "presened", "Hih-tech"):
        assert not protection.is_protected(token), token


def test_document_names_need_consistent_capitals(resources: Resources) -> None:
    text = (
        "Director Tang Yuming visited Nanzhuang on Monday. Tang said Nanzhuang clinics improved.\n"
        "Officials from ceheng and Ceheng met. The Bureau praised the bureau staff."
    )
    names = name_protection(resources).document_names(text)
    assert {"Tang", "Nanzhuang"} <= names
    assert "Ceheng" not in names  # also written in lower case
    assert "Bureau" not in names


def test_long_english_words_that_parse_as_syllables_are_not_names(resources):
    from mtfix.names.protection import name_protection

    protection = name_protection(resources)
    assert not protection.is_protected("Releasetime")
    assert protection.is_protected("Xishuangbanna")
