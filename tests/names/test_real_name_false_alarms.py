"""Real names drawn from the shipped data, in news-style sentences, give no finding from the
whole default linter: 2,000 townships (with their county and province), 500 person names
(a surname from the surname table and a two-syllable given name taken from a township's pinyin),
300 with a one-syllable given name (a surname read by meaning may stand before one: `plum Hua`),
and every banner by its pinyin and its CC-CEDICT English name (a banner's 旗 read as `flag`).

Why from the data and not a hand list: the name checks flag a name as garbled, calqued or
lower-case; every real name they meet in a translation must pass, whatever its syllables.
"""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.context import Resources
from mtfix.names.gazetteer import gazetteer
from mtfix.names.reverse import stem
from mtfix.names.source import source_name_index
from mtfix.names.townships import Township, townships
from mtfix.paths import data_file

TOWNSHIPS = 2000
PEOPLE = 500
ONE_SYLLABLE_PEOPLE = 300
PER_DOCUMENT = 40
TOWNSHIP_TEMPLATES = (
    "The medical team visited {town} in {county}, {province}, on Tuesday.",
    "Officials of {town} reported the harvest to {county}.",
    "Volunteers from {town} joined the campaign in {province}.",
    "{town} of {county} opened a new health centre.",
)
PERSON_TEMPLATES = (
    "{name}, director of the county health bureau, attended the meeting.",
    "According to {name}, the clinic treated 300 patients.",
    "The award went to {name} and two other nurses.",
    "Deputy secretary {name} chaired the meeting on Friday.",
)


def _spread(rows: list, count: int) -> list:
    """`count` rows spread evenly over the table (every province, every kind of name)."""
    step = max(1, len(rows) // count)
    return rows[::step][:count]


def _township_sentences(resources: Resources) -> list[tuple[str, str]]:
    places = gazetteer(resources)
    sentences = []
    rows = [row for row in townships(resources).rows if places.get(row.county) is not None]
    for index, row in enumerate(_spread(rows, TOWNSHIPS)):
        county = places.get(row.county)
        province = county
        while province is not None and province.parent:
            province = places.get(province.parent)
        template = TOWNSHIP_TEMPLATES[index % len(TOWNSHIP_TEMPLATES)]
        sentences.append(
            (row.english, template.format(town=row.english, county=county.english, province=province.english))
        )
    return sentences


def _surnames() -> list[str]:
    found = []
    for line in data_file("surnames.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            chinese, readings = line.split("\t")
            if len(chinese) == 1:
                found.append(readings.split(",")[0].capitalize())
    return found


def _person_sentences(resources: Resources) -> list[tuple[str, str]]:
    given: list[Township] = [row for row in townships(resources).rows if len(row.syllables) == 2]
    surnames = _surnames()
    sentences = []
    for index, row in enumerate(_spread(given, PEOPLE)):
        name = f"{surnames[index % len(surnames)]} {row.pinyin}"
        sentences.append((name, PERSON_TEMPLATES[index % len(PERSON_TEMPLATES)].format(name=name)))
    return sentences


def _one_syllable_person_sentences(resources: Resources) -> list[tuple[str, str]]:
    """A surname and a one-syllable given name (a township's first syllable), surnames that are
    English words (`Song`, `Bai`, `Long`) included."""
    given = sorted({row.syllables[0].capitalize() for row in townships(resources).rows})
    surnames = _surnames()
    sentences = []
    for index in range(ONE_SYLLABLE_PEOPLE):
        name = f"{surnames[index % len(surnames)]} {given[(index * 7) % len(given)]}"
        sentences.append((name, PERSON_TEMPLATES[index % len(PERSON_TEMPLATES)].format(name=name)))
    return sentences


def _banner_sentences(resources: Resources) -> list[tuple[str, str]]:
    """Every banner by its pinyin and by each English name CC-CEDICT gives it."""
    exonyms = source_name_index(resources).exonyms
    sentences = []
    for index, place in enumerate(
        place for place in gazetteer(resources).places if place.kind.endswith("Banner")
    ):
        for name in (place.pinyin, *exonyms.get(stem(place), ())):
            template = TOWNSHIP_TEMPLATES[index % len(TOWNSHIP_TEMPLATES)]
            sentences.append(
                (name, template.format(town=f"{name} Banner", county="the league", province="the region"))
            )
    return sentences


def _flagged(linter, sentences: list[tuple[str, str]]) -> list[str]:
    flagged = []
    for start in range(0, len(sentences), PER_DOCUMENT):
        batch = sentences[start : start + PER_DOCUMENT]
        text = "\n\n".join(sentence for _, sentence in batch) + "\n"
        for finding in findings_for(linter, text):
            flagged.append(f"{finding.rule}: {finding.text!r} ({finding.message})")
    return flagged


def test_the_samples_are_full_size(resources: Resources) -> None:
    assert len(_township_sentences(resources)) == TOWNSHIPS
    assert len(_person_sentences(resources)) == PEOPLE
    assert len(_one_syllable_person_sentences(resources)) == ONE_SYLLABLE_PEOPLE
    assert len(_banner_sentences(resources)) > 50


SAMPLES = {
    "townships": _township_sentences,
    "people": _person_sentences,
    "one-syllable-given-names": _one_syllable_person_sentences,
    "banners": _banner_sentences,
}


@pytest.mark.slow
@pytest.mark.parametrize("sample", SAMPLES, ids=list(SAMPLES))
def test_no_finding_on_real_names(linter, resources: Resources, sample: str) -> None:
    flagged = _flagged(linter, SAMPLES[sample](resources))
    assert not flagged, f"{len(flagged)} findings:\n" + "\n".join(flagged[:60])
