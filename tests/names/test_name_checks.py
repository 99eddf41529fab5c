"""The name checks on drafts written for these tests: calques, variants, case, camel pinyin, order,
and that correct pinyin names are never flagged."""

from __future__ import annotations

from helpers import findings_for

DRAFT = (
    "Huicheng sends doctors to Title-heng County\n\n"
    "Recently, the city WeiJian bureau and the huicheng district health bureau met the team sent to ceheng. "
    "Since 2021 Huicheng District has sent 12 doctors to Zhiheng County, Qianxinan Prefecture, "
    "Guizhou Province. Director Li Weiwei said the team in Zhiheng County worked hard. "
    "Deputy director Zou Zhongping and nurse Yazhou Xiao visited Conferring-Heng County in May."
)
NAME_CATEGORIES = (
    "name.pinyin-camel",
    "name.calque",
    "name.variant",
    "name.order",
    "case.proper",
    "term.glossary",
)


def _names(linter, text: str):
    return [f for f in findings_for(linter, text) if f.category in NAME_CATEGORIES]


def test_every_county_variant_is_flagged_with_the_real_name(linter) -> None:
    found = {(f.text, f.replacements[0] if f.replacements else None) for f in _names(linter, DRAFT)}
    assert ("Title-heng County", "Ceheng County") in found
    assert ("Conferring-Heng County", "Ceheng County") in found
    assert ("Zhiheng County", "Ceheng County") in found
    assert ("ceheng", "Ceheng") in found


def test_camel_pinyin_case_and_order(linter) -> None:
    found = {
        (f.category, f.text, f.replacements[0] if f.replacements else None) for f in _names(linter, DRAFT)
    }
    assert ("name.pinyin-camel", "WeiJian", "health") in found
    assert ("case.proper", "huicheng district health bureau", "Huicheng District Health Bureau") in found
    assert ("name.order", "Yazhou Xiao", "Xiao Yazhou") in found


def test_valid_pinyin_names_get_no_finding(linter) -> None:
    flagged = " ".join(f.text for f in _names(linter, DRAFT))
    for name in ("Huicheng District", "Qianxinan", "Guizhou", "Li Weiwei", "Zou Zhongping"):
        assert name not in flagged


def test_clean_text_is_silent(linter) -> None:
    text = (
        "Huicheng District sent doctors to Ceheng County, Qianxinan Prefecture, Guizhou Province. "
        "Li Weiwei of the Huicheng District Health Bureau met Zou Zhongping at the Third People’s Hospital. "
        "The team uses WeChat and met experts from Xi'an and Lu'an."
    )
    assert _names(linter, text) == []


def test_variant_without_document_support_is_left_alone(linter) -> None:
    assert _names(linter, "A delegation visited Zhiheng County last week.") == []


def test_grouping_needs_a_clear_main_form(linter) -> None:
    one_each = "The Healthy China Tour came. The China Health Tour ended."
    assert not [f for f in findings_for(linter, one_each) if f.rule == "name-form-variant"]
    reordered = (
        "The People's Government of Huicheng District spoke. The People's Government of Huicheng District "
        "agreed. Huicheng District People's Government signed."
    )
    assert not [f for f in findings_for(linter, reordered) if f.rule == "name-form-variant"]
