"""space.glued (`glued-words`): lexicon-backed splitting of run-together tokens."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.checks.glued_words import segment
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.lexicon import lexicon, lexicon_from_words
from mtfix.linter import Linter
from mtfix.models import Applicability

RULE = "glued-words"


@pytest.mark.parametrize(
    ("text", "token", "split"),
    [
        ("The bureau reviewed the principlesof the reform.", "principlesof", "principles of"),
        ("Doctors worked alongwith the volunteers.", "alongwith", "along with"),
        ("She met thedeputy mayor on Monday.", "thedeputy", "the deputy"),
        ("The plenary session of theCPC opened.", "theCPC", "the CPC"),
        ("The history ofChina was discussed.", "ofChina", "of China"),
        ("The vaccine arrived inthe county on Friday.", "inthe", "in the"),
        ("12Reporter2022-01-05from the centre", "12Reporter2022-01-05from", "12 Reporter 2022-01-05 from"),
        ("Views: 87Admin2019-11-30source: county", "87Admin2019-11-30source", "87 Admin 2019-11-30 source"),
        ("Published2021-07-01 by the county office", "Published2021-07-01", "Published 2021-07-01"),
        ("Posttime: 2021-07-01", "Posttime", "Post time"),
    ],
)
def test_splits(linter, text, token, split):
    found = findings_for(linter, text, "space.glued")  # page labels may come from glued-page-label
    assert [(f.text, f.replacements[0]) for f in found] == [(token, split)]
    assert found[0].category == "space.glued"


@pytest.mark.parametrize(
    "text",
    [
        "The Huicheng District and Zhongping Town held a joint drill.",
        "Residents of Tongzipo Road followed the WeChat account of the hospital.",
        "The CPC, the NPC and the CPPCC sent delegations.",
        "See https://www.example.com/newsinfo/alongwith.html for the notice.",
        "Write to county_office@example.cn or follow #antiepidemic on Weibo.",
        "COVID-19, H1N1, 5G, G20 and MP3 are identifiers, not glued words.",
        "On the 1st and 21st, the 10km race started at 3pm with 5mg doses.",
        "The 1990s saw a 64bit chip and 16GB of memory.",
        "Nevertheless the cannot-miss event took place into the night.",
        "Greentown and Goldwind signed a contract with Longfor in Hangzhou.",
        "Call getdoc() or os.readlink to read `calltips` in the code.",
        "The calltip shows a hint; every calltip is short.",
        "They will seethe with anger and atone for the thereon mentioned errors.",
    ],
)
def test_leaves_alone(linter, text):
    assert findings_for(linter, text, RULE) == []


def test_applicability_is_honest(linter):
    safe = findings_for(linter, "He stressed the principlesof the reform.", RULE)
    assert safe[0].applicability is Applicability.SAFE
    known_on_the_web = findings_for(linter, "They came alongwith us.", RULE)
    assert known_on_the_web[0].applicability is Applicability.UNSAFE
    label = findings_for(linter.restricted({RULE}), "Addtime: 2021-01-01", RULE)
    assert label[0].applicability is Applicability.UNSAFE
    known_label = findings_for(linter, "Addtime: 2021-01-01", "space.glued")
    assert [(f.rule, f.applicability) for f in known_label] == [("glued-page-label", Applicability.SAFE)]
    metadata = findings_for(linter, "39Admin2020-08-21from", RULE)
    assert metadata[0].applicability is Applicability.SAFE


def test_capitalised_word_is_split_only_as_a_label(linter):
    alone = linter.restricted({RULE})
    assert findings_for(alone, "Addtime 2021", RULE) == []
    assert findings_for(alone, "Addtime: 2021", RULE)


def test_fix_converges(linter):
    document = Document("The principlesof theCPC alongwith 39Admin2020-08-21from: county.", path="<t>")
    fixed = fix_document(document, linter.restricted({RULE}), unsafe=True).text
    assert fixed == "The principles of the CPC along with 39 Admin 2020-08-21 from: county."
    again = Document(fixed, path="<t>")
    assert fix_document(again, linter.restricted({RULE}), unsafe=True).text == fixed


def test_accepted_words_from_config_are_never_split(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("# our house terms\nHealthcode\n", encoding="utf-8")
    text = "Scan the healthcode at the gate."
    assert findings_for(Linter(Resources(Settings())), text, RULE)
    linter = Linter(Resources(Settings(words=(words,))))
    assert findings_for(linter, text, RULE) == []


def test_segment_prefers_the_most_probable_split(resources):
    words = lexicon(resources)
    score, parts = segment("principlesof", words)
    assert parts == ("principles", "of")
    assert score > -9.0


def test_segment_rules_on_small_lexicon():
    words = lexicon_from_words(
        [("along", 5.4), ("with", 6.9), ("a", 7.4), ("long", 5.8), ("wit", 3.5), ("h", 4.0)],
        dictionary=["along", "with", "a", "long", "wit"],
    )
    assert segment("alongwith", words)[1] == ("along", "with")
    assert segment("longa", words) is None  # `a` never ends a split
    assert segment("withh", words) is None  # single letters other than `a` are never words


def test_a_name_of_one_document_does_not_leak_into_the_next(resources):
    """Verdicts are kept across documents, but one that rests on a document's own names
    (`Goldwind`, capitalised twice mid-sentence) holds only in that document."""
    from mtfix.checks.glued_words import GluedWordsCheck
    from mtfix.context import CheckContext

    check = GluedWordsCheck(resources)
    plain = "Shares of theGoldwind group rose."
    named = "The firm Goldwind grew and the Goldwind board met. " + plain

    def splits(text: str) -> list[tuple[str, tuple[str, ...]]]:
        context = CheckContext(Document(path="a.txt", text=text), resources)
        return [(f.text, f.replacements) for f in check.check(context)]

    assert splits(plain) == []
    assert splits(named) == [("theGoldwind", ("the Goldwind",))]
    assert splits(plain) == []
