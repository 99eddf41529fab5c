"""The glossary generated from CC-CEDICT, its entry flags (`safe`, `protect_words`), and the
head word a fix takes in: each mechanism on invented sentences in the style of translated news."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings_for

from mtfix.linter import Linter
from mtfix.models import Applicability
from mtfix.names.glossary import Glossary, absorbed_span, load_glossary_file
from mtfix.paths import data_file

NAMES = ("glossary-term", "pinyin-camel-case")


def test_generated_glossary_is_large_and_flagged() -> None:
    entries = load_glossary_file(data_file("cedict/glossary.toml"))
    assert len({entry.zh for entry in entries}) >= 500
    assert len(entries) >= 500
    assert any(not entry.safe for entry in entries)
    assert not any(entry.protects_words for entry in entries)


@pytest.mark.parametrize(
    ("text", "found", "replacement", "applicability"),
    [
        # The pinyin of a whole name left as one word.
        (
            "Prosecutors of the ZuiGaoRenMinJianChaYuan visited the county on Tuesday.",
            "ZuiGaoRenMinJianChaYuan",
            "Supreme People's Procuratorate",
            Applicability.SAFE,
        ),
        # A literal word-by-word rendering: unsafe, a writer may describe a body on purpose.
        (
            "The Country Earthquake Bureau said the tremor caused no casualties.",
            "Country Earthquake Bureau",
            "China Earthquake Administration",
            Applicability.UNSAFE,
        ),
        # An app's name written apart.
        ("Short videos of the orchard spread quickly on Tik Tok last spring.", "Tik Tok", "TikTok", None),
        # Written apart with a surname first: unsafe, `Tao Bao` may be a person.
        (
            "Farmers now sell their kiwis on Tao bao and in the county market.",
            "Tao bao",
            "Taobao",
            Applicability.UNSAFE,
        ),
        # A name that is no pinyin, cut before an English word: unsafe, `Ali` may be paying.
        ("Most stalls of the fair took Ali pay last spring.", "Ali pay", "Alipay", Applicability.UNSAFE),
        # A name with a transliterated word, lower-cased in whole or in part.
        (
            "A reporter of xinhua news agency filmed the flooded road.",
            "xinhua news agency",
            "Xinhua News Agency",
            None,
        ),
        ("Buyers paid by alipay at every stall of the fair.", "alipay", "Alipay", None),
        # A name whose word the dictionary lists but CC-CEDICT writes only as a name.
        (
            "Two students of peking university won the county's essay prize.",
            "peking university",
            "Peking University",
            None,
        ),
        # A lake's type word in lower case after its name (the name is the whole).
        ("Fishermen on Dongting lake caught less fish this year.", "Dongting lake", "Dongting Lake", None),
        # A newspaper's name that is also English, caught as the source of a report.
        (
            "According to people's daily, the county built 30 schools.",
            "people's daily",
            "People's Daily",
            Applicability.UNSAFE,
        ),
        (
            "China daily reported the new bridge on Monday.",
            "China daily",
            "China Daily",
            Applicability.UNSAFE,
        ),
        # A long name of English words in lower case: three content words are no ordinary phrase.
        (
            "Delegates studied the history of the communist party of china in the county hall.",
            "communist party of china",
            "Communist Party of China",
            None,
        ),
        (
            "Prosecutors of the supreme people’s procuratorate met in Beijing.",
            "supreme people’s procuratorate",
            "Supreme People’s Procuratorate",
            None,
        ),
    ],
)
def test_generated_renderings_are_found(
    linter: Linter, text: str, found: str, replacement: str, applicability: Applicability | None
) -> None:
    hits = [f for f in findings_for(linter, text) if f.rule in NAMES]
    assert [(f.text, f.replacements[0]) for f in hits] == [(found, replacement)]
    assert hits[0].applicability is (applicability or Applicability.SAFE)


@pytest.mark.parametrize(
    "text",
    [
        "We chat every evening about the harvest and the price of pork.",
        "The Justice Party and the Ministry of National Security issued statements.",
        "The China Earthquake Administration and the Supreme People's Procuratorate met in Beijing.",
        "She follows the New York Times and reads the Daily every morning.",
        "Author: admin ClickTimes: 35",
        "Volunteers helped with the people's daily chores after the flood.",
        "In these financial times, the people's daily needs come first, said the mayor.",
        "The county drew up its own five-year plan for the roads.",
        "XINHUA NEWS AGENCY REPORTS ON THE HARVEST",
        "A reporter of Xinhua News Agency filmed the flooded road.",
        "Prosecutors of the Supreme People’s Procuratorate met in Beijing.",
    ],
)
def test_ordinary_english_and_right_names_give_no_glossary_finding(linter: Linter, text: str) -> None:
    assert [f.text for f in findings_for(linter, text, "glossary-term")] == []


def test_general_names_do_not_shield_their_words(linter: Linter) -> None:
    """`Times` (of `New York Times`) must not stop the splitter on a glued `ClickTimes`."""
    assert [f.text for f in findings_for(linter, "Author: admin ClickTimes: 35", "glued-words")] == [
        "ClickTimes"
    ]


@pytest.mark.parametrize(
    ("text", "found", "replacement"),
    [
        (
            "Officials of the county ShiJianJu bureau checked the scales.",
            "ShiJianJu bureau",
            "Market Regulation Bureau",
        ),
        ("The county WeiJianWei commission met on Monday.", "WeiJianWei commission", "Health Commission"),
        (
            "Staff of the MinZhengTing department visited the care home.",
            "MinZhengTing department",
            "Department of Civil Affairs",
        ),
    ],
)
def test_a_head_word_beside_the_term_is_taken_into_the_fix(
    linter: Linter, text: str, found: str, replacement: str
) -> None:
    hits = [f for f in findings_for(linter, text) if f.rule in NAMES]
    assert [(f.text, f.replacements[0]) for f in hits] == [(found, replacement)]


@pytest.mark.parametrize(
    ("text", "term", "replacement", "expected"),
    [
        ("the ShiJianJu bureau met", "ShiJianJu", "Market Regulation Bureau", "ShiJianJu bureau"),
        ("the Bureau of MinZhengJu met", "MinZhengJu", "Bureau of Civil Affairs", "Bureau of MinZhengJu"),
        ("the WeiJian bureau met", "WeiJian", "health", "WeiJian"),  # a modifier has no head
        ("the ShiJianJu bureaucracy", "ShiJianJu", "Market Regulation Bureau", "ShiJianJu"),
        ("the ShiJianJu office", "ShiJianJu", "Market Regulation Bureau", "ShiJianJu"),  # another head
    ],
)
def test_absorbed_span(text: str, term: str, replacement: str, expected: str) -> None:
    start = text.index(term)
    begin, end = absorbed_span(text, start, start + len(term), replacement)
    assert text[begin:end] == expected


def test_lookup_never_takes_the_right_name_for_a_wrong_one(tmp_path: Path) -> None:
    path = tmp_path / "terms.toml"
    path.write_text('[[term]]\nen = "DiDi"\nwrong = ["didi", "Di Di"]\n', encoding="utf-8")
    terms = Glossary(load_glossary_file(path))
    assert terms.lookup("DiDi") is None
    assert terms.lookup("didi").en == "DiDi"


def test_entry_flags_are_read(tmp_path: Path) -> None:
    path = tmp_path / "terms.toml"
    path.write_text(
        'protect_words = false\n[[term]]\nen = "Grain Bureau"\nwrong = ["Food Grain Office"]\nsafe = false\n'
        '[[term]]\nen = "Kuaishou"\nwrong = ["Kuai shou"]\n',
        encoding="utf-8",
    )
    entries = load_glossary_file(path)
    assert [(entry.safe, entry.protects_words) for entry in entries] == [(False, False), (True, False)]
    assert Glossary(entries).target_terms() == frozenset({"Kuaishou"})  # one-word targets stay shielded
