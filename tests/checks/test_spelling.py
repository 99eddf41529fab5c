"""spelling (`misspelled-word`, `split-compound`): typos one slip from a common word, and
compounds split at their prefix; names are never corrected."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.checks.spelling import edits
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.linter import Linter
from mtfix.models import Applicability

TYPO = "misspelled-word"
COMPOUND = "split-compound"


@pytest.mark.parametrize(
    ("text", "word", "best"),
    [
        ("The leaders presened certificates to the volunteers.", "presened", "presented"),
        ("The hospital has strenghtened its emergency team.", "strenghtened", "strengthened"),
        ("The govermnent allocated funds to the township.", "govermnent", "government"),
        ("Medical staff were instaled in the new ward.", "instaled", "installed"),
        ("Doctors examined the patinets in the fever clinic.", "patinets", "patients"),
    ],
)
def test_typos(linter, text, word, best):
    found = findings_for(linter, text, TYPO)
    assert [(f.text, f.replacements[0]) for f in found] == [(word, best)]
    assert found[0].applicability is Applicability.UNSAFE
    assert found[0].category == "spelling"


def test_document_usage_ranks_first(linter):
    text = "The Chengdu Hih-tech Zone hosted the fair; the Hi-tech Zone committee spoke."
    found = findings_for(linter, text, TYPO)
    assert [(f.text, f.replacements[0]) for f in found] == [("Hih", "Hi")]


@pytest.mark.parametrize(
    "text",
    [
        "Huicheng, Zhongping and Qianxinan reported no new cases.",
        "The delegation from huicheng district visited the county.",  # a case problem, not spelling
        "Cansino and Tmall announced the results in Shenzhen.",
        "Presened is not flagged at a sentence start, where it may be a name.",
        "The netizens praised the teleconsultation service in the subdistrict.",
        "The zhuangzu festival and the zhuangzu songs were broadcast.",  # repeated: a term
        "Contact medicalteam@hospital.cn or visit www.hosptial.cn today.",
        "The 2023 plan names Longhua, Baoan and Futian districts.",
    ],
)
def test_names_and_terms_are_left_alone(linter, text):
    assert findings_for(linter, text, TYPO) == []


def test_accepted_words_from_config(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("instaled  # a house spelling\n", encoding="utf-8")
    text = "Medical staff were instaled in the new ward."
    assert findings_for(Linter(Resources(Settings())), text, TYPO)
    assert findings_for(Linter(Resources(Settings(words=(words,)))), text, TYPO) == []


def test_edits_are_typing_slips():
    slips = set(edits("presened"))
    assert "presented" in slips  # a dropped letter
    assert "prseened" in slips  # two letters swapped
    assert "presenef" in slips  # a neighbouring key (d, f)
    assert "presenez" not in slips  # z is nowhere near d


@pytest.mark.parametrize(
    ("text", "span", "fixed"),
    [
        ("The anti epidemic workers and anti-epidemic materials arrived.", "anti epidemic", "anti-epidemic"),
        ("The county planned inter hospital referrals.", "inter hospital", "inter-hospital"),
        ("The multi sector task force met.", "multi sector", "multi-sector"),
        ("The non profit foundation donated masks.", "non profit", "nonprofit"),
        ("The self service kiosks joined the self-service hall.", "self service", "self-service"),
    ],
)
def test_split_compounds(linter, text, span, fixed):
    found = findings_for(linter, text, COMPOUND)
    assert [(f.text, f.replacements[0]) for f in found] == [(span, fixed)]


@pytest.mark.parametrize(
    "text",
    [
        "The post office and the self service were closed.",  # free prefixes, not hyphenated here
        "The anti and pro camps met in the cross border zone.",
        "He is anti, she said, and the non of it mattered.",
    ],
)
def test_split_compounds_left_alone(linter, text):
    assert findings_for(linter, text, COMPOUND) == []
