"""The grammar rule pack (`rules/grammar/`): precision first.

Clean news English full of the traps the pack must step around gives no grammar finding;
machine-translation-style drafts are flagged by the expected rule with the expected fix;
fixing converges. All texts are our own sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT
from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.linter import Linter
from mtfix.rulepack.loader import load_rule_file

PACK = ROOT / "rules" / "grammar"
PACK_FILES = sorted(PACK.glob("*.toml"))
PACK_IDS = frozenset(path.stem for path in PACK_FILES)

CLEAN_NEWS = [
    # articles: consonant-sounding vowels, vowel-sounding consonants, numbers, abbreviations
    "The county drew up a one-year plan and a once-in-a-decade survey. A European expert, "
    "a university lecturer and a UN official joined an 18-year-old volunteer and an 80-year-old "
    "farmer at an hour-long meeting.",
    "An NGO set up a URL for an MRI booking service, and an SOS line answers calls within an hour. "
    "A US company donated an X-ray machine; an honest report was sent to an FBI-style review board.",
    "She has an MBA from a one-room school turned college, a useful skill set and a unique record. "
    "It was an unusual, an unexpected and an uninterrupted success for a unit of 12 nurses.",
    "The clinic opens at 8 a.m. and patients pick option a or b on the form; vitamin A tablets "
    "are free. A 110-bed ward and a 1,800-square-metre hall opened in Tai an County and Ji'an.",
    "An Ning, a doctor from Huai an, said a NATO-style drill and a SARS patient study were both "
    "planned. He drove an Uber to an urban clinic with an umbrella and an mRNA vaccine.",
    # uncountable nouns used correctly, and their look-alike verbs
    "The data are stored on the county server and the news is good. Doctors gave health advice "
    "and collected feedback; new equipment and furniture arrived with the information packs.",
    "She researches the topic and advises the county. A volunteer team staffs the clinic at "
    "weekends; the medical staff are trained every year, and the staffs of two agencies met.",
    "The centre organised trainings for village doctors. The evidence was clear, and the "
    "personnel office keeps records of all equipment.",
    # verbs that take their object directly, time phrases, particles, reporting inversions
    "The director talked about the plan, talked the whole night and talked the patient into "
    'having the operation. "We will do it," replied the director. The office replied the same day.',
    "Residents participated in the activities and took part in the training. The harvest depends "
    "on the weather, and villagers relied on the clinic. The team waited a long time for the bus.",
    "The cadres listened to the villagers, cooperated with the county hospital, complied with the "
    "rules and coped with the flood. The meeting discussed the budget and discussed about 30 cases.",
    "There is a lack of doctors, an emphasis on prevention and no mention of fees. The team is "
    "comprised of ten nurses. Despite the rain, and in spite of the cold, they kept working.",
    # comparatives
    "More and more villagers see a doctor, more older people live alone and the hospital needs "
    "more better-trained nurses. The more, the better. It is the biggest and the most modern clinic.",
    # quantifiers before modifiers, possessives, labels, pronouns and verbs
    "Many hospital beds were added and several village, township and county hospitals joined. "
    "One of the hospital's doctors said many plan to attend, and those meeting in Beijing agreed.",
    "The number two hospital in the province is one of the most important centres. Many a village "
    "has a clinic; a number of staff and a range of equipment arrived for both hospitals.",
    "Those attending hospital for checks were seen quickly. Many study in the city, and each of "
    "the patients was given a card. Dozens of villages and hundreds of households took part.",
]

# (draft, the rule that must flag it, the text after fixing with that rule alone)
DRAFTS = [
    (
        "Experts offered many useful advices to the farmers.",
        "uncountable-plural",
        "Experts offered many useful advice to the farmers.",
    ),
    (
        "The township bought new equipments for the clinic.",
        "uncountable-plural",
        "The township bought new equipment for the clinic.",
    ),
    (
        "All hospital staffs worked overtime during the festival.",
        "staff-pluralised",
        "All hospital staff worked overtime during the festival.",
    ),
    (
        "It is a important step for a elderly population.",
        "a-before-vowel",
        "It is an important step for an elderly population.",
    ),
    ("He became an hero in an small village.", "an-before-consonant", "He became a hero in a small village."),
    (
        "The clinic signed a agreement with a NGO.",
        "a-before-vowel",
        "The clinic signed an agreement with a NGO.",
    ),
    (
        "The clinic signed an agreement with a NGO.",
        "a-before-vowel-name",
        "The clinic signed an agreement with an NGO.",
    ),
    (
        "The delegation talked the cooperation projects in detail.",
        "missing-about-after-verb",
        "The delegation talked about the cooperation projects in detail.",
    ),
    (
        "Students from the school participated the volunteer service.",
        "missing-in-after-verb",
        "Students from the school participated in the volunteer service.",
    ),
    (
        "The party secretary listened the reports of each village.",
        "missing-to-after-verb",
        "The party secretary listened to the reports of each village.",
    ),
    (
        "Township hospitals should cooperate the county medical community.",
        "missing-with-after-verb",
        "Township hospitals should cooperate with the county medical community.",
    ),
    (
        "The participants discussed about the new model of care.",
        "extra-preposition-after-verb",
        "The participants discussed the new model of care.",
    ),
    (
        "Conditions have become more better than before.",
        "double-comparative",
        "Conditions have become better than before.",
    ),
    (
        "Several rural clinic in the county received new beds.",
        "quantifier-singular-noun",
        "Several rural clinics in the county received new beds.",
    ),
    (
        "It has become one of the leading university in the region.",
        "quantifier-singular-noun-y",
        "It has become one of the leading universities in the region.",
    ),
]

MIXED_DRAFT = (
    "Despite of the snow, a expert team talked the problems of many village. They brought "
    "medical equipments and an new ambulance, and the situation became more better.\n"
)
MIXED_FIXED = (
    "Despite the snow, an expert team talked about the problems of many villages. They brought "
    "medical equipment and a new ambulance, and the situation became better.\n"
)


def pack_findings(linter: Linter, text: str) -> list:
    return [f for f in linter.check(Document(text, path="<test>")).findings if f.rule in PACK_IDS]


def test_pack_is_loaded(linter):
    assert len(PACK_IDS) >= 10
    assert {rule.id for rule in linter.rules} >= PACK_IDS


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: path.stem)
def test_pack_rules_are_grammar_rules_named_for_their_id(path: Path):
    rule = load_rule_file(path)
    assert rule.id == path.stem
    assert rule.info.category == "grammar"
    assert rule.info.doc, f"{rule.id} needs a doc block"


@pytest.mark.parametrize("text", CLEAN_NEWS, ids=lambda text: text[:40])
def test_clean_news_gives_no_grammar_finding(linter, text):
    found = pack_findings(linter, text)
    assert found == [], [(f.rule, f.text, text[max(0, f.start - 30) : f.end + 30]) for f in found]


@pytest.mark.parametrize(("draft", "rule", "fixed"), DRAFTS, ids=lambda value: str(value)[:40])
def test_draft_is_flagged_and_fixed_by_its_rule(linter, draft, rule, fixed):
    assert rule in {f.rule for f in pack_findings(linter, draft)}
    alone = linter.restricted({rule})
    assert fix_document(Document(draft, path="<test>"), alone, unsafe=True).text == fixed


def test_safe_fixes_leave_unsafe_grammar_alone(linter):
    pack = linter.restricted(PACK_IDS)
    fixed = fix_document(Document(MIXED_DRAFT, path="<test>"), pack).text
    assert "Despite the snow, an expert team" in fixed  # safe: despite-of, a-before-vowel
    assert "a new ambulance" in fixed  # safe: an-before-consonant
    assert "became better" in fixed  # safe: double-comparative
    assert "talked the problems of many village" in fixed  # unsafe: left for a human
    assert "equipments" in fixed


def test_unsafe_fix_of_a_mixed_draft_converges(linter):
    pack = linter.restricted(PACK_IDS)
    fixed = fix_document(Document(MIXED_DRAFT, path="<test>"), pack, unsafe=True).text
    assert fixed == MIXED_FIXED
    assert pack_findings(pack, fixed) == []
