"""The source-aware checks on files in the formats CAT tools export: every finding expected,
with its unit, text, fix and safety; clean units (names right, equal values in other forms)
stay silent. The rules' own examples (tests/test_rule_examples.py) cover each rule once more."""

from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import ROOT
from mtfix.document import Document, decode
from mtfix.formats.bilingual.policy import prefer_source
from mtfix.models import Applicability, RuleInfo, Segment, Severity
from mtfix.quantities import number_words, source_quantities, target_quantities

DATA = ROOT / "tests" / "data" / "bilingual"

EXPECTED = {
    "omegat-1.2.xlf": {
        ("source-name-mismatch", "1", "Title-heng", ("Ceheng",), "safe"),  # garbled, before its type
        ("source-number-mismatch", "2", "6", ("5",), "safe"),  # 3月5日 read as March 6
        ("source-name-mismatch", "4", "Forest Xiaoling", ("Lin Xiaoling",), "safe"),  # surname calqued
        ("source-term-missing", "5", "The county hospital sent a medical team.", (), "none"),
        ("source-tag-mismatch", "6", "Click here to download.", (), "none"),  # <g>, <x/> dropped
        ("empty-target", "8", "", (), "none"),
    },
    "trados-2.0.xlf": {
        ("source-name-mismatch", "u1", "Golden Sand", ("Jinsha",), "safe"),  # calqued by meaning
        ("source-name-mismatch", "u2", "WeiJian", ("Wei Jian",), "safe"),  # CamelCase person, not 卫健
        ("source-tag-mismatch", "u2", "WeiJian delivered a speech at the meeting.", (), "none"),  # {0}
        ("source-tag-mismatch", "u3", 'The meeting began <pc id="4">at 3 p.m.</pc> ', (), "none"),  # moved
        ("untranslated-cjk", "u5", "这是一个测试", (), "none"),
        ("target-same-as-source", "u5", "这是一个测试。", (), "none"),
        ("source-number-mismatch", "u6", "3,500", ("35,000",), "unsafe"),  # 3.5万
    },
    "memoq.tmx": {
        ("source-name-mismatch", "101", "ceheng county", ("Ceheng County",), "safe"),  # lower case
        ("partial-translation", "103", "This year's budget is 240 million yuan.", (), "none"),
        ("source-number-mismatch", "103", "This year's budget is 240 million yuan.", (), "none"),
        ("source-tag-mismatch", "104", "Welcome to Anlong County.", (), "none"),  # <ph> twice
        ("untranslated-cjk", "105", "政府", (), "none"),  # Chinese left in the target
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_finding_of_the_bilingual_files(name, linter):
    path = DATA / name
    findings = linter.check(decode(path.read_bytes(), str(path))).findings
    got = {
        (f.rule, dict(f.extra)["segment"], f.text, f.replacements, f.applicability.value) for f in findings
    }
    assert got == EXPECTED[name]


def test_the_same_target_without_its_source_has_no_such_findings(linter):
    """The name and number findings need the source: as plain text the targets give none."""
    text = "On March 6, 2021, the county held a meeting. Forest Xiaoling said 30% took part."
    assert not [f for f in linter.check(Document(text, "a.txt")).findings if f.category.startswith("source.")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("3月5日", "March 5"),
        ("3月5日", "5 March"),
        ("3月5日", "on the 5th of March"),
        ("1.2万", "12,000"),
        ("1.2万", "12 thousand"),
        ("二〇二一年", "2021"),
        ("百分之三十", "30%"),
        ("百分之三十", "30 per cent"),
        ("30%", "30 percent"),
        ("2.4亿元", "240 million yuan"),
        ("下午3时", "3 p.m."),
        ("10:30", "10:30"),
        ("3月", "March 2021"),
        ("第3", "the third"),
        ("三名", "three"),
        ("百分之十五", "15 percentage points"),
        ("G320国道", "the G320 national road"),
        ("1至3月", "from January to March"),
        ("5千元", "5,000 yuan"),
        ("上午9时30分", "9:30 a.m."),
        ("两万", "20,000"),
    ],
)
def test_equal_values_in_other_forms_match(source, target):
    wanted = list(source_quantities(source))
    found = list(target_quantities(target))
    words = number_words(target)
    assert all(any(w.matches(f) for f in found) or w.parts[0] in words for w in wanted)


def test_placeholders_and_counting_words_are_not_values():
    assert list(source_quantities("两小时后，三名工作人员到达。")) == []
    assert list(source_quantities("数十万群众")) == []
    values = [q.parts for q in source_quantities("十五万")]
    assert values == [(Decimal(150000),)]


def example(source: str, target: str) -> str:
    """A one-unit XLIFF 1.2 file, as the source-aware rules state their examples."""
    return (
        '<xliff version="1.2"><file source-language="zh-CN" target-language="en" datatype="plaintext" '
        f'original="example"><body><trans-unit id="1"><source>{source}</source><target>{target}</target>'
        "</trans-unit></body></file></xliff>"
    )


def one_unit(source: str, target: str, name: str = "unit.xlf") -> Document:
    return Document(example(source, target), name)


def test_only_fixes_that_would_change_a_source_name_are_dropped(resources):
    """The source settles names, not everything around them: a fix that keeps the name stays."""
    text = "Wei Jian met Wei Jian Jian."
    segments = (Segment("1", "魏健会见了魏健。", 0, len(text)),)
    rule = RuleInfo("r", "grammar", Severity.WARNING, Applicability.SAFE, "d")
    renames = rule.finding(0, "Wei Jian", "m", ("Health",))
    keeps = rule.finding(13, "Wei Jian Jian", "m", ("Wei Jian",))
    assert prefer_source([renames, keeps], segments, text, resources) == [keeps]


def test_a_right_name_is_not_changed_by_a_monolingual_guess(linter):
    """Wei Jian is a wrong rendering of 卫健 for the glossary; with 魏健 in the source it is right."""
    found = linter.check(one_unit("魏健发表讲话。", "Wei Jian delivered a speech.")).findings
    assert found == []
    plain = linter.check(Document("Wei Jian delivered a speech.", "a.txt")).findings
    assert [f.rule for f in plain] == ["glossary-term"]


def test_segmentation_marks_are_not_codes(linter):
    """Trados (SDLXLIFF) wraps each target sentence in <mrk mtype="seg">: no tag finding."""
    text = (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        'source-language="zh-CN" target-language="en-US" datatype="x-sdlfilterframework2"><body>'
        '<trans-unit id="7"><source>安龙县欢迎您。</source>'
        '<seg-source><mrk mtype="seg" mid="1">安龙县欢迎您。</mrk>'
        '</seg-source><target><mrk mtype="seg" mid="1">Welcome to Anlong County.</mrk></target></trans-unit>'
        "</body></file></xliff>"
    )
    assert linter.check(Document(text, "a.sdlxliff")).findings == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("西藏自治区的旅游人数增加。", "Tourist numbers rose in the Tibet Autonomous Region."),
        ("内蒙古和陕西省签署了协议。", "Inner Mongolia and Shaanxi Province signed an agreement."),
        ("王村的村民参加了会议。", "Villagers from Wangcun attended the meeting."),
        ("张家村修建了新路。", "Zhangjia Village built a new road."),
        ("林业局召开了会议。", "The forestry bureau held a meeting."),
        ("张伟表示，贵州大学将参加。", "Zhang Wei said Guizhou University would take part."),
        ("贵州省黔西南州册亨县", "Ceheng County, Qianxinan Prefecture, Guizhou Province"),
        ("安龙县的道路修好了。", "Along the county's roads, repairs are finished."),
    ],
)
def test_names_written_as_english_writes_them_are_silent(source, target, linter):
    found = linter.check(one_unit(source, target)).findings
    assert [f for f in found if f.category == "source.name"] == []
