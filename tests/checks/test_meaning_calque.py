"""Place names read by meaning: support from the document's own spelling, the place written again
without its type word, and banners whose 旗 became `flag`."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.context import Resources
from mtfix.names.reverse import reverse_dictionary


def _calques(linter, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(found.text, found.replacements) for found in findings_for(linter, text, "name.calque")]


def test_one_word_is_read_when_the_document_spells_the_whole_name(linter) -> None:
    text = (
        "Farmers of Yellow County sold tea on Monday. The yellow plum tea fair drew buyers.\n"
        "Yellow County will host the fair again next year."
    )
    assert _calques(linter, text) == [
        ("Yellow County", ("Huangmei County",)),
        ("yellow plum", ("Huangmei",)),
        ("Yellow County", ("Huangmei County",)),
    ]


def test_one_word_alone_stays_unread(linter) -> None:
    assert _calques(linter, "Farmers of Yellow County sold tea on Monday.") == []


def test_a_named_place_written_again_without_its_type(linter) -> None:
    text = "Tourists visited Peony River City in winter. The peony river froze in January."
    assert _calques(linter, text) == [
        ("Peony River City", ("Mudanjiang City",)),
        ("peony river", ("Mudanjiang",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herders from urat front flag sold wool.", [("urat front flag", ("Urat Front Banner",))]),
        ("The Wushen flag cooperative grew.", [("Wushen flag", ("Wushen Banner",))]),
        ("Pupils raised a plain blue flag and the red flag.", []),
        ("The national flag flew over the county.", []),
    ],
)
def test_banners_whose_type_became_flag(linter, text: str, expected) -> None:
    assert _calques(linter, text) == expected


def test_spellings_need_every_character(linter) -> None:
    dictionary = reverse_dictionary(Resources())
    text = "yellow plums, a Yellow Plum and a plum yellow"
    assert [text[start:end] for start, end in dictionary.spellings(text, "黄梅")] == [
        "yellow plums",
        "Yellow Plum",
    ]
